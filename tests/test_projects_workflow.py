"""Projects, bidding notices and investment calls go through the three-step process in the admin (R50)."""

import pytest
from django.urls import reverse
from wagtail.models import Workflow
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from home.editorial import WORKFLOW_NAME
from projects.models import BiddingNotice, InvestmentCall, Project, Sector

pytestmark = [pytest.mark.django_db, pytest.mark.req("R50")]


def project_form(**extra):
    return nested_form_data({
        "name": "Xây dựng phòng thí nghiệm vật liệu mới", "code": "BA-KHCN-2027-09",
        "investor": "Sở Khoa học và Công nghệ tỉnh Bình An", "managing_body": "", "implementing_unit": "",
        "objective": "Thử nghiệm vật liệu xây dựng mới.", "summary": "", "sector": Sector.objects.first().pk,
        "kind": "public", "group": "c", "address": "Phường Phú Lợi", "area": "", "latitude": "", "longitude": "",
        "total_investment": "5000000000", "funding_type": "state_budget", "funding_source": "", "donor": "",
        "compensation_plan": "", "decision_number": "", "decision_date": "", "decision_document": "",
        "event_date": "2026-11-02", "start": "2027-01-01", "end": "2027-12-31", "status": "preparing",
        "progress": "0", "progress_note": "", "files": inline_formset([]),
        **extra,
    })


def act(client, user, item, action="approve"):
    client.force_login(user)
    item.refresh_from_db()
    state = item.current_workflow_task_state
    url = reverse("wagtailsnippets_projects_project:workflow_action", args=(item.pk, action, state.pk))
    return client.post(url, {"comment": ""})


def test_the_three_registers_are_attached_to_the_workflow():
    workflow = Workflow.objects.get(name=WORKFLOW_NAME)
    for model in (Project, BiddingNotice, InvestmentCall):
        assert model().get_workflow() == workflow, model


def test_a_project_is_public_only_after_editing_and_approval(client, make_user):
    drafter, editor, approver = (make_user("cv-duan", "Cập nhật"), make_user("pho-ban-da", "Biên tập"),
                                 make_user("truong-ban-da", "Duyệt"))
    client.force_login(drafter)
    response = client.post(reverse("wagtailsnippets_projects_project:add"), project_form(**{"action-submit": "1"}))
    assert response.status_code == 302, response.content.decode()[:3000]
    project = Project.objects.get(code="BA-KHCN-2027-09")
    assert not project.live and project.workflow_in_progress
    assert project.name not in client.get("/du-an-dau-tu/").content.decode()

    act(client, editor, project)
    project.refresh_from_db()
    assert not project.live and project.current_workflow_task.name == "Duyệt"
    act(client, approver, project)
    project.refresh_from_db()
    assert project.live
    client.logout()
    assert client.get(project.url).status_code == 200


@pytest.mark.req("R6")
def test_a_wrong_project_is_explained_in_vietnamese_in_the_admin(client, make_user):
    client.force_login(make_user("cv-duan2", "Cập nhật"))
    before = Project.objects.count()
    response = client.post(reverse("wagtailsnippets_projects_project:add"),
                           project_form(status="completed", progress="80", start="2027-06-01", end="2027-01-01"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Dự án đã hoàn thành phải có tiến độ 100%" in html
    assert "Thời gian kết thúc không được trước thời gian bắt đầu" in html
    assert Project.objects.count() == before


def test_the_add_forms_of_the_three_registers_open_for_a_drafter(client, make_user):
    client.force_login(make_user("cv-duan3", "Cập nhật"))
    for name in ("project", "biddingnotice", "investmentcall"):
        url = reverse(f"wagtailsnippets_projects_{name}:add")
        response = client.get(url + ("?locale=vi" if name == "investmentcall" else ""))
        assert response.status_code == 200, name
    # Drafters cannot delete register items; only the workflow publishes.
    assert not make_user("cv-duan4", "Cập nhật").has_perm("projects.delete_project")
    assert not make_user("cv-duan5", "Cập nhật").has_perm("projects.publish_project")
