"""``/api/v2/procedures/``: the catalogue of procedures, read-only, in the conventions of the
documents API (documents/api.py: Wagtail API v2's shape, 400 with a Vietnamese message).

``?search=`` (folded, like the catalogue page), ``?for=`` (citizen, organisation), ``?sector=`` (a sector's slug), ``?level=``
(province, district, commune), ``?service_level=`` (1-4, Nghị định 43/2011), ``?online=`` (full,
partial, none, Nghị định 42/2022), ``?locale=`` (vi, en), ``?limit=`` (at most 100) and ``?offset=``;
the answer is ``{"meta": {"total_count": N}, "items": [...]}``. ``/api/v2/procedures/<id>/`` gives one
procedure. Only GET and HEAD are allowed.
"""

from django.db.models import Prefetch
from django.http import JsonResponse
from django.views.decorators.http import require_safe

from documents.api import DEFAULT_LIMIT, MAX_LIMIT, BadRequest, integer
from documents.search import search_documents

from .levels import GovernmentLevel, OnlineLevel, OnlineMode
from .models import ApplicantType, Procedure, ProcedureLegalBasis, UsageStat

KNOWN_PARAMS = {"search", "for", "sector", "level", "service_level", "online", "locale", "limit", "offset", "format"}


def published_procedures():
    return (
        Procedure.objects.published()
        .select_related("sector", "locale", "handling_unit")
        .prefetch_related(
            "forms__file",
            Prefetch("legal_basis", queryset=ProcedureLegalBasis.objects.filter(document__live=True)
                     .select_related("document")),
            Prefetch("usage_stats", queryset=UsageStat.objects.order_by("-year", "-period")),
        )
    )


def serialise(procedure, request):
    def absolute(url):
        return request.build_absolute_uri(url) if url else None

    from .catalogue import online_service_url

    unit = procedure.handling_unit
    return {
        "id": procedure.pk,
        "meta": {"type": "services.Procedure", "detail_url": absolute(f"/api/v2/procedures/{procedure.pk}/"),
                 "locale": procedure.locale.language_code},
        "code": procedure.code,
        "name": procedure.name,
        "for": procedure.applicant_type,
        "sector": {"name": procedure.sector.name, "name_en": procedure.sector.name_en, "slug": procedure.sector.slug},
        "level": procedure.government_level,
        "service_level": procedure.online_level,
        "online": procedure.mode,
        "for_foreigners": procedure.for_foreigners,
        "processing_time": procedure.processing_time,
        "fees": procedure.fees,
        "handling_unit": {"name": unit.name, "email": unit.email or None, "phone": unit.phone or None} if unit else None,
        "officer": {"name": procedure.officer or None, "phone": procedure.officer_phone or None,
                    "email": procedure.officer_email or None},
        "forms": [{"title": form.label or form.file.title, "url": absolute(form.file.url),
                   "size": form.file.file_size} for form in procedure.forms.all()],
        "legal_basis": [{"number": basis.document.number, "url": absolute(basis.document.url)}
                        for basis in procedure.legal_basis.all()],
        "usage": [{"year": stat.year, "period": stat.period or "year", "uses": stat.uses,
                   "processed": stat.processed, "processed_on_time": stat.processed_on_time}
                  for stat in procedure.usage_stats.all()],
        "online_service_url": online_service_url(request, procedure) or None,
        "url": absolute(procedure.url),
    }


def choice(request, name, values):
    value = request.GET.get(name)
    if value and value not in values:
        raise BadRequest(f"{name} phải là một trong: {', '.join(str(v) for v in values)}")
    return value


def filtered(request):
    unknown = sorted(set(request.GET) - KNOWN_PARAMS)
    if unknown:
        raise BadRequest(f"Tham số không được hỗ trợ: {', '.join(unknown)}")
    procedures = published_procedures()
    if request.GET.get("sector"):
        procedures = procedures.filter(sector__slug=request.GET["sector"])
    applicant = choice(request, "for", [ApplicantType.CITIZEN, ApplicantType.ORGANISATION])
    if applicant:
        procedures = procedures.filter(applicant_type__in=[applicant, ApplicantType.ALL])
    level = choice(request, "level", GovernmentLevel.values)
    if level:
        procedures = procedures.filter(government_level=level)
    service_level = integer(request, "service_level", None, min(OnlineLevel.values), max(OnlineLevel.values))
    if service_level:
        procedures = procedures.filter(online_level=service_level)
    online = choice(request, "online", OnlineMode.values)
    if online:
        procedures = procedures.filter(online_mode=online)
    locale = choice(request, "locale", ["vi", "en"])
    if locale:
        procedures = procedures.filter(locale__language_code=locale)
    search = (request.GET.get("search") or "").strip()[:200]
    if search:
        found = search_documents(procedures, search)
        if found is not None:
            return found.order_by("-exact_match", "-rank", "code", "pk")
    return procedures.order_by("code", "pk")


@require_safe
def procedures_listing(request):
    try:
        limit = integer(request, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT)
        offset = integer(request, "offset", 0, 0, 10**9)
        procedures = filtered(request)
    except BadRequest as error:
        return JsonResponse({"message": str(error)}, status=400)
    total = procedures.count()
    items = [serialise(procedure, request) for procedure in procedures[offset:offset + limit]]
    return JsonResponse({"meta": {"total_count": total}, "items": items}, json_dumps_params={"ensure_ascii": False})


@require_safe
def procedure_detail(request, pk):
    procedure = published_procedures().filter(pk=pk).first()
    if procedure is None:
        return JsonResponse({"message": "Không tìm thấy thủ tục"}, status=404)
    return JsonResponse(serialise(procedure, request), json_dumps_params={"ensure_ascii": False})
