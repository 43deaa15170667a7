"""What editors send the drafting agency / Sở Tư pháp after a consultation closes (R9; Bình Dương
04/2013 Art. 13.7): every comment received in a spreadsheet, and a printable summary grouped by the
article commented on."""

from io import BytesIO

from django.utils import timezone
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from .models import ConsultationComment

COLUMNS = [
    ("STT", 6), ("Thời điểm gửi", 18), ("Họ và tên", 24), ("Cơ quan, tổ chức", 28), ("Thư điện tử", 28),
    ("Điều, khoản góp ý", 22), ("Nội dung góp ý", 80), ("Trạng thái kiểm duyệt", 20), ("Ghi chú kiểm duyệt", 30),
]
STATUS_LABELS = dict(ConsultationComment.STATUS_CHOICES)


def local(moment):
    """A time as the agency reads it: Asia/Ho_Chi_Minh, dd/mm/yyyy HH:MM."""
    return timezone.localtime(moment).strftime("%d/%m/%Y %H:%M") if moment else ""


def all_comments(page):
    """Every comment received, oldest first (the order they arrived in)."""
    return page.comments.order_by("submitted_at", "pk")


def comments_workbook(page):
    """The XLSX file (bytes) of every comment received on ``page``, with the consultation's details on top."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Ý kiến góp ý"
    heading = [
        ["Tổng hợp ý kiến góp ý dự thảo"],
        ["Dự thảo", page.title],
        ["Cơ quan chủ trì soạn thảo", page.drafting_agency],
        ["Thời gian lấy ý kiến", f"{local(page.opens_at)} – {local(page.closes_at)}"],
        ["Cơ quan tiếp nhận", page.receiving_agency],
        ["Xuất lúc", local(timezone.now())],
        [],
    ]
    for row in heading:
        sheet.append(row)
    sheet["A1"].font = Font(bold=True, size=14)
    sheet.append([title for title, _width in COLUMNS])
    header_row = sheet.max_row
    for cell in sheet[header_row]:
        cell.font = Font(bold=True)
    for number, comment in enumerate(all_comments(page), start=1):
        sheet.append([
            number, local(comment.submitted_at), comment.full_name, comment.organisation, comment.email,
            comment.section, comment.comment, STATUS_LABELS[comment.status], comment.moderation_note,
        ])
    for index, (_title, width) in enumerate(COLUMNS, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    for row in sheet.iter_rows(min_row=header_row + 1):
        row[6].alignment = Alignment(wrap_text=True, vertical="top")
    sheet.freeze_panes = sheet.cell(row=header_row + 1, column=1)
    output = BytesIO()
    workbook.save(output)
    return output.getvalue()


def summary(page):
    """The printable summary: counts per status, and the comments to consider grouped by article."""
    comments = list(all_comments(page))
    counts = {value: 0 for value, _label in ConsultationComment.STATUS_CHOICES}
    for comment in comments:
        counts[comment.status] += 1
    groups = {}
    for comment in comments:
        if comment.status == ConsultationComment.REJECTED:
            continue  # not published (off-topic, abusive): counted, listed only in the spreadsheet
        groups.setdefault(comment.section.strip() or "Góp ý chung cho toàn bộ dự thảo", []).append(comment)
    return {
        "total": len(comments),
        "counts": [(STATUS_LABELS[value], count) for value, count in counts.items()],
        "groups": sorted(groups.items(), key=lambda item: item[0].casefold()),
        "generated_at": timezone.now(),
    }
