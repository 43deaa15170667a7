"""Reminders (R31): e-mail each unit about its requests due within a working day or overdue.

``python manage.py qa_reminders`` runs this from cron, once each working morning.
"""

from django.contrib.auth import get_user_model
from django.template.loader import render_to_string
from django.utils import timezone

from home.editorial import GROUP_EDITORS

from . import tracking
from .models import OPEN_STATUSES, InformationRequest, Question, due_soon_until


def due_for_reminder(model, today=None):
    today = today or timezone.localdate()
    return model.objects.filter(status__in=OPEN_STATUSES, due_date__lte=due_soon_until(today)).select_related("unit") \
        .order_by("due_date", "pk")


def send_reminders(today=None):
    """One e-mail per unit (and one to the editors for what is not routed yet); returns the count sent."""
    today = today or timezone.localdate()
    batches = {}
    for model in (Question, InformationRequest):
        for item in due_for_reminder(model, today):
            batches.setdefault(item.unit, []).append(item)
    editors = list(get_user_model().objects.filter(groups__name=GROUP_EDITORS, is_active=True)
                   .exclude(email="").values_list("email", flat=True))
    sent = 0
    for unit, items in batches.items():
        recipients = [unit.email] if unit is not None and unit.email else editors
        if not recipients:
            continue
        overdue = sum(item.due_date < today for item in items)
        body = render_to_string("participation/email/reminder.txt",
                                {"unit": unit, "items": items, "today": today, "overdue": overdue})
        subject = f"Nhắc hạn trả lời: {len(items)} yêu cầu sắp đến hạn hoặc quá hạn ({overdue} quá hạn)"
        tracking._send(subject, body, recipients)
        for item in items:
            tracking.log(item, "reminded", note=", ".join(recipients))
        sent += 1
    return sent
