from django.urls import re_path

from .feeds import SectionAtomFeed, SectionFeed

app_name = "news"

# "/rss/" is the whole site; "/rss/tin-tuc/hoat-dong-noi-bo/" one section (its path below home).
urlpatterns = [
    re_path(r"^rss/(?P<path>(?:[-\w]+/)*)$", SectionFeed(), name="rss"),
    re_path(r"^atom/(?P<path>(?:[-\w]+/)*)$", SectionAtomFeed(), name="atom"),
]
