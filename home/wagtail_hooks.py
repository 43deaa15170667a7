from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from . import demo
from .models import Banner, WebLink


class BannerViewSet(SnippetViewSet):
    model = Banner
    icon = "image"
    menu_label = "Băng rôn"
    list_display = ["title", "placement", "sort_order", "is_active", "start_date", "end_date"]
    list_filter = ["placement", "is_active"]


class WebLinkViewSet(SnippetViewSet):
    model = WebLink
    icon = "link"
    menu_label = "Liên kết website"
    list_display = ["name", "url", "group", "sort_order"]
    list_filter = ["group"]


class SiteFurnitureGroup(SnippetViewSetGroup):
    menu_label = "Băng rôn, liên kết"
    menu_icon = "pick"
    menu_order = 250
    items = (BannerViewSet, WebLinkViewSet)


register_snippet(SiteFurnitureGroup)


@hooks.register("portal_demo_identity")
def demo_identity(home):
    demo.load_identity(home)


@hooks.register("portal_demo")
def demo_content(home):
    demo.load_content(home)
    demo.load_banners(home)
    demo.load_web_links(home)
