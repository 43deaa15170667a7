from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import get_language
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, TranslatableMixin
from wagtail.search import index

from compliance.models import EventDatedMixin

from .blocks import BODY_BLOCKS

INTRO_FEATURES = ["bold", "italic", "link"]


class PortalPage(Page):
    """Fields every page of the portal shares: a short introduction and a block body."""

    intro = RichTextField(
        "Giới thiệu ngắn",
        features=INTRO_FEATURES,
        blank=True,
        help_text="Một hoặc hai câu nói trang này chứa gì; hiện ở đầu trang và trong danh sách.",
    )
    body = StreamField(BODY_BLOCKS, verbose_name="Nội dung", blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]
    api_fields = [APIField("intro"), APIField("body")]

    class Meta:
        abstract = True


class HomePage(PortalPage):
    parent_page_types = ["wagtailcore.Page"]
    template = "home/home_page.html"

    class Meta:
        verbose_name = "Trang chủ"
        verbose_name_plural = "Trang chủ"


class SectionPage(PortalPage):
    """A mục tin of the section tree (Cao Bằng 253/HD-STTTT §2): intro, body, its sub-sections."""

    responsible_unit = models.CharField(
        "Bộ phận phụ trách",
        max_length=255,
        blank=True,
        help_text=(
            "Bộ phận được giao cung cấp, cập nhật thông tin cho mục tin này "
            "(HD 253/HD-STTTT Cao Bằng, mục 3)."
        ),
    )

    show_in_menus_default = True
    template = "home/section_page.html"

    content_panels = PortalPage.content_panels + [FieldPanel("responsible_unit")]
    api_fields = PortalPage.api_fields + [APIField("responsible_unit")]

    class Meta:
        verbose_name = "Mục tin"
        verbose_name_plural = "Mục tin"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["subsections"] = self.get_children().live().public().specific()
        return context


class ContentPage(EventDatedMixin, PortalPage):
    """A single page of information inside a section (history, functions, a guide...)."""

    parent_page_types = ["home.HomePage", "home.SectionPage"]
    subpage_types = []
    template = "home/content_page.html"

    content_panels = PortalPage.content_panels + [FieldPanel("event_date")]
    api_fields = PortalPage.api_fields + [APIField("event_date")]

    class Meta:
        verbose_name = "Trang nội dung"
        verbose_name_plural = "Trang nội dung"


class LocalizedFieldsMixin:
    """Reads ``<field>_en`` on the English channel, falling back to the Vietnamese value."""

    def localized(self, field):
        if (get_language() or "vi").startswith("en"):
            english = getattr(self, f"{field}_en", "")
            if english:
                return english
        return getattr(self, field)


@register_setting(icon="site")
class AgencySettings(LocalizedFieldsMixin, BaseSiteSetting):
    """The agency's identity and transaction information, shown in every page's footer (R11, R45)."""

    KIND_PROVINCE = "province"
    KIND_DEPARTMENT = "department"
    KIND_DISTRICT = "district"
    KIND_CHOICES = [
        (KIND_PROVINCE, "Ủy ban nhân dân tỉnh, thành phố"),
        (KIND_DEPARTMENT, "Sở, ban, ngành"),
        (KIND_DISTRICT, "Ủy ban nhân dân cấp huyện"),
    ]
    REGIME_43 = "43/2011"
    REGIME_42 = "42/2022"
    REGIME_CHOICES = [
        (REGIME_42, "Nghị định 42/2022/NĐ-CP (hiện hành)"),
        (REGIME_43, "Nghị định 43/2011/NĐ-CP và quy chế của tỉnh"),
    ]

    agency_name = models.CharField("Tên cơ quan", max_length=255, default="Tên cơ quan")
    agency_name_en = models.CharField("Tên cơ quan (tiếng Anh)", max_length=255, blank=True)
    governing_body = models.CharField("Cơ quan chủ quản", max_length=255, blank=True)
    governing_body_en = models.CharField("Cơ quan chủ quản (tiếng Anh)", max_length=255, blank=True)
    portal_name = models.CharField(
        "Tên cổng/trang thông tin", max_length=255, default="Cổng thông tin điện tử"
    )
    portal_name_en = models.CharField("Tên cổng (tiếng Anh)", max_length=255, blank=True)
    agency_kind = models.CharField(
        "Loại cơ quan", max_length=20, choices=KIND_CHOICES, default=KIND_DEPARTMENT,
        help_text="Tỉnh và huyện có thêm các mục giới thiệu địa phương (HD 253/HD-STTTT, mục 1.a).",
    )
    legal_regime = models.CharField(
        "Chế độ pháp lý áp dụng", max_length=10, choices=REGIME_CHOICES, default=REGIME_42,
        help_text="Quyết định thang mức độ dịch vụ công và các mục bắt buộc hiển thị.",
    )
    address = models.CharField("Địa chỉ", max_length=500, blank=True)
    address_en = models.CharField("Địa chỉ (tiếng Anh)", max_length=500, blank=True)
    phone = models.CharField("Điện thoại", max_length=100, blank=True)
    fax = models.CharField("Fax", max_length=100, blank=True)
    email = models.EmailField("Thư điện tử chính thức", blank=True)
    licence_line = models.CharField(
        "Giấy phép", max_length=500, blank=True,
        help_text="Ví dụ: Giấy phép số 12/GP-TTĐT do Sở Thông tin và Truyền thông cấp ngày 01/06/2020.",
    )
    licence_line_en = models.CharField("Giấy phép (tiếng Anh)", max_length=500, blank=True)
    responsible_person = models.CharField(
        "Người chịu trách nhiệm chính", max_length=255, blank=True,
        help_text="Họ tên và chức vụ của người chịu trách nhiệm chính về nội dung.",
    )
    responsible_person_en = models.CharField(
        "Người chịu trách nhiệm chính (tiếng Anh)", max_length=255, blank=True
    )
    citation_line = models.CharField(
        "Dòng trích dẫn nguồn", max_length=500, blank=True,
        help_text=(
            "Yêu cầu ghi nguồn khi sử dụng lại thông tin, ví dụ: Ghi rõ nguồn "
            "\u201cCổng TTĐT ...\u201d khi phát hành lại thông tin từ cổng này "
            "(QĐ 96/QĐ-UBND Bắc Ninh, Điều 12)."
        ),
    )
    citation_line_en = models.CharField("Dòng trích dẫn nguồn (tiếng Anh)", max_length=500, blank=True)
    public_service_portal_url = models.URLField(
        "Cổng dịch vụ công", blank=True,
        help_text="Địa chỉ cổng dịch vụ công trực tuyến của tỉnh mà các thủ tục liên kết tới.",
    )

    panels = [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("agency_name"), FieldPanel("agency_name_en")]),
                FieldRowPanel([FieldPanel("governing_body"), FieldPanel("governing_body_en")]),
                FieldRowPanel([FieldPanel("portal_name"), FieldPanel("portal_name_en")]),
                FieldRowPanel([FieldPanel("agency_kind"), FieldPanel("legal_regime")]),
            ],
            heading="Cơ quan",
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("address"), FieldPanel("address_en")]),
                FieldRowPanel([FieldPanel("phone"), FieldPanel("fax"), FieldPanel("email")]),
            ],
            heading="Thông tin giao dịch (hiện ở chân mọi trang)",
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("licence_line"), FieldPanel("licence_line_en")]),
                FieldRowPanel([FieldPanel("responsible_person"), FieldPanel("responsible_person_en")]),
                FieldRowPanel([FieldPanel("citation_line"), FieldPanel("citation_line_en")]),
            ],
            heading="Giấy phép và trích dẫn nguồn",
        ),
        FieldPanel("public_service_portal_url"),
    ]

    class Meta:
        verbose_name = "Thông tin cơ quan"


def validate_single_target(instance, page_field="link_page", url_field="link_url", required=True):
    """A link goes to a page of the portal or to another site, never both."""
    page = getattr(instance, f"{page_field}_id")
    url = getattr(instance, url_field)
    if page and url:
        raise ValidationError({url_field: "Chỉ chọn một trang trong cổng hoặc một địa chỉ bên ngoài."})
    if required and not page and not url:
        raise ValidationError({url_field: "Chọn một trang trong cổng hoặc nhập một địa chỉ bên ngoài."})


class LinkTargetMixin(models.Model):
    link_page = models.ForeignKey(
        "wagtailcore.Page", verbose_name="Trang trong cổng", null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
    )
    link_url = models.URLField("Hoặc địa chỉ bên ngoài", blank=True)

    class Meta:
        abstract = True

    @property
    def href(self):
        return self.link_page.url if self.link_page_id and self.link_page else self.link_url

    @property
    def is_external(self):
        return not self.link_page_id


class BannerQuerySet(models.QuerySet):
    def showing(self, placement, language_code):
        today = timezone.localdate()
        return (
            self.filter(placement=placement, locale__language_code=language_code, is_active=True)
            .filter(models.Q(start_date__isnull=True) | models.Q(start_date__lte=today))
            .filter(models.Q(end_date__isnull=True) | models.Q(end_date__gte=today))
            .select_related("image", "link_page")
            .order_by("sort_order", "pk")
        )


class Banner(TranslatableMixin, LinkTargetMixin):
    """A banner that leads to an important section or a campaign (HD 253 Cao Bằng §3; CV 412 TP.HCM §3)."""

    PLACEMENT_HOME = "home"
    PLACEMENT_SIDEBAR = "sidebar"
    PLACEMENT_CHOICES = [
        (PLACEMENT_HOME, "Trang chủ, dải băng rôn chính"),
        (PLACEMENT_SIDEBAR, "Cột bên của mọi trang"),
    ]

    title = models.CharField("Tiêu đề", max_length=255)
    description = models.CharField("Mô tả ngắn", max_length=500, blank=True)
    image = models.ForeignKey(
        "wagtailimages.Image", verbose_name="Ảnh", null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
    )
    placement = models.CharField("Vị trí", max_length=20, choices=PLACEMENT_CHOICES, default=PLACEMENT_HOME)
    sort_order = models.PositiveIntegerField("Thứ tự", default=0)
    is_active = models.BooleanField("Đang hiển thị", default=True)
    start_date = models.DateField("Hiển thị từ ngày", null=True, blank=True)
    end_date = models.DateField("Đến ngày", null=True, blank=True)

    objects = BannerQuerySet.as_manager()

    panels = [
        FieldPanel("title"),
        FieldPanel("description"),
        FieldPanel("image"),
        MultiFieldPanel([FieldPanel("link_page"), FieldPanel("link_url")], heading="Liên kết đến"),
        FieldRowPanel([FieldPanel("placement"), FieldPanel("sort_order"), FieldPanel("is_active")]),
        FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
    ]
    search_fields = [index.SearchField("title"), index.FilterField("locale")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = "Băng rôn"
        verbose_name_plural = "Băng rôn"
        ordering = ["sort_order", "pk"]

    def __str__(self):
        return self.title

    def clean(self):
        super().clean()
        validate_single_target(self)
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": "Ngày kết thúc phải sau hoặc bằng ngày bắt đầu."})


class WebLink(TranslatableMixin, models.Model):
    """Links to member units' websites and other agencies (QĐ 04/2013 Bình Dương Art. 14.1.b)."""

    GROUP_MEMBER = "member"
    GROUP_OTHER = "other"
    GROUP_CHOICES = [
        (GROUP_MEMBER, "Đơn vị trực thuộc"),
        (GROUP_OTHER, "Cơ quan, đơn vị khác"),
    ]

    name = models.CharField("Tên cơ quan, đơn vị", max_length=255)
    url = models.URLField("Địa chỉ website")
    group = models.CharField("Nhóm", max_length=20, choices=GROUP_CHOICES, default=GROUP_OTHER)
    sort_order = models.PositiveIntegerField("Thứ tự", default=0)

    panels = [FieldPanel("name"), FieldPanel("url"), FieldRowPanel([FieldPanel("group"), FieldPanel("sort_order")])]
    search_fields = [index.SearchField("name"), index.FilterField("locale")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = "Liên kết website"
        verbose_name_plural = "Liên kết website"
        ordering = ["group", "sort_order", "name"]

    def __str__(self):
        return self.name
