"""The working-day calendar (R31, R32) against the real 2026 calendar of Viet Nam."""

import datetime

import pytest
from django.test import override_settings
from django.utils import timezone

from compliance import workdays
from compliance.demo import ANNOUNCED_2026
from compliance.models import CalendarException, CalendarExceptionKind

D = datetime.date
ICT = timezone.get_fixed_timezone(7 * 60)


@pytest.fixture(autouse=True)
def fresh_calendar_cache():
    """Each test's rolled-back exceptions must not survive in the cache the next test reads."""
    for year in (2025, 2026, 2027):
        workdays.forget_year(year)
    yield
    for year in (2025, 2026, 2027):
        workdays.forget_year(year)


def at(year, month, day, hour, minute=0):
    return datetime.datetime(year, month, day, hour, minute, tzinfo=ICT)


@pytest.mark.req("R32")
def test_tet_2026_and_hung_kings_day_are_days_off(db):
    # Lunar New Year's Day is Tuesday 17/02/2026; the package gives 16–20/02 off.
    for day in (16, 17, 18, 19, 20):
        assert not workdays.is_working_day(D(2026, 2, day))
    assert workdays.is_working_day(D(2026, 2, 13))
    assert workdays.is_working_day(D(2026, 2, 23))
    # Giỗ Tổ Hùng Vương (10/3 lunar) falls on Sunday 26/04/2026 and is taken on Monday 27/04.
    assert not workdays.is_working_day(D(2026, 4, 27))
    assert not workdays.is_working_day(D(2026, 4, 30))
    assert not workdays.is_working_day(D(2026, 5, 1))
    assert not workdays.is_working_day(D(2026, 9, 2))


@pytest.mark.req("R32")
def test_weekends_are_days_off_unless_announced_as_make_up_days(db):
    assert not workdays.is_working_day(D(2026, 3, 7))  # a Saturday
    CalendarException.objects.create(date=D(2026, 3, 7), kind=CalendarExceptionKind.WORKING_DAY, reason="Làm bù")
    assert workdays.is_working_day(D(2026, 3, 7))
    assert workdays.add_working_days(D(2026, 3, 6), 1) == D(2026, 3, 7)


@pytest.mark.req("R32")
def test_an_announced_day_off_is_skipped_and_deleting_it_is_seen_at_once(db):
    CalendarException.objects.filter(date=D(2026, 1, 2)).delete()
    assert workdays.is_working_day(D(2026, 1, 2))
    exception = CalendarException.objects.create(date=D(2026, 1, 2), kind=CalendarExceptionKind.DAY_OFF,
                                                 reason="Nghỉ bù")
    assert not workdays.is_working_day(D(2026, 1, 2))
    exception.delete()
    assert workdays.is_working_day(D(2026, 1, 2))


@pytest.mark.req("R32")
def test_an_exception_moved_to_another_year_leaves_its_old_year_at_once(db):
    exception = CalendarException.objects.create(date=D(2027, 3, 3), kind=CalendarExceptionKind.DAY_OFF,
                                                 reason="Nghỉ bù")
    assert not workdays.is_working_day(D(2027, 3, 3))  # 2027 is now cached with it
    exception.date = D(2028, 3, 3)
    exception.save()
    assert workdays.is_working_day(D(2027, 3, 3)) and not workdays.is_working_day(D(2028, 3, 3))


@pytest.mark.req("R32")
def test_the_demo_records_the_announced_2026_swaps(db):
    recorded = {e.date: e.kind for e in CalendarException.objects.filter(date__year=2026)}
    for day, kind, _reason in ANNOUNCED_2026:
        assert recorded[day] == kind
    assert not workdays.is_working_day(D(2026, 1, 2))
    assert workdays.is_working_day(D(2026, 8, 22))


@pytest.mark.req("R31")
def test_add_working_days_across_tet(db):
    # Friday 13/02/2026 + 1 working day: the weekend and the five days of Tết are skipped.
    assert workdays.add_working_days(D(2026, 2, 13), 1) == D(2026, 2, 23)
    assert workdays.add_working_days(D(2026, 2, 13), 5) == D(2026, 2, 27)
    assert workdays.add_working_days(D(2026, 2, 13), 0) == D(2026, 2, 13)
    with pytest.raises(ValueError):
        workdays.add_working_days(D(2026, 2, 13), -1)


@pytest.mark.req("R31")
def test_working_days_between_counts_the_end_not_the_start(db):
    assert workdays.working_days_between(D(2026, 2, 13), D(2026, 2, 27)) == 5
    assert workdays.working_days_between(D(2026, 2, 27), D(2026, 2, 13)) == -5
    assert workdays.working_days_between(D(2026, 3, 2), D(2026, 3, 2)) == 0
    assert workdays.next_working_day(D(2026, 4, 24)) == D(2026, 4, 28)  # Friday → after Hùng Kings' Monday


@pytest.mark.req("R31")
def test_receipt_rule_working_hours_weekends_and_holidays(db):
    # Monday 02/03/2026 at 16:59 counts from that day; at 17:00 from the next working day.
    assert workdays.effective_receipt_date(at(2026, 3, 2, 16, 59)) == D(2026, 3, 2)
    assert workdays.effective_receipt_date(at(2026, 3, 2, 17, 0)) == D(2026, 3, 3)
    # Saturday, or the first day of Tết: the next working day.
    assert workdays.effective_receipt_date(at(2026, 3, 7, 9)) == D(2026, 3, 9)
    assert workdays.effective_receipt_date(at(2026, 2, 17, 9)) == D(2026, 2, 23)
    # Times are read in Asia/Ho_Chi_Minh: 09:30 UTC is 16:30 in Hà Nội, 10:30 UTC is 17:30.
    utc = datetime.timezone.utc
    assert workdays.effective_receipt_date(datetime.datetime(2026, 3, 2, 9, 30, tzinfo=utc)) == D(2026, 3, 2)
    assert workdays.effective_receipt_date(datetime.datetime(2026, 3, 2, 10, 30, tzinfo=utc)) == D(2026, 3, 3)


@pytest.mark.req("R31")
def test_deadline_for_five_working_days(db):
    # Received Friday 13/02/2026 in the morning: 5 working days after, skipping Tết.
    assert workdays.deadline_for(at(2026, 2, 13, 9), 5) == D(2026, 2, 27)
    # Received the same Friday in the evening: counts from Monday 23/02.
    assert workdays.deadline_for(at(2026, 2, 13, 18), 5) == D(2026, 3, 2)


@pytest.mark.req("R31")
@override_settings(PORTAL_WORKING_HOURS=("08:00", "16:30"))
def test_working_hours_are_a_setting(db):
    assert workdays.effective_receipt_date(at(2026, 3, 2, 16, 45)) == D(2026, 3, 3)
