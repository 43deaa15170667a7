"""What every public form shares (R34): one place, reused by Q&A, consultation, surveys and
information requests.

- :class:`ProtectedFormMixin` adds an offline captcha, a honeypot field that people never see and
  robots fill in, and a one-time submission token.
- :func:`rate_limit_exceeded` counts submissions per client address and form in the shared cache
  (Redis in production), so the limit holds across every app server.
- :func:`save_once` stores a submission once per token: a double click or a retried POST gives back
  the first submission instead of a second one.
- :class:`PublicSubmission` is the abstract model holding the token.

Submitted text is stored as written; templates always render it escaped (never ``|safe``).
"""

import uuid

from captcha.fields import CaptchaField, CaptchaTextInput
from django import forms
from django.conf import settings
from django.core.cache import cache
from django.db import IntegrityError, models, transaction
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _

HONEYPOT_FIELD = "website"
PROTECTION_FIELDS = (HONEYPOT_FIELD, "captcha", "submission_token")  # not what a person fills in


class CaptchaInput(CaptchaTextInput):
    """The captcha without invalid HTML: its hidden key input carries no ``required``/``autocomplete``
    (the Nu Html Checker refuses both on a hidden input)."""

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        hidden = context["widget"]["subwidgets"][0]["attrs"]
        hidden.pop("required", None)
        hidden.pop("autocomplete", None)
        return context


class ProtectedFormMixin:
    """Mix into a Form or ModelForm (before it): ``class QuestionForm(ProtectedFormMixin, forms.ModelForm)``.

    The subclass's own fields come first; the honeypot, the captcha and the token are added last.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields[HONEYPOT_FIELD] = forms.CharField(
            label=_("Leave this field empty"), required=False,
            widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
        )
        self.fields["captcha"] = CaptchaField(
            widget=CaptchaInput,
            label=_("Verification: the result of the sum in the picture"),
            help_text=_("Enter the number. If you cannot read the picture, reload the page for a new one."),
            error_messages={"invalid": _("The verification result is not correct. Please work out the new sum."),
                            "required": _("Please enter the result of the sum in the picture.")},
        )
        self.fields["submission_token"] = forms.UUIDField(widget=forms.HiddenInput, initial=uuid.uuid4)

    def clean_website(self):
        if self.cleaned_data.get(HONEYPOT_FIELD):
            # Only robots see and fill this field: refuse without saying why.
            raise forms.ValidationError(_("The form could not be sent. Please try again."), code="honeypot")
        return ""

    @property
    def protection_fields(self):
        return [self[name] for name in PROTECTION_FIELDS]

    @property
    def content_fields(self):
        """The fields a person fills in, without the protection (for templates that loop over them)."""
        return [field for field in self if field.name not in PROTECTION_FIELDS]


class PublicSubmission(models.Model):
    """A submission from the public: its one-time form token and when it arrived."""

    submission_token = models.UUIDField("Mã lần gửi", unique=True, null=True, blank=True, editable=False)
    submitted_at = models.DateTimeField("Thời điểm gửi", auto_now_add=True, db_index=True)

    class Meta:
        abstract = True


def save_once(model, token, create):
    """Create a submission through ``create()`` unless one with this token exists; returns (obj, created).

    The unique token makes the database the judge, so two processes handling the same retried POST at
    once still store one submission.
    """
    existing = model.objects.filter(submission_token=token).first()
    if existing is not None:
        return existing, False
    try:
        with transaction.atomic():
            return create(), True
    except IntegrityError:
        existing = model.objects.filter(submission_token=token).first()
        if existing is None:
            raise
        return existing, False


def client_address(request):
    """The client's IP address; X-Forwarded-For is trusted only as far as the configured proxies add it."""
    proxies = settings.TRUSTED_PROXY_COUNT
    if proxies:
        forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
        if len(forwarded) >= proxies:
            return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR", "")


def rate_limit_exceeded(request, scope):
    """Count this submission to ``scope`` from the client's address; True once over the limit."""
    limit, window = rate_limit_window(scope)
    key = f"public-form:{scope}:{client_address(request)}"
    cache.add(key, 0, timeout=window)  # starts the window; does nothing if it is running
    try:
        count = cache.incr(key)
    except ValueError:  # the key expired between add and incr
        cache.set(key, 1, timeout=window)
        count = 1
    return count > limit


def rate_limit_window(scope):
    return settings.PUBLIC_FORM_RATE_LIMITS.get(scope, settings.PUBLIC_FORM_RATE_LIMITS["default"])


def rate_limited_response(request, scope):
    """429 with a page that says, in the reader's language, when to try again."""
    minutes = max(1, rate_limit_window(scope)[1] // 60)
    response = TemplateResponse(request, "home/rate_limited.html", {"retry_minutes": minutes}, status=429)
    response["Retry-After"] = str(minutes * 60)
    return response
