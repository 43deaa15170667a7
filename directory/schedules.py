"""Leaders' schedules by ISO week: the week arithmetic, the public pages and the iCalendar feeds (R3).

A week is an ISO 8601 week (Monday to Sunday, week 1 holds the year's first Thursday), written
``2026-W49`` in the query string (``?tuan=2026-W49``) and ``tuan/2026-49/`` in paths. Years with
53 weeks (2026 is one) are handled by the standard library's ``date.fromisocalendar``.
"""

import datetime
import re
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from django.conf import settings
from django.http import Http404, HttpResponse
from django.template.response import TemplateResponse
from django.utils import timezone
from icalendar import Calendar, Event

from home.registers import index_url

from .models import Official, ScheduleEntry, ScheduleKind, SchedulePage

TZ = ZoneInfo(settings.TIME_ZONE)  # Asia/Ho_Chi_Minh
WEEK_PATTERN = re.compile(r"^\s*(\d{4})-?W?(\d{1,2})\s*$", re.IGNORECASE)
# What a feed carries: from a quarter back to a year ahead, at most this many events.
FEED_DAYS_BACK = 92
FEED_DAYS_AHEAD = 366
FEED_MAX_EVENTS = 1000
HOME_PANEL_ENTRIES = 6


@dataclass(frozen=True, order=True)
class Week:
    year: int
    number: int

    def __post_init__(self):
        if not 1900 <= self.year <= 9998:
            raise ValueError("năm ngoài phạm vi")
        datetime.date.fromisocalendar(self.year, self.number, 1)  # ValueError on week 0, 54, 53 of a 52-week year

    @classmethod
    def of(cls, day):
        year, number, _ = day.isocalendar()
        return cls(year, number)

    @classmethod
    def current(cls):
        return cls.of(timezone.localdate())

    @classmethod
    def parse(cls, text):
        """``2026-W49``, ``2026-49`` or ``2026W49``; ValueError when it is not a week that exists."""
        match = WEEK_PATTERN.match(text or "")
        if not match:
            raise ValueError(f"không đọc được tuần {text!r}")
        return cls(int(match.group(1)), int(match.group(2)))

    @property
    def monday(self):
        return datetime.date.fromisocalendar(self.year, self.number, 1)

    @property
    def sunday(self):
        return self.monday + datetime.timedelta(days=6)

    @property
    def days(self):
        return [self.monday + datetime.timedelta(days=offset) for offset in range(7)]

    @property
    def previous(self):
        return Week.of(self.monday - datetime.timedelta(days=7))

    @property
    def next(self):
        return Week.of(self.monday + datetime.timedelta(days=7))

    @property
    def slug(self):
        """For paths: ``2026-49``."""
        return f"{self.year}-{self.number:02d}"

    @property
    def iso(self):
        """For the query string and for people who know ISO weeks: ``2026-W49``."""
        return f"{self.year}-W{self.number:02d}"

    def __contains__(self, day):
        return self.monday <= day <= self.sunday

    def __str__(self):
        return f"Tuần {self.number}/{self.year} ({self.monday:%d/%m/%Y} – {self.sunday:%d/%m/%Y})"


# --- Queries ------------------------------------------------------------------------------


def week_entries(kind, week, leader=None, published_only=True):
    """The entries of one week, in order, with their leaders and unit (three queries)."""
    entries = ScheduleEntry.objects.of_kind(kind).between(week.monday, week.sunday)
    if published_only:
        entries = entries.published()
    if leader is not None:
        entries = entries.filter(leaders=leader)
    return list(entries.for_display())


def by_day(week, entries, today=None):
    """``[{"date", "entries", "is_today"}]`` for Monday to Sunday, empty days included."""
    today = today or timezone.localdate()
    days = {day: [] for day in week.days}
    for entry in entries:
        days[entry.date].append(entry)
    return [{"date": day, "entries": items, "is_today": day == today} for day, items in days.items()]


def schedule_leaders():
    """The leaders a reader may filter by: every leader of the agency, in display order."""
    return list(Official.objects.leaders().in_default_locale().only("pk", "name", "position"))


def schedule_page_url(locale_id, kind):
    """The URL of the live schedule page of a kind in a language ("" when there is none); cached."""
    return index_url(SchedulePage, locale_id, kind=kind)


def upcoming_this_week(kind=ScheduleKind.WORK, today=None, limit=HOME_PANEL_ENTRIES):
    """Today's and the rest of this week's published entries (the home page panel)."""
    today = today or timezone.localdate()
    week = Week.of(today)
    entries = ScheduleEntry.objects.published().of_kind(kind).between(today, week.sunday).for_display()
    return week, list(entries[:limit])


# --- Public pages -------------------------------------------------------------------------


class BadRequest(ValueError):
    """A reader's parameter we cannot use: shown as a message, with status 400."""


def _leader_from(request):
    value = request.GET.get("lanh_dao", "").strip()
    if not value:
        return None
    if not value.isdigit():
        raise BadRequest("Lãnh đạo được chọn không hợp lệ.")
    leader = Official.objects.in_default_locale().leaders().filter(pk=int(value)).first()
    if leader is None:
        raise BadRequest("Không tìm thấy lãnh đạo được chọn.")
    return leader


def week_view(page, request, year=None, number=None, printable=False):
    """The page's schedule for one week (the current week when none is given)."""
    errors = []
    if year is not None:
        try:
            week = Week(year, number)
        except ValueError:
            raise Http404("Tuần không tồn tại.")
    elif request.GET.get("tuan"):
        try:
            week = Week.parse(request.GET["tuan"])
        except ValueError:
            week = Week.current()
            errors.append("Tuần không hợp lệ: hãy ghi theo dạng năm-Wsố tuần, ví dụ 2026-W49. "
                          "Đang hiển thị tuần hiện tại.")
    else:
        week = Week.current()
    try:
        leader = _leader_from(request)
    except BadRequest as error:
        leader = None
        errors.append(str(error))

    base = page.url
    query = f"?lanh_dao={leader.pk}" if leader else ""
    this_week = Week.current()
    context = page.get_context(request)
    context.update(
        week=week,
        days=by_day(week, week_entries(page.kind, week, leader)),
        leader=leader,
        leaders=schedule_leaders(),
        is_reception=page.kind == ScheduleKind.RECEPTION,
        errors=errors,
        week_url=f"{base}tuan/{week.slug}/{query}",
        previous_url=f"{base}tuan/{week.previous.slug}/{query}",
        next_url=f"{base}tuan/{week.next.slug}/{query}",
        this_week_url=f"{base}{query}" if week != this_week else "",
        print_view_url=f"{base}tuan/{week.slug}/in/{query}",
        print_url=f"{base}tuan/{week.slug}/{query}",  # what a printed page names as its address
        ical_url=f"{base}ical/lanh-dao-{leader.pk}/" if leader else f"{base}ical/",
        canonical_url=f"{base}tuan/{week.slug}/" if week != this_week else base,
    )
    template = "directory/schedule_print.html" if printable else page.get_template(request)
    return TemplateResponse(request, template, context, status=400 if errors else 200)


# --- iCalendar ----------------------------------------------------------------------------


def entry_uid(entry, domain):
    """Stable for the entry's life: an updated entry keeps its UID and raises its SEQUENCE."""
    return f"lich-{entry.kind}-{entry.pk}@{domain}"


def event_for(entry, domain, url=""):
    event = Event()
    event.add("uid", entry_uid(entry, domain))
    event.add("dtstamp", entry.updated_at)
    event.add("created", entry.created_at)
    event.add("last-modified", entry.updated_at)
    event.add("sequence", entry.sequence)
    event.add("dtstart", datetime.datetime.combine(entry.date, entry.start_time, tzinfo=TZ))
    if entry.end_time:
        event.add("dtend", datetime.datetime.combine(entry.date, entry.end_time, tzinfo=TZ))
    event.add("summary", entry.content)
    event.add("status", "CANCELLED" if entry.cancelled else "CONFIRMED")
    if entry.place:
        event.add("location", entry.place)
    lines = []
    leaders = "; ".join(f"{leader.name} – {leader.position}" for leader in entry.leaders.all())
    if leaders:
        lines.append(f"Lãnh đạo: {leaders}")
    if entry.participants:
        lines.append(f"Thành phần: {entry.participants}")
    if entry.preparing_unit_id:
        lines.append(f"Đơn vị chuẩn bị: {entry.preparing_unit.name}")
    if entry.result:
        lines.append(f"Kết quả: {entry.result}")
    if entry.changed_at:
        note = f" ({entry.change_note})" if entry.change_note else ""
        lines.append(f"Đã thay đổi lúc {timezone.localtime(entry.changed_at):%H:%M %d/%m/%Y}{note}")
    if lines:
        event.add("description", "\n".join(lines))
    if url:
        event.add("url", f"{url}tuan/{Week.of(entry.date).slug}/")  # the entry's week on the portal
    return event


def calendar_for(entries, name, domain, url=""):
    """An RFC 5545 calendar of the entries, its times in Asia/Ho_Chi_Minh with a VTIMEZONE."""
    calendar = Calendar()
    calendar.add("prodid", f"-//{domain}//Lich lam viec//VI")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", settings.TIME_ZONE)
    for entry in entries:
        calendar.add_component(event_for(entry, domain, url))
    calendar.add_missing_timezones()
    return calendar.to_ical()


def feed_entries(kind, leader=None, today=None):
    today = today or timezone.localdate()
    entries = ScheduleEntry.objects.published().of_kind(kind).between(
        today - datetime.timedelta(days=FEED_DAYS_BACK), today + datetime.timedelta(days=FEED_DAYS_AHEAD)
    )
    if leader is not None:
        entries = entries.filter(leaders=leader)
    return entries.for_display()[:FEED_MAX_EVENTS]


def ical_view(page, request, leader_id=None):
    leader = None
    if leader_id is not None:
        leader = Official.objects.in_default_locale().leaders().filter(pk=leader_id).first()
        if leader is None:
            raise Http404("Không có lãnh đạo này.")
    domain = page.get_site().hostname
    name = page.title if leader is None else f"{page.title} – {leader.name}"
    body = calendar_for(feed_entries(page.kind, leader), name, domain, page.full_url or "")
    filename = f"lanh-dao-{leader.pk}.ics" if leader else "lich.ics"
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response
