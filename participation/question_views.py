"""Public views of the tracked-request pages: the form, the lookup by code, the published Q&A."""

import uuid

from django import forms
from django.core.paginator import Paginator
from django.http import Http404
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _

from home.public_forms import rate_limit_exceeded, rate_limited_response
from home.search import filter_words
from home.terms import TermChoiceField

from . import tracking
from .models import QuestionField
from .question_forms import LookupForm

PUBLISHED_PER_PAGE = 10
LATEST_ON_FORM_PAGE = 5


def _rate_scope(page):
    return f"tracked-{page.tracked_model._meta.model_name}"


def _already_submitted(page, token):
    try:
        token = uuid.UUID(str(token))
    except ValueError:
        return None
    return page.tracked_model.objects.filter(submission_token=token).first()


def request_form_view(page, request):
    form_class = page.get_form_class()
    context = page.get_context(request)
    if request.method == "POST":
        already = _already_submitted(page, request.POST.get("submission_token"))
        if already is not None:
            # A double click or a retried POST: the first one was stored (and used up the captcha).
            context.update(item=already)
            return TemplateResponse(request, "participation/request_received.html", context)
        form = form_class(request.POST)
        if form.is_valid():
            if rate_limit_exceeded(request, _rate_scope(page)):
                return rate_limited_response(request, _rate_scope(page))
            obj, _created = tracking.submit(
                page.tracked_model, form.cleaned_data["submission_token"], form.submitted_fields(),
                language=page.locale.language_code,
            )
            context.update(item=obj)
            return TemplateResponse(request, "participation/request_received.html", context)
    else:
        form = form_class()
    context.update(form=form, lookup_form=LookupForm())
    if hasattr(page, "published_questions"):
        context["latest"] = page.published_questions()[:LATEST_ON_FORM_PAGE]
    return TemplateResponse(request, page.form_template, context, status=400 if form.errors else 200)


def lookup_view(page, request):
    """The status of a code, and the answer once it is approved; nothing personal (R30).

    Failed look-ups count against the address's limit, so codes cannot be guessed in bulk.
    """
    context = page.get_context(request)
    form = LookupForm(request.GET or None)
    item, status = None, 200
    if form.is_valid():
        code = tracking.normalise_code(form.cleaned_data["ma"])
        item = page.tracked_model.objects.filter(code=code).first()
        if item is None:
            if rate_limit_exceeded(request, "tracked-lookup"):
                return rate_limited_response(request, "tracked-lookup")
            status = 404
    elif form.is_bound:
        status = 400
    context.update(form=form, item=item, searched=form.is_bound)
    return TemplateResponse(request, "participation/request_lookup.html", context, status=status)


class PublishedFilterForm(forms.Form):
    q = forms.CharField(label=_("Keywords"), required=False, max_length=200,
                        widget=forms.TextInput(attrs={"type": "search"}))
    linh_vuc = TermChoiceField(label=_("Field"), required=False, queryset=QuestionField.objects.all(),
                               to_field_name="slug", empty_label=_("All fields"))


def published_list_view(page, request):
    """The published Q&A, searchable and filtered by field: title, question and answer only."""
    questions = page.published_questions()
    form = PublishedFilterForm(request.GET or None)
    status = 200
    if form.is_valid():
        if form.cleaned_data["q"]:
            # Folded on both sides, as the rest of the portal searches: "nghi dinh" finds "Nghị định".
            questions = filter_words(questions, form.cleaned_data["q"])
        if form.cleaned_data["linh_vuc"]:
            questions = questions.filter(field=form.cleaned_data["linh_vuc"])
    elif form.is_bound:
        questions, status = questions.none(), 400
    context = page.get_context(request)
    results = Paginator(questions, PUBLISHED_PER_PAGE).get_page(request.GET.get("page"))
    context.update(form=form, results=results, result_count=results.paginator.count)
    return TemplateResponse(request, "participation/published_questions.html", context, status=status)


def published_detail_view(page, request, pk):
    question = page.published_questions().filter(pk=pk).first()
    if question is None:
        raise Http404
    context = page.get_context(request)
    context.update(item=question)
    return TemplateResponse(request, "participation/published_question.html", context)
