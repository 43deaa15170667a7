"""``import_documents``: the library from an agency's register, CSV or XLSX (R20, R22)."""

import csv
import datetime
import io

import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from wagtail.models import Collection, ModelLogEntry, ReferenceIndex, Revision

from documents.importing import import_documents
from documents.models import (
    Category,
    DocumentRelation,
    DocumentType,
    Issuer,
    LegalDocument,
    LegalDocumentFile,
    LegalField,
    PortalDocument,
    RelationKind,
    Validity,
)
from documents.relations import relations_of
from home.text import index_text

pytestmark = [pytest.mark.req("R20"), pytest.mark.django_db]

HEADER = ["Số ký hiệu", "Loại văn bản", "Cơ quan ban hành", "Người ký", "Ngày ban hành", "Ngày hiệu lực",
          "Ngày hết hiệu lực", "Trích yếu", "Lĩnh vực", "Tình trạng hiệu lực", "Liên kết CSDL quốc gia"]
PROVINCE = "Ủy ban nhân dân tỉnh"


def row(number="7001/2025/QĐ-UBND", doc_type="Quyết định", issuer=PROVINCE, signer="Nguyễn Văn An",
        issued="15/03/2025", effective="01/04/2025", expires="", summary="Ban hành Quy chế quản lý đề tài khoa học",
        fields="Khoa học và công nghệ; Chuyển đổi số", validity="",
        url="https://vbpl.vn/binhan/Pages/vbpq.aspx?ItemID=1", **extra):
    values = {"Số ký hiệu": number, "Loại văn bản": doc_type, "Cơ quan ban hành": issuer, "Người ký": signer,
              "Ngày ban hành": issued, "Ngày hiệu lực": effective, "Ngày hết hiệu lực": expires, "Trích yếu": summary,
              "Lĩnh vực": fields, "Tình trạng hiệu lực": validity, "Liên kết CSDL quốc gia": url}
    values.update(extra)
    return values


def write_csv(path, rows, header=None, bom=True, delimiter=","):
    header = header or list(dict.fromkeys([*HEADER, *(key for item in rows for key in item)]))
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter)
    writer.writerow(header)
    for item in rows:
        writer.writerow([item.get(name, "") for name in header])
    path.write_bytes(("\ufeff" if bom else "").encode() + buffer.getvalue().encode("utf-8"))
    return path


# --- reading ---------------------------------------------------------------------------------

@pytest.mark.parametrize("bom, delimiter", [(True, ","), (False, ","), (True, ";"), (False, ";")])
def test_a_csv_register_is_imported_as_drafts_with_or_without_bom_and_either_delimiter(tmp_path, bom, delimiter):
    path = write_csv(tmp_path / "so-dang-ky.csv", [
        row(),
        row(number="7002/QĐ-UBND", doc_type="Công văn hướng dẫn nội bộ", summary="Về việc rà soát nhiệm vụ, đề án",
            fields="Lĩnh vực mới chưa có; Tài chính", effective="", url=""),
    ], bom=bom, delimiter=delimiter)
    documents_before, revisions_before = LegalDocument.objects.count(), Revision.objects.count()

    report = import_documents(path)

    assert report.ok and report.imported, [str(error) for error in report.errors]
    assert (report.created, report.updated, report.skipped) == (2, 0, 0)
    assert report.summary() == "Đã nhập 2 văn bản mới, cập nhật 0, bỏ qua 0 dòng lỗi."
    assert LegalDocument.objects.count() == documents_before + 2
    assert Revision.objects.count() == revisions_before + 2
    decision = LegalDocument.objects.get(number="7001/2025/QĐ-UBND")
    assert not decision.live and decision.has_unpublished_changes and decision.latest_revision_id
    assert decision.doc_type.name == "Quyết định" and decision.issuer.name == PROVINCE
    assert (decision.issued, decision.effective, decision.expires) == (
        datetime.date(2025, 3, 15), datetime.date(2025, 4, 1), None)
    assert decision.category == Category.NORMATIVE and decision.number_year == 2025
    assert decision.slug == "7001-2025-qd-ubnd" and decision.signer == "Nguyễn Văn An"
    assert sorted(decision.fields.values_list("name", flat=True)) == ["Chuyển đổi số", "Khoa học và công nghệ"]
    assert decision.national_db_url.startswith("https://vbpl.vn/")
    assert decision.latest_revision.content["summary"] == "Ban hành Quy chế quản lý đề tài khoa học"
    assert set(decision.latest_revision.content["fields"]) == set(decision.fields.values_list("pk", flat=True))
    letter = LegalDocument.objects.get(number="7002/QĐ-UBND")
    assert letter.category == Category.ADMINISTRATIVE  # no year in the number
    assert DocumentType.objects.filter(name="Công văn hướng dẫn nội bộ").exists()  # unknown types are created
    assert LegalField.objects.filter(name="Lĩnh vực mới chưa có").exists()


def test_an_xlsx_register_with_a_title_and_date_cells_is_imported(tmp_path):
    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["DANH MỤC VĂN BẢN QUY PHẠM PHÁP LUẬT NĂM 2025"])
    sheet.append([])
    sheet.append(HEADER + ["Nhóm"])
    sheet.append(["7011/2025/QĐ-UBND", "Quyết định", PROVINCE, "Trần Thị Bình", datetime.datetime(2025, 5, 2),
                  datetime.date(2025, 5, 12), None, "Quy định về quản lý đo lường", "Tiêu chuẩn, đo lường, chất lượng",
                  "Còn hiệu lực", None, "QPPL"])
    sheet.append(["7012/UBND-KGVX", "Công văn", PROVINCE, None, "20/05/2025", None, None,
                  "Về việc triển khai chuyển đổi số", None, None, None, "Chỉ đạo điều hành"])
    sheet.append([None] * 5)  # a blank row is not a document
    path = tmp_path / "so-dang-ky.xlsx"
    workbook.save(path)

    report = import_documents(path)

    assert report.ok, [str(error) for error in report.errors]
    assert (report.rows, report.created) == (2, 2)
    measure = LegalDocument.objects.get(number="7011/2025/QĐ-UBND")
    assert (measure.issued, measure.effective) == (datetime.date(2025, 5, 2), datetime.date(2025, 5, 12))
    assert list(measure.fields.values_list("name", flat=True)) == ["Tiêu chuẩn, đo lường, chất lượng"]
    assert measure.validity_override == ""  # "Còn hiệu lực" is computed from the dates
    assert LegalDocument.objects.get(number="7012/UBND-KGVX").category == Category.DIRECTION


def test_headers_match_without_case_diacritics_or_spacing(tmp_path):
    header = ["so ky hieu", "LOAI VAN BAN", "Co quan  ban hanh", "ngay ban hanh", "Trich yeu", "linh vuc",
              "TÌNH TRẠNG HIỆU LỰC", "Ghi chú"]
    path = write_csv(tmp_path / "khong-dau.csv", [{
        "so ky hieu": "7021/2025/CT-UBND", "LOAI VAN BAN": "Chỉ thị", "Co quan  ban hanh": PROVINCE,
        "ngay ban hanh": "1/6/2025", "Trich yeu": "Về tăng cường ứng dụng công nghệ thông tin",
        "linh vuc": "Công nghệ thông tin", "TÌNH TRẠNG HIỆU LỰC": "het hieu luc mot phan", "Ghi chú": "x",
    }], header=header)

    report = import_documents(path)

    assert report.ok, [str(error) for error in report.errors]
    directive = LegalDocument.objects.get(number="7021/2025/CT-UBND")
    assert directive.issued == datetime.date(2025, 6, 1)
    assert directive.validity_override == Validity.PARTLY_EXPIRED
    assert any("Ghi chú" in str(warning) and "bỏ qua" in str(warning) for warning in report.warnings)


def test_existing_terms_are_found_whatever_the_case_or_tone_placement(tmp_path):
    issuers, types = Issuer.objects.count(), DocumentType.objects.count()
    path = write_csv(tmp_path / "ten.csv", [row(issuer="Uỷ ban nhân dân tỉnh", doc_type="quyết định")])

    report = import_documents(path)

    assert report.ok, [str(error) for error in report.errors]
    document = LegalDocument.objects.get(number="7001/2025/QĐ-UBND")
    assert document.issuer.name == PROVINCE and document.doc_type.name == "Quyết định"
    assert (Issuer.objects.count(), DocumentType.objects.count()) == (issuers, types)


def test_a_register_that_cannot_be_read_is_refused(tmp_path):
    latin = tmp_path / "windows.csv"
    latin.write_bytes("Số ký hiệu,Trích yếu\n".encode("cp1258", errors="replace"))  # Excel's plain "CSV"
    assert "không ở mã UTF-8" in str(import_documents(latin).errors[0])
    no_header = write_csv(tmp_path / "sai.csv", [{"A": "1"}], header=["A", "B"])
    assert "Không tìm thấy dòng tiêu đề" in str(import_documents(no_header).errors[0])
    missing = write_csv(tmp_path / "thieu.csv", [{"Số ký hiệu": "7001/2025/QĐ-UBND"}],
                        header=["Số ký hiệu", "Người ký"])
    messages = [str(error) for error in import_documents(missing).errors]
    assert "Dòng 1: Thiếu cột bắt buộc “Loại văn bản”." in messages
    assert len(messages) == 4  # Loại văn bản, Cơ quan ban hành, Ngày ban hành, Trích yếu


# --- checking ----------------------------------------------------------------------------------

def pdf(tmp_path, name="quyet-dinh.pdf", content=b"%PDF-1.4\n1 0 obj <<>> endobj\n"):
    path = tmp_path / name
    path.write_bytes(content)
    return path


ERROR_CASES = [
    ("required", dict(summary=""), "Trích yếu", "Không được để trống."),
    ("number", dict(number="QĐ-UBND/7001"), "Số ký hiệu", "không đúng mẫu"),
    ("date", dict(issued="31/02/2025"), "Ngày ban hành", "không phải ngày hợp lệ"),
    ("date format", dict(effective="April 1st"), "Ngày hiệu lực", "không phải ngày hợp lệ"),
    ("effective before issued", dict(effective="01/03/2025"), "Ngày hiệu lực", "trước ngày ban hành"),
    ("expires before effective", dict(expires="01/04/2025"), "Ngày hết hiệu lực", "phải sau ngày hiệu lực"),
    ("validity", dict(validity="Tạm ngưng"), "Tình trạng hiệu lực", "không phải tình trạng hiệu lực"),
    ("category", dict(Nhóm="Văn bản mật"), "Nhóm", "không phải nhóm văn bản"),
    ("url", dict(url="vbpl.vn/van-ban"), "Liên kết CSDL quốc gia", "không phải địa chỉ web hợp lệ"),
    ("relation", {"Căn cứ": "9999/2099/NQ-HĐND"}, "Căn cứ", "Không tìm thấy văn bản số “9999/2099/NQ-HĐND”"),
    ("relation number", {"Thay thế": "số 5 năm 2020"}, "Thay thế", "không đúng mẫu"),
    ("file missing", {"Tệp": "khong-co.pdf"}, "Tệp", "Không tìm thấy tệp “khong-co.pdf”"),
    ("file url", {"Tệp": "https://example.vn/qd.pdf"}, "Tệp", "Cổng không tải tệp từ mạng"),
    ("file content", {"Tệp": "gia-mao.pdf"}, "Tệp", "không phải là tệp PDF hợp lệ"),
    ("file type", {"Tệp": "cai-dat.exe"}, "Tệp", "có loại không được nhận"),
]


@pytest.mark.parametrize("kind, change, column, message", ERROR_CASES, ids=[case[0] for case in ERROR_CASES])
def test_each_problem_is_reported_with_row_and_column_and_nothing_is_imported(tmp_path, kind, change, column, message):
    pdf(tmp_path, "gia-mao.pdf", b"<html><script>alert(1)</script></html>")
    (tmp_path / "cai-dat.exe").write_bytes(b"MZ\x90\x00")
    path = write_csv(tmp_path / "loi.csv", [row(number="7031/2025/QĐ-UBND"), row(**change)])
    documents, revisions = LegalDocument.objects.count(), Revision.objects.count()

    report = import_documents(path)

    assert not report.ok and not report.imported
    assert len(report.errors) == 1, [str(error) for error in report.errors]
    error = report.errors[0]
    assert (error.row, error.column) == (3, column) and message in error.message, str(error)
    assert str(error).startswith(f"Dòng 3, cột {error.letter} “{column}”: ")
    assert report.summary().startswith("Không nhập văn bản nào: tệp có 1 lỗi ở 1 dòng.")
    assert (LegalDocument.objects.count(), Revision.objects.count()) == (documents, revisions)


def test_a_file_over_the_upload_limit_is_refused(tmp_path, settings):
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 10
    pdf(tmp_path)
    report = import_documents(write_csv(tmp_path / "lon.csv", [row(**{"Tệp": "quyet-dinh.pdf"})]))
    assert "quá giới hạn" in report.errors[0].message and report.errors[0].column == "Tệp"


def test_duplicates_inside_the_file_are_reported_on_the_second_row(tmp_path):
    path = write_csv(tmp_path / "trung.csv", [row(), row(summary="Bản khác"), row(number="7001/2025/qđ-ubnd")])
    report = import_documents(path)
    assert [(error.row, error.column) for error in report.errors] == [(3, "Số ký hiệu"), (4, "Số ký hiệu")]
    assert "Trùng với dòng 2" in report.errors[0].message
    assert not LegalDocument.objects.filter(number="7001/2025/QĐ-UBND").exists()


def test_every_row_is_checked_before_reporting(tmp_path):
    path = write_csv(tmp_path / "nhieu-loi.csv", [
        row(number="sai"), row(number="7041/2025/QĐ-UBND", issued=""), row(number="7042/2025/QĐ-UBND", url="ftp:x"),
    ])
    report = import_documents(path)
    assert [(error.row, error.column) for error in report.errors] == [
        (2, "Số ký hiệu"), (3, "Ngày ban hành"), (4, "Liên kết CSDL quốc gia")]
    assert report.invalid_rows == [2, 3, 4]


def test_skip_invalid_imports_the_valid_rows_and_reports_the_others(tmp_path):
    path = write_csv(tmp_path / "mot-phan.csv", [
        row(number="7051/2025/QĐ-UBND"), row(number="7052/2025/QĐ-UBND", issued="hôm qua"),
        row(number="7053/2025/QĐ-UBND"),
        # points to the invalid row: cannot be imported without it
        row(number="7054/2025/QĐ-UBND", **{"Căn cứ": "7052/2025/QĐ-UBND"}),
    ])

    report = import_documents(path, skip_invalid=True)

    assert report.imported and (report.created, report.skipped) == (2, 2)
    assert report.summary() == "Đã nhập 2 văn bản mới, cập nhật 0, bỏ qua 2 dòng lỗi."
    assert [(error.row, error.column) for error in report.errors] == [(3, "Ngày ban hành"), (5, "Căn cứ")]
    assert "dòng 3 có lỗi" in report.errors[1].message
    assert set(LegalDocument.objects.filter(number__startswith="705").values_list("number", flat=True)) == {
        "7051/2025/QĐ-UBND", "7053/2025/QĐ-UBND"}


def test_a_dry_run_checks_and_counts_but_writes_nothing(tmp_path):
    path = write_csv(tmp_path / "thu.csv", [row(), row(number="7002/2025/QĐ-UBND")])
    documents = LegalDocument.objects.count()
    report = import_documents(path, dry_run=True)
    assert report.ok and not report.imported and report.created == 2
    assert report.summary().startswith("Kiểm tra xong, chưa nhập gì: 2 văn bản mới")
    assert LegalDocument.objects.count() == documents


# --- re-importing ----------------------------------------------------------------------------------

def test_importing_the_same_file_again_changes_nothing(tmp_path):
    pdf(tmp_path)
    path = write_csv(tmp_path / "lai.csv", [row(**{"Tệp": "quyet-dinh.pdf"}),
                                            row(number="7062/2025/QĐ-UBND", **{"Căn cứ": "7001/2025/QĐ-UBND"})])
    first = import_documents(path)
    assert first.created == 2, [str(error) for error in first.errors]
    counts = (LegalDocument.objects.count(), Revision.objects.count(), PortalDocument.objects.count(),
              LegalDocumentFile.objects.count(), DocumentRelation.objects.count(), ModelLogEntry.objects.count())

    again = import_documents(path)

    assert (again.created, again.updated, again.unchanged) == (0, 0, 2)
    assert again.summary() == "Đã nhập 0 văn bản mới, cập nhật 0, bỏ qua 0 dòng lỗi (2 văn bản không thay đổi)."
    assert (LegalDocument.objects.count(), Revision.objects.count(), PortalDocument.objects.count(),
            LegalDocumentFile.objects.count(), DocumentRelation.objects.count(),
            ModelLogEntry.objects.count()) == counts


def test_a_changed_row_updates_its_document_with_a_new_revision(tmp_path):
    import_documents(write_csv(tmp_path / "v1.csv", [row(), row(number="7072/2025/QĐ-UBND")]))
    document = LegalDocument.objects.get(number="7001/2025/QĐ-UBND")
    revisions = document.revisions.count()

    report = import_documents(write_csv(tmp_path / "v2.csv", [
        row(summary="Ban hành Quy chế quản lý đề tài khoa học (sửa đổi)", fields="Tài chính", expires="31/12/2030"),
        row(number="7072/2025/QĐ-UBND"),
    ]))

    assert (report.created, report.updated, report.unchanged) == (0, 1, 1)
    document.refresh_from_db()
    assert document.revisions.count() == revisions + 1
    assert document.summary.endswith("(sửa đổi)") and document.expires == datetime.date(2030, 12, 31)
    assert list(document.fields.values_list("name", flat=True)) == ["Tài chính"]
    assert "sua doi" in document.search_document
    assert document.latest_revision.content["summary"].endswith("(sửa đổi)")
    assert not document.live
    assert LegalDocument.objects.filter(number="7001/2025/QĐ-UBND").count() == 1


def test_a_change_to_a_published_document_waits_as_a_draft_unless_publish(tmp_path, client):
    import_documents(write_csv(tmp_path / "v1.csv", [row()]), publish=True)
    document = LegalDocument.objects.get(number="7001/2025/QĐ-UBND")
    assert document.live

    report = import_documents(write_csv(tmp_path / "v2.csv", [row(summary="Trích yếu mới chờ duyệt")]))

    assert report.updated == 1
    document.refresh_from_db()
    assert document.live and document.has_unpublished_changes
    assert document.summary == "Ban hành Quy chế quản lý đề tài khoa học"  # the live version, until published
    assert document.get_latest_revision_as_object().summary == "Trích yếu mới chờ duyệt"
    assert "Trích yếu mới chờ duyệt" not in client.get(document.url).content.decode()
    if connection.vendor == "postgresql":  # the stored tsvector still holds the live text
        assert LegalDocument.objects.filter(pk=document.pk, search_vector="duyet").count() == 0

    again = import_documents(write_csv(tmp_path / "v2.csv", [row(summary="Trích yếu mới chờ duyệt")]), publish=True)

    assert (again.updated, again.unchanged, again.published) == (0, 1, 1)  # the same draft, now published
    document.refresh_from_db()
    assert document.summary == "Trích yếu mới chờ duyệt" and not document.has_unpublished_changes
    assert "Trích yếu mới chờ duyệt" in client.get(document.url).content.decode()


def test_a_locked_document_is_not_changed(tmp_path):
    import_documents(write_csv(tmp_path / "v1.csv", [row()]))
    LegalDocument.objects.filter(number="7001/2025/QĐ-UBND").update(locked=True)
    report = import_documents(write_csv(tmp_path / "v2.csv", [row(summary="Sửa khi đang khóa")]))
    assert [(error.row, error.column) for error in report.errors] == [(2, "Số ký hiệu")]
    assert "đang bị khóa" in report.errors[0].message
    assert import_documents(write_csv(tmp_path / "v1.csv", [row()])).unchanged == 1  # nothing to change: fine


def test_publish_makes_the_documents_live_through_a_revision(tmp_path, client):
    path = write_csv(tmp_path / "xuat-ban.csv", [row(summary="Quy định quản lý đo lường xăng dầu trên địa bàn")])

    report = import_documents(path, publish=True)

    assert report.published == 1
    document = LegalDocument.objects.get(number="7001/2025/QĐ-UBND")
    assert document.live and not document.has_unpublished_changes
    assert document.live_revision_id == document.latest_revision_id and document.first_published_at
    actions = set(ModelLogEntry.objects.filter(object_id=str(document.pk)).values_list("action", flat=True))
    assert {"wagtail.create", "wagtail.publish"} <= actions
    assert client.get(document.url).status_code == 200
    assert document.number in client.get("/van-ban/?q=do+luong+xang+dau").content.decode()


# --- files -----------------------------------------------------------------------------------

def test_files_are_attached_once_and_bad_files_are_refused(tmp_path):
    folder = tmp_path / "tep"
    folder.mkdir()
    pdf(folder, "qd-7001.pdf", b"%PDF-1.7\n<</Type /Sig /ByteRange [0 1 2 3]>>")
    path = write_csv(tmp_path / "tep.csv", [row(**{"Tệp": "tep/qd-7001.pdf"}),
                                            row(number="7082/2025/QĐ-UBND", **{"Tệp": str(folder / "qd-7001.pdf")})])

    report = import_documents(path)

    assert report.ok, [str(error) for error in report.errors]
    first = LegalDocument.objects.get(number="7001/2025/QĐ-UBND")
    second = LegalDocument.objects.get(number="7082/2025/QĐ-UBND")
    attachment = first.files.get()
    portal_document = attachment.file
    assert portal_document.collection == Collection.get_first_root_node()
    assert portal_document.has_digital_signature and portal_document.file_hash and portal_document.file_size
    assert portal_document.title == "Quyết định 7001/2025/QĐ-UBND"
    assert second.files.get().file == portal_document  # the same content is stored once
    assert first.latest_revision.content["files"][0]["file"] == portal_document.pk

    files = PortalDocument.objects.count()
    import_documents(path)
    assert PortalDocument.objects.count() == files and first.files.count() == 1

    # a new file for the same document is added; a fake PDF is refused
    pdf(folder, "phu-luc.pdf", b"%PDF-1.4 phu luc")
    pdf(folder, "gia.pdf", b"MZ not a pdf")
    report = import_documents(write_csv(tmp_path / "tep2.csv", [
        row(**{"Tệp": "tep/qd-7001.pdf; tep/phu-luc.pdf"}), row(number="7083/2025/QĐ-UBND", **{"Tệp": "tep/gia.pdf"}),
    ]))
    assert [(error.row, error.column) for error in report.errors] == [(3, "Tệp")]
    assert "gia.pdf" in report.errors[0].message and first.files.count() == 1
    report = import_documents(write_csv(tmp_path / "tep3.csv", [row(**{"Tệp": "tep/qd-7001.pdf; tep/phu-luc.pdf"})]))
    assert report.updated == 1 and first.files.count() == 2


# --- relations -------------------------------------------------------------------------------

@pytest.mark.req("R22")
def test_relations_are_resolved_within_the_file_and_the_library_both_ways(tmp_path):
    law = LegalDocument.objects.get(number="43/2011/NĐ-CP")  # from the demo library
    path = write_csv(tmp_path / "quan-he.csv", [
        row(number="7091/2025/QĐ-UBND", **{"Căn cứ": "43/2011/NĐ-CP; 7092/2025/QĐ-UBND",
                                           "Thay thế": "7093/2025/QĐ-UBND"}),
        row(number="7092/2025/QĐ-UBND", summary="Quy định chung"),
        row(number="7093/2025/QĐ-UBND", summary="Quy chế cũ", **{"Bãi bỏ": "", "Hướng dẫn": ""}),
    ])

    report = import_documents(path, publish=True)

    assert report.ok, [str(error) for error in report.errors]
    new = LegalDocument.objects.get(number="7091/2025/QĐ-UBND")
    general = LegalDocument.objects.get(number="7092/2025/QĐ-UBND")
    old = LegalDocument.objects.get(number="7093/2025/QĐ-UBND")
    assert set(new.relations.values_list("kind", "target")) == {
        (RelationKind.BASED_ON, law.pk), (RelationKind.BASED_ON, general.pk), (RelationKind.REPLACES, old.pk)}
    assert ("Bị thay thế bởi", [new]) in relations_of(old)
    assert ("Là căn cứ của", [new]) in relations_of(general)
    assert LegalDocument.objects.with_validity().get(pk=old.pk).validity_now == Validity.REPLACED
    assert len(new.latest_revision.content["relations"]) == 3

    # a later file adds a relation to an existing document without repeating the others
    report = import_documents(write_csv(tmp_path / "quan-he-2.csv", [
        row(number="7091/2025/QĐ-UBND", **{"Căn cứ": "43/2011/NĐ-CP; 7092/2025/QĐ-UBND",
                                           "Thay thế": "7093/2025/QĐ-UBND", "Sửa đổi": "7094/2025/QĐ-UBND"}),
        row(number="7094/2025/QĐ-UBND", summary="Quy định được sửa"),
    ]), publish=True)
    assert (report.created, report.updated) == (1, 1)
    assert new.relations.count() == 4 and DocumentRelation.objects.filter(source=new, kind="based_on").count() == 2


@pytest.mark.req("R22")
def test_a_relation_to_itself_or_to_an_ambiguous_number_is_refused(tmp_path):
    path = write_csv(tmp_path / "tu-than.csv", [
        row(number="7101/2025/QĐ-UBND", **{"Sửa đổi": "7101/2025/QĐ-UBND"}),
        row(number="7102/2025/QĐ-UBND", **{"Căn cứ": "7103/2025/QĐ"}),
        row(number="7103/2025/QĐ", issuer="Sở Tư pháp"), row(number="7103/2025/QĐ", issuer="Sở Nội vụ"),
    ])
    report = import_documents(path)
    assert [(error.row, error.column) for error in report.errors] == [(2, "Sửa đổi"), (3, "Căn cứ")]
    assert "chính nó" in report.errors[0].message and "nhiều dòng" in report.errors[1].message


@pytest.mark.req("R22")
def test_a_number_without_a_year_is_cited_with_its_date_when_the_library_holds_several_years(tmp_path):
    older = import_documents(write_csv(tmp_path / "cu.csv", [
        row(number="74/QĐ-UBND", issued="12/03/2023", effective="", summary="Kế hoạch năm 2023"),
        row(number="74/QĐ-UBND", issued="05/02/2024", effective="", summary="Kế hoạch năm 2024"),
    ]), publish=True)
    assert older.created == 2
    of_2024 = LegalDocument.objects.get(slug="74-qd-ubnd-2024")

    # without its date the number names two documents: the message says how to choose
    report = import_documents(write_csv(tmp_path / "mo-ho.csv", [
        row(number="7201/2025/QĐ-UBND", **{"Căn cứ": "74/QĐ-UBND"})]))
    assert [(error.row, error.column) for error in report.errors] == [(2, "Căn cứ")]
    assert "nhiều văn bản" in report.errors[0].message and "74/QĐ-UBND ngày" in report.errors[0].message

    # with it (as documents cite each other), the library's 2024 document and a row of the file
    report = import_documents(write_csv(tmp_path / "ro.csv", [
        row(number="7201/2025/QĐ-UBND", **{"Căn cứ": "74/QĐ-UBND ngày 05/02/2024; 75/QĐ-UBND Ngày 1/3/2025"}),
        row(number="75/QĐ-UBND", issued="01/03/2025", effective="", summary="Quyết định trong cùng tệp"),
    ]), publish=True)
    assert report.ok, [str(error) for error in report.errors]
    cited = LegalDocument.objects.get(number="7201/2025/QĐ-UBND").relations.values_list("target__slug", flat=True)
    assert sorted(cited) == [of_2024.slug, "75-qd-ubnd-2025"]

    # a date that is not one is reported, nothing imported
    report = import_documents(write_csv(tmp_path / "sai.csv", [
        row(number="7202/2025/QĐ-UBND", **{"Căn cứ": "74/QĐ-UBND ngày 31/02/2024"})]))
    assert [(error.row, error.column) for error in report.errors] == [(2, "Căn cứ")]
    assert "31/02/2024" in report.errors[0].message and not LegalDocument.objects.filter(number="7202/2025/QĐ-UBND")


# --- what the bulk path writes is what Wagtail would ----------------------------------------------

def test_new_documents_are_indexed_as_a_save_would(tmp_path):
    from wagtail.search.backends import get_search_backend
    from wagtail.search.models import IndexEntry

    path = write_csv(tmp_path / "chi-muc.csv", [row(**{"Căn cứ": "43/2011/NĐ-CP"})])
    import_documents(path)
    document = LegalDocument.objects.get(number="7001/2025/QĐ-UBND")

    assert document.search_document == index_text(document.number, document.summary, document.signer,
                                                  document.full_text)
    if connection.vendor == "postgresql":
        assert LegalDocument.objects.filter(pk=document.pk, search_vector="quy").exists()
    references = set(ReferenceIndex.objects.filter(object_id=str(document.pk), base_content_type__model="legaldocument")
                     .values_list("to_content_type", "to_object_id", "model_path", "content_path"))
    assert references == set(ReferenceIndex._extract_references_from_object(document))
    assert any(path.startswith("relations.") for _, _, path, _ in references)

    def entry():
        columns = [field.attname for field in IndexEntry._meta.concrete_fields if field.attname != "id"]
        return IndexEntry.objects.filter(object_id=str(document.pk), content_type__model="legaldocument") \
            .values_list(*columns).get()

    imported_entry = entry()
    get_search_backend().add(document)  # what a save() does
    assert entry() == imported_entry


# --- the command -------------------------------------------------------------------------------

def test_the_command_reports_a_summary_and_fails_on_errors(tmp_path):
    out, err = io.StringIO(), io.StringIO()
    call_command("import_documents", str(write_csv(tmp_path / "tot.csv", [row()])), stdout=out, stderr=err)
    assert "Đã nhập 1 văn bản mới, cập nhật 0, bỏ qua 0 dòng lỗi." in out.getvalue()

    bad = write_csv(tmp_path / "xau.csv", [row(number="7111/2025/QĐ-UBND"), row(number="7112/2025/QĐ-UBND",
                                                                                 issued="32/01/2025")])
    with pytest.raises(CommandError) as error:
        call_command("import_documents", str(bad), stdout=out, stderr=err)
    assert "Dòng 3, cột E “Ngày ban hành”" in str(error.value) and "Không nhập văn bản nào" in str(error.value)
    assert not LegalDocument.objects.filter(number="7111/2025/QĐ-UBND").exists()

    out, err = io.StringIO(), io.StringIO()
    call_command("import_documents", str(bad), "--skip-invalid", "--publish", stdout=out, stderr=err)
    assert "Đã nhập 1 văn bản mới, cập nhật 0, bỏ qua 1 dòng lỗi" in out.getvalue()
    assert "Dòng 3" in err.getvalue()
    assert LegalDocument.objects.get(number="7111/2025/QĐ-UBND").live


def test_the_command_checks_the_users_permissions(tmp_path, make_user):
    path = str(write_csv(tmp_path / "quyen.csv", [row()]))
    make_user("nguoi-soan", "Cập nhật")
    with pytest.raises(CommandError) as error:
        call_command("import_documents", path, "--publish", "--user", "nguoi-soan", stdout=io.StringIO())
    assert "không có quyền xuất bản" in str(error.value)
    call_command("import_documents", path, "--user", "nguoi-soan", stdout=io.StringIO())
    document = LegalDocument.objects.get(number="7001/2025/QĐ-UBND")
    assert document.latest_revision.user.username == "nguoi-soan"
    with pytest.raises(CommandError):
        call_command("import_documents", path, "--user", "khong-ai", stdout=io.StringIO())
