"""Demonstration questions and information requests in every status (setup_portal --demo).

Routed to the demo units of ``directory.demo.ensure_demo_units``; dates are set relative to today so
the queue always shows something due soon, something overdue and answers on time and late.
"""

import datetime
import uuid

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone
from wagtail.rich_text import RichText

from compliance import workdays
from directory.demo import ensure_demo_units

from . import tracking
from .models import Competence, InformationRequest, Question, QuestionField, RejectionReason, Status, UnitOfficer
from .question_setup import GROUP_OFFICERS

DEMO_NAMESPACE = uuid.UUID("6f1b3c52-3e0a-4d8e-9a43-5a7a8d2b9c10")

# (key, title, body, field, unit slug, status, working days ago received, consent, answer, language)
QUESTIONS = [
    ("chu-ky-so", "Thủ tục cấp chứng thư chữ ký số cho cá nhân",
     "Tôi là viên chức, muốn đăng ký chữ ký số cá nhân để ký văn bản điện tử. Xin hỏi hồ sơ gồm những gì và "
     "nộp ở đâu?", "Công nghệ thông tin, chuyển đổi số", "phong-cong-nghe-thong-tin", Status.APPROVED, 12, True,
     "Hồ sơ gồm phiếu đề nghị theo mẫu và bản sao căn cước công dân; nộp qua đơn vị công tác để tổng hợp gửi "
     "Ban Cơ yếu Chính phủ. Thời gian cấp khoảng 5 ngày làm việc kể từ khi nhận đủ hồ sơ hợp lệ.", "vi"),
    ("giay-phep-trang-tin", "Điều kiện cấp giấy phép trang thông tin điện tử tổng hợp",
     "Doanh nghiệp chúng tôi muốn lập trang thông tin điện tử tổng hợp. Xin cho biết điều kiện và thời hạn "
     "giải quyết.", "Báo chí, xuất bản", "phong-thong-tin-bao-chi-xuat-ban", Status.APPROVED, 20, True,
     "Điều kiện cấp phép theo Nghị định 72/2013/NĐ-CP (sửa đổi bởi Nghị định 27/2018/NĐ-CP): có tổ chức, nhân "
     "sự, tên miền, kỹ thuật và biện pháp bảo đảm an toàn thông tin. Thời hạn giải quyết 10 ngày làm việc.",
     "vi"),
    ("buu-chinh-cong-ich", "Phí dịch vụ bưu chính công ích",
     "Cho tôi hỏi cước gửi thư cơ bản trong nước hiện nay là bao nhiêu?", "Bưu chính, viễn thông",
     "phong-buu-chinh-vien-thong", Status.APPROVED, 15, False,
     "Cước dịch vụ thư cơ bản trong nước do Bộ quản lý chuyên ngành quy định; Sở đã gửi ông bảng cước hiện "
     "hành qua thư điện tử.", "vi"),
    ("song-di-dong", "Sóng di động yếu tại thôn Đông",
     "Khu dân cư thôn Đông sóng điện thoại rất yếu, đề nghị Sở đôn đốc các nhà mạng lắp thêm trạm.",
     "Bưu chính, viễn thông", "phong-buu-chinh-vien-thong", Status.ROUTED, 9, True, "", "vi"),
    ("dich-vu-cong", "Nộp hồ sơ trực tuyến mức độ toàn trình",
     "Thủ tục cấp lại giấy phép xuất bản bản tin đã nộp trực tuyến toàn trình được chưa?",
     "Thủ tục hành chính", "phong-thong-tin-bao-chi-xuat-ban", Status.ROUTED, 4, True, "", "vi"),
    ("wifi-cong-cong", "Kế hoạch phủ wifi công cộng",
     "Tỉnh có kế hoạch lắp wifi miễn phí tại các điểm du lịch không?", "Công nghệ thông tin, chuyển đổi số",
     "trung-tam-cntt-truyen-thong", Status.ANSWERED, 3, True,
     "Năm nay Trung tâm triển khai thí điểm tại 5 điểm du lịch; danh sách sẽ được công bố trên Cổng.", "vi"),
    ("moi-nhan", "Hướng dẫn cài đặt ứng dụng định danh điện tử", "Tôi cài ứng dụng nhưng không kích hoạt được.",
     "", "", Status.RECEIVED, 0, True, "", "vi"),
    ("khieu-nai", "Khiếu nại quyết định xử phạt",
     "Tôi khiếu nại quyết định xử phạt vi phạm hành chính số 12/QĐ-XPVPHC.",
     "Lĩnh vực khác", "", Status.REJECTED, 6, False, "", "vi"),
    ("english", "Press accreditation for foreign journalists",
     "How does a foreign journalist register to report on events in the province?", "Báo chí, xuất bản",
     "phong-thong-tin-bao-chi-xuat-ban", Status.APPROVED, 10, True,
     "Foreign journalists register through the Ministry of Foreign Affairs' press centre; the Department then "
     "provides a programme and contacts for the events they cover.", "en"),
]

REQUESTS = [
    ("ke-hoach-cds", "Kế hoạch chuyển đổi số năm 2026 của tỉnh",
     "Đề nghị cung cấp bản Kế hoạch chuyển đổi số năm 2026 và phụ lục danh mục dự án.",
     "Phục vụ nghiên cứu của sinh viên.", "phong-cong-nghe-thong-tin", Status.ROUTED, 3),
    ("ngan-sach", "Dự toán ngân sách năm 2025 của Sở",
     "Đề nghị cung cấp dự toán ngân sách được giao năm 2025.", "Tìm hiểu để viết bài báo.",
     "phong-ke-hoach-tai-chinh", Status.APPROVED, 20),
]


def _received(days_ago):
    """A morning ``days_ago`` working days before today, so deadlines land where the demo wants them."""
    day = timezone.localdate()
    for _ in range(days_ago):
        day -= datetime.timedelta(days=1)
        while not workdays.is_working_day(day):
            day -= datetime.timedelta(days=1)
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(9, 0)))


def _demo_officer(units):
    User = get_user_model()
    officer, created = User.objects.get_or_create(username="canbo.cntt", defaults={
        "first_name": "Cán bộ", "last_name": "Phòng CNTT", "email": "canbo.cntt@stttt.example.gov.vn"})
    if created:
        officer.set_unusable_password()
        officer.save()
    officer.groups.add(Group.objects.get(name=GROUP_OFFICERS))
    UnitOfficer.objects.get_or_create(user=officer, unit=units["phong-cong-nghe-thong-tin"])
    return officer


def _advance(obj, status, unit, answer_text, received, late=False):
    """Walk the demo item through the real transitions' fields (no e-mails for demo data)."""
    if status == Status.RECEIVED:
        return
    if status == Status.REJECTED:
        obj.status, obj.rejection_reason = Status.REJECTED, RejectionReason.COMPLAINT
        obj.rejection_note = "Nội dung khiếu nại được giải quyết theo Luật Khiếu nại; đề nghị gửi đơn trực tiếp."
    else:
        obj.unit, obj.status = unit, Status.ROUTED
        obj.due_date = obj.compute_due_date()
    if status in (Status.ANSWERED, Status.APPROVED) and answer_text:
        obj.answer, obj.status = answer_text, Status.ANSWERED
        obj.answer_drafted_at = received + datetime.timedelta(days=2)
    if status == Status.APPROVED:
        obj.status = Status.APPROVED
        # Most answered within the deadline; those received 20 working days ago were answered late.
        obj.answered_at = received + datetime.timedelta(days=10 if late else 3)
    obj.save()
    tracking.log(obj, status)


def load_questions(home):
    units = ensure_demo_units()
    _demo_officer(units)
    fields = {field.name: field for field in QuestionField.objects.all()}
    for key, title, body, field, unit, status, days_ago, consent, answer_text, language in QUESTIONS:
        token = uuid.uuid5(DEMO_NAMESPACE, f"question:{key}")
        if Question.objects.filter(submission_token=token).exists():
            continue
        received = _received(days_ago)
        obj = Question(
            submission_token=token, code=tracking.new_code(Question, received.year), language=language,
            full_name="Nguyễn Văn An" if language == "vi" else "John Smith", address="Số 1 Trần Hưng Đạo, TP. Bắc Ninh",
            email=f"{key}@example.vn", phone="0912 345 678", title=title, body=body, field=fields.get(field),
            consent_to_publish=consent, received_at=received,
        )
        obj.save()
        tracking.log(obj, "received")
        _advance(obj, status, units.get(unit), answer_text, received, late=days_ago >= 20)
    for key, title, body, purpose, unit, status, days_ago in REQUESTS:
        token = uuid.uuid5(DEMO_NAMESPACE, f"request:{key}")
        if InformationRequest.objects.filter(submission_token=token).exists():
            continue
        received = _received(days_ago)
        obj = InformationRequest(
            submission_token=token, code=tracking.new_code(InformationRequest, received.year),
            full_name="Trần Thị Bình", id_number="027190001234", address="Phường Suối Hoa, TP. Bắc Ninh",
            email=f"{key}@example.vn", phone="0987 654 321", title=title, body=body, purpose=purpose,
            received_at=received, competence=Competence.OWN,
        )
        obj.save()
        tracking.log(obj, "received")
        _advance(obj, status, units.get(unit), "Sở gửi kèm bản điện tử của tài liệu được yêu cầu.", received)


FOCAL_POINT = (
    "<p>Đầu mối cung cấp thông tin theo Luật Tiếp cận thông tin 2016 (Điều 9): <b>Văn phòng Sở</b>.</p>"
    "<p>Địa chỉ tiếp nhận yêu cầu: Văn phòng Sở, bộ phận một cửa. Thư điện tử: vanphong@stttt.example.gov.vn. "
    "Yêu cầu trực tuyến: mục <i>Yêu cầu cung cấp thông tin</i>; thời hạn trả lời 15 ngày làm việc kể từ ngày "
    "nhận yêu cầu hợp lệ (Luật Tiếp cận thông tin, Điều 29).</p>"
)
PUBLIC_LIST = (
    "<p>Danh mục thông tin phải được công khai theo Điều 17 Luật Tiếp cận thông tin, do Sở tạo ra: văn bản "
    "quy phạm pháp luật, văn bản hành chính có giá trị áp dụng chung; thủ tục hành chính; dự toán, quyết toán "
    "ngân sách; chiến lược, quy hoạch, kế hoạch; danh mục dự án; báo cáo thống kê; chức năng, nhiệm vụ, cơ cấu "
    "tổ chức và thông tin liên hệ. Mỗi mục được đăng tại chuyên mục tương ứng của Cổng.</p>"
)


def load_information_pages(home):
    """The focal point and the list of information made public: ordinary pages, filled once for the demo."""
    from home.setup import find_page, publish

    for path, text in (("tiep-can-thong-tin/dau-moi-cung-cap-thong-tin", FOCAL_POINT),
                       ("tiep-can-thong-tin/danh-muc-thong-tin-cong-khai", PUBLIC_LIST)):
        page = find_page(home, path)
        if page is None or len(page.body):
            continue
        page.body = [("paragraph", RichText(text))]
        publish(page)
