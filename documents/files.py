"""Checks on the files an agency publishes: the type is the one the extension claims.

A renamed executable or a web page saved as ``.pdf`` is refused, whatever the browser said.
"""

import os
import zipfile

from django.core.exceptions import ValidationError

OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # legacy Office (.doc, .xls)
ZIP = b"PK\x03\x04"
OFFICE_PARTS = {".docx": "word/", ".xlsx": "xl/"}
OPEN_DOCUMENT_TYPES = {".odt": b"application/vnd.oasis.opendocument.text",
                       ".ods": b"application/vnd.oasis.opendocument.spreadsheet"}
ZIPPED_EXTENSIONS = {".pdf", ".doc", ".docx", ".xls", ".xlsx", ".odt", ".ods"}
SIGNATURE_MARKERS = (b"/Type/Sig", b"/Type /Sig", b"/ByteRange")


def _head(file, size=8):
    file.seek(0)
    head = file.read(size)
    file.seek(0)
    return head


def check_document_file(file):
    """Raise ValidationError (in Vietnamese) when ``file``'s content does not match its extension."""
    name = os.path.basename(getattr(file, "name", "") or "")
    extension = os.path.splitext(name)[1].lower()
    try:
        head = _head(file)
        if extension == ".pdf":
            ok = head.startswith(b"%PDF-")
        elif extension in (".doc", ".xls"):
            ok = head.startswith(OLE)
        elif extension in OFFICE_PARTS or extension in OPEN_DOCUMENT_TYPES or extension == ".zip":
            ok = head.startswith(ZIP) and _zip_content_matches(file, extension)
        elif extension == ".csv":
            ok = b"\x00" not in _head(file, 8192)  # text, not a binary renamed (statistics tables, R13)
        else:
            ok = True  # other extensions are refused by WAGTAILDOCS_EXTENSIONS already
    except (OSError, zipfile.BadZipFile):
        ok = False
    finally:
        file.seek(0)
    if not ok:
        raise ValidationError(
            {"file": f"Nội dung tệp \u201c{name}\u201d không phải là tệp {extension.lstrip('.').upper()} hợp lệ. "
                     "Hãy tải lên đúng tệp văn bản (PDF, DOC/DOCX, XLS/XLSX, ODT/ODS, CSV hoặc ZIP của các tệp đó)."}
        )


def _zip_content_matches(file, extension):
    with zipfile.ZipFile(file) as archive:
        names = archive.namelist()
        if extension in OFFICE_PARTS:
            return any(member.startswith(OFFICE_PARTS[extension]) for member in names)
        if extension in OPEN_DOCUMENT_TYPES:
            return "mimetype" in names and archive.read("mimetype").strip() == OPEN_DOCUMENT_TYPES[extension]
        # A ZIP may only carry the kinds of documents the library accepts.
        files = [member for member in names if not member.endswith("/")]
        return bool(files) and all(os.path.splitext(member)[1].lower() in ZIPPED_EXTENSIONS for member in files)


def pdf_is_signed(file):
    """True when a PDF carries a digital signature dictionary (a /Sig field with its /ByteRange)."""
    name = (getattr(file, "name", "") or "").lower()
    if not name.endswith(".pdf"):
        return False
    try:
        file.seek(0)
        content = file.read()
        file.seek(0)
    except OSError:
        return False
    return any(marker in content for marker in SIGNATURE_MARKERS)
