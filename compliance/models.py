from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.signals import post_delete, post_save, pre_save
from django.dispatch import receiver
from django.utils import timezone


def today():
    return timezone.localdate()


class EventDatedMixin(models.Model):
    """Content that a publication deadline applies to.

    The regulations count the update deadline in working days from the moment the
    information arises (a document is issued, a plan approved, an event happens) to
    its first publication (Bắc Ninh 96/QĐ-UBND Art. 8; Bình Dương 04/2013 Art. 13).
    The compliance reports read both dates from here: ``event_date`` is entered by the
    editor, the first publication is Wagtail's own ``first_published_at``.
    """

    event_date = models.DateField(
        "Ngày phát sinh thông tin",
        default=today,
        help_text=(
            "Ngày văn bản được ban hành, kế hoạch được phê duyệt hoặc sự kiện diễn ra. "
            "Thời hạn cập nhật tính theo ngày làm việc từ ngày này "
            "(QĐ 96/QĐ-UBND Bắc Ninh, Điều 8)."
        ),
    )

    class Meta:
        abstract = True

    @property
    def first_publication_date(self):
        """The local date the item first became public, or None while it never was."""
        published = getattr(self, "first_published_at", None)
        return timezone.localdate(published) if published else None

    def clean(self):
        super().clean()
        if self.event_date and self.event_date > today():
            raise ValidationError(
                {"event_date": "Ngày phát sinh thông tin không được sau ngày hôm nay."}
            )


class CalendarExceptionKind(models.TextChoices):
    DAY_OFF = "day_off", "Ngày nghỉ"
    WORKING_DAY = "working_day", "Ngày làm việc bù"


class CalendarException(models.Model):
    """A day the government moves: an extra day off, or a Saturday worked to make up for one.

    Each year the Prime Minister / the Ministry of Home Affairs announces which days public servants
    take off around the holidays and which weekend days they work instead (Bộ luật Lao động 2019,
    Điều 111, 112). The working-day calendar (``compliance.workdays``) reads these on top of weekends
    and the statutory holidays.
    """

    date = models.DateField("Ngày", unique=True)
    kind = models.CharField("Loại", max_length=20, choices=CalendarExceptionKind.choices,
                            default=CalendarExceptionKind.DAY_OFF)
    reason = models.CharField(
        "Lý do", max_length=255,
        help_text="Văn bản thông báo lịch nghỉ, ví dụ: “Nghỉ bù Tết Dương lịch theo thông báo của Bộ Nội vụ”.",
    )

    class Meta:
        verbose_name = "Ngày nghỉ, ngày làm bù"
        verbose_name_plural = "Ngày nghỉ, ngày làm bù"
        ordering = ["-date"]

    def __str__(self):
        return f"{self.date:%d/%m/%Y} – {self.get_kind_display()}"


@receiver(pre_save, sender=CalendarException)
def forget_previous_year(sender, instance, raw=False, **kwargs):
    """An exception moved to another year leaves its old year too."""
    from .workdays import forget_year

    if raw or instance.pk is None:
        return
    previous = CalendarException.objects.filter(pk=instance.pk).values_list("date", flat=True).first()
    if previous is not None and previous.year != instance.date.year:
        forget_year(previous.year)


@receiver([post_save, post_delete], sender=CalendarException)
def forget_cached_year(sender, instance, **kwargs):
    """Any change to an exception is seen at once by every process (the days are cached per year)."""
    from .workdays import forget_year

    forget_year(instance.date.year)
