"""The services of a tracked request (Question, InformationRequest): written once, used by both.

- :func:`submit` stores a public submission once per form token, with a fresh tracking code;
- the transitions :func:`route`, :func:`reject`, :func:`answer`, :func:`return_answer`,
  :func:`approve` check who may do what from which status, log it and e-mail whom it concerns;
- :func:`visible_to` is what a user may see in the admin: triaging editors and approvers see every
  request, an answering officer only those routed to their units (R34: personal data only for
  editors and the responsible unit).

The status machine::

    received ──route──▶ routed ──answer──▶ answered ──approve──▶ approved (sent; published with consent)
       │                  │  ▲                 │
       └──reject──────────┴──┼─────────────────┘ return (the approver sends it back with a note)
             ▼               └─────────────────┘
          rejected (reason e-mailed)
"""

import logging
import secrets

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation

from home.public_forms import save_once

from .models import Competence, RequestEvent, Status, UnitOfficer

logger = logging.getLogger(__name__)

# No 0/O, 1/I/L: a code read over the phone or copied by hand is not mistaken. 31**6 ≈ 887 million.
CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
CODE_LENGTH = 6
CODE_ATTEMPTS = 5


class TransitionError(Exception):
    """A step that is not allowed from the request's current status (message in Vietnamese)."""


def new_code(model, year=None):
    year = year or timezone.localdate().year
    return f"{model.code_prefix}-{year}-{''.join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))}"


def normalise_code(value):
    return "".join((value or "").split()).upper()[:20]


def submit(model, token, fields, language="vi"):
    """Store a public submission once per token; returns (request, created).

    A new code is drawn until it is unique (a savepoint per attempt): the unique index, not a prior
    SELECT, decides, so concurrent submissions never share a code.
    """

    def create():
        for attempt in range(CODE_ATTEMPTS):
            try:
                with transaction.atomic():
                    obj = model(submission_token=token, code=new_code(model), language=language, **fields)
                    obj.save()
                    return obj
            except IntegrityError:
                if model.objects.filter(submission_token=token).exists() or attempt == CODE_ATTEMPTS - 1:
                    raise
        raise AssertionError("unreachable")

    obj, created = save_once(model, token, create)
    if created:
        log(obj, "received")
        notify_requester(obj, "received")
    return obj, created


# --- Who may do what ---------------------------------------------------------------------------

def _perm(model, action):
    return f"{model._meta.app_label}.{action}_{model._meta.model_name}"


def can_triage(user, model):
    return user.is_active and user.has_perm(_perm(model, "triage"))


def can_approve(user, model):
    return user.is_active and user.has_perm(_perm(model, "approve"))


def officer_unit_ids(user):
    return set(UnitOfficer.objects.filter(user=user).values_list("unit_id", flat=True))


def visible_to(user, model):
    queryset = model.objects.select_related("unit")
    if can_triage(user, model) or can_approve(user, model):
        return queryset
    return queryset.filter(unit_id__in=officer_unit_ids(user), status__in=[
        Status.ROUTED, Status.ANSWERED, Status.APPROVED])


def can_answer(user, obj):
    return user.is_active and (user.is_superuser or obj.unit_id in officer_unit_ids(user))


def _require(allowed, message="Bạn không có quyền thực hiện thao tác này."):
    if not allowed:
        raise PermissionDenied(message)


def _require_status(obj, *statuses):
    if obj.status not in statuses:
        raise TransitionError(
            f"Không thể thực hiện khi {obj._meta.verbose_name.lower()} đang ở trạng thái “{obj.get_status_display()}”."
        )


# --- Transitions --------------------------------------------------------------------------------

def route(obj, user, unit, competence=Competence.OWN, field=None):
    """Classify and send to the competent unit; the deadline follows the competence (R31)."""
    _require(can_triage(user, type(obj)))
    _require_status(obj, Status.RECEIVED, Status.ROUTED)
    if unit is None:
        raise TransitionError("Chọn đơn vị xử lý.")
    obj.unit, obj.competence, obj.status = unit, competence, Status.ROUTED
    if field is not None and hasattr(obj, "field"):
        obj.field = field
    obj.due_date = obj.compute_due_date()
    obj.save()
    log(obj, "routed", user, f"{unit} – {obj.get_competence_display()} – hạn {obj.due_date:%d/%m/%Y}")
    notify_unit(obj, "routed")
    return obj


def reject(obj, user, reason, note=""):
    """Refuse as not admissible (Bắc Ninh Art. 13.1.b); the reason is e-mailed to the sender."""
    _require(can_triage(user, type(obj)))
    _require_status(obj, Status.RECEIVED, Status.ROUTED)
    if not reason:
        raise TransitionError("Chọn lý do không tiếp nhận.")
    obj.status, obj.rejection_reason, obj.rejection_note = Status.REJECTED, reason, note
    obj.save()
    log(obj, "rejected", user, f"{obj.get_rejection_reason_display()}. {note}".strip())
    notify_requester(obj, "rejected")
    return obj


def answer(obj, user, text):
    """The unit's officer writes the answer; it waits for the approver (Duyệt)."""
    _require(can_answer(user, obj), "Chỉ cán bộ của đơn vị được giao mới trả lời được.")
    _require_status(obj, Status.ROUTED, Status.ANSWERED)
    text = (text or "").strip()
    if not text:
        raise TransitionError("Nhập nội dung trả lời.")
    obj.answer, obj.answered_by, obj.answer_drafted_at = text, user, timezone.now()
    obj.status, obj.review_note = Status.ANSWERED, ""
    obj.save()
    log(obj, "answered", user)
    return obj


def return_answer(obj, user, note):
    _require(can_approve(user, type(obj)))
    _require_status(obj, Status.ANSWERED)
    if not (note or "").strip():
        raise TransitionError("Ghi rõ điều cần sửa.")
    obj.status, obj.review_note = Status.ROUTED, note.strip()
    obj.save()
    log(obj, "returned", user, note)
    notify_unit(obj, "returned")
    return obj


def approve(obj, user):
    """Approve the answer: it is sent to the sender and, with their consent, published."""
    _require(can_approve(user, type(obj)))
    _require_status(obj, Status.ANSWERED)
    obj.status, obj.approved_by, obj.answered_at = Status.APPROVED, user, timezone.now()
    obj.save()
    log(obj, "approved", user)
    notify_requester(obj, "approved")
    return obj


# --- Log and mail -------------------------------------------------------------------------------

def log(obj, action, user=None, note=""):
    from django.contrib.contenttypes.models import ContentType

    return RequestEvent.objects.create(
        content_type=ContentType.objects.get_for_model(obj), object_id=obj.pk, action=action,
        user=user if user is not None and user.is_authenticated else None, note=note,
    )


def events_of(obj):
    from django.contrib.contenttypes.models import ContentType

    return RequestEvent.objects.filter(content_type=ContentType.objects.get_for_model(obj), object_id=obj.pk) \
        .select_related("user")


def _send(subject, body, recipients):
    """Send, and never let a mail server's failure lose or undo an acknowledged submission."""
    try:
        send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, recipients)
    except Exception:  # noqa: BLE001 - the record is saved; the failure is logged for the IT staff
        logger.exception("Could not e-mail %s", recipients)


def notify_requester(obj, event):
    """E-mail the sender in the language they wrote in (R15)."""
    with translation.override(obj.language):
        context = {"item": obj, "event": event, "kind": obj._meta.model_name}
        subject = render_to_string("participation/email/requester_subject.txt", context).strip()
        body = render_to_string("participation/email/requester.txt", context)
    _send(subject, body, [obj.email])


def notify_unit(obj, event):
    if obj.unit is None or not obj.unit.email:
        return
    context = {"item": obj, "event": event, "kind": obj._meta.verbose_name}
    body = render_to_string("participation/email/unit.txt", context)
    _send(f"[{obj.code}] {obj._meta.verbose_name} cần xử lý, hạn {obj.due_date:%d/%m/%Y}", body, [obj.unit.email])
