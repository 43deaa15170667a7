from django.core.exceptions import ValidationError
from django.db import models
from django.template.response import TemplateResponse
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.search import index

from compliance.models import EventDatedMixin
from home.models import INTRO_FEATURES, PortalPage

# Buttons of the page editor (and the workflow's approve-with-edits) that send a page on
# towards publication: from these on, a copied article must name its source.
SUBMITTING_ACTIONS = ("action-submit", "action-publish", "action-workflow-action")
MISSING_SOURCE = (
    "Tin, bài lấy từ nguồn khác phải ghi rõ tên nguồn trước khi gửi duyệt "
    "(QĐ 04/2013/QĐ-UBND Bình Dương, Điều 9.3 và 22)."
)


class ArticleTag(TaggedItemBase):
    content_object = ParentalKey("news.ArticlePage", on_delete=models.CASCADE, related_name="tagged_items")


class ArticlePageForm(WagtailAdminPageForm):
    """A draft may be saved unfinished; it may not go to approval without its source (R2, R50 step 1)."""

    def clean(self):
        cleaned = super().clean()
        submitting = any(action in self.data for action in SUBMITTING_ACTIONS)
        if submitting and cleaned.get("source_kind") == ArticlePage.SOURCE_OTHER and not cleaned.get("source_name"):
            self.add_error("source_name", MISSING_SOURCE)
        return cleaned


class ArticlePage(EventDatedMixin, RoutablePageMixin, PortalPage):
    """A news article or post (tin bài) filed under a section (R2, R3)."""

    SOURCE_OWN = "own"
    SOURCE_OTHER = "other"
    SOURCE_CHOICES = [(SOURCE_OWN, "Tin tự viết"), (SOURCE_OTHER, "Lấy từ nguồn khác")]

    is_post = True  # listed by date under its section, not as a sub-section (home.models.post_page_models)

    intro = RichTextField(
        "Sapo (tóm tắt)", features=INTRO_FEATURES, blank=True,
        help_text="Một hoặc hai câu tóm tắt nội dung; hiện đầu bài, trong danh sách và trong bản tin RSS.",
    )
    main_image = models.ForeignKey(
        "wagtailimages.Image", verbose_name="Ảnh đại diện", null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
    )
    main_image_alt = models.CharField(
        "Mô tả ảnh cho người khiếm thị", max_length=255, blank=True,
        help_text="Bắt buộc khi có ảnh đại diện: ảnh cho thấy gì.",
    )
    main_image_caption = models.CharField("Chú thích ảnh", max_length=500, blank=True)
    author = models.CharField("Tác giả", max_length=255, blank=True)
    source_kind = models.CharField(
        "Nguồn tin", max_length=10, choices=SOURCE_CHOICES, default=SOURCE_OWN,
        help_text="Tin lấy từ nơi khác phải ghi rõ nguồn (QĐ 04/2013/QĐ-UBND Bình Dương, Điều 9.3).",
    )
    source_name = models.CharField("Tên nguồn", max_length=255, blank=True)
    source_url = models.URLField("Đường dẫn đến tin gốc", blank=True)
    tags = ClusterTaggableManager(through=ArticleTag, blank=True, verbose_name="Từ khóa")

    base_form_class = ArticlePageForm
    parent_page_types = ["home.SectionPage"]
    subpage_types = []
    template = "news/article_page.html"

    content_panels = PortalPage.content_panels[:1] + [
        FieldPanel("intro"),
        MultiFieldPanel(
            [FieldPanel("main_image"), FieldPanel("main_image_alt"), FieldPanel("main_image_caption")],
            heading="Ảnh đại diện",
        ),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("author"), FieldPanel("event_date")]),
                FieldPanel("source_kind"),
                FieldRowPanel([FieldPanel("source_name"), FieldPanel("source_url")]),
                FieldPanel("tags"),
            ],
            heading="Tác giả, nguồn tin, từ khóa",
        ),
    ]
    search_fields = PortalPage.search_fields + [
        index.SearchField("author"),
        index.FilterField("event_date"),
        index.RelatedFields("tags", [index.SearchField("name")]),
    ]
    api_fields = PortalPage.api_fields + [
        APIField("event_date"),
        APIField("author"),
        APIField("source_kind"),
        APIField("source_name"),
        APIField("source_url"),
        APIField("main_image"),
        APIField("main_image_alt"),
        APIField("tags"),
    ]

    class Meta:
        verbose_name = "Tin bài"
        verbose_name_plural = "Tin bài"

    def clean(self):
        super().clean()
        if self.main_image_id and not self.main_image_alt.strip():
            raise ValidationError({"main_image_alt": "Nhập mô tả ảnh đại diện cho người khiếm thị."})
        if self.source_kind == self.SOURCE_OWN and (self.source_name or self.source_url):
            raise ValidationError({"source_kind": "Đã ghi tên nguồn: chọn \u201cLấy từ nguồn khác\u201d."})

    og_type = "article"

    def get_social_image(self):
        if self.main_image:
            return self.main_image, self.main_image_alt
        return super().get_social_image()

    def schema_org(self, request):
        """A ``NewsArticle`` (R42), its author a person or, for unsigned news, the agency."""
        from home.metadata import organization_id

        data = super().schema_org(request)
        data.update({
            "@type": "NewsArticle",
            "headline": self.title[:110],
            "author": {"@type": "Person", "name": self.author} if self.author else {"@id": organization_id(request)},
            "publisher": {"@id": organization_id(request)},
            "keywords": ", ".join(tag.name for tag in self.tags.all()),
        })
        if self.main_image:
            data["image"] = request.build_absolute_uri(self.main_image.get_rendition("max-1200x1200").url)
        if self.is_from_elsewhere:
            data["isBasedOn"] = self.source_url or self.source_name
        return data

    @property
    def is_from_elsewhere(self):
        return self.source_kind == self.SOURCE_OTHER

    def get_context(self, request, *args, **kwargs):
        from .listing import related_articles
        from home.counters import page_views

        context = super().get_context(request, *args, **kwargs)
        context["related_articles"] = related_articles(self)
        context["view_count"] = page_views(self)
        return context

    @path("in/", name="print")
    def print_view(self, request):
        """A print-ready page: the article and where it came from, nothing else (R41)."""
        context = self.get_context(request)
        context["print_url"] = self.url
        return TemplateResponse(request, "news/article_print.html", context)

    @path("luu/", name="save")
    def save_view(self, request):
        """The article as one self-contained HTML file, styles and images inside (R41)."""
        from .export import article_download

        return article_download(self, request)
