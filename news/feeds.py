"""RSS and Atom feeds of the whole site and of each section (R42, R63)."""

from django.contrib.syndication.views import Feed
from django.http import Http404
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import strip_tags
from wagtail.models import Page

from home.models import AgencySettings
from home.navigation import locale_home

from .listing import articles_under

FEED_LENGTH = 30


class SectionFeed(Feed):
    """``/rss/`` for the whole site, ``/rss/tin-tuc/hoat-dong-noi-bo/`` for one section."""

    def get_object(self, request, path=""):
        home = locale_home(request)
        if home is None:
            raise Http404
        self.request = request
        self.agency = AgencySettings.for_request(request)
        if not path:
            return home
        section = Page.objects.live().public().filter(url_path=f"{home.url_path}{path}", locale_id=home.locale_id).first()
        if section is None:
            raise Http404
        return section

    def title(self, section):
        name = self.agency.localized("portal_name")
        return name if section.depth <= 2 else f"{section.title} – {name}"

    def link(self, section):
        return section.get_url(self.request)

    def description(self, section):
        return strip_tags(getattr(section.specific, "intro", "")) or self.agency.localized("agency_name")

    def items(self, section):
        return articles_under(section).prefetch_related("tags")[:FEED_LENGTH]

    def item_title(self, article):
        return article.title

    def item_description(self, article):
        return strip_tags(article.intro)

    def item_link(self, article):
        return article.get_url(self.request)

    def item_pubdate(self, article):
        return article.first_published_at

    def item_updateddate(self, article):
        return article.last_published_at

    def item_author_name(self, article):
        return article.author or None

    def item_categories(self, article):
        return [tag.name for tag in article.tags.all()]


class SectionAtomFeed(SectionFeed):
    feed_type = Atom1Feed
    subtitle = SectionFeed.description
