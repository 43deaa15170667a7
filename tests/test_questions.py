"""Citizens' questions (R10, R30-R33) and information requests (R17) on one tracked-request base."""

import datetime
import re
import uuid

import pytest
from captcha.conf import settings as captcha_settings
from django.core import mail
from django.utils import timezone

from compliance import workdays
from directory.demo import ensure_demo_units
from participation import tracking
from participation.models import (
    Competence, InformationRequest, Question, QuestionField, RejectionReason, RequestEvent, Status, UnitOfficer,
)
from participation.question_setup import QUESTION_FIELDS, ensure_question_fields

ICT = timezone.get_fixed_timezone(7 * 60)
pytestmark = pytest.mark.django_db


@pytest.fixture
def captcha_passes(monkeypatch):
    monkeypatch.setattr(captcha_settings, "CAPTCHA_TEST_MODE", True)


def question_data(**overrides):
    data = {
        "full_name": "Lê Thị Hoa", "address": "12 Lý Thái Tổ, Bắc Ninh", "email": "hoa@example.vn",
        "phone": "0912 345 678", "title": "Cấp lại giấy phép bản tin", "body": "Xin hỏi hồ sơ cấp lại gồm những gì?",
        "consent_to_publish": "on", "captcha_0": "x", "captcha_1": "PASSED", "website": "",
        "submission_token": str(uuid.uuid4()),
    }
    data.update(overrides)
    return data


def make_question(language="vi", **fields):
    values = {"full_name": "Phạm Văn Minh", "address": "Bắc Ninh", "email": "minh@example.vn", "phone": "0987654321",
              "title": "Câu hỏi thử", "body": "Nội dung"}
    values.update(fields)
    obj, _ = tracking.submit(Question, uuid.uuid4(), values, language=language)
    return obj


# --- The public form ------------------------------------------------------------------------------

@pytest.mark.req("R30")
def test_asking_a_question_gives_a_tracking_code_on_the_page_and_by_email(client, captcha_passes):
    mail.outbox.clear()
    response = client.post("/hoi-dap/", question_data())
    assert response.status_code == 200
    code = re.search(r'data-testid="tracking-code">([A-Z0-9-]+)<', response.content.decode()).group(1)
    assert re.fullmatch(r"HD-\d{4}-[2-9A-HJKMNP-Z]{6}", code)
    question = Question.objects.get(code=code)
    assert question.status == Status.RECEIVED and question.language == "vi"
    assert question.due_date == workdays.deadline_for(question.received_at, 5)
    assert len(mail.outbox) == 1 and mail.outbox[0].to == ["hoa@example.vn"]
    assert code in mail.outbox[0].subject and code in mail.outbox[0].body


@pytest.mark.req("R30")
@pytest.mark.parametrize("missing", ["full_name", "address", "email", "phone", "title", "body"])
def test_each_identity_field_is_required_with_a_vietnamese_message(client, captcha_passes, missing):
    before = Question.objects.count()
    response = client.post("/hoi-dap/", question_data(**{missing: ""}))
    assert response.status_code == 400
    assert Question.objects.count() == before
    assert "Vui lòng" in response.content.decode()


@pytest.mark.req("R34")
def test_bad_email_phone_and_overlong_text_are_refused_clearly(client, captcha_passes):
    response = client.post("/hoi-dap/", question_data(email="khong-phai-email", phone="abc",
                                                      title="x" * 201, body="y" * 5001))
    assert response.status_code == 400
    page = response.content.decode()
    assert "Nhập địa chỉ thư điện tử hợp lệ" in page
    assert "số điện thoại" in page
    assert "5000" in page and "200" in page


@pytest.mark.req("R34")
def test_a_double_submit_stores_one_question_and_shows_the_same_code(client, captcha_passes):
    data = question_data()
    first = client.post("/hoi-dap/", data)
    second = client.post("/hoi-dap/", data | {"captcha_1": "WRONG"})  # the captcha was used up by the first
    assert Question.objects.filter(submission_token=data["submission_token"]).count() == 1
    code = Question.objects.get(submission_token=data["submission_token"]).code
    assert code in first.content.decode() and code in second.content.decode()


@pytest.mark.req("R34")
def test_submitted_html_is_stored_as_written_and_rendered_escaped(client, captcha_passes, home):
    script = '<script>alert("x")</script>'
    client.post("/hoi-dap/", question_data(title=f"Tiêu đề {script}", body=f"Nội dung {script}"))
    question = Question.objects.get(title=f"Tiêu đề {script}")
    assert question.body == f"Nội dung {script}"
    page = client.get(f"/hoi-dap/tra-cuu/?ma={question.code}").content.decode()
    assert script not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page


# --- Lookup and published list ---------------------------------------------------------------------

@pytest.mark.req("R30")
def test_lookup_shows_status_and_nothing_personal(client):
    question = make_question(full_name="Đỗ Thị Riêng Tư", email="rieng.tu@example.vn", phone="0900111222")
    response = client.get("/hoi-dap/tra-cuu/", {"ma": question.code.lower()})
    page = response.content.decode()
    assert response.status_code == 200
    assert question.code in page and "Đã tiếp nhận, đang chờ phân công" in page
    for personal in ("Đỗ Thị Riêng Tư", "rieng.tu@example.vn", "0900111222"):
        assert personal not in page


@pytest.mark.req("R30")
def test_lookup_of_an_unknown_code_says_so(client):
    response = client.get("/hoi-dap/tra-cuu/", {"ma": "HD-2026-ZZZZZZ"})
    assert response.status_code == 404
    assert "Không có yêu cầu nào có mã tra cứu này" in response.content.decode()
    assert client.get("/hoi-dap/tra-cuu/").status_code == 200


# --- Status machine and permissions ------------------------------------------------------------------

@pytest.fixture
def people(make_user):
    """An editor (triage), an approver, an officer of the IT division and one of the press division."""
    units = ensure_demo_units()
    officer = make_user("canbo.it", "Cán bộ trả lời")
    UnitOfficer.objects.create(user=officer, unit=units["phong-quan-ly-cong-nghe"])
    other = make_user("canbo.press", "Cán bộ trả lời")
    UnitOfficer.objects.create(user=other, unit=units["phong-quan-ly-khoa-hoc"])
    return {"editor": make_user("bientap.qa", "Biên tập"), "approver": make_user("duyet.qa", "Duyệt"),
            "officer": officer, "other": other, "units": units}


@pytest.mark.req("R30")
def test_the_whole_way_of_a_question_with_mails_and_the_log(people):
    question = make_question(consent_to_publish=True)
    mail.outbox.clear()
    unit = people["units"]["phong-quan-ly-cong-nghe"]
    field = QuestionField.objects.first()
    tracking.route(question, people["editor"], unit, Competence.INTER_AGENCY, field)
    assert question.status == Status.ROUTED and question.field == field
    assert question.due_date == workdays.deadline_for(question.received_at, 7)
    assert mail.outbox[-1].to == [unit.email]
    tracking.answer(question, people["officer"], "Câu trả lời của phòng.")
    assert question.status == Status.ANSWERED and not question.is_published
    tracking.return_answer(question, people["approver"], "Bổ sung căn cứ pháp lý.")
    assert question.status == Status.ROUTED and question.review_note == "Bổ sung căn cứ pháp lý."
    tracking.answer(question, people["officer"], "Câu trả lời đã bổ sung căn cứ.")
    mail.outbox.clear()
    tracking.approve(question, people["approver"])
    question.refresh_from_db()
    assert question.status == Status.APPROVED and question.is_published and question.answered_at
    assert mail.outbox[0].to == [question.email] and "Câu trả lời đã bổ sung căn cứ." in mail.outbox[0].body
    actions = [event.action for event in tracking.events_of(question)]
    assert actions == ["received", "routed", "answered", "returned", "answered", "approved"]


@pytest.mark.req("R30")
def test_rejecting_mails_the_reason_and_ends_the_way(people):
    question = make_question()
    mail.outbox.clear()
    tracking.reject(question, people["editor"], RejectionReason.COMPLAINT, "Gửi đơn theo Luật Khiếu nại.")
    assert question.status == Status.REJECTED
    assert "khiếu nại, tố cáo" in mail.outbox[0].body and "Gửi đơn theo Luật Khiếu nại." in mail.outbox[0].body
    with pytest.raises(tracking.TransitionError, match="Không tiếp nhận"):
        tracking.route(question, people["editor"], people["units"]["van-phong"])


@pytest.mark.req("R30")
def test_steps_out_of_order_or_by_the_wrong_person_are_refused(people):
    question = make_question()
    with pytest.raises(tracking.TransitionError):
        tracking.approve(question, people["approver"])  # nothing to approve yet
    with pytest.raises(tracking.PermissionDenied):
        tracking.route(question, people["officer"], people["units"]["van-phong"])  # officers do not triage
    tracking.route(question, people["editor"], people["units"]["phong-quan-ly-cong-nghe"])
    with pytest.raises(tracking.PermissionDenied):
        tracking.answer(question, people["other"], "Không phải đơn vị mình.")
    tracking.answer(question, people["officer"], "Trả lời.")
    with pytest.raises(tracking.PermissionDenied):
        tracking.approve(question, people["editor"])  # only the Duyệt group approves
    with pytest.raises(tracking.TransitionError, match="Nhập nội dung trả lời"):
        tracking.answer(question, people["officer"], "   ")


@pytest.mark.req("R34")
def test_officers_see_only_their_units_requests_and_personal_data_is_theirs_and_editors(client, people):
    mine = make_question(title="Của phòng CNTT")
    theirs = make_question(title="Của phòng báo chí")
    waiting = make_question(title="Chưa phân công")
    tracking.route(mine, people["editor"], people["units"]["phong-quan-ly-cong-nghe"])
    tracking.route(theirs, people["editor"], people["units"]["phong-quan-ly-khoa-hoc"])
    visible = set(tracking.visible_to(people["officer"], Question).values_list("pk", flat=True))
    assert mine.pk in visible and theirs.pk not in visible and waiting.pk not in visible
    client.force_login(people["officer"])
    assert client.get(f"/admin/yeu-cau-cong-dan/cau-hoi/{theirs.pk}/").status_code == 404
    page = client.get(f"/admin/yeu-cau-cong-dan/cau-hoi/{mine.pk}/")
    assert page.status_code == 200 and mine.email in page.content.decode()
    viewed = RequestEvent.objects.filter(object_id=mine.pk, action="viewed", user=people["officer"])
    assert viewed.count() == 1
    queue = client.get("/admin/yeu-cau-cong-dan/cau-hoi/").content.decode()
    assert mine.code in queue and theirs.code not in queue
    # A user of the editorial board without triage rights (drafters) has no queue at all.
    client.force_login(make_user_in("Cập nhật"))
    denied = client.get("/admin/yeu-cau-cong-dan/cau-hoi/")  # Wagtail turns the refusal into a redirect
    assert denied.status_code == 302 and denied.url == "/admin/"
    assert client.get(f"/admin/yeu-cau-cong-dan/cau-hoi/{mine.pk}/").status_code == 404


def make_user_in(group_name):
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    user = get_user_model().objects.create_user("capnhat.qa", password="x")
    user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.mark.req("R30")
def test_the_admin_actions_route_answer_and_approve_through_the_forms(client, people):
    question = make_question()
    unit = people["units"]["phong-quan-ly-cong-nghe"]
    client.force_login(people["editor"])
    base = f"/admin/yeu-cau-cong-dan/cau-hoi/{question.pk}/"
    client.post(base + "route/", {"unit": unit.pk, "competence": "own"})
    question.refresh_from_db()
    assert question.status == Status.ROUTED and question.unit == unit
    # The editor is not the unit's officer: no answering.
    response = client.post(base + "answer/", {"answer": "Trả lời thay"})
    assert response.status_code == 302
    question.refresh_from_db()
    assert question.status == Status.ROUTED
    client.force_login(people["officer"])
    client.post(base + "answer/", {"answer": "Trả lời của phòng"})
    client.force_login(people["approver"])
    client.post(base + "approve/")
    question.refresh_from_db()
    assert question.status == Status.APPROVED and question.approved_by == people["approver"]
    assert client.get(base + "bogus/").status_code in (404, 405)


@pytest.mark.req("R31")
def test_the_queue_shows_due_soon_and_overdue(client, people):
    overdue = make_question(title="Quá hạn rồi")
    Question.objects.filter(pk=overdue.pk).update(due_date=timezone.localdate() - datetime.timedelta(days=3))
    client.force_login(people["editor"])
    page = client.get("/admin/yeu-cau-cong-dan/cau-hoi/", {"han": "qua-han"}).content.decode()
    assert overdue.code in page and "Quá hạn" in page
    soon_page = client.get("/admin/yeu-cau-cong-dan/cau-hoi/", {"han": "sap-den-han"}).content.decode()
    assert overdue.code not in soon_page


@pytest.mark.req("R31")
def test_deadlines_follow_competence_and_settings(people, settings):
    question = make_question()
    received = question.received_at
    assert question.due_date == workdays.deadline_for(received, 5)
    tracking.route(question, people["editor"], people["units"]["van-phong"], Competence.APPOINTMENT)
    assert question.due_date == workdays.deadline_for(received, 10)
    settings.PORTAL_TRACKED_DEADLINES = {"question": {"own": 5, "inter_agency": 10, "appointment": 10},
                                         "information_request": {"own": 15, "inter_agency": 15, "appointment": 30}}
    tracking.route(question, people["editor"], people["units"]["van-phong"], Competence.INTER_AGENCY)
    assert question.due_date == workdays.deadline_for(received, 10)
    request, _ = tracking.submit(InformationRequest, uuid.uuid4(), {
        "full_name": "A B", "address": "x", "email": "a@example.vn", "phone": "0912345678", "title": "t",
        "body": "b", "purpose": "p", "id_number": "001"})
    assert request.code.startswith("TT-") and request.due_date == workdays.deadline_for(request.received_at, 15)


# --- Reminders and the report ---------------------------------------------------------------------------

@pytest.mark.req("R31")
def test_reminders_mail_each_unit_once_about_due_and_overdue_items(people):
    from participation.question_reminders import send_reminders

    today = timezone.localdate()
    unit = people["units"]["phong-quan-ly-cong-nghe"]
    due = make_question(title="Đến hạn")
    far = make_question(title="Còn xa")
    for item in (due, far):
        tracking.route(item, people["editor"], unit)
    Question.objects.filter(pk=due.pk).update(due_date=today - datetime.timedelta(days=1))
    Question.objects.filter(pk=far.pk).update(due_date=today + datetime.timedelta(days=30))
    mail.outbox.clear()
    send_reminders(today)
    to_unit = [message for message in mail.outbox if message.to == [unit.email]]
    assert len(to_unit) == 1
    assert due.code in to_unit[0].body and "QUÁ HẠN" in to_unit[0].body and far.code not in to_unit[0].body
    assert RequestEvent.objects.filter(object_id=due.pk, action="reminded").exists()


@pytest.mark.req("R31")
def test_the_cron_command_sends_the_reminders(people):
    from io import StringIO

    from django.core.management import call_command

    overdue = make_question(title="Quá hạn cho lệnh cron")
    tracking.route(overdue, people["editor"], people["units"]["thanh-tra"])
    Question.objects.filter(pk=overdue.pk).update(due_date=timezone.localdate() - datetime.timedelta(days=2))
    mail.outbox.clear()
    out = StringIO()
    call_command("qa_reminders", stdout=out)
    assert "e-mail(s) sent" in out.getvalue()
    assert any(overdue.code in message.body and message.to == [people["units"]["thanh-tra"].email]
               for message in mail.outbox)


@pytest.mark.req("R33")
def test_the_report_counts_on_time_late_not_yet_due_and_overdue_per_unit(people, client):
    from participation.question_report import build_report

    unit = people["units"]["thanh-tra"]
    start = datetime.date(2026, 3, 2)
    received = datetime.datetime(2026, 3, 2, 9, tzinfo=ICT)  # Monday: 5 working days → due Monday 09/03
    cases = {"on_time": datetime.datetime(2026, 3, 6, 9, tzinfo=ICT),
             "late": datetime.datetime(2026, 3, 12, 9, tzinfo=ICT), "overdue": None, "not_yet_due": None}
    for name, answered_at in cases.items():
        q = make_question(title=name)
        Question.objects.filter(pk=q.pk).update(
            received_at=received, unit=unit, status=Status.APPROVED if answered_at else Status.ROUTED,
            answered_at=answered_at,
            due_date=datetime.date(2026, 3, 30) if name == "not_yet_due" else datetime.date(2026, 3, 9))
    rejected = make_question(title="rejected")
    Question.objects.filter(pk=rejected.pk).update(received_at=received, unit=unit, status=Status.REJECTED)
    report = build_report(Question, start, datetime.date(2026, 3, 20))
    row = next(row for row in report.rows if row.unit == unit.name)
    assert (row.received, row.on_time, row.late, row.not_yet_due, row.overdue, row.rejected) == (5, 1, 1, 1, 1, 1)
    assert report.total.received >= 5

    client.force_login(people["approver"])
    url = "/admin/bao-cao/yeu-cau-cong-dan/cau-hoi/"
    page = client.get(url, {"tu_ngay": "02/03/2026", "den_ngay": "20/03/2026"})
    assert page.status_code == 200 and unit.name in page.content.decode()
    export = client.get(url, {"tu_ngay": "02/03/2026", "den_ngay": "20/03/2026", "dinh_dang": "xlsx"})
    from io import BytesIO

    from openpyxl import load_workbook

    sheet = load_workbook(BytesIO(export.content)).active
    rows = {r[1]: r[2:] for r in sheet.iter_rows(min_row=5, values_only=True)}
    assert rows[unit.name] == (5, 1, 1, 1, 1, 1)
    assert client.get(url, {"tu_ngay": "20/03/2026", "den_ngay": "01/03/2026"}).status_code == 200
    client.force_login(people["officer"])
    denied = client.get(url)
    assert denied.status_code == 302 and denied.url == "/admin/"


# --- Published list and English ------------------------------------------------------------------------

@pytest.mark.req("R10")
def test_published_list_shows_only_consented_answers_without_personal_data(client, people):
    unit = people["units"]["phong-quan-ly-cong-nghe"]
    field = QuestionField.objects.get(name="Sở hữu trí tuệ")
    shown = make_question(title="Công khai được", consent_to_publish=True, full_name="Người Hỏi Công Khai")
    hidden = make_question(title="Không đồng ý công khai", consent_to_publish=False)
    for item in (shown, hidden):
        tracking.route(item, people["editor"], unit, field=field)
        tracking.answer(item, people["officer"], "Trả lời")
        tracking.approve(item, people["approver"])
    page = client.get("/hoi-dap/da-tra-loi/", {"linh_vuc": field.slug}).content.decode()
    assert shown.title in page and hidden.title not in page
    assert "Người Hỏi Công Khai" not in page
    detail = client.get(f"/hoi-dap/da-tra-loi/{shown.pk}/").content.decode()
    assert "Trả lời" in detail and shown.email not in detail and "Người Hỏi Công Khai" not in detail
    assert client.get(f"/hoi-dap/da-tra-loi/{hidden.pk}/").status_code == 404
    searched = client.get("/hoi-dap/da-tra-loi/", {"q": "khai được"}).content.decode()
    assert shown.title in searched
    assert client.get("/hoi-dap/da-tra-loi/", {"linh_vuc": "khong-co"}).status_code == 400


@pytest.mark.req("R10")
@pytest.mark.req("R40")
@pytest.mark.parametrize("query", ["nghi dinh 43", "Nghị định", "NGHI ĐINH", "thong tu 21"])
def test_published_list_search_finds_words_with_or_without_marks(client, people, query,
                                                                  django_assert_max_num_queries):
    unit = people["units"]["phong-quan-ly-cong-nghe"]
    decree = make_question(title="Thủ tục theo Nghị định 43", consent_to_publish=True)
    other = make_question(title="Đăng ký tên miền cho hộ kinh doanh", consent_to_publish=True)
    for item, answer in ((decree, "Theo Thông tư 21/2021/TT-BTTTT."), (other, "Được đăng ký.")):
        tracking.route(item, people["editor"], unit)
        tracking.answer(item, people["officer"], answer)
        tracking.approve(item, people["approver"])
    with django_assert_max_num_queries(30):
        response = client.get("/hoi-dap/da-tra-loi/", {"q": query})
    page = response.content.decode()
    assert response.status_code == 200
    assert decree.title in page and other.title not in page


@pytest.mark.req("R15")
def test_a_question_asked_in_english_is_answered_and_published_in_english(client, captcha_passes, people):
    mail.outbox.clear()
    response = client.post("/en/questions-and-answers/", question_data(title="Opening hours", body="When?"))
    assert response.status_code == 200 and "We have received your request" in response.content.decode()
    question = Question.objects.get(title="Opening hours")
    assert question.language == "en" and "tracking code" in mail.outbox[0].subject
    tracking.route(question, people["editor"], people["units"]["van-phong"])
    UnitOfficer.objects.create(user=people["officer"], unit=people["units"]["van-phong"])
    tracking.answer(question, people["officer"], "From 7:30 to 17:00.")
    tracking.approve(question, people["approver"])
    assert "has been answered" in mail.outbox[-1].subject
    assert "Opening hours" in client.get("/en/questions-and-answers/da-tra-loi/").content.decode()
    assert "Opening hours" not in client.get("/hoi-dap/da-tra-loi/").content.decode()


def publish_in_field(question, people, field):
    tracking.route(question, people["editor"], people["units"]["phong-quan-ly-cong-nghe"], field=field)
    tracking.answer(question, people["officer"], "Trả lời / Answer")
    tracking.approve(question, people["approver"])


@pytest.mark.req("R15")
@pytest.mark.parametrize("form_url, language, shown, hidden", [
    ("/en/questions-and-answers/", "en", "Intellectual property", "Sở hữu trí tuệ"),
    ("/hoi-dap/", "vi", "Sở hữu trí tuệ", "Intellectual property"),
])
def test_question_fields_read_in_the_channels_language_on_the_list_the_answer_and_the_ask_form(
        client, people, form_url, language, shown, hidden):
    field = QuestionField.objects.get(name="Sở hữu trí tuệ")  # seeded with its English name
    question = make_question(title="Phí đăng ký sáng chế", consent_to_publish=True, language=language)
    publish_in_field(question, people, field)
    listing = client.get(f"{form_url}da-tra-loi/").content.decode()
    detail = client.get(f"{form_url}da-tra-loi/{question.pk}/").content.decode()
    ask_form = client.get(form_url).content.decode()
    assert question.title in listing and f"{shown} · " in listing  # the question's field
    assert f'<option value="{field.slug}">{shown}</option>' in listing  # the filter by field
    assert f"{shown} · " in detail
    assert f'<option value="{field.pk}">{shown}</option>' in ask_form
    for page in (listing, detail, ask_form):
        assert hidden not in page


@pytest.mark.req("R15")
def test_a_question_field_without_an_english_name_shows_its_vietnamese_one_on_the_english_channel(client, people):
    field = QuestionField.objects.create(name="Khoa học xã hội và nhân văn")
    question = make_question(title="Social science grants", consent_to_publish=True, language="en")
    publish_in_field(question, people, field)
    listing = client.get("/en/questions-and-answers/da-tra-loi/").content.decode()
    assert "Khoa học xã hội và nhân văn · " in listing
    assert f'<option value="{field.slug}">Khoa học xã hội và nhân văn</option>' in listing
    assert "Khoa học xã hội và nhân văn · " in client.get(
        f"/en/questions-and-answers/da-tra-loi/{question.pk}/").content.decode()
    assert f'<option value="{field.pk}">Khoa học xã hội và nhân văn</option>' in client.get(
        "/en/questions-and-answers/").content.decode()


@pytest.mark.req("R15")
def test_setup_names_the_seeded_question_fields_in_english_and_keeps_an_editors_english_name():
    seeded = QuestionField.objects.filter(name__in=dict(QUESTION_FIELDS))
    assert dict(seeded.values_list("name", "name_en")) == dict(QUESTION_FIELDS)  # setup_portal built the test db
    QuestionField.objects.filter(name="Sở hữu trí tuệ").update(name_en="")  # as on a portal installed before
    QuestionField.objects.filter(name="Lĩnh vực khác").update(name_en="Miscellaneous")  # an editor's choice
    ensure_question_fields()
    english = dict(seeded.values_list("name", "name_en"))
    assert english["Sở hữu trí tuệ"] == "Intellectual property" and english["Lĩnh vực khác"] == "Miscellaneous"
    before = list(QuestionField.objects.values_list("pk", "name", "name_en", "slug", "sort_order"))
    ensure_question_fields()
    assert list(QuestionField.objects.values_list("pk", "name", "name_en", "slug", "sort_order")) == before


@pytest.mark.req("R17")
def test_an_information_request_is_sent_and_followed_by_code(client, captcha_passes):
    url = "/tiep-can-thong-tin/yeu-cau-cung-cap-thong-tin/"
    assert client.get(url).status_code == 200
    data = question_data(id_number="027190001234", purpose="Nghiên cứu", delivery_form="email")
    data.pop("consent_to_publish")
    response = client.post(url, data)
    assert response.status_code == 200
    request = InformationRequest.objects.get(submission_token=data["submission_token"])
    assert request.code.startswith("TT-")
    lookup = client.get(url + "tra-cuu/", {"ma": request.code}).content.decode()
    assert "Đã tiếp nhận" in lookup and "027190001234" not in lookup
    missing = client.post(url, question_data(id_number="", purpose=""))
    assert missing.status_code == 400


@pytest.mark.req("R30")
def test_the_demo_has_questions_in_every_status_and_two_information_requests():
    statuses = set(Question.objects.values_list("status", flat=True))
    assert {Status.RECEIVED, Status.ROUTED, Status.ANSWERED, Status.APPROVED, Status.REJECTED} <= statuses
    assert any(q.is_overdue for q in Question.objects.filter(status=Status.ROUTED))
    assert InformationRequest.objects.count() >= 2


@pytest.mark.req("R34")
def test_a_code_collision_draws_a_new_code(monkeypatch):
    taken = make_question().code
    codes = iter([taken, "HD-2026-NEWONE"])
    monkeypatch.setattr(tracking, "new_code", lambda model, year=None: next(codes))
    question = make_question()
    assert question.code == "HD-2026-NEWONE"


@pytest.mark.req("R34")
def test_the_question_form_is_rate_limited_per_address(client, captcha_passes, settings):
    settings.PUBLIC_FORM_RATE_LIMITS = {"default": (10, 3600), "tracked-question": (2, 3600)}
    statuses = [client.post("/hoi-dap/", question_data(), REMOTE_ADDR="192.0.2.77").status_code for _ in range(3)]
    assert statuses == [200, 200, 429]


@pytest.mark.req("R10")
def test_public_pages_render_in_bounded_queries(client, django_assert_max_num_queries):
    question = Question.objects.filter(status=Status.APPROVED, consent_to_publish=True, language="vi").first()
    for path in ("/hoi-dap/", "/hoi-dap/da-tra-loi/", f"/hoi-dap/tra-cuu/?ma={question.code}",
                 f"/hoi-dap/da-tra-loi/{question.pk}/"):
        with django_assert_max_num_queries(30):
            assert client.get(path).status_code == 200


@pytest.mark.req("R31")
def test_the_queue_renders_in_bounded_queries(client, make_user, django_assert_max_num_queries):
    client.force_login(make_user("bientap.queries", "Biên tập"))
    with django_assert_max_num_queries(40):
        assert client.get("/admin/yeu-cau-cong-dan/cau-hoi/", {"trang_thai": "tat-ca"}).status_code == 200


@pytest.mark.req("R17")
def test_the_focal_point_and_the_public_list_are_pages_with_content(client):
    focal = client.get("/tiep-can-thong-tin/dau-moi-cung-cap-thong-tin/").content.decode()
    assert "Đầu mối cung cấp thông tin" in focal and "vanphong.sokhcn@binhan.example.gov.vn" in focal
    assert "Điều 17" in client.get("/tiep-can-thong-tin/danh-muc-thong-tin-cong-khai/").content.decode()


@pytest.mark.req("R30")
def test_the_admin_menu_shows_the_queues_to_officers_and_editors_only(rf, people):
    from participation.question_hooks import citizen_requests_menu, question_report_menu_item

    menu, report = citizen_requests_menu(), question_report_menu_item()
    for user, queue_shown, report_shown in ((people["officer"], True, False), (people["editor"], True, True),
                                            (make_user_in("Cập nhật"), False, False)):
        request = rf.get("/admin/")
        request.user = user
        assert menu.is_shown(request) is queue_shown
        assert report.is_shown(request) is report_shown
