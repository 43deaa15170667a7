"""A reader finds their way in a real browser: menu, section grid, breadcrumbs, languages, keyboard."""

import re
from urllib.parse import urlparse

import pytest

from home.models import AgencySettings
from home.section_tree import SECTION_TREE

pytestmark = pytest.mark.browser

SECTION_REQS = sorted({req for section in SECTION_TREE for req in section.reqs}, key=lambda r: int(r[1:]))


def path_of(page):
    return urlparse(page.url).path


def link_texts(locator):
    return [" ".join(text.split()) for text in locator.all_inner_texts()]


@pytest.mark.req(*SECTION_REQS)
def test_the_home_page_leads_to_every_mandated_section(page, url):
    page.goto(url("/"))
    menu = link_texts(page.locator(".main-menu a"))
    grid = link_texts(page.locator(".section-grid .section-card__title a"))
    missing = [section.title for section in SECTION_TREE if section.title not in menu + grid]
    assert missing == [], f"Sections reachable neither from the main menu nor the section grid: {missing}"
    # The menu holds the sections marked for it, the grid every one of them.
    assert [s.title for s in SECTION_TREE if s.in_menu] == [t for t in menu if t in {s.title for s in SECTION_TREE}]
    assert set(grid) >= {section.title for section in SECTION_TREE}


@pytest.mark.req("R1", "R15")
def test_a_reader_goes_from_the_menu_to_a_section_and_a_subsection_then_to_english(page, url):
    introduction = next(section for section in SECTION_TREE if section.slug == "gioi-thieu")
    subsections = [child for child in introduction.children if child.applies_to(AgencySettings.KIND_DEPARTMENT)]
    page.goto(url("/"))

    page.locator(".main-menu").get_by_role("link", name=introduction.title, exact=True).click()
    page.wait_for_url(re.compile(r"/gioi-thieu/$"))
    assert page.locator("h1").inner_text().strip() == introduction.title
    listed = link_texts(page.locator(".subsections .card__title a"))
    assert listed == [child.title for child in subsections]
    crumbs = page.locator("nav.breadcrumbs")
    assert crumbs.locator("a").count() == 1  # home, then the page itself (not a link)
    assert crumbs.locator("a").first.get_attribute("href") == "/"
    assert crumbs.locator('[aria-current="page"]').inner_text().strip() == introduction.title
    # The menu shows where the reader is.
    current = page.locator('.main-menu a[aria-current="page"]')
    assert current.inner_text().strip() == introduction.title

    organisation = next(child for child in subsections if child.slug == "co-cau-to-chuc")
    page.locator(".subsections").get_by_role("link", name=organisation.title, exact=True).click()
    page.wait_for_url(re.compile(r"/gioi-thieu/co-cau-to-chuc/$"))
    assert page.locator("h1").inner_text().strip() == organisation.title
    assert link_texts(page.locator("nav.breadcrumbs a"))[1:] == [introduction.title]
    assert page.locator('nav.breadcrumbs [aria-current="page"]').inner_text().strip() == organisation.title
    assert page.locator(".main-menu a.is-active").inner_text().strip() == introduction.title

    # The organisation page is one the English channel must carry: the switcher leads to its translation.
    page.locator(".language-switcher").get_by_role("link", name="English", exact=True).click()
    page.wait_for_url(re.compile(r"/en/about/organisation/$"))
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.locator("h1").inner_text().strip() == "Organisation"
    # And back: Vietnamese is now the link, English the current language.
    switcher = page.locator(".language-switcher")
    assert switcher.locator('[aria-current="true"]').inner_text().strip() == "English"
    switcher.locator('a[hreflang="vi"]').click()
    page.wait_for_url(re.compile(r"/gioi-thieu/co-cau-to-chuc/$"))
    assert page.locator("html").get_attribute("lang") == "vi"


def test_the_first_tab_reaches_the_skip_link_which_moves_focus_to_the_main_content(page, url):
    page.goto(url("/"))
    page.keyboard.press("Tab")
    focused = page.evaluate(
        "() => ({cls: document.activeElement.className, href: document.activeElement.getAttribute('href')})"
    )
    assert focused == {"cls": "skip-link", "href": "#main-content"}
    # Hidden until focused, then on screen for sighted keyboard users.
    box = page.locator(".skip-link").bounding_box()
    assert box is not None and box["y"] >= 0 and box["height"] > 0
    page.keyboard.press("Enter")
    page.wait_for_function("() => document.activeElement && document.activeElement.id === 'main-content'",
                           timeout=3000)
    assert urlparse(page.url).fragment == "main-content"
    # The next Tab continues inside the main content, not back at the top of the page.
    page.keyboard.press("Tab")
    inside = page.evaluate("() => document.getElementById('main-content').contains(document.activeElement)")
    assert inside
