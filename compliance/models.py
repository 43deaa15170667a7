from django.core.exceptions import ValidationError
from django.db import models
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
