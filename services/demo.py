"""Demonstration catalogue for ``setup_portal --demo``: 30 procedures across the sectors, the three
levels of government and the four service levels, with forms to download, legal bases from the
library, usage counts for the online services, and English versions of those foreigners need (R15).
Idempotent: a procedure whose code is already in the catalogue is left alone."""

import io
import zipfile
from html import escape

from django.utils import timezone
from wagtail.models import Locale

from directory.demo import ensure_demo_units
from documents.models import LegalDocument
from home.demo_files import demo_document
from home.translation import translate

from . import demo_content as content
from .levels import DEFAULT_MODE
from .models import Procedure, ProcedureForm, ProcedureLegalBasis, Sector, UsageStat
from .setup import SECTORS, ensure_sectors


def paragraphs(texts):
    return "".join(f"<p>{escape(text)}</p>" for text in texts)


def items(texts, tag="ul"):
    return f"<{tag}>" + "".join(f"<li>{escape(text)}</li>" for text in texts) + f"</{tag}>"


def odt_form(title, lines):
    """A small OpenDocument text form (editable in LibreOffice and Word; passes documents/files.py)."""
    body = "".join(f"<text:p>{escape(line)}</text:p>" for line in [title, "", *lines])
    xml = ('<?xml version="1.0" encoding="UTF-8"?><office:document-content '
           'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
           f"<office:body><office:text>{body}</office:text></office:body></office:document-content>")
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
                'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                "</manifest:manifest>")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")  # stored, first
        archive.writestr("content.xml", xml, compress_type=zipfile.ZIP_DEFLATED)
        archive.writestr("META-INF/manifest.xml", manifest, compress_type=zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


def attach_form(procedure, item):
    title = item["dossier"][0]
    lines = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập – Tự do – Hạnh phúc", "",
             f"Kính gửi: Sở Khoa học và Công nghệ tỉnh Bình An", f"Thủ tục: {item['name']} (mã {item['code']})",
             "Tên tổ chức, cá nhân: ........................................",
             "Địa chỉ: ........................................", "Điện thoại: ............ Thư điện tử: ............",
             "Nội dung đề nghị: ........................................", "",
             "Ngày ...... tháng ...... năm ......", "Người đề nghị (ký, ghi rõ họ tên)"]
    document = demo_document(f"{title} – thủ tục {item['code']}", f"mau-don-{item['code'].replace('.', '-')}.odt",
                             odt_form(title, lines))
    ProcedureForm.objects.create(procedure=procedure, file=document, label=title, sort_order=0)


def load_procedures(home):
    ensure_sectors()
    sectors = {name: Sector.objects.get(name=name) for name, _english in SECTORS}
    sector_list = [sectors[name] for name, _english in SECTORS]
    units = ensure_demo_units()
    locale = home.locale
    existing = set(Procedure.objects.filter(locale=locale).values_list("code", flat=True))
    documents = {d.number: d for d in LegalDocument.objects.filter(locale=locale, live=True)}
    last_year = timezone.localdate().year - 1
    for item in content.PROCEDURES:
        if item["code"] in existing:
            continue
        online = item["online"]
        unit = units.get(item["unit"])
        procedure = Procedure(
            code=item["code"], name=item["name"], sector=sector_list[item["sector"]], government_level=item["level"],
            online_level=online, online_mode=DEFAULT_MODE[online], for_foreigners="en" in item,
            applicant_type=("citizen" if item["code"] in content.FOR_CITIZENS
                            else "all" if item["code"] in content.FOR_ALL else "organisation"),
            applicants=content.APPLICANTS[0], steps=items([vi for vi, _en in content.STEPS], "ol"),
            submission=paragraphs([vi for vi, _en in content.SUBMISSION]
                                  + ([content.ONLINE_SUBMISSION[0]] if online >= 3 else [])),
            dossier=items(item["dossier"]), processing_time=item["time"], fees=item["fees"],
            result=content.RESULT[0], handling_unit=unit, officer=content.OFFICER[0],
            officer_phone="0210 3812 345", officer_email=unit.email if unit else "",
            usage_guide=items([vi for vi, _en in content.USAGE_GUIDE], "ol") if online >= 3 else "",
            locale=locale,
        )
        procedure.full_clean(exclude=["translation_key"])
        procedure.save()
        for order, number in enumerate(item["basis"]):
            if number in documents:
                ProcedureLegalBasis.objects.create(procedure=procedure, document=documents[number], sort_order=order)
        if online >= 2:
            attach_form(procedure, item)
        if online >= 3:
            for order, (period, uses, processed) in enumerate(content.USAGE_QUARTERS):
                scale = 1 + item["sector"] % 3  # different counts per sector
                UsageStat.objects.create(procedure=procedure, year=last_year, period=period, uses=uses * scale,
                                         processed=processed * scale, processed_on_time=processed * scale,
                                         sort_order=order)
        procedure.save_revision().publish()
        if "en" in item:
            translate_procedure(procedure, item)


def translate_procedure(procedure, item):
    """The English version (R15), made through wagtail-localize as a translator would."""
    english = item["en"]
    strings = {
        procedure.name: english["name"],
        content.APPLICANTS[0]: content.APPLICANTS[1],
        content.RESULT[0]: content.RESULT[1],
        content.OFFICER[0]: content.OFFICER[1],
        item["time"]: content.ENGLISH_TERMS.get(item["time"], item["time"]),
        item["fees"]: content.ENGLISH_TERMS.get(item["fees"], item["fees"]),
        **dict(zip(item["dossier"], english["dossier"])),
        **dict(content.STEPS), **dict(content.SUBMISSION), **dict([content.ONLINE_SUBMISSION]),
        **dict(content.USAGE_GUIDE),
    }
    if not procedure.has_translation(Locale.objects.get(language_code="en")):
        translate(procedure, "en", strings)
