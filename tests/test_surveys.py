"""Online surveys (R16, R34): built with the form builder, open for a period, one response per browser,
results aggregated per question and exported for the requesting agency."""

import csv
import datetime
import io
import re
import uuid

import pytest
from captcha.conf import settings as captcha_settings
from django.core.cache import cache
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook

from home.models import SectionPage
from participation.models import SurveyPage, SurveyQuestion, SurveyResponse, SurveyStatus
from participation.survey_results import aggregate

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def captcha_and_limits(monkeypatch):
    monkeypatch.setattr(captcha_settings, "CAPTCHA_TEST_MODE", True)
    cache.clear()
    yield
    cache.clear()


def make_survey(opens_in=-1, closes_in=10, slug="khao-sat-thu-nghiem"):
    now = timezone.now()
    page = SurveyPage(
        title="Khảo sát thử nghiệm", slug=slug, requesting_agency="Văn phòng Sở",
        opens_at=now + datetime.timedelta(days=opens_in), closes_at=now + datetime.timedelta(days=closes_in),
    )
    questions = [
        ("Mức độ hài lòng", "radio", "Hài lòng\nBình thường\nChưa hài lòng", True),
        ("Mục thường dùng", "checkboxes", "Tin tức\nVăn bản\nHỏi đáp", False),
        ("Tuổi", "number", "", False),
        ("Góp ý", "multiline", "", False),
    ]
    for order, (label, kind, choices, required) in enumerate(questions):
        page.form_fields.add(SurveyQuestion(label=label, field_type=kind, choices=choices, required=required,
                                            sort_order=order))
    SectionPage.objects.get(slug="khao-sat").add_child(instance=page)
    page.save_revision().publish()
    return page


def answer(page, satisfaction, sections=(), age=None, text=""):
    return SurveyResponse.objects.create(page=page, submission_token=uuid.uuid4(), form_data={
        "muc_do_hai_long": satisfaction, "muc_thuong_dung": list(sections), "tuoi": age, "gop_y": text})


def form_data(client, page, **values):
    html = client.get(page.url).content.decode()
    data = {
        "captcha_0": re.search(r'name="captcha_0" value="([^"]+)"', html).group(1),
        "captcha_1": "PASSED",
        "submission_token": re.search(r'name="submission_token" value="([^"]+)"', html).group(1),
        "website": "",
        "muc_do_hai_long": "Hài lòng", "muc_thuong_dung": ["Tin tức", "Hỏi đáp"], "tuoi": "34", "gop_y": "Tốt",
    }
    data.update(values)
    return data


@pytest.mark.req("R16", "R34")
def test_a_citizen_answers_once_and_only_the_answers_are_stored(client, django_assert_max_num_queries):
    page = make_survey()
    with django_assert_max_num_queries(30):
        html = client.get(page.url).content.decode()
    assert "<legend>Mức độ hài lòng" in html and "Văn phòng Sở" in html and "Đang nhận trả lời" in html
    response = client.post(page.url, form_data(client, page))
    assert response.status_code == 302
    assert "Cảm ơn" in client.get(response["Location"]).content.decode()
    stored = SurveyResponse.objects.get(page=page)
    assert stored.form_data == {"muc_do_hai_long": "Hài lòng", "muc_thuong_dung": ["Tin tức", "Hỏi đáp"],
                                "tuoi": "34", "gop_y": "Tốt"}  # no captcha, honeypot or token


@pytest.mark.req("R16", "R34")
def test_the_same_browser_is_not_offered_the_survey_again_and_a_second_post_is_refused(client):
    page = make_survey()
    data = form_data(client, page)
    assert client.post(page.url, data).status_code == 302
    html = client.get(page.url).content.decode()
    assert 'name="muc_do_hai_long"' not in html and "đã trả lời khảo sát này" in html
    data["submission_token"] = str(uuid.uuid4())
    again = client.post(page.url, data)
    assert again.status_code == 409 and "đã trả lời khảo sát này" in again.content.decode()
    assert SurveyResponse.objects.filter(page=page).count() == 1


@pytest.mark.req("R34")
def test_a_retried_post_with_the_same_token_stores_one_response(client):
    page = make_survey()
    data = form_data(client, page)
    client.post(page.url, data)
    other_browser = client_class()
    data["captcha_0"] = form_data(other_browser, page)["captcha_0"]
    assert other_browser.post(page.url, data).status_code == 302
    assert SurveyResponse.objects.filter(page=page).count() == 1


def client_class():
    from django.test import Client

    return Client()


@pytest.mark.req("R34")
@override_settings(PUBLIC_FORM_RATE_LIMITS={"default": (2, 3600)})
def test_the_per_address_limit_holds_when_cookies_are_thrown_away(client):
    page = make_survey()
    statuses = []
    for _ in range(3):
        browser = client_class()  # a fresh browser each time: no cookie, same address
        statuses.append(browser.post(page.url, form_data(browser, page)).status_code)
    assert statuses == [302, 302, 429]
    assert SurveyResponse.objects.filter(page=page).count() == 2


@pytest.mark.req("R34")
def test_a_missing_required_answer_gets_a_vietnamese_message(client):
    page = make_survey()
    response = client.post(page.url, form_data(client, page, muc_do_hai_long=""))
    assert response.status_code == 400
    assert "Trường này là bắt buộc." in response.content.decode()
    assert not SurveyResponse.objects.filter(page=page).exists()


@pytest.mark.req("R16")
def test_a_closed_survey_refuses_answers_clearly(client):
    page = make_survey()
    data = form_data(client, page)
    SurveyPage.objects.filter(pk=page.pk).update(closes_at=timezone.now() - datetime.timedelta(seconds=1))
    page.refresh_from_db()
    assert page.status == SurveyStatus.CLOSED
    assert 'name="muc_do_hai_long"' not in client.get(page.url).content.decode()
    response = client.post(page.url, data)
    assert response.status_code == 403
    assert "đã kết thúc" in response.content.decode()
    assert not SurveyResponse.objects.filter(page=page).exists()


@pytest.mark.req("R16")
def test_results_are_counted_per_question_with_percentages():
    page = make_survey()
    answer(page, "Hài lòng", ["Tin tức", "Văn bản"], age="30", text="Tốt")
    answer(page, "Hài lòng", ["Tin tức"], age="40")
    answer(page, "Chưa hài lòng", [], text="Chậm")
    answer(page, "Bình thường", ["Hỏi đáp"], age="20")
    total, results = aggregate(page)
    assert total == 4
    satisfaction, sections, age, suggestion = results
    assert [(o.label, o.count, o.percent) for o in satisfaction.options] == [
        ("Hài lòng", 2, 50.0), ("Bình thường", 1, 25.0), ("Chưa hài lòng", 1, 25.0)]
    # Several answers allowed: percent of the 3 who answered, adding up to more than 100.
    assert sections.multiple and sections.answered == 3
    assert [(o.label, o.count, o.percent) for o in sections.options] == [
        ("Tin tức", 2, 66.7), ("Văn bản", 1, 33.3), ("Hỏi đáp", 1, 33.3)]
    assert age.answered == 3 and age.figures == {"Nhỏ nhất": 20.0, "Lớn nhất": 40.0, "Trung bình": 30.0}
    assert suggestion.answered == 2 and suggestion.answers == ["Chậm", "Tốt"]


@pytest.mark.req("R16")
def test_editors_see_the_results_with_a_chart_and_export_them(client, make_user):
    page = make_survey()
    answer(page, "Hài lòng", ["Tin tức"])
    answer(page, "Chưa hài lòng", ["Tin tức"], text="<script>x</script>")
    client.force_login(make_user("bientap-khaosat", "Biên tập"))
    html = client.get(reverse("participation_survey_results", args=[page.pk])).content.decode()
    assert "Số phiếu trả lời: <strong>2</strong>" in html
    assert 'width="50.0"' in html  # the bar of "Hài lòng"
    assert "<script>x</script>" not in html and "&lt;script&gt;x&lt;/script&gt;" in html

    workbook = client.get(reverse("participation_survey_export", args=[page.pk, "xlsx"]))
    rows = list(load_workbook(io.BytesIO(workbook.content)).active.iter_rows(values_only=True))
    assert ("Mức độ hài lòng", "Hài lòng", 1, 50) in rows
    assert ("Mục thường dùng", "Tin tức", 2, 100) in rows

    exported = client.get(reverse("participation_survey_export", args=[page.pk, "csv"]))
    reader = list(csv.reader(io.StringIO(exported.content.decode("utf-8-sig"))))
    assert ["Mức độ hài lòng", "Chưa hài lòng", "1", "50.0"] in reader
    assert client.get(reverse("participation_survey_export", args=[page.pk, "exe"])).status_code == 404


def test_people_who_cannot_edit_the_survey_cannot_see_its_results(client, make_user):
    page = make_survey()
    client.force_login(make_user("nguoi-ngoai", superuser=False))
    response = client.get(reverse("participation_survey_results", args=[page.pk]))
    assert response.status_code in (302, 403)


def test_the_demo_has_a_survey_with_responses():
    page = SurveyPage.objects.live().get()
    total, results = aggregate(page)
    assert total >= 5 and results[0].options[0].count > 0
