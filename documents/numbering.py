"""Numbers and symbols of Vietnamese documents (số ký hiệu), as Nghị định 30/2020/NĐ-CP writes them.

- ``04/2013/QĐ-UBND``: number 04, year 2013, type code QĐ, issuer code UBND (normative documents);
- ``96/QĐ-UBND``: number, type code, issuer code (administrative documents carry no year);
- ``412/STTTT-TTĐT``: an official letter (công văn): issuer code, then the drafting unit's;
- ``104/2016/QH13``: a law: number, year, the National Assembly and its term;
- ``57-NQ/TW``: Party documents put the type after a hyphen and the issuer after the slash.
"""

import re
import unicodedata
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.utils.text import slugify

from home.text import to_nfc

# Abbreviations of document types (Nghị định 30/2020/NĐ-CP, Phụ lục III; Luật Ban hành VBQPPL).
TYPE_CODES = {
    "NQ", "NĐ", "QĐ", "CT", "TT", "TTLT", "QC", "QYĐ", "TB", "HD", "CTr", "KH", "PA", "ĐA", "DA", "BC", "BB",
    "TTr", "HĐ", "CĐ", "GUQ", "GM", "GGT", "GNP", "PL", "SL", "L", "PC",
}
TYPE_CODES_UPPER = {code.upper() for code in TYPE_CODES}
CODE = r"[A-ZĐa-zđ][A-ZĐa-zđ0-9]*"  # mixed case is real: QĐ-TTg, CTr, TTr
STATE_NUMBER = re.compile(
    rf"^(?P<number>\d{{1,6}}[A-Z]?)(?:/(?P<year>(?:19|20)\d{{2}}))?/(?P<codes>{CODE}(?:-{CODE})*)$"
)
PARTY_NUMBER = re.compile(rf"^(?P<number>\d{{1,6}})-(?P<type>{CODE})/(?P<issuer>{CODE}(?:-{CODE})*)$")
DASHES = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2212"), "-")

INVALID_NUMBER = (
    "Số ký hiệu \u201c%(value)s\u201d không đúng mẫu. Viết theo dạng số/năm/loại-cơ quan "
    "(04/2013/QĐ-UBND), số/loại-cơ quan (96/QĐ-UBND) hoặc số/cơ quan-đơn vị (412/STTTT-TTĐT)."
)


@dataclass(frozen=True)
class DocumentNumber:
    text: str
    number: str
    year: int | None
    type_code: str
    issuer_code: str

    @property
    def slug(self):
        """ASCII, stable: ``04-2013-qd-ubnd``; always starts with a digit (the library's URLs rely on it)."""
        folded = self.text.replace("Đ", "D").replace("đ", "d")
        folded = "".join(c for c in unicodedata.normalize("NFD", folded) if not unicodedata.combining(c))
        return slugify(folded.replace("/", "-"))


YEAR_SUFFIX = re.compile(r"-(?:19|20)\d{2}$")


def document_slug(number, issued):
    """The URL slug of a document: the number's slug, plus the issue year when the number has none.

    Administrative numbers (``96/QĐ-UBND``) restart every year, so ``96/QĐ-UBND`` of 2023 and of
    2024 are two documents: ``96-qd-ubnd-2023`` and ``96-qd-ubnd-2024``. The year goes last so it
    never meets a normative number's slug (``96-2023-qd-ubnd`` is ``96/2023/QĐ-UBND``).
    """
    if number.year is None and issued is not None:
        return f"{number.slug}-{issued.year}"
    return number.slug


def number_slug(slug, number_year):
    """Back from a document's slug to its number's slug (what a reference without the year gives)."""
    return YEAR_SUFFIX.sub("", slug) if number_year is None else slug


def normalise_number(text):
    """The number as it should be stored: NFC, no spaces, plain hyphens; letters as written
    (TTg is not TTG), since duplicates are found through the case-insensitive slug."""
    text = to_nfc((text or "").strip()).translate(DASHES)
    return re.sub(r"\s+", "", text)


def parse_number(text):
    """Parse a số ký hiệu; raise ValidationError with a Vietnamese message when it is malformed."""
    normalised = normalise_number(text)
    match = STATE_NUMBER.match(normalised)
    if match:
        codes = match.group("codes").split("-")
        if codes[0].upper() in TYPE_CODES_UPPER and len(codes) > 1:
            type_code, issuer_code = codes[0], "-".join(codes[1:])
        else:
            type_code, issuer_code = "", "-".join(codes)
        year = int(match.group("year")) if match.group("year") else None
        return DocumentNumber(normalised, match.group("number"), year, type_code, issuer_code)
    match = PARTY_NUMBER.match(normalised)
    if match and match.group("type").upper() in TYPE_CODES_UPPER:
        return DocumentNumber(normalised, match.group("number"), None, match.group("type"), match.group("issuer"))
    raise ValidationError(INVALID_NUMBER, code="invalid_number", params={"value": (text or "").strip()})
