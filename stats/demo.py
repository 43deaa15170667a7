"""Demonstration statistics and financial reports (setup_portal --demo): three releases whose
tables come from a CSV (Vietnamese number notation), a semicolon CSV and an XLSX file, and two
financial reports."""

import datetime
import io

from home.demo_files import demo_document, demo_pdf

from .models import FinancialReport, StatisticalRelease, StatisticalReleaseFile


def date(text):
    return datetime.datetime.strptime(text, "%d/%m/%Y").date()


def xlsx(rows):
    from openpyxl import Workbook

    workbook = Workbook()
    for row in rows:
        workbook.active.append(row)
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


RELEASES = [
    {
        "title": "Tình hình giải quyết hồ sơ dịch vụ công trực tuyến năm 2025",
        "period": "Năm 2025", "start": "01/01/2025", "end": "31/12/2025", "published": "15/01/2026",
        "summary": "Năm 2025 Sở tiếp nhận 4.212 hồ sơ, trong đó 3.390 hồ sơ nộp trực tuyến (80,5%); 99,2% hồ sơ "
                   "được giải quyết đúng hạn.",
        "method": "<p>Số liệu tổng hợp từ Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh, tính theo ngày "
                  "tiếp nhận hồ sơ; hồ sơ trực tuyến là hồ sơ nộp qua Cổng dịch vụ công.</p>",
        "analysis": "<p>Tỷ lệ hồ sơ trực tuyến tăng đều qua các quý, cao nhất vào quý IV sau khi Sở hướng dẫn "
                    "doanh nghiệp sử dụng tài khoản định danh điện tử.</p>",
        "file": "ho-so-dich-vu-cong-2025.csv", "unit": "hồ sơ", "chart": "bar", "column": "Hồ sơ tiếp nhận",
        "content": (
            "Quý;Hồ sơ tiếp nhận;Hồ sơ trực tuyến;Tỷ lệ trực tuyến (%)\n"
            "Quý I;812;590;72,7\nQuý II;1.046;826;79,0\nQuý III;1.105;902;81,6\nQuý IV;1.249;1.072;85,8\n"
        ).encode("utf-8"),
    },
    {
        "title": "Số doanh nghiệp khoa học và công nghệ trên địa bàn tỉnh giai đoạn 2020 – 2025",
        "period": "Giai đoạn 2020 – 2025", "start": "01/01/2020", "end": "31/12/2025", "published": "20/03/2026",
        "summary": "Đến hết năm 2025 tỉnh có 48 doanh nghiệp khoa học và công nghệ, gấp 3 lần năm 2020.",
        "method": "<p>Số doanh nghiệp được cấp Giấy chứng nhận doanh nghiệp khoa học và công nghệ còn hiệu lực tại "
                  "ngày 31/12 hằng năm, theo sổ theo dõi của Sở.</p>",
        "analysis": "<p>Số doanh nghiệp tăng nhanh từ năm 2023 nhờ chính sách hỗ trợ chuyển giao công nghệ của "
                    "tỉnh.</p>",
        "file": "doanh-nghiep-khcn-2020-2025.xlsx", "unit": "doanh nghiệp", "chart": "line", "column": "",
        "content": xlsx([["Năm", "Số doanh nghiệp", "Cấp mới trong năm"], [2020, 16, 3], [2021, 19, 4],
                         [2022, 24, 6], [2023, 31, 8], [2024, 40, 10], [2025, 48, 9]]),
    },
    {
        "title": "Kết quả đăng ký sở hữu công nghiệp 6 tháng đầu năm 2026",
        "period": "6 tháng đầu năm 2026", "start": "01/01/2026", "end": "30/06/2026", "published": "20/07/2026",
        "summary": "6 tháng đầu năm 2026 các tổ chức, cá nhân trong tỉnh nộp 236 đơn đăng ký sở hữu công nghiệp, "
                   "chủ yếu là nhãn hiệu.",
        "method": "<p>Số đơn do Cục Sở hữu trí tuệ thông báo cho Sở, phân theo đối tượng sở hữu công nghiệp.</p>",
        "analysis": "",
        "file": "so-huu-cong-nghiep-6-thang-2026.csv", "unit": "đơn", "chart": "bar", "column": "",
        "content": (
            "Đối tượng,Số đơn nộp,Số văn bằng được cấp\n"
            "Sáng chế,6,2\nGiải pháp hữu ích,11,4\nKiểu dáng công nghiệp,27,15\nNhãn hiệu,192,120\n"
        ).encode("utf-8"),
    },
]

FINANCIAL_REPORTS = [
    {
        "year": 2025, "kind": "annual", "title": "Báo cáo tài chính năm 2025 của Sở Khoa học và Công nghệ",
        "issued": "25/03/2026",
        "summary": "Tổng nguồn kinh phí năm 2025: 38,6 tỷ đồng; đã sử dụng 37,9 tỷ đồng (98,2%), trong đó chi sự "
                   "nghiệp khoa học và công nghệ 24,1 tỷ đồng.",
    },
    {
        "year": 2026, "kind": "estimate", "title": "Công khai dự toán ngân sách năm 2026",
        "issued": "10/01/2026",
        "summary": "Dự toán ngân sách năm 2026 được giao 41,2 tỷ đồng, trong đó chi thường xuyên 12,7 tỷ đồng và "
                   "chi sự nghiệp khoa học và công nghệ 28,5 tỷ đồng.",
    },
]


def load_releases(home):
    for item in RELEASES:
        if StatisticalRelease.objects.filter(title=item["title"], locale=home.locale).exists():
            continue
        release = StatisticalRelease(
            title=item["title"], period_label=item["period"], period_start=date(item["start"]),
            period_end=date(item["end"]), published_on=date(item["published"]), summary=item["summary"],
            method=item["method"], analysis=item["analysis"], table_unit=item["unit"], chart_kind=item["chart"],
            chart_column=item["column"], locale=home.locale, live=False,
            data_file=demo_document(f"Bảng số liệu – {item['title']}", item["file"], item["content"]),
        )
        release.full_clean()
        release.save()
        report = demo_document(f"Báo cáo thống kê – {item['title']}", item["file"].rsplit(".", 1)[0] + ".pdf",
                               demo_pdf("Báo cáo thống kê", [item["title"], item["period"]]))
        StatisticalReleaseFile.objects.create(release=release, file=report, label="Báo cáo thống kê")
        release.save_revision().publish()


def load_financial_reports(home):
    for item in FINANCIAL_REPORTS:
        if FinancialReport.objects.filter(title=item["title"], locale=home.locale).exists():
            continue
        report = FinancialReport(
            year=item["year"], kind=item["kind"], title=item["title"], issued=date(item["issued"]),
            summary=item["summary"], locale=home.locale, live=False,
            file=demo_document(item["title"], f"bao-cao-tai-chinh-{item['year']}-{item['kind']}.pdf",
                               demo_pdf(item["title"], [item["summary"][:100]])),
        )
        report.full_clean()
        report.save()
        report.save_revision().publish()
