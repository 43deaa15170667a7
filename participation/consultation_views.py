"""Admin views of a consultation: the comments' spreadsheet and the printable summary (R9)."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse

from home.text import ascii_slug
from home.views import download

from .consultation_export import comments_workbook, summary
from .models import ConsultationPage

VIEW_PERMISSION = "participation.view_consultationcomment"


def consultation_for(request, page_id):
    if not request.user.has_perm(VIEW_PERMISSION):
        raise PermissionDenied
    return get_object_or_404(ConsultationPage, pk=page_id)


def export_comments(request, page_id):
    page = consultation_for(request, page_id)
    return download(comments_workbook(page), f"y-kien-{ascii_slug(page.slug, 80)}.xlsx")


def comments_summary(request, page_id):
    page = consultation_for(request, page_id)
    return TemplateResponse(request, "participation/admin/consultation_summary.html",
                            {"consultation": page, **summary(page)})
