"""A reader searches in a real browser: the header box, no diacritics, the results, the next page."""

import re
from urllib.parse import parse_qs, urlparse

import pytest

from home.models import ContentPage, SectionPage

pytestmark = pytest.mark.browser


@pytest.mark.req("R40")
def test_a_reader_searches_without_diacritics_from_the_header_and_reaches_the_page(page, url, portal):
    parent = SectionPage.objects.get(slug="van-ban-moi", locale__language_code="vi")
    for number in range(11):
        child = ContentPage(title=f"Hướng dẫn thủ tục Mộc Châu số {number + 1}", slug=f"moc-chau-{number + 1}")
        parent.add_child(instance=child)
        child.save_revision().publish()

    page.goto(url("/gioi-thieu/"))
    box = page.get_by_role("searchbox", name="Tìm kiếm trên cổng thông tin")
    box.fill("huong dan thu tuc moc chau")
    box.press("Enter")  # a plain form: no script involved
    page.wait_for_url(re.compile(r"/tim-kiem/\?q="))
    assert parse_qs(urlparse(page.url).query)["q"] == ["huong dan thu tuc moc chau"]
    assert page.locator("h1").inner_text().strip() == "Tìm kiếm"
    assert page.locator("#search-page-q").input_value() == "huong dan thu tuc moc chau"
    assert "11 kết quả" in page.locator(".search-results__count").inner_text()
    assert page.locator(".search-result").count() == 10

    page.locator(".pagination").get_by_role("link", name="2", exact=True).click()
    page.wait_for_url(re.compile(r"page=2"))
    assert page.locator(".search-result").count() == 1
    assert page.locator('.pagination [aria-current="page"]').inner_text().strip() == "2"

    result = page.locator(".search-result__title a").first
    title = result.inner_text().strip()
    result.click()
    page.wait_for_url(re.compile(r"/van-ban-moi/moc-chau-\d+/$"))
    assert page.locator("h1").inner_text().strip() == title
