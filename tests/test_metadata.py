"""Metadata for search, exchange and sharing (R42), the read-only API (R63).

sitemap.xml over both languages, robots.txt, the metadata of every page's <head>
(description, OpenGraph, Dublin Core, schema.org JSON-LD) and the Wagtail API v2.
"""

import datetime
import io
import json
import xml.etree.ElementTree as ET
from zoneinfo import ZoneInfo
from html.parser import HTMLParser

import pytest
from django.core.cache import cache
from django.core.files.images import ImageFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from PIL import Image as PILImage
from wagtail.images import get_image_model
from wagtail.models import Page, PageViewRestriction, Site

from directory.models import OrganisationPage, Unit
from documents.models import GazetteIssue, GazettePage, LegalDocument
from home.metadata import summarise
from home.models import AgencySettings, ContentPage, HomePage, SectionPage
from home.registers import SitemapItemsMixin
from home.sitemaps import PortalSitemap
from participation import tracking
from participation.models import Question, QuestionPage, Status, UnitOfficer
from projects.models import BiddingNotice, InvestmentCall, Project
from science.models import ScienceTopic
from services.models import Procedure
from stats.models import FinancialReport, StatisticalRelease
from tests.test_documents import make_document
from tests.test_projects import make_project
from tests.test_questions import make_question
from tests.test_science import make_topic
from tests.test_services import make_procedure

pytestmark = pytest.mark.django_db

SITEMAP = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9", "xhtml": "http://www.w3.org/1999/xhtml"}
XSS_TITLE = "</script><script>alert(1)</script>"
VIETNAM = ZoneInfo("Asia/Ho_Chi_Minh")


class Head(HTMLParser):
    """The metadata of a page's <head>: meta tags by name or property, links by rel, JSON-LD."""

    def __init__(self, html):
        super().__init__()
        self.meta, self.links, self.json_ld = {}, {}, []
        self._in_json_ld = False
        self.feed(html.split("</head>")[0])

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "meta" and ("name" in attrs or "property" in attrs):
            self.meta.setdefault(attrs.get("name") or attrs["property"], []).append(attrs.get("content"))
        elif tag == "link":
            self.links.setdefault(attrs["rel"], []).append(attrs["href"])
        elif tag == "script" and attrs.get("type") == "application/ld+json":
            self._in_json_ld = True
            self.json_ld.append("")

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_json_ld = False

    def handle_data(self, data):
        if self._in_json_ld:
            self.json_ld[-1] += data

    def one(self, key):
        values = self.meta.get(key, [])
        assert len(values) == 1, f"{key}: {values}"
        return values[0]

    def graph(self):
        assert len(self.json_ld) == 1, self.json_ld
        document = json.loads(self.json_ld[0])
        assert document["@context"] == "https://schema.org"
        return {node["@type"]: node for node in document["@graph"]}


def head_of(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return Head(response.content.decode())


def agency():
    return AgencySettings.for_site(Site.objects.get(is_default_site=True))


def english_home():
    return HomePage.objects.get(locale__language_code="en", depth=2)


def add_page(parent, title, slug, publish=True, **fields):
    page = ContentPage(title=title, slug=slug, live=publish, **fields)
    parent.add_child(instance=page)
    revision = page.save_revision()
    if publish:
        revision.publish()
    page.refresh_from_db()
    return page


def make_image(title="Hội thảo khoa học"):
    picture = PILImage.new("RGB", (1600, 900), (11, 79, 156))
    buffer = io.BytesIO()
    picture.save(buffer, format="PNG")
    image = get_image_model()(title=title)
    image.file = ImageFile(buffer, name="hoi-thao.png")
    image.save()
    return image


# --- sitemap.xml --------------------------------------------------------------------------

def sitemap_entries(client, url="/sitemap-pages.xml"):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    root = ET.fromstring(response.content)
    entries = {}
    for node in root.findall("sm:url", SITEMAP):
        entries[node.findtext("sm:loc", namespaces=SITEMAP)] = {
            "lastmod": node.findtext("sm:lastmod", namespaces=SITEMAP),
            "alternates": {
                link.get("hreflang"): link.get("href") for link in node.findall("xhtml:link", SITEMAP)
            },
        }
    return entries


@pytest.mark.req("R42")
def test_the_sitemap_lists_the_vietnamese_and_the_english_trees_with_lastmod(client, home):
    entries = sitemap_entries(client)
    for location in ("http://testserver/", "http://testserver/gioi-thieu/", "http://testserver/lien-he/",
                     "http://testserver/en/"):
        assert location in entries, location
    live = list(Page.objects.descendant_of(home, inclusive=True).live()) + list(
        Page.objects.descendant_of(english_home(), inclusive=True).live())
    page_locations = {f"http://testserver{page.url}" for page in live}
    assert page_locations <= set(entries)
    # Besides the pages, only items, each below the page that serves it (a register, the Q&A, the chart).
    registers = tuple(f"http://testserver{page.url}" for page in Page.objects.live().type(SitemapItemsMixin))
    assert all(location.startswith(registers) for location in set(entries) - page_locations)
    for page in live:
        entry = entries[f"http://testserver{page.url}"]
        assert entry["lastmod"] == page.last_published_at.astimezone(VIETNAM).strftime("%Y-%m-%d"), page.url


@pytest.mark.req("R42")
def test_the_sitemap_links_each_page_to_its_translations(client, home):
    entries = sitemap_entries(client)
    assert entries["http://testserver/"]["alternates"] == {
        "vi": "http://testserver/", "en": "http://testserver/en/", "x-default": "http://testserver/",
    }
    assert entries["http://testserver/en/"]["alternates"]["vi"] == "http://testserver/"
    # A page that exists in Vietnamese only names no alternate.
    only_vietnamese = add_page(home.get_children().get(slug="lien-he").specific, "Đường dây nóng", "duong-day-nong")
    assert sitemap_entries(client)[f"http://testserver{only_vietnamese.url}"]["alternates"] == {}


@pytest.mark.req("R42")
def test_the_sitemap_leaves_out_drafts_unpublished_and_private_pages(client, home):
    contacts = home.get_children().get(slug="lien-he").specific
    draft = add_page(contacts, "Bản nháp chưa duyệt", "ban-nhap", publish=False)
    withdrawn = add_page(contacts, "Tin đã gỡ", "tin-da-go")
    withdrawn.unpublish()
    private = add_page(contacts, "Tài liệu nội bộ", "noi-bo")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.PASSWORD, password="mk")
    public = add_page(contacts, "Lịch tiếp công dân", "lich-tiep-cong-dan")
    locations = sitemap_entries(client)
    assert "http://testserver/lien-he/lich-tiep-cong-dan/" in locations
    for page in (draft, withdrawn, private):
        assert f"http://testserver/lien-he/{page.slug}/" not in locations, page.slug
    assert public.live


def answered_question(title, consent=True, language="vi"):
    """A question answered and approved, as the demo walks one (no users, no e-mails)."""
    question = make_question(title=title, consent_to_publish=consent)
    question.language, question.status = language, Status.APPROVED
    question.answer, question.answered_at = "Sở trả lời như sau.", timezone.now()
    question.save()
    return question


def add_register_items(number, home):
    """``number`` more live items of each register listed in the sitemap (documents, projects,
    bidding notices, investment calls, procedures, science topics), published answers and units."""
    office = Unit.objects.get(slug="van-phong", locale=home.locale)
    for position in range(number):
        answered_question(f"Câu hỏi thử nghiệm số {position}")
        Unit.objects.create(name=f"Tổ thử nghiệm {position}", parent=office, locale=home.locale)
        make_document(number=f"{900 + position}/QĐ-UBND", issued=datetime.date(2026, 2, 1 + position))
        project = make_project(name=f"Dự án thử nghiệm số {position}")
        notice = BiddingNotice(package=f"Gói thầu thử nghiệm {position}", procuring_entity="Sở Khoa học và Công nghệ",
                               project=project, closing_at=timezone.now() + datetime.timedelta(days=10))
        call = InvestmentCall(title=f"Dự án mời gọi thử nghiệm {position}", objective="Mục tiêu.", contact="Sở",
                              event_date=datetime.date(2026, 3, 1), locale=home.locale)
        procedure = make_procedure(code=f"1.99{position:04d}", name=f"Thủ tục thử nghiệm số {position}")
        for item in (notice, call, procedure):
            item.save()
            item.save_revision().publish()
        make_topic(code=f"ĐTKHCN.{50 + position}/2026", name=f"Đề tài thử nghiệm số {position}")


@pytest.mark.req("R42")
def test_the_sitemap_costs_the_same_queries_whatever_the_number_of_pages_and_items(
        client, home, django_assert_max_num_queries):
    client.get("/sitemap-pages.xml")
    cache.clear()  # measure the building, not the cached answer
    with CaptureQueriesContext(connection) as before:
        client.get("/sitemap-pages.xml")
    contacts = home.get_children().get(slug="lien-he").specific
    for number in range(5):
        add_page(contacts, f"Thông báo số {number}", f"thong-bao-{number}")
    add_register_items(3, home)
    cache.clear()
    with CaptureQueriesContext(connection) as after:
        entries = sitemap_entries(client)
    assert len(after.captured_queries) == len(before.captured_queries)
    assert f"http://testserver{Procedure.objects.get(code='1.990002').url}" in entries  # the new items are there
    assert "http://testserver/gioi-thieu/co-cau-to-chuc/to-thu-nghiem-2/" in entries
    assert f"http://testserver/hoi-dap/da-tra-loi/{Question.objects.get(title='Câu hỏi thử nghiệm số 2').pk}/" \
        in entries
    page_types = Page.objects.live().values("content_type").distinct().count()
    registers = Page.objects.live().type(SitemapItemsMixin).count()
    cache.clear()
    # specific(): one query per page type; per page serving items: its count, its items, their
    # translations (a Q&A page: its count, its items and its language).
    with django_assert_max_num_queries(8 + page_types + 3 * registers):
        client.get("/sitemap-pages.xml")


def sitemap_parts(client):
    """The addresses of the parts ``/sitemap.xml`` lists, as paths."""
    response = client.get("/sitemap.xml")
    assert response.status_code == 200 and response["Content-Type"].startswith("application/xml")
    return [node.findtext("sm:loc", namespaces=SITEMAP).removeprefix("http://testserver")
            for node in ET.fromstring(response.content).findall("sm:sitemap", SITEMAP)]


@pytest.mark.req("R42")
def test_the_sitemap_index_lists_its_parts_and_answers_from_the_cache_until_something_is_published(
        client, home, django_assert_max_num_queries, monkeypatch):
    everything = sitemap_entries(client)
    monkeypatch.setattr(PortalSitemap, "limit", 40)
    parts = sitemap_parts(client)
    assert parts[:2] == ["/sitemap-pages.xml", "/sitemap-pages.xml?p=2"] and len(parts) == -(-len(everything) // 40)

    first = client.get("/sitemap-pages.xml?p=2").content
    with django_assert_max_num_queries(2):  # built once, then read from the cache
        assert client.get("/sitemap-pages.xml?p=2").content == first
    page = add_page(home.get_children().get(slug="lien-he").specific, "Thông báo mới nhất", "thong-bao-moi-nhat")
    listed = {location for part in sitemap_parts(client) for location in sitemap_entries(client, part)}
    assert f"http://testserver{page.url}" in listed and len(listed) == len(everything) + 1


def item_address(item):
    """An item's public address, as its detail page's canonical link gives it."""
    if isinstance(item, GazetteIssue):  # an issue has no ``url`` of its own: it lives below the gazette page
        return f"{GazettePage.objects.live().get(locale_id=item.locale_id).url}{item.slug}/"
    return item.url


REGISTER_MODELS = [LegalDocument, GazetteIssue, Project, BiddingNotice, InvestmentCall, Procedure, ScienceTopic,
                   StatisticalRelease, FinancialReport]


@pytest.mark.req("R42")
@pytest.mark.parametrize("model", REGISTER_MODELS, ids=lambda model: model.__name__)
def test_the_sitemap_lists_each_live_register_item_and_not_a_draft(client, home, model):
    item = model.objects.filter(live=True, locale__language_code="vi") if hasattr(model, "locale") else \
        model.objects.filter(live=True)
    item = item.order_by("pk").first()
    assert item is not None, f"the demo has no {model.__name__}"
    location = f"http://testserver{item_address(item)}"
    assert client.get(item_address(item)).status_code == 200
    entry = sitemap_entries(client)[location]
    assert entry["lastmod"] == item.last_published_at.astimezone(VIETNAM).strftime("%Y-%m-%d")
    item.unpublish()  # back to a draft
    assert location not in sitemap_entries(client)


def sitemap_of_questions(client):
    """The published answers' addresses in the sitemap, by question."""
    entries = sitemap_entries(client)
    return {int(location.rstrip("/").rsplit("/", 1)[1]): location for location in entries
            if "/da-tra-loi/" in location}


@pytest.mark.req("R42", "R10")
def test_the_sitemap_lists_each_published_answer_at_its_address_and_no_other_question(client):
    published = answered_question("Thủ tục gia hạn giấy phép")
    english = answered_question("Opening hours of the one-stop shop", language="en")
    private = answered_question("Câu hỏi không đồng ý công khai", consent=False)
    unanswered = make_question(title="Câu hỏi chưa được trả lời", consent_to_publish=True)
    entries = sitemap_entries(client)
    location = f"http://testserver/hoi-dap/da-tra-loi/{published.pk}/"
    assert client.get(location).status_code == 200
    assert entries[location]["lastmod"] == published.answered_at.astimezone(VIETNAM).strftime("%Y-%m-%d")
    english_location = f"http://testserver/en/questions-and-answers/da-tra-loi/{english.pk}/"
    assert english_location in entries and client.get(english_location).status_code == 200
    listed = sitemap_of_questions(client)
    assert listed[english.pk] == english_location  # in its own language only
    assert private.pk not in listed and unanswered.pk not in listed
    # Every answer the public list shows, and only those.
    public = Question.objects.filter(status=Status.APPROVED, consent_to_publish=True)
    assert set(listed) == set(public.values_list("pk", flat=True))


@pytest.mark.req("R42", "R10")
def test_approving_an_answer_puts_it_in_the_cached_sitemap_at_once(client, make_user):
    officer, approver = make_user("canbo.sitemap", "Cán bộ trả lời"), make_user("duyet.sitemap", "Duyệt")
    unit = Unit.objects.get(slug="van-phong", locale__language_code="vi")
    UnitOfficer.objects.create(user=officer, unit=unit)
    question = make_question(title="Lịch tiếp nhận hồ sơ dịp Tết", consent_to_publish=True)
    tracking.route(question, make_user("bientap.sitemap", "Biên tập"), unit)
    tracking.answer(question, officer, "Bộ phận một cửa làm việc đến hết ngày 27 tháng Chạp.")
    assert question.pk not in sitemap_of_questions(client)  # answered, not yet approved: not public
    tracking.approve(question, approver)
    assert question.pk in sitemap_of_questions(client)
    question.consent_to_publish = False  # withdrawn from publication
    question.save()
    assert question.pk not in sitemap_of_questions(client)


@pytest.mark.req("R42", "R1")
def test_the_sitemap_lists_each_unit_below_the_chart_of_its_language(client):
    office = Unit.objects.get(slug="van-phong", locale__language_code="vi")
    versions = {"vi": "http://testserver/gioi-thieu/co-cau-to-chuc/van-phong/",
                "en": "http://testserver/en/about/organisation/van-phong/"}
    entries = sitemap_entries(client)
    for location in versions.values():
        assert client.get(location).status_code == 200
        assert entries[location]["alternates"] == {**versions, "x-default": versions["vi"]}
        assert entries[location]["lastmod"] is None  # a unit keeps no date of its last change
    chart = "http://testserver/gioi-thieu/co-cau-to-chuc/"
    assert {location for location in entries if location.startswith(chart) and location != chart} == {
        f"{chart}{unit.slug}/" for unit in Unit.objects.filter(locale__language_code="vi")}

    # A new unit is listed at once (the cached sitemap is forgotten), in Vietnamese until translated.
    team = Unit.objects.create(name="Tổ Chuyển đổi số", parent=office, locale=office.locale)
    entries = sitemap_entries(client)
    assert "http://testserver/gioi-thieu/co-cau-to-chuc/to-chuyen-doi-so/" in entries
    assert "http://testserver/en/about/organisation/to-chuyen-doi-so/" not in entries
    team.delete()
    assert "http://testserver/gioi-thieu/co-cau-to-chuc/to-chuyen-doi-so/" not in sitemap_entries(client)


@pytest.mark.req("R42")
def test_no_answer_nor_unit_is_listed_below_an_unpublished_or_restricted_page(client):
    published = answered_question("Hồ sơ đăng ký tham gia hội chợ")
    QuestionPage.objects.get(locale__language_code="vi").unpublish()
    chart = OrganisationPage.objects.get(locale__language_code="en")
    PageViewRestriction.objects.create(page=chart, restriction_type=PageViewRestriction.PASSWORD, password="mk")
    entries = sitemap_entries(client)
    assert not [location for location in entries if location.startswith("http://testserver/hoi-dap/")]
    assert published.pk not in sitemap_of_questions(client)
    assert not [location for location in entries if location.startswith("http://testserver/en/about/organisation/")]
    assert "http://testserver/gioi-thieu/co-cau-to-chuc/van-phong/" in entries


@pytest.mark.req("R42")
def test_a_register_item_translated_into_english_is_listed_in_both_languages(client):
    english = Procedure.objects.filter(live=True, locale__language_code="en").order_by("pk").first()
    vietnamese = Procedure.objects.get(translation_key=english.translation_key, locale__language_code="vi")
    entries = sitemap_entries(client)
    versions = {"vi": f"http://testserver{vietnamese.url}", "en": f"http://testserver{english.url}"}
    assert versions["en"].startswith("http://testserver/en/")
    for location in versions.values():
        assert entries[location]["alternates"] == {**versions, "x-default": versions["vi"]}
    # A procedure in Vietnamese only names no alternate.
    only_vietnamese = Procedure.objects.filter(live=True, locale__language_code="vi", for_foreigners=False).first()
    assert entries[f"http://testserver{only_vietnamese.url}"]["alternates"] == {}


@pytest.mark.req("R42")
def test_the_sitemap_splits_pages_and_items_together_into_parts(client, monkeypatch):
    everything = sitemap_entries(client)
    monkeypatch.setattr(PortalSitemap, "limit", 40)
    parts, number = [], 1
    while (response := client.get(f"/sitemap-pages.xml?p={number}")).status_code == 200:
        parts.append(sitemap_entries(client, f"/sitemap-pages.xml?p={number}"))
        number += 1
    assert len(parts) == -(-len(everything) // 40) > 2
    assert all(len(part) == 40 for part in parts[:-1])
    assert {location: entry for part in parts for location, entry in part.items()} == everything


@pytest.mark.req("R42")
def test_register_items_are_listed_once_at_their_own_address_not_below_sub_sections(client):
    entries = sitemap_entries(client)
    project = Project.objects.filter(live=True).first()
    assert f"http://testserver{project.url}".startswith("http://testserver/du-an-dau-tu/")
    assert not [location for location in entries if location.startswith("http://testserver/du-an-dau-tu/du-an-")
                and location.count("/") > 5]
    assert not [location for location in entries
                if location.startswith("http://testserver/van-ban/van-ban-quy-pham-phap-luat/")
                and location != "http://testserver/van-ban/van-ban-quy-pham-phap-luat/"]


# --- robots.txt ---------------------------------------------------------------------------

@pytest.mark.req("R42")
def test_robots_txt_opens_the_site_closes_the_admin_and_names_the_sitemap(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.content.decode().splitlines()
    assert lines[0] == "User-agent: *"
    assert "Allow: /" in lines
    assert "Disallow: /admin/" in lines
    assert "Disallow: /django-admin/" in lines
    assert "Disallow: /" not in lines
    assert "Sitemap: http://testserver/sitemap.xml" in lines
    assert client.get("/robots.txt", HTTP_HOST="portal.example.gov.vn", secure=True).content.decode().endswith(
        "Sitemap: https://portal.example.gov.vn/sitemap.xml\n")
    assert client.post("/robots.txt").status_code == 405


# --- the <head> of every page ------------------------------------------------------------

@pytest.mark.req("R42", "R45")
def test_the_home_page_carries_opengraph_dublin_core_and_schema_org(client, home):
    settings = agency()
    head = head_of(client, "/")
    assert head.links["canonical"] == ["http://testserver/"]
    description = head.one("description")
    assert description == "Cổng thông tin điện tử cung cấp thông tin chính thức và dịch vụ công trực tuyến của cơ quan."
    # OpenGraph
    assert head.one("og:type") == "website"
    assert head.one("og:title") == settings.portal_name
    assert head.one("og:description") == description
    assert head.one("og:url") == "http://testserver/"
    assert head.one("og:site_name") == settings.portal_name
    assert head.one("og:locale") == "vi_VN"
    assert head.one("og:locale:alternate") == "en_US"
    assert "og:image" not in head.meta  # the demo home page has no picture
    # Dublin Core
    assert head.links["schema.DC"] == ["http://purl.org/dc/elements/1.1/"]
    assert head.links["schema.DCTERMS"] == ["http://purl.org/dc/terms/"]
    assert head.one("DC.title") == settings.portal_name
    assert head.one("DC.creator") == "Sở Khoa học và Công nghệ tỉnh Bình An"
    assert head.one("DC.publisher") == "Sở Khoa học và Công nghệ tỉnh Bình An"
    home.refresh_from_db()
    assert head.one("DC.date") == home.first_published_at.astimezone(VIETNAM).isoformat(timespec="seconds")
    assert head.one("DC.date").endswith("+07:00")
    assert head.one("DCTERMS.modified")
    assert head.one("DC.language") == "vi"
    assert head.one("DC.identifier") == "http://testserver/"
    assert head.one("DC.description") == description
    assert head.one("DC.type") == "Text"
    assert head.one("DC.rights") == settings.citation_line  # R45: how to cite the portal
    # schema.org
    graph = head.graph()
    organisation = graph["GovernmentOrganization"]
    assert organisation["name"] == "Sở Khoa học và Công nghệ tỉnh Bình An"
    assert organisation["address"] == {"@type": "PostalAddress", "streetAddress": settings.address,
                                       "addressCountry": "VN"}
    assert organisation["telephone"] == "0274 3822 456"
    assert organisation["faxNumber"] == "0274 3822 457"
    assert organisation["email"] == "sokhcn@binhan.example.gov.vn"
    assert organisation["url"] == "http://testserver/"
    assert organisation["logo"].startswith("http://testserver/static/")
    assert organisation["parentOrganization"]["name"] == "Ủy ban nhân dân tỉnh Bình An"
    assert graph["WebSite"]["publisher"] == {"@id": organisation["@id"]}
    page = graph["WebPage"]
    assert page["url"] == "http://testserver/"
    assert page["inLanguage"] == "vi"
    assert page["isPartOf"] == {"@id": graph["WebSite"]["@id"]}
    assert page["dateModified"] == head.one("DCTERMS.modified")
    assert page["copyrightNotice"] == settings.citation_line


@pytest.mark.req("R42")
def test_a_section_page_describes_itself_in_its_head(client, home):
    section = home.get_children().get(slug="gioi-thieu").specific
    head = head_of(client, "/gioi-thieu/")
    assert head.one("og:title") == "Giới thiệu"
    assert head.one("DC.title") == "Giới thiệu"
    assert head.one("og:url") == head.one("DC.identifier") == "http://testserver/gioi-thieu/"
    assert head.one("description") == "Chức năng, nhiệm vụ, cơ cấu tổ chức, lãnh đạo và quá trình hình thành, " \
                                      "phát triển của cơ quan."
    assert section.search_description == ""  # the description came from the introduction
    graph = head.graph()
    assert "GovernmentOrganization" in graph
    collection = graph["CollectionPage"]  # SectionPage.schema_org
    assert collection["name"] == "Giới thiệu"
    assert collection["description"] == head.one("description")
    assert collection["datePublished"] == head.one("DC.date")


@pytest.mark.req("R42")
def test_the_english_home_page_has_english_metadata(client):
    head = head_of(client, "/en/")
    assert head.one("og:locale") == "en_US"
    assert head.one("og:locale:alternate") == "vi_VN"
    assert head.one("og:title") == "Department of Science and Technology Portal"
    assert head.one("og:site_name") == "Department of Science and Technology Portal"
    assert head.one("og:url") == "http://testserver/en/"
    assert head.one("DC.language") == "en"
    assert head.one("DC.creator") == "Department of Science and Technology of Binh An Province"
    assert head.one("description") == "The official information and online public services portal of the agency."
    graph = head.graph()
    assert graph["GovernmentOrganization"]["name"] == "Department of Science and Technology of Binh An Province"
    assert graph["GovernmentOrganization"]["alternateName"] == "Sở Khoa học và Công nghệ tỉnh Bình An"
    assert graph["GovernmentOrganization"]["address"]["streetAddress"].startswith("18 Tran Hung Dao Street")
    assert graph["WebPage"]["inLanguage"] == "en"
    assert graph["WebSite"]["url"] == "http://testserver/en/"


@pytest.mark.req("R42")
def test_a_page_in_one_language_names_no_alternate_locale(client, home):
    page = add_page(home.get_children().get(slug="lien-he").specific, "Đường dây nóng", "duong-day-nong")
    head = head_of(client, page.url)
    assert head.one("og:locale") == "vi_VN"
    assert "og:locale:alternate" not in head.meta


@pytest.mark.req("R42")
def test_the_description_falls_back_to_the_introduction_then_the_body_as_plain_text(client, home):
    contacts = home.get_children().get(slug="lien-he").specific
    long_intro = "<p>Sở <b>Khoa học</b> &amp; Công nghệ " + "thông báo lịch tiếp công dân định kỳ " * 8 + "</p>"
    page = add_page(contacts, "Lịch tiếp công dân", "lich-tiep", intro=long_intro)
    description = head_of(client, page.url).one("description")
    assert description.startswith("Sở Khoa học & Công nghệ thông báo lịch")
    assert "<" not in description
    assert len(description) <= 160 and description.endswith("…")
    page.search_description = "Lịch tiếp công dân năm 2026."
    page.save_revision().publish()
    assert head_of(client, page.url).one("description") == "Lịch tiếp công dân năm 2026."
    body_only = add_page(contacts, "Giờ làm việc", "gio-lam-viec",
                         body=[{"type": "paragraph", "value": "<p>Sáng từ <i>7 giờ 30</i>.</p>"}])
    assert head_of(client, body_only.url).one("og:description") == "Sáng từ 7 giờ 30."


def test_summarise_cuts_at_a_word():
    assert summarise("ngắn") == "ngắn"
    text = summarise("một hai ba bốn năm", length=10)
    assert text == "một hai…"


@pytest.mark.req("R42")
def test_a_page_with_a_picture_is_shared_with_it(client, home):
    image = make_image()
    page = add_page(home.get_children().get(slug="lien-he").specific, "Hội thảo", "hoi-thao", body=[
        {"type": "paragraph", "value": "<p>Toàn cảnh hội thảo.</p>"},
        {"type": "image", "value": {"image": {"image": image.pk, "alt_text": "Đại biểu dự hội thảo",
                                              "decorative": False}, "caption": "", "credit": ""}},
    ])
    head = head_of(client, page.url)
    assert head.one("og:image").startswith("http://testserver/")
    assert head.one("og:image").endswith(".png")
    assert head.one("og:image:width") == "1200"
    assert head.one("og:image:height") == "675"
    assert head.one("og:image:alt") == "Đại biểu dự hội thảo"


@pytest.mark.req("R42")
def test_an_article_type_adds_its_publication_times(client, home, monkeypatch):
    page = add_page(home.get_children().get(slug="lien-he").specific, "Thông cáo báo chí", "thong-cao")
    monkeypatch.setattr(ContentPage, "og_type", "article")
    head = head_of(client, page.url)
    assert head.one("og:type") == "article"
    assert head.one("article:published_time") == head.one("DC.date")
    assert head.one("article:modified_time") == head.one("DCTERMS.modified")
    assert "article:published_time" not in head_of(client, "/").meta


@pytest.mark.req("R42")
def test_json_ld_cannot_be_broken_out_of_by_a_title(client, home):
    page = add_page(home.get_children().get(slug="lien-he").specific, XSS_TITLE, "tieu-de-la")
    html = client.get(page.url).content.decode()
    assert XSS_TITLE not in html
    assert "<script>alert(1)" not in html
    head = Head(html)
    assert "\\u003C/script\\u003E\\u003Cscript\\u003Ealert(1)" in head.json_ld[0]
    assert head.graph()["WebPage"]["name"] == XSS_TITLE  # the same text, read back by a JSON parser
    assert head.one("og:title") == XSS_TITLE  # attribute values are escaped by the template
    assert 'content="&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;"' in html


@pytest.mark.req("R42")
def test_a_page_type_supplies_its_own_schema_org_object(client, monkeypatch):
    def schema_org(self, request):
        data = super(SectionPage, self).schema_org(request)
        data.update({"@type": "GovernmentService", "serviceType": self.title})
        return data

    monkeypatch.setattr(SectionPage, "schema_org", schema_org)
    graph = head_of(client, "/dich-vu-cong/").graph()
    assert graph["GovernmentService"]["serviceType"] == "Dịch vụ công trực tuyến"
    assert graph["GovernmentService"]["publisher"] == {"@id": graph["GovernmentOrganization"]["@id"]}
    monkeypatch.setattr(SectionPage, "schema_org", lambda self, request: None)
    assert set(head_of(client, "/dich-vu-cong/").graph()) == {"GovernmentOrganization", "WebSite"}


@pytest.mark.req("R42")
def test_an_error_page_still_names_the_agency(client):
    response = client.get("/khong-co-trang-nay/")
    assert response.status_code == 404
    head = Head(response.content.decode())
    assert "og:url" not in head.meta
    assert head.graph()["GovernmentOrganization"]["name"] == "Sở Khoa học và Công nghệ tỉnh Bình An"


@pytest.mark.parametrize("url", ["/", "/gioi-thieu/", "/en/", "/lien-he/"])
def test_the_metadata_adds_no_query_to_a_page(client, monkeypatch, url):
    """Everything the head needs is already loaded for the page (settings, language links)."""
    from home import metadata

    client.get(url)
    with CaptureQueriesContext(connection) as with_metadata:
        client.get(url)
    monkeypatch.setattr(metadata, "page_metadata",
                        lambda request, page=None: metadata.PageMetadata(json_ld="", site_name="", language="vi"))
    with CaptureQueriesContext(connection) as without_metadata:
        html = client.get(url).content.decode()
    assert "application/ld+json" not in html
    assert len(with_metadata.captured_queries) == len(without_metadata.captured_queries)


# --- the read-only API (Wagtail API v2) ---------------------------------------------------

def api(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status, (url, response.content[:300])
    assert response["Content-Type"].startswith("application/json")
    return response.json()


@pytest.mark.req("R42", "R63")
def test_the_pages_api_lists_live_pages_of_both_languages(client, home):
    data = api(client, "/api/v2/pages/?limit=100")
    live = Page.objects.descendant_of(home, inclusive=True).live().count() + Page.objects.descendant_of(
        english_home(), inclusive=True).live().count()
    assert data["meta"]["total_count"] == live
    first = data["items"][0]
    assert set(first) >= {"id", "meta", "title"}
    assert set(first["meta"]) >= {"type", "detail_url", "html_url", "slug", "first_published_at", "locale"}
    assert first["meta"]["type"] == "home.HomePage"
    assert {item["meta"]["locale"] for item in data["items"]} == {"vi", "en"}


@pytest.mark.req("R42", "R63")
def test_the_pages_api_filters_by_locale_and_type(client):
    english = api(client, "/api/v2/pages/?locale=en&limit=100")
    assert english["items"]
    assert {item["meta"]["locale"] for item in english["items"]} == {"en"}
    assert "Home" in [item["title"] for item in english["items"]]
    assert english["meta"]["total_count"] == Page.objects.live().filter(locale__language_code="en").count()
    sections = api(client, "/api/v2/pages/?type=home.SectionPage&fields=intro,responsible_unit,last_published_at"
                           "&locale=vi&limit=100")
    about = next(item for item in sections["items"] if item["meta"]["slug"] == "gioi-thieu")
    assert about["intro"].startswith("<p>Chức năng, nhiệm vụ")
    assert "responsible_unit" in about and about["last_published_at"]


@pytest.mark.req("R42", "R63")
def test_the_api_gives_the_detail_of_a_page(client, home):
    page = ContentPage.objects.live().filter(locale__language_code="vi").first()
    data = api(client, f"/api/v2/pages/{page.pk}/")
    assert data["id"] == page.pk
    assert data["title"] == page.title
    assert data["meta"]["type"] == "home.ContentPage"
    assert data["meta"]["locale"] == "vi"
    assert data["meta"]["html_url"].endswith(page.url)
    assert data["meta"]["parent"]["id"] == page.get_parent().pk
    assert set(data) >= {"intro", "body", "event_date", "last_published_at"}
    assert data["body"] and data["body"][0]["type"] in {"paragraph", "heading", "table"}
    # Rich text comes out as HTML a reader can follow, not Wagtail's internal markup.
    assert "linktype=" not in json.dumps(data)


@pytest.mark.req("R42", "R63")
def test_the_api_hides_drafts_and_private_pages(client, home):
    contacts = home.get_children().get(slug="lien-he").specific
    draft = add_page(contacts, "Bản nháp", "ban-nhap", publish=False)
    private = add_page(contacts, "Nội bộ", "noi-bo")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.PASSWORD, password="mk")
    ids = {item["id"] for item in api(client, f"/api/v2/pages/?child_of={contacts.pk}&limit=100")["items"]}
    assert draft.pk not in ids and private.pk not in ids
    api(client, f"/api/v2/pages/{draft.pk}/", status=404)
    api(client, f"/api/v2/pages/{private.pk}/", status=404)


@pytest.mark.req("R63")
def test_the_images_and_documents_apis_answer(client):
    make_image("Ảnh thư viện")
    images = api(client, "/api/v2/images/")
    assert images["meta"]["total_count"] >= 1
    assert set(images["items"][0]) >= {"id", "meta", "title"}
    assert set(images["items"][0]["meta"]) >= {"type", "detail_url", "download_url"}
    assert api(client, "/api/v2/documents/")["meta"]["total_count"] >= 0


@pytest.mark.req("R63")
@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
@pytest.mark.parametrize("endpoint", ["pages", "images", "documents"])
def test_the_api_cannot_write(client, home, method, endpoint):
    listing = getattr(client, method)(f"/api/v2/{endpoint}/", data={"title": "x"}, content_type="application/json")
    assert listing.status_code == 405
    detail = getattr(client, method)(f"/api/v2/{endpoint}/{home.pk}/", data={"title": "x"},
                                     content_type="application/json")
    assert detail.status_code == 405
    home.refresh_from_db()
    assert home.title == "Trang chủ"


@pytest.mark.req("R63")
def test_the_api_listing_costs_a_bounded_number_of_queries(client, home, django_assert_max_num_queries):
    client.get("/api/v2/pages/?limit=100")
    with CaptureQueriesContext(connection) as before:
        client.get("/api/v2/pages/?limit=100")
    contacts = home.get_children().get(slug="lien-he").specific
    for number in range(5):
        add_page(contacts, f"Thông báo số {number}", f"thong-bao-{number}")
    with CaptureQueriesContext(connection) as after:
        client.get("/api/v2/pages/?limit=100")
    assert len(after.captured_queries) == len(before.captured_queries)
    with django_assert_max_num_queries(10):  # Wagtail's base queryset is built a few times, never per page
        client.get("/api/v2/pages/?limit=100&locale=en")
