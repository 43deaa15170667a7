"""Listing the catalogue (R7): filters kept in the URL, facets, the scale shown, procedures' URLs."""

import django_filters
from django import forms
from django.db.models import Count
from django.utils.translation import gettext_lazy as _

from home.fulltext import search_documents
from home.models import AgencySettings
from home.registers import Facet, TermFacet, TermFilter, index_url

from .levels import GovernmentLevel, OnlineLevel, OnlineMode, Scale, scale_for
from directory.models import Unit

from .models import ApplicantType, Procedure, Sector, ServiceSettings



class ProcedureFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(label=_("Keywords"), method="filter_text",
                                  widget=forms.TextInput(attrs={"type": "search", "maxlength": 200}))
    doi_tuong = django_filters.MultipleChoiceFilter(
        label=_("For"), choices=[c for c in ApplicantType.choices if c[0] != ApplicantType.ALL],
        method="filter_applicants",
    )
    # Foreign keys and plain fields cannot repeat a row: no DISTINCT.
    linh_vuc = TermFilter(label=_("Sector"), field_name="sector", queryset=Sector.objects.all())
    cap = django_filters.MultipleChoiceFilter(label=_("Level of government"), field_name="government_level",
                                              choices=GovernmentLevel.choices, distinct=False)
    muc_do = django_filters.MultipleChoiceFilter(label=_("Service level"), field_name="online_level",
                                                 choices=[(str(v), label) for v, label in OnlineLevel.choices],
                                                 distinct=False)
    truc_tuyen = django_filters.MultipleChoiceFilter(label=_("Online service"), field_name="online_mode",
                                                     choices=OnlineMode.choices, distinct=False)
    co_quan = TermFilter(label=_("Handling unit"), field_name="handling_unit", queryset=Unit.objects.all())

    class Meta:
        model = Procedure
        fields = []

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.form.fields["q"].widget.attrs["placeholder"] = _("Procedure name or code…")

    def filter_applicants(self, queryset, name, value):
        # A service for citizens and organisations is in both groups.
        return queryset.filter(applicant_type__in=[*value, ApplicantType.ALL]) if value else queryset

    def filter_text(self, queryset, name, value):
        # The library's folded search (home.text.index_text): "cap giay phep" finds "cấp giấy phép".
        found = search_documents(queryset, value)
        return queryset if found is None else found

    def filter_queryset(self, queryset):
        queryset = super().filter_queryset(queryset)
        if self.form.cleaned_data.get("q") and "rank" in queryset.query.annotations:
            return queryset.order_by("-exact_match", "-rank", "code")
        return queryset.order_by("sector__sort_order", "sector__name", "code")


class ApplicantFacet(Facet):
    """Citizens / organisations: a service for both counts in each group."""

    def __init__(self):
        super().__init__("doi_tuong", _("For"), "applicant_type")

    def counts(self, queryset):
        rows = dict(queryset.order_by().values_list("applicant_type").annotate(total=Count("pk")))
        both = rows.get(ApplicantType.ALL, 0)
        return [{"value": value, "label": str(label), "count": rows.get(value, 0) + both}
                for value, label in ApplicantType.choices if value != ApplicantType.ALL and rows.get(value, 0) + both]


SECTOR_FACET = TermFacet("linh_vuc", _("Sector"), "sector__slug")


def facets_for(scale, english=False):
    """The catalogue's facets; the service level is counted on the scale the portal shows."""
    if scale == Scale.DECREE_43:
        level = Facet("muc_do", _("Service level"), "online_level", choices={v: label for v, label in OnlineLevel.choices})
    else:
        level = Facet("truc_tuyen", _("Online service"), "online_mode", choices=dict(OnlineMode.choices))
    facets = (ApplicantFacet(), SECTOR_FACET,
              Facet("cap", _("Level of government"), "government_level", choices=dict(GovernmentLevel.choices)), level)
    if english:
        return facets  # units are named in Vietnamese: no list of them on the English channel
    return facets + (Facet("co_quan", _("Handling unit"), "handling_unit__slug", "handling_unit__name"),)


def service_scale(request):
    return scale_for(ServiceSettings.for_request(request), AgencySettings.for_request(request))


def catalogue_url(locale_id):
    """The URL of the catalogue page of a language (cached: every procedure link needs it)."""
    from .models import ProcedureCatalogPage

    return index_url(ProcedureCatalogPage, locale_id)


def procedure_url(procedure):
    base = catalogue_url(procedure.locale_id)
    return f"{base}{procedure.slug}/" if base and procedure.slug else ""


def online_service_url(request, procedure):
    """The procedure on the public-service portal: its own link, or built from the settings."""
    if procedure.online_url:
        return procedure.online_url
    portal = AgencySettings.for_request(request).public_service_portal_url
    return ServiceSettings.for_request(request).service_url(portal, procedure.code)


def service_context(request, procedure):
    """What a procedure's page shows besides the procedure itself."""
    scale = service_scale(request)
    source = procedure.source_procedure() if procedure.is_online else None
    return {
        "scale": scale,
        "level_label": procedure.level_label(scale),
        "service_url": online_service_url(request, procedure),
        "unit": procedure.localized_unit(),
        "usage_stats": list(source.usage_stats.order_by("-year", "-period")) if source else [],
        "legal_documents": [basis.document for basis in procedure.legal_basis.all() if basis.document.live],
    }
