from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import get_language
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail import hooks
from wagtail.models import Page, TranslatableMixin, get_page_models
from wagtail.search import index

from compliance.models import EventDatedMixin

from .blocks import BODY_BLOCKS
from .search import FOLDED_SEARCH_FIELDS, FoldedSearchMixin

INTRO_FEATURES = ["bold", "italic", "link"]


def post_page_models():
    """Page types that are dated posts (articles...), listed by date rather than as sub-sections.

    A page model says so with ``is_post = True``; home never imports the apps that define them.
    """
    return [model for model in get_page_models() if getattr(model, "is_post", False)]


def page_panels(page, request):
    """What other apps add to a page's template (latest news, new documents...).

    Each function registered with the Wagtail hook ``portal_page_panels`` receives the page
    and the request and returns None or a dict with a ``template`` key and its context; the
    page templates include them in order.
    """
    panels = []
    for panel_for in hooks.get_hooks("portal_page_panels"):
        panel = panel_for(page, request)
        if panel:
            panels.append(panel)
    return panels


class PortalPage(FoldedSearchMixin, Page):
    """Fields every page of the portal shares: a short introduction and a block body."""

    intro = RichTextField(
        "Giới thiệu ngắn",
        features=INTRO_FEATURES,
        blank=True,
        help_text="Một hoặc hai câu nói trang này chứa gì; hiện ở đầu trang và trong danh sách.",
    )
    body = StreamField(BODY_BLOCKS, verbose_name="Nội dung", blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    # Folded and exact-key copies of every searchable text, for the site search (home/search.py, R40).
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")] + FOLDED_SEARCH_FIELDS
    api_fields = [APIField("intro"), APIField("body"), APIField("last_published_at")]

    # Metadata for search, exchange and sharing (R42): see home/metadata.py and
    # docs/metadata-and-api.md. Page types override these four to describe themselves.
    og_type = "website"  # OpenGraph type; an article sets "article"

    class Meta:
        abstract = True

    def get_context(self, request, *args, **kwargs):
        # Counted here, where every way of reading a page passes (routable pages' views too),
        # and before rendering, so the page shows the view it is serving (R43).
        from .counters import record_view

        record_view(self, request)
        context = super().get_context(request, *args, **kwargs)
        context["panels"] = page_panels(self, request)
        return context

    def get_meta_description(self):
        """The meta description: the search description, else the introduction, else the first
        paragraph, as plain text cut to 160 characters (home.metadata.summarise)."""
        from .metadata import plain_text, summarise

        if self.search_description:
            return summarise(self.search_description)
        if self.intro:
            return summarise(plain_text(self.intro))
        for block in self.body.raw_data:
            if block["type"] == "paragraph" and plain_text(block["value"]):
                return summarise(plain_text(block["value"]))
        return ""

    def get_social_image(self):
        """``(image, alt text)`` shown when the page is shared (og:image), or None.

        By default the first non-decorative image of the body; a page type with its own
        picture (an article's main image) returns that instead.
        """
        for position, block in enumerate(self.body.raw_data):
            if block["type"] == "image":
                image = self.body[position].value["image"]
                if image is not None and not getattr(image, "decorative", False):
                    return image, getattr(image, "contextual_alt_text", "") or ""
        return None

    def schema_org(self, request):
        """This page as a schema.org object (a dict), published as JSON-LD in its ``<head>``.

        The contract for every page type:

        - return a JSON-serialisable dict *without* ``@context``, or None to publish nothing
          of the page; dates may be ``datetime`` objects or ISO strings (home.metadata.iso_datetime);
        - it is placed in an ``@graph`` beside the agency (``GovernmentOrganization``, node id
          ``home.metadata.organization_id(request)``) and the site (``WebSite``,
          ``home.metadata.website_id(request)``): refer to them as ``{"@id": ...}`` rather
          than repeating them;
        - start from ``super().schema_org(request)`` (a ``WebPage`` with ``@id``, ``url``,
          ``name``, ``description``, ``inLanguage``, ``datePublished``, ``dateModified``,
          ``isPartOf`` the site, ``publisher`` the agency, ``copyrightNotice``) and change
          ``@type`` and add what the type knows. An article, for example::

              def schema_org(self, request):
                  data = super().schema_org(request)
                  data.update({"@type": "NewsArticle", "headline": self.title,
                               "author": {"@type": "Person", "name": self.author}})
                  return data

        Values are escaped when written out (home.metadata.json_ld): return plain text.
        """
        from .metadata import webpage

        return webpage(self, request)

    def get_sitemap_urls(self, request=None):
        """The sitemap gives the same address as the page's canonical link (the reader's host)."""
        from .metadata import absolute_page_url

        location = absolute_page_url(self, request) if request is not None else self.get_full_url()
        return [{"location": location, "lastmod": self.last_published_at or self.latest_revision_created_at}]


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

    def schema_org(self, request):
        """A mục tin lists the pages below it: a schema.org ``CollectionPage``."""
        data = super().schema_org(request)
        data["@type"] = "CollectionPage"
        return data

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["subsections"] = (
            self.get_children().live().public().not_type(*post_page_models()).specific()
        )
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


class PageViewDay(models.Model):
    """How many times a page was read on a day (R43); written by ``home.counters``."""

    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    day = models.DateField("Ngày")
    views = models.PositiveIntegerField("Lượt xem", default=0)

    class Meta:
        verbose_name = "Lượt xem theo ngày"
        verbose_name_plural = "Lượt xem theo ngày"
        constraints = [models.UniqueConstraint(fields=["page", "day"], name="home_pageviewday_unique_page_day")]
