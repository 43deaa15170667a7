from django import template
from django.conf import settings
from wagtail.models import Page
from home import counters, navigation
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

    return navigation.shared(context["request"], ("web_links", navigation.current_language()), compute)


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


@register.simple_tag
def site_views():
    """The visitor counter of the footer (R43)."""
    return counters.site_views()


@register.simple_tag(takes_context=True)
def query_with(context, **changes):
    """The current query string with some parameters replaced: keeps filters across pagination."""
    query = context["request"].GET.copy()
    for key, value in changes.items():
        query[key] = value
    return query.urlencode()


@register.simple_tag
def page_numbers(page_obj):
    """Page numbers around the current one, with Paginator.ELLIPSIS for the gaps."""
    return page_obj.paginator.get_elided_page_range(page_obj.number, on_each_side=2, on_ends=1)


@register.simple_tag
def english_page_status(page):
    """On the English channel: when the page was last updated and whether its Vietnamese source is newer (R62)."""
    from home.translation import english_is_outdated

    if not isinstance(page, Page) or page.locale.language_code == settings.LANGUAGE_CODE:
        return None
    source = Page.objects.filter(
        translation_key=page.translation_key, locale__language_code=settings.LANGUAGE_CODE
    ).live().only("last_published_at").first()
    return {
        "updated": page.last_published_at,
        "outdated": source is not None and english_is_outdated(source, page),
        "source_updated": source.last_published_at if source else None,
    }
