"""Metadata for search, exchange and sharing (R42, R45, R63).

What a page's ``<head>`` tells search engines, social networks and other systems, built
once per request from the page and the agency's settings:

- a meta description (the page's ``search_description``, else its introduction or first
  paragraph, as plain text of at most 160 characters);
- OpenGraph (``og:*``) for sharing on social networks and chat applications;
- Dublin Core (``DC.*``, ``DCTERMS.*``), the metadata vocabulary of the government
  records and library systems the regulations ask the portal to exchange with;
- schema.org JSON-LD: the agency as a ``GovernmentOrganization`` (every page), the site as
  a ``WebSite``, and the page's own object from ``page.schema_org(request)``.

It also holds the ``robots.txt`` view. The sitemap is ``home/sitemaps.py``, the read-only
API ``portal/api.py``; see docs/metadata-and-api.md.

How a page type supplies its schema.org object: see ``home.models.PortalPage.schema_org``.
"""

import html
import json
import re
from dataclasses import dataclass, field

from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpResponse
from django.templatetags.static import static
from django.urls import reverse
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.safestring import mark_safe
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe
from wagtail.models import Page

from . import navigation

DESCRIPTION_LENGTH = 160  # what search engines show of a description
OG_LOCALES = {"vi": "vi_VN", "en": "en_US"}
SCHEMA_CONTEXT = "https://schema.org"
LOGO = "img/emblem.svg"

# Characters that could end the <script> element or open an HTML comment inside it; JSON lets
# them be written as \u escapes, so the data stays the same (as Django's json_script does).
JSON_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


# --- plain values -----------------------------------------------------------------------

def plain_text(markup):
    """Text of an HTML fragment (a rich-text field): no tags, entities decoded, spaces collapsed."""
    if not markup:
        return ""
    text = strip_tags(re.sub(r"<(?:br|/p|/li|/h\d)\b[^>]*>", " ", str(markup)))
    return " ".join(html.unescape(text).split())


def summarise(text, length=DESCRIPTION_LENGTH):
    """At most ``length`` characters, cut at a word boundary, with an ellipsis when cut."""
    text = " ".join((text or "").split())
    if len(text) <= length:
        return text
    cut = text[: length - 1]
    if " " in cut:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:.–-") + "…"


def iso_datetime(value):
    """ISO 8601 in the portal's time zone, to the second: ``2026-03-05T08:30:00+07:00``."""
    if value is None:
        return None
    if timezone.is_aware(value):
        value = timezone.localtime(value)
    return value.isoformat(timespec="seconds")


def json_ld(data):
    """A ``<script type="application/ld+json">`` element, safe to put in the HTML.

    ``<``, ``>`` and ``&`` are written as JSON ``\\u`` escapes, so no value (a title typed
    by an editor, say ``</script><script>…``) can close the element or inject markup;
    a JSON parser reads the same data back.
    """
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, separators=(",", ":"))
    return mark_safe(f'<script type="application/ld+json">{text.translate(JSON_SCRIPT_ESCAPES)}</script>')


# --- pages, the site and the agency -----------------------------------------------------

def absolute_page_url(page, request):
    """The page's public address on the host the reader used (as the canonical link says)."""
    url = page.get_url(request)
    if not url:
        return None
    return request.build_absolute_uri(url) if request is not None else url


def agency_settings(request):
    from .models import AgencySettings

    return AgencySettings.for_request(request)


def page_title(page, request):
    """The title a page is shared under: its SEO title or title; a home page gives the portal's name."""
    if page.seo_title:
        return page.seo_title
    if page.depth == 2 and request is not None:  # the home page of a language tree
        return agency_settings(request).localized("portal_name") or page.title
    return page.title


def page_description(page):
    """The meta description: the page's own ``get_meta_description()``, else its search description."""
    describe = getattr(page, "get_meta_description", None)
    if callable(describe):
        return describe()
    return summarise(page.search_description)


def site_home_url(request):
    home = navigation.locale_home(request)
    return absolute_page_url(home, request) if home is not None else request.build_absolute_uri("/")


def organization_id(request):
    """The ``@id`` of the agency's node: the same for every page and both languages."""
    return request.build_absolute_uri("/") + "#organization"


def website_id(request):
    """The ``@id`` of the site (the home page of the language being read)."""
    return site_home_url(request) + "#website"


def organization(request):
    """The agency as a schema.org ``GovernmentOrganization``, from its settings (R11)."""
    agency = agency_settings(request)
    name = agency.localized("agency_name")
    data = {
        "@type": "GovernmentOrganization",
        "@id": organization_id(request),
        "name": name,
        "url": request.build_absolute_uri("/"),
        "logo": request.build_absolute_uri(static(LOGO)),
    }
    other_names = [value for value in (agency.agency_name, agency.agency_name_en) if value and value != name]
    if other_names:
        data["alternateName"] = other_names[0]
    if agency.address:
        data["address"] = {
            "@type": "PostalAddress",
            "streetAddress": agency.localized("address"),
            "addressCountry": "VN",
        }
    for key, value in (("telephone", agency.phone), ("faxNumber", agency.fax), ("email", agency.email)):
        if value:
            data[key] = value
    if agency.governing_body:
        data["parentOrganization"] = {"@type": "GovernmentOrganization", "name": agency.localized("governing_body")}
    return data


def website(request):
    agency = agency_settings(request)
    return {
        "@type": "WebSite",
        "@id": website_id(request),
        "name": agency.localized("portal_name"),
        "url": site_home_url(request),
        "inLanguage": navigation.current_language(),
        "publisher": {"@id": organization_id(request)},
    }


def webpage(page, request, schema_type="WebPage"):
    """The default schema.org object of a page; ``PortalPage.schema_org`` returns it.

    Page types start from it and add their own properties (see PortalPage.schema_org).
    """
    data = {
        "@type": schema_type,
        "@id": absolute_page_url(page, request),
        "url": absolute_page_url(page, request),
        "name": page_title(page, request),
        "inLanguage": navigation.current_language(),
        "isPartOf": {"@id": website_id(request)},
        "publisher": {"@id": organization_id(request)},
    }
    description = page_description(page)
    if description:
        data["description"] = description
    if page.first_published_at:
        data["datePublished"] = iso_datetime(page.first_published_at)
    if page.last_published_at:
        data["dateModified"] = iso_datetime(page.last_published_at)
    citation = agency_settings(request).localized("citation_line")
    if citation:
        data["copyrightNotice"] = citation  # R45: how to cite the portal when reusing its content
    return data


def schema_graph(request, page=None):
    """The whole JSON-LD document of a response: the agency, the site and the page's object."""
    graph = [organization(request), website(request)]
    if page is not None:
        own = page.schema_org(request) if callable(getattr(page, "schema_org", None)) else webpage(page, request)
        if own:
            graph.append(own)
    return {"@context": SCHEMA_CONTEXT, "@graph": graph}


@dataclass
class SocialImage:
    url: str
    width: int
    height: int
    alt: str


def social_image(page, request):
    """The picture shown when the page is shared: ``page.get_social_image()`` as a rendition."""
    choose = getattr(page, "get_social_image", None)
    chosen = choose() if callable(choose) else None
    if not chosen:
        return None
    image, alt = chosen
    rendition = image.get_rendition("max-1200x1200")
    return SocialImage(
        url=request.build_absolute_uri(rendition.url),
        width=rendition.width,
        height=rendition.height,
        alt=alt or image.title,
    )


@dataclass
class PageMetadata:
    """Everything ``templates/includes/meta.html`` writes; ``page`` is None outside pages (404...)."""

    json_ld: str
    site_name: str
    language: str
    page: Page = None
    title: str = ""
    description: str = ""
    url: str = ""
    og_type: str = "website"
    og_locale: str = ""
    og_locale_alternates: list = field(default_factory=list)
    image: SocialImage = None
    creator: str = ""
    publisher: str = ""
    rights: str = ""
    dc_type: str = "Text"
    published: str = None
    modified: str = None


def page_metadata(request, page=None):
    """The metadata of one response, computed once per request (no query beyond what the
    page's template already makes: the agency's settings and the language links are cached)."""
    if not isinstance(page, Page):
        page = None

    def compute():
        language = navigation.current_language()
        agency = agency_settings(request)
        meta = PageMetadata(
            json_ld=json_ld(schema_graph(request, page)),
            site_name=agency.localized("portal_name"),
            language=language,
        )
        if page is None:
            return meta
        meta.page = page
        meta.title = page_title(page, request)
        meta.description = page_description(page)
        meta.url = absolute_page_url(page, request)
        meta.og_type = getattr(page, "og_type", "website")
        meta.og_locale = OG_LOCALES.get(language, language)
        meta.og_locale_alternates = [
            OG_LOCALES.get(link.code, link.code)
            for link in navigation.language_links(request, page)
            if link.is_translation and link.code != language
        ]
        meta.image = social_image(page, request)
        meta.creator = meta.publisher = agency.localized("agency_name")
        meta.rights = agency.localized("citation_line")
        meta.published = iso_datetime(page.first_published_at)
        meta.modified = iso_datetime(page.last_published_at)
        return meta

    return navigation.per_request(request, ("metadata", page.pk if page else None, navigation.current_language()),
                                  compute)


# --- robots.txt -------------------------------------------------------------------------

ROBOTS_DISALLOW = ["/admin/", "/django-admin/"]


@require_safe
@cache_control(public=True, max_age=24 * 60 * 60)
def robots_txt(request):
    """``/robots.txt``: crawl the public site, not the admin; the sitemap's absolute address."""
    lines = ["User-agent: *", "Allow: /"]
    lines += [f"Disallow: {path}" for path in ROBOTS_DISALLOW]
    lines += ["", f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}"]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
