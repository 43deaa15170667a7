"""``/api/v2/projects/``, ``/api/v2/bidding-notices/``, ``/api/v2/investment-calls/``: read-only, in the
conventions of every register (home/api.py, Wagtail API v2 style).

Listing: ``{"meta": {"total_count": N}, "items": [...]}`` with ``?limit=`` (at most 100), ``?offset=``,
``?search=`` (folded: ``phong thi nghiem`` finds ``phòng thí nghiệm``) and the filters each endpoint
lists below; ``<id>/`` gives one item. An unknown parameter or a bad value is a 400 with a message in
Vietnamese; only GET and HEAD are allowed; drafts are never shown.
"""

from functools import partial

from django.db.models import F

from home.api import RegisterEndpoint, absolute_url, choice, integer, iso

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


def term(obj):
    return {"name": obj.name, "name_en": obj.name_en or None, "slug": obj.slug} if obj else None


def labelled(value, choices):
    return {"value": value, "label": str(choices(value).label)} if value else None


def files_of(item, absolute):
    return [{"title": attachment.label or attachment.file.title, "url": absolute(attachment.file.url),
             "size": attachment.file.file_size} for attachment in item.files.all()]


def decimal(value):
    return float(value) if value is not None else None


class ProjectsEndpoint(RegisterEndpoint):
    path = "projects"
    name = "api_projects"
    item_name = "api_project"
    model = Project
    known_params = {"status", "field", "type", "group", "funding_type", "area", "year"}
    ordering = (F("start").desc(nulls_last=True), "-pk")
    not_found = "Không tìm thấy dự án"

    def published(self):
        return Project.objects.published().select_related("sector", "area", "decision_document").prefetch_related(
            "files__file")

    def filtered(self, request):
        items = self.published()
        for param, field, choices in (("status", "status", ProjectStatus), ("type", "kind", ProjectKind),
                                      ("group", "group", ProjectGroup), ("funding_type", "funding_type", FundingType)):
            value = choice(request, param, choices.values)
            if value:
                items = items.filter(**{field: value})
        if request.GET.get("field"):
            items = items.filter(sector__slug=request.GET["field"])
        if request.GET.get("area"):
            items = items.filter(area__slug=request.GET["area"])
        year = integer(request, "year", None, 1945, 2100)
        if year:
            items = items.running_in(year)
        return items

    def serialise(self, project, request):
        absolute = partial(absolute_url, request)
        decision = project.decision_document
        return {
            "id": project.pk,
            "meta": self.meta(project, request),
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


class BiddingNoticesEndpoint(RegisterEndpoint):
    path = "bidding-notices"
    name = "api_bidding_notices"
    item_name = "api_bidding_notice"
    model = BiddingNotice
    known_params = {"status", "field", "method", "year", "project"}
    ordering = ("-published_on", "-pk")
    not_found = "Không tìm thấy gói thầu"

    def published(self):
        return BiddingNotice.objects.published().with_status().select_related("project").prefetch_related(
            "files__file")

    def filtered(self, request):
        items = self.published()
        for param, field, choices in (("status", "status_now", BiddingStatus), ("field", "category", BiddingCategory),
                                      ("method", "method", BiddingMethod)):
            value = choice(request, param, choices.values)
            if value:
                items = items.filter(**{field: value})
        year = integer(request, "year", None, 1945, 2100)
        if year:
            items = items.filter(published_on__year=year)
        project = integer(request, "project", None, 1, 2**31 - 1)
        if project:
            items = items.filter(project_id=project)
        return items

    def serialise(self, notice, request):
        absolute = partial(absolute_url, request)
        project = notice.project if notice.project and notice.project.live else None
        return {
            "id": notice.pk,
            "meta": self.meta(notice, request),
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


class InvestmentCallsEndpoint(RegisterEndpoint):
    path = "investment-calls"
    name = "api_investment_calls"
    item_name = "api_investment_call"
    model = InvestmentCall
    known_params = {"kind", "field", "area", "locale"}
    ordering = ("-event_date", "-pk")
    not_found = "Không tìm thấy dự án mời gọi đầu tư"

    def published(self):
        return (InvestmentCall.objects.filter(live=True).select_related("sector", "area", "locale", "legal_basis")
                .prefetch_related("files__file"))

    def filtered(self, request):
        items = self.published()
        value = choice(request, "kind", InvestmentCallKind.values)
        if value:
            items = items.filter(kind=value)
        if request.GET.get("field"):
            items = items.filter(sector__slug=request.GET["field"])
        if request.GET.get("area"):
            items = items.filter(area__slug=request.GET["area"])
        locale = choice(request, "locale", ["vi", "en"])
        if locale:
            items = items.filter(locale__language_code=locale)
        return items

    def serialise(self, call, request):
        absolute = partial(absolute_url, request)
        basis = call.legal_basis if call.legal_basis and call.legal_basis.live else None
        return {
            "id": call.pk,
            "meta": self.meta(call, request),
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
