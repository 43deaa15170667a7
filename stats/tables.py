"""Data tables of statistical releases (R13): a CSV or XLSX file read into rows the page shows.

The regulations want statistics "readable on the page, and downloadable" (Bắc Ninh 96/QĐ-UBND
Art. 8.2.c): the uploaded file stays downloadable, and :func:`parse_table` turns it into a small
JSON table (first row: column headings) stored with the release, so pages never re-read the file.
Every refusal says, in Vietnamese, what is wrong and how to fix it.

Numbers are read the Vietnamese way in CSV text: ``1.250.000`` is one million two hundred and
fifty thousand and ``12,5`` is twelve and a half; ``12.5`` (no thousands group) is also twelve and
a half. XLSX cells keep the number the spreadsheet holds.
"""

import csv
import datetime
import io
import os
import re
import zipfile
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError

MAX_TABLE_BYTES = 2 * 1024 * 1024  # a table read on a page, not a data dump: larger files are only downloadable
MAX_ROWS = 500  # data rows, heading row excluded
MAX_COLUMNS = 20
MAX_CELL_CHARS = 500
EXTENSIONS = (".csv", ".xlsx")

_VI_THOUSANDS = re.compile(r"^-?\d{1,3}(?:\.\d{3})+(?:,\d+)?$")  # 1.250.000 or 1.250,5
_VI_DECIMAL = re.compile(r"^-?\d+(?:,\d+)?$")  # 12,5 or 125
_PLAIN = re.compile(r"^-?\d+(?:\.\d+)?$")  # 12.5


class TableError(ValidationError):
    """A table the portal cannot show, with the reason in Vietnamese."""


@dataclass
class Table:
    columns: list
    rows: list  # lists of cells: str, int or float, as many as columns
    numeric: list = field(default_factory=list)  # indexes of the columns whose every filled cell is a number

    def as_json(self):
        return {"columns": self.columns, "rows": self.rows, "numeric": self.numeric}


def parse_number(text):
    """The number written in ``text`` (Vietnamese or plain notation, optional % or spaces), or None."""
    if isinstance(text, bool):
        return None
    if isinstance(text, (int, float)):
        return text
    value = str(text).strip().replace("\u00a0", "").replace(" ", "").rstrip("%")
    if _VI_THOUSANDS.match(value):
        value = value.replace(".", "").replace(",", ".")
    elif _VI_DECIMAL.match(value):
        value = value.replace(",", ".")
    elif not _PLAIN.match(value):
        return None
    number = float(value)
    return int(number) if number.is_integer() and "." not in value else number


def parse_table(file, name=None):
    """Read ``file`` (a file object; CSV or XLSX by ``name``'s extension) into a :class:`Table`."""
    name = name or getattr(file, "name", "") or ""
    extension = os.path.splitext(name)[1].lower()
    if extension not in EXTENSIONS:
        raise TableError("Bảng số liệu phải là tệp CSV hoặc XLSX (Excel); tệp PDF, DOC chỉ đính kèm để tải về.")
    file.seek(0)
    content = file.read(MAX_TABLE_BYTES + 1)
    file.seek(0)
    if len(content) > MAX_TABLE_BYTES:
        raise TableError(
            f"Tệp bảng số liệu lớn hơn {MAX_TABLE_BYTES // (1024 * 1024)} MB, quá lớn để hiển thị trên trang. "
            "Hãy tách thành các bảng nhỏ hơn, hoặc đính kèm tệp vào mục “Tệp khác” để người đọc tải về."
        )
    if not content.strip():
        raise TableError("Tệp bảng số liệu rỗng.")
    raw_rows = _read_csv(content) if extension == ".csv" else _read_xlsx(content)
    return _build(raw_rows)


def _read_csv(content):
    if content.startswith((b"\xff\xfe", b"\xfe\xff")):
        encoding = "utf-16"  # Excel's "Unicode Text" export
    elif b"\x00" in content:
        raise TableError("Tệp CSV chứa ký tự không hợp lệ; có thể đây không phải tệp văn bản CSV.")
    else:
        encoding = "utf-8-sig"
    try:
        text = content.decode(encoding).lstrip("\ufeff")
    except UnicodeDecodeError:
        raise TableError(
            "Tệp CSV không ở bảng mã UTF-8 nên chữ tiếng Việt sẽ bị lỗi. Trong Excel, chọn “Lưu dưới dạng” → "
            "“CSV UTF-8 (phân cách bằng dấu phẩy)”, hoặc tải lên tệp XLSX."
        ) from None
    if "\x00" in text:  # UTF-16 without its byte-order mark, or binary content
        raise TableError("Tệp CSV chứa ký tự không hợp lệ; có thể đây không phải tệp văn bản CSV.")
    sample = text[:8192]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    try:
        return [[cell.strip() for cell in row] for row in csv.reader(io.StringIO(text), dialect)]
    except csv.Error as error:
        raise TableError(f"Không đọc được tệp CSV: {error}.") from None


def _read_xlsx(content):
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(io.BytesIO(content), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError):
        raise TableError("Tệp XLSX bị hỏng hoặc không phải bảng tính Excel (.xlsx).") from None
    try:
        sheet = workbook.worksheets[0]
        rows = []
        for row in sheet.iter_rows(values_only=True):
            rows.append([_xlsx_cell(value) for value in row])
            if len(rows) > MAX_ROWS + 50:  # enough to know it is too long; stop reading
                break
        return rows
    finally:
        workbook.close()


def _xlsx_cell(value):
    if value is None:
        return ""
    if isinstance(value, bool):
        return "Có" if value else "Không"
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, (int, float)):
        return value
    if isinstance(value, datetime.datetime):
        return value.strftime("%d/%m/%Y") if value.time() == datetime.time() else value.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, datetime.date):
        return value.strftime("%d/%m/%Y")
    return str(value).strip()


def _is_empty(cell):
    return cell == "" or cell is None


def _build(raw_rows):
    rows = [row for row in raw_rows if not all(_is_empty(cell) for cell in row)]
    if not rows:
        raise TableError("Bảng số liệu không có dữ liệu.")
    # Drop the empty columns a spreadsheet leaves at the right.
    width = max(max((i + 1 for i, cell in enumerate(row) if not _is_empty(cell)), default=0) for row in rows)
    rows = [row[:width] + [""] * (width - len(row[:width])) for row in rows]
    if len(rows) < 2:
        raise TableError("Bảng số liệu cần một dòng tiêu đề cột và ít nhất một dòng số liệu.")
    if width > MAX_COLUMNS:
        raise TableError(f"Bảng số liệu có {width} cột, vượt quá {MAX_COLUMNS} cột đọc được trên trang. "
                         "Hãy tách thành nhiều bảng.")
    if len(rows) - 1 > MAX_ROWS:
        raise TableError(f"Bảng số liệu có hơn {MAX_ROWS} dòng số liệu, quá dài để đọc trên trang. "
                         "Hãy tách thành nhiều bảng, hoặc chỉ đính kèm tệp để tải về.")
    columns = [str(cell) for cell in rows[0]]
    for position, heading in enumerate(columns[1:], start=2):
        if not heading:
            raise TableError(f"Cột thứ {position} chưa có tiêu đề ở dòng đầu tiên của bảng.")
    body = []
    for line, row in enumerate(rows[1:], start=2):
        if any(len(str(cell)) > MAX_CELL_CHARS for cell in row):
            raise TableError(f"Dòng {line} có ô dài hơn {MAX_CELL_CHARS} ký tự; bảng số liệu chỉ nên chứa "
                             "số liệu và nhãn ngắn.")
        # The first column names the rows: a year stays "2024", not the number 2.024.
        cells = [str(row[0])]
        for cell in row[1:]:
            number = parse_number(cell) if isinstance(cell, str) and cell else None
            cells.append(cell if number is None else number)
        body.append(cells)
    numeric = [
        index for index in range(1, width)
        if any(not _is_empty(row[index]) for row in body)
        and all(isinstance(row[index], (int, float)) for row in body if not _is_empty(row[index]))
    ]
    return Table(columns=columns, rows=body, numeric=numeric)


def check_table_file(document):
    """The table of a Wagtail document, or TableError; the file is opened and closed here."""
    document.file.open("rb")
    try:
        return parse_table(document.file, document.file.name)
    finally:
        document.file.close()
