from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from home.search import SearchSource

from . import demo, schedule_hooks, setup  # noqa: F401 - schedule_hooks registers the schedules' hooks (R3)
from .models import Official, Unit


class UnitViewSet(SnippetViewSet):
    model = Unit
    icon = "group"
    menu_label = "Đơn vị"
    list_display = ["name", "kind", "parent", "email"]
    list_filter = ["kind", "locale"]
    search_fields = ["name"]


class OfficialViewSet(SnippetViewSet):
    model = Official
    icon = "user"
    menu_label = "Cán bộ, công chức"
    list_display = ["name", "position", "unit", "is_leader"]
    list_filter = ["is_leader", "is_spokesperson", "unit", "locale"]
    search_fields = ["name", "position"]


class DirectoryViewSetGroup(SnippetViewSetGroup):
    items = (UnitViewSet, OfficialViewSet)
    menu_icon = "group"
    menu_label = "Tổ chức, cán bộ"
    menu_order = 230


register_snippet(DirectoryViewSetGroup)


@hooks.register("portal_setup")
def directory_setup(home):
    setup.grant_directory_permissions()


@hooks.register("portal_demo")
def directory_demo(home):
    demo.load_demo_organisation(home)


@hooks.register("portal_search_sources")
def directory_search_sources():
    # Units by name and functions, officials by name and position: "phong quan ly khoa hoc", "truong phong".
    return [SearchSource(Unit, label="Đơn vị"), OfficialSearchSource(label="Cán bộ, công chức")]


class OfficialSearchSource(SearchSource):
    model = Official

    def queryset(self, request):
        return super().queryset(request).select_related("unit")  # a hit's address is its unit's page

