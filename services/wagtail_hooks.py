from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from home.models import SectionPage
from home.search import SearchSource
from home.term_admin import TermViewSet

from . import demo, setup
from .models import Procedure, ProcedureCatalogPage, Sector


class ProcedureViewSet(SnippetViewSet):
    model = Procedure
    icon = "form"
    menu_label = "Thủ tục hành chính"
    list_display = ["code", "name", "sector", "government_level", "online_level", "live"]
    list_filter = ["sector", "government_level", "online_level", "online_mode", "for_foreigners", "live"]
    search_fields = ["code", "name"]
    ordering = ["code"]


class SectorViewSet(TermViewSet):
    model = Sector
    menu_label = "Lĩnh vực thủ tục"


class ServicesGroup(SnippetViewSetGroup):
    menu_label = "Dịch vụ công"
    menu_icon = "form"
    menu_order = 220
    items = (ProcedureViewSet, SectorViewSet)


register_snippet(ServicesGroup)


@hooks.register("portal_setup")
def services_setup(home):
    setup.ensure_sectors()
    setup.ensure_services_process()


@hooks.register("portal_demo")
def services_demo(home):
    demo.load_procedures(home)


class ProcedureSearchSource(SearchSource):
    model = Procedure

    def queryset(self, request):
        return super().queryset(request).select_related("sector")  # a hit's summary names its sector


@hooks.register("portal_search_sources")
def procedures_search_source():
    return ProcedureSearchSource(label=_("Administrative procedure"))


@hooks.register("portal_page_panels")
def service_groups_panel(page, request):
    """On the section above the catalogue: procedures by user and by sector, each one click away, so
    any procedure is three clicks from the home page (R60)."""
    if not isinstance(page, SectionPage):
        return None
    catalogue = ProcedureCatalogPage.objects.child_of(page).live().first()
    if catalogue is None:
        return None
    from .catalogue import SECTOR_FACET, ApplicantFacet

    procedures = catalogue.register_queryset(request)
    sectors = SECTOR_FACET.counts(procedures)
    if not sectors:
        return None
    return {"template": "services/panels/service_groups.html", "catalogue": catalogue, "sectors": sectors,
            "applicant_groups": ApplicantFacet().counts(procedures)}
