"""What a reader sees: the home page, sections, footer, banners, links, languages."""

import datetime

import pytest
from django.utils import timezone
from wagtail.models import Locale, Site

from home.models import AgencySettings, Banner, ContentPage, HomePage, SectionPage, WebLink
from home.section_tree import SECTION_TREE

pytestmark = pytest.mark.django_db


def html_of(client, url, status=200, **headers):
    response = client.get(url, **headers)
    assert response.status_code == status, url
    return response.content.decode()


@pytest.mark.req("R1", "R2", "R3", "R4", "R5", "R6", "R7", "R8", "R9", "R10", "R11", "R12", "R13", "R14",
                 "R16", "R17", "R18", "R19")
def test_home_page_links_every_mandated_section_in_vietnamese(client, home):
    html = html_of(client, "/")
    assert '<html lang="vi">' in html
    assert "Chuyển đến nội dung chính" in html
    for section in SECTION_TREE:
        page = home.get_children().get(slug=section.slug)
        assert f'href="/{section.slug}/"' in html, section.slug
        assert page.title in html


@pytest.mark.req("R1")
def test_a_section_page_shows_its_introduction_and_lists_its_subsections(client):
    html = html_of(client, "/gioi-thieu/")
    assert "<h1>Giới thiệu</h1>" in html
    assert "Chức năng, nhiệm vụ, cơ cấu tổ chức" in html
    for slug, title in (("chuc-nang-nhiem-vu", "Chức năng nhiệm vụ"), ("co-cau-to-chuc", "Cơ cấu tổ chức"),
                        ("lich-su-phat-trien", "Lịch sử phát triển")):
        assert f'href="/gioi-thieu/{slug}/"' in html
        assert title in html
    # Breadcrumbs lead back home.
    assert 'aria-label="Đường dẫn trang"' in html


@pytest.mark.parametrize("url", ["/" + s.slug + "/" for s in SECTION_TREE] + [
    f"/{s.slug}/{c.slug}/" for s in SECTION_TREE for c in s.children if not c.only_for
])
def test_every_section_and_subsection_answers(client, url):
    html = html_of(client, url)
    assert "<h1>" in html


@pytest.mark.req("R11", "R45")
def test_the_footer_of_every_page_carries_the_agency_transaction_information(client):
    agency = AgencySettings.for_site(Site.objects.get(is_default_site=True))
    for url in ("/", "/gioi-thieu/", "/gioi-thieu/lich-su-phat-trien/"):
        html = html_of(client, url)
        for value in (agency.address, agency.phone, agency.fax, agency.email, agency.licence_line):
            assert value and value in html, (url, value)
        assert "Cổng TTĐT Sở Khoa học và Công nghệ tỉnh Bình An" in html  # the citation line


@pytest.mark.req("R11", "R45")
def test_footer_follows_the_settings_an_administrator_edits(client):
    agency = AgencySettings.for_site(Site.objects.get(is_default_site=True))
    agency.address = "Số 2 đường Lê Lợi, phường 1, thành phố Bình An"
    agency.citation_line = "Ghi rõ nguồn Cổng TTĐT Bình An khi đăng lại."
    agency.save()
    html = html_of(client, "/lien-he/")
    assert "Số 2 đường Lê Lợi, phường 1, thành phố Bình An" in html
    assert "Ghi rõ nguồn Cổng TTĐT Bình An khi đăng lại." in html


@pytest.mark.req("R44")
def test_banners_show_only_while_active_and_within_their_dates(client, home):
    today = timezone.localdate()
    vietnamese = Locale.objects.get(language_code="vi")
    Banner.objects.create(title="Bầu cử đại biểu Quốc hội khóa XVI", link_url="https://baucu.example.vn",
                          locale=vietnamese, start_date=today - datetime.timedelta(days=1))
    Banner.objects.create(title="Chiến dịch đã kết thúc", link_url="https://cu.example.vn", locale=vietnamese,
                          end_date=today - datetime.timedelta(days=1))
    Banner.objects.create(title="Băng rôn đang tắt", link_url="https://tat.example.vn", locale=vietnamese,
                          is_active=False)
    html = html_of(client, "/")
    assert "Bầu cử đại biểu Quốc hội khóa XVI" in html
    assert 'href="https://baucu.example.vn"' in html
    assert "Chiến dịch đã kết thúc" not in html
    assert "Băng rôn đang tắt" not in html
    # A banner that points inside the portal links to the page.
    assert 'href="/dich-vu-cong/"' in html


@pytest.mark.req("R44")
def test_a_banner_must_link_to_exactly_one_place(home):
    from django.core.exceptions import ValidationError

    banner = Banner(title="Không có đích", locale=home.locale)
    with pytest.raises(ValidationError) as error:
        banner.full_clean()
    assert "Chọn một trang trong cổng hoặc nhập một địa chỉ bên ngoài." in str(error.value)
    banner = Banner(title="Hai đích", locale=home.locale, link_page=home, link_url="https://a.example.vn")
    with pytest.raises(ValidationError):
        banner.full_clean()


@pytest.mark.req("R11")
def test_links_to_member_units_and_other_agencies_are_grouped_in_the_footer(client, home):
    WebLink.objects.create(name="Trung tâm Kiểm định chất lượng", url="https://kiemdinh.example.vn",
                           group=WebLink.GROUP_MEMBER, locale=home.locale)
    html = html_of(client, "/")
    member_heading = html.index("Đơn vị trực thuộc")
    other_heading = html.index("Cơ quan, đơn vị khác")
    assert member_heading < html.index("Trung tâm Kiểm định chất lượng") < other_heading
    assert other_heading < html.index("Cổng thông tin điện tử Chính phủ")


@pytest.mark.req("R15")
def test_the_english_home_page_has_a_language_switcher_and_hreflang(client):
    html = html_of(client, "/en/")
    assert '<html lang="en">' in html
    assert "Skip to main content" in html
    assert "Department of Science and Technology of Binh An Province" in html
    assert "18 Tran Hung Dao Street" in html
    assert 'hreflang="vi" href="http://testserver/"' in html
    assert 'hreflang="en" href="http://testserver/en/"' in html
    assert '<a href="/" lang="vi" hreflang="vi">Tiếng Việt</a>' in html
    vietnamese = html_of(client, "/")
    assert '<a href="/en/" lang="en" hreflang="en">English</a>' in vietnamese


@pytest.mark.req("R15")
def test_a_page_without_english_version_offers_the_english_home_without_hreflang(client):
    html = html_of(client, "/tin-tuc/")
    assert '<a href="/en/" lang="en" hreflang="en">English</a>' in html
    assert 'hreflang="en"' not in html.split("</head>")[0]


def test_the_vietnamese_site_ignores_an_english_browser(client):
    html = html_of(client, "/", HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9")
    assert '<html lang="vi">' in html


def test_an_unknown_address_gets_a_vietnamese_404(client):
    html = html_of(client, "/khong-co-trang-nay/", status=404)
    assert "Không tìm thấy trang" in html
    html = html_of(client, "/en/no-such-page/", status=404)
    assert "Page not found" in html


def test_dates_are_written_day_first(client, home):
    page = ContentPage.objects.live().first()
    html = html_of(client, page.url)
    published = timezone.localtime(page.last_published_at)
    assert published.strftime("%d/%m/%Y") in html


def test_the_home_page_renders_in_a_bounded_number_of_queries(client, django_assert_max_num_queries):
    client.get("/")  # warm Wagtail's site-root cache, as a running server has
    with django_assert_max_num_queries(20):
        assert client.get("/").status_code == 200


def test_a_section_page_renders_in_a_bounded_number_of_queries(client, django_assert_max_num_queries):
    client.get("/")
    with django_assert_max_num_queries(24):
        assert client.get("/chi-dao-dieu-hanh/").status_code == 200


def test_query_count_does_not_grow_with_the_number_of_sections(client, home, django_assert_max_num_queries):
    client.get("/")
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as before:
        client.get("/")
    parent = SectionPage.objects.get(slug="chuyen-muc")
    for number in range(5):
        page = SectionPage(title=f"Chuyên đề {number}", slug=f"chuyen-de-{number}")
        parent.add_child(instance=page)
        page.save_revision().publish()
    client.get("/")  # the publish emptied the cached navigation: compare warm with warm
    with CaptureQueriesContext(connection) as after:
        client.get("/")
    assert len(after.captured_queries) == len(before.captured_queries)


def test_home_page_model_is_only_allowed_at_the_root():
    assert HomePage.parent_page_types == ["wagtailcore.Page"]


def test_pages_load_no_asset_from_another_host(client):
    """No CDN: styles, scripts, fonts and images come from the portal itself."""
    import re

    for url in ("/", "/gioi-thieu/", "/en/"):
        html = html_of(client, url)
        for tag in re.findall(r"<(?:script|link|img|source|iframe)\b[^>]*>", html):
            if 'rel="canonical"' in tag or 'rel="alternate"' in tag or 'rel="schema.' in tag:
                continue  # addresses that name things (Dublin Core's schemas included), never fetched
            assert not re.search(r'(?:src|href)="(?:https?:)?//', tag), tag
