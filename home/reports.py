"""The English channel report (R15, R62): which English pages are missing or behind their source."""

from dataclasses import dataclass

from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.utils import timezone
from django.views.generic import TemplateView
from wagtail.models import Locale, Page

from .section_tree import ENGLISH_SECTIONS
from .translation import english_is_outdated

# Bắc Ninh 96/QĐ-UBND Art. 8.2.d: English within 2 days of the Vietnamese original.
ENGLISH_DEADLINE_DAYS = 2
STATUS_MISSING = "missing"
STATUS_OUTDATED = "outdated"
STATUS_CURRENT = "current"
STATUS_LABELS = {
    STATUS_MISSING: "Chưa có bản tiếng Anh",
    STATUS_OUTDATED: "Bản tiếng Anh cũ hơn bản tiếng Việt",
    STATUS_CURRENT: "Đã cập nhật",
}


@dataclass
class EnglishRow:
    source: Page
    english: Page | None
    required: bool

    @property
    def status(self):
        if self.english is None:
            return STATUS_MISSING
        return STATUS_OUTDATED if english_is_outdated(self.source, self.english) else STATUS_CURRENT

    @property
    def status_label(self):
        return STATUS_LABELS[self.status]

    @property
    def days_waiting(self):
        """Days since the Vietnamese version was published without an English one to match."""
        if self.status == STATUS_CURRENT or not self.source.last_published_at:
            return 0
        return (timezone.localdate() - timezone.localdate(self.source.last_published_at)).days

    @property
    def overdue(self):
        return self.required and self.days_waiting > ENGLISH_DEADLINE_DAYS


def english_channel_rows(home):
    """The required English sections, and every page that has an English version, with their status.

    Three queries whatever the size of the site.
    """
    english = Locale.objects.get(language_code="en")
    required_paths = [f"{home.url_path}{section.path}/" for section in ENGLISH_SECTIONS]
    translations = {page.translation_key: page for page in Page.objects.filter(locale=english).exclude(depth=2)}
    sources = Page.objects.filter(locale_id=home.locale_id).filter(
        Q(live=True, url_path__in=required_paths) | Q(translation_key__in=list(translations))
    )
    rows = [EnglishRow(page, translations.get(page.translation_key), page.url_path in required_paths) for page in sources]
    order = {STATUS_MISSING: 0, STATUS_OUTDATED: 1, STATUS_CURRENT: 2}
    return sorted(rows, key=lambda row: (order[row.status], row.source.path))


class EnglishChannelReportView(TemplateView):
    template_name = "home/reports/english_channel.html"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm("wagtail_localize.submit_translation"):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        from .models import HomePage

        context = super().get_context_data(**kwargs)
        home = HomePage.objects.filter(depth=2, locale__language_code="vi").first()
        rows = english_channel_rows(home) if home else []
        context.update(
            rows=rows,
            missing=sum(row.status == STATUS_MISSING for row in rows),
            outdated=sum(row.status == STATUS_OUTDATED for row in rows),
            overdue=sum(row.overdue for row in rows),
            deadline_days=ENGLISH_DEADLINE_DAYS,
        )
        return context
