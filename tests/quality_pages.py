"""The pages the page-quality checks (axe-core, the Nu Html Checker) go over: one of each kind.

Later work adds its page types here, so every check covers them at once.
"""

from documents.models import GazetteIssue
from home.models import ContentPage
from news.models import ArticlePage
from services.models import Procedure


def first_url(queryset):
    item = queryset.first()
    assert item is not None, f"the demonstration portal has no {queryset.model._meta.verbose_name} to check"
    return item.url


def gazette_issue_url():
    issue = GazetteIssue.objects.filter(live=True).first()
    assert issue is not None, "the demonstration portal has no gazette issue to check"
    return f"/cong-bao/{issue.slug}/"


# (name, path or a function giving it, expected HTTP status)
QUALITY_PAGES = [
    ("home", "/", 200),
    ("section", "/gioi-thieu/", 200),
    ("section-with-table", "/gioi-thieu/co-cau-to-chuc/", 200),
    ("content-page", lambda: first_url(ContentPage.objects.live()), 200),
    ("contacts", "/lien-he/", 200),
    ("news-section", "/tin-tuc/hoat-dong-noi-bo/", 200),
    ("article", lambda: first_url(ArticlePage.objects.live().exclude(main_image=None)), 200),
    ("article-print", lambda: first_url(ArticlePage.objects.live()) + "in/", 200),
    ("library", "/van-ban/?q=nghi+dinh&loai=nghi-dinh", 200),
    ("document", "/van-ban/42-2022-nd-cp/", 200),
    ("gazette", "/cong-bao/", 200),
    ("gazette-issue", gazette_issue_url, 200),
    ("procedures", "/dich-vu-cong/thu-tuc-hanh-chinh/?q=giay+phep&cap=province", 200),
    ("procedure", lambda: first_url(Procedure.objects.filter(live=True, code="1.008401", locale__language_code="vi")), 200),
    ("english-procedures", "/en/public-services/procedures/", 200),
    ("english-procedure", lambda: first_url(Procedure.objects.filter(live=True, locale__language_code="en")), 200),
    ("english-home", "/en/", 200),
    ("english-section", "/en/about/functions-and-duties/", 200),
    ("not-found", "/khong-ton-tai/", 404),
    ("english-not-found", "/en/khong-ton-tai/", 404),
    ("search", "/tim-kiem/?q=nghi+dinh", 200),
    ("search-no-results", "/en/tim-kiem/?q=zzzz+qqqq", 200),
]


def quality_pages():
    """``QUALITY_PAGES`` with every path resolved."""
    return [(name, path() if callable(path) else path, status) for name, path, status in QUALITY_PAGES]
