"""``/api/v2/legal-documents/``: the library, read-only, in Wagtail API v2's conventions (R23, R42, R63).

``?search=`` (folded, like the library page), ``?type=``, ``?issuer=``, ``?field=`` (a term's
slug), ``?year=``, ``?status=`` (a validity value), ``?limit=`` (at most 100) and ``?offset=``;
the answer is ``{"meta": {"total_count": N}, "items": [...]}``. ``/api/v2/legal-documents/<id>/``
gives one document. Only GET and HEAD are allowed.
"""

from django.db.models import Exists, OuterRef, Prefetch
from django.http import JsonResponse
from django.views.decorators.http import require_safe

from .models import DocumentRelation, LegalDocument, RelationKind, Validity
from .search import search_documents

DEFAULT_LIMIT = 20
MAX_LIMIT = 100
FILTERS = {"type": "doc_type__slug", "issuer": "issuer__slug"}
KNOWN_PARAMS = {"search", "limit", "offset", "year", "status", "format", "field", *FILTERS}


class BadRequest(Exception):
    pass


def published_documents():
    return (
        LegalDocument.objects.published()
        .defer("full_text", "search_document", "search_vector")  # not in the answer: not read
        .select_related("doc_type", "issuer", "locale")
        .prefetch_related(
            "fields",
            "files__file",
            Prefetch("relations", queryset=DocumentRelation.objects.filter(target__live=True).select_related("target")),
            Prefetch("inverse_relations",
                     queryset=DocumentRelation.objects.filter(source__live=True).select_related("source")),
        )
    )


def term(obj):
    return {"name": obj.name, "slug": obj.slug}


def serialise(document, request):
    def absolute(url):
        return request.build_absolute_uri(url) if url else None

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
        "meta": {"type": "documents.LegalDocument", "detail_url": absolute(f"/api/v2/legal-documents/{document.pk}/"),
                 "locale": document.locale.language_code},
        "number": document.number,
        "type": term(document.doc_type),
        "issuer": term(document.issuer),
        "signer": document.signer,
        "issued": document.issued.isoformat(),
        "effective": document.effective.isoformat() if document.effective else None,
        "expires": document.expires.isoformat() if document.expires else None,
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


def integer(request, name, default, minimum, maximum):
    raw = request.GET.get(name)
    if raw in (None, ""):
        return default
    try:
        value = int(raw)
    except ValueError:
        raise BadRequest(f"{name} phải là một số nguyên") from None
    if not minimum <= value <= maximum:
        raise BadRequest(f"{name} phải trong khoảng {minimum} đến {maximum}")
    return value


def filtered(request):
    unknown = sorted(set(request.GET) - KNOWN_PARAMS)
    if unknown:
        raise BadRequest(f"Tham số không được hỗ trợ: {', '.join(unknown)}")
    documents = published_documents()
    for param, field in FILTERS.items():
        if request.GET.get(param):
            documents = documents.filter(**{field: request.GET[param]})
    year = integer(request, "year", None, 1945, 2100)
    if year:
        documents = documents.filter(issued__year=year)
    status = request.GET.get("status")
    if status:
        if status not in Validity.values:
            raise BadRequest(f"status phải là một trong: {', '.join(Validity.values)}")
        documents = documents.with_validity().filter(validity_now=status)
    if request.GET.get("field"):
        # EXISTS rather than a join: a document in several fields is listed once, without DISTINCT.
        through = LegalDocument.fields.through.objects.filter(
            legaldocument=OuterRef("pk"), legalfield__slug=request.GET["field"]
        )
        documents = documents.filter(Exists(through))
    search = (request.GET.get("search") or "").strip()[:200]
    if search:
        found = search_documents(documents, search)
        if found is not None:
            return found.order_by("-exact_match", "-rank", "-issued", "-pk")
    return documents.order_by("-issued", "-pk")


@require_safe
def legal_documents_listing(request):
    try:
        limit = integer(request, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT)
        offset = integer(request, "offset", 0, 0, 10**9)
        documents = filtered(request)
    except BadRequest as error:
        return JsonResponse({"message": str(error)}, status=400)
    total = documents.count()
    # Validity is computed: only for the items returned, in one query.
    shown = LegalDocument.objects.validity_of(documents[offset:offset + limit])
    items = [serialise(document, request) for document in shown]
    return JsonResponse({"meta": {"total_count": total}, "items": items},
                        json_dumps_params={"ensure_ascii": False})


@require_safe
def legal_document_detail(request, pk):
    document = published_documents().with_validity().filter(pk=pk).first()
    if document is None:
        return JsonResponse({"message": "Không tìm thấy văn bản"}, status=404)
    return JsonResponse(serialise(document, request), json_dumps_params={"ensure_ascii": False})
