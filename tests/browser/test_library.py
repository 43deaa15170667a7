"""A reader looks for a document in the library: without diacritics, filters, opens it, downloads its file."""

import re

import pytest
from django.core.files.base import ContentFile
from wagtail.models import Collection

pytestmark = pytest.mark.browser


@pytest.mark.req("R4", "R21", "R40")
def test_search_without_diacritics_filter_open_and_download(page, url):
    from documents.models import LegalDocument, PortalDocument

    decree = LegalDocument.objects.get(number="42/2022/NĐ-CP")
    pdf = PortalDocument(title="Nghị định 42/2022/NĐ-CP (bản ký số)", collection=Collection.get_first_root_node())
    pdf.file.save("nghi-dinh-42-2022.pdf", ContentFile(b"%PDF-1.7\n<</Type /Sig /ByteRange [0 1 2 3]>>\n%%EOF"),
                  save=False)
    pdf.save()
    decree.files.create(file=pdf, label="Bản ký số")
    decree.save_revision().publish()

    page.goto(url("/van-ban/"))
    page.get_by_label("Từ khóa").fill("cung cap thong tin dich vu cong truc tuyen")
    page.get_by_role("button", name="Tìm kiếm", exact=True).last.click()
    page.wait_for_url(re.compile(r"q=cung"))
    results = page.locator(".documents-table tbody tr")
    assert results.count() >= 1
    assert "42/2022/NĐ-CP" in page.locator(".documents-table").inner_text()

    # Narrow to decrees with the type facet; the filters stay in the address.
    page.locator(".facet").filter(has_text="Loại văn bản").get_by_role("checkbox", name=re.compile("Nghị định")).check()
    page.get_by_role("button", name="Tìm kiếm", exact=True).last.click()
    page.wait_for_url(re.compile(r"loai=nghi-dinh"))
    for row in page.locator(".documents-table tbody tr").all():
        assert "Nghị định" in row.inner_text()

    page.get_by_role("link", name="42/2022/NĐ-CP").click()
    page.wait_for_url(re.compile(r"/van-ban/42-2022-nd-cp/$"))
    assert "Nghị định số 42/2022/NĐ-CP" in page.locator("h1").inner_text()
    assert "Thay thế" in page.locator(".relations").inner_text()

    with page.expect_download() as download_info:
        page.get_by_role("link", name="Bản ký số").click()
    download = download_info.value
    assert download.suggested_filename.endswith(".pdf")
    with open(download.path(), "rb") as downloaded:
        assert downloaded.read().startswith(b"%PDF")
