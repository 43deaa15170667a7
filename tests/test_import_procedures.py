"""``import_procedures``: an agency's catalogue of procedures from CSV or XLSX (R7)."""

import csv
import datetime
import io
import shutil
from pathlib import Path

import openpyxl
import pytest
from django.core.management import CommandError, call_command
from wagtail.models import Revision

from services.importing import import_procedures
from services.models import Procedure, Sector

pytestmark = [pytest.mark.req("R7"), pytest.mark.django_db]
SAMPLE = Path(__file__).resolve().parent.parent / "docs" / "samples" / "thu-tuc-hanh-chinh.csv"
HEADER = ["Mã thủ tục", "Tên thủ tục", "Lĩnh vực", "Cấp thực hiện", "Mức độ", "Hình thức trực tuyến",
          "Trình tự thực hiện", "Cách thức thực hiện", "Thành phần hồ sơ", "Thời hạn giải quyết", "Phí, lệ phí",
          "Đơn vị xử lý", "Hướng dẫn sử dụng", "Căn cứ pháp lý"]


def row(code="1.020001", name="Cấp giấy phép thử nghiệm", sector="Bưu chính", level="Tỉnh", online="2", mode="",
        steps="1. Nộp hồ sơ.\n2. Nhận kết quả.", submission="Tại Bộ phận Một cửa.", dossier="- Đơn đề nghị",
        time="05 ngày làm việc", fees="Không", unit="Văn phòng Sở", guide="", basis="", **extra):
    values = dict(zip(HEADER, [code, name, sector, level, online, mode, steps, submission, dossier, time, fees, unit,
                               guide, basis]))
    values.update(extra)
    return values


def write_csv(path, rows, header=None):
    header = header or list(dict.fromkeys([*HEADER, *(key for item in rows for key in item)]))
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(header)
    for item in rows:
        writer.writerow([item.get(name, "") for name in header])
    path.write_bytes(("\ufeff" + buffer.getvalue()).encode("utf-8"))
    return path


def vietnamese(code):
    return Procedure.objects.filter(code=code, locale__language_code="vi").first()


def test_the_sample_file_imports_as_drafts_and_again_changes_nothing(tmp_path):
    sample = shutil.copy(SAMPLE, tmp_path / "mau.csv")
    report = import_procedures(sample)
    assert report.errors == [] and report.imported
    assert (report.created, report.updated, report.unchanged) == (2, 0, 0)
    procedure = vietnamese("1.010001")
    assert not procedure.live and procedure.latest_revision is not None
    assert procedure.online_mode == "full" and procedure.government_level == "province"
    assert procedure.steps == ("<ol><li>Doanh nghiệp nộp hồ sơ trực tuyến.</li><li>Sở kiểm tra, thẩm định hồ sơ.</li>"
                               "<li>Trả kết quả trực tuyến.</li></ol>")
    assert procedure.for_foreigners and procedure.handling_unit.name == "Văn phòng Sở"
    assert sorted(b.document.number for b in procedure.legal_basis.all()) == ["29/2013/QH13", "76/2018/NĐ-CP"]
    stat = procedure.usage_stats.get()
    assert (stat.year, stat.period, stat.uses, stat.processed) == (2025, "q4", 12, 11)
    assert vietnamese("1.010002").online_mode == "none"  # derived from level 2
    revisions = Revision.objects.count()
    again = import_procedures(sample)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 2)
    assert Revision.objects.count() == revisions


def test_publish_makes_the_procedures_public(tmp_path, client):
    report = import_procedures(shutil.copy(SAMPLE, tmp_path / "mau.csv"), publish=True)
    assert report.published == 2
    procedure = vietnamese("1.010001")
    assert procedure.live
    html = client.get(procedure.url).content.decode()
    assert "Cấp giấy xác nhận đăng ký hoạt động ứng dụng công nghệ cao" in html and "Quý IV" in html


def test_a_changed_row_updates_through_a_draft_revision_of_a_live_procedure(tmp_path):
    import_procedures(write_csv(tmp_path / "a.csv", [row()]), publish=True)
    report = import_procedures(write_csv(tmp_path / "b.csv", [row(time="03 ngày làm việc")]))
    assert (report.created, report.updated) == (0, 1)
    procedure = vietnamese("1.020001")
    assert procedure.processing_time == "05 ngày làm việc"  # the public version is untouched
    assert procedure.has_unpublished_changes
    assert procedure.get_latest_revision_as_object().processing_time == "03 ngày làm việc"
    report = import_procedures(write_csv(tmp_path / "c.csv", [row(time="03 ngày làm việc")]), publish=True)
    assert report.updated == 0 and report.unchanged == 1  # the draft already says so: publish only on change
    import_procedures(write_csv(tmp_path / "d.csv", [row(time="04 ngày làm việc")]), publish=True)
    assert vietnamese("1.020001").processing_time == "04 ngày làm việc"


def test_a_file_with_errors_imports_nothing_and_says_where(tmp_path):
    rows = [
        row(code="1.020011"),
        row(code="1,020012"),
        row(code="1.020011", name="Trùng mã"),
        row(code="1.020013", online="3"),  # online without a usage guide
        row(code="1.020014", unit="Phòng Không Tồn Tại"),
        row(code="1.020015", online="7"),
        row(code="1.020016", online="2", mode="Toàn trình"),
        row(code="1.020017", level="Trung ương tỉnh"),
        row(code="1.020018", fees=""),
    ]
    report = import_procedures(write_csv(tmp_path / "loi.csv", rows))
    assert not report.imported and Procedure.objects.filter(code__startswith="1.0200").count() == 0
    messages = [str(problem) for problem in report.errors]
    expected = [
        "Dòng 3, cột A “Mã thủ tục”: Mã thủ tục “1,020012” không đúng mẫu",
        "Dòng 4, cột A “Mã thủ tục”: mã 1.020011 đã có ở dòng 2 của tệp.",
        "Dòng 5, cột M “Hướng dẫn sử dụng”: Dịch vụ công trực tuyến mức độ 3 trở lên phải có hướng dẫn sử dụng",
        "Dòng 6, cột L “Đơn vị xử lý”: không có đơn vị “Phòng Không Tồn Tại”",
        "Dòng 7, cột E “Mức độ”: “7” không phải mức độ 1, 2, 3 hoặc 4.",
        "Dòng 8, cột F “Hình thức trực tuyến”: “Toàn trình” không khớp với Mức độ 2",
        "Dòng 9, cột D “Cấp thực hiện”: “Trung ương tỉnh” không hợp lệ",
        "Dòng 10, cột K “Phí, lệ phí”: bắt buộc, đang để trống.",
    ]
    for text in expected:
        assert any(message.startswith(text) for message in messages), (text, messages)
    assert report.invalid_rows == [3, 4, 5, 6, 7, 8, 9, 10]
    assert "Không nhập thủ tục nào" in report.summary()


def test_skip_invalid_imports_the_valid_rows(tmp_path):
    rows = [row(code="1.020021"), row(code="1.020022", online="3"), row(code="1.020023", name="Thủ tục thứ ba")]
    report = import_procedures(write_csv(tmp_path / "mot-phan.csv", rows), skip_invalid=True)
    assert report.created == 2 and report.skipped == 1 and report.invalid_rows == [3]
    assert vietnamese("1.020021") and vietnamese("1.020023") and not vietnamese("1.020022")


def test_an_xlsx_with_a_title_line_and_new_sector_and_unknown_document(tmp_path):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["DANH MỤC THỦ TỤC HÀNH CHÍNH CỦA SỞ"])
    sheet.append([])
    sheet.append(HEADER)
    sheet.append(list(row(code="1.020031", sector="Lĩnh vực hoàn toàn mới", online=4.0,
                          guide="Đăng nhập Cổng dịch vụ công.", basis="07/2017/QH14; 999/2099/NĐ-CP").values()))
    path = tmp_path / "danh-muc.xlsx"
    workbook.save(path)
    report = import_procedures(path)
    assert report.errors == [] and report.created == 1
    procedure = vietnamese("1.020031")
    assert procedure.online_level == 4 and procedure.online_mode == "full"
    assert Sector.objects.filter(name="Lĩnh vực hoàn toàn mới").exists()
    assert [b.document.number for b in procedure.legal_basis.all()] == ["07/2017/QH14"]
    assert "999/2099/NĐ-CP" in procedure.legal_basis_note
    assert any("lĩnh vực mới" in warning for warning in report.warnings)
    assert any("999/2099/NĐ-CP" in warning for warning in report.warnings)


@pytest.mark.req("R22")
def test_a_legal_basis_without_a_year_is_found_by_its_date(tmp_path):
    from tests.test_documents import make_document

    cited = make_document(number="45/QĐ-UBND", issued=datetime.date(2024, 3, 12))
    path = write_csv(tmp_path / "co-ngay.csv", [row(code="1.020032", basis="Quyết định số 45/QĐ-UBND ngày 12/03/2024")])
    assert import_procedures(path).errors == []
    assert [b.document for b in vietnamese("1.020032").legal_basis.all()] == [cited]


def test_user_text_is_escaped(tmp_path):
    import_procedures(write_csv(tmp_path / "xss.csv", [row(code="1.020041", dossier="<script>alert(1)</script>")]))
    assert "<script>" not in vietnamese("1.020041").dossier


@pytest.mark.parametrize("name, content, message", [
    ("a.csv", "Tên thủ tục,Lĩnh vực\nA,B\n".encode(), "Không tìm thấy dòng tiêu đề có cột “Mã thủ tục”"),
    ("a.csv", "Mã thủ tục,Tên thủ tục\n1.000001,A\n".encode(), "thiếu cột"),
    ("a.csv", b"M\xe3 th\xfe t\xfbc,T\xean th\xfe t\xfbc\n", "không ở mã UTF-8"),  # Windows-1258
    ("a.xls", b"\xd0\xcf\x11\xe0", "chỉ nhận tệp CSV hoặc XLSX"),
    ("a.xlsx", b"not a zip", "Không mở được tệp Excel"),
])
def test_unreadable_files_are_explained(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    report = import_procedures(path)
    assert not report.imported and message in str(report.errors[0])


def test_the_command_reports_in_vietnamese(tmp_path, capsys):
    bad = write_csv(tmp_path / "loi.csv", [row(code="sai")])
    with pytest.raises(CommandError) as error:
        call_command("import_procedures", str(bad))
    assert "Mã thủ tục “sai” không đúng mẫu" in str(error.value) and "Không nhập thủ tục nào" in str(error.value)
    good = write_csv(tmp_path / "dung.csv", [row(code="1.020051")])
    call_command("import_procedures", str(good), "--dry-run")
    assert "Kiểm tra xong, chưa nhập gì: 1 thủ tục mới" in capsys.readouterr().out
    assert not vietnamese("1.020051")
    call_command("import_procedures", str(good), "--publish")
    assert vietnamese("1.020051").live
