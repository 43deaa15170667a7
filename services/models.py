"""Administrative procedures and online public services (R7).

Nghị định 43/2011/NĐ-CP, Điều 10 khoản 1 điểm h and Điều 11 (information on, and levels of, online
public services), Nghị định 42/2022/NĐ-CP, Điều 11 (toàn trình / một phần), QĐ 04/2013/QĐ-UBND
Bình Dương, Điều 15 (a catalogue by sector, with the level of each service; for level 3 and above a
usage guide, usage frequency and dossiers processed) and Điều 16 (forms at least at level 2).

A :class:`Procedure` is a register snippet (drafts, revisions, the three-step workflow, locking,
translations, search), listed and served by :class:`ProcedureCatalogPage` (home/registers.py).
"""

import re

from django.conf import settings
from django.contrib.postgres.search import SearchVectorField
from django.core.exceptions import ValidationError
from django.db import models
from django.http import Http404
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import re_path
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField
from wagtail.models import (
    DraftStateMixin,
    Locale,
    LockableMixin,
    Orderable,
    PreviewableMixin,
    RevisionMixin,
    TranslatableMixin,
    WorkflowMixin,
)
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from home.fulltext import update_search_vector
from home.models import AgencySettings, PortalPage
from home.registers import RegisterIndexMixin
from home.search import FOLDED_SEARCH_FIELDS, FoldedSearchMixin, saves_texts
from home.terms import BilingualTerm
from home.text import ascii_slug, index_text

from .levels import DEFAULT_MODE, GovernmentLevel, OnlineLevel, OnlineMode, Scale, consistent, is_online

TEXT_FEATURES = ["bold", "italic", "ol", "ul", "link"]
# The national procedure code of the Cơ sở dữ liệu quốc gia về thủ tục hành chính: "1.001234".
CODE_PATTERN = re.compile(r"^\d\.\d{6}$")
CODE_HELP = "Mã thủ tục trong Cơ sở dữ liệu quốc gia về thủ tục hành chính, dạng 1.001234."
DEFAULT_LINK_PATTERN = "{portal}/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc={code}"


def normalise_code(text):
    """``" 1.001234 "`` → ``"1.001234"``; ValidationError in Vietnamese when it is not a national code."""
    code = re.sub(r"\s+", "", str(text or ""))
    if not CODE_PATTERN.match(code):
        raise ValidationError(
            f"Mã thủ tục “{text}” không đúng mẫu: một chữ số, dấu chấm và sáu chữ số, ví dụ 1.001234.",
            code="invalid_code",
        )
    return code


def code_slug(code):
    return code.replace(".", "-")


class Sector(BilingualTerm):
    """A sector (lĩnh vực) procedures are classified by (QĐ 04/2013 Bình Dương, Điều 15.2).

    The English channel shows its English name: an English procedure keeps its sector without a
    second list to maintain.
    """

    class Meta(BilingualTerm.Meta):
        verbose_name = "Lĩnh vực thủ tục"
        verbose_name_plural = "Lĩnh vực thủ tục"


@register_setting(icon="form")
class ServiceSettings(BaseSiteSetting):
    """How the catalogue shows levels and links to the public-service portal.

    The portal's address itself is ``public_service_portal_url`` in "Thông tin cơ quan" (one place
    for it); here is how a procedure's address on that portal is built from its code.
    """

    scale = models.CharField(
        "Thang mức độ hiển thị", max_length=10, choices=Scale.choices, blank=True, default=Scale.AUTO,
        help_text="Mức độ 1–4 theo Nghị định 43/2011/NĐ-CP hay toàn trình/một phần theo Nghị định 42/2022/NĐ-CP. "
                  "Để mặc định: theo “Chế độ pháp lý áp dụng” trong Thông tin cơ quan.",
    )
    link_pattern = models.CharField(
        "Mẫu liên kết đến thủ tục trên Cổng dịch vụ công", max_length=500, default=DEFAULT_LINK_PATTERN,
        help_text="{portal}: địa chỉ Cổng dịch vụ công (Thông tin cơ quan); {code}: mã thủ tục. Mặc định theo "
                  "Cổng Dịch vụ công quốc gia. Thủ tục có liên kết riêng thì dùng liên kết đó.",
    )

    panels = [FieldPanel("scale"), FieldPanel("link_pattern")]

    class Meta:
        verbose_name = "Dịch vụ công"

    def clean(self):
        super().clean()
        try:
            self.link_pattern.format(portal="https://example.gov.vn", code="1.000000")
        except (KeyError, IndexError, ValueError):
            raise ValidationError({"link_pattern": "Mẫu chỉ được dùng {portal} và {code}."}) from None
        if "{code}" not in self.link_pattern:
            raise ValidationError({"link_pattern": "Mẫu phải có {code} để mỗi thủ tục có liên kết riêng."})

    def service_url(self, portal_url, code):
        if not portal_url and "{portal}" in self.link_pattern:
            return ""
        return self.link_pattern.format(portal=(portal_url or "").rstrip("/"), code=code)


class ApplicantType(models.TextChoices):
    """Who uses the service, the first grouping readers look for (R60)."""

    CITIZEN = "citizen", _("Citizens")
    ORGANISATION = "organisation", _("Organisations and businesses")
    ALL = "all", _("Citizens and organisations")


class ProcedureQuerySet(models.QuerySet):
    def published(self):
        return self.filter(live=True)


class Procedure(
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
    """An administrative procedure and its online public service (R7)."""

    code = models.CharField("Mã thủ tục", max_length=20, help_text=CODE_HELP)
    name = models.CharField("Tên thủ tục", max_length=500)
    slug = models.SlugField("Đường dẫn", max_length=255, editable=False)
    sector = models.ForeignKey(Sector, verbose_name="Lĩnh vực", on_delete=models.PROTECT, related_name="procedures")
    government_level = models.CharField(
        "Cấp thực hiện", max_length=10, choices=GovernmentLevel.choices, default=GovernmentLevel.PROVINCE,
    )
    online_level = models.PositiveSmallIntegerField(
        "Mức độ dịch vụ công trực tuyến", choices=OnlineLevel.choices, default=OnlineLevel.LEVEL_2,
        help_text="Nghị định 43/2011/NĐ-CP, Điều 3; QĐ 04/2013/QĐ-UBND Bình Dương, Điều 3.4. Thủ tục có biểu mẫu "
                  "phải đạt tối thiểu mức độ 2 (Điều 16).",
    )
    online_mode = models.CharField(
        "Dịch vụ công trực tuyến (Nghị định 42/2022)", max_length=10, choices=OnlineMode.choices, blank=True,
        help_text="Toàn trình hoặc một phần (Nghị định 42/2022/NĐ-CP, Điều 11). Để trống: suy ra từ mức độ.",
    )
    for_foreigners = models.BooleanField(
        "Liên quan đến người nước ngoài", default=False,
        help_text="Thủ tục cần có bản tiếng Anh trên kênh tiếng Anh (Nghị định 42/2022/NĐ-CP; QĐ 96/QĐ-UBND Bắc Ninh, "
                  "Điều 8.2.d).",
    )
    applicant_type = models.CharField(
        "Nhóm đối tượng", max_length=20, choices=ApplicantType.choices, default=ApplicantType.ALL,
        help_text="Danh mục nhóm dịch vụ theo đối tượng sử dụng: công dân, tổ chức – doanh nghiệp "
                  "(Nghị định 42/2022/NĐ-CP).",
    )
    applicants = models.TextField("Đối tượng thực hiện", blank=True, help_text="Mô tả chi tiết đối tượng thực hiện.")
    steps = RichTextField("Trình tự thực hiện", features=TEXT_FEATURES)
    submission = RichTextField(
        "Cách thức thực hiện, nơi tiếp nhận hồ sơ", features=TEXT_FEATURES,
        help_text="Nộp trực tiếp, qua bưu chính hay trực tuyến; địa chỉ, thời gian tiếp nhận.",
    )
    dossier = RichTextField("Thành phần, số lượng hồ sơ", features=TEXT_FEATURES)
    processing_time = models.CharField("Thời hạn giải quyết", max_length=500,
                                       help_text="Ví dụ: 05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.")
    fees = models.TextField("Phí, lệ phí", help_text="Ghi “Không” nếu thủ tục không thu phí, lệ phí.")
    result = models.TextField("Kết quả thực hiện", blank=True)
    handling_unit = models.ForeignKey(
        "directory.Unit", verbose_name="Đơn vị xử lý hồ sơ", null=True, blank=True, on_delete=models.SET_NULL,
        related_name="procedures",
    )
    officer = models.CharField(
        "Người trực tiếp xử lý hồ sơ", max_length=255, blank=True,
        help_text="Tên và chức vụ (Nghị định 43/2011/NĐ-CP, Điều 10; HD 253 Cao Bằng, mục 1.h).",
    )
    officer_phone = models.CharField("Điện thoại liên hệ", max_length=100, blank=True)
    officer_email = models.EmailField("Thư điện tử liên hệ", blank=True)
    legal_basis_note = RichTextField(
        "Căn cứ pháp lý khác", features=TEXT_FEATURES, blank=True,
        help_text="Văn bản chưa có trong thư viện; văn bản có trong thư viện thì chọn ở mục Căn cứ pháp lý.",
    )
    usage_guide = RichTextField(
        "Hướng dẫn sử dụng dịch vụ công trực tuyến", features=TEXT_FEATURES, blank=True,
        help_text="Bắt buộc với dịch vụ mức độ 3 trở lên hoặc trực tuyến toàn trình/một phần "
                  "(QĐ 04/2013/QĐ-UBND Bình Dương, Điều 15.3).",
    )
    online_url = models.URLField(
        "Liên kết dịch vụ công trực tuyến", max_length=500, blank=True,
        help_text="Để trống: tạo từ địa chỉ Cổng dịch vụ công và mã thủ tục (Cài đặt › Dịch vụ công).",
    )
    search_document = models.TextField(blank=True, editable=False)
    search_vector = SearchVectorField(null=True, editable=False)

    objects = ProcedureQuerySet.as_manager()

    panels = [
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("code"), FieldPanel("sector")]), FieldPanel("name"),
             FieldRowPanel([FieldPanel("government_level"), FieldPanel("applicant_type"), FieldPanel("for_foreigners")])],
            heading="Thủ tục",
        ),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("online_level"), FieldPanel("online_mode")]), FieldPanel("online_url"),
             FieldPanel("usage_guide")],
            heading="Mức độ dịch vụ công trực tuyến",
        ),
        MultiFieldPanel(
            [FieldPanel("applicants"), FieldPanel("steps"), FieldPanel("submission"), FieldPanel("dossier"),
             FieldRowPanel([FieldPanel("processing_time"), FieldPanel("fees")]), FieldPanel("result")],
            heading="Nội dung thủ tục",
        ),
        MultiFieldPanel(
            [FieldPanel("handling_unit"), FieldPanel("officer"),
             FieldRowPanel([FieldPanel("officer_phone"), FieldPanel("officer_email")])],
            heading="Cơ quan, người xử lý hồ sơ",
        ),
        InlinePanel("forms", heading="Biểu mẫu, tờ khai", label="Biểu mẫu"),
        InlinePanel("legal_basis", heading="Căn cứ pháp lý (văn bản trong thư viện)", label="Văn bản"),
        FieldPanel("legal_basis_note"),
        InlinePanel("usage_stats", heading="Tần suất sử dụng, số hồ sơ đã xử lý (mức độ 3 trở lên)", label="Kỳ"),
    ]
    search_fields = [
        index.SearchField("name", boost=3),
        index.SearchField("code", boost=5),
        index.SearchField("applicants"),
        index.SearchField("steps"),
        index.SearchField("dossier"),
        index.AutocompleteField("name"),
        index.FilterField("live"),
        index.FilterField("locale_id"),
        index.FilterField("sector_id"),
        index.FilterField("government_level"),
        index.FilterField("online_level"),
        index.FilterField("applicant_type"),
    ] + FOLDED_SEARCH_FIELDS
    search_title_attribute = "title"
    api_fields = [APIField("code"), APIField("name"), APIField("applicant_type"), APIField("government_level"), APIField("online_level"),
                  APIField("online_mode"), APIField("processing_time"), APIField("fees")]
    # The handling unit stays the same unit in English (shown by its English name when it has one):
    # translating a procedure must not require translating the organisation first.
    override_translatable_fields = [SynchronizedField("handling_unit"), SynchronizedField("code")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = "Thủ tục hành chính"
        verbose_name_plural = "Thủ tục hành chính"
        ordering = ["code"]
        constraints = [
            models.UniqueConstraint(fields=["code", "locale"], name="services_procedure_code_locale"),
        ]
        indexes = [models.Index(fields=["live", "locale", "code"], name="services_live_code")]

    def __str__(self):
        return f"{self.code} – {self.name}"

    @property
    def title(self):
        return f"{self.name} ({self.code})"

    @property
    def mode(self):
        """The Decree 42 mode, derived from the level when not set."""
        return self.online_mode or DEFAULT_MODE.get(self.online_level, OnlineMode.NONE)

    @property
    def is_online(self):
        return is_online(self.online_level, self.mode)

    def level_label(self, scale):
        if scale == Scale.DECREE_43:
            return OnlineLevel(self.online_level).label
        return OnlineMode(self.mode).label

    # -- compliance: the information arose when the procedure was (last) published.
    @property
    def event_date(self):
        return timezone.localdate(self.first_published_at) if self.first_published_at else None

    def clean(self):
        super().clean()
        errors = {}
        try:
            self.code = normalise_code(self.code)
        except ValidationError as error:
            errors["code"] = error.messages
        else:
            duplicates = Procedure.objects.filter(code=self.code, locale_id=self.locale_id).exclude(pk=self.pk)
            if self.locale_id and duplicates.exists():
                errors["code"] = [f"Đã có thủ tục mã {self.code} trong danh mục."]
        valid_scales = self.online_level in OnlineLevel.values and self.online_mode in ("", *OnlineMode.values)
        if valid_scales and not consistent(self.online_level, self.online_mode):
            errors["online_mode"] = [
                f"“{OnlineMode(self.online_mode).label}” không khớp với {OnlineLevel(self.online_level).label}: "
                "toàn trình chỉ ở mức độ 4, một phần ở mức độ 3 hoặc 4, mức độ 1–2 không trực tuyến."
            ]
        if is_online(self.online_level, self.online_mode) and not _has_text(self.usage_guide):
            errors["usage_guide"] = [
                "Dịch vụ công trực tuyến mức độ 3 trở lên phải có hướng dẫn sử dụng "
                "(QĐ 04/2013/QĐ-UBND Bình Dương, Điều 15.3)."
            ]
        if errors:
            raise ValidationError(errors)

    TEXT_FIELDS = {"code", "name", "applicants", "steps", "dossier", "submission", "result"}

    def save(self, *args, **kwargs):
        if not self.online_mode and kwargs.get("update_fields") is None:
            self.online_mode = self.mode  # stored, so lists filter and count on it in SQL
        text_saved = saves_texts(self, kwargs, {"slug", "search_document"})
        if text_saved:
            self.slug = f"{code_slug(self.code)}-{ascii_slug(self.name, 200)}".strip("-")[:255]
            self.search_document = index_text(self.code, self.name, self.applicants, _plain(self.steps),
                                              _plain(self.dossier))
        super().save(*args, **kwargs)
        if text_saved:
            update_search_vector(self)

    def get_url(self, request=None):
        from .catalogue import procedure_url

        return procedure_url(self)

    @property
    def url(self):
        return self.get_url()

    def get_preview_template(self, request, mode_name):
        return "services/procedure_preview.html"

    def search_summary(self):
        return f"{self.sector.label} · {GovernmentLevel(self.government_level).label}"

    def localized_unit(self):
        """The handling unit in the procedure's language when it has been translated, else as it is."""
        unit = self.handling_unit
        if unit is None or unit.locale_id == self.locale_id:
            return unit
        return unit.get_translation_or_none(self.locale) or unit

    def source_procedure(self):
        """The Vietnamese procedure usage counts are entered on (the English one shows the same counts)."""
        default = Locale.get_default()
        if self.locale_id == default.pk:
            return self
        return Procedure.objects.filter(translation_key=self.translation_key, locale=default).first() or self


def _plain(html):
    from django.utils.html import strip_tags

    return strip_tags(str(html or ""))


def _has_text(html):
    return bool(_plain(html).strip())


class ProcedureForm(Orderable):
    """A form or declaration to download (checked uploads: documents.PortalDocument)."""

    procedure = ParentalKey(Procedure, on_delete=models.CASCADE, related_name="forms")
    file = models.ForeignKey(settings.WAGTAILDOCS_DOCUMENT_MODEL, verbose_name="Tệp", on_delete=models.PROTECT,
                             related_name="+")
    label = models.CharField("Tên biểu mẫu", max_length=255, blank=True,
                             help_text="Ví dụ: Mẫu số 01 – Tờ khai đề nghị cấp giấy phép.")

    panels = [FieldRowPanel([FieldPanel("file"), FieldPanel("label")])]

    class Meta(Orderable.Meta):
        verbose_name = "Biểu mẫu"
        verbose_name_plural = "Biểu mẫu"


class ProcedureLegalBasis(Orderable):
    """A document of the library the procedure is based on (linked, not attached again)."""

    procedure = ParentalKey(Procedure, on_delete=models.CASCADE, related_name="legal_basis")
    document = models.ForeignKey("documents.LegalDocument", verbose_name="Văn bản", on_delete=models.PROTECT,
                                 related_name="procedures")

    panels = [FieldPanel("document")]

    class Meta(Orderable.Meta):
        verbose_name = "Căn cứ pháp lý"
        verbose_name_plural = "Căn cứ pháp lý"
        constraints = [models.UniqueConstraint(fields=["procedure", "document"], name="services_basis_unique")]


class UsagePeriod(models.TextChoices):
    YEAR = "", _("Whole year")
    Q1 = "q1", _("Quarter I")
    Q2 = "q2", _("Quarter II")
    Q3 = "q3", _("Quarter III")
    Q4 = "q4", _("Quarter IV")


class UsageStat(Orderable):
    """Usage of an online service in one period (QĐ 04/2013 Bình Dương, Điều 15.3): how often it was
    used and how many dossiers were processed, entered or imported per period."""

    procedure = ParentalKey(Procedure, on_delete=models.CASCADE, related_name="usage_stats")
    year = models.PositiveSmallIntegerField("Năm")
    period = models.CharField("Kỳ", max_length=2, choices=UsagePeriod.choices, blank=True,
                              help_text="Cả năm hoặc một quý.")
    uses = models.PositiveIntegerField("Số lượt sử dụng (hồ sơ nộp trực tuyến)")
    processed = models.PositiveIntegerField("Số hồ sơ đã giải quyết")
    processed_on_time = models.PositiveIntegerField("Trong đó: đúng hạn", null=True, blank=True)

    panels = [FieldRowPanel([FieldPanel("year"), FieldPanel("period")]),
              FieldRowPanel([FieldPanel("uses"), FieldPanel("processed"), FieldPanel("processed_on_time")])]

    class Meta(Orderable.Meta):
        verbose_name = "Số liệu sử dụng"
        verbose_name_plural = "Số liệu sử dụng"

    def clean(self):
        if self.year and not 2000 <= self.year <= timezone.localdate().year:
            raise ValidationError({"year": f"Năm phải từ 2000 đến {timezone.localdate().year}."})
        if self.processed_on_time is not None and self.processed is not None and self.processed_on_time > self.processed:
            raise ValidationError({"processed_on_time": "Số hồ sơ đúng hạn không được lớn hơn số hồ sơ đã giải quyết."})

    @property
    def period_label(self):
        if not self.period:
            return str(self.year)
        return f"{UsagePeriod(self.period).label}/{self.year}"


class ProcedureCatalogPage(RegisterIndexMixin, PortalPage):
    """The catalogue of procedures (R7): search, filters by sector, level of government and service
    level, and every procedure at ``<catalogue>/<code>-<name>/``."""

    parent_page_types = ["home.HomePage", "home.SectionPage"]
    register_list_template = "services/catalogue_page.html"
    register_detail_template = "services/procedure_page.html"
    register_per_page = 50
    register_models = ("services.Procedure", "services.Sector", "directory.Unit")

    class Meta:
        verbose_name = "Danh mục thủ tục hành chính"
        verbose_name_plural = "Danh mục thủ tục hành chính"

    @property
    def register_filterset(self):
        from .catalogue import ProcedureFilter

        return ProcedureFilter

    def register_listing(self, request):
        from .catalogue import facets_for, service_scale

        # Which scale the service-level filter uses follows the site's settings (per request).
        scale = service_scale(request)
        self.register_facets = facets_for(scale, english=self.locale.language_code == "en")
        context = super().register_listing(request)
        context.update(scale=scale, service_portal_url=AgencySettings.for_request(request).public_service_portal_url)
        return context

    def register_cache_vary(self, request):
        from .catalogue import service_scale

        return str(service_scale(request))  # the service-level facet counts on the scale the settings choose

    def register_queryset(self, request):
        return Procedure.objects.published().filter(locale_id=self.locale_id).select_related("sector", "handling_unit")

    def register_item(self, request, slug):
        code = slug[:8].replace("-", ".", 1)
        return (
            Procedure.objects.published().filter(locale_id=self.locale_id, code=code)
            .select_related("sector", "handling_unit")
            .prefetch_related("forms__file", "legal_basis__document__doc_type")
            .first()
        )

    def register_detail_context(self, request, item):
        from .catalogue import service_context

        return service_context(request, item)

    @re_path(r"^(?P<slug>\d-\d{6}(?:-[-a-z0-9]*)?)/$", name="procedure")
    def procedure_view(self, request, slug):
        item = self.register_item(request, slug)
        if item is None:
            raise Http404
        if item.slug != slug:
            # Found by its code: an old address (the name changed) or a short one leads to the one address.
            return redirect(item.get_url(request), permanent=True)
        return self.register_detail(request, slug, item=item)
