"""Leaders' work schedule and citizen reception (R3): weeks, public pages, changes, iCalendar, week editor."""

import datetime
from zoneinfo import ZoneInfo

import pytest
from django.urls import reverse
from django.utils import timezone
from icalendar import Calendar

from directory.models import Official, ScheduleEntry, ScheduleKind, SchedulePage
from directory.schedule_admin import copy_previous_week
from directory.schedules import Week
from home.editorial import GROUP_APPROVERS, GROUP_DRAFTERS

pytestmark = [pytest.mark.req("R3"), pytest.mark.django_db]
WORK_URL = "/chi-dao-dieu-hanh/lich-lam-viec/"
RECEPTION_URL = "/chi-dao-dieu-hanh/lich-tiep-cong-dan/"
TZ = ZoneInfo("Asia/Ho_Chi_Minh")


@pytest.fixture
def leaders(db):
    return list(Official.objects.in_default_locale().leaders().order_by("sort_order"))


def make_entry(leaders, day, start="08:00", kind=ScheduleKind.WORK, publish=True, **fields):
    fields.setdefault("content", "Họp giao ban")
    entry = ScheduleEntry.objects.create(kind=kind, date=day, start_time=datetime.time.fromisoformat(start), **fields)
    entry.leaders.set(leaders)
    if publish:
        entry.publish()
    return entry


# --- weeks ---------------------------------------------------------------------------


@pytest.mark.parametrize("day, year, number, monday", [
    (datetime.date(2026, 11, 30), 2026, 49, datetime.date(2026, 11, 30)),
    (datetime.date(2026, 12, 6), 2026, 49, datetime.date(2026, 11, 30)),
    (datetime.date(2026, 12, 31), 2026, 53, datetime.date(2026, 12, 28)),
    (datetime.date(2027, 1, 3), 2026, 53, datetime.date(2026, 12, 28)),  # still 2026's last week
    (datetime.date(2027, 1, 4), 2027, 1, datetime.date(2027, 1, 4)),
    (datetime.date(2024, 12, 30), 2025, 1, datetime.date(2024, 12, 30)),  # 2025-W01 starts in 2024
])
def test_iso_weeks_across_the_year_end(day, year, number, monday):
    week = Week.of(day)
    assert (week.year, week.number, week.monday) == (year, number, monday)
    assert week.sunday == monday + datetime.timedelta(days=6)
    assert day in week and len(week.days) == 7


def test_next_and_previous_weeks_cross_the_53rd_week():
    last = Week(2026, 53)
    assert last.next == Week(2027, 1)
    assert Week(2027, 1).previous == last
    assert Week(2026, 52).next == last
    assert last.slug == "2026-53" and last.iso == "2026-W53"
    assert str(last) == "Tuần 53/2026 (28/12/2026 – 03/01/2027)"


@pytest.mark.parametrize("text", ["2026-W49", "2026-49", "2026W49", " 2026-w49 "])
def test_weeks_are_read_in_iso_and_path_forms(text):
    assert Week.parse(text) == Week(2026, 49)


@pytest.mark.parametrize("text", ["", "2026", "2026-W00", "2026-W54", "2025-W53", "abcd-W01", "0001-W01", "2026-W4x"])
def test_weeks_that_do_not_exist_are_refused(text):
    with pytest.raises(ValueError):
        Week.parse(text)


# --- the public page -----------------------------------------------------------------


def test_schedule_sections_are_schedule_pages():
    kinds = dict(SchedulePage.objects.live().values_list("slug", "kind"))
    assert kinds == {"lich-lam-viec": ScheduleKind.WORK, "lich-tiep-cong-dan": ScheduleKind.RECEPTION}


def test_this_week_lists_monday_to_sunday_with_published_entries_only(client, leaders):
    week = Week.current()
    make_entry(leaders[:1], week.days[1], content="Dự hội nghị tổng kết ngành")
    make_entry(leaders[:1], week.days[1], start="14:00", content="Bản nháp chưa duyệt", publish=False)
    html = client.get(WORK_URL).content.decode()
    assert "Dự hội nghị tổng kết ngành" in html
    assert "Bản nháp chưa duyệt" not in html
    for day in week.days:
        assert day.strftime("%d/%m/%Y") in html
    assert str(week) in html


def test_week_navigation_links(client):
    response = client.get(f"{WORK_URL}tuan/2026-53/")
    assert response.status_code == 200
    html = response.content.decode()
    assert f'href="{WORK_URL}tuan/2026-52/"' in html
    assert f'href="{WORK_URL}tuan/2027-01/"' in html
    assert f'href="{WORK_URL}tuan/2026-53/in/"' in html
    assert "28/12/2026" in html and "03/01/2027" in html
    assert f'<link rel="canonical" href="http://testserver{WORK_URL}tuan/2026-53/">' in html
    this_week = client.get(WORK_URL).content.decode()
    assert f'href="{WORK_URL}tuan/{Week.current().next.slug}/"' in this_week


def test_the_week_in_the_query_string(client, leaders):
    make_entry(leaders[:1], datetime.date(2026, 12, 30), content="Tổng kết năm 2026")
    html = client.get(WORK_URL, {"tuan": "2026-W53"}).content.decode()
    assert "Tổng kết năm 2026" in html


@pytest.mark.parametrize("path", ["tuan/2026-54/", "tuan/2025-53/", "tuan/2026-00/", "tuan/2026-53/in/x/",
                                  "tuan/99999-1/"])
def test_weeks_that_do_not_exist_are_not_found(client, path):
    assert client.get(WORK_URL + path).status_code == 404


@pytest.mark.parametrize("params, message", [
    ({"tuan": "tuần sau"}, "Tuần không hợp lệ"),
    ({"tuan": "2026-W54"}, "Tuần không hợp lệ"),
    ({"lanh_dao": "abc"}, "Lãnh đạo được chọn không hợp lệ"),
    ({"lanh_dao": "999999"}, "Không tìm thấy lãnh đạo"),
])
def test_bad_parameters_give_a_clear_message(client, params, message):
    response = client.get(WORK_URL, params)
    assert response.status_code == 400
    assert message in response.content.decode()


def test_filter_by_leader(client, leaders):
    week = Week.current()
    make_entry(leaders[:1], week.days[2], content="Việc của Giám đốc")
    make_entry(leaders[1:2], week.days[2], content="Việc của Phó Giám đốc")
    html = client.get(WORK_URL, {"lanh_dao": leaders[1].pk}).content.decode()
    assert "Việc của Phó Giám đốc" in html and "Việc của Giám đốc" not in html
    assert f'href="{WORK_URL}tuan/{week.next.slug}/?lanh_dao={leaders[1].pk}"' in html
    assert f'href="{WORK_URL}ical/lanh-dao-{leaders[1].pk}/"' in html


def test_the_week_is_listed_in_bounded_queries(client, leaders, django_assert_max_num_queries):
    week = Week.current()
    for offset in range(20):
        make_entry(leaders, week.days[offset % 7], start=f"{7 + offset % 10:02d}:00", content=f"Việc số {offset}")
    client.get(WORK_URL)  # warm the caches (site, settings)
    with django_assert_max_num_queries(25):
        response = client.get(WORK_URL)
    assert response.content.decode().count("Việc số") == 20


def test_print_view(client, leaders):
    week = Week.current()
    make_entry(leaders[:1], week.days[0], content="Giao ban đầu tuần")
    response = client.get(f"{WORK_URL}tuan/{week.slug}/in/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Giao ban đầu tuần" in html and 'class="print-view"' in html
    assert "main-menu" not in html
    assert f'<link rel="canonical" href="http://testserver{WORK_URL}tuan/{week.slug}/">' in html


def test_reception_page_shows_results(client, leaders):
    week = Week.current()
    make_entry(leaders[:1], week.days[3], kind=ScheduleKind.RECEPTION, content="Tiếp công dân định kỳ",
               result="Tiếp 2 lượt công dân, đã hướng dẫn thủ tục.")
    make_entry(leaders[:1], week.days[0], content="Lịch làm việc không thuộc trang này")
    html = client.get(RECEPTION_URL).content.decode()
    assert "Tiếp 2 lượt công dân, đã hướng dẫn thủ tục." in html
    assert "Kết quả tiếp công dân" in html
    assert "Lịch làm việc không thuộc trang này" not in html


def test_user_text_is_escaped(client, leaders):
    make_entry(leaders[:1], Week.current().days[0], content="<script>alert(1)</script>")
    html = client.get(WORK_URL).content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;" in html


# --- changes after publication -------------------------------------------------------


def test_a_change_after_publication_is_marked_with_the_previous_values(client, leaders):
    entry = make_entry(leaders[:1], Week.current().days[4], place="Phòng họp số 1", content="Họp hội đồng")
    before = entry.public_values()
    entry.place = "Hội trường tầng 3"
    entry.start_time = datetime.time(9, 30)
    entry.change_note = "Đổi phòng vì số đại biểu tăng"
    entry.save()
    assert entry.record_change(before, entry.public_values())
    entry.refresh_from_db()
    assert entry.sequence == 1 and entry.changed_at is not None
    assert entry.previous == {"start_time": "08:00", "place": "Phòng họp số 1"}
    html = client.get(WORK_URL).content.decode()
    assert "Đã thay đổi" in html
    assert "Đổi phòng vì số đại biểu tăng" in html
    assert "Giờ bắt đầu: 08:00; Địa điểm: Phòng họp số 1" in html


def test_later_changes_keep_the_values_first_published(leaders):
    entry = make_entry(leaders[:1], Week.current().days[4], place="Phòng họp số 1")
    for place, start in (("Phòng họp số 2", "08:00"), ("Hội trường", "09:00"), ("Phòng họp số 1", "09:00")):
        before = entry.public_values()
        entry.place, entry.start_time = place, datetime.time.fromisoformat(start)
        entry.save()
        entry.record_change(before, entry.public_values())
    entry.refresh_from_db()
    assert entry.sequence == 3
    assert entry.previous == {"start_time": "08:00"}  # the place is back to what was published


def test_drafts_and_unchanged_saves_are_not_marked(leaders):
    draft = make_entry(leaders[:1], Week.current().days[0], publish=False)
    before = draft.public_values()
    draft.place = "Nơi khác"
    assert not draft.record_change(before, draft.public_values())
    published = make_entry(leaders[:1], Week.current().days[0])
    assert not published.record_change(published.public_values(), published.public_values())
    published.refresh_from_db()
    assert published.changed_at is None and published.sequence == 0


# --- iCalendar -----------------------------------------------------------------------


def parse(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return Calendar.from_ical(response.content)


def test_ical_feed_for_all_parses_back_with_timezone_and_stable_uids(client, leaders):
    week = Week.current()
    first = make_entry(leaders[:1], week.days[1], start="08:00", end_time=datetime.time(11, 0),
                       place="Phòng họp số 1", content="Họp Ủy ban nhân dân tỉnh")
    make_entry(leaders[1:2], week.days[2], start="14:00", content="Kiểm tra đo lường")
    make_entry(leaders[1:2], week.days[2], start="15:00", content="Bản nháp", publish=False)
    calendar = parse(client.get(f"{WORK_URL}ical/"))
    events = {str(event["summary"]): event for event in calendar.walk("VEVENT")}
    expected = set(ScheduleEntry.objects.published().of_kind(ScheduleKind.WORK).values_list("content", flat=True))
    assert set(events) == expected and "Bản nháp" not in events
    event = events["Họp Ủy ban nhân dân tỉnh"]
    start = event.decoded("dtstart")
    assert start == datetime.datetime.combine(week.days[1], datetime.time(8, 0), tzinfo=TZ)
    assert str(start.tzinfo) == "Asia/Ho_Chi_Minh"
    assert event["dtstart"].params["TZID"] == "Asia/Ho_Chi_Minh"
    assert event.decoded("dtend").hour == 11
    assert str(event["location"]) == "Phòng họp số 1"
    assert [tz["tzid"] for tz in calendar.walk("VTIMEZONE")] == ["Asia/Ho_Chi_Minh"]
    uid = str(event["uid"])
    assert uid == f"lich-work-{first.pk}@localhost"
    assert int(event["sequence"]) == 0
    assert str(event["url"]) == f"http://localhost{WORK_URL}tuan/{week.slug}/"

    # Changed: same UID, higher SEQUENCE, later LAST-MODIFIED.
    modified = event.decoded("last-modified")
    before = first.public_values()
    first.place = "Hội trường"
    first.save()
    first.record_change(before, first.public_values(), when=timezone.now())
    again = {str(e["uid"]): e for e in parse(client.get(f"{WORK_URL}ical/")).walk("VEVENT")}[uid]
    assert int(again["sequence"]) == 1
    assert again.decoded("last-modified") >= modified
    assert str(again["location"]) == "Hội trường"
    assert "Đã thay đổi" in str(again["description"])


def test_ical_feed_per_leader(client, leaders):
    week = Week.current()
    make_entry(leaders[:1], week.days[0], content="Việc của Giám đốc")
    make_entry(leaders[1:2], week.days[0], content="Việc của Phó Giám đốc")
    calendar = parse(client.get(f"{WORK_URL}ical/lanh-dao-{leaders[1].pk}/"))
    summaries = {str(event["summary"]) for event in calendar.walk("VEVENT")}
    assert "Việc của Phó Giám đốc" in summaries and "Việc của Giám đốc" not in summaries
    assert leaders[1].name in str(calendar["x-wr-calname"])
    assert client.get(f"{WORK_URL}ical/lanh-dao-999999/").status_code == 404


def test_cancelled_entries_are_cancelled_events(client, leaders):
    make_entry(leaders[:1], Week.current().days[0], content="Hội thảo bị hoãn", cancelled=True)
    events = {str(e["summary"]): e for e in parse(client.get(f"{WORK_URL}ical/")).walk("VEVENT")}
    assert str(events["Hội thảo bị hoãn"]["status"]) == "CANCELLED"


# --- home page -----------------------------------------------------------------------


def test_home_page_shows_the_rest_of_this_week(client, leaders, django_assert_max_num_queries):
    today = timezone.localdate()
    week = Week.of(today)
    make_entry(leaders[:1], today, start="23:00", content="Việc hôm nay trên trang chủ")
    if today != week.monday:
        make_entry(leaders[:1], week.monday, content="Việc đã qua đầu tuần")
    html = client.get("/").content.decode()
    assert "Việc hôm nay trên trang chủ" in html
    assert "Việc đã qua đầu tuần" not in html
    assert f'href="{WORK_URL}"' in html


# --- the week editor -----------------------------------------------------------------


def editor_url(week, kind="lam-viec"):
    return reverse("schedule_week_editor", args=[kind, week.slug])


def formset_data(client, url, rows):
    """The editor's form as a browser would post it, with ``rows`` filled into the blank rows."""
    response = client.get(url)
    formset = response.context["formset"]
    data = {
        "lich-TOTAL_FORMS": str(formset.total_form_count()),
        "lich-INITIAL_FORMS": str(formset.initial_form_count()),
        "lich-MIN_NUM_FORMS": "0",
        "lich-MAX_NUM_FORMS": "1000",
    }
    for index, form in enumerate(formset.forms):
        for name, field in form.fields.items():
            value = form[name].value()
            if value in (None, False) or name == "DELETE":
                continue
            if isinstance(value, list):
                data[f"lich-{index}-{name}"] = [str(v) for v in value]
            elif isinstance(value, datetime.time):
                data[f"lich-{index}-{name}"] = value.strftime("%H:%M")
            else:
                data[f"lich-{index}-{name}"] = str(value)
    first_blank = formset.initial_form_count()
    for offset, row in enumerate(rows):
        for name, value in row.items():
            data[f"lich-{first_blank + offset}-{name}"] = value
    return data


@pytest.fixture
def drafter(client, make_user):
    user = make_user("capnhatlich", GROUP_DRAFTERS)
    client.force_login(user)
    return user


@pytest.fixture
def approver(client, make_user):
    user = make_user("duyetlich", GROUP_APPROVERS)
    client.force_login(user)
    return user


def test_editor_saves_new_rows_as_drafts(client, drafter, leaders):
    week = Week(2027, 2)
    url = editor_url(week)
    data = formset_data(client, url, [{
        "date": week.days[1].isoformat(), "start_time": "08:00", "end_time": "10:00",
        "leaders": [str(leaders[0].pk)], "content": "Họp  xét duyệt đề tài", "place": "Phòng họp 2",
    }])
    response = client.post(url, data)
    assert response.status_code == 302
    entry = ScheduleEntry.objects.get(content="Họp  xét duyệt đề tài")
    assert entry.date == week.days[1] and not entry.is_published
    assert list(entry.leaders.all()) == [leaders[0]]
    assert ScheduleEntry.objects.between(week.monday, week.sunday).count() == 1  # blank rows ignored


@pytest.mark.parametrize("row, field, message", [
    ({"start_time": "10:00", "end_time": "09:00"}, "end_time", "Giờ kết thúc phải sau giờ bắt đầu."),
    ({"leaders": []}, "leaders", "Chọn ít nhất một lãnh đạo."),
    ({"date": "2027-01-20"}, "date", "Ngày phải nằm trong tuần đang nhập"),
    ({"start_time": "25:00"}, "start_time", "Giờ không hợp lệ"),
])
def test_editor_validation_in_vietnamese(client, drafter, leaders, row, field, message):
    week = Week(2027, 2)
    url = editor_url(week)
    filled = {"date": week.days[0].isoformat(), "start_time": "08:00", "leaders": [str(leaders[0].pk)],
              "content": "Làm việc tại cơ quan"}
    filled.update(row)
    response = client.post(url, formset_data(client, url, [filled]))
    assert response.status_code == 200
    errors = [error for form in response.context["formset"].forms for error in form.errors.get(field, [])]
    assert any(message in error for error in errors), errors
    assert not ScheduleEntry.objects.filter(content="Làm việc tại cơ quan").exists()


def test_only_approvers_publish_and_published_rows_are_locked_for_drafters(client, make_user, leaders):
    week = Week(2027, 3)
    entry = make_entry(leaders[:1], week.days[0], publish=False, content="Giao ban tuần")
    url = editor_url(week)
    client.force_login(make_user("capnhat2", GROUP_DRAFTERS))
    refused = client.post(url, {**formset_data(client, url, []), "cong_bo": "1"})
    assert (refused.status_code, refused["Location"]) == (302, "/admin/")  # Wagtail's "permission denied"
    entry.refresh_from_db()
    assert not entry.is_published

    client.force_login(make_user("duyet2", GROUP_APPROVERS))
    assert client.post(url, {**formset_data(client, url, []), "cong_bo": "1"}).status_code == 302
    entry.refresh_from_db()
    assert entry.is_published and entry.changed_at is None

    client.force_login(make_user("capnhat3", GROUP_DRAFTERS))
    data = formset_data(client, url, [])
    data["lich-0-place"] = "Sửa trái phép"
    client.post(url, data)
    entry.refresh_from_db()
    assert entry.place == ""


def test_approver_edit_of_a_published_row_is_marked_changed(client, approver, leaders):
    week = Week(2027, 4)
    entry = make_entry(leaders[:1], week.days[2], content="Làm việc với doanh nghiệp", place="Trụ sở Sở")
    url = editor_url(week)
    data = formset_data(client, url, [])
    data["lich-0-leaders"] = [str(leaders[0].pk), str(leaders[1].pk)]
    data["lich-0-change_note"] = "Bổ sung Phó Giám đốc dự"
    assert client.post(url, data).status_code == 302
    entry.refresh_from_db()
    assert entry.changed_at is not None and entry.sequence == 1
    assert entry.previous == {"leaders": leaders[0].name}


def test_copy_previous_week_recurring_only_and_idempotent(leaders):
    week = Week(2027, 6)
    make_entry(leaders[:2], week.previous.days[0], content="Giao ban đầu tuần", recurring=True)
    make_entry(leaders[:1], week.previous.days[2], content="Hội thảo một lần")
    assert copy_previous_week(ScheduleKind.WORK, week, only_recurring=True) == 1
    assert copy_previous_week(ScheduleKind.WORK, week, only_recurring=True) == 0
    copied = ScheduleEntry.objects.get(date=week.days[0])
    assert copied.content == "Giao ban đầu tuần" and not copied.is_published and copied.recurring
    assert set(copied.leaders.all()) == set(leaders[:2])
    assert copy_previous_week(ScheduleKind.WORK, week) == 1
    assert ScheduleEntry.objects.filter(date=week.days[2], content="Hội thảo một lần").exists()


def test_copy_button_in_the_editor(client, drafter, leaders):
    week = Week(2027, 8)
    make_entry(leaders[:1], week.previous.days[3], kind=ScheduleKind.RECEPTION, content="Tiếp công dân",
               recurring=True, result="Đã tiếp 1 lượt")
    response = client.post(editor_url(week, "tiep-cong-dan"), {"sao_chep": "dinh-ky"}, follow=True)
    assert "Đã sao chép 1 mục" in response.content.decode()
    copied = ScheduleEntry.objects.get(date=week.days[3], kind=ScheduleKind.RECEPTION)
    assert copied.result == ""  # the result belongs to the session that took place


def test_editor_needs_permission_and_a_real_week(client, make_user, drafter):
    assert client.get(reverse("schedule_week_editor", args=["lam-viec", "2026-54"])).status_code == 404
    assert client.get(reverse("schedule_week_editor", args=["khac", "2026-49"])).status_code == 404
    current = client.get(reverse("schedule_week_editor_current", args=["lam-viec"]))
    assert current.status_code == 302 and Week.current().slug in current["Location"]
    client.force_login(make_user("nguoingoai"))
    response = client.get(reverse("schedule_week_editor", args=["lam-viec", "2026-49"]))
    assert response.status_code in (302, 403)


def test_editor_lists_the_week_in_bounded_queries(client, approver, leaders, django_assert_max_num_queries):
    week = Week(2027, 10)
    for offset in range(14):
        make_entry(leaders, week.days[offset % 7], start=f"{8 + offset % 7:02d}:00", content=f"Mục {offset}")
    url = editor_url(week)
    client.get(url)
    with django_assert_max_num_queries(40):
        response = client.get(url)
    assert response.status_code == 200


def test_setup_gives_the_board_its_schedule_permissions(make_user):
    drafter = make_user("capnhat4", GROUP_DRAFTERS)
    approver = make_user("duyet4", GROUP_APPROVERS)
    assert drafter.has_perm("directory.add_scheduleentry") and drafter.has_perm("directory.change_scheduleentry")
    assert not drafter.has_perm("directory.publish_scheduleentry")
    assert approver.has_perm("directory.publish_scheduleentry")


def test_the_admin_menu_leads_to_the_week_screen(client, drafter):
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()  # the sidebar is JSON data
    assert '"name": "lich-cong-tac"' in dashboard
    assert reverse("schedule_week_editor_current", args=["lam-viec"]) in dashboard
    assert reverse("schedule_week_editor_current", args=["tiep-cong-dan"]) in dashboard
