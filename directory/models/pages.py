"""The pages of the organisation, drawn from the units and officials (R1, R11, R15, R19).

Each is a mục tin of the section tree (a :class:`~home.models.SectionPage`, so it keeps its
introduction, body, responsible unit and sub-sections) that adds what the registers hold:
``home/section_tree.py`` places them with ``page_type``. Editors write the text around the
lists; the lists themselves always follow the records, in the page's language.
"""

from django.http import Http404
from django.template.response import TemplateResponse
from wagtail.contrib.routable_page.models import RoutablePageMixin, re_path

from home.models import SectionPage
from home.registers import SitemapItemsMixin

from .organisation import Unit


class OrganisationMixin:
    """Puts the organisation, in the page's language, into the page's context."""

    def organisation(self, request=None):
        """Loaded once per request: the page's context and its schema.org data both read it."""
        from directory.queries import load_organisation
        from home.navigation import per_request

        if request is None:
            return load_organisation(self.locale)
        return per_request(request, ("directory:organisation", self.locale_id), lambda: load_organisation(self.locale))

    def chart_url(self):
        """Where units' pages live: below the organisation chart of the page's language."""
        from .organisation import chart_url

        return chart_url(self.locale_id)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["organisation"] = self.organisation(request)
        context["chart_url"] = self.chart_url()
        return context


class OrganisationPage(SitemapItemsMixin, OrganisationMixin, RoutablePageMixin, SectionPage):
    """Cơ cấu tổ chức: the chart of units and, below it, one page per unit at ``<unit slug>/``
    (Nghị định 43/2011, Điều 10, khoản 1, điểm b)."""

    parent_page_types = ["home.HomePage", "home.SectionPage"]
    subpage_types = []  # the addresses below the chart are the units'
    template = "directory/organisation_page.html"
    # Each unit's page is in the sitemap; saving or deleting a unit forgets the cached sitemap.
    register_models = ("directory.Unit",)
    sitemap_lastmod_field = None  # a unit keeps no date of its last change

    class Meta:
        verbose_name = "Cơ cấu tổ chức"
        verbose_name_plural = "Cơ cấu tổ chức"

    def chart_url(self):
        return self.url

    def register_sitemap_items(self, request):
        """The units of the page's language: one not translated yet is listed at its Vietnamese
        address only, as an untranslated register item is (the English chart shows it in Vietnamese)."""
        return Unit.objects.filter(locale_id=self.locale_id)

    def schema_org(self, request):
        """The agency (the site's ``GovernmentOrganization`` node) with its units as sub-organisations."""
        from home.metadata import organization_id

        data = super().schema_org(request)
        units = [
            {"@type": "GovernmentOrganization", "name": node.unit.name, "url": request.build_absolute_uri(
                f"{self.url}{node.slug}/"), **({"email": node.unit.email} if node.unit.email else {}),
             **({"telephone": node.unit.phone} if node.unit.phone else {})}
            for node, _depth in self.organisation(request).walk()
        ]
        data["about"] = {"@id": organization_id(request), "subOrganization": units}
        return data

    @re_path(r"^(?P<slug>[-\w]+)/$", name="unit")
    def unit_view(self, request, slug):
        node = self.organisation(request).by_slug.get(slug)
        if node is None:
            raise Http404
        context = self.get_context(request)
        context["node"] = node
        return TemplateResponse(request, "directory/unit_page.html", context)


class LeadersPage(OrganisationMixin, SectionPage):
    """Lãnh đạo: name, position, phone, official e-mail, duties, short biography and photo of each
    leader (Nghị định 43/2011, Điều 10, khoản 1, điểm b)."""

    parent_page_types = ["home.HomePage", "home.SectionPage"]
    template = "directory/leaders_page.html"

    class Meta:
        verbose_name = "Lãnh đạo cơ quan"
        verbose_name_plural = "Lãnh đạo cơ quan"

    def schema_org(self, request):
        """Each leader as a schema.org ``Person`` working for the agency."""
        from home.metadata import organization_id

        data = super().schema_org(request)
        data["mainEntity"] = [
            {"@type": "Person", "name": leader.name, "jobTitle": leader.position,
             "worksFor": {"@id": organization_id(request)},
             **({"email": leader.email} if leader.email else {}),
             **({"telephone": leader.phone} if leader.phone else {})}
            for leader in self.organisation(request).leaders
        ]
        return data


class ContactPage(OrganisationMixin, SectionPage):
    """Liên hệ: the agency's transaction information, the directory of competent officials by unit
    and links to member units' websites (Nghị định 43/2011, Điều 10, khoản 1, điểm a; R11)."""

    parent_page_types = ["home.HomePage", "home.SectionPage"]
    template = "directory/contact_page.html"

    class Meta:
        verbose_name = "Liên hệ, danh bạ cán bộ"
        verbose_name_plural = "Liên hệ, danh bạ cán bộ"

    def schema_org(self, request):
        data = super().schema_org(request)
        data["@type"] = "ContactPage"
        return data


class SpokespersonPage(OrganisationMixin, SectionPage):
    """Người phát ngôn: the spokesperson and whom the press may contact (Nghị định 09/2017/NĐ-CP; R19)."""

    parent_page_types = ["home.HomePage", "home.SectionPage"]
    template = "directory/spokesperson_page.html"

    class Meta:
        verbose_name = "Người phát ngôn"
        verbose_name_plural = "Người phát ngôn"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # The speaking rules and the press releases sit beside this page in the press section.
        context["see_also"] = self.get_siblings(inclusive=False).live().public()
        return context
