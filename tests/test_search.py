"""Site search (R40): diacritic-insensitive, exact marks first, one language, paginated, promoted.

Runs on the database the suite runs on: SQLite FTS5 locally, PostgreSQL full text in CI
(``DATABASE_URL=postgres://...``). Every test creates the pages it looks for, with words the
demonstration content does not use, and publishes them (publishing updates the index).
"""

import itertools
import unicodedata

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Locale, Page, PageViewRestriction
from wagtail.search.backends import get_search_backend

from home.models import ContentPage, HomePage, SectionPage
from home.search import MAX_QUERY_LENGTH, MAX_QUERY_WORDS, FoldedSearchMixin, parse_query, search_sources
from home.text import exact_key, exact_keys, fold, folded_words, has_marks, index_text, words

pytestmark = [pytest.mark.django_db, pytest.mark.req("R40")]

_slugs = itertools.count(1)


def publish(title, intro="", body="", parent=None, live=True, page_class=ContentPage):
    """A page under "Văn bản mới" (or ``parent``), published the way the workflow publishes it."""
    if parent is None:
        parent = SectionPage.objects.get(slug="van-ban-moi", locale__language_code="vi")
    page = page_class(
        title=title,
        slug=f"tim-kiem-thu-{next(_slugs)}",
        intro=f"<p>{intro}</p>" if intro else "",
        body=[{"type": "paragraph", "value": f"<p>{body}</p>"}] if body else [],
        locale_id=parent.locale_id,
        live=live,
    )
    parent.add_child(instance=page)
    revision = page.save_revision()
    if live:
        revision.publish()
    page.refresh_from_db()
    return page


def search(client, query, page=None, prefix="", status=200):
    params = {"q": query}
    if page is not None:
        params["page"] = page
    response = client.get(f"{prefix}/tim-kiem/", params)
    assert response.status_code == status
    return response


def titles(response):
    page_obj = response.context["page_obj"]
    return [hit.title for hit in page_obj] if page_obj else []


def all_titles(client, query, prefix=""):
    """Every result of ``query`` in order, over all the pages of results."""
    response = search(client, query, prefix=prefix)
    found = titles(response)
    page_obj = response.context["page_obj"]
    for number in range(2, page_obj.paginator.num_pages + 1 if page_obj else 0):
        found += titles(search(client, query, page=number, prefix=prefix))
    return found


# --- Folding and exact keys -----------------------------------------------------------


@pytest.mark.parametrize(
    "text, folded",
    [
        ("Nghị định 43/2011/NĐ-CP", "nghi dinh 43/2011/nd-cp"),
        ("Đà Nẵng", "da nang"),
        ("ĐƯỜNG", "duong"),
        ("đường dương đương", "duong duong duong"),
        ("Quyết định", "quyet dinh"),
        ("Ủy ban nhân dân", "uy ban nhan dan"),
        ("Thừa Thiên Huế", "thua thien hue"),
        ("Hồ Chí Minh", "ho chi minh"),
        ("ặ ẫ ệ ở ự ỳ", "a a e o u y"),
    ],
)
def test_folding_lowercases_strips_marks_and_turns_d_with_stroke_into_d(text, folded):
    assert fold(text) == folded


def test_folding_gives_the_same_result_for_nfd_and_nfc_text():
    nfc = "Nghị định 43/2011/NĐ-CP Đà Nẵng"
    nfd = unicodedata.normalize("NFD", nfc)
    assert nfd != nfc
    assert fold(nfd) == fold(nfc) == "nghi dinh 43/2011/nd-cp da nang"
    assert words(nfd) == words(nfc)
    assert exact_keys(nfd) == exact_keys(nfc)


def test_punctuation_separates_words_so_a_document_number_is_found_alone():
    assert words("Nghị định 43/2011/NĐ-CP") == ["nghị", "định", "43", "2011", "nđ", "cp"]
    assert folded_words("Nghị định 43/2011/NĐ-CP") == ["nghi", "dinh", "43", "2011", "nd", "cp"]


@pytest.mark.parametrize(
    "old, new",
    [("hòa", "hoà"), ("thủy", "thuỷ"), ("khỏe", "khoẻ"), ("Hòa Bình", "Hoà Bình"), ("lòa", "loà"), ("qúy", "quý")],
)
def test_old_and_new_tone_mark_placement_are_the_same_word(old, new):
    assert old != new
    assert exact_keys(old) == exact_keys(new)


@pytest.mark.parametrize(
    "one, other",
    [("quý", "quỳ"), ("đường", "dương"), ("đường", "đương"), ("dương", "duong"), ("cao", "cào"), ("mà", "ma")],
)
def test_words_that_differ_by_their_marks_keep_different_exact_keys(one, other):
    assert fold(one) == fold(other)
    assert exact_key(one) != exact_key(other)


def test_exact_keys_are_ascii_words_no_search_tokenizer_splits():
    for word in ("đường", "Nẵng", "quỳ", "ươ", "NĐ"):
        key = exact_key(word)
        assert key.isascii() and key.isalnum(), key
    assert exact_key("43") == "43"


def test_the_index_holds_the_folded_words_and_the_exact_keys():
    assert index_text("Đà Nẵng 2011") == "da nang 2011 dda2 nawng4"
    assert index_text(["Hòa", None], "") == "hoa hoa2"


def test_a_query_is_nfc_trimmed_folded_and_keyed():
    terms = parse_query(unicodedata.normalize("NFD", "  Nghị   định  43  nghị "))
    assert terms.text == "Nghị định 43 nghị"
    assert terms.folded == ["nghi", "dinh", "43"]
    assert terms.exact == [exact_key("nghị"), exact_key("định"), "43"]
    assert terms.ranks_exact_first
    assert not parse_query("nghi dinh 43").ranks_exact_first
    assert has_marks("Đ") and not has_marks("D 43")


def test_an_overlong_query_is_cut_at_a_word_boundary():
    terms = parse_query("nghị định " * 300)
    assert terms.truncated
    assert len(terms.text) <= MAX_QUERY_LENGTH
    assert terms.text.endswith("định") or terms.text.endswith("nghị")


def test_a_query_of_too_many_words_keeps_the_first_ones():
    terms = parse_query(" ".join(str(number) for number in range(60)))
    assert terms.truncated
    assert terms.folded == [str(number) for number in range(MAX_QUERY_WORDS)]
    assert terms.text == " ".join(str(number) for number in range(MAX_QUERY_WORDS))
    assert not parse_query("nghị định 43/2011/NĐ-CP").truncated


def test_a_portal_page_indexes_its_text_folded_including_fields_subclasses_add():
    page = ContentPage(title="Đường Hòa Bình", intro="<p>Tỉnh <b>Đồng Nai</b></p>",
                       body=[{"type": "paragraph", "value": "<p>Nghị định 43</p>"}])
    assert isinstance(page, FoldedSearchMixin)
    assert page.search_title_folded() == "duong hoa binh dduwowng2 hoa2 binh2"
    text = page.search_text_folded()
    for word in ("tinh", "ddoong2", "dong", "nai", "nghi", "dinh", "43"):
        assert word in text.split()
    assert "<b>" not in text and "duong" not in text.split()  # the title is indexed on its own


# --- Finding pages ---------------------------------------------------------------------


def test_the_backend_keeps_vietnamese_words_unstemmed():
    backend = get_search_backend()
    if connection.vendor == "postgresql":
        assert backend.config == "simple"


def test_a_query_without_diacritics_finds_the_page_written_with_them(client):
    publish("Nghị định 43/2011/NĐ-CP về cung cấp thông tin trên trang thông tin điện tử")
    publish("Quy hoạch thành phố Đà Nẵng đến năm 2030", intro="Đề án phát triển đô thị ven biển.")
    assert "Nghị định 43/2011/NĐ-CP về cung cấp thông tin trên trang thông tin điện tử" in all_titles(
        client, "nghi dinh 43"
    )
    assert titles(search(client, "da nang 2030")) == ["Quy hoạch thành phố Đà Nẵng đến năm 2030"]
    assert titles(search(client, "DA NANG 2030")) == ["Quy hoạch thành phố Đà Nẵng đến năm 2030"]
    # With the marks, or with đ typed as d, it is found too.
    assert titles(search(client, "Đà Nẵng 2030")) == ["Quy hoạch thành phố Đà Nẵng đến năm 2030"]
    assert titles(search(client, "đa nang 2030")) == ["Quy hoạch thành phố Đà Nẵng đến năm 2030"]


def test_the_intro_and_the_body_are_searched_too(client):
    publish("Thông báo tuyển dụng", intro="Sở tuyển viên chức ngạch kiểm lâm Mường Nhé.",
            body="Hồ sơ nộp tại Sìn Hồ, hạn chót ngày 15 tháng Chạp.")
    assert titles(search(client, "kiem lam muong nhe")) == ["Thông báo tuyển dụng"]
    assert titles(search(client, "thang chap sin ho")) == ["Thông báo tuyển dụng"]


def test_a_query_typed_in_nfd_finds_text_stored_in_nfc(client):
    publish("Kế hoạch chuyển đổi số tỉnh Bắc Kạn")
    nfd_query = unicodedata.normalize("NFD", "chuyển đổi số Bắc Kạn")
    response = search(client, nfd_query)
    assert titles(response) == ["Kế hoạch chuyển đổi số tỉnh Bắc Kạn"]
    assert response.context["search_query"] == unicodedata.normalize("NFC", nfd_query)


def test_old_and_new_tone_placement_find_each_other(client):
    publish("Thủy lợi Hòa Vang")
    publish("Khoẻ mạnh ở Thuỷ Nguyên")
    assert titles(search(client, "thuỷ lợi hoà vang")) == ["Thủy lợi Hòa Vang"]
    assert titles(search(client, "khỏe mạnh thủy nguyên")) == ["Khoẻ mạnh ở Thuỷ Nguyên"]


def test_a_query_typed_with_marks_lists_exact_matches_first(client):
    # Folding merges dương, đường and đương: a reader who typed "đường" wants "đường" first,
    # even when a page with only "dương" is the more relevant once folded.
    folded_only = publish("Dương liễu dương cầm Dương Đông", intro="Cây dương, đàn dương cầm, mặt trời dương.",
                          body="Dương dương tự đắc, dương gian, đương nhiệm.")
    exact = publish("Nâng cấp một con đường liên xã")
    found = all_titles(client, "đường")
    assert exact.title in found and folded_only.title in found
    assert found.index(exact.title) < found.index(folded_only.title)
    # Every exact match comes before every folded-only one.
    response = search(client, "đường")
    hits = list(response.context["page_obj"].paginator.object_list[0:1000])
    exact_flags = [hit.exact for hit in hits]
    assert exact_flags == sorted(exact_flags, reverse=True)
    assert {hit.title for hit in hits if not hit.exact} >= {folded_only.title}
    # Typed without marks, both match and nothing is preferred for the marks.
    assert {exact.title, folded_only.title} <= set(all_titles(client, "duong"))


def test_exact_first_with_several_words_and_tone_placement(client):
    publish("Hoà giải ở cơ sở Quỳnh Côi")  # the same words, new placement
    publish("Hoa giai o co so Quynh Coi")  # the same words without marks
    publish("Hòa giải ở cơ sở Quỳnh Côi đợt hai")  # the same words, old placement
    found = all_titles(client, "hòa giải quỳnh côi")
    assert len(found) == 3
    assert found[-1] == "Hoa giai o co so Quynh Coi"
    # quý is not quỳ: each finds the other only once folded.
    publish("Quý Côi hòa giải")
    assert "Quý Côi hòa giải" not in all_titles(client, "hòa giải quỳnh côi")  # no "quynh" in it
    hits = search(client, "quỳ côi hòa giải").context["page_obj"]
    assert [(hit.title, hit.exact) for hit in hits] == [("Quý Côi hòa giải", False)]
    hits = search(client, "quý côi hòa giải").context["page_obj"]
    assert [(hit.title, hit.exact) for hit in hits] == [("Quý Côi hòa giải", True)]


def test_the_portal_finds_words_english_would_drop_as_stop_words(client):
    publish("An ninh mạng Lạng Giang")
    publish("Ninh Giang Lạng Giang")
    assert titles(search(client, "an ninh lang giang")) == ["An ninh mạng Lạng Giang"]


def test_only_live_public_pages_are_found(client):
    publish("Đề án nuôi tôm hùm Lũng Cú", live=False)
    private = publish("Hồ sơ nội bộ tôm hùm Lũng Cú")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.PASSWORD, password="bi-mat")
    public = publish("Hướng dẫn nuôi tôm hùm Lũng Cú")
    assert titles(search(client, "tom hum lung cu")) == [public.title]
    public.unpublish()
    assert titles(search(client, "tom hum lung cu")) == []


def test_the_index_follows_edits_when_they_are_published(client):
    page = publish("Lịch tiếp công dân Pác Bó tháng Giêng")
    page.title = "Lịch tiếp công dân Pác Bó tháng Mười"
    page.save_revision()  # a draft: the public search still knows the published title
    assert titles(search(client, "pac bo thang gieng")) == ["Lịch tiếp công dân Pác Bó tháng Giêng"]
    assert titles(search(client, "pac bo thang muoi")) == []
    page.get_latest_revision().publish()
    assert titles(search(client, "pac bo thang muoi")) == ["Lịch tiếp công dân Pác Bó tháng Mười"]
    assert titles(search(client, "pac bo thang gieng")) == []


def test_each_language_searches_its_own_pages(client, home):
    english_home = HomePage.objects.get(locale__language_code="en", depth=2)
    publish("Ha Long Bay investment guide", parent=english_home)
    publish("Hướng dẫn đầu tư Hạ Long Bay")
    assert titles(search(client, "ha long bay")) == ["Hướng dẫn đầu tư Hạ Long Bay"]
    english = search(client, "ha long bay", prefix="/en")
    assert titles(english) == ["Ha Long Bay investment guide"]
    html = english.content.decode()
    assert '<html lang="en">' in html
    assert 'action="/en/tim-kiem/"' in html


def test_results_are_labelled_with_their_kind(client):
    section = SectionPage.objects.get(slug="van-ban-moi", locale__language_code="vi")
    sub_section = SectionPage(title="Chuyên mục Krông Pắc", slug="krong-pac")
    section.add_child(instance=sub_section)
    sub_section.save_revision().publish()
    publish("Du lịch Krông Pắc")
    response = search(client, "krong pac")
    html = response.content.decode()
    assert '<p class="search-result__kind">Mục tin</p>' in html
    assert '<p class="search-result__kind">Trang nội dung</p>' in html
    hits = {hit.title: hit.kind for hit in response.context["page_obj"]}
    assert hits == {"Chuyên mục Krông Pắc": "Mục tin", "Du lịch Krông Pắc": "Trang nội dung"}


def test_pages_are_the_first_search_source_and_apps_can_add_theirs():
    from wagtail import hooks

    from home.search import SearchSource

    class Extra(SearchSource):
        pass

    extra = Extra(model=ContentPage, label="Thử")
    with hooks.register_temporarily("portal_search_sources", lambda: extra):
        sources = search_sources()
    assert sources[0].model is Page
    assert sources[-1] is extra


# --- Pagination, bad input, escaping --------------------------------------------------


def test_results_are_paginated_with_accessible_links(client):
    for number in range(12):
        publish(f"Phân trang Cù Lao Chàm số {number}")
    first = search(client, "cu lao cham")
    assert len(titles(first)) == 10
    html = first.content.decode()
    assert "12 kết quả" in html
    assert 'aria-current="page"' in html
    assert "page=2" in html and "q=cu+lao+cham" in html  # the link keeps the query
    assert 'value="cu lao cham"' in html  # the query stays in the box
    second = search(client, "cu lao cham", page=2)
    assert len(titles(second)) == 2
    assert set(titles(first)).isdisjoint(titles(second))
    assert '<ol class="search-results__items" start="11">' in second.content.decode()
    # A page number that is not one, or is past the end, gives a sensible page.
    assert titles(search(client, "cu lao cham", page="abc")) == titles(first)
    assert titles(search(client, "cu lao cham", page="999")) == titles(second)
    assert search(client, "cu lao cham", page="-1").status_code == 200


@pytest.mark.parametrize("query", [None, "", "   ", "\t"])
def test_an_empty_query_shows_the_empty_form(client, query):
    response = client.get("/tim-kiem/", {} if query is None else {"q": query})
    assert response.status_code == 200
    html = response.content.decode()
    assert 'id="search-page-q"' in html
    assert response.context["page_obj"] is None
    assert "search-results" not in html


def test_a_query_without_results_says_so(client):
    response = search(client, "zzzz <qqqq>")
    html = response.content.decode()
    assert response.context["page_obj"].paginator.count == 0
    assert "Không tìm thấy kết quả nào cho “zzzz &lt;qqqq&gt;”." in html
    assert 'class="pagination"' not in html


def test_a_query_of_punctuation_only_says_what_to_type(client):
    html = search(client, "?!…").content.decode()
    assert "Nhập một hoặc nhiều từ" in html


def test_a_very_long_query_is_cut_with_a_message_in_vietnamese(client):
    response = search(client, "nghị định " * 200)
    html = response.content.decode()
    assert "quá dài" in html
    assert len(response.context["search_query"]) <= MAX_QUERY_LENGTH
    assert search(client, "x" * 2000).status_code == 200
    assert search(client, "đ" * 5000).status_code == 200


def test_html_in_the_query_is_escaped(client):
    html = search(client, '<script>alert("x")</script> <b>đường</b>').content.decode()
    assert "<script>alert" not in html
    assert "<b>đường</b>" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html


def test_search_operators_and_sql_in_the_query_are_plain_words(client):
    publish("Cẩm nang phòng cháy chữa cháy Cồn Cỏ")
    for query in ('"con co" OR 1=1', "con & co | !x", "con:* co'", "NOT con AND co", "con -co", "(con) (co)"):
        assert search(client, query).status_code == 200, query
    assert titles(search(client, "con co AND")) == []


# --- The header form ------------------------------------------------------------------


@pytest.mark.parametrize("url", ["/", "/gioi-thieu/", "/en/", "/khong-co-trang-nay/"])
def test_every_page_has_the_search_form_in_its_header(client, url):
    response = client.get(url)
    html = response.content.decode()
    header = html[html.index("<header") : html.index("</header>")]
    assert 'role="search"' in header
    expected_action = "/en/tim-kiem/" if url.startswith("/en/") else "/tim-kiem/"
    assert f'action="{expected_action}"' in header
    assert '<label class="visually-hidden" for="site-search-q">' in header
    assert 'id="site-search-q" name="q"' in header
    assert '<button class="site-search__button" type="submit">' in header


def test_the_search_address_is_tim_kiem_in_both_languages():
    assert reverse("search") == "/tim-kiem/"
    from django.utils import translation

    with translation.override("en"):
        assert reverse("search") == "/en/tim-kiem/"


# --- Promoted results -----------------------------------------------------------------


def test_promoted_results_come_first_and_hits_are_recorded(client):
    promoted = publish("Dịch vụ công trực tuyến mức độ 4 Bến Tre")
    other = publish("Bến Tre tin tức dịch vụ công tháng này")
    query = Query.get("dịch vụ công Bến Tre")
    SearchPromotion.objects.create(query=query, page=promoted, description="Nộp hồ sơ trực tuyến.", sort_order=0)
    SearchPromotion.objects.create(query=query, external_link_url="https://dichvucong.gov.vn",
                                   external_link_text="Cổng Dịch vụ công quốc gia", sort_order=1)
    draft = publish("Bản nháp Bến Tre", live=False)
    SearchPromotion.objects.create(query=query, page=draft, sort_order=2)

    response = search(client, "dich vu cong ben tre")  # folded: the promotion still applies
    html = response.content.decode()
    assert "Kết quả ưu tiên" in html
    promotions = html.index("Kết quả ưu tiên")
    assert promotions < html.index("Nộp hồ sơ trực tuyến.") < html.index('id="search-results-heading"')
    assert 'href="https://dichvucong.gov.vn"' in html
    assert "Bản nháp Bến Tre" not in html
    assert other.title in titles(response)
    assert Query.get("dich vu cong ben tre").hits == 1
    search(client, "dich vu cong ben tre", page=2)  # turning pages is not a new search
    assert Query.get("dich vu cong ben tre").hits == 1
    search(client, "Dịch vụ công Bến Tre")  # kept as typed, for the editors' report
    assert Query.get("dịch vụ công bến tre").hits == 1


def test_no_promotion_block_without_promotions(client):
    publish("Trang không được ưu tiên Điện Biên")
    assert "Kết quả ưu tiên" not in search(client, "dien bien").content.decode()


def test_editors_and_approvers_manage_promoted_results(client, make_user):
    for group_name in ("Biên tập", "Duyệt"):
        group = Group.objects.get(name=group_name)
        for action in ("add", "change", "delete", "view"):
            assert group.permissions.filter(codename=f"{action}_searchpromotion").exists(), (group_name, action)
    assert not Group.objects.get(name="Cập nhật").permissions.filter(codename__endswith="_searchpromotion").exists()
    client.force_login(make_user("bientap-uu-tien", "Biên tập"))
    assert client.get(reverse("wagtailsearchpromotions:index")).status_code == 200
    assert client.get(reverse("wagtailsearchpromotions:add")).status_code == 200
    client.force_login(make_user("capnhat-uu-tien", "Cập nhật"))
    assert client.get(reverse("wagtailsearchpromotions:index")).status_code in (302, 403)


def test_setting_up_twice_keeps_the_promotion_permissions_once(home):
    from home.editorial import ensure_editorial_process

    group = Group.objects.get(name="Biên tập")
    before = set(group.permissions.values_list("codename", flat=True))
    ensure_editorial_process(home)
    assert set(group.permissions.values_list("codename", flat=True)) == before


def test_the_admin_page_search_finds_pages_with_and_without_marks(client, make_user):
    page = publish("Quy chế phối hợp Tà Xùa")
    client.force_login(make_user("bientap-tim-kiem", "Biên tập"))
    for query in ("Quy chế Tà Xùa", "quy che ta xua"):
        response = client.get(reverse("wagtailadmin_pages:search"), {"q": query})
        assert response.status_code == 200
        assert f"/admin/pages/{page.pk}/edit/" in response.content.decode(), query


# --- Cost -----------------------------------------------------------------------------


def test_the_results_page_runs_in_a_bounded_number_of_queries(client, django_assert_max_num_queries):
    for number in range(6):
        publish(f"Giới hạn truy vấn Bù Gia Mập {number}")
    section = SectionPage.objects.get(slug="van-ban-moi", locale__language_code="vi")
    for number in range(4):
        sub_section = SectionPage(title=f"Mục Bù Gia Mập {number}", slug=f"muc-bu-gia-map-{number}")
        section.add_child(instance=sub_section)
        sub_section.save_revision().publish()
    search(client, "bù gia mập")  # warm the site-root cache and record the query once, as a running server has
    # A fixed cost plus one query per search source (the apps' registers add theirs), never per result.
    with django_assert_max_num_queries(20 + len(search_sources())):
        response = search(client, "bù gia mập")
    assert len(titles(response)) == 10


def test_query_count_does_not_grow_with_the_number_of_results(client):
    publish("Đếm truy vấn Ea Súp 0")
    search(client, "ea súp")
    with CaptureQueriesContext(connection) as few:
        assert len(titles(search(client, "ea súp"))) == 1
    for number in range(1, 9):
        publish(f"Đếm truy vấn Ea Súp {number}")
    with CaptureQueriesContext(connection) as many:
        assert len(titles(search(client, "ea súp"))) == 9
    assert len(many.captured_queries) == len(few.captured_queries)


def test_locales_exist():
    assert set(Locale.objects.values_list("language_code", flat=True)) >= {"vi", "en"}
