"""The StreamField blocks every page body is built from.

One set for the whole portal, so an editor meets the same blocks everywhere and
templates render them one way. Later apps extend a body with their own choosers
(``BODY_BLOCKS + [("legal_document", ...)]``), never by copying these.
"""

from django.core.exceptions import ValidationError
from django.forms.utils import ErrorList
from wagtail import blocks
from wagtail.contrib.typed_table_block.blocks import TypedTableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageBlock
from wagtail.snippets.blocks import SnippetChooserBlock

RICH_TEXT_FEATURES = [
    "h2", "h3", "h4", "bold", "italic", "ol", "ul", "hr", "link", "document-link", "blockquote",
    "superscript", "subscript",
]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label="Tiêu đề", max_length=255)
    level = blocks.ChoiceBlock(
        label="Cấp tiêu đề",
        choices=[("h2", "Cấp 2"), ("h3", "Cấp 3"), ("h4", "Cấp 4")],
        default="h2",
    )

    class Meta:
        icon = "title"
        label = "Tiêu đề mục"
        template = "home/blocks/heading.html"


class FigureBlock(blocks.StructBlock):
    image = ImageBlock(label="Ảnh")
    caption = blocks.CharBlock(label="Chú thích", required=False, max_length=500)
    credit = blocks.CharBlock(label="Nguồn ảnh / tác giả", required=False, max_length=255)

    class Meta:
        icon = "image"
        label = "Ảnh"
        template = "home/blocks/figure.html"


class VideoBlock(blocks.StructBlock):
    video = EmbedBlock(label="Đường dẫn video (YouTube, Vimeo...)")
    caption = blocks.CharBlock(label="Chú thích", required=False, max_length=500)

    class Meta:
        icon = "media"
        label = "Video"
        template = "home/blocks/video.html"


class TableBlock(TypedTableBlock):
    """A data table; its caption is required so screen-reader users know what it holds."""

    def __init__(self, **kwargs):
        super().__init__(
            [
                ("text", blocks.CharBlock(label="Chữ")),
                ("number", blocks.DecimalBlock(label="Số")),
                ("rich_text", blocks.RichTextBlock(label="Văn bản định dạng", features=["bold", "italic", "link"])),
            ],
            **kwargs,
        )

    def clean(self, value):
        value = super().clean(value)
        if value.columns and not (value.caption or "").strip():
            raise ValidationError("Nhập tên bảng (chú thích) để người dùng trình đọc màn hình hiểu bảng.")
        return value

    class Meta:
        icon = "table"
        label = "Bảng"
        template = "home/blocks/table.html"


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label="Trích dẫn")
    attribution = blocks.CharBlock(label="Người phát biểu / nguồn", required=False, max_length=255)

    class Meta:
        icon = "openquote"
        label = "Trích dẫn"
        template = "home/blocks/quote.html"


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label="Tệp đính kèm")
    title = blocks.CharBlock(
        label="Tên hiển thị", required=False, max_length=255, help_text="Để trống để dùng tên của tệp."
    )

    class Meta:
        icon = "doc-full"
        label = "Tệp đính kèm"
        template = "home/blocks/document_link.html"


class LegalDocumentBlock(blocks.StructBlock):
    """Cites a document of the library instead of attaching its file again (HD 253 Cao Bằng §3; R3)."""

    document = SnippetChooserBlock("documents.LegalDocument", label="Văn bản trong thư viện")
    note = blocks.CharBlock(label="Ghi chú", required=False, max_length=500,
                            help_text="Không bắt buộc, ví dụ: điều khoản liên quan.")

    class Meta:
        icon = "doc-full-inverse"
        label = "Văn bản (thư viện)"
        template = "home/blocks/legal_document.html"


class LinkBlock(blocks.StructBlock):
    """A link to a page of the portal or to another site: exactly one of the two."""

    page = blocks.PageChooserBlock(label="Trang trong cổng", required=False)
    url = blocks.URLBlock(label="Hoặc địa chỉ bên ngoài", required=False)
    text = blocks.CharBlock(label="Chữ của liên kết", required=False, max_length=255)

    class Meta:
        icon = "link"
        label = "Liên kết"

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("url")):
            message = "Chọn một trang trong cổng hoặc nhập một địa chỉ bên ngoài (chỉ một trong hai)."
            raise blocks.StructBlockValidationError(
                block_errors={"url": ErrorList([ValidationError(message)])}
            )
        return value


class CallToActionBlock(blocks.StructBlock):
    title = blocks.CharBlock(label="Tiêu đề", max_length=255)
    text = blocks.TextBlock(label="Nội dung", required=False)
    link = LinkBlock(label="Liên kết")

    class Meta:
        icon = "pick"
        label = "Lời kêu gọi hành động"
        template = "home/blocks/call_to_action.html"


class LinkListBlock(blocks.StructBlock):
    title = blocks.CharBlock(label="Tiêu đề", required=False, max_length=255)
    links = blocks.ListBlock(LinkBlock(), label="Các liên kết")

    class Meta:
        icon = "list-ul"
        label = "Danh sách liên kết"
        template = "home/blocks/link_list.html"


BODY_BLOCKS = [
    ("heading", HeadingBlock()),
    ("paragraph", blocks.RichTextBlock(label="Đoạn văn", features=RICH_TEXT_FEATURES, icon="pilcrow")),
    ("image", FigureBlock()),
    ("video", VideoBlock()),
    ("table", TableBlock()),
    ("quote", QuoteBlock()),
    ("document", DocumentLinkBlock()),
    ("legal_document", LegalDocumentBlock()),
    ("call_to_action", CallToActionBlock()),
    ("link_list", LinkListBlock()),
]

