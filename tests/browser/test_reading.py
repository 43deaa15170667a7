"""A reader finds an article without diacritics, prints it, and reads the English channel."""

import re

import pytest

pytestmark = pytest.mark.browser


@pytest.mark.req("R40", "R41", "R15")
def test_search_open_print_and_switch_to_english(page, url):
    page.goto(url("/"))
    box = page.get_by_role("searchbox", name="Tìm kiếm trên cổng thông tin")
    box.fill("tong ket cong tac nam 2026")
    box.press("Enter")
    page.wait_for_url(re.compile(r"/tim-kiem/\?q="))
    result = page.locator(".search-result__title a").filter(has_text="tổng kết công tác năm 2026").first
    title = result.inner_text().strip()
    result.click()
    page.wait_for_load_state()
    assert page.locator("h1").inner_text().strip() == title
    assert "lượt xem" in page.locator(".article__header .meta").inner_text()

    # The print view: the article and its source, a print button once scripts run, no menus.
    page.get_by_role("link", name="In", exact=True).click()
    page.wait_for_url(re.compile(r"/in/$"))
    assert page.locator("h1").inner_text().strip() == title
    assert page.get_by_role("button", name="In trang này").is_visible()
    assert page.locator(".main-menu").count() == 0
    page.emulate_media(media="print")
    assert not page.locator(".no-print").first.is_visible()
    page.emulate_media(media="screen")

    page.get_by_role("link", name="Trở lại bài viết").click()
    page.wait_for_load_state()
    page.locator(".language-switcher").get_by_role("link", name="English", exact=True).click()
    page.wait_for_url(re.compile(r"/en/$"))
    assert page.locator("html").get_attribute("lang") == "en"
    page.get_by_role("link", name="About us").first.click()
    page.wait_for_url(re.compile(r"/en/about/$"))
    assert "Functions and duties" in page.locator(".subsections").inner_text()
