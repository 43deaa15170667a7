"""The library's speed work (issue #4, docs/library.md "Speed"): the same answers, fewer and cheaper queries."""

import datetime

import pytest
from django.core.cache import cache
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext

from home import fulltext
from documents.models import (
    DocumentRelation,
    DocumentType,
    Issuer,
    LegalDocument,
    LegalField,
    LegalLibraryPage,
    RelationKind,
    Validity,
)
from tests.test_documents import make_document

pytestmark = [pytest.mark.req("R21"), pytest.mark.django_db]


@pytest.fixture
def varied(db):
    """Documents of several types, issuers, fields, years and validities."""
    decision, plan = DocumentType.objects.get(name="Quyết định"), DocumentType.objects.get(name="Kế hoạch")
    province, government = Issuer.objects.get(name="Ủy ban nhân dân tỉnh"), Issuer.objects.get(name="Chính phủ")
    digital, science = LegalField.objects.get(name="Chuyển đổi số"), LegalField.objects.first()
    documents = []
    for n in range(8):
        document = make_document(
            number=f"{500 + n}/{2019 + n % 3}/QĐ-UBND", issued=datetime.date(2019 + n % 3, 3, 1),
            doc_type=decision if n % 2 else plan, issuer=province if n % 3 else government,
            summary="Quy chế quản lý đo lường" if n % 2 else "Kế hoạch chuyển đổi số",
            expires=datetime.date(2022, 1, 1) if n == 4 else None,
            validity_override=Validity.PARTLY_EXPIRED if n == 5 else "",
        )
        document.fields.add(digital, *([science] if n % 4 == 0 else []))
        documents.append(document)
    DocumentRelation.objects.create(source=documents[7], kind=RelationKind.REPLACES, target=documents[1])
    return documents


def library():
    return LegalLibraryPage.objects.get(locale__language_code="vi", category="")


def slow_counts(page, query):
    """What the register gave before: a COUNT(*) and one query per facet."""
    request = RequestFactory().get("/van-ban/", query)
    base = page.register_queryset(request)
    results = page.register_filterset(request.GET, queryset=base, request=request)
    total = results.qs.count() if results.is_valid() else 0
    counts = []
    for facet in page.register_facets:
        others = request.GET.copy()
        others.pop(facet.param, None)
        narrowed = page.register_filterset(others, queryset=base, request=request)
        counts.append(facet.counts(narrowed.qs if narrowed.is_valid() else base.none()))
    return total, counts


@pytest.mark.parametrize("query", [
    {},
    {"q": "quy che quan ly"},
    {"q": "chuyển đổi số"},
    {"loai": "quyet-dinh"},
    {"loai": ["quyet-dinh", "ke-hoach"], "nam": "2020"},
    {"co_quan": "chinh-phu", "linh_vuc": "chuyen-doi-so"},
    {"hieu_luc": ["in_force", "replaced"], "q": "do luong"},
    {"hieu_luc": "expired", "loai": "ke-hoach", "sap_xep": "cu-nhat", "page": "2"},
    {"nam": "abc"},
    {"q": "khong co van ban nao nhu the nay"},
])
def test_one_statement_gives_the_counts_of_one_query_per_facet(varied, query):
    page = library()
    request = RequestFactory().get("/van-ban/", query)
    with CaptureQueriesContext(connection) as queries:
        listing = page.register_listing(request)
    expected_total, expected = slow_counts(page, query)
    assert listing["result_count"] == expected_total
    assert [group["options"] for group in listing["facets"]] == expected
    counting = [q["sql"] for q in queries.captured_queries if "COUNT(" in q["sql"].upper()]
    assert len(counting) <= 1  # total and every facet together
    if query.get("q") == "quy che quan ly":  # the set really is counted, not empty
        assert expected_total >= 4 and any(option["count"] for option in expected[0])


def test_counts_are_cached_by_filter_state_and_a_publish_or_unpublish_empties_them(client, varied):
    def counted():
        with CaptureQueriesContext(connection) as queries:
            html = client.get("/van-ban/?loai=quyet-dinh").content.decode()
        return html, any("UNION ALL" in q["sql"] for q in queries.captured_queries)

    html, computed = counted()
    assert computed
    total = LegalDocument.objects.filter(live=True, locale__language_code="vi", doc_type__slug="quyet-dinh").count()
    assert f"{total} văn bản" in html
    html, computed = counted()
    assert not computed and f"{total} văn bản" in html
    # Another filter state is counted on its own.
    assert "UNION ALL" in "".join(q["sql"] for q in _queries(client, "/van-ban/?loai=ke-hoach"))

    document = make_document(number="600/2026/QĐ-UBND")  # published: the cached counts go
    html, computed = counted()
    assert computed and f"{total + 1} văn bản" in html

    document.unpublish()
    html, computed = counted()
    assert computed and f"{total} văn bản" in html

    make_document(number="601/2026/QĐ-UBND", publish=False).delete()
    assert counted()[1]


def _queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    return queries.captured_queries


def test_the_list_counts_validity_only_where_it_is_needed(client, varied):
    """The list query itself does not compute validity; the 20 shown rows get theirs in one query."""
    captured = _queries(client, "/van-ban/?q=quy+che+quan+ly")
    listing = [q["sql"] for q in captured if "ORDER BY" in q["sql"] and "LIMIT" in q["sql"]
               and "documents_legaldocument" in q["sql"] and "ts_rank" in q["sql"]]
    assert listing and all("documents_documentrelation" not in sql for sql in listing)
    assert sum('"validity_now"' in q["sql"] or "validity_now" in q["sql"] for q in captured) <= 2
    html = client.get("/van-ban/?q=quy+che+quan+ly").content.decode()
    assert Validity.REPLACED.label in html  # documents[1], replaced by documents[7]


def test_the_library_renders_in_few_queries_and_fewer_once_counted(client, varied, django_assert_max_num_queries):
    client.get("/van-ban/")  # navigation and URLs cached, as on a running site
    url = "/van-ban/?q=chuyen+doi+so&co_quan=chinh-phu&loai=ke-hoach"
    # Wagtail's routing and the page counter (8), two filter terms, the agency settings, then
    # the counts (one statement), the page's ids (sorted narrow), their rows and their validity.
    with django_assert_max_num_queries(15):
        assert "Kế hoạch chuyển đổi số" in client.get(url).content.decode()
    with django_assert_max_num_queries(14):  # the counts come from the cache
        client.get(url + "&page=1")


# --- ranking -------------------------------------------------------------------------------

@pytest.fixture
def ranked(db):
    older = make_document(number="700/2024/QĐ-UBND", issued=datetime.date(2024, 1, 1),
                          summary="Đo lường, đo lường chất lượng và đo lường phương tiện đo")
    newer = make_document(number="701/2025/QĐ-UBND", issued=datetime.date(2025, 1, 1),
                          summary="Quy định về đo lường trong thương mại")
    folded_only = make_document(number="702/2026/QĐ-UBND", issued=datetime.date(2026, 1, 1),
                                summary="Đổ lượng nước thải")  # folds to "do luong" too
    return older, newer, folded_only


def order_of(client, url, numbers):
    html = client.get(url).content.decode()
    return sorted(numbers, key=html.index)


@pytest.mark.req("R40")
def test_relevance_ranks_exact_marks_first_then_ts_rank(client, ranked):
    older, newer, folded_only = ranked
    numbers = [d.number for d in ranked]
    assert order_of(client, "/van-ban/?q=đo+lường", numbers) == [older.number, newer.number, folded_only.number]


@pytest.mark.req("R40")
def test_beyond_the_rank_limit_exact_marks_still_come_first_then_the_newest(client, ranked, monkeypatch):
    older, newer, folded_only = ranked
    monkeypatch.setattr(fulltext, "RANK_AT_MOST", 1)
    numbers = [d.number for d in ranked]
    assert order_of(client, "/van-ban/?q=đo+lường", numbers) == [newer.number, older.number, folded_only.number]


def test_exact_match_is_a_tsvector_test_not_a_like_scan(client, ranked):
    captured = _queries(client, "/van-ban/?q=đo+lường")
    listing = [q["sql"] for q in captured if "ts_rank" in q["sql"]]
    assert listing and not any("LIKE" in sql.upper() for sql in listing)


# --- PostgreSQL settings -------------------------------------------------------------------

def test_postgresql_runs_without_jit():
    assert connection.vendor == "postgresql"  # the suite runs on PostgreSQL (common brief)
    with connection.cursor() as cursor:
        cursor.execute("SHOW jit")
        assert cursor.fetchone()[0] == "off"


# --- numbers without a year ----------------------------------------------------------------

@pytest.mark.req("R20")
def test_a_number_without_a_year_gets_the_issue_year_in_its_slug(client):
    first = make_document(number="45/QĐ-UBND", issued=datetime.date(2024, 5, 2), summary="Quyết định năm 2024")
    second = make_document(number="45/QĐ-UBND", issued=datetime.date(2025, 5, 2), summary="Quyết định năm 2025")
    normative = make_document(number="45/2024/QĐ-UBND", issued=datetime.date(2024, 6, 1))
    assert (first.slug, second.slug, normative.slug) == ("45-qd-ubnd-2024", "45-qd-ubnd-2025", "45-2024-qd-ubnd")
    assert "Quyết định năm 2024" in client.get("/van-ban/45-qd-ubnd-2024/").content.decode()
    assert "Quyết định năm 2025" in client.get("/van-ban/45-qd-ubnd-2025/").content.decode()
    with pytest.raises(Exception) as error:
        make_document(number="45/QĐ-UBND", issued=datetime.date(2025, 9, 9))
    assert "Đã có văn bản số 45/QĐ-UBND của cơ quan này trong thư viện. (năm 2025)" in str(error.value)


@pytest.mark.req("R20")
def test_the_old_url_of_a_yearless_number_answers_301_to_the_new_one(client):
    make_document(number="46/QĐ-UBND", issued=datetime.date(2023, 5, 2))
    newest = make_document(number="46/QĐ-UBND", issued=datetime.date(2024, 5, 2))
    response = client.get("/van-ban/46-qd-ubnd/")
    assert response.status_code == 301 and response["Location"] == newest.url == "/van-ban/46-qd-ubnd-2024/"
    response = client.get("/van-ban/46-qd-ubnd/in/")
    assert response.status_code == 301 and response["Location"] == "/van-ban/46-qd-ubnd-2024/in/"
    assert client.get("/van-ban/47-qd-ubnd/").status_code == 404
    assert client.get("/van-ban/46-2024-qd-ubnd/").status_code == 404  # another number, not a redirect


@pytest.mark.req("R20")
def test_the_migration_adds_the_issue_year_to_existing_slugs():
    from importlib import import_module

    from django.apps import apps

    migration = import_module("documents.migrations.0003_yearless_number_slugs")
    old = make_document(number="48/QĐ-UBND", issued=datetime.date(2022, 1, 3))
    yearly = make_document(number="48/2022/QĐ-UBND", issued=datetime.date(2022, 1, 3))
    LegalDocument.objects.filter(pk=old.pk).update(slug="48-qd-ubnd")  # as stored before
    migration.add_issue_year(apps, None)
    migration.add_issue_year(apps, None)  # a second run changes nothing
    assert LegalDocument.objects.get(pk=old.pk).slug == "48-qd-ubnd-2022"
    assert LegalDocument.objects.get(pk=yearly.pk).slug == "48-2022-qd-ubnd"


def test_an_import_cites_a_yearless_number_of_the_library_and_keeps_two_years_apart(tmp_path):
    from django.core.management import call_command

    cited = make_document(number="49/QĐ-UBND", issued=datetime.date(2021, 4, 1))
    header = "Số ký hiệu,Loại văn bản,Cơ quan ban hành,Ngày ban hành,Trích yếu,Căn cứ\n"
    first = tmp_path / "so-1.csv"
    first.write_text(header + "50/QĐ-UBND,Quyết định,Ủy ban nhân dân tỉnh,02/03/2022,Căn cứ số 49,49/QĐ-UBND\n",
                     encoding="utf-8")
    call_command("import_documents", str(first), "--publish")
    imported = LegalDocument.objects.get(slug="50-qd-ubnd-2022")
    assert [(r.kind, r.target_id) for r in imported.relations.all()] == [("based_on", cited.pk)]
    second = tmp_path / "so-2.csv"
    second.write_text(header + "49/QĐ-UBND,Quyết định,Ủy ban nhân dân tỉnh,02/03/2023,Cùng số năm 2023,\n",
                      encoding="utf-8")
    call_command("import_documents", str(second), "--publish")
    assert sorted(LegalDocument.objects.filter(number="49/QĐ-UBND").values_list("slug", flat=True)) == [
        "49-qd-ubnd-2021", "49-qd-ubnd-2023"]  # a new document, not an update of 2021's


# --- indexing and navigation ---------------------------------------------------------------

def test_the_folded_text_is_computed_once_per_indexing_pass(monkeypatch):
    from wagtail.search.index import insert_or_update_object

    from home import search as site_search

    make_document(number="800/2026/QĐ-UBND")
    calls = []
    real = site_search.index_text
    monkeypatch.setattr(site_search, "index_text", lambda *texts: calls.append(1) or real(*texts))
    document = LegalDocument.objects.get(number="800/2026/QĐ-UBND")
    insert_or_update_object(document)  # the backend reads each folded field several times
    assert len(calls) == 2  # the title once, the text once
    document.summary = "Quy định mới về đo lường"
    document.save()  # a save forgets them: the next pass indexes the saved text
    assert "do luong" in document.search_text_folded()


def test_the_navigation_is_cached_and_a_publish_empties_it(client, home):
    from home.models import SectionPage

    client.get("/van-ban/")
    warm = len(_queries(client, "/van-ban/?nam=2020"))
    cache.clear()
    assert len(_queries(client, "/van-ban/?nam=2020")) >= warm + 4  # home, sections, languages, links, crumbs
    section = SectionPage(title="Mục mới thử nghiệm", slug="muc-moi-thu-nghiem", show_in_menus=True)
    home.add_child(instance=section)
    section.save_revision().publish()
    assert "Mục mới thử nghiệm" in client.get("/van-ban/").content.decode()
    section.unpublish()
    assert "Mục mới thử nghiệm" not in client.get("/van-ban/").content.decode()


def test_generated_documents_empty_the_cached_counts(client):
    from documents.generate import generate_documents

    before = client.get("/van-ban/").context["result_count"]
    generate_documents(5, seed=3)  # bulk writes: no signals
    assert client.get("/van-ban/").context["result_count"] == before + 5
