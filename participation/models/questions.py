"""Citizens' questions (R10, R30-R33) and information requests (R17).

Both are a **tracked request**: a citizen's submission with an unguessable tracking code, a status
machine, a responsible unit, a deadline in working days and an audit log. :class:`TrackedRequest`
holds all of that once; :class:`Question` and :class:`InformationRequest` add only their own fields.
The transitions (route, reject, answer, approve) live in ``participation/tracking.py``.
"""

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from compliance import workdays
from home.public_forms import PublicSubmission
from home.search import SearchTextMixin
from home.terms import BilingualTerm

__all__ = [
    "OPEN_STATUSES", "due_soon_until", "Competence", "DeliveryForm", "InformationRequest", "Question", "QuestionField",
    "RejectionReason", "RequestEvent", "Status", "TrackedRequest", "UnitOfficer", "QuestionPage", "InformationRequestPage",
]

# Length limits of what the public writes (R34): generous for a real question, bounded for abuse.
NAME_MAX = 120
TITLE_MAX = 200
BODY_MAX = 5000


class Status(models.TextChoices):
    RECEIVED = "received", "Đã tiếp nhận"
    ROUTED = "routed", "Đang xử lý"
    ANSWERED = "answered", "Đã có trả lời, chờ duyệt"
    APPROVED = "approved", "Đã trả lời"
    REJECTED = "rejected", "Không tiếp nhận"


OPEN_STATUSES = (Status.RECEIVED, Status.ROUTED, Status.ANSWERED)


def due_soon_until(today):
    """The last due date that counts as due soon (the reminders' window): the next working day."""
    return workdays.add_working_days(today, 1)


class Competence(models.TextChoices):
    OWN = "own", "Thuộc thẩm quyền của cơ quan"
    INTER_AGENCY = "inter_agency", "Cần phối hợp liên ngành"
    APPOINTMENT = "appointment", "Trường hợp đặc biệt, có hẹn"


class RejectionReason(models.TextChoices):
    INCOMPLETE = "incomplete", "Không đủ thông tin bắt buộc"
    COMPLAINT = "complaint", "Là khiếu nại, tố cáo (giải quyết theo quy định riêng)"
    OUTSIDE_COMPETENCE = "outside_competence", "Không thuộc thẩm quyền của cơ quan"
    OTHER = "other", "Lý do khác"


class DeliveryForm(models.TextChoices):
    EMAIL = "email", "Thư điện tử"
    POST = "post", "Bưu điện"
    IN_PERSON = "in_person", "Nhận trực tiếp tại cơ quan"


# What the public reads (lookup page, e-mails) in the sender's language; the admin reads the choices above.
PUBLIC_STATUS_LABELS = {
    Status.RECEIVED: _("Received, waiting to be assigned"),
    Status.ROUTED: _("Being answered by the competent unit"),
    Status.ANSWERED: _("Answer written, waiting for approval"),
    Status.APPROVED: _("Answered"),
    Status.REJECTED: _("Not accepted"),
}
PUBLIC_REJECTION_LABELS = {
    RejectionReason.INCOMPLETE: _("The required information is missing."),
    RejectionReason.COMPLAINT: _("It is a complaint or denunciation, handled under the law on complaints and "
                                 "denunciations."),
    RejectionReason.OUTSIDE_COMPETENCE: _("It is outside the competence of this agency."),
    RejectionReason.OTHER: _("Other reason."),
}


class QuestionField(BilingualTerm):
    """A field (lĩnh vực) questions are classified by and the public list is filtered by, on both channels."""

    class Meta(BilingualTerm.Meta):
        verbose_name = "Lĩnh vực hỏi đáp"
        verbose_name_plural = "Lĩnh vực hỏi đáp"


class UnitOfficer(models.Model):
    """An officer answering the citizens' questions routed to a unit (one row per user and unit)."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name="Cán bộ", on_delete=models.CASCADE,
                             related_name="unit_assignments")
    unit = models.ForeignKey("directory.Unit", verbose_name="Đơn vị", on_delete=models.CASCADE,
                             related_name="officers")

    class Meta:
        verbose_name = "Cán bộ trả lời của đơn vị"
        verbose_name_plural = "Cán bộ trả lời của đơn vị"
        constraints = [models.UniqueConstraint(fields=["user", "unit"], name="unique_unit_officer")]

    def __str__(self):
        return f"{self.user} – {self.unit}"


class TrackedRequest(PublicSubmission):
    """A citizen's tracked submission: code, deadline, responsible unit, answer and its approval."""

    code_prefix = "YC"
    deadline_setting = None  # subclasses name their deadlines in settings.PORTAL_TRACKED_DEADLINES

    code = models.CharField("Mã tra cứu", max_length=20, unique=True, editable=False)
    language = models.CharField(
        "Ngôn ngữ", max_length=8, default="vi", editable=False,
        help_text="Ngôn ngữ của trang người gửi đã dùng; câu trả lời viết và công bố bằng ngôn ngữ này.",
    )
    # Identity of the sender (Bắc Ninh QĐ 96 Điều 13.1.b: họ tên, địa chỉ, thư điện tử, điện thoại).
    full_name = models.CharField("Họ và tên", max_length=NAME_MAX)
    address = models.CharField("Địa chỉ", max_length=255)
    email = models.EmailField("Thư điện tử", max_length=254)
    phone = models.CharField("Điện thoại", max_length=20)
    title = models.CharField("Tiêu đề", max_length=TITLE_MAX)
    body = models.TextField("Nội dung", max_length=BODY_MAX)

    status = models.CharField("Trạng thái", max_length=20, choices=Status.choices, default=Status.RECEIVED,
                              db_index=True)
    received_at = models.DateTimeField("Thời điểm tiếp nhận", default=timezone.now, db_index=True)
    unit = models.ForeignKey(
        "directory.Unit", verbose_name="Đơn vị xử lý", null=True, blank=True, on_delete=models.PROTECT,
        related_name="+",
    )
    competence = models.CharField(
        "Thẩm quyền", max_length=20, choices=Competence.choices, default=Competence.OWN,
        help_text="Quyết định thời hạn trả lời (QĐ 96/QĐ-UBND Bắc Ninh, Điều 13.1.c).",
    )
    due_date = models.DateField("Hạn trả lời", db_index=True)
    answer = models.TextField("Nội dung trả lời", blank=True)
    answered_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name="Cán bộ trả lời", null=True,
                                    blank=True, on_delete=models.SET_NULL, related_name="+")
    answer_drafted_at = models.DateTimeField("Thời điểm soạn trả lời", null=True, blank=True)
    approved_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name="Người duyệt", null=True, blank=True,
                                    on_delete=models.SET_NULL, related_name="+")
    answered_at = models.DateTimeField(
        "Thời điểm trả lời", null=True, blank=True, db_index=True,
        help_text="Khi câu trả lời được duyệt và gửi cho người hỏi: đúng hạn nếu không sau hạn trả lời.",
    )
    rejection_reason = models.CharField("Lý do không tiếp nhận", max_length=30, choices=RejectionReason.choices,
                                        blank=True)
    rejection_note = models.TextField("Giải thích", blank=True)
    review_note = models.TextField("Ý kiến của người duyệt", blank=True)

    class Meta:
        abstract = True
        ordering = ["due_date", "pk"]

    def __str__(self):
        return f"{self.code} – {self.title}"

    @classmethod
    def deadline_days(cls, competence):
        return settings.PORTAL_TRACKED_DEADLINES[cls.deadline_setting][competence]

    def compute_due_date(self):
        return workdays.deadline_for(self.received_at, self.deadline_days(self.competence))

    def save(self, *args, **kwargs):
        if not self.due_date:
            self.due_date = self.compute_due_date()
        super().save(*args, **kwargs)

    @property
    def public_status(self):
        return PUBLIC_STATUS_LABELS[self.status]

    @property
    def public_rejection_reason(self):
        return PUBLIC_REJECTION_LABELS.get(self.rejection_reason, "")

    @property
    def is_open(self):
        return self.status in OPEN_STATUSES

    @property
    def is_overdue(self):
        return self.is_open and timezone.localdate() > self.due_date

    @property
    def is_due_soon(self):
        """Open and due today or on the next working day (the reminders' window)."""
        today = timezone.localdate()
        return self.is_open and today <= self.due_date <= due_soon_until(today)


class Question(SearchTextMixin, TrackedRequest):
    """A citizen's question (Hỏi đáp, R10, R30-R33)."""

    code_prefix = "HD"
    deadline_setting = "question"
    # The published list's keyword filter folds both sides: "nghi dinh" finds "Nghị định" (R40).
    TEXT_FIELDS = ("title", "body", "answer")

    field = models.ForeignKey(QuestionField, verbose_name="Lĩnh vực", null=True, blank=True,
                              on_delete=models.SET_NULL, related_name="questions")
    consent_to_publish = models.BooleanField(
        "Đồng ý công khai", default=False,
        help_text="Chỉ câu hỏi người hỏi đồng ý công khai mới được đăng (không kèm thông tin cá nhân).",
    )
    search_text = models.TextField("Văn bản tìm kiếm", blank=True, editable=False,
                                   help_text="Tiêu đề, câu hỏi và câu trả lời viết không dấu, để tìm có dấu hay "
                                             "không dấu đều thấy (tự điền khi lưu).")

    class Meta(TrackedRequest.Meta):
        verbose_name = "Câu hỏi của công dân"
        verbose_name_plural = "Câu hỏi của công dân"
        permissions = [("triage_question", "Phân loại, chuyển xử lý câu hỏi"),
                       ("approve_question", "Duyệt câu trả lời")]

    @property
    def is_published(self):
        return self.status == Status.APPROVED and self.consent_to_publish


class InformationRequest(TrackedRequest):
    """A request for information under Luật Tiếp cận thông tin 2016 (R17; Điều 24: nội dung phiếu yêu cầu)."""

    code_prefix = "TT"
    deadline_setting = "information_request"

    id_number = models.CharField("Số CMND/CCCD/Hộ chiếu", max_length=20,
                                 help_text="Luật Tiếp cận thông tin, Điều 24, khoản 2.")
    purpose = models.TextField("Mục đích yêu cầu", max_length=2000)
    delivery_form = models.CharField("Hình thức nhận thông tin", max_length=20, choices=DeliveryForm.choices,
                                     default=DeliveryForm.EMAIL)

    class Meta(TrackedRequest.Meta):
        verbose_name = "Yêu cầu cung cấp thông tin"
        verbose_name_plural = "Yêu cầu cung cấp thông tin"
        permissions = [("triage_informationrequest", "Phân loại, chuyển xử lý yêu cầu cung cấp thông tin"),
                       ("approve_informationrequest", "Duyệt văn bản cung cấp thông tin")]


class RequestEvent(models.Model):
    """The audit log of a tracked request: who viewed its personal data or changed it, and when (R34)."""

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    object_id = models.PositiveBigIntegerField()
    request = GenericForeignKey("content_type", "object_id")
    action = models.CharField("Thao tác", max_length=30)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name="Người thực hiện", null=True, blank=True,
                             on_delete=models.SET_NULL, related_name="+")
    at = models.DateTimeField("Thời điểm", default=timezone.now)
    note = models.TextField("Ghi chú", blank=True)

    ACTION_LABELS = {
        "received": "Tiếp nhận", "viewed": "Xem thông tin cá nhân", "routed": "Chuyển đơn vị xử lý",
        "rejected": "Không tiếp nhận", "answered": "Soạn trả lời", "returned": "Trả lại để sửa",
        "approved": "Duyệt và gửi trả lời", "reminded": "Nhắc hạn",
    }

    class Meta:
        verbose_name = "Nhật ký xử lý"
        verbose_name_plural = "Nhật ký xử lý"
        ordering = ["at", "pk"]
        indexes = [models.Index(fields=["content_type", "object_id"])]

    @property
    def action_label(self):
        return self.ACTION_LABELS.get(self.action, self.action)


# --- The public pages -----------------------------------------------------------------------------

from wagtail.contrib.routable_page.models import RoutablePageMixin, path  # noqa: E402

from home.models import PortalPage  # noqa: E402
from home.registers import SitemapItemsMixin  # noqa: E402


class TrackedRequestPage(RoutablePageMixin, PortalPage):
    """A section page that receives tracked requests: the form at its URL, the lookup at ``tra-cuu/``."""

    tracked_model = None
    form_template = "participation/request_form_page.html"

    class Meta:
        abstract = True

    @path("")
    def request_form(self, request):
        from participation.question_views import request_form_view

        return request_form_view(self, request)

    @path("tra-cuu/")
    def lookup(self, request):
        from participation.question_views import lookup_view

        return lookup_view(self, request)

    def get_form_class(self):
        raise NotImplementedError


class QuestionPage(SitemapItemsMixin, TrackedRequestPage):
    """Hỏi đáp (R10, R30): ask a question, follow it by its code, read the published answers."""

    tracked_model = Question
    parent_page_types = ["home.HomePage", "home.SectionPage"]
    max_count_per_parent = 1
    # Each published answer is in the sitemap; approving one (a save) forgets the cached sitemap.
    register_models = ("participation.Question",)
    sitemap_lastmod_field = "answered_at"

    class Meta:
        verbose_name = "Trang hỏi đáp"
        verbose_name_plural = "Trang hỏi đáp"

    def get_form_class(self):
        from participation.question_forms import QuestionForm

        return QuestionForm

    def published_questions(self):
        """Answered questions whose askers agreed to publication, in this page's language: no personal data."""
        return Question.objects.filter(
            status=Status.APPROVED, consent_to_publish=True, language=self.locale.language_code,
        ).select_related("field").order_by("-answered_at", "-pk")

    def register_sitemap_items(self, request):
        return self.published_questions()

    def register_item_path(self, item):
        return self.reverse_subpage("published_detail", args=(item.pk,))

    @path("da-tra-loi/")
    def published_list(self, request):
        from participation.question_views import published_list_view

        return published_list_view(self, request)

    @path("da-tra-loi/<int:pk>/")
    def published_detail(self, request, pk):
        from participation.question_views import published_detail_view

        return published_detail_view(self, request, pk)


class InformationRequestPage(TrackedRequestPage):
    """Yêu cầu cung cấp thông tin (R17; Luật Tiếp cận thông tin 2016, Điều 23-29)."""

    tracked_model = InformationRequest
    parent_page_types = ["home.HomePage", "home.SectionPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = "Trang yêu cầu cung cấp thông tin"
        verbose_name_plural = "Trang yêu cầu cung cấp thông tin"

    def get_form_class(self):
        from participation.question_forms import InformationRequestForm

        return InformationRequestForm
