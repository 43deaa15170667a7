"""``/api/v2/procedures/``: the catalogue of procedures, read-only, in the conventions of every
register (home/api.py: Wagtail API v2's shape, 400 with a Vietnamese message).

``?search=`` (folded, like the catalogue page), ``?for=`` (citizen, organisation), ``?sector=`` (a sector's slug), ``?level=``
(province, district, commune), ``?service_level=`` (1-4, Nghị định 43/2011), ``?online=`` (full,
partial, none, Nghị định 42/2022), ``?locale=`` (vi, en), ``?limit=`` (at most 100) and ``?offset=``;
the answer is ``{"meta": {"total_count": N}, "items": [...]}``. ``/api/v2/procedures/<id>/`` gives one
procedure. Only GET and HEAD are allowed.
"""

from functools import partial

from django.db.models import Prefetch

from home.api import RegisterEndpoint, absolute_url, choice, integer
from home.fulltext import ranked_search

from .levels import GovernmentLevel, OnlineLevel, OnlineMode
from .models import ApplicantType, Procedure, ProcedureLegalBasis, UsageStat


class ProceduresEndpoint(RegisterEndpoint):
    path = "procedures"
    name = "api_procedures"
    item_name = "api_procedure"
    model = Procedure
    known_params = {"for", "sector", "level", "service_level", "online", "locale"}
    ordering = ("code", "pk")
    not_found = "Không tìm thấy thủ tục"

    def published(self):
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

    def filtered(self, request):
        procedures = self.published()
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
        return procedures

    def search(self, items, query):
        return ranked_search(items, query, self.ordering)

    def serialise(self, procedure, request):
        from .catalogue import online_service_url

        absolute = partial(absolute_url, request)
        unit = procedure.handling_unit
        return {
            "id": procedure.pk,
            "meta": self.meta(procedure, request),
            "code": procedure.code,
            "name": procedure.name,
            "for": procedure.applicant_type,
            "sector": {"name": procedure.sector.name, "name_en": procedure.sector.name_en,
                       "slug": procedure.sector.slug},
            "level": procedure.government_level,
            "service_level": procedure.online_level,
            "online": procedure.mode,
            "for_foreigners": procedure.for_foreigners,
            "processing_time": procedure.processing_time,
            "fees": procedure.fees,
            "handling_unit": {"name": unit.name, "email": unit.email or None,
                              "phone": unit.phone or None} if unit else None,
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
