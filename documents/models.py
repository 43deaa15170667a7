"""The legal document library (R4, R20-R23) and the official gazette (R14)."""

from django.conf import settings
from django.contrib.postgres.search import SearchVectorField
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Case, Exists, OuterRef, Q, Value, When
from django.http import Http404, HttpResponsePermanentRedirect
from django.utils import timezone
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import re_path
from wagtail.documents.models import AbstractDocument, Document
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

from home.fulltext import update_search_vector
from home.models import PortalPage
from home.registers import RegisterIndexMixin
from home.search import FOLDED_SEARCH_FIELDS, FoldedSearchMixin, saves_texts
from home.terms import Term
from home.text import index_text

from .files import check_document_file, pdf_is_signed
from .numbering import document_slug, number_slug, parse_number


class DocumentType(Term):
    code = models.CharField("Chữ viết tắt", max_length=20, blank=True, help_text="Ví dụ: QĐ, NĐ, TT, CT.")
    panels = Term.panels + [FieldPanel("code")]

    class Meta(Term.Meta):
        verbose_name = "Loại văn bản"
        verbose_name_plural = "Loại văn bản"


class Issuer(Term):
    class Meta(Term.Meta):
        verbose_name = "Cơ quan ban hành"
        verbose_name_plural = "Cơ quan ban hành"


class LegalField(Term):
    class Meta(Term.Meta):
        verbose_name = "Lĩnh vực"
        verbose_name_plural = "Lĩnh vực"


class Validity(models.TextChoices):
    NOT_YET = "not_yet", "Chưa có hiệu lực"
    IN_FORCE = "in_force", "Còn hiệu lực"
    PARTLY_EXPIRED = "partly_expired", "Hết hiệu lực một phần"
    EXPIRED = "expired", "Hết hiệu lực toàn bộ"
    REPEALED = "repealed", "Bị bãi bỏ"
    REPLACED = "replaced", "Bị thay thế"


class Category(models.TextChoices):
    NORMATIVE = "normative", "Văn bản quy phạm pháp luật"
    ADMINISTRATIVE = "administrative", "Văn bản hành chính"
    DIRECTION = "direction", "Văn bản chỉ đạo điều hành"


class RelationKind(models.TextChoices):
    BASED_ON = "based_on", "Căn cứ"
    AMENDS = "amends", "Sửa đổi, bổ sung"
    REPLACES = "replaces", "Thay thế"
    GUIDES = "guides", "Hướng dẫn"
    REPEALS = "repeals", "Bãi bỏ"


# How a relation reads from the other side: "được sửa đổi bởi" the document that amends it.
INVERSE_LABELS = {
    RelationKind.BASED_ON: "Là căn cứ của",
    RelationKind.AMENDS: "Được sửa đổi, bổ sung bởi",
    RelationKind.REPLACES: "Bị thay thế bởi",
    RelationKind.GUIDES: "Được hướng dẫn bởi",
    RelationKind.REPEALS: "Bị bãi bỏ bởi",
}
ENDING_KINDS = (RelationKind.REPLACES, RelationKind.REPEALS)


class LegalDocumentQuerySet(models.QuerySet):
    def published(self):
        return self.filter(live=True)

    def with_validity(self, today=None):
        """Annotate ``validity``, derived from the dates, a hand-set status and the relations.

        A status set by hand wins; then a document replaced or repealed by one already in force
        is so; then the dates decide. Filterable in SQL, so lists can filter on it.
        """
        if "validity_now" in self.query.annotations:
            return self
        today = today or timezone.localdate()
        ended_by = DocumentRelation.objects.filter(
            target=OuterRef("pk"), kind__in=ENDING_KINDS, source__live=True
        ).filter(Q(source__effective__lte=today) | Q(source__effective__isnull=True, source__issued__lte=today))
        return self.annotate(
            validity_now=Case(
                When(~Q(validity_override=""), then="validity_override"),
                When(Exists(ended_by.filter(kind=RelationKind.REPEALS)), then=Value(Validity.REPEALED)),
                When(Exists(ended_by.filter(kind=RelationKind.REPLACES)), then=Value(Validity.REPLACED)),
                When(expires__lte=today, then=Value(Validity.EXPIRED)),
                When(effective__gt=today, then=Value(Validity.NOT_YET)),
                When(effective__isnull=True, issued__gt=today, then=Value(Validity.NOT_YET)),
                default=Value(Validity.IN_FORCE),
                output_field=models.CharField(),
            ),
        )

    def validity_of(self, documents):
        """Give each of ``documents`` (a page of a list) its validity today, in one query."""
        documents = list(documents)
        pending = [document.pk for document in documents if getattr(document, "validity_now", None) is None]
        if pending:
            found = dict(self.model.objects.filter(pk__in=pending).with_validity().values_list("pk", "validity_now"))
            for document in documents:
                if document.pk in found:
                    document.validity_now = found[document.pk]
        return documents


class LegalDocument(
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
    """A document of the library (R20): entered once, cited everywhere (HD 253 Cao Bằng §3)."""

    number = models.CharField(
        "Số ký hiệu", max_length=80,
        help_text="Ví dụ: 04/2013/QĐ-UBND, 96/QĐ-UBND, 412/STTTT-TTĐT (Nghị định 30/2020/NĐ-CP, Phụ lục I).",
    )
    slug = models.SlugField("Đường dẫn", max_length=120, editable=False)
    doc_type = models.ForeignKey(DocumentType, verbose_name="Loại văn bản", on_delete=models.PROTECT,
                                 related_name="documents")
    issuer = models.ForeignKey(Issuer, verbose_name="Cơ quan ban hành", on_delete=models.PROTECT,
                               related_name="documents")
    signer = models.CharField("Người ký", max_length=255, blank=True)
    issued = models.DateField("Ngày ban hành")
    effective = models.DateField("Ngày có hiệu lực", null=True, blank=True)
    expires = models.DateField("Ngày hết hiệu lực", null=True, blank=True)
    validity_override = models.CharField(
        "Tình trạng hiệu lực (đặt tay)", max_length=20, blank=True,
        choices=[(Validity.PARTLY_EXPIRED, Validity.PARTLY_EXPIRED.label), (Validity.EXPIRED, Validity.EXPIRED.label),
                 (Validity.REPEALED, Validity.REPEALED.label)],
        help_text="Để trống: tính từ các ngày và quan hệ văn bản. Đặt khi văn bản hết hiệu lực một phần hoặc bị bãi bỏ.",
    )
    summary = models.TextField("Trích yếu", help_text="Trích yếu nội dung như trên văn bản.")
    fields = ParentalManyToManyField(LegalField, verbose_name="Lĩnh vực", related_name="documents", blank=True)
    category = models.CharField("Nhóm văn bản", max_length=20, choices=Category.choices,
                                default=Category.NORMATIVE)
    full_text = models.TextField("Toàn văn", blank=True, help_text="Không bắt buộc; dùng cho tìm kiếm toàn văn.")
    national_db_id = models.CharField("Mã trong CSDL quốc gia về văn bản pháp luật", max_length=100, blank=True)
    national_db_url = models.URLField("Liên kết CSDL quốc gia về văn bản pháp luật", blank=True, max_length=500,
                                      help_text="Ví dụ: đường dẫn trên vbpl.vn (QĐ 26/2017/QĐ-UBND Vĩnh Phúc, Điều 4.6).")
    # Parsed from the number; kept for filters and duplicate checks.
    number_year = models.PositiveIntegerField(null=True, blank=True, editable=False)
    search_document = models.TextField(blank=True, editable=False)
    search_vector = SearchVectorField(null=True, editable=False)

    objects = LegalDocumentQuerySet.as_manager()

    panels = [
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("number"), FieldPanel("doc_type")]),
             FieldRowPanel([FieldPanel("issuer"), FieldPanel("signer")]),
             FieldPanel("category")],
            heading="Văn bản",
        ),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("issued"), FieldPanel("effective"), FieldPanel("expires")]),
             FieldPanel("validity_override")],
            heading="Ngày và hiệu lực",
        ),
        FieldPanel("summary"),
        FieldPanel("fields"),
        InlinePanel("files", heading="Tệp văn bản", label="Tệp"),
        InlinePanel("relations", heading="Quan hệ với văn bản khác", label="Quan hệ"),
        MultiFieldPanel([FieldPanel("national_db_id"), FieldPanel("national_db_url")],
                        heading="CSDL quốc gia về văn bản pháp luật"),
        FieldPanel("full_text"),
    ]
    search_fields = [
        index.SearchField("number", boost=5),
        index.SearchField("summary", boost=2),
        index.SearchField("signer"),
        index.SearchField("full_text"),
        index.AutocompleteField("number"),
        index.FilterField("live"),
        index.FilterField("locale_id"),
        index.FilterField("issued"),
        index.FilterField("doc_type_id"),
        index.FilterField("issuer_id"),
        index.FilterField("category"),
    ] + FOLDED_SEARCH_FIELDS
    search_title_attribute = "title"

    class Meta(TranslatableMixin.Meta):
        verbose_name = "Văn bản"
        verbose_name_plural = "Văn bản"
        ordering = ["-issued", "-pk"]
        indexes = [
            models.Index(fields=["live", "locale", "-issued"], name="documents_live_issued"),
            models.Index(fields=["slug", "locale"], name="documents_slug"),
        ]  # PostgreSQL also gets a GIN index on search_vector (migration 0002)

    def __str__(self):
        return f"{self.doc_type.name if self.doc_type_id else ''} {self.number}".strip()

    @property
    def title(self):
        return f"{self.doc_type.name} {self.number}: {self.summary}" if self.doc_type_id else self.number

    # -- compliance (ARCHITECTURE.md, "Content model"): the information arose when it was issued.
    @property
    def event_date(self):
        return self.issued

    @property
    def first_publication_date(self):
        return timezone.localdate(self.first_published_at) if self.first_published_at else None

    def clean(self):
        super().clean()
        errors = {}
        try:
            parsed = parse_number(self.number)
        except ValidationError as error:
            errors["number"] = error.messages
        else:
            self.number = parsed.text
            self.slug = document_slug(parsed, self.issued)
            self.number_year = parsed.year
            duplicates = LegalDocument.objects.filter(
                slug=self.slug, issuer_id=self.issuer_id, locale_id=self.locale_id
            ).exclude(pk=self.pk)
            if self.issuer_id and duplicates.exists():
                errors["number"] = [f"Đã có văn bản số {parsed.text} của cơ quan này trong thư viện."
                                    + (f" (năm {self.issued.year})" if parsed.year is None and self.issued else "")]
        if self.issued and self.effective and self.effective < self.issued:
            errors["effective"] = ["Ngày có hiệu lực không được trước ngày ban hành."]
        if self.expires and (self.effective or self.issued) and self.expires <= (self.effective or self.issued):
            errors["expires"] = ["Ngày hết hiệu lực phải sau ngày có hiệu lực."]
        if errors:
            raise ValidationError(errors)

    TEXT_FIELDS = {"number", "summary", "signer", "full_text"}

    def save(self, *args, **kwargs):
        text_saved = saves_texts(self, kwargs, {"slug", "number_year", "search_document"})
        if text_saved:
            parsed = parse_number(self.number)
            self.number, self.slug, self.number_year = parsed.text, document_slug(parsed, self.issued), parsed.year
            self.search_document = index_text(self.number, self.summary, self.signer, self.full_text)
        super().save(*args, **kwargs)
        if text_saved:
            update_search_vector(self)

    @property
    def validity(self):
        """The document's validity today: annotated on lists (``with_validity()``), else one query."""
        if getattr(self, "validity_now", None) is None:
            self.validity_now = (
                LegalDocument.objects.with_validity().filter(pk=self.pk).values_list("validity_now", flat=True).first()
            )
        return self.validity_now

    @property
    def validity_label(self):
        return Validity(self.validity).label if self.validity else ""

    def get_url(self, request=None):
        from .library import document_url

        return document_url(self, request)

    @property
    def url(self):
        return self.get_url()

    def get_preview_template(self, request, mode_name):
        return "documents/document_preview.html"


class PortalDocument(AbstractDocument):
    """Wagtail's document with the checks an agency's published files need (R20).

    Only the types agencies publish, the content must be what the extension says, and a PDF's
    digital signature is detected so the library can show that the file is the signed original.
    """

    has_digital_signature = models.BooleanField("Có chữ ký số", default=False, editable=False)

    admin_form_fields = Document.admin_form_fields

    class Meta(AbstractDocument.Meta):
        verbose_name = "Tài liệu"
        verbose_name_plural = "Tài liệu"

    def clean(self):
        super().clean()
        if self.file:
            check_document_file(self.file)

    def save(self, *args, **kwargs):
        if self.file:
            self.has_digital_signature = pdf_is_signed(self.file)
        super().save(*args, **kwargs)


class LegalDocumentFile(Orderable):
    document = ParentalKey(LegalDocument, on_delete=models.CASCADE, related_name="files")
    file = models.ForeignKey(
        settings.WAGTAILDOCS_DOCUMENT_MODEL, verbose_name="Tệp", on_delete=models.PROTECT, related_name="+"
    )
    label = models.CharField("Mô tả", max_length=255, blank=True,
                             help_text="Ví dụ: Bản ký số, Bản Word, Phụ lục.")

    panels = [FieldRowPanel([FieldPanel("file"), FieldPanel("label")])]

    class Meta(Orderable.Meta):
        verbose_name = "Tệp văn bản"
        verbose_name_plural = "Tệp văn bản"


class DocumentRelation(Orderable):
    """``source`` <kind> ``target``: entered on the acting document, shown on both (R22)."""

    source = ParentalKey(LegalDocument, on_delete=models.CASCADE, related_name="relations")
    kind = models.CharField("Quan hệ", max_length=20, choices=RelationKind.choices)
    target = models.ForeignKey(LegalDocument, verbose_name="Văn bản", on_delete=models.CASCADE,
                               related_name="inverse_relations")

    panels = [FieldRowPanel([FieldPanel("kind"), FieldPanel("target")])]

    class Meta(Orderable.Meta):
        verbose_name = "Quan hệ văn bản"
        verbose_name_plural = "Quan hệ văn bản"
        constraints = [
            models.UniqueConstraint(fields=["source", "kind", "target"], name="documents_relation_unique"),
        ]

    def clean(self):
        if self.source_id and self.source_id == self.target_id:
            raise ValidationError({"target": "Văn bản không thể có quan hệ với chính nó."})

    @property
    def inverse_label(self):
        return INVERSE_LABELS[self.kind]


class LegalLibraryPage(RegisterIndexMixin, PortalPage):
    """The library (R4, R21): every document, searchable and filterable, each at a stable URL.

    The main library has no category; its sub-sections (văn bản QPPL, hành chính) are library
    pages fixed to one category. A document's URL is always below the main library.
    """

    category = models.CharField(
        "Chỉ hiện nhóm", max_length=20, choices=Category.choices, blank=True,
        help_text="Để trống ở trang thư viện chính; chọn một nhóm cho các mục con.",
    )

    parent_page_types = ["home.HomePage", "home.SectionPage", "documents.LegalLibraryPage"]
    register_list_template = "documents/library_page.html"
    register_detail_template = "documents/document_page.html"
    register_models = ("documents.LegalDocument", "documents.DocumentRelation", "documents.DocumentType",
                       "documents.Issuer", "documents.LegalField")
    content_panels = PortalPage.content_panels + [FieldPanel("category")]

    class Meta:
        verbose_name = "Thư viện văn bản"
        verbose_name_plural = "Thư viện văn bản"

    @property
    def register_filterset(self):
        from .library import DocumentFilter

        return DocumentFilter

    @property
    def register_facets(self):
        from .library import FACETS

        return FACETS

    def register_queryset(self, request):
        # No validity annotation here: the validity filter and facet add it when used, and the
        # shown rows get theirs in one query (register_page_items).
        documents = (LegalDocument.objects.published().filter(locale_id=self.locale_id)
                     .select_related("doc_type", "issuer")
                     .defer("full_text", "search_document", "search_vector"))  # a list shows none of them
        return documents.filter(category=self.category) if self.category else documents

    def register_page_items(self, request, items):
        return LegalDocument.objects.validity_of(items)

    def register_sitemap_items(self, request):
        # A document's address is below the main library, not below the category sub-sections.
        return None if self.category else super().register_sitemap_items(request)

    def register_item(self, request, slug):
        return (
            LegalDocument.objects.published()
            .filter(locale_id=self.locale_id, slug=slug)
            .with_validity()
            .select_related("doc_type", "issuer", "locale")
            .prefetch_related("fields", "files__file")
            .first()
        )

    def register_detail_context(self, request, item):
        from .relations import citing_pages, gazette_issues_of, relations_of

        return {"relations": relations_of(item), "citing_pages": citing_pages(item),
                "gazette_issues": gazette_issues_of(item), "print_url": item.url}

    def moved_document(self, slug):
        """The document an old URL named: before a number without a year got the issue year in its
        slug, ``96-qd-ubnd`` was the newest 96/QĐ-UBND; it is now ``96-qd-ubnd-2024``."""
        candidates = (LegalDocument.objects.published()
                      .filter(locale_id=self.locale_id, number_year__isnull=True, slug__startswith=f"{slug}-")
                      .order_by("-issued", "-pk").only("slug", "number_year", "locale_id"))
        return next((document for document in candidates
                     if number_slug(document.slug, document.number_year) == slug), None)

    def document_or_redirect(self, request, slug, suffix="", template=None):
        item = self.register_item(request, slug)
        if item is None:
            moved = self.moved_document(slug)
            if moved is None:
                raise Http404
            return HttpResponsePermanentRedirect(f"{moved.url}{suffix}")
        return self.register_detail(request, slug, template=template, item=item)

    @re_path(r"^(?P<slug>\d[-\w]*)/$", name="document")
    def document_view(self, request, slug):
        return self.document_or_redirect(request, slug)

    @re_path(r"^(?P<slug>\d[-\w]*)/in/$", name="document_print")
    def document_print_view(self, request, slug):
        return self.document_or_redirect(request, slug, "in/", template="documents/document_print.html")


class GazetteIssue(WorkflowMixin, DraftStateMixin, LockableMixin, RevisionMixin, TranslatableMixin, index.Indexed,
                   ClusterableModel):
    """An issue of the official gazette (Công báo, R14): which documents it published."""

    number = models.CharField("Số", max_length=20)
    date = models.DateField("Ngày phát hành")
    file = models.ForeignKey(settings.WAGTAILDOCS_DOCUMENT_MODEL, verbose_name="Tệp Công báo", null=True,
                             blank=True, on_delete=models.SET_NULL, related_name="+")

    panels = [FieldRowPanel([FieldPanel("number"), FieldPanel("date")]), FieldPanel("file"),
              InlinePanel("entries", heading="Văn bản đăng trong số này", label="Văn bản")]
    search_fields = [index.SearchField("number"), index.FilterField("date"), index.FilterField("live")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = "Số Công báo"
        verbose_name_plural = "Công báo"
        ordering = ["-date", "-pk"]

    def __str__(self):
        return f"Công báo số {self.number} ngày {self.date:%d/%m/%Y}"

    @property
    def slug(self):
        return f"{self.date.year}-so-{self.number}".lower()

    @property
    def event_date(self):
        return self.date


class GazetteEntry(Orderable):
    issue = ParentalKey(GazetteIssue, on_delete=models.CASCADE, related_name="entries")
    document = models.ForeignKey(LegalDocument, verbose_name="Văn bản", on_delete=models.PROTECT,
                                 related_name="gazette_entries")
    summary = models.TextField("Tóm tắt", blank=True, help_text="Để trống để dùng trích yếu của văn bản.")

    panels = [FieldPanel("document"), FieldPanel("summary")]

    class Meta(Orderable.Meta):
        verbose_name = "Văn bản trong số Công báo"
        verbose_name_plural = "Văn bản trong số Công báo"

    @property
    def shown_summary(self):
        return self.summary or self.document.summary


class GazettePage(RegisterIndexMixin, PortalPage):
    """The gazette (R14): issues by year, each with its documents and their summaries."""

    parent_page_types = ["home.HomePage", "home.SectionPage"]
    register_list_template = "documents/gazette_page.html"
    register_detail_template = "documents/gazette_issue_page.html"
    register_per_page = 24

    class Meta:
        verbose_name = "Công báo"
        verbose_name_plural = "Công báo"

    @property
    def register_filterset(self):
        from .library import GazetteFilter

        return GazetteFilter

    register_models = ("documents.GazetteIssue",)

    def register_queryset(self, request):
        return GazetteIssue.objects.filter(live=True, locale_id=self.locale_id).select_related("file")

    def register_item(self, request, slug):
        year, _, number = slug.partition("-so-")
        return (
            self.register_queryset(request)
            .filter(date__year=year, number__iexact=number)
            .prefetch_related("entries__document__doc_type")
            .first()
        )

    def register_listing(self, request):
        context = super().register_listing(request)
        context["years"] = [d.year for d in self.register_queryset(request).dates("date", "year", order="DESC")]
        return context

    @re_path(r"^(?P<slug>\d{4}-so-[-\w]+)/$", name="issue")
    def issue_view(self, request, slug):
        return self.register_detail(request, slug)
