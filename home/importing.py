"""What every register import shares (``import_documents``, ``import_procedures``): how a column
name is recognised, how a problem is placed and told in Vietnamese, the report's counts.

The command around an import is :mod:`home.import_command`; the reading, checking and writing of
each register stay in its app (documents/importing.py, services/importing.py).
"""

import re
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
