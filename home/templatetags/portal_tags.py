from django import template
from wagtail.models import Page
from home import navigation
from home.models import Banner, WebLink

register = template.Library()


@register.simple_tag(takes_context=True)
def main_menu(context):
    return navigation.main_menu(context["request"])


@register.simple_tag(takes_context=True)
def section_tree(context):
    return navigation.section_tree(context["request"])


@register.simple_tag(takes_context=True)
def locale_home(context):
    return navigation.locale_home(context["request"])


@register.simple_tag(takes_context=True)
def language_links(context, page=None):
    # Error pages and non-page views may have something else (or nothing) called "page".
    return navigation.language_links(context["request"], page if isinstance(page, Page) else None)


@register.simple_tag
def breadcrumbs(page):
    return navigation.breadcrumbs(page)


@register.simple_tag(takes_context=True)
def banners(context, placement):
    request = context["request"]
    return navigation.per_request(
        request,
        ("banners", placement, navigation.current_language()),
        lambda: list(Banner.objects.showing(placement, navigation.current_language())),
    )


@register.simple_tag(takes_context=True)
def web_links(context):
    """Links to other websites, grouped: [(group label, [links])]."""

    def compute():
        links = WebLink.objects.filter(locale__language_code=navigation.current_language()).order_by("group", "sort_order", "name")
        groups = {}
        for link in links:
            groups.setdefault(link.get_group_display(), []).append(link)
        return list(groups.items())

    return navigation.per_request(context["request"], ("web_links", navigation.current_language()), compute)


@register.filter
def localized(obj, field):
    """``settings|localized:"address"``: the English value on the English channel when there is one."""
    return obj.localized(field) if obj is not None else ""


@register.filter
def within(page, section):
    """True when ``page`` is ``section`` or lies below it in the tree."""
    return bool(page and section and page.path.startswith(section.path))


@register.simple_tag(takes_context=True)
def absolute_url(context, url):
    """Absolute form of a site-relative URL, for canonical, hreflang and sharing metadata."""
    return context["request"].build_absolute_uri(url)
