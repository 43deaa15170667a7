from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from home.search import SearchSource

from . import demo, setup
from .models import FinancialReport, StatisticalRelease


class StatisticalReleaseViewSet(SnippetViewSet):
    model = StatisticalRelease
    icon = "table"
    menu_label = "Thống kê"
    list_display = ["title", "period_label", "published_on", "live"]
    list_filter = ["live"]
    search_fields = ["title", "period_label", "summary"]
    ordering = ["-published_on"]


class FinancialReportViewSet(SnippetViewSet):
    model = FinancialReport
    icon = "doc-full"
    menu_label = "Báo cáo tài chính"
    list_display = ["title", "year", "kind", "issued", "live"]
    list_filter = ["year", "kind", "live"]
    search_fields = ["title", "summary"]
    ordering = ["-year", "-issued"]


class StatisticsGroup(SnippetViewSetGroup):
    menu_label = "Thống kê, tài chính"
    menu_icon = "table"
    menu_order = 240
    items = (StatisticalReleaseViewSet, FinancialReportViewSet)


register_snippet(StatisticsGroup)


@hooks.register("portal_setup")
def stats_setup(home):
    setup.ensure_stats_process()


@hooks.register("portal_demo")
def stats_demo(home):
    demo.load_releases(home)
    demo.load_financial_reports(home)


@hooks.register("portal_search_sources")
def stats_search_sources():
    return [SearchSource(StatisticalRelease, label="Thống kê"),
            SearchSource(FinancialReport, label="Báo cáo tài chính")]
