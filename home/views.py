"""Public views of the portal that are not Wagtail pages."""

from django.core.paginator import Paginator
from django.http import HttpResponse
from django.template.response import TemplateResponse

from .search import (
    MAX_QUERY_LENGTH,
    MAX_QUERY_WORDS,
    RESULTS_PER_PAGE,
    SiteSearchResults,
    parse_query,
    promoted_results,
    record_search,
)

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def download(content, filename, content_type=XLSX):
    """``content`` (bytes) as a file the browser saves as ``filename`` (an Excel workbook by default)."""
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def search(request):
    """``/tim-kiem/?q=…``: the site search (R40), Vietnamese at /, English at /en/.

    An empty query shows the empty form; an overlong one is cut to ``MAX_QUERY_LENGTH``
    characters and ``MAX_QUERY_WORDS`` words, with a notice; an unknown page number shows the
    nearest page.
    """
    terms = parse_query(request.GET.get("q", ""))
    context = {
        "search_query": terms.text,
        "search_terms": terms,
        "query_too_long": terms.truncated,
        "max_query_length": MAX_QUERY_LENGTH,
        "max_query_words": MAX_QUERY_WORDS,
        "page_obj": None,
        "promotions": [],
    }
    if not terms.is_empty:
        paginator = Paginator(SiteSearchResults(request, terms), RESULTS_PER_PAGE)
        page_obj = paginator.get_page(request.GET.get("page"))
        context["page_obj"] = page_obj
        if page_obj.number == 1:
            context["promotions"] = promoted_results(request, terms)
            if request.GET.get("page") in (None, "", "1"):
                record_search(terms)
    elif terms.text:
        context["no_words"] = True  # only punctuation: nothing to look for
    return TemplateResponse(request, "home/search.html", context)
