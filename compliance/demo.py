"""The 2026 days off and make-up working days announced by the government (setup_portal --demo).

The ``holidays`` package already gives the statutory days of 2026: 1/1; Tết Nguyên đán 16–20/02
(Lunar New Year's Day is Tuesday 17/02); Giỗ Tổ Hùng Vương 26/04 (a Sunday) moved to Monday 27/04;
30/4 and 1/5; Quốc khánh 1–2/9 and the day off on Monday 31/08 swapped from Saturday 22/08; the
Vietnam Culture Day 24/11. What it cannot know are the swaps announced for public servants, recorded
here as an administrator would (check them against the year's official notice before relying on them):

- Tết Dương lịch: Friday 02/01/2026 off, worked back on Saturday 10/01/2026;
- Quốc khánh: Saturday 22/08/2026 worked to make up for the day off on Monday 31/08/2026.
"""

import datetime

from .models import CalendarException, CalendarExceptionKind

DAY_OFF = CalendarExceptionKind.DAY_OFF
WORKING_DAY = CalendarExceptionKind.WORKING_DAY

ANNOUNCED_2026 = (
    (datetime.date(2026, 1, 2), DAY_OFF, "Nghỉ Tết Dương lịch 2026 (hoán đổi, làm bù thứ Bảy 10/01/2026)"),
    (datetime.date(2026, 1, 10), WORKING_DAY, "Làm bù cho ngày nghỉ thứ Sáu 02/01/2026 (Tết Dương lịch)"),
    (datetime.date(2026, 8, 22), WORKING_DAY, "Làm bù cho ngày nghỉ thứ Hai 31/08/2026 (Quốc khánh 2/9)"),
)


def load_calendar_exceptions():
    for day, kind, reason in ANNOUNCED_2026:
        CalendarException.objects.get_or_create(date=day, defaults={"kind": kind, "reason": reason})
