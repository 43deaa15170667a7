"""News (R2, R41, R43, R50 step 1): articles, their lists, feeds, print and save, view counts."""

import datetime
import re
import xml.etree.ElementTree as ET

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from home.counters import page_views, site_views
from home.models import SectionPage
from news.listing import PER_PAGE
from news.models import MISSING_SOURCE, ArticlePage

pytestmark = pytest.mark.django_db


def publish_article(section_slug="hoat-dong-noi-bo", title="Tin thử nghiệm", slug="tin-thu-nghiem", tags=(),
                    published=None, **fields):
    section = SectionPage.objects.get(slug=section_slug)
    article = ArticlePage(title=title, slug=slug, intro="<p>Tóm tắt tin thử nghiệm.</p>",
                          body=[{"type": "paragraph", "value": "<p>Nội dung tin.</p>"}], **fields)
    for tag in tags:
        article.tags.add(tag)
    section.add_child(instance=article)
    article.save_revision().publish()
    if published:
        ArticlePage.objects.filter(pk=article.pk).update(first_published_at=published, last_published_at=published)
        article.refresh_from_db()
    return article


def article_form(**extra):
    return nested_form_data({
        "title": "Đoàn công tác của Bộ làm việc với Sở",
        "slug": "doan-cong-tac",
        "intro": rich_text("<p>Sáng 20/11, đoàn công tác làm việc tại Sở.</p>"),
        "body": streamfield([("paragraph", rich_text("<p>Nội dung.</p>"))]),
        "event_date": "2026-11-20",
        "author": "Minh Hà",
        "source_kind": "own",
        "source_name": "",
        "source_url": "",
        "tags": "",
        "main_image_alt": "",
        "main_image_caption": "",
        "comments": inline_formset([]),
        **extra,
    })


@pytest.mark.req("R2", "R50")
def test_a_copied_article_cannot_be_submitted_without_its_source(client, make_user):
    client.force_login(make_user("phongvien", "Cập nhật"))
    parent = SectionPage.objects.get(slug="hoat-dong-cua-nganh")
    url = reverse("wagtailadmin_pages:add", args=("news", "articlepage", parent.pk))

    response = client.post(url, article_form(source_kind="other", **{"action-submit": "1"}))
    assert response.status_code == 200
    assert MISSING_SOURCE in response.content.decode()
    assert not ArticlePage.objects.filter(slug="doan-cong-tac").exists()

    # A draft may be saved unfinished...
    response = client.post(url, article_form(source_kind="other"))
    assert response.status_code == 302
    article = ArticlePage.objects.get(slug="doan-cong-tac")
    # ...and goes for approval once it names its source.
    edit = reverse("wagtailadmin_pages:edit", args=(article.pk,))
    response = client.post(edit, article_form(source_kind="other", source_name="Cổng TTĐT Bộ Khoa học và Công nghệ",
                                              source_url="https://mst.gov.vn", **{"action-submit": "1"}))
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.workflow_in_progress and not article.live


@pytest.mark.req("R2")
def test_an_article_shows_its_parts_source_and_citation(client):
    article = publish_article(author="Văn phòng Sở", source_kind=ArticlePage.SOURCE_OTHER,
                              source_name="Báo Khoa học và Phát triển", source_url="https://khoahocphattrien.vn",
                              tags=["đo lường"])
    html = client.get(article.url).content.decode()
    assert "<h1>Tin thử nghiệm</h1>" in html
    assert "Tóm tắt tin thử nghiệm." in html and "Nội dung tin." in html
    assert "Văn phòng Sở" in html
    assert '<a href="https://khoahocphattrien.vn" rel="noopener">Báo Khoa học và Phát triển</a>' in html
    assert "Cổng TTĐT Sở Khoa học và Công nghệ tỉnh Bình An" in html  # the citation line (R45)
    assert "?the=do-luong" in html  # tag slugs keep đ as d
    published = timezone.localtime(article.first_published_at).strftime("%H:%M %d/%m/%Y")
    assert published in html


def test_an_image_needs_its_alt_text(home):
    from django.core.exceptions import ValidationError
    from wagtail.images import get_image_model

    article = ArticlePage(title="Ảnh", slug="anh", main_image=get_image_model().objects.first())
    with pytest.raises(ValidationError) as error:
        article.full_clean()
    assert "mô tả ảnh" in str(error.value)


@pytest.mark.req("R2")
def test_a_section_lists_its_articles_newest_first_with_pages(client):
    now = timezone.now()
    for number in range(PER_PAGE + 3):
        publish_article(title=f"Tin số {number}", slug=f"tin-so-{number}",
                        published=now - datetime.timedelta(days=number + 400))
    newest = publish_article(title="Tin mới nhất", slug="tin-moi-nhat", published=now)
    html = client.get("/tin-tuc/hoat-dong-noi-bo/").content.decode()
    assert html.index("Tin mới nhất") < html.index("Tin số 0") < html.index("Tin số 1")
    assert 'rel="next"' in html
    second = client.get("/tin-tuc/hoat-dong-noi-bo/?page=2").content.decode()
    assert "Tin mới nhất" not in second and "Tin số 12" in second
    # The top section lists what its sub-sections hold.
    assert "Tin mới nhất" in client.get("/tin-tuc/").content.decode()
    assert "Tin mới nhất" in client.get("/").content.decode()  # latest news on the home page
    assert newest.url in client.get("/").content.decode()


@pytest.mark.req("R2")
def test_filters_by_keyword_and_month_stay_in_the_url(client):
    publish_article(title="Tin về tiêu chuẩn", slug="tin-tieu-chuan", tags=["tiêu chuẩn"],
                    published=timezone.make_aware(datetime.datetime(2026, 3, 10, 9, 0)))
    publish_article(title="Tin tháng tư", slug="tin-thang-tu",
                    published=timezone.make_aware(datetime.datetime(2026, 4, 2, 9, 0)))
    html = client.get("/tin-tuc/hoat-dong-noi-bo/?the=tieu-chuan").content.decode()
    assert "Tin về tiêu chuẩn" in html and "Tin tháng tư" not in html
    html = client.get("/tin-tuc/hoat-dong-noi-bo/?thang=2026-04").content.decode()
    assert "Tin tháng tư" in html and "Tin về tiêu chuẩn" not in html
    assert '<option value="2026-04" selected>04/2026</option>' in html


def test_a_bad_month_is_explained_not_an_error(client):
    response = client.get("/tin-tuc/hoat-dong-noi-bo/?thang=thang-muoi&page=abc")
    assert response.status_code == 200
    assert "YYYY-MM" in response.content.decode()


def test_related_articles_share_a_keyword(client):
    first = publish_article(title="Kiểm định cột đo xăng dầu", slug="kiem-dinh-1", tags=["đo lường"])
    publish_article(section_slug="hoat-dong-cua-nganh", title="Cân đối chứng tại chợ", slug="can-doi-chung",
                    tags=["đo lường"])
    html = client.get(first.url).content.decode()
    related = html[html.index('id="related-heading"'):]
    assert "Cân đối chứng tại chợ" in related


@pytest.mark.req("R42")
def test_rss_and_atom_feeds_of_a_section_and_of_the_site(client):
    article = publish_article(title="Tin cho bản tin RSS", slug="tin-rss", author="Minh Hà")
    rss = client.get("/rss/tin-tuc/hoat-dong-noi-bo/")
    assert rss.status_code == 200 and rss["Content-Type"].startswith("application/rss+xml")
    channel = ET.fromstring(rss.content).find("channel")
    assert channel.findtext("title").startswith("Hoạt động nội bộ")
    items = channel.findall("item")
    assert items[0].findtext("title") == "Tin cho bản tin RSS"
    assert items[0].findtext("link").endswith(article.url)
    atom = client.get("/atom/")
    assert atom.status_code == 200
    entries = ET.fromstring(atom.content).findall("{http://www.w3.org/2005/Atom}entry")
    assert any(entry.findtext("{http://www.w3.org/2005/Atom}title") == "Tin cho bản tin RSS" for entry in entries)
    assert client.get("/rss/khong-co-muc-nay/").status_code == 404


@pytest.mark.req("R41")
def test_print_view_and_self_contained_download(client):
    from home.demo import banner_image

    article = publish_article(title="Tin có ảnh", slug="tin-co-anh", main_image=banner_image("Ảnh", (10, 20, 30)),
                              main_image_alt="Hội nghị tổng kết")
    html = client.get(article.url).content.decode()
    assert f'href="{article.url}in/"' in html and f'href="{article.url}luu/"' in html
    printed = client.get(article.url + "in/")
    assert printed.status_code == 200
    page = printed.content.decode()
    assert "Tin có ảnh" in page and "data-print" in page
    assert "main-menu" not in page  # no site furniture on paper
    saved = client.get(article.url + "luu/")
    assert saved["Content-Disposition"] == 'attachment; filename="tin-co-anh.html"'
    document = saved.content.decode()
    assert "<style>" in document and "Tin có ảnh" in document
    assert re.search(r'<img[^>]+src="data:image/', document), "pictures are inside the file"
    assert 'src="/media/' not in document and '<link rel="stylesheet"' not in document


@pytest.mark.req("R43")
def test_views_are_counted_per_article_and_for_the_site(client):
    from django.core.cache import cache

    article = publish_article(slug="tin-dem-luot-xem")
    cache.clear()
    before = site_views()
    for _ in range(3):
        assert client.get(article.url).status_code == 200
    client.get(article.url, HTTP_USER_AGENT="Googlebot/2.1")  # a crawler is not a reader
    assert page_views(article) == 3
    cache.clear()
    assert site_views() == before + 3
    # The page counts the view it is serving.
    assert "4 lượt xem" in client.get(article.url).content.decode()


@pytest.mark.req("R43")
def test_a_view_costs_one_write(client, django_assert_max_num_queries):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    article = publish_article(slug="tin-mot-lan-ghi")
    client.get(article.url)
    with CaptureQueriesContext(connection) as queries:
        client.get(article.url)
    writes = [q["sql"] for q in queries.captured_queries if q["sql"].lstrip().upper().startswith(("INSERT", "UPDATE"))]
    assert len(writes) == 1 and "home_pageviewday" in writes[0]


def test_article_and_list_pages_render_in_bounded_queries(client, django_assert_max_num_queries):
    for number in range(8):
        publish_article(slug=f"tin-dem-truy-van-{number}", tags=["truy vấn"])
    client.get("/tin-tuc/hoat-dong-noi-bo/")
    with django_assert_max_num_queries(26):
        client.get("/tin-tuc/hoat-dong-noi-bo/")
    article = ArticlePage.objects.get(slug="tin-dem-truy-van-0")
    client.get(article.url)
    with django_assert_max_num_queries(26):
        client.get(article.url)


def test_scheduled_articles_go_live_and_expire_on_time(home):
    article = publish_article(slug="tin-hen-gio")
    article.go_live_at = timezone.now() - datetime.timedelta(minutes=1)
    article.expire_at = timezone.now() + datetime.timedelta(days=30)
    revision = article.save_revision()
    ArticlePage.objects.filter(pk=article.pk).update(live=False)
    revision.approved_go_live_at = article.go_live_at
    revision.save()
    call_command("publish_scheduled", stdout=open("/dev/null", "w"))
    assert ArticlePage.objects.get(pk=article.pk).live
    ArticlePage.objects.filter(pk=article.pk).update(expire_at=timezone.now() - datetime.timedelta(minutes=1))
    call_command("publish_scheduled", stdout=open("/dev/null", "w"))
    expired = ArticlePage.objects.get(pk=article.pk)
    assert not expired.live and expired.expired


def test_articles_are_not_listed_as_subsections(client):
    publish_article(slug="khong-phai-muc-con", title="Không phải mục con")
    html = client.get("/tin-tuc/hoat-dong-noi-bo/").content.decode()
    subsections = html[html.index('id="subsections-heading"'):] if 'id="subsections-heading"' in html else ""
    assert "Không phải mục con" not in subsections


@pytest.mark.req("R42")
def test_an_article_is_described_as_a_news_article(client):
    import json

    article = publish_article(slug="tin-json-ld", author="Minh Hà", tags=["khởi nghiệp"])
    html = client.get(article.url).content.decode()
    assert '<meta property="og:type" content="article">' in html
    data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1))
    news = next(node for node in data["@graph"] if node["@type"] == "NewsArticle")
    assert news["headline"] == "Tin thử nghiệm" and news["author"] == {"@type": "Person", "name": "Minh Hà"}
    assert news["keywords"] == "khởi nghiệp"
