"""``/sitemap.xml`` (an index) and its parts ``/sitemap-pages.xml?p=N`` for both languages (R42).

Wagtail's own sitemap lists the pages under the site's root page, the Vietnamese home;
the English home is its sibling (a wagtail-localize translation at depth 2), so its tree
would be missed. This sitemap lists every live, public page under the site's home page
*and under each of its translations*, then every public item those pages serve at its own
address (``home.registers.SitemapItemsMixin``): the registers' items (documents, gazette issues,
projects, bidding notices, investment calls, procedures, science topics, statistics, financial
reports), the published answers to citizens' questions and the units of the organisation chart,
with ``lastmod`` and, for what exists in more than one language, ``<xhtml:link rel="alternate"
hreflang>`` to each version (plus ``x-default``, the Vietnamese one), as the pages' own
``<head>`` does.

Queries are bounded: the site, the homes, the view restrictions, the pages serving items, one
count per such page, the pages (one query per page type for ``specific``), one query per such page
for its items, and one query for the translations of the pages and one per such page (and the
locales) for those of its items, whatever the number of pages and items. The parts
hold 10,000 addresses each (``?p=2``), pages and items counted together, and ``/sitemap.xml``
lists them; every answer is cached until a page or an item changes (``cached_sitemap``).
"""

import hashlib
from functools import reduce, wraps
from operator import or_
from typing import NamedTuple

from django.conf import settings
from django.contrib.sitemaps import views as sitemap_views
from django.core.cache import cache
from django.db.models import Max, Model, Q
from django.http import HttpResponse
from wagtail.contrib.sitemaps import Sitemap
from wagtail.contrib.sitemaps.views import prepare_sitemaps
from wagtail.models import Locale, Page, TranslatableMixin

from .metadata import absolute_page_url
from .navigation import navigation_generation
from .registers import SitemapItemsMixin, register_generation


class RegisterEntry(NamedTuple):
    """An item (of a register, a published answer, a unit), with the page that serves it at
    ``<index>/<path>``."""

    index: Page
    item: Model


class SitemapEntries:
    """The pages, then each page's items, as one sequence Django's paginator counts and
    slices: counting costs a query per source, a slice fetches only the sources it covers."""

    def __init__(self, pages, registers):
        self.sources = [(None, pages)] + list(registers)
        self._counts = None

    def counts(self):
        if self._counts is None:
            self._counts = [items.count() for _, items in self.sources]
        return self._counts

    def count(self):
        return sum(self.counts())

    def __len__(self):
        return self.count()

    def __getitem__(self, window):
        start, stop = window.start or 0, window.stop  # the paginator always takes a slice
        entries, offset = [], 0
        for (index, items), count in zip(self.sources, self.counts()):
            low, high = max(start - offset, 0), min(stop - offset, count)
            if low < high:
                chunk = items[low:high]
                entries.extend(chunk if index is None else (RegisterEntry(index, item) for item in chunk))
            offset += count
        return entries


class PortalSitemap(Sitemap):
    """Every live, public page of every language tree of the site, with its translations, and
    every public item those pages serve at its own address."""

    # Parts of 10,000 addresses (the protocol allows 50,000): at 100,000 documents a part of 50,000
    # took 8 s to build on a 2-core server, one of 10,000 under 2 s; each is then cached.
    limit = 10_000

    def get_latest_lastmod(self):
        """For the index: the newest publication of any page or item (one aggregate per source),
        not the default's walk through every item."""
        newest = [items.aggregate(newest=Max(field))["newest"] for index, items in self.items().sources
                  if (field := lastmod_field(index))]
        newest = [value for value in newest if value is not None]
        return max(newest) if newest else None

    def locale_homes(self):
        """The site's root page and its translations (the English home...)."""
        root = self.get_wagtail_site().root_page
        return list(Page.objects.filter(translation_key=root.translation_key).only("id", "path", "depth"))

    def pages(self):
        """Live, public pages of the language trees (built once: ``public()`` reads the restrictions)."""
        if not hasattr(self, "_pages"):
            homes = self.locale_homes()
            if homes:
                in_a_tree = reduce(or_, (Q(path__startswith=home.path) for home in homes))
                self._pages = Page.objects.filter(in_a_tree).live().public()
            else:
                self._pages = Page.objects.none()
        return self._pages

    def registers(self):
        """(page, its items) for each public page that serves items at their own address
        (:class:`~home.registers.SitemapItemsMixin`); a sub-section showing part of another page's
        items gives none."""
        indexes = self.pages().type(SitemapItemsMixin).order_by("path").specific()
        sources = []
        for index in indexes:
            items = index.register_sitemap_items(self.request)
            if items is not None:
                # A stable order for ?p=2; no joins: an address needs only the item's own columns.
                sources.append((index, items.select_related(None).order_by("pk")))
        return sources

    def items(self):
        if not hasattr(self, "_entries"):
            pages = self.pages().order_by("path").defer_streamfields().specific()
            self._entries = SitemapEntries(pages, self.registers())
        return self._entries

    def _urls(self, page, protocol, domain):
        entries = list(self.paginator.page(page).object_list)
        pages = [entry for entry in entries if not isinstance(entry, RegisterEntry)]
        alternates = self.alternates(pages)
        alternates.update(self.item_alternates([entry for entry in entries if isinstance(entry, RegisterEntry)]))
        urls, last_mods = [], set()
        for entry in entries:
            if isinstance(entry, RegisterEntry):
                location = self.item_location(entry)
                url_infos = [{"location": location, "lastmod": self.item_lastmod(entry)}] if location else []
                key = getattr(entry.item, "translation_key", None)
            else:
                location = absolute_page_url(entry, self.request)
                url_infos = entry.get_sitemap_urls(self.request)
                key = entry.translation_key
            for url_info in url_infos:
                if not url_info.get("location"):
                    continue  # a page that cannot be routed has no address to give
                if url_info["location"] == location:
                    url_info.setdefault("alternates", alternates.get(key, []))
                urls.append(url_info)
                last_mods.add(url_info.get("lastmod"))
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls

    def item_location(self, entry):
        """``<index page's address><item's path>``: the address the item's canonical link gives."""
        if not hasattr(self, "_index_urls"):
            self._index_urls = {}
        if entry.index.pk not in self._index_urls:
            self._index_urls[entry.index.pk] = absolute_page_url(entry.index, self.request)
        base, path = self._index_urls[entry.index.pk], entry.index.register_item_path(entry.item)
        return f"{base}{path}" if base and path else None

    def item_lastmod(self, entry):
        field = lastmod_field(entry.index)
        return getattr(entry.item, field) if field else None

    def alternates(self, items):
        """``{translation_key: [{"lang_code", "location"}, ...]}`` for keys with two or more
        live public versions, fetched in one query for all the items."""
        by_pk = {item.pk: item for item in items}
        versions = self.pages().filter(translation_key__in={item.translation_key for item in items})
        return language_links(
            (version.translation_key, version.locale.language_code,
             absolute_page_url(by_pk.get(version.pk, version), self.request))
            for version in versions.select_related("locale").order_by("path")
        )

    def item_alternates(self, entries):
        """The same for items: every version, in the pages serving the same model, of the items of
        this sitemap page. Those items are a range of pks of each page's list (it is ordered by pk),
        so their keys are a subquery, never a list of thousands of values: one query per page
        serving a translatable model."""
        ranges = {}
        for index, item in entries:
            if isinstance(item, TranslatableMixin):
                low, high = ranges.get(index.pk, (item.pk, item.pk))
                ranges[index.pk] = (min(low, item.pk), max(high, item.pk))
        if not ranges:
            return {}
        registers = self.items().sources[1:]
        shown = {}  # model -> the translation keys of its items on this sitemap page
        for index, items in registers:
            if index.pk in ranges:
                low, high = ranges[index.pk]
                keys = Q(translation_key__in=items.filter(pk__gte=low, pk__lte=high).values("translation_key"))
                shown[items.model] = shown.get(items.model, Q()) | keys
        languages = dict(Locale.objects.values_list("pk", "language_code"))
        versions = []
        for index, items in registers:
            if items.model in shown:
                for version in items.filter(shown[items.model]).order_by("locale_id", "pk"):
                    location = self.item_location(RegisterEntry(index, version))
                    versions.append((version.translation_key, languages.get(version.locale_id), location))
        return language_links(versions)


def lastmod_field(index):
    """The field giving ``lastmod``: a page's last publication, or what the page serving the items
    names (None when their model keeps no such date)."""
    return "last_published_at" if index is None else index.sitemap_lastmod_field


def language_links(versions):
    """``{key: [{"lang_code", "location"}, ..., x-default]}`` from (key, language, location) rows,
    for keys with two or more addresses; ``x-default`` is the Vietnamese one."""
    grouped = {}
    for key, code, location in versions:
        if location:
            grouped.setdefault(key, []).append((code, location))
    result = {}
    for key, entries in grouped.items():
        if len(entries) < 2:
            continue
        links = [{"lang_code": code, "location": location} for code, location in entries]
        default = dict(entries).get(settings.LANGUAGE_CODE)
        if default:
            links.append({"lang_code": "x-default", "location": default})
        result[key] = links
    return result


SITEMAPS = {"pages": PortalSitemap}
SITEMAP_SECONDS = 6 * 3600  # a publish or an edit changes the key before that


def cached_sitemap(view):
    """The view's answer kept in the shared cache until a page or an item changes
    (both generations are in the key) or ``SITEMAP_SECONDS`` pass: crawlers ask often, and a part
    of 10,000 addresses costs seconds to build."""

    @wraps(view)
    def wrapper(request, **kwargs):
        digest = hashlib.sha256(f"{request.get_host()}{request.get_full_path()}".encode()).hexdigest()[:32]
        key = f"sitemap:{navigation_generation()}:{register_generation()}:{digest}"
        cached = cache.get(key)
        if cached is None:
            response = view(request, **kwargs)
            if response.status_code != 200:
                return response
            response.render()
            cached = (response.content, response.get("Last-Modified"), response.get("X-Robots-Tag"))
            cache.set(key, cached, SITEMAP_SECONDS)
        content, last_modified, robots = cached
        response = HttpResponse(content, content_type="application/xml")
        if last_modified:
            response["Last-Modified"] = last_modified
        if robots:
            response["X-Robots-Tag"] = robots
        return response

    return wrapper


@cached_sitemap
def sitemap_index(request):
    """``/sitemap.xml``: the index of the parts (``/sitemap-pages.xml``, ``?p=2``...)."""
    return sitemap_views.index(request, prepare_sitemaps(request, SITEMAPS), sitemap_url_name="sitemap_section")


@cached_sitemap
def sitemap(request, section):
    """``/sitemap-<section>.xml``: one part of the addresses."""
    return sitemap_views.sitemap(request, prepare_sitemaps(request, SITEMAPS), section=section)
