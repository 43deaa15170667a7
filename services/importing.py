"""Import of an agency's catalogue of procedures: ``manage.py import_procedures FILE`` (CSV or XLSX).

The same rules as the document import (documents/importing.py, docs/import-documents.md), with its
shared parts (home/importing.py):

1. **Read** the table: the header row is found by its column names compared folded (``ma thu tuc``
   is ``Mã thủ tục``), so a title line above it does not matter; row numbers stay the spreadsheet's.
2. **Check** every row, writing nothing: the model's own validation (``Procedure.full_clean``: code
   format, the two scales agreeing, a usage guide for online services...) plus the file's (unknown
   unit, level, duplicate code in the file). Each problem is reported in Vietnamese with its row and
   column. A file with any problem imports nothing, unless ``skip_invalid``.
3. **Write**, in one transaction. A row whose code is in the catalogue (Vietnamese) updates that
   procedure through a new revision, kept as a draft while the procedure is live unless ``publish``;
   an unchanged row is left alone (no revision); other rows are new procedures (drafts unless
   ``publish``). Legal-basis links are only added, never removed; usage counts of the row's period
   replace that period's counts. New sectors are created (and reported).

See docs/services.md for the columns.
"""

import re
from dataclasses import dataclass, field
from html import escape

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from wagtail.models import Locale

from directory.models import Unit
from documents.importing import parse_date, split_citation
from documents.models import LegalDocument
from documents.numbering import document_slug, parse_number
from home.importing import (
    HEADER_SEARCH_ROWS,
    Column,
    ImportFileError,
    ImportProblem,
    RegisterImportReport,
    column_letter,
    header_key,
    read_rows,
)
from home.text import fold, to_nfc

from .levels import DEFAULT_LEVEL, DEFAULT_MODE, GovernmentLevel, OnlineMode
from .models import ApplicantType, Procedure, ProcedureLegalBasis, Sector, UsagePeriod, UsageStat, normalise_code

COLUMNS = (
    Column("code", "Mã thủ tục", ("Mã TTHC", "Mã số thủ tục", "Mã")),
    Column("name", "Tên thủ tục", ("Tên thủ tục hành chính", "Tên TTHC")),
    Column("sector", "Lĩnh vực"),
    Column("government_level", "Cấp thực hiện", ("Cấp",)),
    Column("online_level", "Mức độ", ("Mức độ DVC", "Mức độ dịch vụ công trực tuyến", "Mức độ dịch vụ công")),
    Column("online_mode", "Hình thức trực tuyến", ("Dịch vụ công trực tuyến", "Toàn trình/Một phần")),
    Column("applicant_type", "Nhóm đối tượng", ("Đối tượng sử dụng",)),
    Column("applicants", "Đối tượng thực hiện"),
    Column("steps", "Trình tự thực hiện"),
    Column("submission", "Cách thức thực hiện", ("Nơi tiếp nhận", "Cách thức thực hiện, nơi tiếp nhận hồ sơ")),
    Column("dossier", "Thành phần hồ sơ", ("Thành phần, số lượng hồ sơ", "Hồ sơ")),
    Column("processing_time", "Thời hạn giải quyết"),
    Column("fees", "Phí, lệ phí", ("Phí", "Lệ phí")),
    Column("result", "Kết quả thực hiện", ("Kết quả",)),
    Column("handling_unit", "Đơn vị xử lý", ("Cơ quan thực hiện", "Đơn vị thực hiện")),
    Column("officer", "Người xử lý", ("Người trực tiếp xử lý", "Người trực tiếp xử lý hồ sơ")),
    Column("officer_phone", "Điện thoại", ("Điện thoại liên hệ",)),
    Column("officer_email", "Thư điện tử", ("Email", "Thư điện tử liên hệ")),
    Column("legal_basis", "Căn cứ pháp lý"),
    Column("usage_guide", "Hướng dẫn sử dụng", ("Hướng dẫn sử dụng dịch vụ công trực tuyến",)),
    Column("online_url", "Liên kết dịch vụ công", ("Liên kết",)),
    Column("for_foreigners", "Liên quan người nước ngoài", ("Người nước ngoài",)),
    Column("usage_year", "Năm thống kê", ("Năm",)),
    Column("usage_period", "Kỳ thống kê", ("Kỳ",)),
    Column("uses", "Lượt sử dụng", ("Số lượt sử dụng",)),
    Column("processed", "Hồ sơ đã giải quyết", ("Số hồ sơ đã giải quyết",)),
    Column("processed_on_time", "Hồ sơ đúng hạn", ("Số hồ sơ đúng hạn",)),
)
COLUMNS_BY_KEY = {column.key: column for column in COLUMNS}
HEADER_KEYS = {header_key(name): column.key for column in COLUMNS for name in (column.label, *column.aliases)}
REQUIRED = ("code", "name", "sector", "steps", "submission", "dossier", "processing_time", "fees")
# Rich-text fields and how a multi-line cell becomes HTML: lists for steps and dossiers.
RICH_TEXT = {"steps": "ol", "dossier": "ul", "submission": "p", "usage_guide": "p"}
PLAIN = ("name", "applicants", "processing_time", "fees", "result", "officer", "officer_phone", "officer_email",
         "online_url")
COMPARED = ("name", "sector_id", "applicant_type", "government_level", "online_level", "online_mode", "applicants", "steps",
            "submission", "dossier", "processing_time", "fees", "result", "handling_unit_id", "officer",
            "officer_phone", "officer_email", "usage_guide", "online_url", "for_foreigners", "legal_basis_note")

GOVERNMENT_LEVELS = {}
for _level, _words in ((GovernmentLevel.PROVINCE, ("tinh", "cap tinh", "province", "thanh pho", "trung uong")),
                       (GovernmentLevel.DISTRICT, ("huyen", "cap huyen", "district", "quan", "thi xa")),
                       (GovernmentLevel.COMMUNE, ("xa", "cap xa", "commune", "phuong", "thi tran"))):
    for _word in (*_words, _level.value):
        GOVERNMENT_LEVELS[header_key(_word)] = _level
MODES = {header_key(word): mode for mode, words in (
    (OnlineMode.FULL, ("toàn trình", "full", "trực tuyến toàn trình")),
    (OnlineMode.PARTIAL, ("một phần", "partial", "trực tuyến một phần")),
    (OnlineMode.NONE, ("không", "none", "chưa", "chưa trực tuyến", "không trực tuyến")),
) for word in words}
PERIODS = {header_key(word): period for period, words in (
    (UsagePeriod.YEAR, ("năm", "cả năm", "year")),
    (UsagePeriod.Q1, ("quý 1", "quý I", "q1")), (UsagePeriod.Q2, ("quý 2", "quý II", "q2")),
    (UsagePeriod.Q3, ("quý 3", "quý III", "q3")), (UsagePeriod.Q4, ("quý 4", "quý IV", "q4")),
) for word in words}
APPLICANT_TYPES = {header_key(word): kind for kind, words in (
    (ApplicantType.CITIZEN, ("công dân", "cá nhân", "citizen")),
    (ApplicantType.ORGANISATION, ("tổ chức", "doanh nghiệp", "tổ chức, doanh nghiệp", "organisation")),
    (ApplicantType.ALL, ("cả hai", "công dân và tổ chức", "cá nhân, tổ chức", "tổ chức, cá nhân", "all")),
) for word in words}
YES = {header_key(w) for w in ("x", "có", "co", "yes", "1", "true")}
NO = {header_key(w) for w in ("", "không", "no", "0", "false")}


@dataclass
class ProcedureImportReport(RegisterImportReport):
    procedures: list = field(default_factory=list)  # pks of the procedures created or updated

    def summary(self):
        if self.dry_run:
            return (f"Kiểm tra xong, chưa nhập gì: {self.created} thủ tục mới, {self.updated} cập nhật, "
                    f"{self.unchanged} không thay đổi, {len(self.invalid_rows)} dòng lỗi.")
        if not self.imported and self.errors:
            return (f"Không nhập thủ tục nào: tệp có {len(self.errors)} lỗi ở {len(self.invalid_rows) or 1} dòng. "
                    "Sửa tệp rồi nhập lại, hoặc dùng --skip-invalid để chỉ nhập các dòng hợp lệ.")
        text = (f"Đã nhập {self.created} thủ tục mới, cập nhật {self.updated}, {self.unchanged} không thay đổi, "
                f"bỏ qua {self.skipped} dòng lỗi")
        return text + (f"; đã xuất bản {self.published}." if self.published else ".")


# --- reading ---------------------------------------------------------------------------------

def _is_header(cells):
    return any(HEADER_KEYS.get(header_key(cell)) == "code" for cell in cells if isinstance(cell, str))


def read_table(path):
    """(header row number, {column key: index}, [(row number, cells)]); ImportFileError if unreadable."""
    rows = read_rows(path, _is_header)
    for index, cells in enumerate(rows[:HEADER_SEARCH_ROWS]):
        if _is_header(cells):
            columns = {}
            for position, cell in enumerate(cells):
                key = HEADER_KEYS.get(header_key(cell)) if cell not in (None, "") else None
                if key in columns:
                    raise ImportFileError(f"Dòng {index + 1}: cột “{COLUMNS_BY_KEY[key].label}” có hai lần.")
                if key:
                    columns[key] = position
            missing = [COLUMNS_BY_KEY[key].label for key in REQUIRED if key not in columns]
            if missing:
                raise ImportFileError(f"Dòng {index + 1}: thiếu cột {', '.join(f'“{m}”' for m in missing)}.")
            if "online_level" not in columns and "online_mode" not in columns:
                raise ImportFileError(f"Dòng {index + 1}: cần cột “Mức độ” hoặc “Hình thức trực tuyến”.")
            body = [(number + 1, cells) for number, cells in enumerate(rows) if number > index]
            return index + 1, columns, body
    raise ImportFileError(f"Không tìm thấy dòng tiêu đề có cột “Mã thủ tục” trong {HEADER_SEARCH_ROWS} dòng đầu.")


def text(value):
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return to_nfc(str(value)).strip()


LIST_MARK = re.compile(r"^\s*(?:[-–•+*]|\(?\d{1,2}[.)]|[a-zđ]\))\s+", re.I)


def rich_text(value, kind):
    """A cell's lines as HTML: an ordered or bulleted list, or paragraphs; every line escaped."""
    lines = [line.strip() for line in text(value).splitlines() if line.strip()]
    if not lines:
        return ""
    if kind == "p":
        return "".join(f"<p>{escape(line)}</p>" for line in lines)
    items = "".join(f"<li>{escape(LIST_MARK.sub('', line))}</li>" for line in lines)
    return f"<{kind}>{items}</{kind}>"


# --- checking --------------------------------------------------------------------------------

class _Row:
    def __init__(self, number, cells, columns):
        self.number, self.cells, self.columns = number, cells, columns
        self.problems = []

    def get(self, key):
        position = self.columns.get(key)
        return text(self.cells[position]) if position is not None and position < len(self.cells) else ""

    def error(self, key, message):
        position = self.columns.get(key)
        label = COLUMNS_BY_KEY[key].label if key in COLUMNS_BY_KEY else ""
        letter = column_letter(position) if position is not None else ""
        self.problems.append(ImportProblem(self.number, label, message, letter,
                                           position if position is not None else -1))


class _Checked:
    """A valid row, ready to write."""

    def __init__(self, row, procedure, existing, before, sector_name, documents, basis_note, usage):
        self.row, self.procedure, self.existing, self.before = row, procedure, existing, before
        self.sector_name, self.documents, self.basis_note, self.usage = sector_name, documents, basis_note, usage


def _references(row):
    return [item.strip() for item in re.split(r"[;\n]", row.get("legal_basis")) if item.strip()]


def _cited_slug(reference):
    """The library slug a legal-basis item names ("Luật số 29/2013/QH13", "45/QĐ-UBND ngày 12/03/2024":
    the number is the last word, before the date if there is one), or None when it names no number."""
    number_text, date_text = split_citation(reference)
    try:
        return document_slug(parse_number(number_text.split()[-1]), parse_date(date_text) if date_text else None)
    except (ValidationError, ValueError):
        return None


def _lookups(locale, rows):
    sectors = {fold(s.name): s for s in Sector.objects.all()}
    units = {}
    for unit in Unit.objects.filter(locale=locale):
        units.setdefault(fold(unit.name), unit)
    procedures = {p.code: p for p in Procedure.objects.filter(locale=locale).select_related("latest_revision")}
    # Only the documents the file cites: the library may hold 100,000.
    cited = sorted({slug for row in rows for slug in map(_cited_slug, _references(row)) if slug})
    documents = {document.slug: document for document in
                 LegalDocument.objects.filter(locale=locale, slug__in=cited).only("pk", "slug", "number")}
    return sectors, units, procedures, documents


def _check_row(row, locale, sectors, units, procedures, documents, seen):
    for key in REQUIRED:
        if not row.get(key):
            row.error(key, "bắt buộc, đang để trống.")
    try:
        code = normalise_code(row.get("code")) if row.get("code") else ""
    except ValidationError as error:
        row.error("code", error.messages[0])
        code = ""
    if code in seen:
        row.error("code", f"mã {code} đã có ở dòng {seen[code]} của tệp.")
    elif code:
        seen[code] = row.number
    level_text, mode_text = row.get("online_level"), row.get("online_mode")
    level = mode = None
    if level_text:
        digits = re.findall(r"[1-4]", level_text)
        if len(digits) != 1 or len(re.findall(r"\d", level_text)) != 1:
            row.error("online_level", f"“{level_text}” không phải mức độ 1, 2, 3 hoặc 4.")
        else:
            level = int(digits[0])
    if mode_text:
        mode = MODES.get(header_key(mode_text))
        if mode is None:
            row.error("online_mode", f"“{mode_text}” không hợp lệ: ghi Toàn trình, Một phần hoặc Không.")
    if level is None and mode is None and not level_text and not mode_text:
        row.error("online_level", "cần ghi mức độ (1–4) hoặc hình thức trực tuyến.")
    government_text = row.get("government_level")
    government = GOVERNMENT_LEVELS.get(header_key(government_text)) if government_text else GovernmentLevel.PROVINCE
    if government is None:
        row.error("government_level", f"“{government_text}” không hợp lệ: ghi Tỉnh, Huyện hoặc Xã.")
    unit = None
    if row.get("handling_unit"):
        unit = units.get(fold(row.get("handling_unit")))
        if unit is None:
            row.error("handling_unit", f"không có đơn vị “{row.get('handling_unit')}” trong danh sách đơn vị.")
    applicant_type = APPLICANT_TYPES.get(header_key(row.get("applicant_type"))) if row.get("applicant_type") else None
    if row.get("applicant_type") and applicant_type is None:
        row.error("applicant_type", f"“{row.get('applicant_type')}” không hợp lệ: ghi Công dân, Tổ chức hoặc Cả hai.")
    foreigners = header_key(row.get("for_foreigners"))
    if foreigners not in YES | NO:
        row.error("for_foreigners", f"“{row.get('for_foreigners')}” không hợp lệ: ghi Có hoặc để trống.")
    linked, unknown = [], []
    for reference in _references(row):
        document = documents.get(_cited_slug(reference))
        (linked if document else unknown).append(document or reference)
    usage = _check_usage(row)
    if row.problems:
        return None

    existing = procedures.get(code)
    # The latest content: a pending draft's revision, else the row itself (Wagtail returns the same object).
    procedure = existing.get_latest_revision_as_object() if existing else Procedure(code=code, locale=locale)
    before = _fingerprint(procedure) if existing else None
    sector_name = row.get("sector")
    sector = sectors.get(fold(sector_name))
    procedure.sector = sector or Sector(name=sector_name)  # a new sector is created when writing
    procedure.government_level = government
    procedure.online_level = level or DEFAULT_LEVEL[mode]
    procedure.online_mode = mode or DEFAULT_MODE[level]
    for key in PLAIN:
        if key in row.columns:
            setattr(procedure, key, row.get(key))
    for key, kind in RICH_TEXT.items():
        if key in row.columns:
            setattr(procedure, key, rich_text(row.get(key), kind))
    if "handling_unit" in row.columns:
        procedure.handling_unit = unit
    if applicant_type:
        procedure.applicant_type = applicant_type
    if "for_foreigners" in row.columns:
        procedure.for_foreigners = foreigners in YES
    if unknown:
        procedure.legal_basis_note = rich_text("\n".join(unknown), "ul")
    exclude = ["translation_key", "sector"] if sector is None else ["translation_key"]
    try:
        procedure.full_clean(exclude=exclude, validate_constraints=False)
    except ValidationError as error:
        for key, messages in error.message_dict.items():
            column = key if key in COLUMNS_BY_KEY else "code"
            for message in messages:
                row.error(column, message)
        return None
    return _Checked(row, procedure, existing, before, None if sector else sector_name, linked, unknown, usage)


def _check_usage(row):
    if not any(row.get(key) for key in ("usage_year", "uses", "processed")):
        return None
    values = {}
    for key in ("usage_year", "uses", "processed", "processed_on_time"):
        raw = row.get(key)
        if not raw and key != "processed_on_time":
            row.error(key, "bắt buộc khi nhập số liệu sử dụng.")
            continue
        if raw and not raw.isdigit():
            row.error(key, f"“{raw}” không phải số nguyên không âm.")
            continue
        values[key] = int(raw) if raw else None
    period = PERIODS.get(header_key(row.get("usage_period")), None) if row.get("usage_period") else UsagePeriod.YEAR
    if period is None:
        row.error("usage_period", f"“{row.get('usage_period')}” không hợp lệ: ghi Năm, Quý 1, Quý 2, Quý 3 hoặc Quý 4.")
    year = values.get("usage_year")
    if year is not None and not 2000 <= year <= timezone.localdate().year:
        row.error("usage_year", f"năm phải từ 2000 đến {timezone.localdate().year}.")
    on_time, processed = values.get("processed_on_time"), values.get("processed")
    if on_time is not None and processed is not None and on_time > processed:
        row.error("processed_on_time", "không được lớn hơn số hồ sơ đã giải quyết.")
    return dict(year=year, period=period, uses=values.get("uses"), processed=processed, processed_on_time=on_time)


def _fingerprint(procedure):
    values = tuple(str(getattr(procedure, name)) for name in COMPARED)
    basis = tuple(sorted(b.document_id for b in procedure.legal_basis.all()))
    stats = tuple(sorted((s.year, s.period, s.uses, s.processed, s.processed_on_time)
                         for s in procedure.usage_stats.all()))
    return values, basis, stats


def _changed(checked):
    """Apply the row's links and counts to the procedure (in memory); True when anything differs."""
    procedure = checked.procedure
    linked = {basis.document_id for basis in procedure.legal_basis.all()}
    basis = list(procedure.legal_basis.all()) + [
        ProcedureLegalBasis(document=document, sort_order=len(linked) + order)
        for order, document in enumerate(d for d in checked.documents if d.pk not in linked)
    ]
    procedure.legal_basis = basis
    if checked.usage:
        usage = checked.usage
        stats = [s for s in procedure.usage_stats.all() if (s.year, s.period) != (usage["year"], usage["period"])]
        stats.append(UsageStat(year=usage["year"], period=usage["period"], uses=usage["uses"],
                               processed=usage["processed"], processed_on_time=usage["processed_on_time"],
                               sort_order=len(stats)))
        procedure.usage_stats = stats
    return checked.before is None or _fingerprint(procedure) != checked.before


# --- writing ---------------------------------------------------------------------------------

def import_procedures(path, publish=False, skip_invalid=False, user=None, dry_run=False, locale=None):
    """Import the procedures of ``path``; returns a :class:`ProcedureImportReport` (see the module doc)."""
    report = ProcedureImportReport(path=str(path), dry_run=dry_run)
    try:
        _header, columns, body = read_table(str(path))
    except ImportFileError as error:
        report.errors.append(ImportProblem(None, "", str(error)))
        return report
    locale = locale or Locale.get_default()
    rows = [_Row(number, cells, columns) for number, cells in body if any(text(cell) != "" for cell in cells)]
    sectors, units, procedures, documents = _lookups(locale, rows)
    seen, valid = {}, []
    for row in rows:
        number = row.number
        report.rows += 1
        checked = _check_row(row, locale, sectors, units, procedures, documents, seen)
        report.errors.extend(row.problems)
        if checked is None:
            continue
        valid.append(checked)
        if checked.sector_name:
            report.warnings.append(f"Dòng {number}: lĩnh vực mới “{checked.sector_name}” sẽ được tạo.")
        for reference in checked.basis_note:
            report.warnings.append(f"Dòng {number}: văn bản “{reference}” chưa có trong thư viện, ghi vào "
                                   "“Căn cứ pháp lý khác”.")
    report.errors.sort(key=lambda problem: (problem.row or 0, problem.position))
    report.skipped = len(report.invalid_rows)
    if report.errors and not skip_invalid:
        return report
    with transaction.atomic():
        for checked in valid:
            changed = _changed(checked)
            if not changed:
                report.unchanged += 1
            elif checked.existing is None:
                report.created += 1
            else:
                report.updated += 1
            if dry_run or not changed:
                continue
            _write(checked, publish, user, sectors)
            report.procedures.append(checked.procedure.pk)
            report.published += int(publish)
        report.imported = not dry_run
    return report


def _write(checked, publish, user, sectors):
    procedure = checked.procedure
    if checked.sector_name:
        key = fold(checked.sector_name)
        if key not in sectors:
            sectors[key] = Sector.objects.create(name=checked.sector_name, sort_order=1000)
        procedure.sector = sectors[key]
    if checked.existing is None:
        procedure.live = False  # new procedures enter as drafts; publishing makes them live
    if checked.existing is None or not checked.existing.live:
        procedure.save()  # a draft's row holds its latest content
    revision = procedure.save_revision(user=user, log_action=True)
    if publish:
        revision.publish(user=user)
