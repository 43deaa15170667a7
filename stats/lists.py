"""The statistics and financial-report lists: a year filter kept in the URL, items' URLs."""

import django_filters

from home.registers import index_url

_filtersets = {}


def filterset_for(model, year_field):
    """A FilterSet over ``model`` with ``nam`` (a year of ``year_field``); made once per model."""
    if model not in _filtersets:
        lookup = "exact" if year_field == "year" else "year"
        attrs = {
            "nam": django_filters.NumberFilter(label="Năm", field_name=year_field, lookup_expr=lookup,
                                               min_value=1945, max_value=2100),
            "Meta": type("Meta", (), {"model": model, "fields": []}),
        }
        _filtersets[model] = type(f"{model.__name__}Filter", (django_filters.FilterSet,), attrs)
    return _filtersets[model]


def list_page_model(item):
    from .models import FinancialReport, FinancialReportsPage, StatisticsPage

    return FinancialReportsPage if isinstance(item, FinancialReport) else StatisticsPage


def item_url(item):
    """``<list page URL><slug>/`` in the item's language, or "" when the list page is missing."""
    base = index_url(list_page_model(item), item.locale_id)
    return f"{base}{item.slug}/" if base else ""
