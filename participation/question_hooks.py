"""Admin, set-up and demo hooks of citizens' questions and information requests."""

from wagtail import hooks

from . import question_demo, question_setup


@hooks.register("portal_setup")
def questions_setup(home):
    question_setup.ensure_question_fields()
    question_setup.ensure_question_process()


@hooks.register("portal_demo")
def questions_demo(home):
    question_demo.load_questions(home)
    question_demo.load_information_pages(home)


# --- Admin: the queues, one request, the report; the fields and the unit officers as snippets --------

from django.urls import path, reverse  # noqa: E402
from wagtail.admin.menu import Menu, MenuItem, SubmenuMenuItem  # noqa: E402
from wagtail.snippets.models import register_snippet  # noqa: E402
from wagtail.snippets.views.snippets import SnippetViewSet  # noqa: E402

from home.term_admin import TermViewSet  # noqa: E402

from . import question_admin, tracking  # noqa: E402
from .models import QuestionField, UnitOfficer  # noqa: E402


@hooks.register("register_admin_urls")
def tracked_request_urls():
    kinds = "<str:kind>"
    return [
        path(f"yeu-cau-cong-dan/{kinds}/", question_admin.queue_view, name="tracked_request_queue"),
        path(f"yeu-cau-cong-dan/{kinds}/<int:pk>/", question_admin.detail_view, name="tracked_request_detail"),
        path(f"yeu-cau-cong-dan/{kinds}/<int:pk>/<str:action>/", question_admin.action_view,
             name="tracked_request_action"),
        path(f"bao-cao/yeu-cau-cong-dan/{kinds}/", question_admin.report_view, name="tracked_request_report"),
    ]


class QueueMenuItem(MenuItem):
    def __init__(self, label, kind, **kwargs):
        self.kind = kind
        super().__init__(label, reverse("tracked_request_queue", args=[kind]), **kwargs)

    def is_shown(self, request):
        return question_admin.may_use_queue(request.user, question_admin.KINDS[self.kind])


class ReportMenuItem(QueueMenuItem):
    def __init__(self, label, kind, **kwargs):
        super().__init__(label, kind, **kwargs)
        self.url = reverse("tracked_request_report", args=[kind])

    def is_shown(self, request):
        model = question_admin.KINDS[self.kind]
        return tracking.can_triage(request.user, model) or tracking.can_approve(request.user, model)


@hooks.register("register_admin_menu_item")
def citizen_requests_menu():
    menu = Menu(items=[
        QueueMenuItem("Câu hỏi của công dân", "cau-hoi", name="questions", icon_name="help", order=10),
        QueueMenuItem("Yêu cầu cung cấp thông tin", "yeu-cau-thong-tin", name="information-requests",
                      icon_name="doc-empty", order=20),
    ])
    return SubmenuMenuItem("Hỏi đáp, yêu cầu", menu, name="citizen-requests", icon_name="help", order=250)


@hooks.register("register_reports_menu_item")
def question_report_menu_item():
    return ReportMenuItem("Hỏi đáp theo đơn vị", "cau-hoi", name="question-report", icon_name="table", order=60)


@hooks.register("register_reports_menu_item")
def information_request_report_menu_item():
    return ReportMenuItem("Yêu cầu cung cấp thông tin", "yeu-cau-thong-tin", name="information-request-report",
                          icon_name="table", order=61)


class QuestionFieldViewSet(TermViewSet):
    model = QuestionField
    menu_label = "Lĩnh vực hỏi đáp"


class UnitOfficerViewSet(SnippetViewSet):
    """Who answers for which unit (QĐ 96 Bắc Ninh, Điều 13.1.d): officers see only their units' requests."""

    model = UnitOfficer
    icon = "user"
    menu_label = "Cán bộ trả lời"
    list_display = ["user", "unit"]
    list_filter = ["unit"]


register_snippet(QuestionFieldViewSet)
register_snippet(UnitOfficerViewSet)
