from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Unit


class UnitViewSet(SnippetViewSet):
    model = Unit
    icon = "group"
    menu_label = "Đơn vị"
    menu_order = 230
    add_to_admin_menu = True
    list_display = ["name", "kind", "parent", "email"]
    list_filter = ["kind", "locale"]
    search_fields = ["name"]


register_snippet(UnitViewSet)
