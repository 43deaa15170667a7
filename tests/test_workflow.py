"""The three-step editorial process (R50), driven through the Wagtail admin as editors would."""

import json

import pytest
from django.urls import reverse
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from home.models import ContentPage, SectionPage

pytestmark = pytest.mark.req("R50")


def page_form(title, slug, **extra):
    return nested_form_data(
        {
            "title": title,
            "slug": slug,
            "intro": rich_text("<p>Tóm tắt nội dung.</p>"),
            "body": streamfield([("paragraph", rich_text("<p>Nội dung chi tiết của trang.</p>"))]),
            "event_date": "2026-11-20",
            "comments": inline_formset([]),
            **extra,
        }
    )


@pytest.fixture
def board(make_user):
    return {
        "drafter": make_user("thanhvien", "Cập nhật"),
        "editor": make_user("photruongban", "Biên tập"),
        "approver": make_user("truongban", "Duyệt"),
    }


@pytest.fixture
def parent():
    return SectionPage.objects.get(slug="thong-bao-huong-dan")


def create_as(client, user, parent, action, slug="thong-bao-lich-nghi"):
    client.force_login(user)
    url = reverse("wagtailadmin_pages:add", args=("home", "contentpage", parent.pk))
    data = page_form("Thông báo lịch nghỉ Tết Nguyên đán 2027", slug, **{action: "1"})
    return client.post(url, data)


def workflow_action(client, user, page, action="approve"):
    client.force_login(user)
    page.refresh_from_db()
    task_state = page.current_workflow_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=(page.pk, action, task_state.pk))
    return client.post(url, {"comment": ""})


def assert_refused(response):
    """Wagtail's admin answers a forbidden action with 403 or a redirect to the dashboard."""
    assert response.status_code == 403 or (response.status_code == 302 and response.url == reverse("wagtailadmin_home"))


def test_a_board_member_cannot_publish(client, board, parent):
    response = create_as(client, board["drafter"], parent, "action-publish")
    page = ContentPage.objects.get(slug="thong-bao-lich-nghi")
    assert response.status_code in (302, 200)
    assert not page.live
    assert not Page.objects.live().filter(pk=page.pk).exists()
    assert client.get(parent.url + "thong-bao-lich-nghi/").status_code == 404


def test_the_editor_cannot_publish_directly_either(client, board, parent):
    create_as(client, board["editor"], parent, "action-publish")
    assert not ContentPage.objects.get(slug="thong-bao-lich-nghi").live


def test_a_page_goes_public_only_after_edit_and_approval(client, board, parent):
    create_as(client, board["drafter"], parent, "action-submit")
    page = ContentPage.objects.get(slug="thong-bao-lich-nghi")
    assert page.workflow_in_progress
    assert page.current_workflow_task.name == "Biên tập"

    # The drafter and the approver cannot take the editing step: refused, nothing moves.
    for outsider in (board["drafter"], board["approver"]):
        assert_refused(workflow_action(client, outsider, page))
        page.refresh_from_db()
        assert page.current_workflow_task.name == "Biên tập"

    workflow_action(client, board["editor"], page)
    page.refresh_from_db()
    assert not page.live
    assert page.current_workflow_task.name == "Duyệt"
    assert client.get(page.url).status_code == 404

    # The editor cannot also approve.
    assert_refused(workflow_action(client, board["editor"], page))
    page.refresh_from_db()
    assert not page.live and page.current_workflow_task.name == "Duyệt"

    workflow_action(client, board["approver"], page)
    page.refresh_from_db()
    assert page.live
    assert not page.workflow_in_progress
    client.logout()
    response = client.get(page.url)
    assert response.status_code == 200
    assert "Thông báo lịch nghỉ Tết Nguyên đán 2027" in response.content.decode()


def test_the_editor_can_send_a_draft_back(client, board, parent):
    create_as(client, board["drafter"], parent, "action-submit")
    page = ContentPage.objects.get(slug="thong-bao-lich-nghi")
    workflow_action(client, board["editor"], page, action="reject")
    page.refresh_from_db()
    assert not page.live
    assert page.current_workflow_state.status == "needs_changes"


def test_board_members_edit_sections_with_the_shared_blocks(client, board):
    section = SectionPage.objects.get(slug="lich-su-phat-trien")
    client.force_login(board["drafter"])
    edit_url = reverse("wagtailadmin_pages:edit", args=(section.pk,))
    response = client.get(edit_url)
    assert response.status_code == 200
    html = response.content.decode()
    # The block menu is sent as JSON with non-ASCII escaped.
    for block_label in ("Đoạn văn", "Ảnh", "Bảng", "Tệp đính kèm", "Video", "Trích dẫn", "Liên kết"):
        assert json.dumps(block_label)[1:-1] in html
    data = nested_form_data(
        {
            "title": section.title,
            "slug": section.slug,
            "intro": rich_text("<p>Quá trình hình thành.</p>"),
            "body": streamfield(
                [
                    ("heading", {"text": "Giai đoạn 1997 – 2003", "level": "h2"}),
                    ("paragraph", rich_text("<p>Thành lập Sở Khoa học, Công nghệ và Môi trường.</p>")),
                ]
            ),
            "responsible_unit": "Văn phòng Sở",
            "comments": inline_formset([]),
            "action-submit": "1",
        }
    )
    response = client.post(edit_url, data)
    assert response.status_code == 302
    section.refresh_from_db()
    latest = section.get_latest_revision_as_object()
    assert [block.block_type for block in latest.body] == ["heading", "paragraph"]
    assert latest.responsible_unit == "Văn phòng Sở"
    assert section.workflow_in_progress


@pytest.mark.req("R54")
def test_board_members_cannot_delete_published_pages(board):
    """Published content is archived (unpublished) by an administrator, never deleted by the board."""
    section = SectionPage.objects.get(slug="lich-su-phat-trien")
    for member in board.values():
        assert not section.permissions_for_user(member).can_delete()
