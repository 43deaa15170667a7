"""Statistics (R13) and financial reports (R18): table parsing, validation, pages, the process."""

import datetime
import io
import re

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from openpyxl import Workbook
from wagtail.models import Locale
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from home.demo_files import demo_document, demo_pdf
from stats.charts import build_chart, format_number
from stats.models import FinancialReport, StatisticalRelease
from stats.tables import MAX_COLUMNS, MAX_ROWS, MAX_TABLE_BYTES, TableError, parse_number, parse_table

STATS = "/thong-ke/"
FINANCE = "/bao-cao-tai-chinh/"


def csv_file(text, encoding="utf-8"):
    return io.BytesIO(text.encode(encoding))


def xlsx_file(rows):
    workbook = Workbook()
    for row in rows:
        workbook.active.append(row)
    out = io.BytesIO()
    workbook.save(out)
    out.seek(0)
    return out


# --- reading tables -------------------------------------------------------------------

@pytest.mark.parametrize("text, number", [
    ("1.250.000", 1250000), ("12,5", 12.5), ("12.5", 12.5), ("-3", -3), ("72,7%", 72.7), ("1 046", 1046),
    ("1.250,75", 1250.75), ("Quý I", None), ("", None), ("12/2025", None),
])
def test_numbers_are_read_in_vietnamese_notation(text, number):
    assert parse_number(text) == number


@pytest.mark.req("R13")
def test_a_semicolon_csv_with_vietnamese_numbers_is_read():
    table = parse_table(csv_file("\ufeffQuý;Hồ sơ tiếp nhận;Ghi chú\nQuý I;1.046;Tăng\nQuý II;812;\n\n"), "hs.csv")
    assert table.columns == ["Quý", "Hồ sơ tiếp nhận", "Ghi chú"]
    assert table.rows == [["Quý I", 1046, "Tăng"], ["Quý II", 812, ""]]
    assert table.numeric == [1]


@pytest.mark.req("R13")
def test_an_xlsx_sheet_is_read_with_its_numbers_and_dates():
    table = parse_table(xlsx_file([["Năm", "Số doanh nghiệp", "Ngày chốt"], [2024, 40, datetime.date(2024, 12, 31)],
                                   [2025, 48.0, datetime.date(2025, 12, 31)], [None, None, None]]), "dn.xlsx")
    assert table.rows == [["2024", 40, "31/12/2024"], ["2025", 48, "31/12/2025"]]
    assert table.numeric == [1]


@pytest.mark.parametrize("content, name, message", [
    (b"", "a.csv", "rỗng"),
    (b"Quy,So\n", "a.csv", "ít nhất một dòng số liệu"),
    ("Tên,Giá\nCà phê,1\n".encode("cp1258"), "a.csv", "UTF-8"),
    (b"MZ\x90\x00\x03\x00binary", "a.csv", "không hợp lệ"),
    (b"PK\x03\x04broken", "a.xlsx", "XLSX bị hỏng"),
    (b"%PDF-1.4", "a.pdf", "CSV hoặc XLSX"),
    (b"Ten,So\nA,1,2\n", "a.csv", "Cột thứ 3 chưa có tiêu đề"),
    (("Ten," + ",".join(f"C{i}" for i in range(MAX_COLUMNS)) + "\n" + "x,1" * 1 + "\n").encode(), "a.csv",
     "vượt quá 20 cột"),
    (("Ten,So\n" + "A,1\n" * (MAX_ROWS + 1)).encode(), "a.csv", f"hơn {MAX_ROWS} dòng"),
    (("Ten,So\nA," + "x" * 600 + "\n").encode(), "a.csv", "dài hơn 500 ký tự"),
])
def test_bad_tables_are_refused_with_a_vietnamese_reason(content, name, message):
    with pytest.raises(TableError) as error:
        parse_table(io.BytesIO(content), name)
    assert message in error.value.messages[0]


def test_a_table_over_the_size_limit_is_refused_without_reading_it_all():
    big = io.BytesIO(b"Ten,So\n" + b"A,1\n" * (MAX_TABLE_BYTES // 4 + 10))
    with pytest.raises(TableError) as error:
        parse_table(big, "lon.csv")
    assert "MB" in error.value.messages[0]


def test_too_many_xlsx_rows_are_refused():
    with pytest.raises(TableError):
        parse_table(xlsx_file([["Ten", "So"]] + [["A", 1]] * (MAX_ROWS + 1)), "dai.xlsx")


# --- charts ---------------------------------------------------------------------------

def test_the_chart_scales_bars_from_zero_and_summarises_the_values():
    table = {"columns": ["Quý", "Hồ sơ"], "rows": [["I", 500], ["II", 1000]], "numeric": [1]}
    chart = build_chart(table)
    first, second = chart.points
    assert second["height"] == pytest.approx(first["height"] * 2)
    assert first["y"] + first["height"] == pytest.approx(chart.baseline)
    assert chart.summary["largest"]["label"] == "II" and chart.summary["smallest"]["text"] == "500"
    assert [tick["label"] for tick in chart.ticks][-1] == "1.000"
    assert build_chart({"columns": ["A", "B"], "rows": [["x", "y"]], "numeric": []}) is None
    assert build_chart(table, kind="none") is None


def test_a_long_series_labels_every_nth_point_and_few_bars_stay_narrow():
    rows = [[f"Tháng {month}/2025", month * 10] for month in range(1, 25)]
    chart = build_chart({"columns": ["Tháng", "Hồ sơ"], "rows": rows, "numeric": [1]})
    assert sum(point["show_label"] for point in chart.points) == 12
    two = build_chart({"columns": ["Năm", "Số"], "rows": [["2024", 1], ["2025", 2]], "numeric": [1]})
    assert max(point["width"] for point in two.points) <= 64


def test_negative_values_hang_below_the_axis():
    chart = build_chart({"columns": ["Năm", "Tăng trưởng"], "rows": [["2024", -5], ["2025", 10]], "numeric": [1]})
    falling, rising = chart.points
    assert falling["y"] == pytest.approx(chart.baseline) and rising["y"] < chart.baseline


def test_numbers_are_written_the_vietnamese_way():
    assert format_number(1250000) == "1.250.000" and format_number(12.5) == "12,5" and format_number(-3) == "-3"


# --- releases -------------------------------------------------------------------------

def data_document(name, content):
    return demo_document(f"Bảng {name}", name, content)


def make_release(publish=True, **fields):
    values = {
        "title": "Số hồ sơ tiếp nhận quý III/2026", "period_label": "Quý III/2026",
        "period_start": datetime.date(2026, 7, 1), "period_end": datetime.date(2026, 9, 30),
        "published_on": datetime.date(2026, 10, 10), "summary": "Sở tiếp nhận 1.105 hồ sơ trong quý.",
        "method": "<p>Tổng hợp từ hệ thống một cửa điện tử.</p>", "locale": Locale.get_default(), "live": False,
    }
    values.update(fields)
    release = StatisticalRelease(**values)
    release.full_clean()
    release.save()
    if publish:
        release.save_revision().publish()
        release.refresh_from_db()
    return release


@pytest.mark.django_db
@pytest.mark.req("R13")
def test_a_release_reads_its_table_when_saved():
    data = data_document("q3.csv", "Tháng,Hồ sơ\nTháng 7,350\nTháng 8,402\nTháng 9,353\n".encode())
    release = make_release(data_file=data, table_unit="hồ sơ")
    assert release.table["rows"][1] == ["Tháng 8", 402] and release.table["numeric"] == [1]


@pytest.mark.django_db
def test_release_validation_explains_bad_tables_periods_and_chart_columns():
    bad = data_document("hong.csv", "Tên,Giá\nCà phê,1\n".encode("cp1258"))
    with pytest.raises(ValidationError) as error:
        make_release(data_file=bad, period_end=datetime.date(2026, 6, 1),
                     published_on=datetime.date.today() + datetime.timedelta(days=2))
    messages = error.value.message_dict
    assert "UTF-8" in messages["data_file"][0]
    assert "period_end" in messages and "published_on" in messages
    good = data_document("tot.csv", "Tháng,Hồ sơ,Ghi chú\nTháng 7,350,x\n".encode())
    with pytest.raises(ValidationError) as error:
        make_release(data_file=good, chart_column="Ghi chú")
    assert "Các cột số: Hồ sơ" in error.value.message_dict["chart_column"][0]


@pytest.mark.django_db
@pytest.mark.req("R13")
def test_the_release_page_shows_an_accessible_table_a_chart_and_the_download(client):
    data = data_document("q3-trang.csv", "Tháng;Hồ sơ;Tỷ lệ trực tuyến (%)\nTháng 7;1.350;80,5\nTháng 8;402;<b>x</b>\n"
                         .encode())
    release = make_release(data_file=data, table_unit="hồ sơ", analysis="<p>Tăng so với quý II.</p>")
    assert release.url == STATS + release.slug + "/"
    html = client.get(release.url).content.decode()
    table = re.search(r'<div class="data-table".*?</table>', html, re.S).group(0)
    assert '<caption id="data-table-caption">Số hồ sơ tiếp nhận quý III/2026' in table and "hồ sơ" in table
    assert table.count('<th scope="col">') == 3 and '<th scope="row">Tháng 7</th>' in table
    assert "1.350" in table and "80,5" in table
    assert "&lt;b&gt;x&lt;/b&gt;" in table and "<b>x</b>" not in html  # cell text is escaped
    svg = re.search(r"<svg.*?</svg>", html, re.S).group(0)
    assert 'role="img"' in svg and "<title" in svg and "<desc" in svg and svg.count("<rect") == 2
    assert "Tháng 7: 1.350" in svg
    assert "cao nhất 1.350 (Tháng 7)" in html  # the text alternative under the chart
    assert data.url in html and "Tăng so với quý II." in html and "Tổng hợp từ hệ thống" in html


@pytest.mark.django_db
def test_a_line_chart_is_drawn_when_asked(client):
    data = data_document("nam.csv", "Năm,Doanh nghiệp\n2023,31\n2024,40\n2025,48\n".encode())
    release = make_release(data_file=data, chart_kind="line", title="Doanh nghiệp KH&CN 2023 – 2025")
    html = client.get(release.url).content.decode()
    assert "<polyline" in html and html.count("<circle") == 3 and "<rect" not in html


@pytest.mark.django_db
@pytest.mark.req("R13")
def test_the_statistics_list_filters_by_year_in_bounded_queries(client, django_assert_max_num_queries):
    for number in range(8):
        make_release(title=f"Bản công bố thử số {number}", published_on=datetime.date(2024, 3, number + 1))
    make_release(title="Bản công bố năm 2026")
    client.get(STATS)  # warm Wagtail's site-root cache, as a running server has
    with django_assert_max_num_queries(20):
        response = client.get(STATS + "?nam=2024")
    html = response.content.decode()
    assert "Bản công bố thử số 3" in html and "Bản công bố năm 2026" not in html
    assert 'href="?nam=2026"' in html
    assert client.get(STATS + "?nam=abc").status_code == 200
    assert client.get(STATS + "khong-co/").status_code == 404


@pytest.mark.django_db
def test_a_draft_release_is_not_public(client):
    release = make_release(publish=False, title="Bản nháp thống kê")
    assert client.get(STATS + release.slug + "/").status_code == 404
    assert "Bản nháp thống kê" not in client.get(STATS).content.decode()


@pytest.mark.django_db
@pytest.mark.req("R13")
def test_the_demo_has_three_releases_with_tables_and_charts(client):
    releases = StatisticalRelease.objects.filter(live=True)
    assert releases.count() >= 3
    assert all(release.table.get("rows") for release in releases)
    xlsx_release = releases.get(data_file__file__endswith=".xlsx")
    assert "<polyline" in client.get(xlsx_release.url).content.decode()


# --- financial reports ----------------------------------------------------------------

def make_report(publish=True, **fields):
    values = {"year": 2025, "kind": "annual", "title": "Báo cáo tài chính năm 2025 (thử)",
              "issued": datetime.date(2026, 3, 2), "summary": "Tổng chi 37,9 tỷ đồng.",
              "file": demo_document("BCTC thử", "bctc.pdf", demo_pdf("BCTC")), "locale": Locale.get_default(),
              "live": False}
    values.update(fields)
    report = FinancialReport(**values)
    report.full_clean()
    report.save()
    if publish:
        report.save_revision().publish()
        report.refresh_from_db()
    return report


@pytest.mark.django_db
def test_a_financial_report_cannot_come_before_its_year_or_from_the_future():
    with pytest.raises(ValidationError) as error:
        make_report(issued=datetime.date(2024, 12, 1))
    assert "trước năm đó" in error.value.message_dict["issued"][0]
    with pytest.raises(ValidationError) as error:
        make_report(year=datetime.date.today().year + 1)
    assert "year" in error.value.message_dict


@pytest.mark.django_db
@pytest.mark.req("R18")
def test_financial_reports_are_listed_by_year_with_their_files(client, django_assert_max_num_queries):
    report = make_report()
    client.get(FINANCE)
    with django_assert_max_num_queries(20):
        html = client.get(FINANCE).content.decode()
    assert "Báo cáo tài chính năm 2025 (thử)" in html and report.file.url in html
    assert "Báo cáo tài chính năm 2025 (thử)" not in client.get(FINANCE + "?nam=2026").content.decode()
    detail = client.get(report.url)
    assert detail.status_code == 200 and "Tổng chi 37,9 tỷ đồng." in detail.content.decode()
    assert FinancialReport.objects.filter(live=True).count() >= 3  # the demo's two and this one


# --- the editorial process -------------------------------------------------------------

def release_form(data_file, **extra):
    return {
        "title": "Thống kê thử qua quy trình", "period_label": "Năm 2026", "period_start": "2026-01-01",
        "period_end": "2026-06-30", "published_on": "2026-07-05", "summary": "Tóm tắt.",
        "method": rich_text("<p>Tổng hợp.</p>"), "analysis": rich_text(""), "data_file": data_file.pk,
        "table_title": "", "table_unit": "", "chart_kind": "bar", "chart_column": "", "files": inline_formset([]),
        **extra,
    }


@pytest.mark.django_db
@pytest.mark.req("R13", "R50")
def test_a_release_goes_through_the_three_steps_and_the_admin_explains_a_bad_table(client, make_user):
    drafter = make_user("tk-capnhat", "Cập nhật")
    client.force_login(drafter)
    bad = data_document("loi.csv", b"Ten,So\n")
    form = release_form(bad)
    add = reverse("wagtailsnippets_stats_statisticalrelease:add") + "?locale=vi"
    response = client.post(add, nested_form_data(form))
    assert response.status_code == 200 and "ít nhất một dòng số liệu" in response.content.decode()
    form["data_file"] = data_document("dung.csv", "Tháng,Hồ sơ\nTháng 1,5\n".encode()).pk
    response = client.post(add, nested_form_data({**form, "action-submit": "1"}))
    assert response.status_code == 302, response.content.decode()[:2000]
    release = StatisticalRelease.objects.get(title="Thống kê thử qua quy trình")
    assert not release.live and release.workflow_in_progress and release.table["rows"] == [["Tháng 1", 5]]
    for user in (make_user("tk-bientap", "Biên tập"), make_user("tk-duyet", "Duyệt")):
        client.force_login(user)
        release.refresh_from_db()
        state = release.current_workflow_task_state
        client.post(reverse("wagtailsnippets_stats_statisticalrelease:workflow_action",
                            args=(release.pk, "approve", state.pk)), {"comment": ""})
    release.refresh_from_db()
    assert release.live


@pytest.mark.django_db
def test_an_editor_previews_the_table_and_chart_before_submitting(client, make_user):
    client.force_login(make_user("tk-xem-truoc", "Cập nhật"))
    data = data_document("xem-truoc.csv", "Tháng,Hồ sơ\nTháng 1,5\nTháng 2,9\n".encode())
    preview = reverse("wagtailsnippets_stats_statisticalrelease:preview_on_add")
    assert client.post(preview, nested_form_data(release_form(data))).json()["is_valid"]
    html = client.get(preview).content.decode()
    assert '<th scope="row">Tháng 2</th>' in html and html.count("<rect") == 2


@pytest.mark.django_db
@pytest.mark.parametrize("model", ["statisticalrelease", "financialreport"])
def test_the_admin_forms_open_for_editors(client, make_user, model):
    client.force_login(make_user(f"tk-{model}", "Cập nhật"))
    assert client.get(reverse(f"wagtailsnippets_stats_{model}:add") + "?locale=vi").status_code == 200
    item = (StatisticalRelease if model == "statisticalrelease" else FinancialReport).objects.first()
    assert client.get(reverse(f"wagtailsnippets_stats_{model}:edit", args=(item.pk,))).status_code == 200


@pytest.mark.django_db
def test_the_site_search_finds_releases_and_reports(client):
    html = client.get("/tim-kiem/?q=ket+qua+dang+ky+so+huu+cong+nghiep").content.decode()
    assert "Kết quả đăng ký sở hữu công nghiệp 6 tháng đầu năm 2026" in html
    html = client.get("/tim-kiem/?q=du+toan+ngan+sach+2026").content.decode()
    assert "Công khai dự toán ngân sách năm 2026" in html
