"""The register's JSON API, mounted under ``/api/v2/`` (projects/api.py)."""

from django.urls import path

from . import api

urlpatterns = [
    path("projects/", api.projects_listing, name="api_projects"),
    path("projects/<int:pk>/", api.project_detail, name="api_project"),
    path("bidding-notices/", api.bidding_notices_listing, name="api_bidding_notices"),
    path("bidding-notices/<int:pk>/", api.bidding_notice_detail, name="api_bidding_notice"),
    path("investment-calls/", api.investment_calls_listing, name="api_investment_calls"),
    path("investment-calls/<int:pk>/", api.investment_call_detail, name="api_investment_call"),
]
