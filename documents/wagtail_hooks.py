from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from home.models import HomePage, SectionPage
from home.search import SearchSource
from home.term_admin import TermViewSet

from . import demo, setup
from .models import DocumentType, GazetteIssue, Issuer, LegalDocument, LegalField

NEWEST_DOCUMENTS = 6


class LegalDocumentViewSet(SnippetViewSet):
    model = LegalDocument
    icon = "doc-full"
    menu_label = "Văn bản"
    list_display = ["number", "doc_type", "issuer", "issued", "live"]
    list_filter = ["doc_type", "issuer", "category", "live"]
    search_fields = ["number", "summary", "signer"]
    ordering = ["-issued"]


class GazetteIssueViewSet(SnippetViewSet):
    model = GazetteIssue
    icon = "list-ol"
    menu_label = "Công báo"
    list_display = ["number", "date", "live"]


class DocumentTypeViewSet(TermViewSet):
    model = DocumentType
    icon = "tag"
    extra_columns = ["code"]


class IssuerViewSet(TermViewSet):
    model = Issuer
    icon = "group"


class LegalFieldViewSet(TermViewSet):
    model = LegalField


class LibraryGroup(SnippetViewSetGroup):
    menu_label = "Thư viện văn bản"
    menu_icon = "doc-full-inverse"
    menu_order = 210
    items = (LegalDocumentViewSet, GazetteIssueViewSet, DocumentTypeViewSet, IssuerViewSet, LegalFieldViewSet)


register_snippet(LibraryGroup)


@hooks.register("portal_setup")
def library_setup(home):
    setup.ensure_taxonomies()
    setup.ensure_library_process()


@hooks.register("portal_demo")
def library_demo(home):
    demo.load_documents(home)


@hooks.register("portal_search_sources")
def documents_search_source():
    return SearchSource(LegalDocument, label="Văn bản")


@hooks.register("portal_page_panels")
def newest_documents_panel(page, request):
    """"Văn bản mới" on the home page and in the news section's sub-section of that name (R3, R4)."""
    if not (isinstance(page, HomePage) or (isinstance(page, SectionPage) and page.slug == "van-ban-moi")):
        return None
    newest = list(
        LegalDocument.objects.published().filter(locale_id=page.locale_id).select_related("doc_type", "issuer")
        .order_by("-issued", "-pk")[:NEWEST_DOCUMENTS]
    )
    return {"template": "documents/panels/newest_documents.html", "documents": newest} if newest else None
