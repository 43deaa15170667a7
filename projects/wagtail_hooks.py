from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from home.search import SearchSource
from home.term_admin import TermViewSet

from . import demo, setup
from .models import Area, BiddingNotice, InvestmentCall, Project, Sector


class ProjectViewSet(SnippetViewSet):
    model = Project
    icon = "site"
    menu_label = "Dự án đầu tư"
    list_display = ["name", "investor", "status", "progress", "live"]
    list_filter = ["status", "sector", "kind", "live"]
    search_fields = ["name", "code", "investor"]


class BiddingNoticeViewSet(SnippetViewSet):
    model = BiddingNotice
    icon = "list-ul"
    menu_label = "Thông tin đấu thầu"
    list_display = ["package", "procuring_entity", "published_on", "closing_at", "live"]
    list_filter = ["category", "method", "outcome", "live"]
    search_fields = ["package", "notice_number", "procuring_entity"]


class InvestmentCallViewSet(SnippetViewSet):
    model = InvestmentCall
    icon = "pick"
    menu_label = "Mời gọi, ưu đãi đầu tư"
    list_display = ["title", "kind", "sector", "event_date", "live"]
    list_filter = ["kind", "sector", "locale", "live"]
    search_fields = ["title", "location"]


class SectorViewSet(TermViewSet):
    model = Sector


class AreaViewSet(TermViewSet):
    model = Area
    icon = "site"


class ProjectsGroup(SnippetViewSetGroup):
    menu_label = "Dự án, đấu thầu"
    menu_icon = "site"
    menu_order = 220
    items = (ProjectViewSet, BiddingNoticeViewSet, InvestmentCallViewSet, SectorViewSet, AreaViewSet)


register_snippet(ProjectsGroup)


@hooks.register("portal_setup")
def projects_setup(home):
    setup.ensure_sectors()
    setup.ensure_projects_process()


@hooks.register("portal_demo")
def projects_demo(home):
    demo.load_projects(home)


@hooks.register("portal_search_sources")
def projects_search_sources():
    return [SearchSource(Project, label="Dự án đầu tư"), SearchSource(BiddingNotice, label="Thông tin đấu thầu"),
            SearchSource(InvestmentCall, label=_("Investment opportunities"))]
