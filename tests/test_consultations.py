"""Consultation on drafts (R9, R34): open/closed by the clock, moderated comments, exports for the drafting agency."""

import datetime
import re
import uuid
from io import BytesIO

import pytest
from captcha.conf import settings as captcha_settings
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook

from participation.models import ConsultationComment, ConsultationIndexPage, ConsultationPage, ConsultationStatus

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def captcha_and_limits(monkeypatch):
    """Automated submissions answer the captcha with PASSED; each test starts with fresh rate-limit counters."""
    monkeypatch.setattr(captcha_settings, "CAPTCHA_TEST_MODE", True)
    cache.clear()
    yield
    cache.clear()


def index():
    return ConsultationIndexPage.objects.get(slug="lay-y-kien")


def make_consultation(opens_in=-1, closes_in=10, slug="du-thao-thu-nghiem", title="Dự thảo thử nghiệm"):
    now = timezone.now()
    page = ConsultationPage(
        title=title, slug=slug, drafting_agency="Phòng Quản lý khoa học",
        intro="<p>Tóm tắt dự thảo thử nghiệm.</p>",
        body=[{"type": "paragraph", "value": "<p>Điều 1. Phạm vi điều chỉnh.</p>"}],
        opens_at=now + datetime.timedelta(days=opens_in), closes_at=now + datetime.timedelta(days=closes_in),
        receiving_agency="Văn phòng Sở", receiving_address="Số 18 Trần Hưng Đạo",
        receiving_email="gopy@example.vn",
    )
    index().add_child(instance=page)
    page.save_revision().publish()
    return page


def comment_on(page, status=ConsultationComment.APPROVED, text="Ý kiến thử nghiệm.", **fields):
    return ConsultationComment.objects.create(
        page=page, full_name=fields.pop("full_name", "Nguyễn Văn A"), email="a@example.vn", comment=text,
        status=status, submission_token=uuid.uuid4(), **fields)


def form_data(client, page, **values):
    """What a person posts: the page's own captcha key and token, PASSED, and their answers."""
    html = client.get(page.url).content.decode()
    data = {
        "captcha_0": re.search(r'name="captcha_0" value="([^"]+)"', html).group(1),
        "captcha_1": "PASSED",
        "submission_token": re.search(r'name="submission_token" value="([^"]+)"', html).group(1),
        "website": "",
        "full_name": "Trần Thị Bình", "email": "binh@example.vn", "organisation": "Hội Luật gia",
        "section": "Điều 1", "comment": "Đề nghị làm rõ phạm vi điều chỉnh.",
    }
    data.update(values)
    return data


# --- status, computed from the clock -------------------------------------------------------------

@pytest.mark.req("R9")
def test_the_status_is_computed_from_the_times_and_never_stored():
    page = make_consultation(opens_in=-1, closes_in=1)
    closes = page.closes_at
    assert page.status_at(closes - datetime.timedelta(seconds=1)) == ConsultationStatus.OPEN
    assert page.status_at(closes) == ConsultationStatus.CLOSED
    assert page.status_at(page.opens_at - datetime.timedelta(seconds=1)) == ConsultationStatus.UPCOMING
    assert page.is_open
    # The same page, with time passed, closes by itself: nothing to update.
    ConsultationPage.objects.filter(pk=page.pk).update(closes_at=timezone.now() - datetime.timedelta(minutes=1))
    page.refresh_from_db()
    assert page.status == ConsultationStatus.CLOSED


def test_the_closing_time_must_follow_the_opening_time():
    page = make_consultation()
    page.closes_at = page.opens_at
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    assert "phải sau thời điểm bắt đầu" in str(error.value)


@pytest.mark.req("R9")
def test_times_are_shown_in_vietnam_time_dd_mm_yyyy(client):
    page = make_consultation()
    ConsultationPage.objects.filter(pk=page.pk).update(
        closes_at=datetime.datetime(2030, 3, 31, 10, 0, tzinfo=datetime.timezone.utc))
    html = client.get(page.url).content.decode()
    assert "17:00 31/03/2030" in html  # 10:00 UTC is 17:00 in Hà Nội


# --- the list ------------------------------------------------------------------------------------

@pytest.mark.req("R9")
def test_the_list_shows_open_and_closed_consultations_and_filters_by_status(client, django_assert_max_num_queries):
    make_consultation(slug="du-thao-dang-mo", title="Dự thảo đang mở")
    make_consultation(opens_in=-20, closes_in=-5, slug="du-thao-da-dong", title="Dự thảo đã đóng")
    with django_assert_max_num_queries(30):
        html = client.get("/lay-y-kien/").content.decode()
    assert "Dự thảo đang mở" in html and "Dự thảo đã đóng" in html
    assert html.index("Dự thảo đang mở") < html.index("Dự thảo đã đóng")  # open ones first
    assert "Đang lấy ý kiến" in html and "Đã kết thúc" in html

    closed = client.get("/lay-y-kien/?trang_thai=da-ket-thuc").content.decode()
    assert "Dự thảo đã đóng" in closed and "Dự thảo đang mở" not in closed
    opened = client.get("/lay-y-kien/?trang_thai=dang-lay-y-kien").content.decode()
    assert "Dự thảo đang mở" in opened and "Dự thảo đã đóng" not in opened
    # An unknown status is ignored, not an error.
    assert client.get("/lay-y-kien/?trang_thai=<b>x</b>").status_code == 200


def test_the_list_counts_only_published_comments():
    page = make_consultation()
    comment_on(page)
    comment_on(page, status=ConsultationComment.PENDING)
    comment_on(page, status=ConsultationComment.REJECTED)
    listed = index().consultations().get(pk=page.pk)
    assert listed.published_comments == 1


@pytest.mark.req("R9", "R4")
def test_the_drafts_section_of_the_library_leads_to_open_consultations(client):
    make_consultation(title="Dự thảo đang lấy ý kiến")
    html = client.get("/van-ban/du-thao-van-ban/").content.decode()
    assert "Dự thảo đang lấy ý kiến" in html
    assert 'href="/lay-y-kien/"' in html


# --- the page and its form ----------------------------------------------------------------------

@pytest.mark.req("R9")
def test_an_open_consultation_shows_everything_a_reader_needs_and_the_form(client, django_assert_max_num_queries):
    page = make_consultation()
    for _ in range(3):
        comment_on(page)
    with django_assert_max_num_queries(30):
        response = client.get(page.url)
    html = response.content.decode()
    for text in ("Phòng Quản lý khoa học", "Tóm tắt dự thảo thử nghiệm", "Điều 1. Phạm vi điều chỉnh",
                 "Văn phòng Sở", "Số 18 Trần Hưng Đạo", "gopy@example.vn", "Đang lấy ý kiến", 'name="comment"',
                 "3 ý kiến đã công khai"):
        assert text in html, text


@pytest.mark.req("R9", "R34")
def test_pending_and_rejected_comments_never_show_and_approved_ones_are_escaped(client):
    page = make_consultation()
    comment_on(page, text="Ý kiến đang chờ duyệt", status=ConsultationComment.PENDING)
    comment_on(page, text="Ý kiến bị từ chối", status=ConsultationComment.REJECTED)
    comment_on(page, text='<script>alert("x")</script> Điều 3 chưa rõ', full_name="<b>Lê</b>")
    html = client.get(page.url).content.decode()
    assert "Ý kiến đang chờ duyệt" not in html and "Ý kiến bị từ chối" not in html
    assert "<script>alert" not in html and "<b>Lê</b>" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; Điều 3 chưa rõ" in html
    assert "&lt;b&gt;Lê&lt;/b&gt;" in html
    assert "a@example.vn" not in html  # e-mail addresses are never published


@pytest.mark.req("R9", "R34")
def test_a_citizen_comments_and_the_comment_waits_for_moderation(client):
    page = make_consultation()
    response = client.post(page.url, form_data(client, page, comment='Đề nghị sửa <b>Điều 1</b> & "Điều 2".'))
    assert response.status_code == 302
    thanks = client.get(response["Location"]).content.decode()
    assert "Cảm ơn" in thanks
    comment = ConsultationComment.objects.get(page=page)
    assert comment.comment == 'Đề nghị sửa <b>Điều 1</b> & "Điều 2".'  # stored as written
    assert comment.status == ConsultationComment.PENDING
    assert comment.organisation == "Hội Luật gia" and comment.section == "Điều 1"
    assert "Đề nghị sửa" not in thanks  # not public before moderation


@pytest.mark.req("R34")
def test_a_double_post_stores_one_comment(client):
    page = make_consultation()
    data = form_data(client, page)
    first = client.post(page.url, data)
    data["captcha_0"] = form_data(client, page)["captcha_0"]  # a retried POST with a fresh captcha, same token
    second = client.post(page.url, data)
    assert first.status_code == second.status_code == 302
    assert ConsultationComment.objects.filter(page=page).count() == 1


@pytest.mark.req("R34")
def test_bad_input_gets_clear_vietnamese_messages_and_nothing_is_stored(client):
    page = make_consultation()
    response = client.post(page.url, form_data(client, page, full_name="", email="khong-phai-email",
                                               comment="x" * 10_001))
    html = response.content.decode()
    assert response.status_code == 400
    assert "Vui lòng nhập họ và tên." in html
    assert "Địa chỉ thư điện tử không hợp lệ" in html
    assert "tối đa 10000 ký tự" in html
    assert not ConsultationComment.objects.filter(page=page).exists()


@pytest.mark.req("R34")
def test_a_wrong_captcha_or_a_filled_honeypot_is_refused(client, monkeypatch):
    page = make_consultation()
    assert client.post(page.url, form_data(client, page, website="http://spam.example")).status_code == 400
    monkeypatch.setattr(captcha_settings, "CAPTCHA_TEST_MODE", False)
    assert client.post(page.url, form_data(client, page, captcha_1="PASSED")).status_code == 400
    assert not ConsultationComment.objects.filter(page=page).exists()


@pytest.mark.req("R34")
@override_settings(PUBLIC_FORM_RATE_LIMITS={"default": (2, 3600)})
def test_too_many_comments_from_one_address_are_refused_with_429(client):
    page = make_consultation()
    statuses = [client.post(page.url, form_data(client, page)).status_code for _ in range(3)]
    assert statuses == [302, 302, 429]
    assert ConsultationComment.objects.filter(page=page).count() == 2


@pytest.mark.req("R9")
def test_after_closing_the_form_disappears_and_a_post_is_refused_clearly(client):
    page = make_consultation()
    data = form_data(client, page)  # a tab opened while it was open
    ConsultationPage.objects.filter(pk=page.pk).update(closes_at=timezone.now() - datetime.timedelta(seconds=1))
    html = client.get(page.url).content.decode()
    assert 'name="comment"' not in html and "Đã kết thúc" in html
    response = client.post(page.url, data)
    assert response.status_code == 403
    assert "đã kết thúc lấy ý kiến" in response.content.decode()
    assert not ConsultationComment.objects.filter(page=page).exists()


def test_before_opening_the_form_is_not_shown_and_a_post_is_refused(client):
    page = make_consultation(opens_in=2, closes_in=10)
    html = client.get(page.url).content.decode()
    assert 'name="comment"' not in html and "Sắp lấy ý kiến" in html
    response = client.post(page.url, {"comment": "Sớm quá"})
    assert response.status_code == 403
    assert "chưa nhận ý kiến" in response.content.decode()


# --- moderation and exports in the admin -------------------------------------------------------

@pytest.mark.req("R9")
def test_an_editor_approves_a_comment_without_being_able_to_change_its_text(client, make_user):
    page = make_consultation()
    comment = comment_on(page, status=ConsultationComment.PENDING, text="Nguyên văn ý kiến")
    editor = make_user("bientap-ykien", "Biên tập")
    client.force_login(editor)
    url = reverse("consultation_comments:edit", args=[comment.pk])
    assert "Nguyên văn ý kiến" in client.get(url).content.decode()
    response = client.post(url, {"status": "approved", "moderation_note": "", "comment": "Đã sửa"})
    assert response.status_code == 302
    comment.refresh_from_db()
    assert comment.status == ConsultationComment.APPROVED
    assert comment.comment == "Nguyên văn ý kiến"
    assert comment.moderated_by == editor and comment.moderated_at is not None
    assert "Nguyên văn ý kiến" in client.get(page.url).content.decode()


def test_drafters_cannot_see_comments_and_nobody_adds_one_in_the_admin(client, make_user):
    page = make_consultation()
    client.force_login(make_user("capnhat-ykien", "Cập nhật"))
    assert client.get(reverse("consultation_comments:index")).status_code in (302, 403)
    refused = client.get(reverse("participation_consultation_export", args=[page.pk]))
    assert refused.status_code in (302, 403) and "spreadsheet" not in refused.get("Content-Type", "")
    client.force_login(make_user("bientap-them", "Biên tập"))
    assert client.get(reverse("consultation_comments:index")).status_code == 200
    assert client.get(reverse("consultation_comments:add")).status_code in (302, 403)


def test_the_moderation_list_costs_the_same_queries_for_few_or_many_comments(client, make_user):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    page = make_consultation()
    client.force_login(make_user("bientap-danhsach", "Biên tập"))
    listing = reverse("consultation_comments:index")

    def queries():
        client.get(listing)  # warm the caches that a first request fills
        with CaptureQueriesContext(connection) as captured:
            assert client.get(listing).status_code == 200
        return len(captured)

    comment_on(page)
    few = queries()
    for number in range(10):
        comment_on(page, text=f"Ý kiến {number}", full_name=f"Người {number}")
    assert queries() == few


@pytest.mark.req("R9")
def test_editors_export_every_comment_to_xlsx(client, make_user):
    page = make_consultation()
    comment_on(page, text="Ý kiến đã duyệt", full_name="Người thứ nhất", section="Điều 2")
    comment_on(page, text="Ý kiến chờ duyệt", full_name="Người thứ hai", status=ConsultationComment.PENDING)
    comment_on(page, text="Ý kiến bị từ chối", full_name="Người thứ ba", status=ConsultationComment.REJECTED)
    client.force_login(make_user("duyet-ykien", "Duyệt"))
    response = client.get(reverse("participation_consultation_export", args=[page.pk]))
    assert response.status_code == 200
    assert response["Content-Disposition"] == 'attachment; filename="y-kien-du-thao-thu-nghiem.xlsx"'
    sheet = load_workbook(BytesIO(response.content)).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[1][:2] == ("Dự thảo", "Dự thảo thử nghiệm")
    header = rows.index(next(row for row in rows if row and row[0] == "STT"))
    body = rows[header + 1:]
    assert [row[2] for row in body] == ["Người thứ nhất", "Người thứ hai", "Người thứ ba"]
    assert body[0][5] == "Điều 2" and body[0][6] == "Ý kiến đã duyệt" and body[0][4] == "a@example.vn"
    assert [row[7] for row in body] == ["Đã duyệt, công khai", "Chờ kiểm duyệt", "Không công khai"]


@pytest.mark.req("R9")
def test_the_printable_summary_groups_comments_by_article(client, make_user):
    page = make_consultation()
    comment_on(page, text="Về điều 2 lần một", section="Điều 2")
    comment_on(page, text="Về điều 2 lần hai", section="Điều 2", status=ConsultationComment.PENDING)
    comment_on(page, text="Chung", section="")
    comment_on(page, text="Quảng cáo", status=ConsultationComment.REJECTED)
    client.force_login(make_user("bientap-tonghop", "Biên tập"))
    html = client.get(reverse("participation_consultation_summary", args=[page.pk])).content.decode()
    assert "<td>4 · Chờ kiểm duyệt: 1 · Đã duyệt, công khai: 2 · Không công khai: 1</td>" in html
    assert "Điều 2 <small>(2 ý kiến)</small>" in html
    assert "Góp ý chung cho toàn bộ dự thảo" in html
    assert "Quảng cáo" not in html


def test_the_page_editor_and_the_page_listing_offer_the_exports(client, make_user):
    page = make_consultation()
    client.force_login(make_user("bientap-nut", "Biên tập"))
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    listing = client.get(reverse("wagtailadmin_explore", args=[index().pk])).content.decode()
    for html in (edit, listing):
        assert reverse("participation_consultation_export", args=[page.pk]) in html
        assert reverse("participation_consultation_summary", args=[page.pk]) in html


def test_a_draft_describes_itself_as_legislation_in_its_metadata(client):
    page = make_consultation()
    html = client.get(page.url).content.decode()
    assert '"about":{"@type":"Legislation"' in html
    assert '"legislationResponsible":{"@type":"GovernmentOrganization","name":"Phòng Quản lý khoa học"}' in html


# --- demo ----------------------------------------------------------------------------------------

def test_the_demo_has_an_open_and_a_closed_consultation_with_comments():
    pages = list(ConsultationPage.objects.live())
    assert {page.status for page in pages} >= {ConsultationStatus.OPEN, ConsultationStatus.CLOSED}
    statuses = set(ConsultationComment.objects.values_list("status", flat=True))
    assert statuses == {ConsultationComment.APPROVED, ConsultationComment.PENDING, ConsultationComment.REJECTED}
