"""Procedures go through the three-step process in the admin, with the register's checks (R7, R50)."""

import pytest
from django.urls import reverse
from wagtail.models import Site
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from services.models import Procedure, Sector

pytestmark = [pytest.mark.django_db, pytest.mark.req("R7")]
FEATURES = ["bold", "italic", "ol", "ul", "link"]


def procedure_form(**extra):
    return nested_form_data({
        "code": "1.030001",
        "name": "Cấp giấy phép hoạt động thử nghiệm",
        "sector": Sector.objects.get(name="Bưu chính").pk,
        "government_level": "province",
        "applicant_type": "all",
        "online_level": "3",
        "online_mode": "",
        "online_url": "",
        "usage_guide": rich_text("<p>Đăng nhập Cổng dịch vụ công bằng tài khoản VNeID.</p>", features=FEATURES),
        "applicants": "Doanh nghiệp",
        "steps": rich_text("<ol><li>Nộp hồ sơ.</li><li>Nhận kết quả.</li></ol>", features=FEATURES),
        "submission": rich_text("<p>Tại Bộ phận Một cửa.</p>", features=FEATURES),
        "dossier": rich_text("<ul><li>Đơn đề nghị.</li></ul>", features=FEATURES),
        "processing_time": "10 ngày làm việc",
        "fees": "Không",
        "result": "",
        "handling_unit": "",
        "officer": "Chuyên viên",
        "officer_phone": "",
        "officer_email": "",
        "legal_basis_note": rich_text("", features=FEATURES),
        "forms": inline_formset([]),
        "legal_basis": inline_formset([]),
        "usage_stats": inline_formset([{"year": "2025", "period": "q4", "uses": "12", "processed": "10",
                                        "processed_on_time": "10"}]),
        **extra,
    })


def act(client, user, procedure, action="approve"):
    client.force_login(user)
    procedure.refresh_from_db()
    state = procedure.current_workflow_task_state
    url = reverse("wagtailsnippets_services_procedure:workflow_action", args=(procedure.pk, action, state.pk))
    return client.post(url, {"comment": ""})


@pytest.mark.req("R50")
def test_a_procedure_is_public_only_after_editing_and_approval(client, make_user):
    drafter, editor, approver = (make_user("cv-motcua", "Cập nhật"), make_user("pho-ban-2", "Biên tập"),
                                 make_user("truong-ban-2", "Duyệt"))
    client.force_login(drafter)
    add = reverse("wagtailsnippets_services_procedure:add")
    assert client.get(add + "?locale=vi").status_code == 200
    response = client.post(add + "?locale=vi", procedure_form(**{"action-submit": "1"}))
    assert response.status_code == 302, response.content.decode()[:3000]
    procedure = Procedure.objects.get(code="1.030001")
    assert not procedure.live and procedure.workflow_in_progress
    assert procedure.online_mode == "partial"
    act(client, editor, procedure)
    act(client, approver, procedure)
    procedure.refresh_from_db()
    assert procedure.live and procedure.usage_stats.get().uses == 12
    client.logout()
    html = client.get(procedure.url).content.decode()
    assert "Cấp giấy phép hoạt động thử nghiệm" in html and "Quý IV/2025" in html


def test_the_admin_explains_a_missing_usage_guide_and_a_bad_code(client, make_user):
    client.force_login(make_user("cv-motcua-2", "Cập nhật"))
    response = client.post(reverse("wagtailsnippets_services_procedure:add") + "?locale=vi",
                           procedure_form(code="1-030002", usage_guide=rich_text("", features=FEATURES)))
    assert response.status_code == 200
    html = response.content.decode()
    assert "không đúng mẫu" in html and "phải có hướng dẫn sử dụng" in html
    assert not Procedure.objects.filter(name="Cấp giấy phép hoạt động thử nghiệm").exists()


def test_editors_can_open_the_catalogue_and_the_settings(client, make_user):
    client.force_login(make_user("quan-tri", superuser=True))
    procedure = Procedure.objects.filter(locale__language_code="vi").first()
    assert client.get(reverse("wagtailsnippets_services_procedure:list")).status_code == 200
    assert client.get(reverse("wagtailsnippets_services_procedure:edit", args=(procedure.pk,))).status_code == 200
    site = Site.objects.get(is_default_site=True)
    settings_url = reverse("wagtailsettings:edit", args=("services", "servicesettings", site.pk))
    response = client.get(settings_url)
    assert response.status_code == 200 and "Thang mức độ hiển thị" in response.content.decode()
