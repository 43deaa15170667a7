"""The lists' filters, kept in the URL so a filtered list can be shared (R6: field, type, status,
year, location), and the facets counted beside them (home/registers.py)."""

import django_filters
from django import forms
from django.db.models import F
from django.utils.translation import gettext_lazy as _

from home.registers import Facet, TermFacet, TermFilter
from home.search import filter_words

from .models import (
    Area,
    BiddingCategory,
    BiddingMethod,
    BiddingStatus,
    FundingType,
    InvestmentCallKind,
    ProjectGroup,
    ProjectKind,
    ProjectStatus,
    Sector,
)

YEARS = {"min_value": 1945, "max_value": 2100}


def keyword_field(label):
    return django_filters.CharFilter(label=label, method="filter_text",
                                     widget=forms.TextInput(attrs={"type": "search", "maxlength": 200}))


class TextFilterMixin:
    def filter_text(self, queryset, name, value):
        return filter_words(queryset, value)


class ProjectFilter(TextFilterMixin, django_filters.FilterSet):
    q = keyword_field("Từ khóa")
    trang_thai = django_filters.MultipleChoiceFilter(label="Tình trạng", field_name="status",
                                                     choices=ProjectStatus.choices, distinct=False)
    linh_vuc = TermFilter(label="Lĩnh vực", field_name="sector", queryset=Sector.objects.all())
    loai = django_filters.MultipleChoiceFilter(label="Loại dự án", field_name="kind", choices=ProjectKind.choices,
                                               distinct=False)
    nhom = django_filters.MultipleChoiceFilter(label="Nhóm dự án", field_name="group", choices=ProjectGroup.choices,
                                               distinct=False)
    nguon_von = django_filters.MultipleChoiceFilter(label="Loại hình tài trợ", field_name="funding_type",
                                                    choices=FundingType.choices, distinct=False)
    dia_ban = TermFilter(label="Địa bàn", field_name="area", queryset=Area.objects.all())
    nam = django_filters.NumberFilter(label="Năm thực hiện", method="filter_year", **YEARS)

    class Meta:
        fields = []

    def filter_year(self, queryset, name, year):
        return queryset.running_in(year)

    def filter_queryset(self, queryset):
        return super().filter_queryset(queryset).order_by(F("start").desc(nulls_last=True), "-pk")


PROJECT_FACETS = (
    Facet("trang_thai", "Tình trạng", "status", choices=dict(ProjectStatus.choices)),
    TermFacet("linh_vuc", "Lĩnh vực", "sector__slug"),
    Facet("loai", "Loại dự án", "kind", choices=dict(ProjectKind.choices)),
    Facet("nhom", "Nhóm dự án", "group", choices=dict(ProjectGroup.choices)),
    Facet("nguon_von", "Loại hình tài trợ", "funding_type", choices=dict(FundingType.choices)),
    TermFacet("dia_ban", "Địa bàn", "area__slug"),
)


class BiddingFilter(TextFilterMixin, django_filters.FilterSet):
    q = keyword_field("Từ khóa")
    trang_thai = django_filters.MultipleChoiceFilter(label="Tình trạng", field_name="status_now",
                                                     choices=BiddingStatus.choices, distinct=False)
    linh_vuc = django_filters.MultipleChoiceFilter(label="Lĩnh vực", field_name="category",
                                                   choices=BiddingCategory.choices, distinct=False)
    hinh_thuc = django_filters.MultipleChoiceFilter(label="Hình thức lựa chọn nhà thầu", field_name="method",
                                                    choices=BiddingMethod.choices, distinct=False)
    nam = django_filters.NumberFilter(label="Năm đăng tải", field_name="published_on", lookup_expr="year", **YEARS)

    class Meta:
        fields = []

    def filter_queryset(self, queryset):
        return super().filter_queryset(queryset).order_by("-published_on", "-pk")


BIDDING_FACETS = (
    Facet("trang_thai", "Tình trạng", "status_now", choices=dict(BiddingStatus.choices)),
    Facet("linh_vuc", "Lĩnh vực", "category", choices=dict(BiddingCategory.choices)),
    Facet("hinh_thuc", "Hình thức lựa chọn nhà thầu", "method", choices=dict(BiddingMethod.choices)),
)


class InvestmentCallFilter(TextFilterMixin, django_filters.FilterSet):
    # Labels through gettext: this list is also the English channel's (R15).
    q = keyword_field(_("Keywords"))
    loai = django_filters.MultipleChoiceFilter(label=_("Kind"), field_name="kind", choices=InvestmentCallKind.choices,
                                               distinct=False)
    linh_vuc = TermFilter(label=_("Sector"), field_name="sector", queryset=Sector.objects.all())
    dia_ban = TermFilter(label=_("Area"), field_name="area", queryset=Area.objects.all())

    class Meta:
        fields = []

    def filter_queryset(self, queryset):
        return super().filter_queryset(queryset).order_by("-event_date", "-pk")


INVESTMENT_FACETS = (
    Facet("loai", _("Kind"), "kind", choices=dict(InvestmentCallKind.choices)),
    TermFacet("linh_vuc", _("Sector"), "sector__slug"),
    TermFacet("dia_ban", _("Area"), "area__slug"),
)
