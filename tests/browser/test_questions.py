"""A citizen asks a question in a real browser, gets the code, and later reads the answer by it;
in between an editor routes it in the admin, the unit's officer answers and the head approves."""

import re

import pytest
from captcha.conf import settings as captcha_settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client

from directory.demo import ensure_demo_units
from participation.models import Question, Status, UnitOfficer

pytestmark = pytest.mark.browser
PASSWORD = "mat-khau-thu-nghiem"


def user_in(username, group):
    user = get_user_model().objects.create_user(username, password=PASSWORD, email=f"{username}@example.vn")
    user.groups.add(Group.objects.get(name=group))
    return user


@pytest.mark.req("R30")
def test_a_citizen_asks_and_reads_the_answer_by_code(page, url, portal, monkeypatch):
    monkeypatch.setattr(captcha_settings, "CAPTCHA_TEST_MODE", True)
    unit = ensure_demo_units()["phong-quan-ly-cong-nghe"]
    user_in("bientap.trinhduyet", "Biên tập")
    officer = user_in("canbo.trinhduyet", "Cán bộ trả lời")
    UnitOfficer.objects.create(user=officer, unit=unit)
    approver = user_in("duyet.trinhduyet", "Duyệt")

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
    page.goto(url("/admin/login/"))
    page.locator("#id_username").fill("bientap.trinhduyet")
    page.locator("#id_password").fill(PASSWORD)
    page.locator("form button[type=submit]").first.click()
    page.wait_for_url(re.compile(r"/admin/$"))
    page.goto(url("/admin/yeu-cau-cong-dan/cau-hoi/"))
    page.get_by_role("link", name=code).click()
    page.locator("#id_unit").select_option(label=unit.name)
    page.get_by_role("button", name="Chuyển xử lý").click()
    page.wait_for_selector("text=Đã chuyển đến đơn vị xử lý.")
    question.refresh_from_db()
    assert question.status == Status.ROUTED and question.unit == unit

    # The citizen sees it is being handled.
    page.goto(url(f"/hoi-dap/tra-cuu/?ma={code}"))
    assert page.locator('[data-testid="status"]').inner_text().strip() == "Đơn vị có thẩm quyền đang xử lý"

    # The officer answers and the head approves (through the same admin actions, by the test client).
    staff = Client()
    staff.force_login(officer)
    staff.post(f"/admin/yeu-cau-cong-dan/cau-hoi/{question.pk}/answer/",
               {"answer": "Hộ kinh doanh được đăng ký tên miền .vn theo Thông tư 21/2021/TT-BTTTT."})
    staff.force_login(approver)
    staff.post(f"/admin/yeu-cau-cong-dan/cau-hoi/{question.pk}/approve/")

    # The citizen reads the answer by the code.
    page.goto(url("/hoi-dap/tra-cuu/"))
    page.get_by_label("Mã tra cứu").fill(code.lower())
    page.get_by_role("button", name="Tra cứu").click()
    assert page.locator('[data-testid="status"]').inner_text().strip() == "Đã trả lời"
    assert "Thông tư 21/2021/TT-BTTTT" in page.locator('[data-testid="answer"]').inner_text()
    assert "lan@example.vn" not in page.content()
