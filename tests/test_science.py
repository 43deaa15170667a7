"""Science and technology programmes and topics (R12): validation, the register, its pages, the process."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from wagtail.models import Locale
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from home.demo_files import demo_document, demo_pdf
from science.models import ScienceRegisterPage, ScienceTopic, TopicStatus, code_slug

pytestmark = [pytest.mark.req("R12"), pytest.mark.django_db]
REGISTER = "/khoa-hoc-cong-nghe/"


def make_topic(publish=True, **fields):
    values = {
        "code": "ĐTKHCN.09/2025", "name": "Nghiên cứu giải pháp tiết kiệm năng lượng cho chiếu sáng công cộng",
        "level": "province", "field": "engineering", "host_organisation": "Trường Đại học Bình An",
        "period_start": datetime.date(2025, 1, 1), "period_end": datetime.date(2026, 6, 30),
        "status": TopicStatus.IN_PROGRESS, "locale": Locale.get_default(),
    }
    values.update(fields)
    topic = ScienceTopic(live=False, **values)  # a draft until published, as the admin saves it
    topic.full_clean()
    topic.save()
    if publish:
        topic.save_revision().publish()
        topic.refresh_from_db()
    return topic


def pdf(title):
    return demo_document(title, "bao-cao.pdf", demo_pdf(title))


# --- validation ----------------------------------------------------------------------

def test_the_period_must_end_after_it_starts():
    with pytest.raises(ValidationError) as error:
        make_topic(period_start=datetime.date(2025, 6, 1), period_end=datetime.date(2025, 1, 1))
    assert "Thời gian kết thúc không được trước thời gian bắt đầu." in error.value.message_dict["period_end"]


def test_an_accepted_topic_must_carry_its_acceptance_date_and_both_reports():
    with pytest.raises(ValidationError) as error:
        make_topic(status=TopicStatus.ACCEPTED)
    messages = error.value.message_dict
    assert set(messages) == {"acceptance_date", "summary_report", "application_report"}
    assert "báo cáo tổng hợp" in messages["summary_report"][0]
    topic = make_topic(status=TopicStatus.ACCEPTED, acceptance_date=datetime.date(2026, 7, 15),
                       summary_report=pdf("Báo cáo tổng hợp"), application_report=pdf("Báo cáo ứng dụng"))
    assert topic.live and topic.event_date == datetime.date(2026, 7, 15)


def test_acceptance_cannot_precede_the_start_or_lie_in_the_future():
    with pytest.raises(ValidationError) as error:
        make_topic(acceptance_date=datetime.date(2024, 1, 1))
    assert "acceptance_date" in error.value.message_dict
    with pytest.raises(ValidationError):
        make_topic(acceptance_date=datetime.date.today() + datetime.timedelta(days=1))


def test_a_code_is_used_once_and_gives_the_topic_its_address():
    assert code_slug("ĐTKHCN.09/2025") == "dtkhcn-09-2025"
    make_topic()
    with pytest.raises(ValidationError) as error:
        make_topic(code="ĐTKHCN.09/2025 ", name="Một đề tài khác")
    assert "Đã có chương trình, đề tài mã số" in error.value.message_dict["code"][0]


# --- the public register -------------------------------------------------------------

def test_the_science_section_is_the_register():
    page = ScienceRegisterPage.objects.live().get(locale=Locale.get_default())
    assert page.url == REGISTER


def test_the_register_lists_filters_and_counts_topics(client, django_assert_max_num_queries):
    make_topic()
    make_topic(code="ĐTKHCN.10/2025", name="Nghiên cứu chế biến sâu sản phẩm từ cây dừa", field="agricultural",
               level="grassroots", period_start=datetime.date(2023, 3, 1), period_end=datetime.date(2024, 2, 28))
    client.get(REGISTER)  # warm Wagtail's site-root cache, as a running server has
    with django_assert_max_num_queries(20):
        response = client.get(REGISTER)
    html = response.content.decode()
    assert response.status_code == 200
    assert "ĐTKHCN.09/2025" in html and "ĐTKHCN.10/2025" in html
    assert 'name="linh_vuc" value="agricultural"' in html and "facet__count" in html
    # Levels are offered in the law's order, from the province down, not by their codes.
    assert html.index('name="cap" value="province"') < html.index('name="cap" value="grassroots"')
    html = client.get(REGISTER + "?linh_vuc=agricultural").content.decode()
    assert "ĐTKHCN.10/2025" in html and "ĐTKHCN.09/2025" not in html
    html = client.get(REGISTER + "?cap=province&tinh_trang=in_progress").content.decode()
    assert "ĐTKHCN.09/2025" in html and "ĐTKHCN.10/2025" not in html
    # A year lists the topics carried out during it, whatever year they began.
    html = client.get(REGISTER + "?nam=2024").content.decode()
    assert "ĐTKHCN.10/2025" in html and "ĐTKHCN.09/2025" not in html
    html = client.get(REGISTER + "?q=che+bien+dua").content.decode()
    assert "ĐTKHCN.10/2025" in html and "ĐTKHCN.09/2025" not in html


def test_the_list_costs_the_same_queries_however_many_topics(client, django_assert_max_num_queries):
    for number in range(12):
        make_topic(code=f"CS.{number:02}/2025", name=f"Đề tài cơ sở số {number}", level="grassroots")
    client.get(REGISTER)
    with django_assert_max_num_queries(20):
        assert client.get(REGISTER + "?cap=grassroots").status_code == 200


def test_bad_filters_are_explained_not_a_server_error(client):
    response = client.get(REGISTER + "?nam=abc&cap=vu-tru&page=zz")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Cấp quản lý" in html and 'role="alert"' in html


def test_an_accepted_topic_shows_its_results_and_reports(client):
    topic = make_topic(status=TopicStatus.ACCEPTED, acceptance_date=datetime.date(2026, 7, 15),
                       acceptance_rating="excellent", results_summary="Giảm 30% điện năng chiếu sáng.",
                       summary_report=pdf("Báo cáo tổng hợp ĐT 09"), application_report=pdf("Báo cáo ứng dụng ĐT 09"),
                       budget=1_250_000_000)
    response = client.get(topic.url)
    assert topic.url == REGISTER + "dtkhcn-09-2025/"
    html = response.content.decode()
    for expected in ("ĐTKHCN.09/2025", "Trường Đại học Bình An", "01/01/2025", "15/07/2026", "Xuất sắc",
                     "Giảm 30% điện năng", "1.250.000.000", topic.summary_report.url, topic.application_report.url):
        assert expected in html, expected


def test_drafts_are_not_public(client):
    make_topic(publish=False)
    assert client.get(REGISTER + "dtkhcn-09-2025/").status_code == 404
    assert "ĐTKHCN.09/2025" not in client.get(REGISTER).content.decode()


def test_the_demo_has_four_topics_two_of_them_accepted_with_reports():
    topics = ScienceTopic.objects.filter(live=True)
    assert topics.count() >= 4
    accepted = topics.filter(status=TopicStatus.ACCEPTED)
    assert accepted.count() >= 2
    assert all(topic.summary_report and topic.application_report for topic in accepted)


# --- the editorial process -----------------------------------------------------------

def topic_form(**extra):
    return nested_form_data({
        "code": "ĐTKHCN.11/2026", "kind": "topic", "name": "Nghiên cứu bản đồ số hóa di tích tỉnh Bình An",
        "level": "province", "field": "humanities", "host_organisation": "Bảo tàng tỉnh Bình An",
        "lead_researcher": "", "period_start": "2026-01-01", "period_end": "2027-12-31", "budget": "",
        "status": "accepted", "objectives": "", "acceptance_date": "", "acceptance_rating": "",
        "results_summary": "", "summary_report": "", "application_report": "", "files": inline_formset([]),
        **extra,
    })


@pytest.mark.req("R12", "R50")
def test_a_topic_goes_through_the_three_steps_and_the_admin_explains_missing_reports(client, make_user):
    drafter, editor, approver = (make_user("kh-capnhat", "Cập nhật"), make_user("kh-bientap", "Biên tập"),
                                 make_user("kh-duyet", "Duyệt"))
    client.force_login(drafter)
    add = reverse("wagtailsnippets_science_sciencetopic:add") + "?locale=vi"
    response = client.post(add, topic_form())
    assert response.status_code == 200
    assert "báo cáo tổng hợp" in response.content.decode()
    response = client.post(add, topic_form(status="in_progress", **{"action-submit": "1"}))
    assert response.status_code == 302, response.content.decode()[:2000]
    topic = ScienceTopic.objects.get(code="ĐTKHCN.11/2026")
    assert not topic.live and topic.workflow_in_progress
    for user in (editor, approver):
        client.force_login(user)
        topic.refresh_from_db()
        state = topic.current_workflow_task_state
        client.post(reverse("wagtailsnippets_science_sciencetopic:workflow_action",
                            args=(topic.pk, "approve", state.pk)), {"comment": ""})
    topic.refresh_from_db()
    assert topic.live
    client.logout()
    assert client.get(REGISTER + "dtkhcn-11-2026/").status_code == 200


def test_the_admin_forms_and_preview_open_for_editors(client, make_user):
    client.force_login(make_user("kh-xem", "Cập nhật"))
    assert client.get(reverse("wagtailsnippets_science_sciencetopic:add") + "?locale=vi").status_code == 200
    topic = ScienceTopic.objects.filter(status=TopicStatus.ACCEPTED).first()
    assert client.get(reverse("wagtailsnippets_science_sciencetopic:edit", args=(topic.pk,))).status_code == 200
    preview = reverse("wagtailsnippets_science_sciencetopic:preview_on_add")
    assert client.post(preview, topic_form(status="in_progress")).json()["is_valid"]
    assert "Bảo tàng tỉnh Bình An" in client.get(preview).content.decode()


def test_the_site_search_finds_topics_without_diacritics(client):
    html = client.get("/tim-kiem/?q=giong+lua+chiu+man").content.decode()
    assert "Nghiên cứu chọn tạo giống lúa chịu mặn" in html and "/khoa-hoc-cong-nghe/dtkhcn-04-2024/" in html


def test_a_draft_of_a_live_topic_leaves_its_public_address_and_text_alone(client):
    topic = make_topic()
    topic.code, topic.name = "ĐTKHCN.99/2025", "Tên mới chưa duyệt"
    topic.save_revision()  # a draft: the live row keeps its code, address and search text
    topic.refresh_from_db()
    assert topic.slug == "dtkhcn-09-2025" and " nang luong " in topic.search_document
    assert client.get(REGISTER + "dtkhcn-09-2025/").status_code == 200
    assert "Tên mới chưa duyệt" not in client.get(REGISTER + "?q=ten+moi").content.decode()
