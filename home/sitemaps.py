"""``/sitemap.xml`` for both languages (R42).

Wagtail's own sitemap lists the pages under the site's root page, the Vietnamese home;
the English home is its sibling (a wagtail-localize translation at depth 2), so its tree
would be missed. This sitemap lists every live, public page under the site's home page
*and under each of its translations*, with ``lastmod`` and, for pages that exist in more
than one language, ``<xhtml:link rel="alternate" hreflang>`` to each version (plus
``x-default``, the Vietnamese one), as the pages' own ``<head>`` does.

Queries are bounded: the site, the homes, the view restrictions, the count, the pages
(one query per page type for ``specific``) and one query for the translations of a
sitemap page's items, whatever the number of pages. Django paginates above 50,000 addresses (``?p=2``).
"""

from functools import reduce
from operator import or_

from django.conf import settings
from django.contrib.sitemaps import views as sitemap_views
from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.contrib.sitemaps.views import prepare_sitemaps
from wagtail.models import Page

from .metadata import absolute_page_url


class PortalSitemap(Sitemap):
    """Every live, public page of every language tree of the site, with its translations."""

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

    def items(self):
        return self.pages().order_by("path").defer_streamfields().specific()

    def _urls(self, page, protocol, domain):
        items = list(self.paginator.page(page).object_list)
        alternates = self.alternates(items)
        urls, last_mods = [], set()
        for item in items:
            own_location = absolute_page_url(item, self.request)
            for url_info in item.get_sitemap_urls(self.request):
                if not url_info.get("location"):
                    continue  # a page that cannot be routed has no address to give
                if url_info["location"] == own_location:
                    url_info.setdefault("alternates", alternates.get(item.translation_key, []))
                urls.append(url_info)
                last_mods.add(url_info.get("lastmod"))
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls

    def alternates(self, items):
        """``{translation_key: [{"lang_code", "location"}, ...]}`` for keys with two or more
        live public versions, fetched in one query for all the items."""
        by_pk = {item.pk: item for item in items}
        versions = self.pages().filter(translation_key__in={item.translation_key for item in items})
        grouped = {}
        for version in versions.select_related("locale").order_by("path"):
            page = by_pk.get(version.pk, version)
            location = absolute_page_url(page, self.request)
            if location:
                grouped.setdefault(version.translation_key, []).append((version.locale.language_code, location))
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


def sitemap(request):
    return sitemap_views.sitemap(request, prepare_sitemaps(request, SITEMAPS))
