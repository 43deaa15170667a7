"""The statistics and financial-report lists: a year filter kept in the URL, items' URLs."""

import django_filters
from django.core.cache import cache

LIST_URL_SECONDS = 300
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
    page_model = list_page_model(item)
    key = f"stats:list-url:{page_model.__name__}:{item.locale_id}"
    base = cache.get(key)
    if base is None:
        page = page_model.objects.live().filter(locale_id=item.locale_id).first()
        base = page.url if page else ""
        cache.set(key, base, LIST_URL_SECONDS)
    return f"{base}{item.slug}/" if base else ""
