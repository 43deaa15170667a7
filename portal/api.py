"""The read-only public API (R42, R63): Wagtail API v2 at ``/api/v2/``.

- ``/api/v2/pages/``: live, public pages of both language trees (``?locale=en``,
  ``?type=home.SectionPage``, ``?child_of=``, ``?search=``, ``?fields=``...);
  ``/api/v2/pages/<id>/`` one page with its fields (``api_fields`` of its model);
- ``/api/v2/images/`` and ``/api/v2/documents/``: the media library, without the
  collections that have a view restriction.

Only GET (and HEAD/OPTIONS) is routed: writing answers 405. Responses are JSON (Django
REST framework's browsable renderer is not installed). See docs/metadata-and-api.md.
"""

from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet


class PortalPagesAPIViewSet(PagesAPIViewSet):
    """Wagtail's pages endpoint, with each page's locale fetched in the listing's own query."""

    def get_queryset(self):
        return super().get_queryset().select_related("locale")


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PortalPagesAPIViewSet)
api_router.register_endpoint("images", ImagesAPIViewSet)
api_router.register_endpoint("documents", DocumentsAPIViewSet)
