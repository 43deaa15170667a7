"""Generated benchmark documents (documents/generate.py): valid, published, searchable, related.

Timings are not tested here (they belong in bench/); these tests check that what the bulk
writer stores is what the library, the document pages and the API expect.
"""

import datetime
from collections import Counter

import pytest
from django.core.management import call_command
from django.db import connection
from django.utils import timezone

from documents.generate import generate_documents
from documents.models import DocumentRelation, LegalDocument, RelationKind
from documents.numbering import document_slug, parse_number
from home.text import fold, index_text

pytestmark = [pytest.mark.django_db, pytest.mark.req("R20")]


@pytest.fixture
def generated(db):
    before = set(LegalDocument.objects.values_list("pk", flat=True))
    result = generate_documents(200, seed=1)
    documents = list(LegalDocument.objects.exclude(pk__in=before).select_related("doc_type", "issuer", "locale")
                     .prefetch_related("fields"))
    return result, documents


def test_every_generated_document_is_valid_and_published(generated):
    result, documents = generated
    assert result.created == len(documents) == 200
    today = timezone.localdate()
    for document in documents:
        parsed = parse_number(document.number)
        expected_slug = document_slug(parsed, document.issued)
        assert (parsed.text, expected_slug, parsed.year) == (document.number, document.slug, document.number_year)
        # What LegalDocument.save() would have stored.
        assert document.search_document == index_text(document.number, document.summary, document.signer,
                                                      document.full_text)
        assert document.live and not document.has_unpublished_changes and document.locale.language_code == "vi"
        assert document.first_published_at and document.last_published_at <= timezone.now()
        assert datetime.date(1995, 1, 1) <= document.issued <= today
        if document.number_year:
            assert document.number_year == document.issued.year
        assert document.summary and document.signer and document.translation_key
        document.full_clean()  # numbers unused by another document of the issuer, dates in order
    slugs = Counter(LegalDocument.objects.filter(locale=documents[0].locale).values_list("slug", flat=True))
    assert slugs.most_common(1)[0][1] == 1, "every document has its own URL"


def test_generated_documents_are_varied(generated):
    _result, documents = generated
    assert len({d.doc_type_id for d in documents}) >= 6
    assert len({d.issuer_id for d in documents}) >= 6
    assert len({d.issued.year for d in documents}) >= 15
    assert len({d.category for d in documents}) == 3
    assert sum(1 for d in documents if d.fields.all()) >= 190
    assert any(d.expires for d in documents) and any(d.full_text for d in documents)
    assert any(d.national_db_url.startswith("https://vbpl.vn/") for d in documents)
    numbers = [parse_number(d.number) for d in documents]
    assert any(n.year and n.type_code for n in numbers)  # 12/2021/NĐ-CP
    assert any(not n.year and n.type_code for n in numbers)  # 45/QĐ-UBND
    assert any(not n.year and not n.type_code for n in numbers)  # 789/SKHCN-VP
    assert any("Đ" in d.number for d in documents)


@pytest.mark.req("R22")
def test_about_a_fifth_act_on_earlier_documents(generated):
    _result, documents = generated
    relations = list(DocumentRelation.objects.filter(source__in=documents).select_related("source", "target"))
    sources = {relation.source_id for relation in relations}
    assert 20 <= len(sources) <= 70
    assert len({relation.kind for relation in relations}) >= 3
    for relation in relations:
        assert relation.target.issued <= relation.source.issued and relation.target_id != relation.source_id
        if relation.kind == RelationKind.AMENDS and relation.source.doc_type.name != "Luật":
            assert relation.source.summary.startswith("Sửa đổi, bổ sung một số điều của")
            assert relation.target.number in relation.source.summary


@pytest.mark.req("R21", "R40")
def test_the_library_and_the_api_find_them_folded(generated, client):
    _result, documents = generated
    document = next(d for d in documents if fold(d.summary) != d.summary.lower() and len(d.summary) < 120)
    # Its first words without marks, and its number: few other documents hold them all.
    query = " ".join(fold(word) for word in document.summary.split()[:8]) + " " + fold(document.number)
    html = client.get("/van-ban/", {"q": query}).content.decode()
    assert document.url in html
    assert document.summary in client.get(document.url).content.decode()
    data = client.get("/api/v2/legal-documents/", {"search": query, "limit": 100}).json()
    assert data["meta"]["total_count"] >= 1 and document.pk in [item["id"] for item in data["items"]]
    signer = client.get("/api/v2/legal-documents/", {"search": f"{fold(document.signer)} {document.number}"}).json()
    assert document.pk in [item["id"] for item in signer["items"]]
    if connection.vendor == "postgresql":
        assert LegalDocument.objects.filter(pk__in=[d.pk for d in documents], search_vector__isnull=True).count() == 0


@pytest.mark.req("R21")
def test_filters_and_facets_count_generated_documents(generated, client):
    _result, documents = generated
    document = documents[0]
    html = client.get("/van-ban/", {"loai": document.doc_type.slug, "nam": document.issued.year}).content.decode()
    assert document.url in html
    api = client.get("/api/v2/legal-documents/", {"issuer": document.issuer.slug, "year": document.issued.year,
                                                   "limit": 100}).json()
    assert document.pk in [item["id"] for item in api["items"]]


@pytest.mark.req("R22")
def test_relations_show_on_the_document_pages_and_in_the_api(generated, client):
    _result, documents = generated
    relation = DocumentRelation.objects.filter(source__in=documents).select_related("source", "target").first()
    item = client.get(f"/api/v2/legal-documents/{relation.source_id}/").json()
    assert any(r["kind"] == relation.kind and r["number"] == relation.target.number for r in item["relations"])
    assert relation.source.number in client.get(relation.target.url).content.decode()


def test_running_again_adds_without_clashing(generated):
    _result, documents = generated
    total = LegalDocument.objects.count()
    generate_documents(200, seed=2)
    generate_documents(50, seed=1)  # the same seed again: the same choices, other numbers
    assert LegalDocument.objects.count() == total + 250
    rows = LegalDocument.objects.values_list("slug", "locale_id")
    assert len(set(rows)) == len(rows)


def test_the_site_search_option_indexes_them(db, client):
    before = set(LegalDocument.objects.values_list("pk", flat=True))
    generate_documents(5, seed=3, site_search=True)
    document = LegalDocument.objects.exclude(pk__in=before).order_by("pk").first()
    html = client.get("/tim-kiem/", {"q": document.number}).content.decode()
    assert document.number in html


def test_the_command_reports_what_it_made(db):
    from io import StringIO

    out = StringIO()
    call_command("generate_documents", "30", "--seed", "4", "--batch-size", "7", stdout=out)
    assert "Đã tạo 30 văn bản" in out.getvalue()


def test_a_generated_register_imports_and_cites_numbers_without_a_year_by_their_date(generated, tmp_path):
    import csv

    from documents.generate import REGISTER_COLUMNS, RELATION_COLUMNS, register_rows
    from tests.test_documents import make_document

    rows = register_rows(300, seed=5)
    cited = [text for row in rows for column in RELATION_COLUMNS.values() for text in row.get(column, "").split("; ")
             if text]
    yearless = [text for text in cited if parse_number(text.split(" ngày ")[0]).year is None]
    assert yearless and all(" ngày " in text for text in yearless)
    # The same numbers a year later, as an agency's administrative numbering restarts every year.
    for text in yearless:
        target = LegalDocument.objects.get(slug=document_slug(parse_number(text.split(" ngày ")[0]),
                                                              datetime.datetime.strptime(text[-10:], "%d/%m/%Y")))
        later = target.issued.replace(year=target.issued.year + 1, day=min(target.issued.day, 28))
        if not LegalDocument.objects.filter(slug=document_slug(parse_number(target.number), later)).exists():
            make_document(number=target.number, issued=later, issuer=target.issuer, doc_type=target.doc_type)
    path = tmp_path / "so-dang-ky.csv"
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, REGISTER_COLUMNS)
        writer.writeheader()
        writer.writerows(rows)

    call_command("import_documents", str(path), "--publish", verbosity=0)

    assert LegalDocument.objects.filter(number__in=[row["Số ký hiệu"] for row in rows]).count() >= len(rows)
