"""A reader looks for a project under way: filters the list by status, then opens one."""

import re

import pytest

pytestmark = pytest.mark.browser


@pytest.mark.req("R6")
def test_filter_projects_by_status_and_open_one(page, url):
    from projects.models import Project

    page.goto(url("/du-an-dau-tu/"))
    total = Project.objects.filter(live=True).count()
    assert f"{total} dự án" in page.get_by_role("status").inner_text()

    status_facet = page.locator(".facet").filter(has_text="Tình trạng")
    status_facet.get_by_role("checkbox", name=re.compile("Đang triển khai")).check()
    page.get_by_role("button", name="Tìm kiếm", exact=True).last.click()
    page.wait_for_url(re.compile(r"trang_thai=under_way"))
    under_way = Project.objects.filter(live=True, status="under_way")
    rows = page.locator(".projects-table tbody tr")
    assert rows.count() == under_way.count()
    for row in rows.all():
        assert "Đang triển khai" in row.inner_text()

    project = under_way.get(code="BA-CNTT-2024-01")
    page.get_by_role("link", name=project.name).click()
    page.wait_for_url(re.compile(rf"/du-an-dau-tu/{project.pk}-[-\w]+/$"))
    assert project.name in page.locator("h1").inner_text()
    details = page.locator(".metadata-table").first.inner_text()
    assert "Chủ đầu tư" in details and "12.750.000.000" in details and "1856/QĐ-UBND" in details
    assert page.locator("progress").get_attribute("value") == "75"
