"""The read-only public API (R42, R63) at ``/api/v2/``: Wagtail API v2 and the registers' endpoints.

- ``/api/v2/pages/``: live, public pages of both language trees (``?locale=en``,
  ``?type=home.SectionPage``, ``?child_of=``, ``?search=``, ``?fields=``...);
  ``/api/v2/pages/<id>/`` one page with its fields (``api_fields`` of its model);
- ``/api/v2/images/`` and ``/api/v2/documents/``: the media library, without the
  collections that have a view restriction;
- the registers (:data:`REGISTER_ENDPOINTS`): each app declares its endpoints in its
  ``api.py`` on ``home.api.RegisterEndpoint``, which gives them all the same conventions.

Only GET (and HEAD/OPTIONS) is routed: writing answers 405. Responses are JSON (Django
REST framework's browsable renderer is not installed). See docs/metadata-and-api.md.
"""

from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet

from documents.api import LegalDocumentsEndpoint
from home.api import endpoint_urls
from projects.api import BiddingNoticesEndpoint, InvestmentCallsEndpoint, ProjectsEndpoint
from services.api import ProceduresEndpoint


class PortalPagesAPIViewSet(PagesAPIViewSet):
    """Wagtail's pages endpoint, with each page's locale fetched in the listing's own query."""

    def get_queryset(self):
        return super().get_queryset().select_related("locale")


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PortalPagesAPIViewSet)
api_router.register_endpoint("images", ImagesAPIViewSet)
api_router.register_endpoint("documents", DocumentsAPIViewSet)

REGISTER_ENDPOINTS = [
    LegalDocumentsEndpoint,  # R23
    ProjectsEndpoint, BiddingNoticesEndpoint, InvestmentCallsEndpoint,  # R5, R6
    ProceduresEndpoint,  # R7
]
register_urls = endpoint_urls(REGISTER_ENDPOINTS)
