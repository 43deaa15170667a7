"""Small real files for the demonstration content (setup_portal --demo): a one-page PDF that any
reader opens, stored as a Wagtail document, so demo registers have files to download."""

from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from .text import fold


def _pdf_text(text):
    # The PDF standard fonts have no Vietnamese letters: the demo page carries the folded text.
    return fold(text).replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)").encode("ascii", "replace")


def demo_pdf(title, lines=()):
    """The bytes of a valid one-page PDF showing ``title`` and ``lines``."""
    text = b"BT /F1 16 Tf 50 790 Td (" + _pdf_text(title) + b") Tj /F1 11 Tf"
    for line in lines:
        text += b" 0 -22 Td (" + _pdf_text(line) + b") Tj"
    text += b" ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(text) + text + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def demo_document(title, filename, content):
    """The Wagtail document titled ``title``, created from ``content`` (bytes) the first time."""
    Document = get_document_model()
    document = Document.objects.filter(title=title).first()
    if document is None:
        document = Document(title=title)
        document.file.save(filename, ContentFile(content, name=filename), save=False)
        document._set_document_file_metadata()  # size and hash, as the admin's upload sets them
        document.save()
    return document
