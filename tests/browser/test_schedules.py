"""A reader opens this week's leaders' schedule, goes to next week, filters by a leader and prints it."""

import re

import pytest

pytestmark = pytest.mark.browser


@pytest.mark.req("R3")
def test_open_this_week_go_to_next_week_and_print(page, url):
    from directory.models import Official
    from directory.schedules import Week

    week = Week.current()
    page.goto(url("/"))
    page.get_by_role("link", name="Xem lịch cả tuần").click()
    page.wait_for_url(re.compile(r"/chi-dao-dieu-hanh/lich-lam-viec/$"))
    assert page.locator("h1").inner_text().strip() == "Lịch làm việc của lãnh đạo"
    heading = page.locator(".schedule__week").inner_text()
    assert f"Tuần {week.number}/{week.year}" in heading
    assert page.locator(".schedule-table__day").count() == 7
    assert page.locator(".schedule-entry").count() > 0
    assert page.locator(".schedule-table__day--today").count() == 1
    # The demo has a published entry that was moved afterwards: readers see the change.
    assert page.locator(".schedule-change").first.is_visible()

    page.get_by_role("link", name="Tuần sau").click()
    page.wait_for_url(re.compile(rf"/tuan/{week.next.slug}/$"))
    assert f"Tuần {week.next.number}/{week.next.year}" in page.locator(".schedule__week").inner_text()
    assert page.get_by_role("link", name="Tuần này").is_visible()

    # Only one leader's appointments, kept when moving between weeks.
    deputy = Official.objects.in_default_locale().leaders().order_by("sort_order")[1]
    page.get_by_label("Lãnh đạo", exact=True).select_option(str(deputy.pk))
    page.get_by_role("button", name="Xem", exact=True).click()
    page.wait_for_url(re.compile(rf"lanh_dao={deputy.pk}"))
    for cell in page.locator(".schedule-entry td:nth-child(3)").all():
        assert deputy.name in cell.inner_text()

    page.get_by_role("link", name="In lịch").click()
    page.wait_for_url(re.compile(rf"/tuan/{week.next.slug}/in/\?lanh_dao={deputy.pk}$"))
    assert page.locator(".main-menu").count() == 0
    assert page.get_by_role("button", name="In trang này").is_visible()
    assert page.locator(".schedule-table").is_visible()
    page.emulate_media(media="print")
    assert not page.locator(".no-print").first.is_visible()
    assert page.locator(".schedule-table").is_visible()
    page.emulate_media(media="screen")
    page.get_by_role("link", name="Trở lại lịch").click()
    page.wait_for_url(re.compile(rf"/tuan/{week.next.slug}/\?lanh_dao={deputy.pk}$"))
