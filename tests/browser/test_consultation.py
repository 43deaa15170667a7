"""A citizen comments on an open draft in a real browser, sees the thank-you, and the comment appears once approved."""

import re

import pytest
from captcha.conf import settings as captcha_settings

from participation.models import ConsultationComment

pytestmark = pytest.mark.browser


@pytest.mark.req("R9", "R34")
def test_a_citizen_comments_on_an_open_draft_and_sees_the_thank_you(page, url, portal, monkeypatch):
    monkeypatch.setattr(captcha_settings, "CAPTCHA_TEST_MODE", True)  # CAPTCHA_TEST_MODE=1, as acceptance runs do
    page.goto(url("/lay-y-kien/"))
    page.get_by_role("link", name="Đang lấy ý kiến", exact=False).first.click()
    page.wait_for_url(re.compile(r"\?trang_thai=dang-lay-y-kien"))
    page.locator(".consultation-card .card__title a").first.click()
    page.wait_for_url(re.compile(r"/lay-y-kien/[-\w]+/$"))
    draft_url = page.url

    page.get_by_label("Họ và tên").fill("Đỗ Thị Lan")
    page.get_by_label("Thư điện tử").fill("lan.do@example.vn")
    page.get_by_label("Điều, khoản, mục góp ý").fill("Điều 5, khoản 1")
    page.get_by_label("Nội dung góp ý").fill("Đề nghị kéo dài thời hạn gửi đề xuất <đến 31/5>.")
    page.locator("#id_captcha_1").fill("PASSED")
    page.get_by_role("button", name="Gửi ý kiến").click()

    page.wait_for_url(re.compile(r"\?da-gui=1"))
    thanks = page.get_by_role("status")
    assert "Cảm ơn bạn" in thanks.inner_text()
    assert "kéo dài thời hạn" not in page.locator(".consultation__comments").inner_text()  # not before moderation

    comment = ConsultationComment.objects.get(full_name="Đỗ Thị Lan")
    assert comment.comment == "Đề nghị kéo dài thời hạn gửi đề xuất <đến 31/5>."
    comment.moderate(ConsultationComment.APPROVED)
    page.goto(draft_url)
    assert "Đề nghị kéo dài thời hạn gửi đề xuất <đến 31/5>." in page.locator(".comment-list").inner_text()
