"""The leaders' weekly work schedule and the citizen reception schedule - Nghị định 43/2011, Điều 10.

HD 253/HD-STTTT Cao Bằng §2 ("Lịch làm việc của lãnh đạo": đăng tải theo tuần) and QĐ 26/2017/QĐ-UBND
Vĩnh Phúc, Điều 4.3 ("lịch làm việc, lịch và kết quả tiếp công dân"). One model for both: an entry is
a work appointment or a citizen reception session; a reception gets its result once it has taken place.

Editorial rule: an entry is public once published; a published entry that is changed stays public,
marked "đã thay đổi" with when and what it was before, so readers who planned on it can see the change.
Week logic, the public pages' queries and the iCalendar feed live in ``directory/schedules.py``.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path

from home.models import PortalPage
from home.text import to_nfc

from .organisation import Official, Unit

__all__ = ["ScheduleKind", "ScheduleEntry", "ScheduleEntryQuerySet", "SchedulePage"]


class ScheduleKind(models.TextChoices):
    WORK = "work", "Lịch làm việc của lãnh đạo"
    RECEPTION = "reception", "Lịch tiếp công dân"


# The fields readers see; a change to any of them after publication is shown as a change.
PUBLIC_FIELDS = {
    "date": "Ngày",
    "start_time": "Giờ bắt đầu",
    "end_time": "Giờ kết thúc",
    "leaders": "Lãnh đạo",
    "content": "Nội dung",
    "place": "Địa điểm",
    "participants": "Thành phần",
    "preparing_unit": "Đơn vị chuẩn bị",
    "cancelled": "Hoãn, hủy",
}


class ScheduleEntryQuerySet(models.QuerySet):
    def published(self):
        return self.filter(is_published=True)

    def of_kind(self, kind):
        return self.filter(kind=kind)

    def between(self, first_day, last_day):
        return self.filter(date__gte=first_day, date__lte=last_day)

    def for_display(self):
        """With everything a list shows, in a fixed number of queries."""
        return self.select_related("preparing_unit").prefetch_related("leaders").order_by(
            "date", "start_time", "pk"
        )


class ScheduleEntry(models.Model):
    """One appointment of the leaders' week, or one citizen reception session."""

    kind = models.CharField("Loại lịch", max_length=20, choices=ScheduleKind.choices, default=ScheduleKind.WORK)
    date = models.DateField("Ngày")
    start_time = models.TimeField("Giờ bắt đầu")
    end_time = models.TimeField("Giờ kết thúc", null=True, blank=True)
    leaders = models.ManyToManyField(
        Official, verbose_name="Lãnh đạo", related_name="schedule_entries",
        limit_choices_to={"is_leader": True},
        help_text="Lãnh đạo chủ trì, dự (Nghị định 43/2011, Điều 10: lịch làm việc của lãnh đạo cơ quan).",
    )
    content = models.TextField("Nội dung")
    place = models.CharField("Địa điểm", max_length=255, blank=True)
    participants = models.TextField("Thành phần", blank=True)
    preparing_unit = models.ForeignKey(
        Unit, verbose_name="Đơn vị chuẩn bị", null=True, blank=True, on_delete=models.SET_NULL,
        related_name="schedule_entries",
    )
    result = models.TextField(
        "Kết quả tiếp công dân", blank=True,
        help_text="Chỉ với lịch tiếp công dân: ghi sau buổi tiếp (QĐ 26/2017/QĐ-UBND Vĩnh Phúc, Điều 4.3: "
                  "lịch và kết quả tiếp công dân).",
    )
    recurring = models.BooleanField(
        "Lặp lại hằng tuần", default=False,
        help_text="Đánh dấu lịch định kỳ (giao ban, tiếp công dân định kỳ) để sao chép sang tuần sau.",
    )
    cancelled = models.BooleanField("Hoãn, hủy", default=False)
    change_note = models.CharField(
        "Ghi chú thay đổi", max_length=255, blank=True,
        help_text="Lý do thay đổi lịch đã công bố; hiện công khai cạnh lịch.",
    )
    is_published = models.BooleanField("Đã công bố", default=False, editable=False)
    published_at = models.DateTimeField("Công bố lúc", null=True, blank=True, editable=False)
    changed_at = models.DateTimeField("Thay đổi lúc", null=True, blank=True, editable=False)
    previous = models.JSONField(
        "Nội dung trước khi thay đổi", default=dict, blank=True, editable=False,
        help_text="Các giá trị đã công bố trước lần thay đổi gần nhất, hiện công khai.",
    )
    sequence = models.PositiveIntegerField(
        "Số lần thay đổi", default=0, editable=False,
        help_text="SEQUENCE của sự kiện trong lịch iCalendar (RFC 5545): tăng mỗi lần lịch đã công bố thay đổi.",
    )
    created_at = models.DateTimeField("Tạo lúc", auto_now_add=True)
    updated_at = models.DateTimeField("Cập nhật lúc", auto_now=True)

    objects = ScheduleEntryQuerySet.as_manager()

    class Meta:
        verbose_name = "Mục lịch"
        verbose_name_plural = "Lịch làm việc, lịch tiếp công dân"
        ordering = ["date", "start_time", "pk"]
        indexes = [models.Index(fields=["kind", "is_published", "date"], name="directory_schedule_week")]
        permissions = [("publish_scheduleentry", "Có thể công bố lịch làm việc, lịch tiếp công dân")]

    def __str__(self):
        return f"{self.date:%d/%m/%Y} {self.start_time:%H:%M} – {self.content[:60]}"

    def clean(self):
        super().clean()
        if self.start_time and self.end_time and self.end_time <= self.start_time:
            raise ValidationError({"end_time": "Giờ kết thúc phải sau giờ bắt đầu."})
        if self.result and self.kind != ScheduleKind.RECEPTION:
            raise ValidationError({"result": "Chỉ lịch tiếp công dân mới có kết quả tiếp công dân."})

    def save(self, *args, **kwargs):
        for name in ("content", "place", "participants", "result", "change_note"):
            setattr(self, name, to_nfc(getattr(self, name)))
        super().save(*args, **kwargs)

    # -- what readers see, and how a change is recorded

    def public_values(self, leaders=None):
        """The public fields as readers see them (text), to compare before and after an edit."""
        if leaders is None:
            leaders = self.leaders.all() if self.pk else []
        return {
            "date": f"{self.date:%d/%m/%Y}" if self.date else "",
            "start_time": f"{self.start_time:%H:%M}" if self.start_time else "",
            "end_time": f"{self.end_time:%H:%M}" if self.end_time else "",
            "leaders": "; ".join(str(leader.name) for leader in leaders),
            "content": self.content,
            "place": self.place,
            "participants": self.participants,
            "preparing_unit": self.preparing_unit.name if self.preparing_unit_id else "",
            "cancelled": "Hoãn, hủy" if self.cancelled else "Theo lịch",
        }

    def record_change(self, before, after, when=None):
        """After an edit of a published entry: keep what changed as published, and when (editorial rule).

        ``before`` and ``after`` are ``public_values()`` taken around the edit. Returns True when
        a public field changed. Saves only the change-tracking fields.
        """
        changed = {name: before[name] for name in PUBLIC_FIELDS if before.get(name) != after.get(name)}
        if not self.is_published or not changed:
            return False
        self.changed_at = when or timezone.now()
        # Readers see the values as first published: an earlier change keeps its older value, and a
        # field changed back to what was published is no longer listed.
        merged = {**changed, **(self.previous or {})}
        self.previous = {name: value for name, value in merged.items() if after.get(name) != value}
        self.sequence += 1
        ScheduleEntry.objects.filter(pk=self.pk).update(
            changed_at=self.changed_at, previous=self.previous, sequence=self.sequence
        )
        return True

    @property
    def is_changed(self):
        return self.changed_at is not None

    @property
    def previous_items(self):
        """``[(label, value before)]`` of the last change, in the order of the fields."""
        return [(label, self.previous[name] or "–") for name, label in PUBLIC_FIELDS.items() if name in self.previous]

    def publish(self, when=None):
        if not self.is_published:
            self.is_published = True
            self.published_at = when or timezone.now()
            ScheduleEntry.objects.filter(pk=self.pk).update(is_published=True, published_at=self.published_at)


class SchedulePage(RoutablePageMixin, PortalPage):
    """The public schedule by ISO week (R3): work schedule or citizen reception, by its ``kind``.

    Routes (directory/schedules.py does the work): the current week at the page's URL,
    ``tuan/2026-49/`` another week, ``tuan/2026-49/in/`` its print view, ``ical/`` and
    ``ical/lanh-dao-<id>/`` the iCalendar feeds (Wagtail serves only paths ending in "/", so the
    ``.ics`` name is given by Content-Disposition); ``?lanh_dao=<id>`` filters by leader.
    """

    kind = models.CharField("Loại lịch", max_length=20, choices=ScheduleKind.choices, default=ScheduleKind.WORK)

    parent_page_types = ["home.HomePage", "home.SectionPage"]
    subpage_types = []
    template = "directory/schedule_page.html"
    content_panels = PortalPage.content_panels + [FieldPanel("kind")]

    class Meta:
        verbose_name = "Trang lịch làm việc, lịch tiếp công dân"
        verbose_name_plural = "Trang lịch làm việc, lịch tiếp công dân"

    # The routes; the work is done in directory/schedules.py.
    @path("", name="this_week")
    def this_week_view(self, request):
        from directory import schedules

        return schedules.week_view(self, request)

    @re_path(r"^tuan/(?P<year>\d{4})-(?P<week>\d{1,2})/$", name="week")
    def week_route(self, request, year, week):
        from directory import schedules

        return schedules.week_view(self, request, int(year), int(week))

    @re_path(r"^tuan/(?P<year>\d{4})-(?P<week>\d{1,2})/in/$", name="week_print")
    def week_print_route(self, request, year, week):
        from directory import schedules

        return schedules.week_view(self, request, int(year), int(week), printable=True)

    @path("ical/", name="ical")
    def ical_route(self, request):
        from directory import schedules

        return schedules.ical_view(self, request)

    @re_path(r"^ical/lanh-dao-(?P<leader_id>\d+)/$", name="leader_ical")
    def leader_ical_route(self, request, leader_id):
        from directory import schedules

        return schedules.ical_view(self, request, int(leader_id))

