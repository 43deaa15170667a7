"""Consultation on draft documents (R9; Nghị định 43/2011/NĐ-CP Điều 10 khoản 1 điểm e; Bình Dương
04/2013 Art. 11.9, 13.7; Bắc Ninh 96/QĐ-UBND Art. 8.1.h) and online surveys (R16, in surveys.py).

A :class:`ConsultationPage` is one draft put out for comment; the :class:`ConsultationIndexPage` at
``/lay-y-kien/`` lists them, open and closed. Whether a consultation is open is computed from its
opening and closing times each time it is asked (never stored), so the form closes by itself.
Comments are stored as written, moderated in the admin and only then shown, always escaped.
"""

from django.conf import settings
from django.core.paginator import Paginator
from django.db import models
from django.db.models import Case, Count, F, Q, When
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from home.blocks import BODY_BLOCKS, DocumentLinkBlock
from home.models import INTRO_FEATURES, PortalPage
from home.public_forms import PublicSubmission, rate_limit_exceeded, rate_limited_response, save_once

from .periods import OpenPeriodMixin

RULE_R9 = "Nghị định 43/2011/NĐ-CP, Điều 10 khoản 1 điểm e; Bình Dương 04/2013, Điều 11.9"
COMMENTS_PER_PAGE = 20
RATE_LIMIT_SCOPE = "consultation"


class ConsultationStatus(models.TextChoices):
    """Computed from the times, never stored: the form opens and closes by itself."""

    UPCOMING = "sap-lay-y-kien", "Sắp lấy ý kiến"
    OPEN = "dang-lay-y-kien", "Đang lấy ý kiến"
    CLOSED = "da-ket-thuc", "Đã kết thúc"


def status_filter(status, now=None):
    """A Q over ConsultationPage giving the consultations in ``status`` at ``now``."""
    now = now or timezone.now()
    if status == ConsultationStatus.UPCOMING:
        return Q(opens_at__gt=now)
    if status == ConsultationStatus.OPEN:
        return Q(opens_at__lte=now, closes_at__gt=now)
    if status == ConsultationStatus.CLOSED:
        return Q(closes_at__lte=now)
    return Q()


class ConsultationIndexPage(PortalPage):
    """The list of drafts put out for comment (R9), open ones first; at ``/lay-y-kien/``."""

    subpage_types = ["participation.ConsultationPage", "home.SectionPage", "home.ContentPage"]
    template = "participation/consultation_index_page.html"
    per_page = 20

    class Meta:
        verbose_name = "Danh sách lấy ý kiến dự thảo"
        verbose_name_plural = "Danh sách lấy ý kiến dự thảo"

    def consultations(self, status=""):
        """Live consultations below this page, with their count of published comments.

        Without a status: open ones first, soonest closing first (what a reader can still act on),
        then upcoming ones, then closed ones, latest first.
        """
        now = timezone.now()
        pages = (
            ConsultationPage.objects.live().public().descendant_of(self)
            .filter(status_filter(status, now))
            .annotate(
                published_comments=Count("comments", filter=Q(comments__status=ConsultationComment.APPROVED)),
                status_order=Case(When(status_filter(ConsultationStatus.OPEN, now), then=0),
                                  When(status_filter(ConsultationStatus.UPCOMING, now), then=1), default=2),
                still_open_until=Case(When(closes_at__gt=now, then=F("closes_at")), default=None),
            )
        )
        return pages.order_by("status_order", F("still_open_until").asc(nulls_last=True), "-closes_at", "-pk")

    def status_counts(self):
        """How many consultations each status filter gives, in one query."""
        now = timezone.now()
        pages = ConsultationPage.objects.live().public().descendant_of(self)
        counts = pages.aggregate(**{
            value.replace("-", "_"): Count("pk", filter=status_filter(value, now)) for value in ConsultationStatus.values
        })
        return [{"value": value, "label": label, "count": counts[value.replace("-", "_")]}
                for value, label in ConsultationStatus.choices]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        status = request.GET.get("trang_thai", "")
        if status not in ConsultationStatus.values:
            status = ""
        context["status"] = status
        context["status_counts"] = self.status_counts()
        context["consultations"] = Paginator(self.consultations(status), self.per_page).get_page(request.GET.get("page"))
        # Other pages placed here (e.g. feedback on administrative regulations) are listed after the drafts.
        context["subsections"] = self.get_children().live().public().not_type(ConsultationPage).specific()
        return context


class ConsultationPage(OpenPeriodMixin, PortalPage):
    """One draft (legal document, policy, plan) put out for public comment (R9)."""

    intro = RichTextField(
        "Tóm tắt dự thảo", features=INTRO_FEATURES, blank=True,
        help_text="Mục đích, phạm vi và những nội dung chính cần lấy ý kiến; hiện đầu trang và trong danh sách.",
    )
    body = StreamField(
        BODY_BLOCKS, verbose_name="Toàn văn dự thảo", blank=True,
        help_text=f"Toàn văn dự thảo để người dân đọc trên trang ({RULE_R9}).",
    )
    drafting_agency = models.CharField(
        "Cơ quan chủ trì soạn thảo", max_length=255,
        help_text="Cơ quan, đơn vị soạn thảo dự thảo; bản tổng hợp ý kiến được gửi cho cơ quan này.",
    )
    files = StreamField(
        [("document", DocumentLinkBlock())], verbose_name="Tệp dự thảo", blank=True,
        help_text="Dự thảo, tờ trình và tài liệu kèm theo để tải về (PDF, DOCX).",
    )
    opens_at = models.DateTimeField(
        "Bắt đầu lấy ý kiến", default=timezone.now,
        help_text="Giờ Việt Nam. Trước thời điểm này trang hiện nhưng chưa nhận ý kiến.",
    )
    closes_at = models.DateTimeField(
        "Hết hạn lấy ý kiến",
        help_text="Giờ Việt Nam. Sau thời điểm này biểu mẫu tự đóng, không nhận thêm ý kiến.",
    )
    receiving_agency = models.CharField(
        "Cơ quan tiếp nhận ý kiến", max_length=255,
        help_text=f"Nơi tổ chức, cá nhân gửi ý kiến bằng văn bản hoặc thư điện tử ({RULE_R9}).",
    )
    receiving_address = models.CharField("Địa chỉ tiếp nhận", max_length=500)
    receiving_email = models.EmailField("Thư điện tử tiếp nhận")
    receiving_phone = models.CharField("Điện thoại liên hệ", max_length=100, blank=True)

    parent_page_types = ["participation.ConsultationIndexPage"]
    subpage_types = []
    template = "participation/consultation_page.html"

    content_panels = PortalPage.content_panels[:1] + [
        FieldPanel("drafting_agency"),
        FieldPanel("intro"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("opens_at"), FieldPanel("closes_at")])],
            heading="Thời gian lấy ý kiến",
        ),
        FieldPanel("body"),
        FieldPanel("files"),
        MultiFieldPanel(
            [
                FieldPanel("receiving_agency"),
                FieldPanel("receiving_address"),
                FieldRowPanel([FieldPanel("receiving_email"), FieldPanel("receiving_phone")]),
            ],
            heading="Nơi tiếp nhận ý kiến",
        ),
    ]
    search_fields = PortalPage.search_fields + [
        index.SearchField("drafting_agency"),
        index.FilterField("opens_at"),
        index.FilterField("closes_at"),
    ]
    api_fields = PortalPage.api_fields + [
        APIField("drafting_agency"), APIField("files"), APIField("opens_at"), APIField("closes_at"),
        APIField("receiving_agency"), APIField("receiving_address"), APIField("receiving_email"),
        APIField("receiving_phone"),
    ]

    class Meta:
        verbose_name = "Dự thảo lấy ý kiến"
        verbose_name_plural = "Dự thảo lấy ý kiến"

    period_status = ConsultationStatus
    closes_before_opens = "Thời điểm hết hạn phải sau thời điểm bắt đầu lấy ý kiến."

    @property
    def is_open(self):
        return self.status == ConsultationStatus.OPEN

    def published_comments(self):
        return self.comments.filter(status=ConsultationComment.APPROVED).order_by("submitted_at", "pk")

    def schema_org(self, request):
        data = super().schema_org(request)
        data["about"] = {"@type": "Legislation", "name": self.title,
                         "legislationResponsible": {"@type": "GovernmentOrganization", "name": self.drafting_agency}}
        return data

    # --- the public form ------------------------------------------------------------------

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        comments = self.published_comments()
        context["comments"] = Paginator(comments, COMMENTS_PER_PAGE).get_page(request.GET.get("page"))
        context["sent"] = request.GET.get("da-gui") == "1"
        return context

    def serve(self, request, *args, **kwargs):
        from participation.consultation_forms import ConsultationCommentForm

        status = self.status
        if request.method == "POST":
            if status != ConsultationStatus.OPEN:
                # The form is gone from the page; a stale tab or a robot still posting gets told why.
                return self.render(request, form=None, refused=self.refusal_message(status), status=403)
            if rate_limit_exceeded(request, RATE_LIMIT_SCOPE):
                return rate_limited_response(request, RATE_LIMIT_SCOPE)
            form = ConsultationCommentForm(request.POST)
            if form.is_valid():
                token = form.cleaned_data["submission_token"]
                save_once(ConsultationComment, token, lambda: form.save(commit=False).attach(self, token))
                # Post/redirect/get: reloading the thank-you page sends nothing again.
                return HttpResponseRedirect(f"{self.url}?da-gui=1#cam-on")
            return self.render(request, form=form, status=400)
        form = ConsultationCommentForm() if status == ConsultationStatus.OPEN else None
        return self.render(request, form=form)

    def render(self, request, form=None, refused="", status=200):
        context = self.get_context(request)
        context.update(form=form, refused=refused)
        return TemplateResponse(request, self.get_template(request), context, status=status)

    def refusal_message(self, status):
        if status == ConsultationStatus.UPCOMING:
            return _("This consultation opens at %(time)s; comments cannot be sent yet.") % {
                "time": date_format(timezone.localtime(self.opens_at), "DATETIME_FORMAT")}
        return _("This consultation closed at %(time)s; no more comments are received. "
                 "Your comment was not stored.") % {
            "time": date_format(timezone.localtime(self.closes_at), "DATETIME_FORMAT")}


class ConsultationComment(PublicSubmission):
    """A comment on a draft, stored as written; shown on the page only once approved."""

    PENDING = "pending"
    APPROVED = "approved"
    REJECTED = "rejected"
    STATUS_CHOICES = [(PENDING, "Chờ kiểm duyệt"), (APPROVED, "Đã duyệt, công khai"), (REJECTED, "Không công khai")]

    page = models.ForeignKey(ConsultationPage, verbose_name="Dự thảo", on_delete=models.CASCADE,
                             related_name="comments")
    full_name = models.CharField("Họ và tên", max_length=150)
    email = models.EmailField("Thư điện tử", max_length=254)
    organisation = models.CharField("Cơ quan, tổ chức", max_length=255, blank=True)
    section = models.CharField("Điều, khoản góp ý", max_length=255, blank=True)
    comment = models.TextField("Nội dung góp ý")
    status = models.CharField("Trạng thái kiểm duyệt", max_length=20, choices=STATUS_CHOICES, default=PENDING,
                              db_index=True,
                              help_text="Chỉ ý kiến đã duyệt mới hiện trên trang dự thảo.")
    moderation_note = models.CharField(
        "Ghi chú kiểm duyệt", max_length=500, blank=True,
        help_text="Lý do không công khai (ví dụ: nội dung không liên quan, ngôn từ không phù hợp).",
    )
    moderated_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name="Người kiểm duyệt", null=True,
                                     blank=True, on_delete=models.SET_NULL, related_name="+", editable=False)
    moderated_at = models.DateTimeField("Thời điểm kiểm duyệt", null=True, blank=True, editable=False)

    class Meta:
        verbose_name = "Ý kiến góp ý dự thảo"
        verbose_name_plural = "Ý kiến góp ý dự thảo"
        ordering = ["-submitted_at", "-pk"]

    def __str__(self):
        return f"{self.full_name} – {self.page.title}"

    def attach(self, page, token):
        """Save this new comment on ``page`` under its one-time form token (used by save_once)."""
        self.page = page
        self.submission_token = token
        self.save()
        return self

    def moderate(self, status, user=None, note=None):
        self.status = status
        self.moderated_by = user
        self.moderated_at = timezone.now()
        if note is not None:
            self.moderation_note = note
        self.save(update_fields=["status", "moderated_by", "moderated_at", "moderation_note"])
