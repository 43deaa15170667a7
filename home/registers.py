"""The register pattern (ARCHITECTURE.md, "Content model"), written once for every register.

A snippet holds the data; a routable index page placed in the tree lists it with filters
(django-filter, kept in the URL so a filtered list can be shared), counts per facet, and
serves each item's detail page at a stable URL below itself. A register's page mixes in
:class:`RegisterIndexMixin` and says which model, filters and templates it uses.
"""

from dataclasses import dataclass

from django.core.paginator import Paginator
from django.db.models import Count
from django.http import Http404
from django.template.response import TemplateResponse
from wagtail.contrib.routable_page.models import RoutablePageMixin, path


@dataclass
class Facet:
    """A filter whose values are listed with how many items each would give."""

    param: str  # the filter's name in the query string
    label: str
    field: str  # the model field to count on, e.g. "doc_type__slug"
    label_field: str | None = None  # the field holding the value's label, e.g. "doc_type__name"
    choices: dict | None = None  # or labels for plain choice values
    distinct: bool = False  # only a many-to-many facet can count one item twice

    def counts(self, queryset):
        values = [self.field] + ([self.label_field] if self.label_field else [])
        rows = queryset.order_by().values(*values).annotate(total=Count("pk", distinct=self.distinct)).order_by(
            self.label_field or self.field
        )
        options = []
        for row in rows:
            value = row[self.field]
            if value in (None, ""):
                continue
            label = row[self.label_field] if self.label_field else (self.choices or {}).get(value, value)
            options.append({"value": str(value), "label": str(label), "count": row["total"]})
        return options


class RegisterIndexMixin(RoutablePageMixin):
    """The index page of a register. Subclasses set:

    - ``register_filterset``: a django-filter FilterSet over the register's model;
    - ``register_facets``: the facets to count (each one's param is also a filter of the FilterSet);
    - ``register_list_template`` / ``register_detail_template``;
    - ``register_item_pattern``: the regular expression of an item's slug in its URL;
    and implement ``register_queryset(request)`` (what readers may see) and ``register_item(request, slug)``.
    """

    register_per_page = 20
    register_facets = ()
    register_item_pattern = r"[-\w]+"

    def register_queryset(self, request):
        raise NotImplementedError

    def register_item(self, request, slug):
        raise NotImplementedError

    def register_listing(self, request):
        base = self.register_queryset(request)
        # Always bound (an empty query string is a valid "no filter"), so the form validates.
        filterset = self.register_filterset(request.GET, queryset=base, request=request)
        results = filterset.qs if filterset.is_valid() else base.none()
        facets = []
        for facet in self.register_facets:
            # Each facet counts what the other active filters leave, so its numbers are what a click gives.
            others = request.GET.copy()
            others.pop(facet.param, None)
            narrowed = self.register_filterset(others, queryset=base, request=request)
            counted = narrowed.qs if narrowed.is_valid() else base.none()
            facets.append({"facet": facet, "options": facet.counts(counted),
                           "selected": request.GET.getlist(facet.param)})
        page = Paginator(results, self.register_per_page).get_page(request.GET.get("page"))
        return {"filterset": filterset, "results": page, "facets": facets,
                "result_count": page.paginator.count}

    @path("")
    def register_index(self, request):
        context = self.get_context(request)
        context.update(self.register_listing(request))
        return TemplateResponse(request, self.register_list_template, context)

    def register_detail(self, request, slug, template=None):
        item = self.register_item(request, slug)
        if item is None:
            raise Http404
        context = self.get_context(request)
        context.update(item=item, **self.register_detail_context(request, item))
        return TemplateResponse(request, template or self.register_detail_template, context)

    def register_detail_context(self, request, item):
        return {}


