from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from . import demo
from .reports import EnglishChannelReportView
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
    demo.load_english(home)


class EnglishChannelMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("wagtail_localize.submit_translation")


@hooks.register("register_admin_urls")
def english_channel_report_urls():
    return [path("bao-cao/kenh-tieng-anh/", EnglishChannelReportView.as_view(), name="english_channel_report")]


@hooks.register("register_reports_menu_item")
def english_channel_report_menu_item():
    return EnglishChannelMenuItem(
        "Kênh tiếng Anh", reverse("english_channel_report"), name="english-channel", icon_name="globe", order=50
    )
