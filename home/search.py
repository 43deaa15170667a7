"""The portal's site search (R40): one search over every kind of public content.

- Indexing: a searchable model mixes in :class:`FoldedSearchMixin` and adds
  ``FOLDED_SEARCH_FIELDS`` to its ``search_fields``; every text it already declares as a
  ``SearchField`` is then also indexed folded and as exact keys (``home.text.index_text``).
- Sources: :func:`search_sources` lists what the search goes through. Pages of every type
  are one source; an app adds its snippets with the Wagtail hook ``portal_search_sources``
  (a function returning a :class:`SearchSource` or a list of them).
- Ranking: results that contain every word of the query *with its marks* come first, then
  those that match only once folded; within each tier the search backend's relevance.

See docs/search.md.
"""

from dataclasses import dataclass, field

from django.db.models import Manager
from django.utils.functional import cached_property
from django.utils.html import strip_tags
from django.utils.text import Truncator
from wagtail import hooks
from wagtail.models import Locale, Page
from wagtail.search import index
from wagtail.search.backends import get_search_backend
from wagtail.search.query import And, Not, PlainText

from .text import exact_key, fold, folded_words, has_marks, index_text, to_nfc, words

MAX_QUERY_LENGTH = 200  # characters of the query that are used; the rest is dropped, with a notice
MAX_QUERY_WORDS = 32  # and words: each one is a condition for the search backend
RESULTS_PER_PAGE = 10
SUMMARY_WORDS = 40

FOLDED_TITLE_FIELD = "search_title_folded"
FOLDED_TEXT_FIELD = "search_text_folded"
FOLDED_SEARCH_FIELDS = [
    index.SearchField(FOLDED_TITLE_FIELD, boost=2),
    index.SearchField(FOLDED_TEXT_FIELD),
    # The admin's page search and choosers use autocomplete: editors find titles without marks too.
    index.AutocompleteField(FOLDED_TITLE_FIELD),
]


class FoldedSearchMixin:
    """Indexes a model's searchable text folded (``nghi dinh`` finds ``Nghị định``) and exactly.

    Add ``FOLDED_SEARCH_FIELDS`` to the model's ``search_fields``. The title comes from
    ``search_title_attribute``; the text is every other ``SearchField`` the model declares
    (also inside ``RelatedFields``, such as tags), so a subclass that indexes one more field
    gets it folded too.
    """

    search_title_attribute = "title"

    # The search backend reads each field once per part of an index entry (title, body,
    # autocomplete, one per boost...): 10-16 readings per indexing pass. The folded texts are
    # computed once and kept on the instance until it is saved or reloaded.

    def _folded_memo(self):
        return self.__dict__.setdefault("_folded_search_memo", {})

    def search_title_folded(self):
        title = str(getattr(self, self.search_title_attribute, "") or "")
        memo = self._folded_memo()
        if memo.get("title_source") != title:  # the title is cheap to read: recompute when it changed
            memo["title_source"], memo["title"] = title, index_text(title)
        return memo["title"]

    def search_text_folded(self):
        memo = self._folded_memo()
        if "text" not in memo:
            skip = {self.search_title_attribute, FOLDED_TITLE_FIELD, FOLDED_TEXT_FIELD}
            memo["text"] = index_text(list(_searchable_texts(self, self.get_search_fields(), skip)))
        return memo["text"]

    def save(self, *args, **kwargs):
        self.__dict__.pop("_folded_search_memo", None)  # indexed after the save: from the saved text
        return super().save(*args, **kwargs)

    def refresh_from_db(self, *args, **kwargs):
        self.__dict__.pop("_folded_search_memo", None)
        return super().refresh_from_db(*args, **kwargs)


def _searchable_texts(obj, search_fields, skip=()):
    """The strings the search backend would index for ``search_fields`` of ``obj``."""
    for search_field in search_fields:
        if isinstance(search_field, index.SearchField) and search_field.field_name not in skip:
            yield from _flatten(search_field.get_value(obj))
        elif isinstance(search_field, index.RelatedFields):
            related = search_field.get_value(obj)
            if related is None:
                continue
            if isinstance(related, Manager):
                related = related.all()
            elif callable(related):
                related = [related()]
            else:
                related = [related]
            for item in related:
                yield from _searchable_texts(item, search_field.fields)


def _flatten(value):
    if value is None:
        return
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _flatten(item)
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from _flatten(item)
    else:
        yield str(value)


# --- The query ---------------------------------------------------------------------------


@dataclass
class SearchTerms:
    """A reader's query, ready for the backend."""

    text: str  # as typed: NFC, trimmed, at most MAX_QUERY_LENGTH characters and MAX_QUERY_WORDS words
    truncated: bool = False  # the reader typed more than that
    folded: list = field(default_factory=list)  # folded words, each once
    exact: list = field(default_factory=list)  # their exact keys

    @property
    def is_empty(self):
        return not self.folded

    @property
    def ranks_exact_first(self):
        """Only a query written with marks has exact matches to put first."""
        return has_marks(self.text)

    def folded_query(self):
        return all_of(self.folded)

    def exact_query(self):
        return all_of(self.exact)


def all_of(terms):
    """Every one of ``terms``, as an ``And`` of one-word queries.

    Not one multi-word ``PlainText``: modelsearch's SQLite FTS5 backend writes that without
    brackets, and inside ``Not`` it then reads ``A NOT B1 AND B2`` as ``(A NOT B1) AND B2``.
    An ``And`` is bracketed on every backend.
    """
    queries = [PlainText(term, operator="and") for term in terms]
    return queries[0] if len(queries) == 1 else And(queries)


def parse_query(raw):
    """``SearchTerms`` for what the reader typed (any length, any normalisation, any markup)."""
    text = " ".join(to_nfc(raw or "").split())
    truncated = len(text) > MAX_QUERY_LENGTH
    if truncated:
        text = text[:MAX_QUERY_LENGTH].rsplit(" ", 1)[0] if " " in text[:MAX_QUERY_LENGTH] else text[:MAX_QUERY_LENGTH]
    tokens = words(text)
    if len(tokens) > MAX_QUERY_WORDS:
        truncated, tokens = True, tokens[:MAX_QUERY_WORDS]
        kept, count = [], 0
        for chunk in text.split(" "):
            count += len(words(chunk))
            if count > MAX_QUERY_WORDS:
                break
            kept.append(chunk)
        text = " ".join(kept) or text
    folded, exact = [], []
    for word in tokens:
        if fold(word) not in folded:
            folded.append(fold(word))
        if exact_key(word) not in exact:
            exact.append(exact_key(word))
    return SearchTerms(text=text, truncated=truncated, folded=folded, exact=exact)


# --- Sources -----------------------------------------------------------------------------


@dataclass
class SearchHit:
    """One result as the results page shows it."""

    title: str
    url: str
    kind: str  # the content type's verbose_name: "Mục tin", "Trang nội dung", "Tin bài"...
    summary: str = ""
    exact: bool = False  # every word matched with its marks
    object: object = None


class SearchSource:
    """A kind of public content the site search goes through.

    Subclass it (or use it as is for a simple snippet) and register it::

        @hooks.register("portal_search_sources")
        def documents_search_source():
            return SearchSource(LegalDocument, label="Văn bản")

    The model must be indexed with ``FoldedSearchMixin`` and ``FOLDED_SEARCH_FIELDS``.
    """

    def __init__(self, model=None, label=None):
        if model is not None:
            self.model = model
        self.label = label

    def queryset(self, request):
        """What a reader of this request may find: published, public, in the active language."""
        queryset = self.model._default_manager.all()
        model_fields = {f.name for f in self.model._meta.get_fields()}
        if "locale" in model_fields:
            queryset = queryset.filter(locale=active_locale(request))
        if "live" in model_fields:
            queryset = queryset.filter(live=True)
        return queryset

    def kind(self, obj):
        return str(self.label or type(obj)._meta.verbose_name)

    def hit(self, obj, request, exact=False):
        url = obj.get_url(request) if hasattr(obj, "get_url") else obj.get_absolute_url()
        summary = getattr(obj, "search_summary", "")
        summary = summary() if callable(summary) else summary
        return SearchHit(str(obj), url, self.kind(obj), plain_summary(summary), exact, obj)


class PageSearchSource(SearchSource):
    """Every page type of the portal: live, public, under the home page of the active language."""

    model = Page

    def queryset(self, request):
        from .navigation import locale_home

        home = locale_home(request)
        locale = active_locale(request)
        if home is None or locale is None or home.locale_id != locale.pk:
            return Page.objects.none()
        # .specific(): the results come back as their own types (title, intro, verbose_name)
        # in one query per page type, not one per result.
        return (
            Page.objects.live().public().descendant_of(home, inclusive=True).filter(locale=locale).specific()
        )

    def hit(self, page, request, exact=False):
        summary = page.search_description or strip_tags(str(getattr(page, "intro", "") or ""))
        return SearchHit(page.title, page.get_url(request), self.kind(page), plain_summary(summary), exact, page)


def plain_summary(text):
    return Truncator(" ".join(strip_tags(str(text or "")).split())).words(SUMMARY_WORDS)


def active_locale(request):
    from .navigation import current_language, per_request

    return per_request(
        request,
        ("locale", current_language()),
        lambda: Locale.objects.filter(language_code=current_language()).first(),
    )


def search_sources():
    """Pages first, then whatever apps register with the ``portal_search_sources`` hook."""
    sources = [PageSearchSource()]
    for hook in hooks.get_hooks("portal_search_sources"):
        registered = hook()
        sources.extend(registered if isinstance(registered, (list, tuple)) else [registered])
    return sources


# --- Results -----------------------------------------------------------------------------


class SiteSearchResults:
    """The results of every source as one lazy sequence, for Django's Paginator.

    Tier 1: the results of each source that contain every word with its marks; tier 2: the
    others that match once folded (``Not(exact)``, so nothing is listed twice). Each part is
    counted once and only the slice a page shows is fetched.
    """

    def __init__(self, request, terms, sources=None):
        self.request = request
        self.parts = []  # (source, backend results, exact tier?)
        if terms.is_empty:
            return
        sources = search_sources() if sources is None else sources
        querysets = [(source, source.queryset(request)) for source in sources]
        querysets = [(source, qs) for source, qs in querysets if not qs.query.is_empty()]
        # The backend itself, not ``queryset.search()``: a snippet's plain QuerySet has no search().
        backend = get_search_backend()
        if terms.ranks_exact_first:
            rest = And([terms.folded_query(), Not(terms.exact_query())])
            self.parts += [(source, backend.search(terms.exact_query(), qs), True) for source, qs in querysets]
            self.parts += [(source, backend.search(rest, qs), False) for source, qs in querysets]
        else:
            self.parts += [(source, backend.search(terms.folded_query(), qs), False) for source, qs in querysets]

    @cached_property
    def counts(self):
        return [results.count() for _source, results, _exact in self.parts]

    def count(self):
        return sum(self.counts)

    def __len__(self):
        return self.count()

    def __getitem__(self, key):
        if isinstance(key, int):
            return self[key : key + 1][0]
        start, stop = key.start or 0, key.stop if key.stop is not None else self.count()
        hits, offset = [], 0
        for (source, results, exact), count in zip(self.parts, self.counts):
            low, high = max(start - offset, 0), min(stop - offset, count)
            if low < high:
                hits += [source.hit(obj, self.request, exact) for obj in results[low:high]]
            offset += count
            if offset >= stop:
                break
        return hits


def promoted_results(request, terms):
    """Editors' promoted results (wagtail.contrib.search_promotions) for this query.

    A promotion made for ``nghị định 43`` shows for ``nghi dinh 43`` too: queries are compared
    folded. Pages must be live, public and in the active language.
    """
    from wagtail.contrib.search_promotions.models import Query, SearchPromotion

    if terms.is_empty:
        return []
    wanted = " ".join(terms.folded)
    query_ids = [
        pk
        for pk, query_string in Query.objects.filter(editors_picks__isnull=False).distinct().values_list("pk", "query_string")
        if " ".join(dict.fromkeys(fold(word) for word in words(query_string))) == wanted
    ]
    if not query_ids:
        return []
    promotions = list(SearchPromotion.objects.filter(query_id__in=query_ids).order_by("sort_order", "pk"))
    page_ids = {promotion.page_id for promotion in promotions if promotion.page_id}
    source = PageSearchSource()
    visible = {page.pk: page for page in source.queryset(request).filter(pk__in=page_ids)} if page_ids else {}
    promoted = []
    for promotion in promotions:
        if promotion.page_id:
            page = visible.get(promotion.page_id)
            if page is None:
                continue
            hit = source.hit(page, request)
            if promotion.description:
                hit.summary = plain_summary(promotion.description)
            promoted.append(hit)
        elif promotion.external_link_url:
            promoted.append(
                SearchHit(
                    promotion.external_link_text or promotion.external_link_url,
                    promotion.external_link_url,
                    "",
                    plain_summary(promotion.description),
                )
            )
    return promoted


def record_search(terms):
    """Count the query for the editors' "search terms" report and their promotions."""
    from wagtail.contrib.search_promotions.models import Query

    if not terms.is_empty:
        Query.get(terms.text).add_hit()


# --- Keyword filters of lists: a stored folded text ----------------------------------------------

def saves_texts(instance, save_kwargs, derived_fields):
    """Whether this save writes ``instance.TEXT_FIELDS``, so what is derived from them (a search text,
    a slug...) must be computed and saved too; a save limited to fields gets ``derived_fields`` added.

    A save of other fields only must not touch them: Wagtail saving a draft revision of a live item
    writes ``latest_revision`` alone, and the draft's words must not reach the public index."""
    update_fields = save_kwargs.get("update_fields")
    if update_fields is None:
        return True
    if not set(instance.TEXT_FIELDS) & set(update_fields):
        return False
    save_kwargs["update_fields"] = set(update_fields) | set(derived_fields)
    return True


class SearchTextMixin:
    """Keeps ``search_text``, the folded words of the item's texts, for the lists' keyword filter."""

    TEXT_FIELDS = ()

    def save(self, *args, **kwargs):
        if saves_texts(self, kwargs, {"search_text"}):
            self.search_text = " ".join(folded_words(" ".join(str(getattr(self, f) or "") for f in self.TEXT_FIELDS)))
        super().save(*args, **kwargs)


def filter_words(queryset, text):
    """Items whose texts contain every word of ``text``, with or without its marks."""
    for word in folded_words(text)[:16]:
        queryset = queryset.filter(search_text__contains=word)
    return queryset
