"""Queries over articles: a section's list with its filters, the newest, the related ones."""

import datetime
import re
from dataclasses import dataclass, field

from django.core.paginator import Paginator
from django.urls import reverse
from django.utils.translation import gettext as _
from taggit.models import Tag

from home.navigation import locale_home

from .models import ArticlePage

PER_PAGE = 10
MONTH = re.compile(r"^(\d{4})-(\d{2})$")


def published_articles():
    return (
        ArticlePage.objects.live()
        .public()
        .select_related("main_image")
        .prefetch_related("main_image__renditions")
        .order_by("-first_published_at", "-pk")
    )


def articles_under(page):
    return published_articles().descendant_of(page)


@dataclass
class ArticleFilters:
    """The filters a reader chose, read from the query string (kept in the URL, shareable)."""

    tag: str = ""
    month: datetime.date | None = None
    problems: list = field(default_factory=list)

    @classmethod
    def from_request(cls, request):
        filters = cls(tag=request.GET.get("the", "").strip()[:100])
        month = request.GET.get("thang", "").strip()
        if month:
            match = MONTH.match(month)
            if match and 1 <= int(match.group(2)) <= 12 and 1990 <= int(match.group(1)) <= 2100:
                filters.month = datetime.date(int(match.group(1)), int(match.group(2)), 1)
            else:
                filters.problems.append(_("The month must be written as YYYY-MM, for example 2026-11."))
        return filters

    def apply(self, articles):
        if self.tag:
            articles = articles.filter(tags__slug=self.tag)
        if self.month:
            articles = articles.filter(
                first_published_at__year=self.month.year, first_published_at__month=self.month.month
            )
        return articles

    @property
    def active(self):
        return bool(self.tag or self.month)


def section_listing(section, request):
    """The articles filed under ``section``, filtered and paginated, with the choices of filters."""
    everything = articles_under(section)
    filters = ArticleFilters.from_request(request)
    articles = filters.apply(everything)
    page_of_articles = Paginator(articles, PER_PAGE).get_page(request.GET.get("page"))
    return {
        "articles": page_of_articles,
        "filters": filters,
        "tags": Tag.objects.filter(news_articletag_items__content_object__in=everything).distinct().order_by("name"),
        "months": [moment.date() for moment in everything.datetimes("first_published_at", "month", order="DESC")],
    }


def feed_path(section, request):
    """The section's path below its language's home page, as the feeds' URLs use it."""
    home = locale_home(request)
    return section.url_path[len(home.url_path):] if home else ""


def feed_urls(section, request):
    path = feed_path(section, request)
    return {"rss": reverse("news:rss", args=[path]), "atom": reverse("news:atom", args=[path])}


def related_articles(article, limit=4):
    """Articles sharing a tag with ``article``, else the newest of the same section."""
    tag_ids = list(article.tags.values_list("pk", flat=True))
    candidates = published_articles().filter(locale_id=article.locale_id).exclude(pk=article.pk)
    related = list(candidates.filter(tags__in=tag_ids).distinct()[:limit]) if tag_ids else []
    if len(related) < limit:
        parent = article.get_parent()
        more = candidates.child_of(parent).exclude(pk__in=[a.pk for a in related])[: limit - len(related)]
        related += list(more)
    return related
