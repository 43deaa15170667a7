"""The pages the page-quality checks (axe-core, the Nu Html Checker) go over: one of each kind.

Later work adds its page types here, so every check covers them at once.
"""

from home.models import ContentPage

# (name, path, expected HTTP status); None stands for a content page looked up in the database.
QUALITY_PAGES = [
    ("home", "/", 200),
    ("section", "/gioi-thieu/", 200),
    ("section-with-table", "/gioi-thieu/co-cau-to-chuc/", 200),
    ("content-page", None, 200),
    ("contacts", "/lien-he/", 200),
    ("english-home", "/en/", 200),
    ("not-found", "/khong-ton-tai/", 404),
    ("english-not-found", "/en/khong-ton-tai/", 404),
    ("search", "/tim-kiem/?q=nghi+dinh", 200),
    ("search-no-results", "/en/tim-kiem/?q=zzzz+qqqq", 200),
]


def quality_pages():
    """``QUALITY_PAGES`` with every path resolved."""
    content_page = ContentPage.objects.live().first()
    assert content_page is not None, "the demonstration portal has no content page to check"
    return [(name, path or content_page.url, status) for name, path, status in QUALITY_PAGES]
