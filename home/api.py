"""The one shape of every register's read-only JSON API under ``/api/v2/`` (R42, R63).

A register declares a :class:`RegisterEndpoint` in its app's ``api.py`` (the published items, the
filters, the order, one item as JSON); ``portal/api.py`` lists the endpoints and wires them. The base
gives every endpoint the same conventions, those of Wagtail API v2:

- ``<path>/``: ``{"meta": {"total_count": N}, "items": [...]}`` with ``?limit=`` (at most 100),
  ``?offset=``, ``?search=`` and the endpoint's own filters;
- ``<path>/<id>/``: one published item, or a 404 ``{"message": ...}``;
- an unknown parameter or a bad value: a 400 ``{"message": ...}`` in Vietnamese;
- only GET and HEAD (anything else: 405); JSON in UTF-8, not ``\\u`` escapes.
"""

from django.http import JsonResponse
from django.urls import path, reverse
from django.views.decorators.http import require_safe
from wagtail.models import TranslatableMixin

from .registers import page_rows
from .search import filter_words

DEFAULT_LIMIT = 20
MAX_LIMIT = 100
MAX_SEARCH_LENGTH = 200
# Accepted by every endpoint; ``format`` is Wagtail API's own (``?format=json``).
COMMON_PARAMS = {"search", "limit", "offset", "format"}


class BadRequest(Exception):
    """A parameter the API cannot answer; its text (Vietnamese) is the 400's message."""


# --- parameters ---------------------------------------------------------------------------------

def check_params(request, known):
    unknown = sorted(set(request.GET) - COMMON_PARAMS - set(known))
    if unknown:
        raise BadRequest(f"Tham số không được hỗ trợ: {', '.join(unknown)}")


def integer(request, name, default, minimum, maximum):
    raw = request.GET.get(name)
    if raw in (None, ""):
        return default
    try:
        value = int(raw)
    except ValueError:
        raise BadRequest(f"{name} phải là một số nguyên") from None
    if not minimum <= value <= maximum:
        raise BadRequest(f"{name} phải trong khoảng {minimum} đến {maximum}")
    return value


def choice(request, name, values):
    """The parameter ``name`` if it is one of ``values`` (a Choices class's ``values`` or a list)."""
    value = request.GET.get(name)
    if value and value not in values:
        raise BadRequest(f"{name} phải là một trong: {', '.join(str(v) for v in values)}")
    return value


# --- values -------------------------------------------------------------------------------------

def iso(value):
    return value.isoformat() if value else None


def absolute_url(request, url):
    """``url`` on the host the client asked, or None when there is no URL (an unpublished target)."""
    return request.build_absolute_uri(url) if url else None


def json_response(data, status=200):
    return JsonResponse(data, status=status, json_dumps_params={"ensure_ascii": False})


# --- endpoints ----------------------------------------------------------------------------------

class RegisterEndpoint:
    """One register's listing and detail. A subclass sets the class attributes and ``published``,
    ``serialise``; it overrides ``filtered`` for its filters and ``search`` for another search."""

    path = ""  # under /api/v2/: "legal-documents"
    name = ""  # the listing's URL name: "api_legal_documents"
    item_name = ""  # the detail's URL name: "api_legal_document"
    model = None
    known_params = frozenset()  # the filters, besides COMMON_PARAMS
    ordering = ("-pk",)
    not_found = "Không tìm thấy"

    def published(self):
        """Every item the public may see, with what ``serialise`` reads fetched."""
        raise NotImplementedError

    def filtered(self, request):
        """``published()`` narrowed by the request's filters; BadRequest for a bad value."""
        return self.published()

    def search(self, items, query):
        """Items holding every word of ``query``, with or without its marks."""
        return filter_words(items, query)

    def shown(self, page):
        """The page of items about to be serialised: a hook to annotate only those."""
        return page

    def detail_queryset(self):
        """Where the detail looks for the item: ``published()``, plus what only one item needs."""
        return self.published()

    def serialise(self, item, request):
        raise NotImplementedError

    def meta(self, item, request):
        """The item's ``meta``, as Wagtail API v2 gives it: its type, its own address, its language."""
        meta = {"type": self.model._meta.label,
                "detail_url": absolute_url(request, reverse(self.item_name, args=[item.pk]))}
        if isinstance(item, TranslatableMixin):
            meta["locale"] = item.locale.language_code
        return meta

    def listing(self, request):
        try:
            limit = integer(request, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT)
            offset = integer(request, "offset", 0, 0, 10**9)
            check_params(request, self.known_params)
            items = self.filtered(request).order_by(*self.ordering)
            query = (request.GET.get("search") or "").strip()[:MAX_SEARCH_LENGTH]
            if query:
                items = self.search(items, query)
        except BadRequest as error:
            return json_response({"message": str(error)}, status=400)
        total = items.count()
        page = self.shown(page_rows(items, items[offset:offset + limit]))
        return json_response({"meta": {"total_count": total}, "items": [self.serialise(item, request) for item in page]})

    def detail(self, request, pk):
        item = self.detail_queryset().filter(pk=pk).first()
        if item is None:
            return json_response({"message": self.not_found}, status=404)
        return json_response(self.serialise(item, request))

    def urls(self):
        return [
            path(f"{self.path}/", require_safe(self.listing), name=self.name),
            path(f"{self.path}/<int:pk>/", require_safe(self.detail), name=self.item_name),
        ]


def endpoint_urls(endpoints):
    """The URL patterns of ``endpoints`` (RegisterEndpoint classes), to include under ``/api/v2/``."""
    return [pattern for endpoint in endpoints for pattern in endpoint().urls()]

