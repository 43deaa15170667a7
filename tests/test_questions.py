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


def make_question(**fields):
    values = {"full_name": "Phạm Văn Minh", "address": "Bắc Ninh", "email": "minh@example.vn", "phone": "0987654321",
              "title": "Câu hỏi thử", "body": "Nội dung"}
    values.update(fields)
    obj, _ = tracking.submit(Question, uuid.uuid4(), values)
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
