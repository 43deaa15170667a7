"""What every register import shares (``import_documents``, ``import_procedures``): how a column
name is recognised, how a problem is placed and told in Vietnamese, the report's counts.

The command around an import is :mod:`home.import_command`; the reading, checking and writing of
each register stay in its app (documents/importing.py, services/importing.py).
"""

import csv
import io
import os
import re
import zipfile
from dataclasses import dataclass, field

from .text import fold

HEADER_SEARCH_ROWS = 20  # the header may follow a title ("DANH MỤC VĂN BẢN ...") and blank lines


@dataclass(frozen=True)
class Column:
    key: str
    label: str
    aliases: tuple = ()
    max_length: int | None = None


def header_key(text):
    """A column name as compared: folded (no case, no marks, đ → d), letters and digits only."""
    return re.sub(r"[^0-9a-z]", "", fold(str(text or "")))


def column_letter(index):
    """The spreadsheet's letter of the column at ``index`` (0 → A, 26 → AA)."""
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


class ImportFileError(Exception):
    """The file cannot be read as a register at all."""


def read_rows(path, is_header):
    """The rows (lists of cells) of the register in ``path``, as agencies keep them: the first sheet of
    an XLSX whose first ``HEADER_SEARCH_ROWS`` rows hold a header (``is_header(cells)``), or a UTF-8
    CSV (with or without BOM; comma, semicolon or tab, guessed on the header line). ``[]`` when no
    sheet has a header; ImportFileError when the file cannot be read."""
    name = os.path.basename(path)
    extension = os.path.splitext(path)[1].lower()
    if not os.path.isfile(path):
        raise ImportFileError(f"Không tìm thấy tệp “{path}”.")
    if extension in (".xlsx", ".xlsm"):
        return _xlsx_rows(path, is_header)
    if extension in (".csv", ".txt", ".tsv"):
        return _csv_rows(path, is_header)
    advice = "; hãy lưu bảng thành XLSX hoặc CSV UTF-8 rồi nhập lại" if extension in (".xls", ".ods") else ""
    raise ImportFileError(f"Không đọc được “{name}”: chỉ nhận tệp CSV hoặc XLSX{advice}.")


def _xlsx_rows(path, is_header):
    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, ValueError, OSError) as error:
        raise ImportFileError(f"Không mở được tệp Excel “{os.path.basename(path)}”: {error}.") from error
    try:
        for sheet in workbook.worksheets:
            if hasattr(sheet, "reset_dimensions"):
                sheet.reset_dimensions()  # some writers record wrong dimensions; read every cell
            rows = [list(row) for row in sheet.iter_rows(min_row=1, values_only=True)]
            if any(is_header(cells) for cells in rows[:HEADER_SEARCH_ROWS]):
                return rows
        return []
    finally:
        workbook.close()


def _csv_rows(path, is_header):
    with open(path, "rb") as handle:
        raw = handle.read()
    try:
        text = raw.decode("utf-8-sig")  # with or without the BOM Excel writes
    except UnicodeDecodeError as error:
        raise ImportFileError(
            "Tệp CSV không ở mã UTF-8. Trong Excel, chọn Lưu thành “CSV UTF-8 (Comma delimited) (*.csv)”, "
            "hoặc lưu thành XLSX."
        ) from error
    lines = [line for line in text[:65536].splitlines() if line.strip()][:HEADER_SEARCH_ROWS]
    header = next((line for line in lines if is_header(re.split(r"[;,\t]", line))), lines[0] if lines else "")
    # The delimiter is guessed on the header line: column names hold no separators (a summary may).
    delimiter = max((",", ";", "\t"), key=header.count)
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))


@dataclass
class ImportProblem:
    """A problem of the file, where the person fixing it will look for it."""

    row: int | None
    column: str
    message: str
    letter: str = ""
    position: int = field(default=-1, repr=False)  # the column's index, to list problems in reading order

    def __str__(self):
        place = []
        if self.row:
            place.append(f"Dòng {self.row}")
        if self.column:
            place.append(f"cột {self.letter} “{self.column}”" if self.letter else f"cột “{self.column}”")
        return f"{', '.join(place)}: {self.message}" if place else self.message


@dataclass
class RegisterImportReport:
    """The counts of an import; a register's report adds the ids it wrote and its ``summary()``
    (what RegisterImportCommand prints)."""

    path: str = ""
    rows: int = 0  # rows holding an item (blank rows are not counted)
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    published: int = 0
    skipped: int = 0  # invalid rows not imported (``skip_invalid``)
    imported: bool = False  # False when nothing was written: errors, or a dry run
    dry_run: bool = False
    errors: list = field(default_factory=list)  # ImportProblem
    warnings: list = field(default_factory=list)

    @property
    def ok(self):
        return not self.errors

    @property
    def invalid_rows(self):
        return sorted({problem.row for problem in self.errors if problem.row})

    def summary(self):
        raise NotImplementedError
