from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import demo
from .models import CalendarException


class CalendarExceptionViewSet(SnippetViewSet):
    """Settings > the days off and make-up working days the government announces each year (R32)."""

    model = CalendarException
    icon = "date"
    menu_label = "Lịch ngày làm việc"
    add_to_settings_menu = True
    list_display = ["date", "kind", "reason"]
    list_filter = ["kind"]
    ordering = ["-date"]


register_snippet(CalendarExceptionViewSet)


@hooks.register("portal_demo")
def calendar_demo(home):
    demo.load_calendar_exceptions()


@hooks.register("portal_setup")
def calendar_setup(home):
    """The approving head keeps the calendar: the days off are announced once a year."""
    from home.editorial import GROUP_APPROVERS, grant_model

    grant_model(GROUP_APPROVERS, CalendarException, ("add", "change", "delete", "view"))
