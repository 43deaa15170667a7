from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from home import views as search_views
from home.metadata import robots_txt
from home.sitemaps import sitemap, sitemap_index
from portal.api import api_router, register_urls

urlpatterns = [
    path("django-admin/", admin.site.urls),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    # Metadata for search and exchange (R42, R63): docs/metadata-and-api.md
    path("sitemap.xml", sitemap_index, name="sitemap"),
    path("sitemap-<slug:section>.xml", sitemap, name="sitemap_section"),
    path("robots.txt", robots_txt, name="robots_txt"),
    # The read-only API (R63): the registers' endpoints, then Wagtail's (portal/api.py)
    path("api/v2/", include(register_urls)),
    path("api/v2/", api_router.urls),
    path("captcha/", include("captcha.urls")),  # the offline captcha of public forms (R34)
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Vietnamese pages at /, English pages under /en/.
urlpatterns += i18n_patterns(
    path("", include("news.urls")),
    path("tim-kiem/", search_views.search, name="search"),  # site search (R40): docs/search.md
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)
