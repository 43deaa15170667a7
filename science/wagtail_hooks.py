from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from home.search import SearchSource

from . import demo, setup
from .models import ScienceTopic


class ScienceTopicViewSet(SnippetViewSet):
    model = ScienceTopic
    icon = "pick"
    menu_label = "Chương trình, đề tài KH&CN"
    menu_order = 230
    add_to_admin_menu = True
    list_display = ["code", "name", "level", "status", "period_start", "live"]
    list_filter = ["level", "field", "status", "kind", "live"]
    search_fields = ["code", "name", "host_organisation", "lead_researcher"]
    ordering = ["-period_start"]


register_snippet(ScienceTopicViewSet)


@hooks.register("portal_setup")
def science_setup(home):
    setup.ensure_science_process()


@hooks.register("portal_demo")
def science_demo(home):
    demo.load_topics(home)


@hooks.register("portal_search_sources")
def science_search_source():
    return SearchSource(ScienceTopic, label="Chương trình, đề tài khoa học")
