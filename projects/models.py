"""Investment projects, bidding notices (R6) and projects calling for investment (R5).

Three registers on the register pattern (home/registers.py): the snippet holds the data, a
routable index page placed in the section tree lists it with filters and serves each item at
``<index>/<id>-<slug>/``. The id keeps the address stable when the name is edited; an old or
wrong slug redirects to the current one.
"""

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Case, F, Q, Value, When
from django.http import Http404, HttpResponsePermanentRedirect
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import re_path
from wagtail.models import DraftStateMixin, LockableMixin, Orderable, RevisionMixin, TranslatableMixin, WorkflowMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from compliance.models import EventDatedMixin
from home.models import PortalPage
from home.registers import INDEX_URL_SECONDS, RegisterIndexMixin, index_url
from home.search import FOLDED_SEARCH_FIELDS, FoldedSearchMixin, SearchTextMixin
from home.terms import BilingualTerm
from home.text import ascii_slug

from .money import format_number

NOT_NEGATIVE = MinValueValidator(0, message="Số tiền không được âm.")


# --- Lists editors keep: fields (lĩnh vực) and areas (địa bàn) ---------------------------------


class Sector(BilingualTerm):
    class Meta(BilingualTerm.Meta):
        verbose_name = "Lĩnh vực dự án"
        verbose_name_plural = "Lĩnh vực dự án"


class Area(BilingualTerm):
    class Meta(BilingualTerm.Meta):
        verbose_name = "Địa bàn"
        verbose_name_plural = "Địa bàn"


# --- Shared by the three registers ------------------------------------------------------------


class RegisterItemMixin:
    """An item of a register served by its index page at ``<index>/<id>-<slug>/``."""

    index_page_model = None  # set below each index page's class
    index_page_fields = {}

    @property
    def url_slug(self):
        return f"{self.pk}-{ascii_slug(str(self))[:60].rstrip('-')}"

    def get_url(self, request=None):
        locale_id = getattr(self, "locale_id", None) or default_locale_id()
        base = index_url(self.index_page_model, locale_id, **self.index_page_fields)
        return f"{base}{self.url_slug}/" if base and self.pk else ""

    @property
    def url(self):
        return self.get_url()


def default_locale_id():
    from wagtail.models import Locale

    key = "projects:default-locale"
    locale_id = cache.get(key)
    if locale_id is None:
        locale_id = Locale.get_default().pk
        cache.set(key, locale_id, INDEX_URL_SECONDS)
    return locale_id


def check_order(errors, earlier, later, field, message):
    if earlier and later and later < earlier:
        errors.setdefault(field, []).append(message)


# --- Projects (R6) ----------------------------------------------------------------------------


class ProjectStatus(models.TextChoices):
    # The three lists of QĐ 04/2013/QĐ-UBND Bình Dương Điều 11.8 and QĐ 96/QĐ-UBND Bắc Ninh Điều 8.1.g.
    PREPARING = "preparing", "Chuẩn bị triển khai"
    UNDER_WAY = "under_way", "Đang triển khai"
    COMPLETED = "completed", "Đã hoàn thành"


class ProjectGroup(models.TextChoices):
    # Luật Đầu tư công 2019, Điều 8-10.
    NATIONAL = "national", "Dự án quan trọng quốc gia"
    A = "a", "Nhóm A"
    B = "b", "Nhóm B"
    C = "c", "Nhóm C"


class ProjectKind(models.TextChoices):
    PUBLIC = "public", "Dự án đầu tư công"
    PPP = "ppp", "Dự án đầu tư theo phương thức đối tác công tư (PPP)"
    STATE_CAPITAL = "state_capital", "Dự án sử dụng vốn nhà nước ngoài đầu tư công"
    ODA = "oda", "Dự án ODA, vốn vay ưu đãi"
    PRIVATE = "private", "Dự án đầu tư kinh doanh"
    NON_PROFIT = "non_profit", "Dự án viện trợ phi Chính phủ nước ngoài"


class FundingType(models.TextChoices):
    # "Loại hình tài trợ" (QĐ 04/2013 Bình Dương, Điều 11.8; HD 253 Cao Bằng, mục 1).
    STATE_BUDGET = "state_budget", "Ngân sách nhà nước"
    ODA_LOAN = "oda_loan", "Vốn ODA, vốn vay ưu đãi"
    GRANT = "grant", "Viện trợ không hoàn lại"
    ENTERPRISE = "enterprise", "Vốn của doanh nghiệp, nhà đầu tư"
    SOCIALISED = "socialised", "Xã hội hóa"
    MIXED = "mixed", "Nhiều nguồn vốn"


class ProjectQuerySet(models.QuerySet):
    def published(self):
        return self.filter(live=True)

    def running_in(self, year):
        """Projects whose period covers some of ``year`` (an open end means still running)."""
        return self.filter(Q(start__year__lte=year) | Q(start__isnull=True),
                           Q(end__year__gte=year) | Q(end__isnull=True)).exclude(start__isnull=True, end__isnull=True)


class Project(
    RegisterItemMixin,
    SearchTextMixin,
    FoldedSearchMixin,
    EventDatedMixin,
    WorkflowMixin,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    index.Indexed,
    ClusterableModel,
):
    """An investment project with every field the regulations list (QĐ 04/2013 Bình Dương, Điều 11.8)."""

    name = models.CharField("Tên dự án", max_length=500)
    code = models.CharField("Mã dự án", max_length=50, blank=True,
                            help_text="Mã dự án đầu tư (nếu có), ví dụ mã trên Hệ thống thông tin quốc gia về "
                                      "đầu tư công.")
    investor = models.CharField("Chủ đầu tư", max_length=255)
    managing_body = models.CharField("Cơ quan chủ quản", max_length=255, blank=True)
    implementing_unit = models.CharField("Đơn vị thực hiện", max_length=255, blank=True)
    objective = models.TextField("Mục tiêu chính")
    sector = models.ForeignKey(Sector, verbose_name="Lĩnh vực chuyên môn", on_delete=models.PROTECT,
                               related_name="projects")
    kind = models.CharField("Loại dự án", max_length=20, choices=ProjectKind.choices, default=ProjectKind.PUBLIC)
    group = models.CharField("Nhóm dự án", max_length=20, choices=ProjectGroup.choices, blank=True,
                             help_text="Phân loại theo Luật Đầu tư công 2019, Điều 8–10.")
    address = models.CharField("Địa điểm", max_length=500, help_text="Địa chỉ nơi thực hiện dự án.")
    area = models.ForeignKey(Area, verbose_name="Địa bàn", on_delete=models.PROTECT, related_name="projects",
                             null=True, blank=True, help_text="Huyện, thị xã, thành phố; dùng để lọc danh sách.")
    latitude = models.DecimalField("Vĩ độ", max_digits=9, decimal_places=6, null=True, blank=True,
                                   help_text="Không bắt buộc. Ví dụ: 10.980000.")
    longitude = models.DecimalField("Kinh độ", max_digits=9, decimal_places=6, null=True, blank=True,
                                    help_text="Không bắt buộc. Ví dụ: 106.650000.")
    total_investment = models.BigIntegerField("Tổng mức đầu tư (đồng)", null=True, blank=True,
                                              validators=[NOT_NEGATIVE], help_text="Kinh phí dự án, tính bằng đồng.")
    funding_type = models.CharField("Loại hình tài trợ", max_length=20, choices=FundingType.choices,
                                    default=FundingType.STATE_BUDGET)
    funding_source = models.CharField("Nguồn vốn", max_length=500, blank=True,
                                      help_text="Ví dụ: Ngân sách tỉnh 70%, ngân sách trung ương 30%.")
    donor = models.CharField("Nhà tài trợ", max_length=255, blank=True)
    compensation_plan = models.TextField("Phương án bồi thường, giải phóng mặt bằng", blank=True)
    decision_number = models.CharField("Số quyết định phê duyệt", max_length=80, blank=True)
    decision_date = models.DateField("Ngày phê duyệt", null=True, blank=True)
    decision_document = models.ForeignKey(
        "documents.LegalDocument", verbose_name="Quyết định trong thư viện văn bản", null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
        help_text="Chọn khi quyết định đã có trong thư viện văn bản; trang dự án sẽ liên kết đến đó.",
    )
    start = models.DateField("Thời gian bắt đầu", null=True, blank=True)
    end = models.DateField("Thời gian kết thúc", null=True, blank=True)
    status = models.CharField("Tình trạng dự án", max_length=20, choices=ProjectStatus.choices,
                              default=ProjectStatus.PREPARING)
    progress = models.PositiveSmallIntegerField(
        "Tiến độ (%)", default=0,
        validators=[MinValueValidator(0, "Tiến độ từ 0 đến 100%%."), MaxValueValidator(100, "Tiến độ từ 0 đến 100%%.")],
    )
    progress_note = models.TextField("Tình hình thực hiện", blank=True)
    summary = models.TextField("Quy mô, nội dung đầu tư", blank=True)
    search_text = models.TextField(blank=True, editable=False)

    objects = ProjectQuerySet.as_manager()

    TEXT_FIELDS = ("name", "code", "investor", "managing_body", "implementing_unit", "objective", "address",
                   "summary", "donor")

    panels = [
        MultiFieldPanel([FieldPanel("name"), FieldRowPanel([FieldPanel("code"), FieldPanel("sector")]),
                         FieldRowPanel([FieldPanel("kind"), FieldPanel("group")]), FieldPanel("objective"),
                         FieldPanel("summary")], heading="Dự án"),
        MultiFieldPanel([FieldRowPanel([FieldPanel("investor"), FieldPanel("managing_body")]),
                         FieldPanel("implementing_unit")], heading="Chủ đầu tư, chủ quản, đơn vị thực hiện"),
        MultiFieldPanel([FieldPanel("address"), FieldPanel("area"),
                         FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")])], heading="Địa điểm"),
        MultiFieldPanel([FieldPanel("total_investment"),
                         FieldRowPanel([FieldPanel("funding_type"), FieldPanel("donor")]),
                         FieldPanel("funding_source"), FieldPanel("compensation_plan")],
                        heading="Kinh phí, nguồn vốn, bồi thường"),
        MultiFieldPanel([FieldRowPanel([FieldPanel("decision_number"), FieldPanel("decision_date")]),
                         FieldPanel("decision_document"), FieldPanel("event_date")], heading="Phê duyệt"),
        MultiFieldPanel([FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
                         FieldRowPanel([FieldPanel("status"), FieldPanel("progress")]), FieldPanel("progress_note")],
                        heading="Thời gian, tiến độ, tình trạng"),
        InlinePanel("files", heading="Tệp đính kèm", label="Tệp"),
    ]
    search_fields = [
        index.SearchField("name", boost=3),
        index.SearchField("code", boost=3),
        index.SearchField("investor"),
        index.SearchField("objective"),
        index.SearchField("address"),
        index.SearchField("summary"),
        index.AutocompleteField("name"),
        index.FilterField("live"),
        index.FilterField("status"),
    ] + FOLDED_SEARCH_FIELDS
    search_title_attribute = "name"
    api_fields = [APIField(name) for name in ("name", "code", "investor", "status", "progress", "total_investment")]

    class Meta:
        verbose_name = "Dự án đầu tư"
        verbose_name_plural = "Dự án đầu tư"
        ordering = ["-start", "-pk"]
        indexes = [models.Index(fields=["live", "status"], name="projects_live_status")]

    def __str__(self):
        return self.name

    @property
    def search_summary(self):
        return self.objective

    @property
    def location_label(self):
        return ", ".join(part for part in (self.address, self.area.label if self.area_id else "") if part)

    def clean(self):
        super().clean()
        errors = {}
        check_order(errors, self.start, self.end, "end", "Thời gian kết thúc không được trước thời gian bắt đầu.")
        if self.status == ProjectStatus.COMPLETED and self.progress != 100:
            errors.setdefault("progress", []).append("Dự án đã hoàn thành phải có tiến độ 100%.")
        if self.status == ProjectStatus.COMPLETED and not self.end:
            errors.setdefault("end", []).append("Dự án đã hoàn thành cần có thời gian kết thúc.")
        check_coordinates(errors, self.latitude, self.longitude)
        if errors:
            raise ValidationError(errors)


def check_coordinates(errors, latitude, longitude):
    if (latitude is None) != (longitude is None):
        errors.setdefault("longitude" if latitude is not None else "latitude", []).append(
            "Nhập cả vĩ độ và kinh độ, hoặc để trống cả hai.")
    if latitude is not None and not -90 <= latitude <= 90:
        errors.setdefault("latitude", []).append("Vĩ độ phải từ -90 đến 90.")
    if longitude is not None and not -180 <= longitude <= 180:
        errors.setdefault("longitude", []).append("Kinh độ phải từ -180 đến 180.")


class ItemFile(Orderable):
    """A file attached to a register item: the portal's checked document (documents/files.py)."""

    file = models.ForeignKey(settings.WAGTAILDOCS_DOCUMENT_MODEL, verbose_name="Tệp", on_delete=models.PROTECT,
                             related_name="+")
    label = models.CharField("Mô tả", max_length=255, blank=True,
                             help_text="Ví dụ: Quyết định phê duyệt, Bản vẽ mặt bằng, Hồ sơ mời thầu.")

    panels = [FieldRowPanel([FieldPanel("file"), FieldPanel("label")])]

    class Meta(Orderable.Meta):
        abstract = True


class ProjectFile(ItemFile):
    project = ParentalKey(Project, on_delete=models.CASCADE, related_name="files")

    class Meta(ItemFile.Meta):
        verbose_name = "Tệp dự án"
        verbose_name_plural = "Tệp dự án"


# --- Bidding notices (R6) ---------------------------------------------------------------------


class BiddingCategory(models.TextChoices):
    # Luật Đấu thầu 2023, Điều 4.
    GOODS = "goods", "Mua sắm hàng hóa"
    WORKS = "works", "Xây lắp"
    CONSULTING = "consulting", "Tư vấn"
    NON_CONSULTING = "non_consulting", "Phi tư vấn"
    MIXED = "mixed", "Hỗn hợp"


class BiddingMethod(models.TextChoices):
    # Hình thức lựa chọn nhà thầu, Luật Đấu thầu 2023, Điều 20-29.
    OPEN = "open", "Đấu thầu rộng rãi"
    LIMITED = "limited", "Đấu thầu hạn chế"
    DIRECT = "direct", "Chỉ định thầu"
    SHOPPING = "shopping", "Chào hàng cạnh tranh"
    DIRECT_PROCUREMENT = "direct_procurement", "Mua sắm trực tiếp"
    SELF = "self", "Tự thực hiện"
    COMMUNITY = "community", "Tham gia thực hiện của cộng đồng"
    SPECIAL = "special", "Lựa chọn nhà thầu trong trường hợp đặc biệt"


class BiddingStatus(models.TextChoices):
    OPEN = "open", "Đang mời thầu"
    CLOSED = "closed", "Đã đóng thầu"
    AWARDED = "awarded", "Đã có kết quả lựa chọn nhà thầu"
    CANCELLED = "cancelled", "Hủy thầu"


class BiddingNoticeQuerySet(models.QuerySet):
    def published(self):
        return self.filter(live=True)

    def with_status(self, now=None):
        """Annotate ``status_now``: a result or cancellation set by the editor, else open until closing time."""
        now = now or timezone.now()
        return self.annotate(status_now=Case(
            When(~Q(outcome=""), then=F("outcome")),
            When(closing_at__lte=now, then=Value(BiddingStatus.CLOSED)),
            default=Value(BiddingStatus.OPEN),
            output_field=models.CharField(),
        ))


class BiddingNotice(
    RegisterItemMixin,
    SearchTextMixin,
    FoldedSearchMixin,
    EventDatedMixin,
    WorkflowMixin,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    index.Indexed,
    ClusterableModel,
):
    """Thông tin đấu thầu: a bidding package of the agency, from the notice to its result (HD 253 Cao Bằng, mục 2)."""

    package = models.CharField("Tên gói thầu", max_length=500)
    notice_number = models.CharField("Số thông báo mời thầu", max_length=50, blank=True,
                                     help_text="Số TBMT trên Hệ thống mạng đấu thầu quốc gia, ví dụ IB2500123456.")
    project = models.ForeignKey(Project, verbose_name="Thuộc dự án", null=True, blank=True, on_delete=models.SET_NULL,
                                related_name="bidding_notices")
    procuring_entity = models.CharField("Bên mời thầu", max_length=255)
    category = models.CharField("Lĩnh vực", max_length=20, choices=BiddingCategory.choices,
                                default=BiddingCategory.GOODS)
    method = models.CharField("Hình thức lựa chọn nhà thầu", max_length=20, choices=BiddingMethod.choices,
                              default=BiddingMethod.OPEN)
    estimated_value = models.BigIntegerField("Giá gói thầu (đồng)", null=True, blank=True, validators=[NOT_NEGATIVE])
    funding_source = models.CharField("Nguồn vốn", max_length=255, blank=True)
    contract_duration = models.CharField("Thời gian thực hiện hợp đồng", max_length=100, blank=True,
                                         help_text="Ví dụ: 90 ngày.")
    description = models.TextField("Nội dung chính của gói thầu", blank=True)
    published_on = models.DateField("Ngày đăng tải", default=timezone.localdate)
    closing_at = models.DateTimeField("Thời điểm đóng thầu", null=True, blank=True)
    outcome = models.CharField(
        "Kết quả", max_length=20, blank=True,
        choices=[(BiddingStatus.AWARDED, BiddingStatus.AWARDED.label),
                 (BiddingStatus.CANCELLED, BiddingStatus.CANCELLED.label)],
        help_text="Để trống khi chưa có kết quả: trang tự hiện \u201cĐang mời thầu\u201d hoặc "
                  "\u201cĐã đóng thầu\u201d theo thời điểm đóng thầu.",
    )
    winner = models.CharField("Nhà thầu trúng thầu", max_length=255, blank=True)
    winning_price = models.BigIntegerField("Giá trúng thầu (đồng)", null=True, blank=True, validators=[NOT_NEGATIVE])
    result_decision = models.CharField("Quyết định phê duyệt kết quả", max_length=120, blank=True,
                                       help_text="Số, ngày quyết định phê duyệt kết quả lựa chọn nhà thầu.")
    result_date = models.DateField("Ngày phê duyệt kết quả", null=True, blank=True)
    national_url = models.URLField("Đường dẫn trên Hệ thống mạng đấu thầu quốc gia", max_length=500, blank=True)
    search_text = models.TextField(blank=True, editable=False)

    objects = BiddingNoticeQuerySet.as_manager()

    TEXT_FIELDS = ("package", "notice_number", "procuring_entity", "description", "winner", "funding_source")

    panels = [
        MultiFieldPanel([FieldPanel("package"), FieldRowPanel([FieldPanel("notice_number"), FieldPanel("project")]),
                         FieldPanel("procuring_entity"), FieldRowPanel([FieldPanel("category"), FieldPanel("method")]),
                         FieldPanel("description")], heading="Gói thầu"),
        MultiFieldPanel([FieldRowPanel([FieldPanel("estimated_value"), FieldPanel("funding_source")]),
                         FieldPanel("contract_duration")], heading="Giá gói thầu, nguồn vốn"),
        MultiFieldPanel([FieldRowPanel([FieldPanel("published_on"), FieldPanel("closing_at")]),
                         FieldPanel("event_date"), FieldPanel("national_url")], heading="Thời gian"),
        MultiFieldPanel([FieldPanel("outcome"), FieldRowPanel([FieldPanel("winner"), FieldPanel("winning_price")]),
                         FieldRowPanel([FieldPanel("result_decision"), FieldPanel("result_date")])],
                        heading="Kết quả lựa chọn nhà thầu"),
        InlinePanel("files", heading="Tệp đính kèm", label="Tệp"),
    ]
    search_fields = [
        index.SearchField("package", boost=3),
        index.SearchField("notice_number", boost=3),
        index.SearchField("procuring_entity"),
        index.SearchField("description"),
        index.SearchField("winner"),
        index.AutocompleteField("package"),
        index.FilterField("live"),
        index.FilterField("published_on"),
    ] + FOLDED_SEARCH_FIELDS
    search_title_attribute = "package"

    class Meta:
        verbose_name = "Thông tin đấu thầu"
        verbose_name_plural = "Thông tin đấu thầu"
        ordering = ["-published_on", "-pk"]

    def __str__(self):
        return self.package

    @property
    def search_summary(self):
        return self.description or self.procuring_entity

    @property
    def status(self):
        if getattr(self, "status_now", None) is None:
            if self.outcome:
                self.status_now = self.outcome
            elif self.closing_at and self.closing_at <= timezone.now():
                self.status_now = BiddingStatus.CLOSED
            else:
                self.status_now = BiddingStatus.OPEN
        return self.status_now

    @property
    def status_label(self):
        return BiddingStatus(self.status).label

    def clean(self):
        super().clean()
        errors = {}
        if self.published_on and self.closing_at and timezone.localdate(self.closing_at) < self.published_on:
            errors["closing_at"] = ["Thời điểm đóng thầu không được trước ngày đăng tải."]
        check_order(errors, self.published_on, self.result_date, "result_date",
                    "Ngày phê duyệt kết quả không được trước ngày đăng tải.")
        if self.outcome == BiddingStatus.AWARDED:
            if not self.winner:
                errors.setdefault("winner", []).append("Gói thầu đã có kết quả: nhập nhà thầu trúng thầu.")
            if self.winning_price is None:
                errors.setdefault("winning_price", []).append("Gói thầu đã có kết quả: nhập giá trúng thầu.")
        elif self.winner or self.winning_price is not None:
            errors.setdefault("outcome", []).append(
                "Đã nhập nhà thầu hoặc giá trúng thầu: chọn kết quả \u201cĐã có kết quả lựa chọn nhà thầu\u201d.")
        if errors:
            raise ValidationError(errors)


class BiddingNoticeFile(ItemFile):
    notice = ParentalKey(BiddingNotice, on_delete=models.CASCADE, related_name="files")

    class Meta(ItemFile.Meta):
        verbose_name = "Tệp gói thầu"
        verbose_name_plural = "Tệp gói thầu"


# --- Projects calling for investment, investment incentives (R5, in English too: R15) -----------


class InvestmentCallKind(models.TextChoices):
    PROJECT = "project", _("Project calling for investment")
    POLICY = "policy", _("Investment incentive policy")


class InvestmentCall(
    RegisterItemMixin,
    SearchTextMixin,
    FoldedSearchMixin,
    EventDatedMixin,
    WorkflowMixin,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    TranslatableMixin,
    index.Indexed,
    ClusterableModel,
):
    """A project calling for investment or an incentive policy (QĐ 96/QĐ-UBND Bắc Ninh, Điều 8.1.f;
    QĐ 26/2017/QĐ-UBND Vĩnh Phúc, Điều 5.2.c), translated for the English channel."""

    title = models.CharField("Tên dự án, chính sách", max_length=500)
    kind = models.CharField("Loại", max_length=20, choices=InvestmentCallKind.choices,
                            default=InvestmentCallKind.PROJECT)
    sector = models.ForeignKey(Sector, verbose_name="Lĩnh vực", on_delete=models.PROTECT, null=True, blank=True,
                               related_name="investment_calls")
    area = models.ForeignKey(Area, verbose_name="Địa bàn", on_delete=models.PROTECT, null=True, blank=True,
                             related_name="investment_calls")
    location = models.CharField("Địa điểm", max_length=500, blank=True)
    objective = models.TextField("Mục tiêu, nội dung")
    scale = models.TextField("Quy mô", blank=True, help_text="Ví dụ: diện tích, công suất, sản phẩm.")
    land_area = models.DecimalField("Diện tích đất (ha)", max_digits=10, decimal_places=2, null=True, blank=True,
                                    validators=[MinValueValidator(0, "Diện tích không được âm.")])
    capital = models.BigIntegerField("Vốn đầu tư dự kiến (đồng)", null=True, blank=True, validators=[NOT_NEGATIVE])
    investment_form = models.CharField("Hình thức đầu tư", max_length=255, blank=True,
                                       help_text="Ví dụ: 100% vốn của nhà đầu tư; đối tác công tư (PPP).")
    incentives = models.TextField("Ưu đãi, hỗ trợ đầu tư", blank=True)
    legal_basis = models.ForeignKey("documents.LegalDocument", verbose_name="Căn cứ pháp lý", null=True, blank=True,
                                    on_delete=models.SET_NULL, related_name="+")
    contact = models.TextField("Thông tin liên hệ", help_text="Cơ quan đầu mối, địa chỉ, điện thoại, thư điện tử.")
    valid_until = models.DateField("Hạn mời gọi", null=True, blank=True)
    search_text = models.TextField(blank=True, editable=False)

    TEXT_FIELDS = ("title", "location", "objective", "scale", "investment_form", "incentives")

    # The legal basis stays the library's document in every language (the English channel links it).
    override_translatable_fields = [SynchronizedField("legal_basis")]

    panels = [
        MultiFieldPanel([FieldPanel("title"), FieldRowPanel([FieldPanel("kind"), FieldPanel("sector")]),
                         FieldPanel("objective"), FieldPanel("incentives")], heading="Nội dung"),
        MultiFieldPanel([FieldRowPanel([FieldPanel("location"), FieldPanel("area")]), FieldPanel("scale"),
                         FieldRowPanel([FieldPanel("land_area"), FieldPanel("capital")]),
                         FieldPanel("investment_form")],
                        heading="Địa điểm, quy mô, vốn"),
        MultiFieldPanel([FieldPanel("legal_basis"), FieldPanel("contact"),
                         FieldRowPanel([FieldPanel("event_date"), FieldPanel("valid_until")])],
                        heading="Căn cứ, liên hệ, thời hạn"),
        InlinePanel("files", heading="Tệp đính kèm", label="Tệp"),
    ]
    search_fields = [
        index.SearchField("title", boost=3),
        index.SearchField("objective"),
        index.SearchField("location"),
        index.SearchField("incentives"),
        index.AutocompleteField("title"),
        index.FilterField("live"),
        index.FilterField("locale_id"),
    ] + FOLDED_SEARCH_FIELDS
    search_title_attribute = "title"

    class Meta(TranslatableMixin.Meta):
        verbose_name = "Dự án mời gọi, ưu đãi đầu tư"
        verbose_name_plural = "Dự án mời gọi, ưu đãi đầu tư"
        ordering = ["-event_date", "-pk"]

    def __str__(self):
        return self.title

    @property
    def search_summary(self):
        return self.objective

    @property
    def land_area_label(self):
        return format_number(self.land_area)

    def clean(self):
        super().clean()
        errors = {}
        check_order(errors, self.event_date, self.valid_until, "valid_until",
                    "Hạn mời gọi không được trước ngày phát sinh thông tin.")
        if errors:
            raise ValidationError(errors)


class InvestmentCallFile(ItemFile):
    call = ParentalKey(InvestmentCall, on_delete=models.CASCADE, related_name="files")

    class Meta(ItemFile.Meta):
        verbose_name = "Tệp mời gọi đầu tư"
        verbose_name_plural = "Tệp mời gọi đầu tư"


# --- Index pages ------------------------------------------------------------------------------


class ItemRoutesMixin(RegisterIndexMixin):
    """Serves ``<id>-<slug>/``; any other address of the item redirects to its canonical one."""

    def register_item(self, request, slug):
        pk = int(slug.split("-", 1)[0])
        return self.register_queryset(request).filter(pk=pk).prefetch_related("files__file").first()

    @re_path(r"^(?P<slug>\d+(?:-[-\w]*)?)/$", name="item")
    def item_view(self, request, slug):
        item = self.register_item(request, slug)
        if item is None:
            raise Http404
        canonical = item.get_url(request)
        if canonical and request.path != canonical:
            return HttpResponsePermanentRedirect(canonical)
        return self.register_detail(request, slug, item=item)

    def register_sitemap_items(self, request):
        items = super().register_sitemap_items(request)
        # An item with no English version has its address in the default language only.
        if not issubclass(items.model, TranslatableMixin) and self.locale_id != default_locale_id():
            return None
        return items

    def register_item_path(self, item):
        return f"{item.url_slug}/"


class ProjectIndexPage(ItemRoutesMixin, PortalPage):
    """Dự án đầu tư (R6): every project, or only those of one status in the sub-sections."""

    status = models.CharField("Chỉ hiện dự án", max_length=20, choices=ProjectStatus.choices, blank=True,
                              help_text="Để trống ở trang dự án chính; chọn một tình trạng cho các mục con "
                                        "(QĐ 04/2013/QĐ-UBND Bình Dương, Điều 11.8).")

    parent_page_types = ["home.HomePage", "home.SectionPage", "projects.ProjectIndexPage"]
    register_list_template = "projects/project_index_page.html"
    register_detail_template = "projects/project_page.html"
    register_models = ("projects.Project", "projects.Sector", "projects.Area")
    content_panels = PortalPage.content_panels + [FieldPanel("status")]

    class Meta:
        verbose_name = "Danh sách dự án đầu tư"
        verbose_name_plural = "Danh sách dự án đầu tư"

    @property
    def register_filterset(self):
        from .filters import ProjectFilter

        return ProjectFilter

    @property
    def register_facets(self):
        from .filters import PROJECT_FACETS

        return [facet for facet in PROJECT_FACETS if not (self.status and facet.param == "trang_thai")]

    def register_queryset(self, request):
        projects = Project.objects.published().select_related("sector", "area")
        return projects.filter(status=self.status) if self.status else projects

    def register_sitemap_items(self, request):
        # A project's address is below the main project list, not below the status sub-sections.
        return None if self.status else super().register_sitemap_items(request)

    def register_item(self, request, slug):
        pk = int(slug.split("-", 1)[0])
        return (
            Project.objects.published().filter(pk=pk)
            .select_related("sector", "area", "decision_document__doc_type")
            .prefetch_related("files__file").first()
        )

    def register_detail_context(self, request, item):
        notices = item.bidding_notices.published().with_status().order_by("-published_on", "-pk")
        return {"bidding_notices": notices}


class BiddingNoticeIndexPage(ItemRoutesMixin, PortalPage):
    """Thông tin đấu thầu (R6): the agency's bidding packages, open ones first."""

    parent_page_types = ["home.HomePage", "home.SectionPage", "projects.ProjectIndexPage"]
    register_list_template = "projects/bidding_index_page.html"
    register_models = ("projects.BiddingNotice", "projects.Project")
    register_detail_template = "projects/bidding_notice_page.html"

    class Meta:
        verbose_name = "Danh sách thông tin đấu thầu"
        verbose_name_plural = "Danh sách thông tin đấu thầu"

    @property
    def register_filterset(self):
        from .filters import BiddingFilter

        return BiddingFilter

    @property
    def register_facets(self):
        from .filters import BIDDING_FACETS

        return BIDDING_FACETS

    def register_queryset(self, request):
        return BiddingNotice.objects.published().with_status().select_related("project")


class InvestmentCallIndexPage(ItemRoutesMixin, PortalPage):
    """Chính sách ưu đãi, dự án mời gọi đầu tư (R5), in Vietnamese and in English (R15)."""

    parent_page_types = ["home.HomePage", "home.SectionPage"]
    register_list_template = "projects/investment_index_page.html"
    register_models = ("projects.InvestmentCall", "projects.Sector", "projects.Area")
    register_detail_template = "projects/investment_call_page.html"

    class Meta:
        verbose_name = "Danh sách dự án mời gọi đầu tư"
        verbose_name_plural = "Danh sách dự án mời gọi đầu tư"

    @property
    def register_filterset(self):
        from .filters import InvestmentCallFilter

        return InvestmentCallFilter

    @property
    def register_facets(self):
        from .filters import INVESTMENT_FACETS

        return INVESTMENT_FACETS

    def register_queryset(self, request):
        return InvestmentCall.objects.filter(live=True, locale_id=self.locale_id).select_related("sector", "area")

    def register_item(self, request, slug):
        pk = int(slug.split("-", 1)[0])
        return (
            self.register_queryset(request).filter(pk=pk)
            .select_related("legal_basis__doc_type").prefetch_related("files__file").first()
        )


Project.index_page_model = ProjectIndexPage
Project.index_page_fields = {"status": ""}
BiddingNotice.index_page_model = BiddingNoticeIndexPage
InvestmentCall.index_page_model = InvestmentCallIndexPage
