"""The admin side of tracked requests: the queue, one request with its actions, the R33 report.

The same views serve questions and information requests (``KINDS``); what a user sees comes from
``tracking.visible_to`` and what they may do from the ``tracking`` transitions, which check it again.
"""

import io

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST

from directory.models import Unit
from home.views import download

from . import tracking
from .models import (
    OPEN_STATUSES,
    Competence,
    InformationRequest,
    Question,
    QuestionField,
    RejectionReason,
    Status,
    UnitOfficer,
    due_soon_until,
)
from .question_report import HEADERS, build_report, month_bounds, report_workbook

KINDS = {"cau-hoi": Question, "yeu-cau-thong-tin": InformationRequest}
QUEUE_PER_PAGE = 50
DATE_INPUT = ["%d/%m/%Y", "%Y-%m-%d"]


def model_for(kind):
    if kind not in KINDS:
        raise Http404
    return KINDS[kind]


def may_use_queue(user, model):
    return (tracking.can_triage(user, model) or tracking.can_approve(user, model)
            or UnitOfficer.objects.filter(user=user).exists())


# --- The queue ------------------------------------------------------------------------------------

class QueueFilterForm(forms.Form):
    q = forms.CharField(label="Mã hoặc tiêu đề", required=False, max_length=100)
    trang_thai = forms.ChoiceField(
        label="Trạng thái", required=False,
        choices=[("", "Đang xử lý (chưa xong)"), ("tat-ca", "Tất cả")] + list(Status.choices),
    )
    han = forms.ChoiceField(label="Thời hạn", required=False,
                            choices=[("", "Mọi thời hạn"), ("sap-den-han", "Sắp đến hạn (trong 1 ngày làm việc)"),
                                     ("qua-han", "Đã quá hạn")])
    don_vi = forms.ModelChoiceField(label="Đơn vị", required=False, queryset=Unit.objects.none(),
                                    empty_label="Mọi đơn vị")
    linh_vuc = forms.ModelChoiceField(label="Lĩnh vực", required=False, queryset=QuestionField.objects.all(),
                                      empty_label="Mọi lĩnh vực")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["don_vi"].queryset = Unit.objects.in_default_locale()


def filter_queue(queryset, data, today, soon):
    if data.get("q"):
        text = data["q"].strip()
        queryset = queryset.filter(Q(code__iexact=tracking.normalise_code(text)) | Q(title__icontains=text))
    status = data.get("trang_thai")
    if not status:
        queryset = queryset.filter(status__in=OPEN_STATUSES)
    elif status != "tat-ca":
        queryset = queryset.filter(status=status)
    if data.get("han") == "qua-han":
        queryset = queryset.filter(status__in=OPEN_STATUSES, due_date__lt=today)
    elif data.get("han") == "sap-den-han":
        queryset = queryset.filter(status__in=OPEN_STATUSES, due_date__gte=today, due_date__lte=soon)
    if data.get("don_vi"):
        queryset = queryset.filter(unit=data["don_vi"])
    if data.get("linh_vuc") and hasattr(queryset.model, "field"):
        queryset = queryset.filter(field=data["linh_vuc"])
    return queryset


def queue_view(request, kind):
    model = model_for(kind)
    if not may_use_queue(request.user, model):
        raise PermissionDenied
    today = timezone.localdate()
    soon = due_soon_until(today)
    visible = tracking.visible_to(request.user, model)
    if hasattr(model, "field"):
        visible = visible.select_related("field")
    form = QueueFilterForm(request.GET or None)
    if not hasattr(model, "field"):
        del form.fields["linh_vuc"]
    items = filter_queue(visible, form.cleaned_data if form.is_valid() else {}, today, soon).order_by("due_date", "pk")
    page = Paginator(items, QUEUE_PER_PAGE).get_page(request.GET.get("p"))
    open_items = visible.filter(status__in=OPEN_STATUSES)
    context = {
        "kind": kind, "model_name": model._meta.verbose_name_plural, "form": form, "page_obj": page,
        "today": today, "soon": soon,
        "counts": {
            "open": open_items.count(),
            "overdue": open_items.filter(due_date__lt=today).count(),
            "due_soon": open_items.filter(due_date__gte=today, due_date__lte=soon).count(),
        },
    }
    return TemplateResponse(request, "participation/admin/queue.html", context)


# --- One request and its actions -----------------------------------------------------------------

class RouteForm(forms.Form):
    unit = forms.ModelChoiceField(label="Đơn vị xử lý", queryset=Unit.objects.none())
    competence = forms.ChoiceField(label="Thẩm quyền (quyết định thời hạn)", choices=Competence.choices)
    field = forms.ModelChoiceField(label="Lĩnh vực", required=False, queryset=QuestionField.objects.all())

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["unit"].queryset = Unit.objects.in_default_locale()


class RejectForm(forms.Form):
    reason = forms.ChoiceField(label="Lý do không tiếp nhận", choices=RejectionReason.choices)
    note = forms.CharField(label="Giải thích gửi người hỏi", required=False, max_length=2000,
                           widget=forms.Textarea(attrs={"rows": 3}))


class AnswerForm(forms.Form):
    answer = forms.CharField(label="Nội dung trả lời", max_length=20000, widget=forms.Textarea(attrs={"rows": 10}),
                             help_text="Viết bằng ngôn ngữ người hỏi đã dùng; câu trả lời được gửi sau khi được duyệt.")


class ReturnForm(forms.Form):
    note = forms.CharField(label="Điều cần sửa", max_length=2000, widget=forms.Textarea(attrs={"rows": 3}))


def get_visible(request, kind, pk):
    model = model_for(kind)
    item = tracking.visible_to(request.user, model).filter(pk=pk).first()
    if item is None:
        raise Http404
    return item


def detail_view(request, kind, pk):
    item = get_visible(request, kind, pk)
    model = type(item)
    # The page shows the sender's personal data: every view is recorded (R34).
    tracking.log(item, "viewed", request.user)
    user = request.user
    triage = tracking.can_triage(user, model) and item.status in (Status.RECEIVED, Status.ROUTED)
    route_form = None
    if triage:
        route_form = RouteForm(initial={"unit": item.unit_id, "competence": item.competence,
                                        "field": getattr(item, "field_id", None)})
        if not hasattr(item, "field"):
            del route_form.fields["field"]
        route_form.fields["competence"].choices = [
            (value, f"{label} – {model.deadline_days(value)} ngày làm việc") for value, label in Competence.choices]
    context = {
        "kind": kind, "item": item, "model_name": model._meta.verbose_name,
        "events": tracking.events_of(item),
        "route_form": route_form,
        "reject_form": RejectForm() if triage else None,
        "answer_form": AnswerForm(initial={"answer": item.answer})
        if tracking.can_answer(user, item) and item.status in (Status.ROUTED, Status.ANSWERED) else None,
        "can_approve": tracking.can_approve(user, model) and item.status == Status.ANSWERED,
        "return_form": ReturnForm() if tracking.can_approve(user, model) and item.status == Status.ANSWERED else None,
        "today": timezone.localdate(),
    }
    return TemplateResponse(request, "participation/admin/detail.html", context)


ACTIONS = {
    "route": (RouteForm, lambda item, user, data: tracking.route(
        item, user, data["unit"], data["competence"], data.get("field")), "Đã chuyển đến đơn vị xử lý."),
    "reject": (RejectForm, lambda item, user, data: tracking.reject(item, user, data["reason"], data["note"]),
               "Đã từ chối tiếp nhận và gửi thư báo lý do cho người gửi."),
    "answer": (AnswerForm, lambda item, user, data: tracking.answer(item, user, data["answer"]),
               "Đã lưu câu trả lời; câu trả lời chờ lãnh đạo duyệt."),
    "approve": (None, lambda item, user, data: tracking.approve(item, user),
                "Đã duyệt: câu trả lời đã được gửi cho người hỏi."),
    "return": (ReturnForm, lambda item, user, data: tracking.return_answer(item, user, data["note"]),
               "Đã trả lại câu trả lời để đơn vị sửa."),
}


@require_POST
def action_view(request, kind, pk, action):
    if action not in ACTIONS:
        raise Http404
    item = get_visible(request, kind, pk)
    form_class, run, done = ACTIONS[action]
    data = {}
    if form_class is not None:
        form = form_class(request.POST)
        if not form.is_valid():
            errors = "; ".join(f"{form.fields[name].label if name in form.fields else ''}: {' '.join(errs)}"
                               for name, errs in form.errors.items())
            messages.error(request, f"Chưa thực hiện được: {errors}")
            return redirect(reverse("tracked_request_detail", args=[kind, pk]))
        data = form.cleaned_data
    try:
        run(item, request.user, data)
    except tracking.TransitionError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, done)
    if not tracking.visible_to(request.user, type(item)).filter(pk=pk).exists():
        return redirect(reverse("tracked_request_queue", args=[kind]))
    return redirect(reverse("tracked_request_detail", args=[kind, pk]))


# --- The report (R33) -----------------------------------------------------------------------------

class PeriodForm(forms.Form):
    tu_ngay = forms.DateField(label="Từ ngày", input_formats=DATE_INPUT, required=False)
    den_ngay = forms.DateField(label="Đến ngày", input_formats=DATE_INPUT, required=False)

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("tu_ngay"), cleaned.get("den_ngay")
        if start and end and end < start:
            raise forms.ValidationError("Ngày kết thúc phải sau hoặc bằng ngày bắt đầu.")
        return cleaned


def report_view(request, kind):
    model = model_for(kind)
    if not (tracking.can_triage(request.user, model) or tracking.can_approve(request.user, model)):
        raise PermissionDenied
    form = PeriodForm(request.GET or None)
    start, end = month_bounds(timezone.localdate())
    if form.is_valid():
        start = form.cleaned_data["tu_ngay"] or start
        end = form.cleaned_data["den_ngay"] or end
    elif form.is_bound:
        messages.error(request, " ".join(form.non_field_errors()) or "Ngày không hợp lệ (dd/mm/yyyy).")
    report = build_report(model, start, end)
    title = f"Báo cáo tình hình tiếp nhận, trả lời: {model._meta.verbose_name_plural.lower()}"
    if request.GET.get("dinh_dang") == "xlsx":
        content = io.BytesIO()
        report_workbook(report, title).save(content)
        return download(content.getvalue(), f"bao-cao-{kind}-{start:%Y%m%d}-{end:%Y%m%d}.xlsx")
    context = {"kind": kind, "form": form, "report": report, "headers": HEADERS, "title": title,
               "start": start, "end": end}
    return TemplateResponse(request, "participation/admin/report.html", context)
