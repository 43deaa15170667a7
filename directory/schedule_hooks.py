"""Wagtail hooks of the leaders' schedules (R3): the week editor in the admin, set-up, demo, home panel.

Imported by one line at the end of wagtail_hooks.py (so the home panel comes after news and documents);
the directory pages' own hooks stay there.
"""

from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import Menu, MenuItem, SubmenuMenuItem

from home.editorial import GROUP_APPROVERS, GROUP_DRAFTERS, GROUP_EDITORS, grant_model
from home.models import HomePage

from . import schedule_admin, schedules
from .models import ScheduleEntry, ScheduleKind

# Everyone on the board enters the week; only "Duyệt" publishes it (QĐ 04/2013 Bình Dương, Điều 22).
SCHEDULE_ACTIONS = {
    GROUP_DRAFTERS: ("add", "change", "view"),
    GROUP_EDITORS: ("add", "change", "delete", "view"),
    GROUP_APPROVERS: ("add", "change", "delete", "view", "publish"),
}


@hooks.register("register_admin_urls")
def schedule_admin_urls():
    return [
        path("lich/<slug:kind_slug>/", schedule_admin.week_editor, name="schedule_week_editor_current"),
        path("lich/<slug:kind_slug>/<str:week_slug>/", schedule_admin.week_editor, name="schedule_week_editor"),
    ]


class ScheduleMenuItem(MenuItem):
    def is_shown(self, request):
        return schedule_admin.can_edit(request.user)


@hooks.register("register_admin_menu_item")
def schedule_menu_item():
    items = [
        ScheduleMenuItem(label, reverse("schedule_week_editor_current", args=[slug]), name=f"lich-{slug}",
                         icon_name="date", order=order)
        for order, (slug, label) in enumerate(
            [(schedule_admin.SLUG_OF_KIND[kind], kind.label) for kind in ScheduleKind], start=1
        )
    ]
    return SubmenuMenuItem("Lịch công tác", Menu(items=items), name="lich-cong-tac", icon_name="date", order=235)


@hooks.register("portal_setup")
def schedule_setup(home):
    for group_name, actions in SCHEDULE_ACTIONS.items():
        grant_model(group_name, ScheduleEntry, actions)


@hooks.register("portal_demo")
def schedule_demo(home):
    from .schedule_demo import load_schedules

    load_schedules(home)


@hooks.register("portal_page_panels")
def this_week_panel(page, request):
    """The leaders' schedule for the rest of this week on the home page (R3); four queries."""
    if not isinstance(page, HomePage):
        return None
    url = schedules.schedule_page_url(page.locale_id, ScheduleKind.WORK)
    if not url:
        return None
    week, entries = schedules.upcoming_this_week()
    return {"template": "directory/panels/this_week.html", "week": week, "entries": entries, "url": url}
