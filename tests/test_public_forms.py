"""The protection every public form shares (R34): captcha, honeypot, per-address limits, one save per token."""

import re
import uuid

import pytest
from captcha.conf import settings as captcha_settings
from captcha.models import CaptchaStore
from django import forms
from django.test import RequestFactory, override_settings

from home.public_forms import ProtectedFormMixin, rate_limit_exceeded


class SampleForm(ProtectedFormMixin, forms.Form):
    name = forms.CharField(max_length=50)


def filled(form_html, **values):
    """What a person would post: the rendered hidden fields plus their answers."""
    key = re.search(r'name="captcha_0" value="([^"]+)"', form_html).group(1)
    data = {"captcha_0": key, "submission_token": str(uuid.uuid4()), "website": ""}
    data.update(values)
    return key, data


@pytest.mark.req("R34")
def test_the_real_captcha_answer_passes_and_a_wrong_one_is_refused_in_vietnamese(db):
    key, data = filled(str(SampleForm()), name="Nguyễn Văn A")
    answer = CaptchaStore.objects.get(hashkey=key).response
    assert SampleForm(data | {"captcha_1": answer}).is_valid()

    key, data = filled(str(SampleForm()), name="Nguyễn Văn A")
    form = SampleForm(data | {"captcha_1": "999999"})
    assert not form.is_valid()
    assert form.errors["captcha"] == ["Kết quả kiểm tra chưa đúng. Vui lòng tính lại phép cộng mới."]


@pytest.mark.req("R34")
def test_test_mode_accepts_passed_only_when_switched_on(db, monkeypatch):
    key, data = filled(str(SampleForm()), name="A")
    assert not SampleForm(data | {"captcha_1": "PASSED"}).is_valid()
    monkeypatch.setattr(captcha_settings, "CAPTCHA_TEST_MODE", True)
    key, data = filled(str(SampleForm()), name="A")
    assert SampleForm(data | {"captcha_1": "PASSED"}).is_valid()


@pytest.mark.req("R34")
def test_a_filled_honeypot_is_refused(db, monkeypatch):
    monkeypatch.setattr(captcha_settings, "CAPTCHA_TEST_MODE", True)
    key, data = filled(str(SampleForm()), name="A", captcha_1="PASSED", website="http://spam.example")
    form = SampleForm(data)
    assert not form.is_valid()
    assert "website" in form.errors


@pytest.mark.req("R34")
@override_settings(PUBLIC_FORM_RATE_LIMITS={"default": (3, 60)})
def test_the_rate_limit_counts_per_address_and_form():
    factory = RequestFactory()
    one = factory.post("/", REMOTE_ADDR="203.0.113.7")
    other = factory.post("/", REMOTE_ADDR="203.0.113.8")
    assert [rate_limit_exceeded(one, "test-form") for _ in range(4)] == [False, False, False, True]
    assert rate_limit_exceeded(other, "test-form") is False
    assert rate_limit_exceeded(one, "another-form") is False


@override_settings(TRUSTED_PROXY_COUNT=1, PUBLIC_FORM_RATE_LIMITS={"default": (1, 60)})
def test_behind_a_proxy_the_forwarded_address_counts_and_cannot_be_spoofed_by_the_client():
    factory = RequestFactory()
    # The client claims 1.1.1.1; the proxy appends the real address last.
    first = factory.post("/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="1.1.1.1, 198.51.100.9")
    second = factory.post("/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="2.2.2.2, 198.51.100.9")
    assert rate_limit_exceeded(first, "proxy-form") is False
    assert rate_limit_exceeded(second, "proxy-form") is True


def test_the_form_lists_content_fields_apart_from_the_protection(db):
    form = SampleForm()
    assert [field.name for field in form.content_fields] == ["name"]
    assert [field.name for field in form.protection_fields] == ["website", "captcha", "submission_token"]
    assert form["submission_token"].value() != SampleForm()["submission_token"].value()
