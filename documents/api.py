"""``/api/v2/legal-documents/``: the library, read-only, in Wagtail API v2's conventions (R23, R42, R63).

``?search=`` (folded, like the library page), ``?type=``, ``?issuer=``, ``?field=`` (a term's
slug), ``?year=``, ``?status=`` (a validity value), ``?limit=`` (at most 100) and ``?offset=``;
the answer is ``{"meta": {"total_count": N}, "items": [...]}``. ``/api/v2/legal-documents/<id>/``
gives one document. Only GET and HEAD are allowed: the conventions of every register (home/api.py).
"""

from functools import partial

from django.db.models import Exists, OuterRef, Prefetch

from home.api import RegisterEndpoint, absolute_url, choice, integer, iso
from home.fulltext import ranked_search

from .models import DocumentRelation, LegalDocument, RelationKind, Validity

FILTERS = {"type": "doc_type__slug", "issuer": "issuer__slug"}


def term(obj):
    return {"name": obj.name, "slug": obj.slug}


class LegalDocumentsEndpoint(RegisterEndpoint):
    path = "legal-documents"
    name = "api_legal_documents"
    item_name = "api_legal_document"
    model = LegalDocument
    known_params = {"year", "status", "field", *FILTERS}
    ordering = ("-issued", "-pk")
    not_found = "Không tìm thấy văn bản"

    def published(self):
        return (
            LegalDocument.objects.published()
            .defer("full_text", "search_document", "search_vector")  # not in the answer: not read
            .select_related("doc_type", "issuer", "locale")
            .prefetch_related(
                "fields",
                "files__file",
                Prefetch("relations",
                         queryset=DocumentRelation.objects.filter(target__live=True).select_related("target")),
                Prefetch("inverse_relations",
                         queryset=DocumentRelation.objects.filter(source__live=True).select_related("source")),
            )
        )

    def filtered(self, request):
        documents = self.published()
        for param, field in FILTERS.items():
            if request.GET.get(param):
                documents = documents.filter(**{field: request.GET[param]})
        year = integer(request, "year", None, 1945, 2100)
        if year:
            documents = documents.filter(issued__year=year)
        status = choice(request, "status", Validity.values)
        if status:
            documents = documents.with_validity().filter(validity_now=status)
        if request.GET.get("field"):
            # EXISTS rather than a join: a document in several fields is listed once, without DISTINCT.
            through = LegalDocument.fields.through.objects.filter(
                legaldocument=OuterRef("pk"), legalfield__slug=request.GET["field"]
            )
            documents = documents.filter(Exists(through))
        return documents

    def search(self, items, query):
        return ranked_search(items, query, self.ordering)

    def shown(self, page):
        # Validity is computed: only for the items returned, in one query.
        return LegalDocument.objects.validity_of(page)

    def detail_queryset(self):
        return self.published().with_validity()

    def serialise(self, document, request):
        absolute = partial(absolute_url, request)
        relations = [
            {"kind": relation.kind, "label": RelationKind(relation.kind).label, "direction": "outgoing",
             "number": relation.target.number, "url": absolute(relation.target.url)}
            for relation in document.relations.all()
        ] + [
            {"kind": relation.kind, "label": relation.inverse_label, "direction": "incoming",
             "number": relation.source.number, "url": absolute(relation.source.url)}
            for relation in document.inverse_relations.all()
        ]
        return {
            "id": document.pk,
            "meta": self.meta(document, request),
            "number": document.number,
            "type": term(document.doc_type),
            "issuer": term(document.issuer),
            "signer": document.signer,
            "issued": document.issued.isoformat(),
            "effective": iso(document.effective),
            "expires": iso(document.expires),
            "status": document.validity,
            "status_label": Validity(document.validity).label,
            "category": document.category,
            "summary": document.summary,
            "fields": [term(field) for field in document.fields.all()],
            "files": [
                {"title": attachment.label or attachment.file.title, "url": absolute(attachment.file.url),
                 "size": attachment.file.file_size, "digitally_signed": attachment.file.has_digital_signature}
                for attachment in document.files.all()
            ],
            "relations": relations,
            "national_db_url": document.national_db_url or None,
            "url": absolute(document.url),
        }
