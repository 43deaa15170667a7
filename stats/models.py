"""Statistics (R13) and annual financial reports (R18).

A statistical release carries what the regulations list: the data, the report, the method, the
analysis and the period (Bắc Ninh 96/QĐ-UBND Art. 8.2.c; Vĩnh Phúc 26/2017/QĐ-UBND Art. 4.14); its
data table is shown on the page and stays downloadable. Financial reports are the agency's annual
reports and budget disclosures (Bắc Ninh 96/QĐ-UBND Art. 8.1.i).
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import re_path
from wagtail.fields import RichTextField
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
from home.text import ascii_slug, to_nfc

from .tables import TableError, check_table_file

TEXT_FEATURES = ["bold", "italic", "ol", "ul", "link"]


class ChartKind(models.TextChoices):
    BAR = "bar", "Biểu đồ cột"
    LINE = "line", "Biểu đồ đường"
    NONE = "none", "Không vẽ biểu đồ"


class RegisterItem(FoldedSearchMixin, WorkflowMixin, DraftStateMixin, LockableMixin, RevisionMixin, PreviewableMixin,
                   TranslatableMixin, index.Indexed, ClusterableModel):
    """What the two registers share: moderation, history, locking, a slug unique in its language."""

    slug = models.SlugField("Đường dẫn", max_length=120, editable=False)

    class Meta(TranslatableMixin.Meta):
        abstract = True

    def slug_source(self):
        raise NotImplementedError

    def unique_slug(self):
        base = ascii_slug(self.slug_source(), max_length=110) or "bao-cao"
        slug, number = base, 1
        others = type(self).objects.filter(locale_id=self.locale_id).exclude(pk=self.pk)
        while others.filter(slug=slug).exists():
            number += 1
            slug = f"{base}-{number}"
        return slug

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = self.unique_slug()
        super().save(*args, **kwargs)

    @property
    def first_publication_date(self):
        return timezone.localdate(self.first_published_at) if self.first_published_at else None

    def get_url(self, request=None):
        from .lists import item_url

        return item_url(self)

    @property
    def url(self):
        return self.get_url()


class StatisticalRelease(RegisterItem):
    """A statistical release (R13): data, report, method, analysis and period."""

    title = models.CharField("Tiêu đề", max_length=255, help_text="Ví dụ: Tình hình ứng dụng CNTT quý III/2026.")
    period_label = models.CharField("Kỳ thống kê", max_length=100,
                                    help_text="Ví dụ: Năm 2025, Quý III/2026, 6 tháng đầu năm 2026.")
    period_start = models.DateField("Thời gian thống kê từ ngày")
    period_end = models.DateField("đến ngày")
    published_on = models.DateField(
        "Ngày quyết định công bố",
        help_text="Thời hạn đăng tải tính theo ngày làm việc từ ngày thủ trưởng cơ quan quyết định công bố "
                  "(QĐ 96/QĐ-UBND Bắc Ninh, Điều 8.2.c: không quá 08 ngày làm việc).",
    )
    summary = models.TextField("Tóm tắt số liệu", help_text="Những con số chính, hiện ở danh sách và đầu trang.")
    method = RichTextField("Phương pháp thống kê", features=TEXT_FEATURES,
                           help_text="Phạm vi, đối tượng, cách thu thập và tính toán số liệu (Luật Thống kê).")
    analysis = RichTextField("Phân tích số liệu", features=TEXT_FEATURES, blank=True)
    data_file = models.ForeignKey(
        settings.WAGTAILDOCS_DOCUMENT_MODEL, verbose_name="Bảng số liệu (CSV hoặc XLSX)", null=True, blank=True,
        on_delete=models.PROTECT, related_name="+",
        help_text="Dòng đầu là tiêu đề cột, cột đầu là tên dòng; tối đa 500 dòng, 20 cột, 2 MB. Bảng được hiển "
                  "thị trên trang và người đọc vẫn tải được tệp gốc. CSV cần lưu ở bảng mã UTF-8.",
    )
    table_title = models.CharField("Tên bảng", max_length=255, blank=True,
                                   help_text="Để trống để dùng tiêu đề bản công bố.")
    table_unit = models.CharField("Đơn vị tính", max_length=60, blank=True, help_text="Ví dụ: hồ sơ, tỷ đồng, %.")
    chart_kind = models.CharField("Biểu đồ", max_length=10, choices=ChartKind.choices, default=ChartKind.BAR)
    chart_column = models.CharField("Cột vẽ biểu đồ", max_length=255, blank=True,
                                    help_text="Tiêu đề của một cột số; để trống để vẽ cột số đầu tiên.")
    # The table read from ``data_file`` when it was saved (stats.tables.Table.as_json()).
    table = models.JSONField(default=dict, blank=True, editable=False)

    panels = [
        MultiFieldPanel(
            [FieldPanel("title"), FieldPanel("period_label"),
             FieldRowPanel([FieldPanel("period_start"), FieldPanel("period_end"), FieldPanel("published_on")])],
            heading="Bản công bố",
        ),
        FieldPanel("summary"),
        MultiFieldPanel(
            [FieldPanel("data_file"), FieldRowPanel([FieldPanel("table_title"), FieldPanel("table_unit")]),
             FieldRowPanel([FieldPanel("chart_kind"), FieldPanel("chart_column")])],
            heading="Số liệu",
        ),
        FieldPanel("method"),
        FieldPanel("analysis"),
        InlinePanel("files", heading="Báo cáo và tệp khác", label="Tệp"),
    ]
    search_fields = [
        index.SearchField("title", boost=3),
        index.SearchField("period_label", boost=2),
        index.SearchField("summary"),
        index.SearchField("analysis"),
        index.AutocompleteField("title"),
        index.FilterField("live"),
        index.FilterField("locale_id"),
        index.FilterField("published_on"),
    ] + FOLDED_SEARCH_FIELDS
    api_fields = [APIField("title"), APIField("period_label"), APIField("period_start"), APIField("period_end"),
                  APIField("published_on"), APIField("summary"), APIField("method"), APIField("analysis"),
                  APIField("table")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = "Bản công bố thống kê"
        verbose_name_plural = "Thống kê"
        ordering = ["-published_on", "-pk"]
        indexes = [models.Index(fields=["live", "locale", "-published_on"], name="stats_release_live_date")]
        constraints = [models.UniqueConstraint(fields=["slug", "locale"], name="stats_release_slug_unique")]

    def __str__(self):
        return self.title

    def slug_source(self):
        return self.title

    @property
    def event_date(self):
        return self.published_on

    @property
    def caption(self):
        return self.table_title or self.title

    def clean(self):
        super().clean()
        for name in ("title", "period_label", "summary", "table_title", "table_unit", "chart_column"):
            setattr(self, name, to_nfc(getattr(self, name)))
        errors = {}
        if self.period_start and self.period_end and self.period_end < self.period_start:
            errors["period_end"] = ["Ngày kết thúc kỳ thống kê không được trước ngày bắt đầu."]
        if self.published_on and self.published_on > timezone.localdate():
            errors["published_on"] = ["Ngày quyết định công bố không được sau ngày hôm nay."]
        if self.data_file_id:
            try:
                self.table = check_table_file(self.data_file).as_json()
            except TableError as error:
                errors["data_file"] = error.messages
            else:
                if self.chart_column and self.chart_column not in [
                    self.table["columns"][i] for i in self.table["numeric"]
                ]:
                    errors["chart_column"] = [
                        f"Bảng không có cột số nào tên “{self.chart_column}”. Các cột số: "
                        + (", ".join(self.table["columns"][i] for i in self.table["numeric"]) or "không có") + "."
                    ]
        else:
            self.table = {}
        if errors:
            raise ValidationError(errors)

    def get_preview_template(self, request, mode_name):
        # Editors see the table and chart read from their file before the release goes to review.
        return "stats/release_preview.html"

    @property
    def search_summary(self):
        return f"{self.period_label}. {self.summary}"

    def chart(self):
        from .charts import build_chart

        return build_chart(self.table, self.chart_column or None, self.chart_kind)


class StatisticalReleaseFile(Orderable):
    release = ParentalKey(StatisticalRelease, on_delete=models.CASCADE, related_name="files")
    file = models.ForeignKey(settings.WAGTAILDOCS_DOCUMENT_MODEL, verbose_name="Tệp", on_delete=models.PROTECT,
                             related_name="+")
    label = models.CharField("Mô tả", max_length=255, blank=True,
                             help_text="Ví dụ: Báo cáo thống kê (bản ký số), Phiếu điều tra.")

    panels = [FieldRowPanel([FieldPanel("file"), FieldPanel("label")])]

    class Meta(Orderable.Meta):
        verbose_name = "Tệp của bản công bố thống kê"
        verbose_name_plural = "Tệp của bản công bố thống kê"


class FinancialReportKind(models.TextChoices):
    ANNUAL = "annual", "Báo cáo tài chính năm"
    BUDGET_ESTIMATE = "estimate", "Công khai dự toán ngân sách"
    BUDGET_SETTLEMENT = "settlement", "Công khai quyết toán ngân sách"
    BUDGET_EXECUTION = "execution", "Công khai tình hình thực hiện dự toán"


class FinancialReport(RegisterItem):
    """An annual financial report or budget disclosure of the agency (R18)."""

    year = models.PositiveSmallIntegerField("Năm tài chính")
    kind = models.CharField("Loại báo cáo", max_length=20, choices=FinancialReportKind.choices,
                            default=FinancialReportKind.ANNUAL)
    title = models.CharField("Tiêu đề", max_length=255)
    issued = models.DateField(
        "Ngày ban hành",
        help_text="Đăng tải không quá 02 ngày làm việc kể từ khi báo cáo được ban hành "
                  "(QĐ 96/QĐ-UBND Bắc Ninh, Điều 8.1.i).",
    )
    summary = models.TextField("Tóm tắt", help_text="Các số liệu chính: tổng thu, tổng chi, kết quả thực hiện.")
    file = models.ForeignKey(settings.WAGTAILDOCS_DOCUMENT_MODEL, verbose_name="Tệp báo cáo",
                             on_delete=models.PROTECT, related_name="+")

    panels = [
        FieldRowPanel([FieldPanel("year"), FieldPanel("kind"), FieldPanel("issued")]),
        FieldPanel("title"),
        FieldPanel("summary"),
        FieldPanel("file"),
    ]
    search_fields = [
        index.SearchField("title", boost=3),
        index.SearchField("summary"),
        index.AutocompleteField("title"),
        index.FilterField("live"),
        index.FilterField("locale_id"),
        index.FilterField("year"),
    ] + FOLDED_SEARCH_FIELDS
    api_fields = [APIField("year"), APIField("kind"), APIField("title"), APIField("issued"), APIField("summary")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = "Báo cáo tài chính"
        verbose_name_plural = "Báo cáo tài chính"
        ordering = ["-year", "-issued", "-pk"]
        constraints = [models.UniqueConstraint(fields=["slug", "locale"], name="stats_financial_slug_unique")]

    def __str__(self):
        return self.title

    def get_preview_template(self, request, mode_name):
        return "stats/financial_report_preview.html"

    @property
    def search_summary(self):
        return self.summary

    def slug_source(self):
        return f"{self.year} {self.title}" if str(self.year) not in self.title else self.title

    @property
    def event_date(self):
        return self.issued

    def clean(self):
        super().clean()
        self.title, self.summary = to_nfc(self.title), to_nfc(self.summary)
        errors = {}
        today = timezone.localdate()
        if self.year and not 1945 <= self.year <= today.year:
            errors["year"] = [f"Năm tài chính phải từ 1945 đến {today.year}."]
        if self.issued:
            if self.issued > today:
                errors["issued"] = ["Ngày ban hành không được sau ngày hôm nay."]
            elif self.year and self.issued.year < self.year:
                errors["issued"] = ["Báo cáo của năm tài chính không thể ban hành trước năm đó."]
        if errors:
            raise ValidationError(errors)


class RegisterListPage(RegisterIndexMixin, PortalPage):
    """A list of one of this app's registers, newest first, by year, each item at ``<page>/<slug>/``."""

    parent_page_types = ["home.HomePage", "home.SectionPage"]
    subpage_types = []
    register_model = None
    year_field = ""
    list_related = ()  # foreign keys a list row shows (its file), fetched with it

    class Meta:
        abstract = True

    @property
    def register_filterset(self):
        from .lists import filterset_for

        return filterset_for(self.register_model, self.year_field)

    def register_queryset(self, request):
        return self.register_model.objects.filter(live=True, locale_id=self.locale_id).select_related(
            *self.list_related
        )

    def register_item(self, request, slug):
        return self.register_queryset(request).filter(slug=slug).first()

    def register_listing(self, request):
        context = super().register_listing(request)
        queryset = self.register_queryset(request)
        if self.year_field == "year":
            years = queryset.order_by("-year").values_list("year", flat=True).distinct()
        else:
            years = [d.year for d in queryset.dates(self.year_field, "year", order="DESC")]
        context["years"] = list(years)
        return context

    @re_path(r"^(?P<slug>[-\w]+)/$", name="item")
    def item_view(self, request, slug):
        return self.register_detail(request, slug)


class StatisticsPage(RegisterListPage):
    """The statistics section (R13): releases by year; each shows its table, chart and files."""

    register_model = StatisticalRelease
    register_models = ("stats.StatisticalRelease",)
    year_field = "published_on"
    list_related = ("data_file",)
    register_list_template = "stats/statistics_page.html"
    register_detail_template = "stats/release_page.html"

    class Meta:
        verbose_name = "Trang thống kê"
        verbose_name_plural = "Trang thống kê"

    def register_item(self, request, slug):
        return self.register_queryset(request).filter(slug=slug).prefetch_related("files__file").first()


class FinancialReportsPage(RegisterListPage):
    """The financial reports section (R18): every report by year with its file."""

    register_model = FinancialReport
    register_models = ("stats.FinancialReport",)
    year_field = "year"
    list_related = ("file",)
    register_list_template = "stats/financial_reports_page.html"
    register_detail_template = "stats/financial_report_page.html"

    class Meta:
        verbose_name = "Trang báo cáo tài chính"
        verbose_name_plural = "Trang báo cáo tài chính"
