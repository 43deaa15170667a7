"""Online surveys requested by agencies (R16; Bắc Ninh 96/QĐ-UBND Art. 8.2.đ, 11.3.h).

A :class:`SurveyPage` is built with Wagtail's form builder (the editor adds the questions), is open for a
period computed from its times, and is protected like every public form (captcha, honeypot, one save per
token, per-address limit: R34). One response per person is encouraged without an account: after
answering, a cookie marks the survey as answered in that browser and the form is not offered again.
Results are aggregated per question in the admin (participation/survey_results.py).
"""

from django.db import models
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.forms.forms import BaseForm, FormBuilder
from wagtail.contrib.forms.models import AbstractFormField, AbstractFormSubmission, FormMixin
from wagtail.contrib.forms.panels import FormSubmissionsPanel
from wagtail.fields import RichTextField

from home.models import INTRO_FEATURES, PortalPage
from home.text import ascii_slug
from home.public_forms import (
    PROTECTION_FIELDS,
    ProtectedFormMixin,
    rate_limit_exceeded,
    rate_limited_response,
    save_once,
)

from .periods import OpenPeriodMixin

RULE_R16 = "QĐ 96/QĐ-UBND Bắc Ninh, Điều 8.2.đ và 11.3.h"
RATE_LIMIT_SCOPE = "survey"
ANSWERED_COOKIE_DAYS = 365


class SurveyStatus(models.TextChoices):
    UPCOMING = "sap-mo", "Sắp mở"
    OPEN = "dang-mo", "Đang nhận trả lời"
    CLOSED = "da-ket-thuc", "Đã kết thúc"


class SurveyFormBuilder(FormBuilder):
    """The editor's questions plus the shared protection of public forms."""

    def get_form_class(self):
        return type("SurveyForm", (ProtectedFormMixin, BaseForm), self.formfields)


class SurveyQuestion(AbstractFormField):
    page = ParentalKey("participation.SurveyPage", on_delete=models.CASCADE, related_name="form_fields")

    class Meta(AbstractFormField.Meta):
        verbose_name = "Câu hỏi khảo sát"
        verbose_name_plural = "Câu hỏi khảo sát"

    def get_field_clean_name(self):
        """"Mức độ hài lòng" → "muc_do_hai_long" (Wagtail's own spells đ as "u0111")."""
        return ascii_slug(self.label).replace("-", "_") or super().get_field_clean_name()


class SurveyResponse(AbstractFormSubmission):
    """One person's answers; the token makes a double click or a retried POST one response."""

    submission_token = models.UUIDField("Mã lần gửi", unique=True, null=True, blank=True, editable=False)

    class Meta:
        verbose_name = "Phiếu trả lời khảo sát"
        verbose_name_plural = "Phiếu trả lời khảo sát"


class SurveyPage(OpenPeriodMixin, FormMixin, PortalPage):
    """A questionnaire an agency asks the portal to run for a period (R16)."""

    requesting_agency = models.CharField(
        "Cơ quan đề nghị khảo sát", max_length=255,
        help_text=f"Cơ quan nhận kết quả tổng hợp ({RULE_R16}).",
    )
    opens_at = models.DateTimeField("Bắt đầu nhận trả lời", default=timezone.now, help_text="Giờ Việt Nam.")
    closes_at = models.DateTimeField(
        "Kết thúc khảo sát", help_text="Giờ Việt Nam. Sau thời điểm này biểu mẫu tự đóng.",
    )
    thank_you_text = RichTextField(
        "Lời cảm ơn", features=INTRO_FEATURES, blank=True,
        help_text="Hiện sau khi người dân gửi phiếu trả lời.",
    )

    parent_page_types = ["home.SectionPage"]
    subpage_types = []
    template = "participation/survey_page.html"
    landing_page_template = "participation/survey_page_landing.html"
    form_builder = SurveyFormBuilder

    content_panels = PortalPage.content_panels[:1] + [
        FormSubmissionsPanel(),
        FieldPanel("requesting_agency"),
        MultiFieldPanel([FieldRowPanel([FieldPanel("opens_at"), FieldPanel("closes_at")])],
                        heading="Thời gian khảo sát"),
        FieldPanel("intro"),
        InlinePanel("form_fields", label="Câu hỏi", min_num=1),
        FieldPanel("thank_you_text"),
        FieldPanel("body"),
    ]
    api_fields = PortalPage.api_fields + [APIField("requesting_agency"), APIField("opens_at"), APIField("closes_at")]

    class Meta:
        verbose_name = "Khảo sát trực tuyến"
        verbose_name_plural = "Khảo sát trực tuyến"

    period_status = SurveyStatus
    closes_before_opens = "Thời điểm kết thúc phải sau thời điểm bắt đầu khảo sát."

    # --- responses --------------------------------------------------------------------------

    def get_submission_class(self):
        return SurveyResponse

    @property
    def answered_cookie(self):
        return f"khao-sat-{self.pk}"

    def process_form_submission(self, form):
        """Store the answers only (not the captcha, honeypot or token), once per form token."""
        answers = {name: value for name, value in form.cleaned_data.items() if name not in PROTECTION_FIELDS}
        token = form.cleaned_data["submission_token"]
        response, _created = save_once(SurveyResponse, token, lambda: SurveyResponse.objects.create(
            page=self, form_data=answers, submission_token=token))
        return response

    def serve(self, request, *args, **kwargs):
        status = self.status
        answered = self.answered_cookie in request.COOKIES
        if request.method == "POST":
            if status != SurveyStatus.OPEN:
                return self.render_survey(request, refused=self.refusal_message(status), status=403)
            if answered:
                return self.render_survey(
                    request, refused=_("You have already answered this survey from this browser. Thank you."),
                    status=409)
            if rate_limit_exceeded(request, RATE_LIMIT_SCOPE):
                return rate_limited_response(request, RATE_LIMIT_SCOPE)
            form = self.get_form(request.POST, request.FILES, page=self, user=request.user)
            if form.is_valid():
                self.process_form_submission(form)
                response = HttpResponseRedirect(f"{self.url}?da-gui=1#cam-on")
                response.set_cookie(self.answered_cookie, "1", max_age=ANSWERED_COOKIE_DAYS * 86400,
                                    path=self.url, httponly=True, samesite="Lax", secure=request.is_secure())
                return response
            return self.render_survey(request, form=form, status=400)
        sent = request.GET.get("da-gui") == "1"
        if sent:
            return self.render_landing_page(request)
        form = None
        if status == SurveyStatus.OPEN and not answered:
            form = self.get_form(page=self, user=request.user)
        return self.render_survey(request, form=form, answered=answered)

    def render_survey(self, request, form=None, refused="", answered=False, status=200):
        context = self.get_context(request)
        context.update(form=form, refused=refused, answered=answered)
        return TemplateResponse(request, self.get_template(request), context, status=status)

    def refusal_message(self, status):
        if status == SurveyStatus.UPCOMING:
            return _("This survey opens at %(time)s; answers cannot be sent yet.") % {
                "time": date_format(timezone.localtime(self.opens_at), "DATETIME_FORMAT")}
        return _("This survey closed at %(time)s; no more answers are received. Your answers were not stored.") % {
            "time": date_format(timezone.localtime(self.closes_at), "DATETIME_FORMAT")}
