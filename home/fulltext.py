"""Full-text search of the registers that store a search text (the library, the procedures):
folded and exact words (home.text.index_text), fast on PostgreSQL through a stored tsvector
(``search_vector``) with a GIN index, word matching on ``search_document`` on SQLite."""

from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector
from django.db import connection
from django.db.models import Case, Exists, F, FloatField, IntegerField, Q, Value, When

from home.text import exact_key, fold, words

MAX_TERMS = 12
# Above this many matches, relevance is the exact-marks tier then the date: computing ts_rank
# for tens of thousands of rows costs more than it tells (docs/library.md, "Speed").
RANK_AT_MOST = 1000


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
    if connection.vendor == "postgresql":
        # The exact keys are words of the stored tsvector too: one more tsquery test per row, no LIKE.
        match = SearchQuery(" ".join(folded), config="simple", search_type="plain")
        if exact:
            exact_query = SearchQuery(" ".join(exact), config="simple", search_type="plain")
            # As a set from the GIN index (a hashed subplan), not a test of each row's tsvector,
            # which would read (detoast) every match's vector just to sort.
            exact_ids = queryset.model._base_manager.filter(search_vector=exact_query).values("pk")
            exact_match = Case(When(pk__in=exact_ids, then=Value(1)), default=Value(0), output_field=IntegerField())
        else:  # only numbers: nothing to tell apart by marks
            exact_match = Value(1, output_field=IntegerField())
        # Evaluated once per statement (an InitPlan): is there a match beyond the RANK_AT_MOST-th?
        many = Exists(queryset.model._base_manager.filter(search_vector=match).order_by()[RANK_AT_MOST:RANK_AT_MOST + 1])
        rank = Case(When(many, then=Value(0.0)), default=SearchRank(F("search_vector"), match),
                    output_field=FloatField())
        return queryset.filter(search_vector=match).annotate(exact_match=exact_match, rank=rank)
    if exact:
        all_exact = Q()
        for key in exact:
            all_exact &= _contains_word(key)
        exact_match = Case(When(all_exact, then=Value(1)), default=Value(0), output_field=IntegerField())
    else:
        exact_match = Value(1, output_field=IntegerField())
    queryset = queryset.annotate(exact_match=exact_match)
    condition = Q()
    for term in folded:
        condition &= _contains_word(term)
    return queryset.filter(condition).annotate(rank=Value(0.0, output_field=FloatField()))


def ranked_search(queryset, query, ordering):
    """:func:`search_documents` in order of relevance (exact marks first, then rank), ties in
    ``ordering``; ``queryset`` as it is when the query has no word."""
    found = search_documents(queryset, query)
    return queryset if found is None else found.order_by("-exact_match", "-rank", *ordering)
