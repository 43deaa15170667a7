"""The register pattern (ARCHITECTURE.md, "Content model"), written once for every register.

A snippet holds the data; a routable index page placed in the tree lists it with filters
(django-filter, kept in the URL so a filtered list can be shared), counts per facet, and
serves each item's detail page at a stable URL below itself. A register's page mixes in
:class:`RegisterIndexMixin` and says which model, filters and templates it uses.

Speed (docs/library.md, "Speed"): on PostgreSQL the counts of every facet and the number of
results come from ONE statement (:func:`facet_counts`), and are kept in the shared cache for
``REGISTER_COUNTS_SECONDS`` keyed by the filter state; any save or delete of a register's
model (publish, unpublish, edit) empties them (:func:`invalidate_register_counts`).
"""

import hashlib
from dataclasses import dataclass
from typing import Callable

import django_filters
from django.apps import apps
from django.core.cache import cache
from django.core.paginator import Paginator
from django.db import connection
from django.db.models import Count, F, ManyToManyField
from django.db.models.expressions import RawSQL
from django.db.models.signals import post_delete, post_save
from django.forms.utils import ErrorDict
from django.http import Http404, QueryDict
from django.template.response import TemplateResponse
from django.utils import timezone
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.signals import published, unpublished

from . import generations
from .text import fold

INDEX_URL_SECONDS = 300  # a moved or renamed index page is followed within minutes
REGISTER_COUNTS_SECONDS = 300  # a few minutes: a publish empties them anyway
GENERATION_KEY = "registers:generation"
# Query-string parameters that change the page shown, not the set of items counted.
NOT_FILTERS = {"page", "sap_xep", "sort"}


@dataclass
class Facet:
    """A filter whose values are listed with how many items each would give."""

    param: str  # the filter's name in the query string
    label: str
    field: str  # the model field to count on, e.g. "doc_type__slug"
    label_field: str | None = None  # the field holding the value's label, e.g. "doc_type__name"
    choices: dict | None = None  # or labels for plain choice values
    distinct: bool = False  # only a many-to-many facet can count one item twice
    # Adds what ``field`` needs to a queryset, e.g. an annotation: ``lambda qs: qs.with_validity()``.
    prepare: Callable | None = None

    def grouped(self, queryset):
        """The counting query alone: one row per value (``fv``, ``fl``, ``total``)."""
        if self.prepare:
            queryset = self.prepare(queryset)
        queryset = queryset.order_by().annotate(fv=F(self.field))
        if self.label_field:
            queryset = queryset.annotate(fl=F(self.label_field))
        columns = ["fv", "fl"] if self.label_field else ["fv"]
        return queryset.values(*columns).annotate(total=Count("pk", distinct=self.distinct))

    def options(self, rows):
        """``rows`` of (value, label or None, count) as the template lists them, in label order."""
        options = []
        for value, label, total in rows:
            if value in (None, ""):
                continue
            if label is None:
                label = (self.choices or {}).get(value, value)
            options.append({"value": str(value), "label": str(label), "count": total})
        if self.choices and not self.label_field:
            order = {str(value): position for position, value in enumerate(self.choices)}
            return sorted(options, key=lambda option: order.get(option["value"], len(order)))
        return sorted(options, key=lambda option: (fold(option["label"]), option["label"]))

    def counts(self, queryset):
        """This facet's counts over ``queryset`` with a query of its own (the slow, simple way)."""
        rows = self.grouped(queryset)
        return self.options((row["fv"], row.get("fl"), row["total"]) for row in rows)


def index_url(page_model, locale_id, **fields):
    """The URL of the live ``page_model`` page of a language ("" when there is none), cached: lists
    and links of every item are built on it."""
    suffix = ":".join(f"{name}={value}" for name, value in sorted(fields.items()))
    key = f"registers:index-url:{page_model._meta.label_lower}:{locale_id}:{suffix}"
    url = cache.get(key)
    if url is None:
        page = page_model.objects.live().filter(locale_id=locale_id, **fields).order_by("depth", "path").first()
        url = page.url if page else ""
        cache.set(key, url, INDEX_URL_SECONDS)
    return url


class TermFacet(Facet):
    """A facet over a list of terms (home/terms.py) shown on the English channel too: the terms in
    the list's order, each by its ``label``. ``field`` is the relation and the term's value in the
    URL, e.g. ``"sector__slug"``. Items are grouped by the term's id, then the few terms read.

    The library's lists, in Vietnamese only and counted over 100,000 documents, use a plain
    :class:`Facet` (``label_field``) and its one-statement count instead."""

    def counts(self, queryset):
        relation, _, value = self.field.partition("__")
        totals = dict(queryset.order_by().values_list(relation).annotate(total=Count("pk")))
        terms = queryset.model._meta.get_field(relation).related_model.objects.filter(pk__in=totals)
        return [{"value": str(getattr(term, value)), "label": term.label, "count": totals[term.pk]} for term in terms]


class TermFilter(django_filters.ModelMultipleChoiceFilter):
    """Terms of a foreign key (a type, an issuer, a sector), chosen by their slugs in the URL.

    The list is filtered by the chosen terms' ids, which the form has already loaded, rather than by
    a join on the slug: PostgreSQL then knows from its statistics how many items a term has (32,000
    documents of one issuer, 40 of another) and plans each query for it. A foreign key cannot repeat
    an item: no DISTINCT."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("to_field_name", "slug")
        kwargs.setdefault("distinct", False)
        super().__init__(*args, **kwargs)

    def get_filter_predicate(self, term):
        return {self.field_name: term}


def _sql(queryset):
    sql, params = queryset.query.sql_with_params()
    return sql, tuple(params)


def _many_to_many_counts(model, facet, cte):
    """A many-to-many facet's counting query over the items of ``cte`` (a CTE's name), as
    (sql, params) giving rows (value, label, total).

    ``fields__slug``: the link table joined to the CTE, grouped by the term's id, the term's slug
    and name joined to the dozen groups afterwards (grouping 40,000 links by two strings would
    sort them, on disk). Other shapes (tags, a lookup beyond the term) go the general way."""
    name, _, rest = facet.field.partition("__")
    field = model._meta.get_field(name)
    label_name, _, label_rest = (facet.label_field or "").partition("__")
    plain = isinstance(field, ManyToManyField) and rest and "__" not in rest and not facet.prepare and (
        not facet.label_field or (label_name == name and "__" not in label_rest))
    if not plain:
        items = RawSQL(f"SELECT rk FROM {cte}", ())
        sql, params = _sql(facet.grouped(model._default_manager.filter(pk__in=items)))
        label = "p.fl::text" if facet.label_field else "NULL"
        return f"SELECT p.fv::text, {label}, p.total FROM ({sql}) p", params
    through, term = field.remote_field.through._meta, field.related_model._meta
    q = connection.ops.quote_name
    source = q(through.get_field(field.m2m_field_name()).column)
    target = q(through.get_field(field.m2m_reverse_field_name()).column)
    value = f"t.{q(term.get_field(rest).column)}::text"
    label = f"t.{q(term.get_field(label_rest).column)}::text" if facet.label_field else "NULL"
    # COUNT(DISTINCT): an item linked to a term twice (no unique constraint) still counts once.
    return (f"SELECT {value}, {label}, c.total FROM (SELECT l.{target} AS term, COUNT(DISTINCT l.{source}) AS total "
            f"FROM {q(through.db_table)} l JOIN {cte} s ON s.rk = l.{source} GROUP BY l.{target}) c "
            f"JOIN {q(term.db_table)} t ON t.{q(term.pk.column)} = c.term"), ()


def facet_counts(results, narrowed):
    """The number of ``results`` and every facet's counts, in one statement on PostgreSQL.

    ``narrowed`` is a list of (facet, queryset the facet counts on). Each distinct set of items
    is computed once, as a materialised CTE holding the item and the value of every facet
    counted on it; each facet is then a GROUP BY over that CTE (many-to-many facets join their
    table to it), and the parts are glued with UNION ALL. Returns ``(total, [options...])``.
    Other databases (SQLite in development) run one query per facet.
    """
    if connection.vendor != "postgresql":
        return results.count(), [facet.counts(queryset) for facet, queryset in narrowed]

    sets = {}  # (sql, params) of a set's items -> its CTE: name, queryset, facets whose columns it carries

    def cte_for(queryset):
        key = _sql(queryset.order_by().values("pk"))
        if key not in sets:
            sets[key] = {"name": f"r{len(sets)}", "queryset": queryset.order_by(), "columns": []}
        return sets[key]

    parts, part_params, own = [], [], {}
    if not results.query.is_empty():
        parts.append(f"SELECT -1, NULL, NULL, COUNT(*) FROM {cte_for(results)['name']}")
    for index, (facet, queryset) in enumerate(narrowed):
        if type(facet).counts is not Facet.counts:  # a facet that counts its own way keeps its query
            own[index] = facet.counts(queryset)
            continue
        if queryset.query.is_empty():  # an invalid filter state: nothing to count
            continue
        cte = cte_for(queryset)
        if facet.distinct:
            # Many-to-many: count over the facet's own join, restricted to the set's items.
            sql, params = _many_to_many_counts(results.model, facet, cte["name"])
            parts.append(f"SELECT {index}, m.* FROM ({sql}) m")
            part_params.extend(params)
        else:
            value, label = f"f{index}v", f"f{index}l"
            cte["columns"].append((facet, value, label))
            label_sql = f"{label}::text" if facet.label_field else "NULL"
            group = f"{value}, {label}" if facet.label_field else value
            parts.append(f"SELECT {index}, {value}::text, {label_sql}, COUNT(*) FROM {cte['name']} GROUP BY {group}")

    ctes, cte_params = [], []
    for cte in sets.values():
        queryset, columns = cte["queryset"], {"rk": F("pk")}
        for facet, value, label in cte["columns"]:
            if facet.prepare:
                queryset = facet.prepare(queryset)
            columns[value] = F(facet.field)
            if facet.label_field:
                columns[label] = F(facet.label_field)
        sql, params = _sql(queryset.annotate(**columns).values(*columns))
        ctes.append(f"{cte['name']} AS MATERIALIZED ({sql})")
        cte_params.extend(params)

    if not parts:
        return 0, [own.get(index, []) for index in range(len(narrowed))]
    statement = "WITH " + ", ".join(ctes) + " " + " UNION ALL ".join(parts)
    with connection.cursor() as cursor:
        cursor.execute(statement, cte_params + part_params)
        rows = cursor.fetchall()
    total, by_facet = 0, [[] for _ in narrowed]
    for index, value, label, count in rows:
        if index == -1:
            total = count
        else:
            by_facet[index].append((value, label, count))
    return total, [own[index] if index in own else facet.options(facet_rows)
                   for index, ((facet, _), facet_rows) in enumerate(zip(narrowed, by_facet))]


def page_rows(results, window):
    """The items of ``window`` (a slice of ``results``), in order: their ids first, sorted as narrow
    rows, then the whole rows of those few. A text search matching 17,000 documents then sorts ids
    and dates, not 17,000 rows with their summaries and joined terms (58 ms → 35 ms at 100,000)."""
    ids = list(window.values_list("pk", flat=True))
    rows = {item.pk: item for item in results.order_by().filter(pk__in=ids)} if ids else {}
    return [rows[pk] for pk in ids if pk in rows]


def _reuse_cleaned(narrowed, filterset, param):
    """Give ``narrowed`` (the filters without ``param``) the values ``filterset`` has already
    cleaned, instead of cleaning them again: a term filter costs a query each time it is cleaned."""
    form, field = narrowed.form, narrowed.form.fields[param]
    cleaned = dict(filterset.form.cleaned_data)
    cleaned[param] = field.clean(field.widget.value_from_datadict(QueryDict(), {}, form.add_prefix(param)))
    form.cleaned_data = cleaned
    form._errors = ErrorDict()  # validated: is_valid() is True without cleaning again


# --- The cache of counts and its invalidation ------------------------------------------------

def register_generation():
    return generations.current(GENERATION_KEY)


def invalidate_register_counts():
    """Forget every register's cached counts (a publish, unpublish, edit or delete changed them).

    Call it after writes that send no signals (``bulk_create``, ``QuerySet.update``)."""
    generations.renew(GENERATION_KEY)


_declared = None  # the models named by the pages' ``register_models``, once resolved


def watched_models():
    """The models whose changes change some register's lists or some page's items in the sitemap."""
    global _declared
    if _declared is None:
        _declared = {apps.get_model(label) for model in apps.get_models() if issubclass(model, SitemapItemsMixin)
                     for label in model.register_models}
    return _declared


def _on_change(sender, **kwargs):
    if kwargs.get("raw"):
        return
    if sender in watched_models():
        invalidate_register_counts()


def _on_publish(sender, **kwargs):
    """Publishing or unpublishing any snippet changes what the public sees: forget the counts (and
    the sitemap, home/sitemaps.py) whether or not this process has listed that model yet."""
    invalidate_register_counts()


post_save.connect(_on_change, dispatch_uid="home.registers.saved")
post_delete.connect(_on_change, dispatch_uid="home.registers.deleted")
published.connect(_on_publish, dispatch_uid="home.registers.published")
unpublished.connect(_on_publish, dispatch_uid="home.registers.unpublished")


class SitemapItemsMixin:
    """A page that serves items at their own address below itself: every register page, and pages
    that are not registers (the published answers of the Q&A page, the units below the chart).

    ``/sitemap.xml`` (home/sitemaps.py) lists each of ``register_sitemap_items(request)`` (what readers
    may see, or None when the items have their address below another page) at
    ``register_item_path(item)`` below the page, with the item's ``sitemap_lastmod_field`` as its
    ``lastmod`` (None: the model keeps no such date). ``register_models`` names the models whose
    changes change the items (the model, its taxonomies): saving or deleting one forgets the cached
    counts and sitemap (:func:`watched_models`).
    """

    register_models = ()
    sitemap_lastmod_field = "last_published_at"

    def register_sitemap_items(self, request):
        raise NotImplementedError

    def register_item_path(self, item):
        """An item's address relative to this page ("" when it has none), as its detail route reads it."""
        return f"{item.slug}/" if item.slug else ""


class RegisterIndexMixin(SitemapItemsMixin, RoutablePageMixin):
    """The index page of a register. Subclasses set:

    - ``register_filterset``: a django-filter FilterSet over the register's model;
    - ``register_facets``: the facets to count (each one's param is also a filter of the FilterSet);
    - ``register_list_template`` / ``register_detail_template``;
    - ``register_item_pattern``: the regular expression of an item's slug in its URL;
    - ``register_models`` (:class:`SitemapItemsMixin`): the models whose changes change the counts;
    and implement ``register_queryset(request)`` (what readers may see) and ``register_item(request, slug)``.
    The sitemap lists what ``register_queryset`` gives (:class:`SitemapItemsMixin`).

    The cached counts assume ``register_queryset`` depends only on the page and the query string;
    a register that shows more to some readers adds what differs in ``register_cache_vary(request)``.
    """

    register_per_page = 20
    register_facets = ()
    register_item_pattern = r"[-\w]+"

    def register_queryset(self, request):
        raise NotImplementedError

    def register_item(self, request, slug):
        raise NotImplementedError

    def register_cache_vary(self, request):
        return ""

    def register_sitemap_items(self, request):
        """What readers may see; a sub-section whose items have their address below the main
        list returns None."""
        return self.register_queryset(request)

    def register_counts_key(self, request):
        state = sorted((key, sorted(request.GET.getlist(key))) for key in request.GET if key not in NOT_FILTERS)
        digest = hashlib.sha256(repr((state, self.register_cache_vary(request))).encode()).hexdigest()[:32]
        # The date is in the key: validity and "upcoming" facets move at midnight.
        return f"registers:counts:{register_generation()}:{self.pk}:{timezone.localdate().isoformat()}:{digest}"

    def register_counts(self, request, base, results, filterset=None):
        """(number of results, each facet's options), from the cache or :func:`facet_counts`."""
        key = self.register_counts_key(request)
        cached = cache.get(key)
        if cached is not None:
            return cached
        narrowed = []
        for facet in self.register_facets:
            # Each facet counts what the other active filters leave, so its numbers are what a click gives.
            others = request.GET.copy()
            others.pop(facet.param, None)
            narrowed_set = self.register_filterset(others, queryset=base, request=request)
            if filterset is not None and filterset.is_valid() and facet.param in narrowed_set.form.fields:
                _reuse_cleaned(narrowed_set, filterset, facet.param)
            narrowed.append((facet, narrowed_set.qs if narrowed_set.is_valid() else base.none()))
        counted = facet_counts(results, narrowed)
        cache.set(key, counted, REGISTER_COUNTS_SECONDS)
        return counted

    def register_listing(self, request):
        base = self.register_queryset(request)
        # Always bound (an empty query string is a valid "no filter"), so the form validates.
        filterset = self.register_filterset(request.GET, queryset=base, request=request)
        results = filterset.qs if filterset.is_valid() else base.none()
        total, options = self.register_counts(request, base, results, filterset)
        facets = [{"facet": facet, "options": facet_options, "selected": request.GET.getlist(facet.param)}
                  for facet, facet_options in zip(self.register_facets, options)]
        paginator = Paginator(results, self.register_per_page)
        paginator.count = total  # known already: no COUNT(*) of its own
        page = paginator.get_page(request.GET.get("page"))
        page.object_list = self.register_page_items(request, page_rows(results, page.object_list))
        return {"filterset": filterset, "results": page, "facets": facets, "result_count": total}

    def register_page_items(self, request, items):
        """The items of the page shown, once fetched: add here what only they need (one query)."""
        return items

    @path("")
    def register_index(self, request):
        context = self.get_context(request)
        context.update(self.register_listing(request))
        return TemplateResponse(request, self.register_list_template, context)

    def register_detail(self, request, slug, template=None, item=None):
        item = item if item is not None else self.register_item(request, slug)
        if item is None:
            raise Http404
        context = self.get_context(request)
        context.update(item=item, **self.register_detail_context(request, item))
        return TemplateResponse(request, template or self.register_detail_template, context)

    def register_detail_context(self, request, item):
        return {}
