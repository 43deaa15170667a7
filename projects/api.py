"""``/api/v2/projects/``, ``/api/v2/bidding-notices/``, ``/api/v2/investment-calls/``: read-only, in the
conventions of the library's API (documents/api.py, Wagtail API v2 style).

Listing: ``{"meta": {"total_count": N}, "items": [...]}`` with ``?limit=`` (at most 100), ``?offset=``,
``?search=`` (folded: ``phong thi nghiem`` finds ``phòng thí nghiệm``) and the filters each endpoint
lists below; ``<id>/`` gives one item. An unknown parameter or a bad value is a 400 with a message in
Vietnamese; only GET and HEAD are allowed; drafts are never shown.
"""

from django.db.models import F
from django.http import JsonResponse
from django.views.decorators.http import require_safe

from documents.api import DEFAULT_LIMIT, MAX_LIMIT, BadRequest, integer
from home.search import filter_words

from .models import (
    BiddingCategory,
    BiddingMethod,
    BiddingNotice,
    BiddingStatus,
    FundingType,
    InvestmentCall,
    InvestmentCallKind,
    Project,
    ProjectGroup,
    ProjectKind,
    ProjectStatus,
)

COMMON_PARAMS = {"search", "limit", "offset", "format"}


def choice(request, name, choices):
    value = request.GET.get(name)
    if value and value not in choices.values:
        raise BadRequest(f"{name} phải là một trong: {', '.join(choices.values)}")
    return value


def check_params(request, known):
    unknown = sorted(set(request.GET) - COMMON_PARAMS - set(known))
    if unknown:
        raise BadRequest(f"Tham số không được hỗ trợ: {', '.join(unknown)}")


def term(obj):
    return {"name": obj.name, "name_en": obj.name_en or None, "slug": obj.slug} if obj else None


def labelled(value, choices):
    return {"value": value, "label": str(choices(value).label)} if value else None


def files_of(item, absolute):
    return [{"title": attachment.label or attachment.file.title, "url": absolute(attachment.file.url),
             "size": attachment.file.file_size} for attachment in item.files.all()]


def iso(value):
    return value.isoformat() if value else None


def decimal(value):
    return float(value) if value is not None else None


# --- Projects ---------------------------------------------------------------------------------

def published_projects():
    return Project.objects.published().select_related("sector", "area", "decision_document").prefetch_related(
        "files__file")


def projects(request):
    check_params(request, {"status", "field", "type", "group", "funding_type", "area", "year"})
    items = published_projects()
    for param, field, choices in (("status", "status", ProjectStatus), ("type", "kind", ProjectKind),
                                  ("group", "group", ProjectGroup), ("funding_type", "funding_type", FundingType)):
        value = choice(request, param, choices)
        if value:
            items = items.filter(**{field: value})
    if request.GET.get("field"):
        items = items.filter(sector__slug=request.GET["field"])
    if request.GET.get("area"):
        items = items.filter(area__slug=request.GET["area"])
    year = integer(request, "year", None, 1945, 2100)
    if year:
        items = items.running_in(year)
    return items.order_by(F("start").desc(nulls_last=True), "-pk")


def project_json(project, absolute):
    decision = project.decision_document
    return {
        "id": project.pk,
        "meta": {"type": "projects.Project", "detail_url": absolute(f"/api/v2/projects/{project.pk}/")},
        "name": project.name,
        "code": project.code,
        "investor": project.investor,
        "managing_body": project.managing_body,
        "implementing_unit": project.implementing_unit,
        "objective": project.objective,
        "field": term(project.sector),
        "type": labelled(project.kind, ProjectKind),
        "group": labelled(project.group, ProjectGroup),
        "location": {"address": project.address, "area": term(project.area),
                     "latitude": decimal(project.latitude), "longitude": decimal(project.longitude)},
        "total_investment": project.total_investment,
        "currency": "VND",
        "funding_type": labelled(project.funding_type, FundingType),
        "funding_source": project.funding_source,
        "donor": project.donor,
        "compensation_plan": project.compensation_plan,
        "decision": {"number": decision.number if decision else project.decision_number,
                     "date": iso(project.decision_date),
                     "url": absolute(decision.url) if decision and decision.live else None},
        "start": iso(project.start),
        "end": iso(project.end),
        "status": labelled(project.status, ProjectStatus),
        "progress": project.progress,
        "progress_note": project.progress_note,
        "summary": project.summary,
        "files": files_of(project, absolute),
        "url": absolute(project.url),
    }


# --- Bidding notices --------------------------------------------------------------------------

def published_notices():
    return BiddingNotice.objects.published().with_status().select_related("project").prefetch_related("files__file")


def bidding_notices(request):
    check_params(request, {"status", "field", "method", "year", "project"})
    items = published_notices()
    for param, field, choices in (("status", "status_now", BiddingStatus), ("field", "category", BiddingCategory),
                                  ("method", "method", BiddingMethod)):
        value = choice(request, param, choices)
        if value:
            items = items.filter(**{field: value})
    year = integer(request, "year", None, 1945, 2100)
    if year:
        items = items.filter(published_on__year=year)
    project = integer(request, "project", None, 1, 2**31 - 1)
    if project:
        items = items.filter(project_id=project)
    return items.order_by("-published_on", "-pk")


def notice_json(notice, absolute):
    project = notice.project if notice.project and notice.project.live else None
    return {
        "id": notice.pk,
        "meta": {"type": "projects.BiddingNotice", "detail_url": absolute(f"/api/v2/bidding-notices/{notice.pk}/")},
        "package": notice.package,
        "notice_number": notice.notice_number,
        "project": {"id": project.pk, "name": project.name, "url": absolute(project.url)} if project else None,
        "procuring_entity": notice.procuring_entity,
        "field": labelled(notice.category, BiddingCategory),
        "method": labelled(notice.method, BiddingMethod),
        "estimated_value": notice.estimated_value,
        "currency": "VND",
        "funding_source": notice.funding_source,
        "contract_duration": notice.contract_duration,
        "description": notice.description,
        "published": iso(notice.published_on),
        "closing": iso(notice.closing_at),
        "status": labelled(notice.status, BiddingStatus),
        "result": {"winner": notice.winner, "price": notice.winning_price, "decision": notice.result_decision,
                   "date": iso(notice.result_date)} if notice.outcome == BiddingStatus.AWARDED else None,
        "national_url": notice.national_url or None,
        "files": files_of(notice, absolute),
        "url": absolute(notice.url),
    }


# --- Investment calls -------------------------------------------------------------------------

def published_calls():
    return (InvestmentCall.objects.filter(live=True).select_related("sector", "area", "locale", "legal_basis")
            .prefetch_related("files__file"))


def investment_calls(request):
    check_params(request, {"kind", "field", "area", "locale"})
    items = published_calls()
    value = choice(request, "kind", InvestmentCallKind)
    if value:
        items = items.filter(kind=value)
    if request.GET.get("field"):
        items = items.filter(sector__slug=request.GET["field"])
    if request.GET.get("area"):
        items = items.filter(area__slug=request.GET["area"])
    locale = request.GET.get("locale")
    if locale:
        if locale not in ("vi", "en"):
            raise BadRequest("locale phải là một trong: vi, en")
        items = items.filter(locale__language_code=locale)
    return items.order_by("-event_date", "-pk")


def call_json(call, absolute):
    basis = call.legal_basis if call.legal_basis and call.legal_basis.live else None
    return {
        "id": call.pk,
        "meta": {"type": "projects.InvestmentCall", "detail_url": absolute(f"/api/v2/investment-calls/{call.pk}/"),
                 "locale": call.locale.language_code},
        "title": call.title,
        "kind": {"value": call.kind, "label": str(InvestmentCallKind(call.kind).label)},
        "field": term(call.sector),
        "location": {"address": call.location, "area": term(call.area)},
        "objective": call.objective,
        "scale": call.scale,
        "land_area_ha": decimal(call.land_area),
        "capital": call.capital,
        "currency": "VND",
        "investment_form": call.investment_form,
        "incentives": call.incentives,
        "legal_basis": {"number": basis.number, "url": absolute(basis.url)} if basis else None,
        "contact": call.contact,
        "published": iso(call.event_date),
        "valid_until": iso(call.valid_until),
        "files": files_of(call, absolute),
        "url": absolute(call.url),
    }


# --- Views ------------------------------------------------------------------------------------

def listing_view(queryset_of, serialise):
    @require_safe
    def listing(request):
        def absolute(url):
            return request.build_absolute_uri(url) if url else None

        try:
            limit = integer(request, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT)
            offset = integer(request, "offset", 0, 0, 10**9)
            items = queryset_of(request)
            search = (request.GET.get("search") or "").strip()[:200]
            if search:
                items = filter_words(items, search)
        except BadRequest as error:
            return JsonResponse({"message": str(error)}, status=400)
        return JsonResponse({"meta": {"total_count": items.count()},
                             "items": [serialise(item, absolute) for item in items[offset:offset + limit]]},
                            json_dumps_params={"ensure_ascii": False})

    return listing


def detail_view(published, serialise, not_found):
    @require_safe
    def detail(request, pk):
        item = published().filter(pk=pk).first()
        if item is None:
            return JsonResponse({"message": not_found}, status=404)
        return JsonResponse(serialise(item, lambda url: request.build_absolute_uri(url) if url else None),
                            json_dumps_params={"ensure_ascii": False})

    return detail


projects_listing = listing_view(projects, project_json)
bidding_notices_listing = listing_view(bidding_notices, notice_json)
investment_calls_listing = listing_view(investment_calls, call_json)
project_detail = detail_view(published_projects, project_json, "Không tìm thấy dự án")
bidding_notice_detail = detail_view(published_notices, notice_json, "Không tìm thấy gói thầu")
investment_call_detail = detail_view(published_calls, call_json, "Không tìm thấy dự án mời gọi đầu tư")
