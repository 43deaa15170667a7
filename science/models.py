"""Science and technology programmes and topics (R12).

What the regulations ask of a province's portal: the list of programmes and topics (code, name,
management level, field, host organisation, period) and, once the council has accepted a topic,
its results: the summary report and the application report (Bắc Ninh 96/QĐ-UBND Art. 8.2.b;
Vĩnh Phúc 26/2017/QĐ-UBND Art. 4.11; Bình Dương 04/2013/QĐ-UBND Art. 11.12).
"""

import re

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import re_path
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    Orderable,
    PreviewableMixin,
    RevisionMixin,
    TranslatableMixin,
    WorkflowMixin,
)
from wagtail.search import index

from home.models import PortalPage
from home.registers import RegisterIndexMixin
from home.search import FOLDED_SEARCH_FIELDS, FoldedSearchMixin
from home.text import ascii_slug, index_text, to_nfc


class TopicKind(models.TextChoices):
    PROGRAMME = "programme", "Chương trình"
    TOPIC = "topic", "Đề tài"
    PROJECT = "project", "Dự án sản xuất thử nghiệm"
    SCHEME = "scheme", "Đề án khoa học"


class ManagementLevel(models.TextChoices):
    """Luật Khoa học và Công nghệ 2013, Điều 25: the levels of a science and technology task."""

    NATIONAL = "national", "Cấp quốc gia"
    MINISTRY = "ministry", "Cấp bộ"
    PROVINCE = "province", "Cấp tỉnh"
    GRASSROOTS = "grassroots", "Cấp cơ sở"


class ScienceField(models.TextChoices):
    """The six research fields of the national classification (Quyết định 12/2008/QĐ-BKHCN)."""

    NATURAL = "natural", "Khoa học tự nhiên"
    ENGINEERING = "engineering", "Khoa học kỹ thuật và công nghệ"
    MEDICAL = "medical", "Khoa học y, dược"
    AGRICULTURAL = "agricultural", "Khoa học nông nghiệp"
    SOCIAL = "social", "Khoa học xã hội"
    HUMANITIES = "humanities", "Khoa học nhân văn"


class TopicStatus(models.TextChoices):
    PROPOSED = "proposed", "Đề xuất đặt hàng"
    APPROVED = "approved", "Đã phê duyệt"
    IN_PROGRESS = "in_progress", "Đang thực hiện"
    ACCEPTED = "accepted", "Đã nghiệm thu"
    STOPPED = "stopped", "Dừng thực hiện"


class AcceptanceRating(models.TextChoices):
    """Thông tư 11/2014/TT-BKHCN: how the council rates a finished task."""

    EXCELLENT = "excellent", "Xuất sắc"
    PASSED = "passed", "Đạt"
    FAILED = "failed", "Không đạt"


def code_slug(code):
    """The topic's URL from its code: "ĐTKHCN.05/2024" → "dtkhcn-05-2024"."""
    return ascii_slug(re.sub(r"[/.\s]+", "-", code))[:120]


class ScienceTopic(
    FoldedSearchMixin,
    WorkflowMixin,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    PreviewableMixin,
    TranslatableMixin,
    index.Indexed,
    ClusterableModel,
):
    """A programme, topic or project of science and technology, with its results once accepted (R12)."""

    code = models.CharField("Mã số", max_length=60,
                            help_text="Mã số ghi trong quyết định phê duyệt, ví dụ ĐTKHCN.05/2024.")
    slug = models.SlugField("Đường dẫn", max_length=120, editable=False)
    name = models.CharField("Tên chương trình, đề tài", max_length=500)
    kind = models.CharField("Loại nhiệm vụ", max_length=20, choices=TopicKind.choices, default=TopicKind.TOPIC)
    level = models.CharField("Cấp quản lý", max_length=20, choices=ManagementLevel.choices,
                             default=ManagementLevel.PROVINCE,
                             help_text="Luật Khoa học và Công nghệ 2013, Điều 25.")
    field = models.CharField("Lĩnh vực", max_length=20, choices=ScienceField.choices,
                             help_text="Theo Bảng phân loại lĩnh vực nghiên cứu (Quyết định 12/2008/QĐ-BKHCN).")
    # The host is often outside the agency (a university, an institute, a company): a name, not a Unit.
    host_organisation = models.CharField("Tổ chức chủ trì", max_length=255)
    lead_researcher = models.CharField("Chủ nhiệm", max_length=255, blank=True)
    period_start = models.DateField("Bắt đầu thực hiện")
    period_end = models.DateField("Kết thúc thực hiện")
    budget = models.PositiveBigIntegerField("Kinh phí (đồng)", null=True, blank=True,
                                            help_text="Tổng kinh phí được phê duyệt, tính bằng đồng.")
    objectives = models.TextField("Mục tiêu, nội dung chính", blank=True)
    status = models.CharField("Tình trạng", max_length=20, choices=TopicStatus.choices,
                              default=TopicStatus.IN_PROGRESS)
    acceptance_date = models.DateField("Ngày nghiệm thu", null=True, blank=True)
    acceptance_rating = models.CharField("Kết quả đánh giá", max_length=20, choices=AcceptanceRating.choices,
                                         blank=True)
    results_summary = models.TextField(
        "Tóm tắt kết quả", blank=True,
        help_text="Kết quả sau khi được Hội đồng khoa học nghiệm thu thông qua (QĐ 96/QĐ-UBND Bắc Ninh, Điều 8.2.b).",
    )
    summary_report = models.ForeignKey(
        settings.WAGTAILDOCS_DOCUMENT_MODEL, verbose_name="Báo cáo tổng hợp", null=True, blank=True,
        on_delete=models.PROTECT, related_name="+",
        help_text="Bắt buộc khi đã nghiệm thu. Việc công bố tuân thủ Luật Khoa học và Công nghệ.",
    )
    application_report = models.ForeignKey(
        settings.WAGTAILDOCS_DOCUMENT_MODEL, verbose_name="Báo cáo kết quả triển khai ứng dụng", null=True,
        blank=True, on_delete=models.PROTECT, related_name="+",
        help_text="Bắt buộc khi đã nghiệm thu: báo cáo kết quả triển khai áp dụng của công trình, đề tài.",
    )
    search_document = models.TextField(blank=True, editable=False)

    panels = [
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("code"), FieldPanel("kind")]),
             FieldPanel("name"),
             FieldRowPanel([FieldPanel("level"), FieldPanel("field")]),
             FieldRowPanel([FieldPanel("host_organisation"), FieldPanel("lead_researcher")])],
            heading="Nhiệm vụ",
        ),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("period_start"), FieldPanel("period_end")]), FieldPanel("budget"),
             FieldPanel("status")],
            heading="Thời gian, kinh phí và tình trạng",
        ),
        FieldPanel("objectives"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("acceptance_date"), FieldPanel("acceptance_rating")]),
             FieldPanel("results_summary"),
             FieldRowPanel([FieldPanel("summary_report"), FieldPanel("application_report")])],
            heading="Kết quả nghiệm thu",
        ),
        InlinePanel("files", heading="Tệp khác", label="Tệp"),
    ]
    search_fields = [
        index.SearchField("code", boost=5),
        index.SearchField("name", boost=3),
        index.SearchField("host_organisation"),
        index.SearchField("lead_researcher"),
        index.SearchField("objectives"),
        index.SearchField("results_summary"),
        index.AutocompleteField("name"),
        index.FilterField("live"),
        index.FilterField("locale_id"),
        index.FilterField("status"),
        index.FilterField("level"),
        index.FilterField("field"),
    ] + FOLDED_SEARCH_FIELDS
    search_title_attribute = "name"
    api_fields = [
        APIField("code"), APIField("name"), APIField("kind"), APIField("level"), APIField("field"),
        APIField("host_organisation"), APIField("lead_researcher"), APIField("period_start"),
        APIField("period_end"), APIField("budget"), APIField("status"), APIField("acceptance_date"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = "Chương trình, đề tài khoa học"
        verbose_name_plural = "Chương trình, đề tài khoa học"
        ordering = ["-period_start", "-pk"]
        indexes = [models.Index(fields=["live", "locale", "-period_start"], name="science_live_start")]
        constraints = [models.UniqueConstraint(fields=["slug", "locale"], name="science_topic_slug_unique")]

    def __str__(self):
        return f"{self.code} – {self.name}"

    @property
    def title(self):
        return self.name

    @property
    def search_summary(self):
        return f"{self.code} · {self.get_level_display()} · {self.host_organisation}. {self.objectives}"

    def get_preview_template(self, request, mode_name):
        return "science/topic_preview.html"

    @property
    def is_accepted(self):
        return self.status == TopicStatus.ACCEPTED

    # -- compliance: the results must be public within the update deadline from their acceptance
    # (Bình Dương 04/2013/QĐ-UBND Art. 13.5); before that the listing arose when it was approved.
    @property
    def event_date(self):
        return self.acceptance_date or self.period_start

    @property
    def first_publication_date(self):
        return timezone.localdate(self.first_published_at) if self.first_published_at else None

    def clean(self):
        super().clean()
        errors = {}
        self.code = to_nfc((self.code or "").strip())
        self.slug = code_slug(self.code)
        if self.code and not self.slug:
            errors["code"] = ["Mã số phải có ít nhất một chữ cái hoặc chữ số."]
        elif self.slug and ScienceTopic.objects.filter(slug=self.slug, locale_id=self.locale_id).exclude(
            pk=self.pk
        ).exists():
            errors["code"] = [f"Đã có chương trình, đề tài mã số {self.code}."]
        if self.period_start and self.period_end and self.period_end < self.period_start:
            errors["period_end"] = ["Thời gian kết thúc không được trước thời gian bắt đầu."]
        if self.status == TopicStatus.ACCEPTED:
            # Accepted means the results are public: the two reports the regulations name (R12).
            required = (
                ("acceptance_date", self.acceptance_date, "Hãy nhập ngày nghiệm thu."),
                ("summary_report", self.summary_report_id, "Đề tài đã nghiệm thu phải có báo cáo tổng hợp."),
                ("application_report", self.application_report_id,
                 "Đề tài đã nghiệm thu phải có báo cáo kết quả triển khai ứng dụng."),
            )
            for name, value, message in required:
                if not value:
                    errors[name] = [message]
        if self.acceptance_date:
            if self.period_start and self.acceptance_date < self.period_start:
                errors["acceptance_date"] = ["Ngày nghiệm thu không được trước thời gian bắt đầu thực hiện."]
            elif self.acceptance_date > timezone.localdate():
                errors["acceptance_date"] = ["Ngày nghiệm thu không được sau ngày hôm nay."]
        if errors:
            raise ValidationError(errors)

    TEXT_FIELDS = {"code", "name", "host_organisation", "lead_researcher", "objectives", "results_summary"}

    def save(self, *args, **kwargs):
        # Wagtail saves a draft of a live topic with ``update_fields`` limited to its revision
        # fields: the draft's code and text must then not reach the live row's slug and search text.
        update_fields = kwargs.get("update_fields")
        if update_fields is None or self.TEXT_FIELDS & set(update_fields):
            for name in self.TEXT_FIELDS:
                setattr(self, name, to_nfc((getattr(self, name) or "").strip()))
            self.slug = code_slug(self.code)
            self.search_document = " " + index_text(
                self.code, self.name, self.host_organisation, self.lead_researcher, self.objectives
            ) + " "
            if update_fields is not None:
                kwargs["update_fields"] = set(update_fields) | {"slug", "search_document"}
        super().save(*args, **kwargs)

    def get_url(self, request=None):
        from .register import topic_url

        return topic_url(self)

    @property
    def url(self):
        return self.get_url()


class ScienceTopicFile(Orderable):
    topic = ParentalKey(ScienceTopic, on_delete=models.CASCADE, related_name="files")
    file = models.ForeignKey(settings.WAGTAILDOCS_DOCUMENT_MODEL, verbose_name="Tệp", on_delete=models.PROTECT,
                             related_name="+")
    label = models.CharField("Mô tả", max_length=255, blank=True,
                             help_text="Ví dụ: Quyết định phê duyệt, Biên bản nghiệm thu, Sản phẩm của đề tài.")

    panels = [FieldRowPanel([FieldPanel("file"), FieldPanel("label")])]

    class Meta(Orderable.Meta):
        verbose_name = "Tệp của chương trình, đề tài"
        verbose_name_plural = "Tệp của chương trình, đề tài"


class ScienceRegisterPage(RegisterIndexMixin, PortalPage):
    """The register of programmes and topics (R12): filters by field, level, status and year; each
    topic at ``<this page>/<code slug>/``."""

    parent_page_types = ["home.HomePage", "home.SectionPage"]
    subpage_types = []
    register_list_template = "science/register_page.html"
    register_detail_template = "science/topic_page.html"
    register_models = ("science.ScienceTopic",)

    class Meta:
        verbose_name = "Danh mục chương trình, đề tài khoa học"
        verbose_name_plural = "Danh mục chương trình, đề tài khoa học"

    @property
    def register_filterset(self):
        from .register import TopicFilter

        return TopicFilter

    @property
    def register_facets(self):
        from .register import FACETS

        return FACETS

    def register_queryset(self, request):
        return ScienceTopic.objects.filter(live=True, locale_id=self.locale_id)

    def register_item(self, request, slug):
        return (
            self.register_queryset(request).filter(slug=slug)
            .select_related("summary_report", "application_report")
            .prefetch_related("files__file")
            .first()
        )

    @re_path(r"^(?P<slug>[-\w]+)/$", name="topic")
    def topic_view(self, request, slug):
        return self.register_detail(request, slug)
