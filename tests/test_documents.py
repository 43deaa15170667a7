"""The legal document library (R4, R20-R23) and the gazette (R14)."""

import datetime
import io
import json
import re
import zipfile

import pytest
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from hypothesis import given
from hypothesis import strategies as st

from documents.files import check_document_file, pdf_is_signed
from documents.models import (
    Category,
    DocumentRelation,
    DocumentType,
    GazetteEntry,
    GazetteIssue,
    Issuer,
    LegalDocument,
    LegalField,
    PortalDocument,
    RelationKind,
    Validity,
)
from documents.numbering import parse_number

pytestmark = [pytest.mark.req("R20"), pytest.mark.django_db]
TODAY = datetime.date.today()


# --- numbers -------------------------------------------------------------------------

@pytest.mark.parametrize("text, number, year, type_code, issuer", [
    ("04/2013/QĐ-UBND", "04", 2013, "QĐ", "UBND"),
    ("96/QĐ-UBND", "96", None, "QĐ", "UBND"),
    ("412/STTTT-TTĐT", "412", None, "", "STTTT-TTĐT"),
    ("104/2016/QH13", "104", 2016, "", "QH13"),
    ("57-NQ/TW", "57", None, "NQ", "TW"),
    ("06/QĐ-TTg", "06", None, "QĐ", "TTg"),
    (" 43 / 2011 / NĐ–CP ", "43", 2011, "NĐ", "CP"),
])
def test_numbers_are_parsed_into_their_parts(text, number, year, type_code, issuer):
    parsed = parse_number(text)
    assert (parsed.number, parsed.year, parsed.type_code, parsed.issuer_code) == (number, year, type_code, issuer)


@pytest.mark.parametrize("text", ["", "abc", "04/2013", "/QĐ-UBND", "04//QĐ-UBND", "04/2013/QĐ-", "QĐ-UBND/04"])
def test_malformed_numbers_are_refused_in_vietnamese(text):
    with pytest.raises(ValidationError) as error:
        parse_number(text)
    assert "không đúng mẫu" in str(error.value)


CODES = st.sampled_from(["QĐ", "NĐ", "TT", "CT", "KH", "TB", "NQ"])
ISSUERS = st.sampled_from(["UBND", "CP", "TTg", "BKHCN", "SKHCN", "HĐND", "STTTT-TTĐT"])


@given(number=st.integers(min_value=1, max_value=99999), year=st.one_of(st.none(), st.integers(1990, 2099)),
       code=CODES, issuer=ISSUERS)
def test_any_well_formed_number_round_trips(number, year, code, issuer):
    text = f"{number}/{year}/{code}-{issuer}" if year else f"{number}/{code}-{issuer}"
    parsed = parse_number(text)
    assert parsed.text == text and parsed.number == str(number) and parsed.year == year
    assert parsed.type_code == code and parsed.issuer_code == issuer
    assert parsed.slug[0].isdigit() and parsed.slug.isascii()


@given(st.text(max_size=40))
def test_the_parser_never_crashes(text):
    try:
        parse_number(text)
    except ValidationError:
        pass


# --- validation ----------------------------------------------------------------------

def make_document(number="15/2026/QĐ-UBND", issued=datetime.date(2026, 3, 1), publish=True, **fields):
    home_locale = fields.pop("locale", None)
    from wagtail.models import Locale

    document = LegalDocument(
        number=number,
        doc_type=fields.pop("doc_type", None) or DocumentType.objects.get(name="Quyết định"),
        issuer=fields.pop("issuer", None) or Issuer.objects.get(name="Ủy ban nhân dân tỉnh"),
        issued=issued,
        summary=fields.pop("summary", "Ban hành Quy chế quản lý nhiệm vụ khoa học và công nghệ cấp tỉnh"),
        locale=home_locale or Locale.objects.get(language_code="vi"),
        live=publish,
        **fields,
    )
    document.full_clean()
    document.save()
    if publish:
        document.save_revision().publish()
    return document


def test_a_duplicate_number_of_the_same_issuer_is_refused(db):
    make_document()
    with pytest.raises(ValidationError) as error:
        make_document(number="15/2026/qđ-ubnd")
    assert "Đã có văn bản số" in str(error.value)


def test_effective_before_issued_is_refused(db):
    with pytest.raises(ValidationError) as error:
        make_document(effective=datetime.date(2026, 2, 1))
    assert "Ngày có hiệu lực không được trước ngày ban hành." in str(error.value)


def test_text_saved_is_indexed_folded_and_exact(db):
    document = make_document(summary="Quy định về đo lường đối với phương tiện đo nhóm 2")
    assert "do luong" in document.search_document and "phuong tien" in document.search_document


# --- validity --------------------------------------------------------------------------

@pytest.mark.req("R22")
def test_validity_follows_the_dates_hand_settings_and_replacement(db):
    future = make_document(number="1/2026/QĐ-UBND", issued=TODAY, effective=TODAY + datetime.timedelta(days=10))
    current = make_document(number="2/2020/QĐ-UBND", issued=datetime.date(2020, 1, 1))
    expired = make_document(number="3/2015/QĐ-UBND", issued=datetime.date(2015, 1, 1),
                            expires=datetime.date(2019, 1, 1))
    partly = make_document(number="4/2018/QĐ-UBND", issued=datetime.date(2018, 1, 1),
                           validity_override=Validity.PARTLY_EXPIRED)
    replacing = make_document(number="5/2024/QĐ-UBND", issued=datetime.date(2024, 1, 1), publish=False)
    DocumentRelation.objects.create(source=replacing, kind=RelationKind.REPLACES, target=current)
    replacing.save_revision().publish()
    assert future.validity == Validity.NOT_YET
    assert expired.validity == Validity.EXPIRED
    assert partly.validity == Validity.PARTLY_EXPIRED
    assert LegalDocument.objects.get(pk=current.pk).validity == Validity.REPLACED
    assert replacing.validity == Validity.IN_FORCE


@pytest.mark.req("R22")
def test_relations_show_on_both_documents(client):
    law = make_document(number="929/2013/QH13", doc_type=DocumentType.objects.get(name="Luật"),
                        issuer=Issuer.objects.get(name="Quốc hội"), issued=datetime.date(2013, 6, 18),
                        summary="Luật Khoa học và Công nghệ")
    decree = make_document(number="908/2014/NĐ-CP", doc_type=DocumentType.objects.get(name="Nghị định"),
                           issuer=Issuer.objects.get(name="Chính phủ"), issued=datetime.date(2014, 1, 27),
                           summary="Quy định chi tiết và hướng dẫn thi hành một số điều của Luật Khoa học và Công nghệ",
                           publish=False)
    DocumentRelation.objects.create(source=decree, kind=RelationKind.GUIDES, target=law)
    decree.save_revision().publish()
    decree_page = client.get(decree.url).content.decode()
    assert "Hướng dẫn" in decree_page and law.url in decree_page
    law_page = client.get(law.url).content.decode()
    assert "Được hướng dẫn bởi" in law_page and decree.url in law_page


# --- the public library --------------------------------------------------------------

@pytest.mark.req("R4", "R21", "R40")
def test_the_library_finds_documents_without_diacritics_and_filters_them(client):
    target = make_document(number="77/2026/QĐ-UBND", summary="Quy định quản lý đo lường trong kinh doanh xăng dầu",
                           signer="Nguyễn Văn An")
    other = make_document(number="78/2026/QĐ-UBND", summary="Kế hoạch chuyển đổi số năm 2026")
    html = client.get("/van-ban/?q=do+luong+xang+dau").content.decode()
    assert "77/2026/QĐ-UBND" in html and "78/2026/QĐ-UBND" not in html
    html = client.get("/van-ban/?q=nguyen+van+an").content.decode()
    assert "77/2026/QĐ-UBND" in html
    html = client.get("/van-ban/?q=77%2F2026").content.decode()
    assert "77/2026/QĐ-UBND" in html
    field = LegalField.objects.get(name="Chuyển đổi số")
    other.fields.add(field)
    other.save()
    html = client.get(f"/van-ban/?linh_vuc={field.slug}&nam=2026").content.decode()
    assert "78/2026/QĐ-UBND" in html and "77/2026/QĐ-UBND" not in html
    assert target.slug in client.get("/van-ban/?hieu_luc=in_force&q=xang+dau").content.decode()


@pytest.mark.req("R40")
def test_exact_diacritics_rank_first(client):
    make_document(number="90/2026/QĐ-UBND", summary="Quy hoạch dương liễu ven biển")
    make_document(number="91/2026/QĐ-UBND", summary="Quy hoạch đường giao thông nông thôn")
    html = client.get("/van-ban/?q=%C4%91%C6%B0%E1%BB%9Dng").content.decode()  # "đường"
    assert html.index("91/2026/QĐ-UBND") < html.index("90/2026/QĐ-UBND")


@pytest.mark.req("R21")
def test_facets_count_what_each_choice_would_give(client):
    make_document(number="95/2026/QĐ-UBND")
    html = client.get("/van-ban/").content.decode()
    assert 'name="loai"' in html and "facet__count" in html


def test_bad_filters_explain_themselves(client):
    response = client.get("/van-ban/?tu_ngay=31/12/2026&den_ngay=01/01/2026&nam=abc&page=zz")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Ngày kết thúc phải sau hoặc bằng ngày bắt đầu." in html


def test_a_category_subsection_lists_only_its_category(client):
    make_document(number="96/2026/QĐ-UBND", category=Category.NORMATIVE)
    make_document(number="97/QĐ-UBND", category=Category.ADMINISTRATIVE)
    html = client.get("/van-ban/van-ban-quy-pham-phap-luat/").content.decode()
    assert "96/2026/QĐ-UBND" in html and "97/QĐ-UBND" not in html


@pytest.mark.req("R20", "R23")
def test_the_document_page_shows_its_metadata_files_and_legislation_json_ld(client):
    from wagtail.models import Collection

    signed_pdf = PortalDocument(title="Bản ký số", collection=Collection.get_first_root_node())
    signed_pdf.file.save("quyet-dinh-99.pdf", ContentFile(b"%PDF-1.7\n1 0 obj <</Type /Sig /ByteRange [0 1 2 3]>>"),
                         save=False)
    signed_pdf.save()
    document = make_document(number="99/2026/QĐ-UBND", signer="Trần Văn Bình",
                             national_db_url="https://vbpl.vn/binhan/Pages/vbpq-toanvan.aspx?ItemID=1", publish=False)
    document.files.create(file=signed_pdf, label="Bản ký số")
    document.save_revision().publish()
    html = client.get(document.url).content.decode()
    for expected in ("99/2026/QĐ-UBND", "Trần Văn Bình", "01/03/2026", "Còn hiệu lực", "Bản ký số",
                     "vbpl.vn", 'name="DC.identifier" content="99/2026/QĐ-UBND"', "có chữ ký số"):
        assert expected in html, expected
    json_ld = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1))
    assert json_ld["@type"] == "Legislation" and json_ld["legislationIdentifier"] == "99/2026/QĐ-UBND"
    assert json_ld["legislationLegalForce"] == "https://schema.org/InForce"
    assert "PDF" in html
    assert client.get(document.url + "in/").status_code == 200


def test_unpublished_documents_are_not_public(client):
    draft = make_document(number="100/2026/QĐ-UBND", publish=False)
    assert client.get("/van-ban/100-2026-qd-ubnd/").status_code == 404
    assert "100/2026/QĐ-UBND" not in client.get("/van-ban/").content.decode()
    assert not draft.live


# --- files -----------------------------------------------------------------------------

def named(content, name):
    file = ContentFile(content, name=name)
    return file


@pytest.mark.parametrize("content, name", [
    (b"<html><script>alert(1)</script></html>", "quyet-dinh.pdf"),
    (b"MZ\x90\x00 executable", "van-ban.doc"),
    (b"PK\x03\x04 not really a zip", "bang-tinh.xlsx"),
])
def test_files_whose_content_does_not_match_are_refused(content, name):
    with pytest.raises(ValidationError) as error:
        check_document_file(named(content, name))
    assert "không phải là tệp" in str(error.value)


def test_real_office_files_and_zips_of_documents_are_accepted():
    check_document_file(named(b"%PDF-1.4 body", "a.pdf"))
    check_document_file(named(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1rest", "a.doc"))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", "<w/>")
    check_document_file(named(buffer.getvalue(), "a.docx"))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("quyet-dinh.pdf", "%PDF-1.4")
    check_document_file(named(buffer.getvalue(), "ho-so.zip"))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("virus.exe", "MZ")
    with pytest.raises(ValidationError):
        check_document_file(named(buffer.getvalue(), "ho-so.zip"))


def test_a_signed_pdf_is_recognised():
    assert pdf_is_signed(named(b"%PDF-1.7 <</Type /Sig /Filter /Adobe.PPKLite /ByteRange [0 10 20 30]>>", "a.pdf"))
    assert not pdf_is_signed(named(b"%PDF-1.7 plain", "a.pdf"))


def test_uploads_through_the_admin_are_checked_for_type_and_size(client, make_user, settings):
    from django.urls import reverse

    client.force_login(make_user("uploader", "Cập nhật"))
    url = reverse("wagtaildocs:add")
    fake = ContentFile(b"<html>not a pdf</html>", name="to-trinh.pdf")
    response = client.post(url, {"title": "Tờ trình", "file": fake, "collection": 1})
    assert response.status_code == 200 and "không phải là tệp PDF hợp lệ" in response.content.decode()
    script = ContentFile(b"#!/bin/sh\nrm -rf /", name="cai-dat.sh")
    response = client.post(url, {"title": "Tệp lạ", "file": script, "collection": 1})
    assert response.status_code == 200 and not PortalDocument.objects.filter(title="Tệp lạ").exists()
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 10
    big = ContentFile(b"%PDF-1.4" + b"0" * 100, name="lon.pdf")
    response = client.post(url, {"title": "Tệp lớn", "file": big, "collection": 1})
    assert not PortalDocument.objects.filter(title="Tệp lớn").exists()


# --- gazette and citing posts ------------------------------------------------------------

@pytest.mark.req("R14")
def test_a_gazette_issue_lists_its_documents_and_the_document_shows_the_issue(client):
    from wagtail.models import Locale

    document = make_document(number="120/2026/QĐ-UBND")
    issue = GazetteIssue(number="42", date=datetime.date(2026, 6, 1), locale=Locale.objects.get(language_code="vi"))
    issue.save()
    GazetteEntry.objects.create(issue=issue, document=document, summary="Quy chế quản lý nhiệm vụ KH&CN")
    issue.save_revision().publish()
    html = client.get("/cong-bao/?nam=2026").content.decode()
    assert "/cong-bao/2026-so-42/" in html
    issue_page = client.get("/cong-bao/2026-so-42/").content.decode()
    assert "120/2026/QĐ-UBND" in issue_page and "Quy chế quản lý nhiệm vụ KH&amp;CN" in issue_page
    assert "Công báo số 42" in client.get(document.url).content.decode()


@pytest.mark.req("R3")
def test_a_direction_post_cites_a_document_and_the_document_shows_the_post(client):
    from home.models import SectionPage
    from news.models import ArticlePage

    document = make_document(number="130/2026/QĐ-UBND", summary="Phê duyệt danh mục nhiệm vụ khoa học năm 2027")
    post = ArticlePage(title="Chỉ đạo triển khai danh mục nhiệm vụ 2027", slug="chi-dao-danh-muc-2027",
                       body=[{"type": "legal_document", "value": {"document": document.pk, "note": ""}}])
    SectionPage.objects.get(slug="y-kien-chi-dao").add_child(instance=post)
    post.save_revision().publish()
    post_html = client.get(post.url).content.decode()
    assert "130/2026/QĐ-UBND" in post_html and document.url in post_html
    assert "Phê duyệt danh mục nhiệm vụ khoa học năm 2027" in post_html
    assert post.url in client.get(document.url).content.decode()


def test_library_and_document_pages_render_in_bounded_queries(client, django_assert_max_num_queries):
    documents = [make_document(number=f"{200 + n}/2026/QĐ-UBND") for n in range(12)]
    client.get("/van-ban/?q=quy+che")
    with django_assert_max_num_queries(30):
        client.get("/van-ban/?q=quy+che&nam=2026")
    client.get(documents[0].url)
    with django_assert_max_num_queries(30):
        client.get(documents[0].url)


@pytest.mark.req("R21")
def test_a_draft_of_a_live_document_is_not_searchable_until_published(client):
    document = make_document(number="140/2026/QĐ-UBND", summary="Quy định về kiểm định phương tiện đo")
    document.summary = "Nội dung nháp chưa duyệt về thiên văn học"
    document.save_revision()
    assert "140/2026/QĐ-UBND" not in client.get("/van-ban/?q=thien+van+hoc").content.decode()
    assert "140/2026/QĐ-UBND" in client.get("/van-ban/?q=kiem+dinh+phuong+tien+do").content.decode()
    document.get_latest_revision().publish()
    assert "140/2026/QĐ-UBND" in client.get("/van-ban/?q=thien+van+hoc").content.decode()
