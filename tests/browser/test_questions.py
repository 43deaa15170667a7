"""A citizen asks a question in a real browser, gets the code, and later reads the answer by it;
in between an editor routes it in the admin, the unit's officer answers and the head approves."""

import re

import pytest
from captcha.conf import settings as captcha_settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from playwright.sync_api import expect

from directory.demo import ensure_demo_units
from home.editorial import GROUP_APPROVERS, GROUP_EDITORS
from participation.question_setup import GROUP_OFFICERS
from participation.models import Question, Status, UnitOfficer

pytestmark = pytest.mark.browser
PASSWORD = "mat-khau-thu-nghiem"


def user_in(username, group):
    user = get_user_model().objects.create_user(username, password=PASSWORD, email=f"{username}@example.vn")
    user.groups.add(Group.objects.get(name=group))
    return user


def admin_login(page, url, username):
    """Log out (a fresh browser session, no admin cookie) and log in to the admin as ``username``."""
    page.context.clear_cookies()
    page.goto(url("/admin/login/"))
    page.locator("#id_username").fill(username)
    page.locator("#id_password").fill(PASSWORD)
    page.locator("form button[type=submit]").first.click()
    page.wait_for_url(re.compile(r"/admin/$"))


def open_in_queue(page, url, code):
    page.goto(url("/admin/yeu-cau-cong-dan/cau-hoi/"))
    page.get_by_role("link", name=code).click()


@pytest.mark.req("R30")
def test_a_citizen_asks_and_reads_the_answer_by_code(page, url, portal, monkeypatch):
    monkeypatch.setattr(captcha_settings, "CAPTCHA_TEST_MODE", True)
    unit = ensure_demo_units()["phong-quan-ly-cong-nghe"]
    user_in("bientap.trinhduyet", GROUP_EDITORS)
    officer = user_in("canbo.trinhduyet", GROUP_OFFICERS)
    UnitOfficer.objects.create(user=officer, unit=unit)
    approver = user_in("duyet.trinhduyet", GROUP_APPROVERS)

    # The citizen asks.
    page.goto(url("/hoi-dap/"))
    page.get_by_label("Họ và tên").fill("Vũ Thị Lan")
    page.get_by_label("Địa chỉ").fill("15 Nguyễn Đăng Đạo, Bắc Ninh")
    page.get_by_label("Thư điện tử").fill("lan@example.vn")
    page.get_by_label("Điện thoại").fill("0912 345 678")
    page.get_by_label("Tiêu đề câu hỏi").fill("Đăng ký tên miền .vn cho hộ kinh doanh")
    page.get_by_label("Nội dung câu hỏi").fill("Hộ kinh doanh có được đăng ký tên miền .vn không?")
    page.get_by_label("Tôi đồng ý để câu hỏi").check()
    page.locator("#id_captcha_1").fill("PASSED")
    page.get_by_role("button", name="Gửi", exact=True).click()
    page.wait_for_selector('[data-testid="tracking-code"]')
    code = page.locator('[data-testid="tracking-code"]').inner_text().strip()
    assert re.fullmatch(r"HD-\d{4}-[A-Z0-9]{6}", code)
    question = Question.objects.get(code=code)

    # The editor routes it in the admin.
    admin_login(page, url, "bientap.trinhduyet")
    open_in_queue(page, url, code)
    page.locator("#id_unit").select_option(label=unit.name)
    page.get_by_role("button", name="Chuyển xử lý").click()
    page.wait_for_selector("text=Đã chuyển đến đơn vị xử lý.")
    question.refresh_from_db()
    assert question.status == Status.ROUTED and question.unit == unit

    # The citizen sees it is being handled.
    page.goto(url(f"/hoi-dap/tra-cuu/?ma={code}"))
    assert page.locator('[data-testid="status"]').inner_text().strip() == "Đơn vị có thẩm quyền đang xử lý"

    # The unit's officer finds it in the queue and answers.
    admin_login(page, url, officer.username)
    open_in_queue(page, url, code)
    page.get_by_label("Nội dung trả lời").fill(
        "Hộ kinh doanh được đăng ký tên miền .vn theo Thông tư 21/2021/TT-BTTTT.")
    page.get_by_role("button", name="Lưu và gửi duyệt").click()
    page.wait_for_selector("text=Đã lưu câu trả lời; câu trả lời chờ lãnh đạo duyệt.")
    question.refresh_from_db()
    assert question.status == Status.ANSWERED and question.answered_by == officer

    # The citizen still sees it in progress: an answer goes out only once approved.
    page.goto(url(f"/hoi-dap/tra-cuu/?ma={code}"))
    assert page.locator('[data-testid="status"]').inner_text().strip() == "Đã có nội dung trả lời, đang chờ duyệt"
    assert "Thông tư 21/2021/TT-BTTTT" not in page.content()

    # The head reads the answer and approves it.
    admin_login(page, url, approver.username)
    open_in_queue(page, url, code)
    expect(page.get_by_text("theo Thông tư 21/2021/TT-BTTTT.")).to_be_visible()
    page.get_by_role("button", name="Duyệt và gửi trả lời").click()
    page.wait_for_selector("text=Đã duyệt: câu trả lời đã được gửi cho người hỏi.")
    question.refresh_from_db()
    assert question.status == Status.APPROVED and question.approved_by == approver

    # The citizen reads the answer by the code.
    page.goto(url("/hoi-dap/tra-cuu/"))
    page.get_by_label("Mã tra cứu").fill(code.lower())
    page.get_by_role("button", name="Tra cứu").click()
    assert page.locator('[data-testid="status"]').inner_text().strip() == "Đã trả lời"
    assert "Thông tư 21/2021/TT-BTTTT" in page.locator('[data-testid="answer"]').inner_text()
    assert "lan@example.vn" not in page.content()
