"""The working-day calendar every deadline of the portal counts in (R31, R32).

A working day is a weekday that is neither a Vietnamese public holiday (the ``holidays`` package:
Tết Dương lịch, Tết Nguyên đán, Giỗ Tổ Hùng Vương, 30/4, 1/5, Quốc khánh, with the lunar dates
computed) nor a day off the government announced, plus the Saturdays and Sundays announced as
make-up working days (``compliance.CalendarException``, managed in the admin).

Receipt rule: a submission received on a working day before the end of working hours
(``PORTAL_WORKING_HOURS``, default 07:30–17:00) counts from that day; otherwise (after hours, on a
weekend or on a day off) it counts from the next working day. A deadline of ``n`` working days is
the ``n``-th working day after that day, the day of receipt itself not counted.

The days of a year are computed once and kept in the cache (shared by every server process);
saving or deleting an exception forgets its year.
"""

import datetime
from functools import lru_cache

import holidays
from django.conf import settings
from django.core.cache import cache
from django.utils import timezone

CACHE_SECONDS = 24 * 3600
DEFAULT_WORKING_HOURS = ("07:30", "17:00")


def _cache_key(year):
    return f"compliance:workdays:{year}"


@lru_cache(maxsize=64)
def _statutory_holidays(year):
    return frozenset(holidays.Vietnam(years=year))


def _exceptions(year):
    """(days off, make-up working days) announced for a year, from the cache or the database."""
    key = _cache_key(year)
    cached = cache.get(key)
    if cached is None:
        from .models import CalendarException, CalendarExceptionKind

        rows = CalendarException.objects.filter(date__year=year).values_list("date", "kind")
        days_off = frozenset(day for day, kind in rows if kind == CalendarExceptionKind.DAY_OFF)
        working = frozenset(day for day, kind in rows if kind == CalendarExceptionKind.WORKING_DAY)
        cached = (days_off, working)
        cache.set(key, cached, CACHE_SECONDS)
    return cached


def forget_year(year):
    cache.delete(_cache_key(year))


def _is_working(day, days_off, working):
    if day in working:
        return True
    if day in days_off or day in _statutory_holidays(day.year):
        return False
    return day.weekday() < 5


def is_working_day(day):
    return _is_working(day, *_exceptions(day.year))


def _calendar():
    """``is_working_day`` for one computation walking many days: each year read from the cache once."""
    years = {}

    def test(day):
        if day.year not in years:
            years[day.year] = _exceptions(day.year)
        return _is_working(day, *years[day.year])

    return test


def next_working_day(day, is_working=None):
    """The first working day strictly after ``day``."""
    is_working = is_working or _calendar()
    day += datetime.timedelta(days=1)
    while not is_working(day):
        day += datetime.timedelta(days=1)
    return day


def add_working_days(start, n):
    """The date ``n`` working days after ``start`` (``start`` itself not counted)."""
    if n < 0:
        raise ValueError("n must not be negative")
    is_working = _calendar()
    day = start
    for _ in range(n):
        day = next_working_day(day, is_working)
    return day


def working_days_between(a, b):
    """How many working days lie after ``a`` up to and including ``b`` (negative when ``b`` is before ``a``)."""
    if b < a:
        return -working_days_between(b, a)
    is_working = _calendar()
    count = 0
    day = a
    while day < b:
        day += datetime.timedelta(days=1)
        count += is_working(day)
    return count


def working_hours():
    start, end = getattr(settings, "PORTAL_WORKING_HOURS", DEFAULT_WORKING_HOURS)
    return datetime.time.fromisoformat(start), datetime.time.fromisoformat(end)


def effective_receipt_date(moment):
    """The day a submission received at ``moment`` counts from (see the rule above)."""
    local = timezone.localtime(moment) if timezone.is_aware(moment) else moment
    day = local.date()
    if is_working_day(day) and local.time() < working_hours()[1]:
        return day
    return next_working_day(day)


def deadline_for(received_at, n):
    """The last day to answer a submission received at ``received_at`` within ``n`` working days."""
    return add_working_days(effective_receipt_date(received_at), n)
