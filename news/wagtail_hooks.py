from wagtail import hooks

from home.models import HomePage, SectionPage

from . import demo
from .listing import feed_urls, published_articles, section_listing

LATEST_ON_HOME = 6


@hooks.register("portal_page_panels")
def articles_panel(page, request):
    """A section lists the articles filed under it; the home page shows the newest."""
    if isinstance(page, HomePage):
        latest = list(published_articles().filter(locale_id=page.locale_id)[:LATEST_ON_HOME])
        if latest:
            return {"template": "news/panels/latest_articles.html", "latest_articles": latest,
                    "feeds": feed_urls(page, request)}
        return None
    if isinstance(page, SectionPage):
        listing = section_listing(page, request)
        if listing["articles"].paginator.count or listing["filters"].active:
            return {"template": "news/panels/article_list.html", **listing, "feeds": feed_urls(page, request)}
    return None


@hooks.register("portal_demo")
def demo_articles(home):
    demo.load_articles(home)
