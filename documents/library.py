"""Listing the library: filters kept in the URL (R21), URLs of documents."""


import django_filters
from django import forms
from django.db.models import Exists, OuterRef
from django.core.exceptions import ValidationError

from home.fulltext import search_documents
from home.registers import Facet, TermFilter, index_url

from .models import Category, DocumentType, GazetteIssue, Issuer, LegalDocument, LegalField, Validity

DATE_INPUT = ["%d/%m/%Y", "%Y-%m-%d"]
SORTS = {"moi-nhat": "Mới ban hành trước", "cu-nhat": "Cũ trước", "lien-quan": "Liên quan nhất"}


class DocumentFilterForm(forms.Form):
    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("tu_ngay"), cleaned.get("den_ngay")
        if start and end and end < start:
            raise ValidationError("Ngày kết thúc phải sau hoặc bằng ngày bắt đầu.")
        return cleaned


class DocumentFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(label="Từ khóa", method="filter_text",
                                  widget=forms.TextInput(attrs={"type": "search", "maxlength": 200}))
    loai = TermFilter(label="Loại văn bản", field_name="doc_type", queryset=DocumentType.objects.all())
    co_quan = TermFilter(label="Cơ quan ban hành", field_name="issuer", queryset=Issuer.objects.all())
    linh_vuc = django_filters.ModelMultipleChoiceFilter(
        label="Lĩnh vực", to_field_name="slug", queryset=LegalField.objects.all(), method="filter_fields",
    )
    nam = django_filters.NumberFilter(label="Năm ban hành", field_name="issued", lookup_expr="year",
                                      min_value=1945, max_value=2100)
    tu_ngay = django_filters.DateFilter(label="Ban hành từ ngày", field_name="issued", lookup_expr="gte",
                                        input_formats=DATE_INPUT)
    den_ngay = django_filters.DateFilter(label="đến ngày", field_name="issued", lookup_expr="lte",
                                         input_formats=DATE_INPUT)
    hieu_luc = django_filters.MultipleChoiceFilter(label="Hiệu lực", choices=Validity.choices, distinct=False,
                                                   method="filter_validity")
    nhom = django_filters.ChoiceFilter(label="Nhóm văn bản", field_name="category", choices=Category.choices,
                                       empty_label="Tất cả")
    sap_xep = django_filters.ChoiceFilter(label="Sắp xếp", choices=list(SORTS.items()), method="sort",
                                          empty_label="Mặc định (liên quan nhất khi có từ khóa)")

    class Meta:
        model = LegalDocument
        fields = []
        form = DocumentFilterForm

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.form.fields["q"].widget.attrs["placeholder"] = "Số ký hiệu, trích yếu, người ký…"

    def filter_fields(self, queryset, name, value):
        """A document in any of the chosen fields, tested with EXISTS so rows are never repeated."""
        if not value:
            return queryset
        through = LegalDocument.fields.through.objects.filter(legaldocument=OuterRef("pk"), legalfield__in=value)
        return queryset.filter(Exists(through))

    def filter_validity(self, queryset, name, value):
        """Validity is computed (dates, relations): only a list filtered or counted on it pays for that."""
        return queryset.with_validity().filter(validity_now__in=value) if value else queryset

    def filter_text(self, queryset, name, value):
        found = search_documents(queryset, value)
        return queryset if found is None else found

    def sort(self, queryset, name, value):
        return queryset  # applied last, in ``filter_queryset``

    def filter_queryset(self, queryset):
        queryset = super().filter_queryset(queryset)
        sort = self.form.cleaned_data.get("sap_xep") or ("lien-quan" if self.form.cleaned_data.get("q") else "moi-nhat")
        if sort == "lien-quan" and self.form.cleaned_data.get("q"):
            return queryset.order_by("-exact_match", "-rank", "-issued", "-pk")
        if sort == "cu-nhat":
            return queryset.order_by("issued", "pk")
        return queryset.order_by("-issued", "-pk")



FACETS = (
    Facet("loai", "Loại văn bản", "doc_type__slug", "doc_type__name"),
    Facet("co_quan", "Cơ quan ban hành", "issuer__slug", "issuer__name"),
    Facet("linh_vuc", "Lĩnh vực", "fields__slug", "fields__name", distinct=True),
    Facet("hieu_luc", "Hiệu lực", "validity_now", choices=dict(Validity.choices),
          prepare=lambda queryset: queryset.with_validity()),
)


def library_url(locale_id):
    """The URL of the main library page (the one without a category) of a language."""
    from .models import LegalLibraryPage

    return index_url(LegalLibraryPage, locale_id, category="")


def document_url(document, request=None):
    base = library_url(document.locale_id)
    return f"{base}{document.slug}/" if base else ""


class GazetteFilter(django_filters.FilterSet):
    nam = django_filters.NumberFilter(label="Năm", field_name="date", lookup_expr="year", min_value=1945,
                                      max_value=2100)

    class Meta:
        model = GazetteIssue
        fields = []
