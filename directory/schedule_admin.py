"""The editors' week screen (R3): a whole week of a schedule in one form, rows grouped by day.

``/admin/lich/<kind>/<2026-49>/``: existing entries of the week plus one blank row per day; a
row left blank is ignored. "Sao chép tuần trước" copies the previous week's entries (all, or only
those marked recurring) as unpublished rows; "Lưu và công bố" publishes the week (permission
``directory.publish_scheduleentry``, given to the "Duyệt" group). Once published, a row can only
be changed by someone who may publish, and every change is marked publicly (ScheduleEntry.record_change).
"""

import datetime

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.forms import modelformset_factory
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone

from .models import Official, ScheduleEntry, ScheduleKind, Unit
from .schedules import Week

KIND_SLUGS = {"lam-viec": ScheduleKind.WORK, "tiep-cong-dan": ScheduleKind.RECEPTION}
SLUG_OF_KIND = {kind: slug for slug, kind in KIND_SLUGS.items()}
WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật")
PUBLISH_PERMISSION = "directory.publish_scheduleentry"
COPY_ALL, COPY_RECURRING = "tat-ca", "dinh-ky"


def day_label(day):
    return f"{WEEKDAYS[day.weekday()]} {day:%d/%m/%Y}"


def can_edit(user):
    return user.has_perm("directory.change_scheduleentry") and user.has_perm("directory.add_scheduleentry")


def can_publish(user):
    return user.has_perm(PUBLISH_PERMISSION)


class EntryForm(forms.ModelForm):
    class Meta:
        model = ScheduleEntry
        # In the order of the screen's grid (templates/directory/admin/schedule_week.html).
        fields = ["date", "start_time", "end_time", "place", "leaders", "content", "participants",
                  "preparing_unit", "recurring", "result", "change_note", "cancelled"]
        widgets = {
            "start_time": forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
            "end_time": forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
            "content": forms.Textarea(attrs={"rows": 2}),
            "participants": forms.Textarea(attrs={"rows": 2}),
            "result": forms.Textarea(attrs={"rows": 2}),
            "leaders": forms.CheckboxSelectMultiple,
        }
        error_messages = {
            "leaders": {"required": "Chọn ít nhất một lãnh đạo."},
            "content": {"required": "Nhập nội dung công việc."},
            "start_time": {"required": "Nhập giờ bắt đầu.", "invalid": "Giờ không hợp lệ (ví dụ 08:00)."},
            "end_time": {"invalid": "Giờ không hợp lệ (ví dụ 11:30)."},
            "date": {"required": "Chọn ngày.", "invalid": "Ngày không hợp lệ."},
        }

    def __init__(self, *args, week, kind, may_publish, choices=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.week, self.kind = week, kind
        self.fields["date"].widget = forms.Select(choices=[(day.isoformat(), day_label(day)) for day in week.days])
        # The week screen has ~20 rows: the lists are read once for all of them (``choice_lists``).
        for name, (queryset, options) in (choices or choice_lists()).items():
            self.fields[name].queryset = queryset
            self.fields[name].widget.choices = options
        if kind != ScheduleKind.RECEPTION:
            del self.fields["result"]
        if not self.instance.pk:
            del self.fields["change_note"]  # a new row has nothing to explain yet
        # A published row is changed only by someone who may publish: the change is public at once.
        self.locked = bool(self.instance.pk and self.instance.is_published and not may_publish)
        if self.locked:
            for field in self.fields.values():
                field.disabled = True
        # What readers saw before this edit (validation writes the new values into the instance).
        self.before = self.instance.public_values() if self.instance.pk else {}

    def clean_date(self):
        day = self.cleaned_data["date"]
        if day not in self.week:
            raise forms.ValidationError(
                f"Ngày phải nằm trong tuần đang nhập ({self.week.monday:%d/%m/%Y} – {self.week.sunday:%d/%m/%Y})."
            )
        return day

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("start_time"), cleaned.get("end_time")
        if start and end and end <= start:
            self.add_error("end_time", "Giờ kết thúc phải sau giờ bắt đầu.")
        return cleaned

    def _post_clean(self):
        self.instance.kind = self.kind
        super()._post_clean()


class BaseWeekFormSet(forms.BaseModelFormSet):
    def add_fields(self, form, index):
        super().add_fields(form, index)
        if getattr(form, "locked", False) and "DELETE" in form.fields:
            form.fields["DELETE"].disabled = True


WeekFormSet = modelformset_factory(ScheduleEntry, form=EntryForm, formset=BaseWeekFormSet, extra=0,
                                   can_delete=True, can_delete_extra=False)


def choice_lists():
    """The leaders and units to choose from, as the widgets' choices, read once per request."""
    leaders = Official.objects.leaders().in_default_locale()
    units = Unit.objects.in_default_locale()
    return {
        "leaders": (leaders, [(leader.pk, f"{leader.name} – {leader.position}") for leader in leaders]),
        "preparing_unit": (units, [("", "---------")] + [(unit.pk, unit.name) for unit in units]),
    }


def week_formset(kind, week, user, data=None):
    queryset = ScheduleEntry.objects.of_kind(kind).between(week.monday, week.sunday).for_display()
    blank_days = [{"date": day} for day in week.days]  # one blank row per day
    formset = WeekFormSet(
        data, queryset=queryset, initial=blank_days, prefix="lich",
        form_kwargs={"week": week, "kind": kind, "may_publish": can_publish(user), "choices": choice_lists()},
    )
    formset.extra = len(blank_days)
    return formset


def save_week(formset, publish=False, now=None):
    """Save the week's rows; record public changes of published rows; publish all when asked.

    Returns (saved, changed) counts.
    """
    now = now or timezone.now()
    changed = 0
    with transaction.atomic():
        for form in formset.initial_forms:
            if form in formset.deleted_forms or not form.has_changed() or getattr(form, "locked", False):
                continue
            entry = form.save()
            if entry.record_change(form.before, entry.public_values(), when=now):
                changed += 1
        saved = []
        for form in formset.extra_forms:
            if form.has_changed() and form not in formset.deleted_forms:
                saved.append(form.save())
        for form in formset.deleted_forms:
            if form.instance.pk and not getattr(form, "locked", False):
                form.instance.delete()
        if publish:
            for entry in ScheduleEntry.objects.filter(
                pk__in=[form.instance.pk for form in formset.forms if form.instance.pk]
            ).filter(is_published=False):
                entry.publish(when=now)
    return len(saved), changed


def copy_previous_week(kind, week, only_recurring=False):
    """Copy the previous week's entries into ``week`` as unpublished rows (skipping ones already there)."""
    source = ScheduleEntry.objects.of_kind(kind).between(week.previous.monday, week.previous.sunday)
    if only_recurring:
        source = source.filter(recurring=True)
    existing = set(
        ScheduleEntry.objects.of_kind(kind).between(week.monday, week.sunday)
        .values_list("date", "start_time", "content")
    )
    copied = 0
    with transaction.atomic():
        for entry in source.prefetch_related("leaders"):
            day = entry.date + datetime.timedelta(days=7)
            if (day, entry.start_time, entry.content) in existing:
                continue
            copy = ScheduleEntry.objects.create(
                kind=kind, date=day, start_time=entry.start_time, end_time=entry.end_time, content=entry.content,
                place=entry.place, participants=entry.participants, preparing_unit_id=entry.preparing_unit_id,
                recurring=entry.recurring,
            )
            copy.leaders.set(entry.leaders.all())
            copied += 1
    return copied


def rows_by_day(formset, week):
    """The formset's forms grouped under the week's days, for the template."""
    groups = {day: [] for day in week.days}
    for form in formset.forms:
        value = form["date"].value()
        try:
            day = value if isinstance(value, datetime.date) else datetime.date.fromisoformat(str(value))
        except ValueError:
            day = week.monday
        groups.get(day, groups[week.monday]).append(form)
    return [{"date": day, "label": day_label(day), "forms": forms_} for day, forms_ in groups.items()]


def week_editor(request, kind_slug, week_slug=None):
    kind = KIND_SLUGS.get(kind_slug)
    if kind is None:
        raise Http404
    if not can_edit(request.user):
        raise PermissionDenied
    if week_slug is None:
        return redirect("schedule_week_editor", kind_slug, Week.current().slug)
    try:
        week = Week.parse(week_slug)
    except ValueError:
        raise Http404("Tuần không tồn tại.")

    if request.method == "POST" and request.POST.get("sao_chep") in (COPY_ALL, COPY_RECURRING):
        copied = copy_previous_week(kind, week, only_recurring=request.POST["sao_chep"] == COPY_RECURRING)
        messages.success(request, f"Đã sao chép {copied} mục từ tuần trước (chưa công bố): kiểm tra rồi lưu.")
        return redirect("schedule_week_editor", kind_slug, week.slug)

    formset = week_formset(kind, week, request.user, request.POST if request.method == "POST" else None)
    if request.method == "POST":
        publish = "cong_bo" in request.POST
        if publish and not can_publish(request.user):
            raise PermissionDenied
        if formset.is_valid():
            saved, changed = save_week(formset, publish=publish)
            text = f"Đã lưu lịch {week}: {saved} mục mới"
            if changed:
                text += f", {changed} mục đã công bố được đánh dấu “đã thay đổi”"
            messages.success(request, text + (" và đã công bố cả tuần." if publish else "."))
            return redirect("schedule_week_editor", kind_slug, week.slug)
        messages.error(request, "Chưa lưu được: hãy sửa các lỗi được đánh dấu bên dưới.")

    title = ScheduleKind(kind).label
    return TemplateResponse(request, "directory/admin/schedule_week.html", {
        "title": title,
        "kind": kind,
        "kind_slug": kind_slug,
        "other_kinds": [(slug, ScheduleKind(k).label) for slug, k in KIND_SLUGS.items() if k != kind],
        "week": week,
        "formset": formset,
        "days": rows_by_day(formset, week),
        "is_reception": kind == ScheduleKind.RECEPTION,
        "may_publish": can_publish(request.user),
        "previous_url": reverse("schedule_week_editor", args=[kind_slug, week.previous.slug]),
        "next_url": reverse("schedule_week_editor", args=[kind_slug, week.next.slug]),
        "unpublished": sum(1 for form in formset.initial_forms if not form.instance.is_published),
    })
