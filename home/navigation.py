"""Navigation shared by every public page: the locale's home, the section menu, languages.

Each function costs a fixed number of queries whatever the size of the tree, and
caches its result on the request so a template may ask several times. The tree-shaped
answers (home, sections, breadcrumbs, language links) are also kept in the shared cache
per site and language (``shared``), until a page is saved, published, unpublished, moved
or deleted, or a site changes (``invalidate_navigation``).
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.utils.translation import get_language
from wagtail.models import Page, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from . import generations

NAVIGATION_SECONDS = 600
GENERATION_KEY = "navigation:generation"
_MISSING = object()


def per_request(request, key, compute):
    store = request.__dict__.setdefault("_portal_cache", {})
    if key not in store:
        store[key] = compute()
    return store[key]


def navigation_generation():
    return generations.current(GENERATION_KEY)


def invalidate_navigation(*args, **kwargs):
    """Forget the cached navigation of every site and language."""
    if kwargs.get("raw"):
        return
    generations.renew(GENERATION_KEY)


def shared(request, key, compute):
    """``per_request``, backed by the shared cache: one computation per site, language and tree state."""

    def cached():
        site = Site.find_for_request(request)
        parts = key if isinstance(key, tuple) else (key,)
        generation = per_request(request, GENERATION_KEY, navigation_generation)  # read once per request
        full_key = f"navigation:{generation}:{site.pk if site else 0}:" + ":".join(map(str, parts))
        value = cache.get(full_key, _MISSING)
        if value is _MISSING:
            value = compute()
            cache.set(full_key, value, NAVIGATION_SECONDS)
        return value

    return per_request(request, key, cached)


def _page_changed(sender, **kwargs):
    if isinstance(sender, type) and issubclass(sender, Page):
        invalidate_navigation(**kwargs)


post_save.connect(_page_changed, dispatch_uid="home.navigation.page_saved")
post_delete.connect(_page_changed, dispatch_uid="home.navigation.page_deleted")
page_published.connect(invalidate_navigation, dispatch_uid="home.navigation.published")
page_unpublished.connect(invalidate_navigation, dispatch_uid="home.navigation.unpublished")
post_page_move.connect(invalidate_navigation, dispatch_uid="home.navigation.moved")
post_save.connect(invalidate_navigation, sender=Site, dispatch_uid="home.navigation.site_saved")
post_delete.connect(invalidate_navigation, sender=Site, dispatch_uid="home.navigation.site_deleted")


def current_language():
    return (get_language() or settings.LANGUAGE_CODE).split("-")[0]


def locale_home(request):
    """The home page of the site in the active language (falls back to the site root)."""

    def compute():
        site = Site.find_for_request(request)
        if site is None:
            return None
        root = site.root_page
        return (
            Page.objects.filter(translation_key=root.translation_key, locale__language_code=current_language())
            .live()
            .first()
            or root
        )

    return shared(request, ("home", current_language()), compute)


@dataclass
class MenuItem:
    page: Page
    children: list = field(default_factory=list)


def section_tree(request):
    """Top-level sections of the active language's home, each with its live sub-sections."""

    def compute():
        home = locale_home(request)
        if home is None:
            return []
        from .models import post_page_models

        pages = (
            Page.objects.descendant_of(home)
            .filter(depth__lte=home.depth + 2)
            .not_type(*post_page_models())
            .live()
            .only("id", "path", "depth", "title", "slug", "url_path", "show_in_menus", "locale_id")
            .order_by("path")
        )
        items, by_path = [], {}
        for page in pages:
            if page.depth == home.depth + 1:
                item = MenuItem(page)
                items.append(item)
                by_path[page.path] = item
            else:
                parent = by_path.get(page.path[: -Page.steplen])
                if parent is not None:
                    parent.children.append(page)
        return items

    return shared(request, ("sections", current_language()), compute)


def main_menu(request):
    return [item for item in section_tree(request) if item.page.show_in_menus]


def breadcrumbs(page):
    """Ancestors below the tree root, home included, the page itself excluded."""
    key = f"navigation:{navigation_generation()}:crumbs:{page.pk}"
    ancestors = cache.get(key) if page.pk else None
    if ancestors is None:
        ancestors = list(page.get_ancestors().filter(depth__gt=1).only("id", "title", "url_path", "path", "depth"))
        if page.pk:
            cache.set(key, ancestors, NAVIGATION_SECONDS)
    return ancestors


@dataclass
class LanguageLink:
    code: str
    name: str
    url: str
    is_current: bool
    is_translation: bool  # False: the page has no version in that language, the link goes home


def language_links(request, page=None):
    """One link per content language: the page's own translation if live, else that language's home."""

    def compute():
        site = Site.find_for_request(request)
        keys = [site.root_page.translation_key] if site else []
        if page is not None:
            keys.append(page.translation_key)
        candidates = Page.objects.filter(translation_key__in=keys).live().select_related("locale")
        own, homes = {}, {}
        for candidate in candidates:
            code = candidate.locale.language_code
            if page is not None and candidate.translation_key == page.translation_key:
                own[code] = candidate
            if site and candidate.translation_key == site.root_page.translation_key:
                homes[code] = candidate
        links = []
        for code, name in settings.WAGTAIL_CONTENT_LANGUAGES:
            target = own.get(code) or homes.get(code)
            if target is None:
                continue
            links.append(
                LanguageLink(
                    code=code,
                    name=name,
                    url=target.get_url(request),
                    is_current=code == current_language(),
                    is_translation=code in own,
                )
            )
        return links

    return shared(request, ("languages", page.pk if page else None, current_language()), compute)
