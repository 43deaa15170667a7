"""The English channel (R15, R62): required sections translated with wagtail-localize, translators,
and the status of every English page against its Vietnamese source."""

import pytest
from django.urls import reverse
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation

from home.editorial import GROUP_TRANSLATORS
from home.section_tree import ENGLISH_SECTIONS
from home.setup import find_page
from home.translation import translate

pytestmark = pytest.mark.django_db


def english():
    return Locale.objects.get(language_code="en")


@pytest.mark.req("R15")
def test_the_required_sections_exist_in_english_as_localize_translations(client, home):
    created = 0
    for section in ENGLISH_SECTIONS:
        source = find_page(home, section.path)
        if source is None:  # a province-only section on a department's portal
            continue
        translated = source.get_translation(english())
        assert translated.live and translated.title == section.title and translated.slug == section.slug
        assert Translation.objects.filter(source__object_id=source.translation_key,
                                          target_locale=english()).exists()
        response = client.get(translated.url)
        assert response.status_code == 200, translated.url
        assert f"<h1>{section.title}</h1>" in response.content.decode()
        created += 1
    assert created >= 9


def test_translating_leaves_no_redirect_to_nowhere(client):
    assert not Redirect.objects.filter(automatically_created=True).exists()
    assert client.get("/en/about/leaders/").status_code == 200


@pytest.mark.req("R15")
def test_the_english_demo_content_is_in_english(client):
    html = client.get("/en/about/functions-and-duties/").content.decode()
    assert '<h2 class="block-heading">Position and functions</h2>' in html
    assert "legal entity with its own seal" in html
    assert "Skip to main content" in html and '<html lang="en">' in html


def test_translators_translate_english_pages_and_cannot_edit_vietnamese_ones(client, make_user, home):
    translator = make_user("bientapvien-anh", GROUP_TRANSLATORS)
    leaders_vi = find_page(home, "gioi-thieu/lanh-dao")
    leaders_en = leaders_vi.get_translation(english())
    assert leaders_en.permissions_for_user(translator).can_edit()
    assert leaders_en.permissions_for_user(translator).can_publish()
    assert not leaders_vi.permissions_for_user(translator).can_edit()
    client.force_login(translator)
    assert client.get(reverse("wagtailadmin_pages:edit", args=(leaders_en.pk,))).status_code == 200
    response = client.get(reverse("wagtailadmin_pages:edit", args=(leaders_vi.pk,)))
    assert response.status_code in (302, 403)


@pytest.mark.req("R62")
def test_an_english_page_older_than_its_source_is_flagged_in_public_and_in_the_report(client, make_user, home):
    history_vi = find_page(home, "gioi-thieu/lich-su-phat-trien")
    history_en = history_vi.get_translation(english())
    html = client.get(history_en.url).content.decode()
    assert "Last updated:" in html and "this translation may not include" not in html

    history_vi.title = "Lịch sử hình thành và phát triển"
    history_vi.save_revision().publish()
    html = client.get(history_en.url).content.decode()
    assert "The Vietnamese version of this page was updated on" in html

    client.force_login(make_user("bientapvien-anh2", GROUP_TRANSLATORS))
    report = client.get(reverse("english_channel_report")).content.decode()
    row = report[report.index("Lịch sử hình thành và phát triển"):]
    assert row.index("Bản tiếng Anh cũ hơn bản tiếng Việt") < row.index("</tr>")

    translate(history_vi, "en", {})  # the translator brings it up to date
    report = client.get(reverse("english_channel_report")).content.decode()
    row = report[report.index("Lịch sử hình thành và phát triển"):]
    assert row.index("Đã cập nhật") < row.index("</tr>")
    assert "this translation may not include" not in client.get(history_en.url).content.decode()


@pytest.mark.req("R15")
def test_the_report_lists_required_sections_missing_in_english(client, make_user, home):
    contact_en = find_page(home, "lien-he").get_translation(english())
    contact_en.delete()
    client.force_login(make_user("bientapvien-anh3", GROUP_TRANSLATORS))
    report = client.get(reverse("english_channel_report")).content.decode()
    row = report[report.index(">Liên hệ</a>"):]
    assert row.index("Chưa có bản tiếng Anh") < row.index("</tr>")


def test_the_report_is_for_translators_only(client, make_user):
    client.force_login(make_user("thanhvien-x", "Cập nhật"))
    response = client.get(reverse("english_channel_report"))
    assert response.status_code in (302, 403)


def test_the_report_costs_a_fixed_number_of_queries(client, make_user, django_assert_max_num_queries):
    client.force_login(make_user("bientapvien-anh4", GROUP_TRANSLATORS))
    client.get(reverse("english_channel_report"))
    with django_assert_max_num_queries(30):
        client.get(reverse("english_channel_report"))


def test_english_pages_are_real_pages_of_the_english_tree():
    assert Page.objects.filter(locale__language_code="en").count() >= 10
