"""Import of the library from an agency's register (R20, R22): ``manage.py import_documents FILE``.

Agencies keep their register of documents (sổ đăng ký văn bản) in Excel. :func:`import_documents`
reads such a register, as XLSX or as CSV, and enters its documents into the library. See
docs/import-documents.md for the columns and the options.

It works in three steps:

1. **Read** the table (:func:`read_table`): the header row is found by its column names, compared
   folded (``so ky hieu`` is ``Số ký hiệu``), so a title line above it does not matter; row numbers
   stay those of the spreadsheet.
2. **Check** every row (:class:`_Importer`), against the file and the library, writing nothing;
   each problem is reported in Vietnamese with its row and column. A file with any problem
   imports nothing, unless ``skip_invalid`` is given: then the valid rows are imported.
3. **Write**, in one transaction. A row whose number (its slug), issuer and locale match a document
   of the library updates it (LegalDocument.clean's duplicate rule), the others are new.

   - New documents are written in bulk (the import of a whole register must be fast): the rows,
     their fields, files and relations, one revision each, the audit log, the stored tsvector, the
     Wagtail search index and the reference index; everything ``LegalDocument.save()``,
     ``save_revision()`` and ``publish()`` would do, in a few queries per batch.
   - Changed documents go through Wagtail's ``EditAction``, as an edit in the admin would: a new
     revision, the row itself kept as it is while the document is live and the change is a draft.
   - Unchanged documents are left alone: no revision, no log entry.

Files and relations are only ever added, never removed: a file already attached (same content) is
not attached twice, an existing relation is not repeated. Documents enter as drafts unless
``publish`` is given.
"""

import datetime
import gc
import logging
import os
import re
import unicodedata
from collections import defaultdict
from contextlib import contextmanager
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.contrib.postgres.search import SearchVector, SearchVectorField
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files import File
from django.core.validators import URLValidator
from django.db import connection, transaction
from django.db.models import Expression, Q
from django.template.defaultfilters import filesizeformat
from django.utils import timezone
from wagtail.actions.edit import EditAction
from wagtail.log_actions import LogContext, get_active_log_context
from wagtail.models import Collection, Locale, ModelLogEntry, ReferenceIndex, Revision
from wagtail.permissions import policy_registry
from wagtail.search.backends import get_search_backends
from wagtail.signals import published
from wagtail.utils.file import hash_filelike

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
from home.search import FOLDED_TEXT_FIELD, FOLDED_TITLE_FIELD, _searchable_texts
from home.terms import slug_for
from home.text import exact_key, exact_keys, fold, to_nfc, words

from .files import check_document_file
from .models import (
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
from .numbering import document_slug, number_slug, parse_number

logger = logging.getLogger(__name__)

BATCH_SIZE = 500
LIST_SEPARATOR = ";"


# --- columns ---------------------------------------------------------------------------------

COLUMNS = (
    Column("number", "Số ký hiệu", ("Số hiệu", "Số, ký hiệu", "Số ký hiệu văn bản"), 80),
    Column("doc_type", "Loại văn bản", ("Hình thức văn bản", "Loại"), 255),
    Column("issuer", "Cơ quan ban hành", ("Nơi ban hành",), 255),
    Column("signer", "Người ký", (), 255),
    Column("issued", "Ngày ban hành"),
    Column("effective", "Ngày hiệu lực", ("Ngày có hiệu lực",)),
    Column("expires", "Ngày hết hiệu lực"),
    Column("summary", "Trích yếu", ("Trích yếu nội dung",)),
    Column("fields", "Lĩnh vực"),
    Column("validity", "Tình trạng hiệu lực", ("Tình trạng",)),
    Column("national_db_url", "Liên kết CSDL quốc gia",
           ("Liên kết CSDL quốc gia về văn bản pháp luật", "Liên kết CSDL"), 500),
    Column("national_db_id", "Mã CSDL quốc gia", (), 100),
    Column("file", "Tệp", ("Tệp đính kèm", "Tệp văn bản")),
    Column("category", "Nhóm", ("Nhóm văn bản",)),
    Column(RelationKind.BASED_ON.value, "Căn cứ"),
    Column(RelationKind.AMENDS.value, "Sửa đổi", ("Sửa đổi, bổ sung",)),
    Column(RelationKind.REPLACES.value, "Thay thế"),
    Column(RelationKind.GUIDES.value, "Hướng dẫn"),
    Column(RelationKind.REPEALS.value, "Bãi bỏ"),
)
COLUMNS_BY_KEY = {column.key: column for column in COLUMNS}
REQUIRED = ("number", "doc_type", "issuer", "issued", "summary")
RELATION_KEYS = tuple(kind.value for kind in RelationKind)
# The scalar fields of LegalDocument an import sets, in the order of the register.
SCALARS = ("number", "doc_type", "issuer", "signer", "issued", "effective", "expires", "validity_override",
           "summary", "category", "national_db_url", "national_db_id")


HEADER_KEYS = {}
for _column in COLUMNS:
    for _name in (_column.label, *_column.aliases):
        HEADER_KEYS[header_key(_name)] = _column.key


def _choice_key(text):
    return header_key(text)


# ``Tình trạng hiệu lực``: the labels of Validity (and their values). Those the portal computes
# from the dates and the relations are stored blank (computed); the others are set by hand.
VALIDITY_CHOICES = {}
for _validity in Validity:
    VALIDITY_CHOICES[_choice_key(_validity.label)] = _validity
    VALIDITY_CHOICES[_choice_key(_validity.value)] = _validity
VALIDITY_CHOICES.update({
    _choice_key("Hết hiệu lực"): Validity.EXPIRED,
    _choice_key("Đã hết hiệu lực"): Validity.EXPIRED,
    _choice_key("Đã bị bãi bỏ"): Validity.REPEALED,
    _choice_key("Đã bị thay thế"): Validity.REPLACED,
    _choice_key("Có hiệu lực"): Validity.IN_FORCE,
    _choice_key("Đang có hiệu lực"): Validity.IN_FORCE,
})
HAND_SET_VALIDITY = {value for value, _label in LegalDocument._meta.get_field("validity_override").choices}

CATEGORY_CHOICES = {}
for _category in Category:
    CATEGORY_CHOICES[_choice_key(_category.label)] = _category
    CATEGORY_CHOICES[_choice_key(_category.value)] = _category
CATEGORY_CHOICES.update({
    _choice_key("QPPL"): Category.NORMATIVE,
    _choice_key("VBQPPL"): Category.NORMATIVE,
    _choice_key("Quy phạm pháp luật"): Category.NORMATIVE,
    _choice_key("Hành chính"): Category.ADMINISTRATIVE,
    _choice_key("Chỉ đạo điều hành"): Category.DIRECTION,
})


# --- the report ------------------------------------------------------------------------------

@dataclass
class ImportReport(RegisterImportReport):
    documents: list = field(default_factory=list)  # pks of the documents created or updated

    def summary(self):
        if self.dry_run:
            return (f"Kiểm tra xong, chưa nhập gì: {self.created} văn bản mới, {self.updated} cập nhật, "
                    f"{self.unchanged} không thay đổi, {len(self.invalid_rows)} dòng lỗi.")
        if not self.imported and self.errors:
            rows = len(self.invalid_rows)
            where = f" ở {rows} dòng" if rows else ""
            return (f"Không nhập văn bản nào: tệp có {len(self.errors)} lỗi{where}. Sửa tệp rồi nhập lại, hoặc dùng "
                    "--skip-invalid để chỉ nhập các dòng hợp lệ.")
        text = f"Đã nhập {self.created} văn bản mới, cập nhật {self.updated}, bỏ qua {self.skipped} dòng lỗi"
        extra = []
        if self.unchanged:
            extra.append(f"{self.unchanged} văn bản không thay đổi")
        if self.published:
            extra.append(f"đã xuất bản {self.published}")
        return text + (f" ({'; '.join(extra)})." if extra else ".")


@contextmanager
def _gc_paused():
    """The cyclic garbage collector off while a batch is written: the import holds thousands of
    live model instances, which every full collection would walk again (about 10% of the time)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


# --- reading ---------------------------------------------------------------------------------

@dataclass
class Table:
    header_row: int
    columns: dict  # key -> index of the column
    rows: list  # (row number, [cell values])
    header: list = field(default_factory=list)  # the header row's cells


def _is_header(cells):
    keys = {header_key(cell) for cell in cells if isinstance(cell, str)}
    return any(HEADER_KEYS.get(key) == "number" for key in keys)


def read_table(path):
    """The register in ``path`` as a :class:`Table`; ImportFileError when it cannot be read."""
    rows = read_rows(path, _is_header)
    for index, cells in enumerate(rows[:HEADER_SEARCH_ROWS]):
        if _is_header(cells):
            return _table(rows, index)
    raise ImportFileError(
        f"Không tìm thấy dòng tiêu đề có cột “{COLUMNS_BY_KEY['number'].label}” trong {HEADER_SEARCH_ROWS} dòng "
        "đầu của tệp."
    )


def _table(rows, header_index):
    columns, problems = {}, []
    header_row = header_index + 1
    for index, cell in enumerate(rows[header_index]):
        if cell is None or not str(cell).strip():
            continue
        key = HEADER_KEYS.get(header_key(cell))
        if key is None:
            continue  # unknown columns are reported by the importer (as warnings)
        if key in columns:
            problems.append(f"cột “{COLUMNS_BY_KEY[key].label}” có hai lần ({column_letter(columns[key])} và "
                            f"{column_letter(index)})")
        columns[key] = index
    if problems:
        raise ImportFileError(f"Dòng {header_row}: " + "; ".join(problems) + ".")
    body = [(number + 1, cells) for number, cells in enumerate(rows) if number > header_index]
    return Table(header_row, columns, body, rows[header_index])


def _text(value):
    """A cell as text: NFC, trimmed; numbers without ``.0``; dates as dd/mm/yyyy."""
    if value is None:
        return ""
    if isinstance(value, datetime.datetime):
        value = value.date()
    if isinstance(value, datetime.date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return to_nfc(str(value)).strip()


def _name(value):
    return re.sub(r"\s+", " ", _text(value))


DATE_PATTERN = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$")
ISO_DATE_PATTERN = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[ T]00:00(?::00)?)?$")


def parse_date(value):
    """dd/mm/yyyy (also d/m/yyyy, with - or .), yyyy-mm-dd, or a date cell; ValueError otherwise."""
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    text = _text(value)
    match = DATE_PATTERN.match(text)
    if match:
        day, month, year = map(int, match.groups())
        return datetime.date(year, month, day)
    match = ISO_DATE_PATTERN.match(text)
    if match:
        year, month, day = map(int, match.groups())
        return datetime.date(year, month, day)
    raise ValueError(text)


CITATION = re.compile(r"^(?P<number>.+?)\s+ngày\s+(?P<date>.+)$", re.IGNORECASE)


def split_citation(text):
    """A relation cell's item: the number, and the issue date it may carry
    (``45/QĐ-UBND ngày 12/03/2024``, as documents cite each other)."""
    match = CITATION.match(text)
    return (match.group("number"), match.group("date") or "") if match else (text, "")


def _split(value, separators=LIST_SEPARATOR):
    items = []
    for item in re.split(f"[{re.escape(separators)}\n]", _text(value)):
        item = re.sub(r"\s+", " ", item).strip()
        if item and item not in items:
            items.append(item)
    return items


URL_VALIDATOR = URLValidator(schemes=["http", "https"])


def _is_url(text):
    return bool(re.match(r"^[a-z][a-z0-9+.-]*://", text, re.I)) or text.lower().startswith("www.")


def _sha1(path):
    with open(path, "rb") as handle:
        return hash_filelike(handle)  # as Wagtail fills PortalDocument.file_hash


class _SimpleSearchVector(Expression):
    """``to_tsvector('simple', text)``: what home.fulltext.update_search_vector stores, as a value
    of the INSERT (cheaper to compile than SearchVector(Value(text)), which gives the same)."""

    def __init__(self, text):
        super().__init__(output_field=SearchVectorField())
        self.text = text

    def as_sql(self, compiler, connection):
        return "to_tsvector('simple'::regconfig, COALESCE(%s, ''))", [self.text]


class _TextIndex:
    """``home.text.index_text``, remembering the work done per word.

    A register repeats the same few thousand words, and each new document's text is indexed
    three times (``search_document``, then the folded title and text of the site search): the
    folding and the exact key of a word are computed once per import. Same result as
    index_text (the tests compare them).
    """

    def __init__(self):
        self.folded = {}
        self.keys = {}

    def __call__(self, *texts):
        tokens = []
        for text in texts:
            for item in text if isinstance(text, (list, tuple)) else [text]:
                if item:
                    tokens.extend(words(item))
        folded, keys = self.folded, self.keys
        for token in tokens:
            if token not in folded:
                folded[token] = fold(token)
                keys[token] = exact_key(token)
        return " ".join([folded[token] for token in tokens] +
                        [keys[token] for token in tokens if not keys[token].isdigit()])


# --- taxonomy terms --------------------------------------------------------------------------

class _Terms:
    """The terms of one taxonomy, found by name as written, by name whatever the case and the
    tone placement (``Uỷ ban`` is ``Ủy ban``), then by slug (``Quyet dinh`` is ``Quyết định``);
    names not found are created by the import (get_or_create by NFC name)."""

    def __init__(self, model):
        self.model = model
        self.by_key = {}
        self.new = {}  # slug -> name to create
        self.found = {}  # name -> what find() answered
        for term in model.objects.all():
            self._remember(term)

    def _remember(self, term):
        for key in (("name", term.name), ("exact", " ".join(exact_keys(term.name))), ("slug", term.slug)):
            self.by_key.setdefault(key, term)

    def find(self, name):
        """The term (existing) or the slug of the term to create; and whether it was found by slug only."""
        if name not in self.found:
            self.found[name] = self._find(name)
        return self.found[name]

    def _find(self, name):
        for kind, key in (("name", name), ("exact", " ".join(exact_keys(name)))):
            if (kind, key) in self.by_key:
                return self.by_key[(kind, key)], False
        slug = slug_for(name)
        if ("slug", slug) in self.by_key:
            return self.by_key[("slug", slug)], True
        self.new.setdefault(slug, name)
        return slug, False

    def create_new(self):
        """Create the terms the file names and the library lacks; slug → term."""
        created = {}
        for slug, name in self.new.items():
            term, _ = self.model.objects.get_or_create(name=name, defaults={"slug": slug})
            created[slug] = term
            self._remember(term)
        return created


# --- the import ------------------------------------------------------------------------------

@dataclass
class _SourceFile:
    path: str
    name: str
    size: int
    sha1: str


@dataclass
class _Entry:
    """One row of the register: what was read, what it resolves to, what must be written."""

    row: int
    cells: dict
    errors: list = field(default_factory=list)
    number: object = None  # DocumentNumber
    slug: str = ""  # its slug (a computed property of DocumentNumber: kept once)
    values: dict = field(default_factory=dict)  # scalar field -> value, for the columns present
    type_ref: object = None  # DocumentType or the slug of a new one
    issuer_ref: object = None
    field_refs: list | None = None  # None: no column (or kept)
    files: list = field(default_factory=list)
    relations: list = field(default_factory=list)  # (kind, text as cited, slug)
    cited_by_number: set = field(default_factory=set)  # slugs of numbers cited without a year or date
    targets: list = field(default_factory=list)  # (kind, ("doc", pk) | ("row", entry))
    existing: object = None  # LegalDocument
    content: dict | None = None  # its latest revision's content when that is its current state
    stated_validity: object = None  # the Validity the register states
    current: dict | None = None  # the document's current state (see _Importer.state)
    changes: dict = field(default_factory=dict)
    new_fields: list | None = None
    new_files: list = field(default_factory=list)
    new_relations: list = field(default_factory=list)
    status: str = ""  # new / changed / unchanged / publish
    document: object = None

    @property
    def key(self):
        issuer = self.issuer_ref.pk if hasattr(self.issuer_ref, "pk") else ("new", self.issuer_ref)
        return (self.slug, issuer)


class _Rollback(Exception):
    pass


class _Importer:
    def __init__(self, path, publish=False, skip_invalid=False, user=None, locale=None, dry_run=False):
        self.path = os.path.abspath(path)
        self.folder = os.path.dirname(self.path)
        self.publish = publish
        self.skip_invalid = skip_invalid
        self.user = user
        self.dry_run = dry_run
        self.locale = locale or Locale.get_default()
        self.report = ImportReport(path=path, dry_run=dry_run)
        self.today = timezone.localdate()
        self.stored_files = []  # names written to storage, deleted again if the transaction fails
        self.table = None
        self.index_text = _TextIndex()
        self.warned = set()

    # -- problems

    def error(self, entry, key, message):
        problem = self._problem(entry.row if entry else self.table.header_row, key, message)
        if entry is not None:
            entry.errors.append(problem)
        self.report.errors.append(problem)

    def warn(self, row, key, message):
        self.report.warnings.append(self._problem(row, key, message))

    def _problem(self, row, key, message):
        column = COLUMNS_BY_KEY.get(key)
        position = self.table.columns[key] if self.table and key in self.table.columns else -1
        letter = column_letter(position) if position >= 0 else ""
        return ImportProblem(row, column.label if column else (key or ""), message, letter, position)

    # -- run

    def run(self):
        try:
            return self._run()
        finally:
            for problems in (self.report.errors, self.report.warnings):
                problems.sort(key=lambda problem: (problem.row or 0, problem.position))

    def _run(self):
        try:
            self.table = read_table(self.path)
        except ImportFileError as error:
            self.report.errors.append(ImportProblem(None, "", str(error)))
            return self.report
        with transaction.atomic():
            if connection.vendor == "postgresql":
                # One import at a time: the duplicate rule is checked here, not by a constraint.
                with connection.cursor() as cursor:
                    cursor.execute("SELECT pg_advisory_xact_lock(hashtext('documents.import_documents'))")
            self.check_permissions()
            if self.report.errors:
                return self.report
            entries = self.read_entries()
            self.check(entries)
            valid = [entry for entry in entries if not entry.errors]
            self.report.skipped = len([entry for entry in entries if entry.errors])
            self.count(valid)
            if self.dry_run or (self.report.errors and not self.skip_invalid) or not valid:
                if self.report.errors and not self.skip_invalid and not self.dry_run:
                    self.report.skipped = 0
                    self.report.created = self.report.updated = self.report.unchanged = 0
                return self.report
            try:
                with transaction.atomic(), _gc_paused():
                    self.write(valid)
            except _Rollback:
                self.report.created = self.report.updated = self.report.unchanged = self.report.published = 0
                self.report.documents = []
                self._delete_stored_files()
                return self.report
            except BaseException:
                self._delete_stored_files()
                raise
        self.report.imported = True
        return self.report

    def check_permissions(self):
        if self.user is None:
            return
        policy = policy_registry.get_by_type(LegalDocument)
        needed = [("add", "thêm"), ("change", "sửa")] + ([("publish", "xuất bản")] if self.publish else [])
        for action, verb in needed:
            if not policy.user_has_permission(self.user, action):
                self.report.errors.append(ImportProblem(
                    None, "", f"Tài khoản “{self.user.get_username()}” không có quyền {verb} văn bản trong thư viện."
                ))

    def count(self, valid):
        counts = defaultdict(int)
        for entry in valid:
            counts[entry.status] += 1
        self.report.created = counts["new"]
        self.report.updated = counts["changed"]
        self.report.unchanged = counts["unchanged"] + counts["publish"]

    # -- step 1: cells to values

    def read_entries(self):
        self.types = _Terms(DocumentType)
        self.issuers = _Terms(Issuer)
        self.fields = _Terms(LegalField)
        known = set(self.table.columns.values())
        for index, cell in enumerate(self.table.header):
            if index not in known and cell is not None and str(cell).strip():
                self.warn(self.table.header_row, "",
                          f"Cột {column_letter(index)} “{_text(cell)}” không thuộc mẫu nhập nên được bỏ qua.")
        for key in REQUIRED:
            if key not in self.table.columns:
                self.error(None, "", f"Thiếu cột bắt buộc “{COLUMNS_BY_KEY[key].label}”.")
        if self.report.errors:
            return []
        entries = []
        for row, cells in self.table.rows:
            values = {key: (cells[index] if index < len(cells) else None) for key, index in self.table.columns.items()}
            if all(_text(value) == "" for value in values.values()):
                continue
            entry = _Entry(row, values)
            self.read_entry(entry)
            entries.append(entry)
        self.report.rows = len(entries)
        if not entries:
            self.error(None, "", "Tệp không có dòng văn bản nào dưới dòng tiêu đề.")
        return entries

    def read_entry(self, entry):
        cells, values = entry.cells, entry.values
        for key in REQUIRED:
            if _text(cells[key]) == "":
                self.error(entry, key, "Không được để trống.")
        for key in ("doc_type", "issuer", "signer", "national_db_id"):
            if key in cells:
                text = _name(cells[key])
                if self.check_length(entry, key, text) and key in ("signer", "national_db_id"):
                    values[key] = text
        # Số ký hiệu
        if _text(cells["number"]):
            try:
                entry.number = parse_number(_text(cells["number"]))
            except ValidationError as error:
                self.error(entry, "number", error.messages[0])
            else:
                if self.check_length(entry, "number", entry.number.text):
                    values["number"] = entry.number.text
                    entry.slug = entry.number.slug
                else:
                    entry.number = None
        # Loại văn bản, Cơ quan ban hành, Lĩnh vực
        for key, terms, attribute in (("doc_type", self.types, "type_ref"), ("issuer", self.issuers, "issuer_ref")):
            name = _name(cells[key])
            if name and len(name) <= COLUMNS_BY_KEY[key].max_length:
                ref = self.term(entry, key, terms, name)
                setattr(entry, attribute, ref)
        if "fields" in cells:
            entry.field_refs = []
            for name in _split(cells["fields"]):
                if len(name) > 255:
                    self.error(entry, "fields", f"Tên lĩnh vực “{name[:40]}…” dài quá 255 ký tự.")
                    continue
                ref = self.term(entry, "fields", self.fields, name)
                if ref is not None and ref not in entry.field_refs:
                    entry.field_refs.append(ref)
        # Dates
        for key in ("issued", "effective", "expires"):
            if key in cells and _text(cells[key]):
                try:
                    values[key] = parse_date(cells[key])
                except ValueError:
                    self.error(entry, key, f"“{_text(cells[key])}” không phải ngày hợp lệ; ghi theo dạng "
                                           "ngày/tháng/năm, ví dụ 15/03/2026.")
            elif key in cells and key != "issued":
                values[key] = None
        if entry.number is not None and entry.slug:
            # A number without a year restarts every year: the issue year completes its slug.
            entry.slug = document_slug(entry.number, values.get("issued"))
        # Trích yếu
        if _text(cells["summary"]):
            values["summary"] = _text(cells["summary"])
        # Tình trạng hiệu lực
        if "validity" in cells:
            text = _text(cells["validity"])
            if not text:
                values["validity_override"] = ""
            elif _choice_key(text) in VALIDITY_CHOICES:
                validity = VALIDITY_CHOICES[_choice_key(text)]
                values["validity_override"] = validity.value if validity.value in HAND_SET_VALIDITY else ""
                entry.stated_validity = validity
            else:
                labels = ", ".join(validity.label for validity in Validity)
                self.error(entry, "validity", f"“{text}” không phải tình trạng hiệu lực; dùng một trong: {labels} "
                                              "(hoặc để trống).")
        # Nhóm
        if "category" in cells and _text(cells["category"]):
            text = _text(cells["category"])
            if _choice_key(text) in CATEGORY_CHOICES:
                values["category"] = CATEGORY_CHOICES[_choice_key(text)].value
            else:
                self.error(entry, "category", f"“{text}” không phải nhóm văn bản; dùng: Văn bản quy phạm pháp luật "
                                              "(QPPL), Văn bản hành chính hoặc Chỉ đạo điều hành.")
        # Liên kết CSDL quốc gia
        if "national_db_url" in cells:
            url = _text(cells["national_db_url"])
            if url:
                try:
                    URL_VALIDATOR(url)
                    if len(url) > 500:
                        raise ValidationError("too long")
                except ValidationError:
                    self.error(entry, "national_db_url", f"“{url[:80]}” không phải địa chỉ web hợp lệ (bắt đầu bằng "
                                                         "http:// hoặc https://, tối đa 500 ký tự).")
                else:
                    values["national_db_url"] = url
            else:
                values["national_db_url"] = ""
        # Tệp
        if "file" in cells:
            for text in _split(cells["file"]):
                self.read_file(entry, text)
        # Căn cứ, Sửa đổi, Thay thế, Hướng dẫn, Bãi bỏ
        for kind in RELATION_KEYS:
            if kind not in cells:
                continue
            for text in _split(cells[kind], ";,"):
                number_text, date_text = split_citation(text)
                try:
                    target = parse_number(number_text)
                    issued = parse_date(date_text) if date_text else None
                except ValidationError as error:
                    self.error(entry, kind, error.messages[0])
                except ValueError:
                    self.error(entry, kind, f"“{date_text}” trong “{text}” không phải ngày hợp lệ; ghi theo dạng "
                                            "ngày/tháng/năm, ví dụ 45/QĐ-UBND ngày 12/03/2024.")
                else:
                    # A number without a year names one document only with its issue date (year).
                    slug = document_slug(target, issued)
                    if target.year is None and issued is None:
                        entry.cited_by_number.add(slug)
                    if (kind, slug) not in {(k, s) for k, _, s in entry.relations}:
                        entry.relations.append((kind, text, slug))

    def check_length(self, entry, key, text):
        limit = COLUMNS_BY_KEY[key].max_length
        if len(text) > limit:
            self.error(entry, key, f"Dài {len(text)} ký tự, quá giới hạn {limit} ký tự.")
            return False
        return True

    def term(self, entry, key, terms, name):
        if not slug_for(name):
            self.error(entry, key, f"Tên “{name}” phải có chữ hoặc số.")
            return None
        ref, by_slug = terms.find(name)
        if by_slug and ref.name != name and (key, name) not in self.warned:
            self.warned.add((key, name))  # once, at its first row
            self.warn(entry.row, key, f"“{name}” được hiểu là “{ref.name}” đã có trong danh mục.")
        return ref

    def read_file(self, entry, text):
        if _is_url(text):
            self.error(entry, "file", f"“{text}” là địa chỉ trên mạng: Cổng không tải tệp từ mạng. Hãy tải tệp về, "
                                      "đặt cạnh tệp nhập và ghi đường dẫn tới tệp.")
            return
        relative = text.replace("\\", "/") if os.sep == "/" else text
        path = os.path.normpath(os.path.join(self.folder, relative))
        if not os.path.isfile(path) and os.path.isfile(unicodedata.normalize("NFD", path)):
            path = unicodedata.normalize("NFD", path)  # names written by macOS
        name = os.path.basename(path)
        if not os.path.isfile(path):
            self.error(entry, "file", f"Không tìm thấy tệp “{text}” (đã tìm: {path}).")
            return
        extension = os.path.splitext(name)[1].lower().lstrip(".")
        allowed = getattr(settings, "WAGTAILDOCS_EXTENSIONS", None)
        if allowed and extension not in allowed:
            self.error(entry, "file", f"Tệp “{name}” có loại không được nhận; chỉ nhận: {', '.join(allowed)}.")
            return
        size = os.path.getsize(path)
        limit = getattr(settings, "WAGTAILDOCS_MAX_UPLOAD_SIZE", None)
        if size == 0:
            self.error(entry, "file", f"Tệp “{name}” rỗng.")
            return
        if limit is not None and size > limit:
            self.error(entry, "file", f"Tệp “{name}” nặng {filesizeformat(size)}, quá giới hạn "
                                      f"{filesizeformat(limit)}.")
            return
        try:
            with open(path, "rb") as handle:
                check_document_file(File(handle, name=name))
        except ValidationError as error:
            self.error(entry, "file", " ".join(error.messages))
            return
        except OSError as error:
            self.error(entry, "file", f"Không đọc được tệp “{name}”: {error.strerror}.")
            return
        source = _SourceFile(path, name, size, _sha1(path))
        if source.sha1 not in {known.sha1 for known in entry.files}:
            entry.files.append(source)

    # -- step 2: against the file and the library

    def check(self, entries):
        parsed = [entry for entry in entries if entry.number is not None and entry.issuer_ref is not None]
        slugs = {entry.slug for entry in parsed} | {slug for entry in entries for _, _, slug in entry.relations}
        yearless = {slug for entry in entries for slug in entry.cited_by_number}
        self.load_library(slugs, parsed, yearless)
        # Duplicates inside the file.
        first = {}
        for entry in parsed:
            if entry.key in first:
                other = first[entry.key]
                self.error(entry, "number", f"Trùng với dòng {other.row}: cùng số ký hiệu “{entry.number.text}” "
                                            "của cùng cơ quan ban hành.")
            else:
                first[entry.key] = entry
        for entry in parsed:
            entry.existing = self.library.get(entry.key)
        for entry in entries:
            self.check_dates(entry)
        self.resolve_relations(entries, first)
        for entry in entries:
            if not entry.errors:
                self.plan(entry)

    def load_library(self, slugs, parsed, yearless=()):
        """The library's documents with these numbers: by (slug, issuer) and, for relations, by the
        number's slug (``yearless``: numbers cited without a year, whose documents' slugs end in one)."""
        self.by_slug = defaultdict(list)
        self.by_number = defaultdict(list)
        self.library = {}
        slugs = sorted(slugs)
        fields = ("pk", "slug", "number_year", "issuer_id", "issuer__name", "number")
        seen = set()

        def add(rows):
            for pk, slug, number_year, issuer_id, issuer_name, number in rows:
                if pk in seen:
                    continue
                seen.add(pk)
                self.by_slug[slug].append((pk, issuer_id, issuer_name, number))
                self.by_number[number_slug(slug, number_year)].append((pk, issuer_id, issuer_name, number))

        for start in range(0, len(slugs), BATCH_SIZE):
            add(LegalDocument.objects.filter(locale=self.locale, slug__in=slugs[start:start + BATCH_SIZE])
                .order_by("pk").values_list(*fields))
        yearless = sorted(yearless)
        for start in range(0, len(yearless), 200):
            prefixes = Q()
            for slug in yearless[start:start + 200]:
                prefixes |= Q(slug__startswith=f"{slug}-")
            add(LegalDocument.objects.filter(prefixes, locale=self.locale, number_year__isnull=True)
                .order_by("pk").values_list(*fields))
        wanted = {}
        for entry in parsed:
            issuer = entry.issuer_ref
            if hasattr(issuer, "pk"):
                for pk, issuer_id, _name, _number in self.by_slug.get(entry.slug, []):
                    if issuer_id == issuer.pk:
                        wanted.setdefault(entry.key, pk)  # the oldest, should the library hold two
                        break
        pks = sorted(set(wanted.values()))
        documents = {}
        for start in range(0, len(pks), BATCH_SIZE):
            for document in (LegalDocument.objects.filter(pk__in=pks[start:start + BATCH_SIZE])
                             .select_related("doc_type", "issuer")
                             .prefetch_related("fields", "files", "relations")):
                documents[document.pk] = document
        self.library = {key: documents[pk] for key, pk in wanted.items()}
        # The current state of a document with unpublished changes is its latest revision (as in the admin).
        revision_ids = [document.latest_revision_id for document in documents.values()
                        if document.has_unpublished_changes and document.latest_revision_id]
        self.contents = {}
        for start in range(0, len(revision_ids), BATCH_SIZE):
            self.contents.update(Revision.objects.filter(pk__in=revision_ids[start:start + BATCH_SIZE])
                                 .values_list("pk", "content"))
        # Files already attached: what they hold, to attach nothing twice.
        file_ids = set()
        for document in documents.values():
            content = self.contents.get(document.latest_revision_id) if document.has_unpublished_changes else None
            if content is not None:
                file_ids.update(item["file"] for item in content.get("files") or [])
            else:
                file_ids.update(attachment.file_id for attachment in document.files.all())
        self.attached = {}
        for portal_document in PortalDocument.objects.filter(pk__in=file_ids):
            file_hash = portal_document.file_hash
            if not file_hash:  # uploaded without its metadata: hash it now (not saved: this step writes nothing)
                try:
                    with portal_document.open_file() as handle:
                        file_hash = hash_filelike(handle)
                except OSError:
                    file_hash = ""
            self.attached[portal_document.pk] = file_hash

    def check_dates(self, entry):
        values = entry.values
        state = self.state(entry) if entry.existing is not None else {}
        issued = values.get("issued")
        effective = values["effective"] if "effective" in values else state.get("effective")
        expires = values["expires"] if "expires" in values else state.get("expires")
        if issued and effective and effective < issued:
            self.error(entry, "effective", f"Ngày hiệu lực {effective:%d/%m/%Y} trước ngày ban hành {issued:%d/%m/%Y}.")
        elif expires and (effective or issued) and expires <= (effective or issued):
            start = effective or issued
            what = "ngày hiệu lực" if effective else "ngày ban hành"
            self.error(entry, "expires", f"Ngày hết hiệu lực {expires:%d/%m/%Y} phải sau {what} {start:%d/%m/%Y}.")
        if entry.number is not None and entry.number.year and issued and abs(issued.year - entry.number.year) > 1:
            self.warn(entry.row, "issued", f"Năm ban hành {issued.year} khác năm trong số ký hiệu "
                                           f"({entry.number.year}).")
        stated = entry.stated_validity
        if stated in (Validity.IN_FORCE, Validity.NOT_YET) and issued and not entry.errors:
            if expires and expires <= self.today:
                computed = Validity.EXPIRED
            elif (effective or issued) > self.today:
                computed = Validity.NOT_YET
            else:
                computed = Validity.IN_FORCE
            if computed != stated:
                self.warn(entry.row, "validity", f"Ghi “{stated.label}” nhưng theo các ngày thì “{computed.label}”; "
                                                 "Cổng hiển thị tình trạng tính từ các ngày.")

    def resolve_relations(self, entries, first):
        """Each relation's target: a row of the file (by its number), else the library's document."""
        in_file = defaultdict(list)
        for entry in first.values():
            in_file[entry.number.slug].append(entry)  # cited by number: without the year it lacks
            if entry.slug != entry.number.slug:
                in_file[entry.slug].append(entry)  # cited with its date
        for entry in entries:
            for kind, text, slug in entry.relations:
                rows = in_file.get(slug, [])
                library = self.by_number.get(slug) or self.by_slug.get(slug, [])
                if len(rows) == 1:
                    # A row updating a document of the library points to that document.
                    target = ("doc", rows[0].existing.pk) if rows[0].existing is not None else ("row", rows[0])
                elif len(rows) > 1:
                    lines = ", ".join(str(other.row) for other in rows)
                    self.error(entry, kind, f"Số “{text}” ứng với nhiều dòng của tệp (dòng {lines}); không biết "
                                            f"chọn văn bản nào.{self.date_hint(entry, text, slug)}")
                    continue
                elif len(library) == 1:
                    target = ("doc", library[0][0])
                elif len(library) > 1:
                    issuers = ", ".join(sorted({name for _, _, name, _ in library}))
                    self.error(entry, kind, f"Số “{text}” ứng với nhiều văn bản trong thư viện ({issuers}); "
                                            f"không biết chọn văn bản nào.{self.date_hint(entry, text, slug)}")
                    continue
                else:
                    self.error(entry, kind, f"Không tìm thấy văn bản số “{text}” trong thư viện hay trong tệp.")
                    continue
                same = target[1] is entry if target[0] == "row" else (
                    entry.existing is not None and target[1] == entry.existing.pk)
                if same:
                    self.error(entry, kind, "Văn bản không thể có quan hệ với chính nó.")
                    continue
                entry.targets.append((kind, target, text))
        if not self.skip_invalid:
            return
        # Rows importing without a row they point to: the target must already be in the library.
        changed = True
        while changed:
            changed = False
            for entry in entries:
                if entry.errors:
                    continue
                for kind, (where, target), text in entry.targets:
                    if where == "row" and target.errors:
                        self.error(entry, kind, f"Văn bản số “{text}” ở dòng {target.row} có lỗi nên không được "
                                                "nhập; quan hệ này không tạo được.")
                        changed = True
                        break

    @staticmethod
    def date_hint(entry, text, slug):
        """How to name one of several documents sharing a number without a year."""
        return f" Ghi kèm ngày ban hành: “{text} ngày …/…/…”." if slug in entry.cited_by_number else ""

    # -- what a row changes

    def state(self, entry):
        """The document's current state, as the admin's editor would show it."""
        if entry.current is not None:
            return entry.current
        document = entry.existing
        content = None
        if document.has_unpublished_changes and document.latest_revision_id:
            content = self.contents.get(document.latest_revision_id)
        entry.content = content
        if content is None:
            state = {name: getattr(document, LegalDocument._meta.get_field(name).attname) for name in SCALARS}
            state["fields"] = {term.pk for term in document.fields.all()}
            state["files"] = [attachment.file_id for attachment in document.files.all()]
            state["relations"] = {(relation.kind, relation.target_id) for relation in document.relations.all()}
        else:
            state = {name: content.get(name) for name in SCALARS}
            for name in ("issued", "effective", "expires"):
                state[name] = datetime.date.fromisoformat(state[name]) if state[name] else None
            for name in ("signer", "validity_override", "national_db_url", "national_db_id"):
                state[name] = state[name] or ""
            state["fields"] = set(content.get("fields") or [])
            state["files"] = [item["file"] for item in content.get("files") or []]
            state["relations"] = {(item["kind"], item["target"]) for item in content.get("relations") or []}
        entry.current = state
        return state

    def plan(self, entry):
        """Decide what the row does: new, changed (and how), unchanged."""
        if entry.existing is None:
            entry.status = "new"
            entry.new_files = list(entry.files)
            return
        state = self.state(entry)
        wanted = dict(entry.values)
        wanted["doc_type"] = entry.type_ref.pk if hasattr(entry.type_ref, "pk") else None
        wanted["issuer"] = entry.issuer_ref.pk
        for name, value in wanted.items():
            if state.get(name) != value:
                entry.changes[name] = value
        if entry.field_refs is not None:
            if not all(hasattr(ref, "pk") for ref in entry.field_refs) or (
                    {ref.pk for ref in entry.field_refs} != state["fields"]):
                entry.new_fields = entry.field_refs
        attached = {self.attached.get(pk) for pk in state["files"]}
        entry.new_files = [source for source in entry.files if source.sha1 not in attached]
        for kind, (where, target), _text_ in entry.targets:
            if where == "row" or (kind, target) not in state["relations"]:  # a row: a new document
                entry.new_relations.append((kind, (where, target)))
        if entry.changes or entry.new_fields is not None or entry.new_files or entry.new_relations:
            entry.status = "changed"
        elif self.publish and (not entry.existing.live or entry.existing.has_unpublished_changes):
            entry.status = "publish"
        else:
            entry.status = "unchanged"
        if entry.status != "unchanged" and entry.existing.locked:
            self.error(entry, "number", f"Văn bản số “{entry.number.text}” đang bị khóa trong trang quản trị; "
                                        "mở khóa rồi nhập lại.")

    # -- step 3: writing

    def write(self, entries):
        self.now = timezone.now()
        with LogContext(user=self.user):
            self.terms = {
                "doc_type": self.types.create_new(),
                "issuer": self.issuers.create_new(),
                "fields": self.fields.create_new(),
            }
            self.store_files(entries)
            new = [entry for entry in entries if entry.status == "new"]
            self.create_documents(new)
            for entry in entries:
                if entry.existing is not None:
                    entry.document = entry.existing
            self.finish_new(new)
            refresh = []
            for entry in entries:
                if entry.status == "changed":
                    self.update(entry, refresh)
                elif entry.status == "publish":
                    self.publish_unchanged(entry)
            self.refresh_search_vectors(refresh)
        failed = [entry for entry in entries if entry.errors]
        self.report.skipped += len(failed)
        if failed and not self.skip_invalid:
            raise _Rollback
        done = [entry for entry in entries if not entry.errors]
        self.count(done)
        self.report.documents = [entry.document.pk for entry in done if entry.status in ("new", "changed")]

    def ref(self, key, ref):
        return ref if hasattr(ref, "pk") else self.terms[key][ref]

    def store_files(self, entries):
        """Each file once, as a PortalDocument; a file already in the library (same content) is reused."""
        wanted = {}
        for entry in entries:
            for source in entry.new_files:
                wanted.setdefault(source.sha1, (source, entry))
        self.portal_documents = {}
        hashes = sorted(wanted)
        for start in range(0, len(hashes), BATCH_SIZE):
            batch = hashes[start:start + BATCH_SIZE]
            for portal_document in PortalDocument.objects.filter(file_hash__in=batch).order_by("pk"):
                self.portal_documents.setdefault(portal_document.file_hash, portal_document)
        collection = Collection.get_first_root_node() if len(self.portal_documents) < len(wanted) else None
        for sha1, (source, entry) in wanted.items():
            if sha1 in self.portal_documents:
                continue
            doc_type = self.ref("doc_type", entry.type_ref)
            title = f"{doc_type.name} {entry.number.text}"
            if len(entry.files) > 1:
                title += f" ({source.name})"
            portal_document = PortalDocument(title=title[:255], collection=collection, uploaded_by_user=self.user,
                                             file_size=source.size, file_hash=sha1)
            with open(source.path, "rb") as handle:
                portal_document.file.save(source.name, File(handle, name=source.name), save=False)
            self.stored_files.append(portal_document.file.name)
            portal_document.save()
            self.portal_documents[sha1] = portal_document

    def _delete_stored_files(self):
        storage = PortalDocument._meta.get_field("file").storage
        for name in self.stored_files:
            try:
                storage.delete(name)
            except OSError:
                logger.warning("Could not delete %s after a failed import", name)
        self.stored_files = []

    def create_documents(self, entries):
        """New documents in bulk: what LegalDocument.save() computes, with the rows."""
        documents = []
        for entry in entries:
            values = entry.values
            number = entry.number
            document = LegalDocument(
                number=number.text, slug=entry.slug, number_year=number.year,
                doc_type=self.ref("doc_type", entry.type_ref), issuer=self.ref("issuer", entry.issuer_ref),
                signer=values.get("signer", ""), issued=values["issued"], effective=values.get("effective"),
                expires=values.get("expires"), validity_override=values.get("validity_override", ""),
                summary=values["summary"],
                category=values.get("category") or (Category.NORMATIVE if number.year else Category.ADMINISTRATIVE),
                national_db_url=values.get("national_db_url", ""), national_db_id=values.get("national_db_id", ""),
                locale=self.locale, live=self.publish, has_unpublished_changes=not self.publish,
            )
            if self.publish:
                document.first_published_at = document.last_published_at = self.now
            document.search_document = self.index_text(document.number, document.summary, document.signer,
                                                       document.full_text)
            entry.document = document
            documents.append(document)
        if not documents:
            return
        if connection.vendor == "postgresql":
            # Ids from the sequence now; the rows are inserted once complete (finish_new), pointing at
            # their revision, so they are written once. Foreign keys are checked at commit.
            with connection.cursor() as cursor:
                cursor.execute("SELECT nextval(pg_get_serial_sequence(%s, %s)) FROM generate_series(1, %s)",
                               [LegalDocument._meta.db_table, LegalDocument._meta.pk.column, len(documents)])
                for document, (pk,) in zip(documents, cursor.fetchall()):
                    document.pk = pk
        else:
            LegalDocument.objects.bulk_create(documents, batch_size=BATCH_SIZE)

    def target_pk(self, target):
        where, value = target
        return value.document.pk if where == "row" else value

    def finish_new(self, entries):
        """Fields, files, relations, revisions, log, search and references of the new documents."""
        if not entries:
            return
        documents = [entry.document for entry in entries]
        through = LegalDocument._meta.get_field("fields").remote_field.through
        source_name = LegalDocument._meta.get_field("fields").m2m_field_name()
        target_name = LegalDocument._meta.get_field("fields").m2m_reverse_field_name()
        links, attachments, relations = [], [], []
        for entry in entries:
            document = entry.document
            terms = [self.ref("fields", ref) for ref in entry.field_refs or []]
            links.extend(through(**{f"{source_name}_id": document.pk, f"{target_name}_id": term.pk}) for term in terms)
            files = [LegalDocumentFile(document=document, file=self.portal_documents[source.sha1], label="",
                                       sort_order=order) for order, source in enumerate(entry.new_files)]
            items = []
            for kind, target, _text_ in entry.targets:
                pk = self.target_pk(target)
                if (kind, pk) not in {(item.kind, item.target_id) for item in items}:
                    items.append(DocumentRelation(source=document, kind=kind, target_id=pk, sort_order=len(items)))
            attachments.extend(files)
            relations.extend(items)
            # The same objects, in memory: the revision and the reference index read them without queries.
            document.fields.set(terms)
            document.files.set(files)
            document.relations.set(items)
        through.objects.bulk_create(links, batch_size=BATCH_SIZE)
        LegalDocumentFile.objects.bulk_create(attachments, batch_size=BATCH_SIZE)
        DocumentRelation.objects.bulk_create(relations, batch_size=BATCH_SIZE)
        content_type = ContentType.objects.get_for_model(LegalDocument)
        revisions = [
            Revision(content_type=content_type, base_content_type=content_type, object_id=str(document.pk),
                     created_at=self.now, user=self.user, object_str=str(document),
                     content=document.serializable_data())  # NFC already: every text is (see _text)
            for document in documents
        ]
        Revision.objects.bulk_create(revisions, batch_size=BATCH_SIZE)
        for document, revision in zip(documents, revisions):
            document.latest_revision = revision
            if self.publish:
                document.live_revision = revision
        if connection.vendor == "postgresql":
            for document in documents:  # home.fulltext.update_search_vector, in the INSERT
                document.search_vector = _SimpleSearchVector(document.search_document)
            LegalDocument.objects.bulk_create(documents, batch_size=BATCH_SIZE)
            for document in documents:
                document.search_vector = None  # as a saved instance holds it
        else:
            LegalDocument.objects.bulk_update(documents, ["latest_revision", "live_revision"], batch_size=BATCH_SIZE)
        # The history: created (and published), as CreateAction and PublishRevisionAction log it.
        log_uuid = get_active_log_context().uuid
        actions = ["wagtail.create"] + (["wagtail.publish"] if self.publish else [])
        ModelLogEntry.objects.bulk_create([
            ModelLogEntry(content_type=content_type, label=str(document), action=action, data={},
                          timestamp=self.now, uuid=log_uuid, user=self.user, revision=revision,
                          content_changed=True, object_id=str(document.pk))
            for action in actions for document, revision in zip(documents, revisions)
        ], batch_size=BATCH_SIZE)
        self.index_search(documents)
        self.index_references(documents, content_type)
        if self.publish:
            for document, revision in zip(documents, revisions):
                published.send(sender=LegalDocument, instance=document, revision=revision)
            self.report.published += len(documents)

    def index_search(self, documents):
        """Wagtail's search index for the new documents: insert_or_update_object, in bulk.

        The search backend reads every search field once for each part of an index entry (title,
        body, autocomplete...), and FoldedSearchMixin's folded texts are the costly ones: they are
        computed once per document here (as FoldedSearchMixin does; the tests compare) and pinned
        on the instance while it is indexed.
        """
        for document in documents:
            document.__dict__[FOLDED_TITLE_FIELD] = self.index_text(
                str(getattr(document, document.search_title_attribute, "") or ""))
            skip = {document.search_title_attribute, FOLDED_TITLE_FIELD, FOLDED_TEXT_FIELD}
            document.__dict__[FOLDED_TEXT_FIELD] = self.index_text(
                list(_searchable_texts(document, document.get_search_fields(), skip)))
        try:
            for backend in get_search_backends(with_auto_update=True):
                try:
                    if not _postgres_index_bulk(backend, documents):
                        backend.add_bulk(LegalDocument, documents)
                except Exception:
                    logger.exception("Could not index the imported documents in %r", backend)
                    if not backend.catch_indexing_errors:
                        raise
        finally:
            for document in documents:
                document.__dict__.pop(FOLDED_TITLE_FIELD, None)
                document.__dict__.pop(FOLDED_TEXT_FIELD, None)

    def index_references(self, documents, content_type):
        """Wagtail's reference index ("usage") for new documents, which have no entries yet."""
        if not ReferenceIndex.is_indexed(LegalDocument):
            return
        extract = getattr(ReferenceIndex, "_extract_references_from_object", None)
        content_path_hash = getattr(ReferenceIndex, "_get_content_path_hash", None)
        if extract is None or content_path_hash is None:  # a Wagtail without them: the public API, slower
            for document in documents:
                ReferenceIndex.create_or_update_for_object(document)
            return
        references, hashes = [], {}
        for document in documents:
            for to_content_type_id, to_object_id, model_path, content_path in set(extract(document)):
                if content_path not in hashes:  # "doc_type", "issuer"...: the same for every document
                    hashes[content_path] = content_path_hash(content_path)
                references.append(ReferenceIndex(
                    content_type=content_type, base_content_type=content_type, object_id=str(document.pk),
                    to_content_type_id=to_content_type_id, to_object_id=to_object_id, model_path=model_path,
                    content_path=content_path, content_path_hash=hashes[content_path],
                ))
        ReferenceIndex.objects.bulk_create(references, batch_size=BATCH_SIZE,
                                           ignore_conflicts=connection.features.supports_ignore_conflicts)

    def refresh_search_vectors(self, pks):
        """One UPDATE per batch of what home.fulltext.update_search_vector does for one document."""
        if connection.vendor != "postgresql" or not pks:
            return
        for start in range(0, len(pks), BATCH_SIZE):
            LegalDocument.objects.filter(pk__in=pks[start:start + BATCH_SIZE]).update(
                search_vector=SearchVector("search_document", config="simple")
            )

    def update(self, entry, refresh):
        """A changed document, through Wagtail's EditAction: a new revision (published with ``publish``)."""
        document = entry.existing
        instance = document.with_content_json(entry.content) if entry.content is not None else document
        for name, value in entry.changes.items():
            if name in ("doc_type", "issuer"):
                setattr(instance, name, self.ref(name, entry.type_ref if name == "doc_type" else entry.issuer_ref))
            else:
                setattr(instance, name, value)
        if "number" in entry.changes:
            instance.slug, instance.number_year = entry.slug, entry.number.year
        instance.doc_type = self.ref("doc_type", entry.type_ref)
        instance.issuer = self.ref("issuer", entry.issuer_ref)
        if entry.new_fields is not None:
            instance.fields.set([self.ref("fields", ref) for ref in entry.new_fields])
        if entry.new_files:
            order = max([item.sort_order or 0 for item in instance.files.all()], default=-1)
            for offset, source in enumerate(entry.new_files, start=1):
                instance.files.add(LegalDocumentFile(file=self.portal_documents[source.sha1], label="",
                                                     sort_order=order + offset))
        if entry.new_relations:
            order = max([item.sort_order or 0 for item in instance.relations.all()], default=-1)
            for offset, (kind, target) in enumerate(entry.new_relations, start=1):
                instance.relations.add(DocumentRelation(kind=kind, target_id=self.target_pk(target),
                                                        sort_order=order + offset))
        try:
            with transaction.atomic():
                EditAction(instance, user=self.user, publish=self.publish, clean=True).execute()
        except ValidationError as error:
            self.error(entry, "number", "Không lưu được văn bản: " + " ".join(_messages(error)))
            return
        except PermissionDenied:
            self.error(entry, "number", "Không sửa được văn bản: văn bản đang bị khóa hoặc tài khoản không có quyền.")
            return
        entry.document = instance
        if self.publish:
            self.report.published += 1
        elif document.live:
            # save_revision() saved only the revision pointers of the live row, but LegalDocument.save()
            # updated its tsvector from the draft: give it back the live text's.
            refresh.append(document.pk)

    def publish_unchanged(self, entry):
        """``publish`` and a row equal to the document's draft: publish that draft, no new revision."""
        document = entry.existing
        try:
            with transaction.atomic():
                if document.latest_revision_id:
                    document.latest_revision.publish(user=self.user)
                else:
                    EditAction(document, user=self.user, publish=True, clean=True).execute()
        except PermissionDenied:
            self.error(entry, "number", "Không xuất bản được văn bản: văn bản đang bị khóa hoặc tài khoản "
                                        "không có quyền.")
            return
        self.report.published += 1


def _messages(error):
    """A model's ValidationError as sentences, each prefixed by its field's label."""
    if not hasattr(error, "error_dict"):
        return error.messages
    return [message if name == "__all__" else f"{LegalDocument._meta.get_field(name).verbose_name}: {message}"
            for name, items in error.message_dict.items() for message in items]


def _postgres_index_bulk(backend, documents):
    """The PostgreSQL database search backend's ``add_bulk``, without its per-text ORM expressions.

    modelsearch builds and compiles one SearchVector expression per text and per document, which
    costs more than the whole rest of the import. This writes the same index entries (same texts,
    weights and configurations, same statement) with plain SQL. Returns False for any other
    backend, which then indexes with its own ``add_bulk``.
    """
    try:
        from modelsearch.backends.database.postgres.postgres import IndexEntry, ObjectIndexer, PostgresSearchBackend
        from modelsearch.index import AutocompleteField, SearchField
        from modelsearch.utils import get_content_type_pk
    except ImportError:
        return False
    if not isinstance(backend, PostgresSearchBackend):
        return False
    index = backend.get_index_for_model(LegalDocument)
    if not hasattr(index, "_refresh_title_norms"):
        return False
    content_type_pk = get_content_type_pk(LegalDocument)

    def vector(texts, config, params):
        if not texts:
            params.append("")
            return "to_tsvector(%s)"  # modelsearch's EMPTY_VECTOR
        for text, weight in texts:
            params.extend((config, text, weight))
        return " || ".join(["setweight(to_tsvector(%s::regconfig, COALESCE(%s, '')), %s)"] * len(texts))

    for start in range(0, len(documents), BATCH_SIZE):
        rows, params = [], []
        for document in documents[start:start + BATCH_SIZE]:
            indexer = ObjectIndexer(document, backend)
            title, autocomplete, body = [], [], []
            for search_field in indexer.search_fields:
                for current, weight, value in indexer.prepare_field(document, search_field):
                    text = value.strip()
                    if not text:
                        continue
                    if isinstance(current, SearchField):
                        (title if current.field_name == "title" else body).append((text, weight))
                    elif isinstance(current, AutocompleteField):
                        autocomplete.append((text, weight))
            row_params = [content_type_pk, str(document.pk)]
            sql = (f"(%s, %s, {vector(title, indexer.config, row_params)}, "
                   f"{vector(autocomplete, indexer.autocomplete_config, row_params)}, "
                   f"{vector(body, indexer.config, row_params)}, 1.0, %s, %s)")
            row_params.extend((" ".join(text for text, _ in title), " ".join(text for text, _ in body)))
            rows.append(sql)
            params.extend(row_params)
        with index.write_connection.cursor() as cursor:
            cursor.execute(
                f"""
                INSERT INTO {IndexEntry._meta.db_table} (content_type_id, object_id, title, autocomplete, body,
                                                          title_norm, title_text, body_text)
                (VALUES {", ".join(rows)})
                ON CONFLICT (content_type_id, object_id)
                DO UPDATE SET title = EXCLUDED.title, title_norm = 1.0, autocomplete = EXCLUDED.autocomplete,
                              body = EXCLUDED.body, title_text = EXCLUDED.title_text, body_text = EXCLUDED.body_text
                """,
                params,
            )
    index._refresh_title_norms()
    return True


def import_documents(path, publish=False, skip_invalid=False, user=None, locale=None, dry_run=False):
    """Import the register at ``path`` (CSV or XLSX) into the library; see the module's docstring.

    Returns an :class:`ImportReport`. Nothing is written when it has errors, unless
    ``skip_invalid``: then the valid rows are imported and ``report.skipped`` counts the others.
    ``dry_run`` checks the file and counts what would be done, writing nothing.
    """
    return _Importer(path, publish=publish, skip_invalid=skip_invalid, user=user, locale=locale,
                     dry_run=dry_run).run()
