"""Page views (R43): per page and day, one cheap write per view, correct with many processes.

Every view is a single ``INSERT ... ON CONFLICT DO UPDATE`` on (page, day), an atomic
increment in the database (SQLite and PostgreSQL speak the same syntax), so no counter
lives in a process's memory. Totals are sums; the site-wide total is cached briefly in
the shared cache, since it is shown on every page.
"""

import re

from django.core.cache import cache
from django.db import connection
from django.db.models import Sum
from django.utils import timezone

from .models import PageViewDay

SITE_TOTAL_CACHE_KEY = "portal:site-views"
SITE_TOTAL_SECONDS = 300
# Crawlers and monitoring probes are not readers.
NOT_A_READER = re.compile(r"bot|crawl|spider|slurp|monitor|curl|wget|python-requests|headless", re.IGNORECASE)


def record_view(page, request):
    if request.method != "GET" or getattr(request, "is_preview", False):
        return
    if NOT_A_READER.search(request.headers.get("User-Agent", "")):
        return
    table = connection.ops.quote_name(PageViewDay._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {table} (page_id, day, views) VALUES (%s, %s, 1) "
            f"ON CONFLICT (page_id, day) DO UPDATE SET views = {table}.views + 1",
            [page.pk, timezone.localdate()],
        )


def page_views(page):
    return PageViewDay.objects.filter(page=page).aggregate(total=Sum("views"))["total"] or 0


def site_views():
    total = cache.get(SITE_TOTAL_CACHE_KEY)
    if total is None:
        total = PageViewDay.objects.aggregate(total=Sum("views"))["total"] or 0
        cache.set(SITE_TOTAL_CACHE_KEY, total, SITE_TOTAL_SECONDS)
    return total
