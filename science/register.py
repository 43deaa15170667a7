"""Listing the science register: filters kept in the URL, facet counts, topics' URLs (R12)."""

import django_filters
from django import forms

from home.registers import Facet, index_url
from home.text import fold, words

from .models import ManagementLevel, ScienceField, ScienceTopic, TopicStatus

MAX_TERMS = 12


class TopicFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(label="Từ khóa", method="filter_text",
                                  widget=forms.TextInput(attrs={"type": "search", "maxlength": 200}))
    linh_vuc = django_filters.MultipleChoiceFilter(label="Lĩnh vực", field_name="field",
                                                   choices=ScienceField.choices, distinct=False)
    cap = django_filters.MultipleChoiceFilter(label="Cấp quản lý", field_name="level",
                                              choices=ManagementLevel.choices, distinct=False)
    tinh_trang = django_filters.MultipleChoiceFilter(label="Tình trạng", field_name="status",
                                                     choices=TopicStatus.choices, distinct=False)
    nam = django_filters.NumberFilter(label="Năm thực hiện", method="filter_year", min_value=1945, max_value=2100)

    class Meta:
        model = ScienceTopic
        fields = []

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.form.fields["q"].widget.attrs["placeholder"] = "Mã số, tên, tổ chức chủ trì, chủ nhiệm…"

    def filter_year(self, queryset, name, value):
        """Topics carried out during the year: started by its end and not finished before it began."""
        return queryset.filter(period_start__year__lte=value, period_end__year__gte=value)

    def filter_text(self, queryset, name, value):
        # Every folded word must be a word of the folded index text (``nong nghiep`` finds ``Nông nghiệp``).
        for term in [fold(word) for word in words(value)][:MAX_TERMS]:
            queryset = queryset.filter(search_document__contains=f" {term} ")
        return queryset


FACETS = (
    Facet("linh_vuc", "Lĩnh vực", "field", choices=dict(ScienceField.choices)),
    Facet("cap", "Cấp quản lý", "level", choices=dict(ManagementLevel.choices)),
    Facet("tinh_trang", "Tình trạng", "status", choices=dict(TopicStatus.choices)),
)


def register_url(locale_id):
    """The URL of the language's science register page ("" when there is none), cached briefly."""
    from .models import ScienceRegisterPage

    return index_url(ScienceRegisterPage, locale_id)


def topic_url(topic):
    base = register_url(topic.locale_id)
    return f"{base}{topic.slug}/" if base else ""
