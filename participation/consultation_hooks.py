"""Admin, set-up and demo hooks of consultations and surveys."""

from django.urls import path, reverse
from django.utils import timezone
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.admin.ui.tables import Column
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.views import generic
from wagtail.admin.widgets import Button
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from home.models import SectionPage

from . import consultation_demo, consultation_setup, consultation_views, survey_demo, survey_views
from .models import ConsultationComment, ConsultationIndexPage, ConsultationPage, SurveyPage


class ReceivedOnlyPolicy(ModelPermissionPolicy):
    """Comments come from the public: nobody adds or copies one in the admin; deleting stays with
    administrators (a comment that was acknowledged is never lost, R34)."""

    def user_has_permission(self, user, action):
        if action in ("add", "copy"):
            return False
        return super().user_has_permission(user, action)


class CommentIndexView(generic.IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("page")


class ModerateView(generic.EditView):
    def save_instance(self):
        # Who decided and when: kept with the comment (and in the object's history).
        self.form.instance.moderated_by = self.request.user
        self.form.instance.moderated_at = timezone.now()
        return super().save_instance()


class ConsultationCommentViewSet(ModelViewSet):
    model = ConsultationComment
    icon = "comment"
    menu_label = "Ý kiến góp ý dự thảo"
    menu_order = 250
    add_to_admin_menu = True
    url_prefix = "y-kien-gop-y"
    copy_view_enabled = False
    inspect_view_enabled = True
    index_view_class = CommentIndexView
    edit_view_class = ModerateView
    list_display = ["full_name", Column("page", label="Dự thảo"), "section", "submitted_at", "status"]
    list_filter = ["status", "page"]
    search_fields = ["full_name", "organisation", "comment", "section"]
    ordering = ["-submitted_at"]
    panels = [
        MultiFieldPanel(
            [
                FieldPanel("page", read_only=True),
                FieldRowPanel([FieldPanel("full_name", read_only=True), FieldPanel("organisation", read_only=True)]),
                FieldPanel("email", read_only=True),
                FieldPanel("section", read_only=True),
                FieldPanel("comment", read_only=True),
            ],
            heading="Ý kiến như người gửi đã viết (không sửa được)",
        ),
        MultiFieldPanel([FieldPanel("status"), FieldPanel("moderation_note")], heading="Kiểm duyệt"),
    ]



register_permission_policy(ConsultationComment, ReceivedOnlyPolicy(ConsultationComment))
consultation_comments = ConsultationCommentViewSet("consultation_comments")


@hooks.register("register_admin_viewset")
def register_consultation_comments():
    return consultation_comments


@hooks.register("register_admin_urls")
def consultation_admin_urls():
    return [
        path("lay-y-kien/<int:page_id>/y-kien.xlsx", consultation_views.export_comments,
             name="participation_consultation_export"),
        path("lay-y-kien/<int:page_id>/tong-hop/", consultation_views.comments_summary,
             name="participation_consultation_summary"),
        path("khao-sat/<int:page_id>/ket-qua/", survey_views.survey_results, name="participation_survey_results"),
        path("khao-sat/<int:page_id>/ket-qua.<str:file_format>", survey_views.export_results,
             name="participation_survey_export"),
    ]


def consultation_buttons(page, user):
    specific = page.specific_deferred
    if isinstance(specific, SurveyPage):
        return [Button("Kết quả khảo sát", reverse("participation_survey_results", args=[page.pk]),
                       icon_name="list-ul", priority=80)]
    if not isinstance(specific, ConsultationPage) or not user.has_perm(consultation_views.VIEW_PERMISSION):
        return []
    comments = reverse(consultation_comments.get_url_name("index")) + f"?page={page.pk}"
    return [
        Button("Kiểm duyệt ý kiến", comments, icon_name="comment", priority=80),
        Button("Tải ý kiến (XLSX)", reverse("participation_consultation_export", args=[page.pk]),
               icon_name="download", priority=81),
        Button("Bản tổng hợp để in", reverse("participation_consultation_summary", args=[page.pk]),
               icon_name="doc-full", priority=82),
    ]


@hooks.register("register_page_header_buttons")
def consultation_header_buttons(page, user, view_name, next_url=None):
    return consultation_buttons(page, user)


@hooks.register("register_page_listing_more_buttons")
def consultation_listing_buttons(page, user, next_url=None):
    return consultation_buttons(page, user)


@hooks.register("portal_setup")
def consultation_setup_step(home):
    consultation_setup.ensure_consultation_permissions()


@hooks.register("portal_demo")
def consultation_demo_step(home):
    consultation_demo.load_consultations(home)
    survey_demo.load_survey(home)


@hooks.register("portal_page_panels")
def open_consultations_panel(page, request):
    """Văn bản > Dự thảo văn bản lists the drafts open for comment and leads to /lay-y-kien/ (R4, R9)."""
    if not (isinstance(page, SectionPage) and page.slug == "du-thao-van-ban"):
        return None
    index = ConsultationIndexPage.objects.live().filter(locale_id=page.locale_id).first()
    if index is None:
        return None
    return {"template": "participation/panels/open_consultations.html", "consultation_index": index,
            "consultations": list(index.consultations("dang-lay-y-kien")[:10])}
