"""Full-text search in the library: folded and exact words (home.text.index_text), fast on
PostgreSQL through a stored tsvector with a GIN index, word matching on SQLite."""

from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector
from django.db import connection
from django.db.models import Case, F, FloatField, IntegerField, Q, Value, When

from home.text import exact_key, fold, words

MAX_TERMS = 12


def update_search_vector(document):
    if connection.vendor == "postgresql":
        type(document).objects.filter(pk=document.pk).update(
            search_vector=SearchVector(Value(document.search_document), config="simple")
        )


def _contains_word(term):
    return Q(search_document__startswith=f"{term} ") | Q(search_document__contains=f" {term} ") | Q(
        search_document__endswith=f" {term}"
    ) | Q(search_document=term)


def search_documents(queryset, query):
    """``queryset`` narrowed to documents holding every word of ``query`` once folded, annotated
    with ``exact_match`` (1 when every word is there with its marks) and ``rank``; or None when
    the query has no word."""
    terms = words(query)[:MAX_TERMS]
    if not terms:
        return None
    folded = [fold(term) for term in terms]
    exact = [key for key in (exact_key(term) for term in terms) if not key.isdigit()]
    if exact:
        all_exact = Q()
        for key in exact:
            all_exact &= _contains_word(key)
        exact_match = Case(When(all_exact, then=Value(1)), default=Value(0), output_field=IntegerField())
    else:  # only numbers: nothing to tell apart by marks
        exact_match = Value(1, output_field=IntegerField())
    queryset = queryset.annotate(exact_match=exact_match)
    if connection.vendor == "postgresql":
        match = SearchQuery(" ".join(folded), config="simple", search_type="plain")
        return queryset.filter(search_vector=match).annotate(rank=SearchRank(F("search_vector"), match))
    condition = Q()
    for term in folded:
        condition &= _contains_word(term)
    return queryset.filter(condition).annotate(rank=Value(0.0, output_field=FloatField()))
