"""The monthly Q&A report per unit (R33; QĐ 96/QĐ-UBND Bắc Ninh, appendix, table 2).

For the requests received in a period, per responsible unit: how many were received, answered on time
or late, and not answered yet (not yet due / overdue), as of the end of the period (or today if the
period has not ended). Rejected requests (not admissible) are counted apart. One query.
"""

import datetime
from dataclasses import dataclass, field

from django.utils import timezone
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from .models import Status

COLUMNS = ("received", "on_time", "late", "not_yet_due", "overdue", "rejected")
HEADERS = ("Tổng số đã tiếp nhận", "Đã trả lời đúng hạn", "Đã trả lời quá hạn", "Chưa trả lời – chưa đến hạn",
           "Chưa trả lời – đã quá hạn", "Không đủ điều kiện tiếp nhận")
NO_UNIT = "Chưa phân công đơn vị"


@dataclass
class ReportRow:
    unit: str
    received: int = 0
    on_time: int = 0
    late: int = 0
    not_yet_due: int = 0
    overdue: int = 0
    rejected: int = 0

    def values(self):
        return [getattr(self, name) for name in COLUMNS]


@dataclass
class Report:
    start: datetime.date
    end: datetime.date
    as_of: datetime.date
    rows: list = field(default_factory=list)
    total: ReportRow = None


def month_bounds(day):
    start = day.replace(day=1)
    end = (start + datetime.timedelta(days=32)).replace(day=1) - datetime.timedelta(days=1)
    return start, end


def build_report(model, start, end):
    as_of = min(end, timezone.localdate())
    rows = {}
    items = model.objects.filter(received_at__date__gte=start, received_at__date__lte=end).values_list(
        "unit__name", "status", "due_date", "answered_at")
    for unit_name, status, due_date, answered_at in items:
        row = rows.setdefault(unit_name or NO_UNIT, ReportRow(unit_name or NO_UNIT))
        row.received += 1
        answered_on = timezone.localdate(answered_at) if answered_at else None
        if status == Status.REJECTED:
            row.rejected += 1
        elif answered_on is not None and answered_on <= as_of:
            if answered_on <= due_date:
                row.on_time += 1
            else:
                row.late += 1
        elif due_date >= as_of:
            row.not_yet_due += 1
        else:
            row.overdue += 1
    ordered = sorted(rows.values(), key=lambda row: (row.unit == NO_UNIT, row.unit))
    total = ReportRow("Tổng cộng")
    for row in ordered:
        for name in COLUMNS:
            setattr(total, name, getattr(total, name) + getattr(row, name))
    return Report(start=start, end=end, as_of=as_of, rows=ordered, total=total)


def report_workbook(report, title):
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Báo cáo"
    sheet.append([title])
    sheet.append([f"Từ ngày {report.start:%d/%m/%Y} đến ngày {report.end:%d/%m/%Y} "
                  f"(số liệu đến {report.as_of:%d/%m/%Y})"])
    sheet.append([])
    sheet.append(["STT", "Tên cơ quan, đơn vị tiếp nhận", *HEADERS])
    for number, row in enumerate(report.rows, start=1):
        sheet.append([number, row.unit, *row.values()])
    sheet.append(["", report.total.unit, *report.total.values()])
    sheet["A1"].font = Font(bold=True, size=13)
    for cell in sheet[4]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    for cell in sheet[sheet.max_row]:
        cell.font = Font(bold=True)
    sheet.column_dimensions["B"].width = 45
    for letter in "CDEFGH":
        sheet.column_dimensions[letter].width = 16
    return workbook
