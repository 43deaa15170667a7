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


class OrganisationMixin:
    """Puts the organisation, in the page's language, into the page's context."""

    def organisation(self):
        from directory.queries import load_organisation

        return load_organisation(self.locale)

    def chart_url(self):
        """Where units' pages live: below the organisation chart of the page's language."""
        from .organisation import chart_url

        return chart_url(self.locale_id)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["organisation"] = kwargs.get("organisation") or self.organisation()
        context["chart_url"] = self.chart_url()
        return context


class OrganisationPage(OrganisationMixin, RoutablePageMixin, SectionPage):
    """Cơ cấu tổ chức: the chart of units and, below it, one page per unit at ``<unit slug>/``
    (Nghị định 43/2011, Điều 10, khoản 1, điểm b)."""

    parent_page_types = ["home.HomePage", "home.SectionPage"]
    subpage_types = []  # the addresses below the chart are the units'
    template = "directory/organisation_page.html"

    class Meta:
        verbose_name = "Cơ cấu tổ chức"
        verbose_name_plural = "Cơ cấu tổ chức"

    def chart_url(self):
        return self.url

    @re_path(r"^(?P<slug>[-\w]+)/$", name="unit")
    def unit_view(self, request, slug):
        organisation = self.organisation()
        node = organisation.by_slug.get(slug)
        if node is None:
            raise Http404
        context = self.get_context(request, organisation=organisation)
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


class ContactPage(OrganisationMixin, SectionPage):
    """Liên hệ: the agency's transaction information, the directory of competent officials by unit
    and links to member units' websites (Nghị định 43/2011, Điều 10, khoản 1, điểm a; R11)."""

    parent_page_types = ["home.HomePage", "home.SectionPage"]
    template = "directory/contact_page.html"

    class Meta:
        verbose_name = "Liên hệ, danh bạ cán bộ"
        verbose_name_plural = "Liên hệ, danh bạ cán bộ"


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
