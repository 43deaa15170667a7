"""What consultations and surveys share: an opening and a closing time that decide, by themselves,
whether the page receives (no stored status to forget to update)."""

from django.core.exceptions import ValidationError
from django.utils import timezone


class OpenPeriodMixin:
    """A page open from ``opens_at`` until ``closes_at``. A subclass sets ``period_status`` (its
    TextChoices with UPCOMING, OPEN, CLOSED) and ``closes_before_opens`` (the form's message)."""

    period_status = None
    closes_before_opens = ""

    def clean(self):
        super().clean()
        if self.opens_at and self.closes_at and self.closes_at <= self.opens_at:
            raise ValidationError({"closes_at": self.closes_before_opens})

    def status_at(self, now=None):
        now = now or timezone.now()
        if now < self.opens_at:
            return self.period_status.UPCOMING
        if now < self.closes_at:
            return self.period_status.OPEN
        return self.period_status.CLOSED

    @property
    def status(self):
        return self.status_at()
