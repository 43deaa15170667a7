"""Admin views of a survey's results (R16): the aggregated table with its chart, and its exports.

Who may see them: whoever Wagtail lets see the survey's responses (get_forms_for_user: those who may
edit the page), so results and raw responses share one rule.
"""

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from wagtail.contrib.forms.utils import get_forms_for_user

from home.text import ascii_slug
from home.views import download

from .models import SurveyPage
from .survey_results import aggregate, results_csv, results_workbook

def survey_for(request, page_id):
    page = get_object_or_404(SurveyPage, pk=page_id)
    if not get_forms_for_user(request.user).filter(pk=page.pk).exists():
        raise PermissionDenied
    return page


def survey_results(request, page_id):
    page = survey_for(request, page_id)
    total, results = aggregate(page)
    return TemplateResponse(request, "participation/admin/survey_results.html",
                            {"survey": page, "total": total, "results": results})


def export_results(request, page_id, file_format):
    if file_format not in ("csv", "xlsx"):
        raise Http404
    page = survey_for(request, page_id)
    name = f"ket-qua-{ascii_slug(page.slug, 80)}"
    if file_format == "csv":
        return download(results_csv(page), f"{name}.csv", "text/csv; charset=utf-8")
    return download(results_workbook(page), f"{name}.xlsx")
