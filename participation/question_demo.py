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
    ("nhan-hieu-ocop", "Thủ tục đăng ký nhãn hiệu cho sản phẩm OCOP",
     "Hợp tác xã chúng tôi có sản phẩm đạt OCOP 3 sao, muốn đăng ký nhãn hiệu. Xin hỏi hồ sơ gồm những gì và "
     "Sở có hỗ trợ chi phí không?", "Sở hữu trí tuệ", "phong-quan-ly-cong-nghe", Status.APPROVED, 12, True,
     "Hồ sơ gồm tờ khai đăng ký nhãn hiệu, mẫu nhãn hiệu và danh mục sản phẩm, nộp tại Cục Sở hữu trí tuệ. "
     "Chương trình phát triển tài sản trí tuệ của tỉnh hỗ trợ tối đa 50% chi phí; hồ sơ đề nghị hỗ trợ nộp tại "
     "Phòng Quản lý công nghệ và Thị trường công nghệ.", "vi"),
    ("chu-nhiem-de-tai", "Điều kiện làm chủ nhiệm đề tài khoa học cấp tỉnh",
     "Tôi là giảng viên, muốn đăng ký chủ nhiệm đề tài khoa học cấp tỉnh năm 2027. Xin cho biết điều kiện và "
     "thời hạn nộp hồ sơ.", "Quản lý khoa học", "phong-quan-ly-khoa-hoc", Status.APPROVED, 20, True,
     "Chủ nhiệm đề tài phải có trình độ đại học trở lên, chuyên môn phù hợp và không đang chủ trì đề tài quá hạn "
     "nghiệm thu. Thông báo tuyển chọn năm 2027 đăng trên Cổng; hạn nộp hồ sơ là ngày 31/3/2027.", "vi"),
    ("kiem-dinh-can", "Phí kiểm định cân dùng trong mua bán",
     "Cho tôi hỏi phí kiểm định cân đồng hồ dùng ở chợ hiện nay là bao nhiêu?", "Tiêu chuẩn, đo lường, chất lượng",
     "chi-cuc-tdc", Status.APPROVED, 15, False,
     "Phí kiểm định theo biểu phí của Bộ Tài chính; Chi cục đã gửi ông biểu phí hiện hành qua thư điện tử.", "vi"),
    ("x-quang", "Giấy phép sử dụng thiết bị X-quang tại phòng khám",
     "Phòng khám tư nhân của tôi mới mua máy X-quang chẩn đoán, đề nghị hướng dẫn thủ tục cấp giấy phép.",
     "An toàn bức xạ, hạt nhân", "phong-quan-ly-cong-nghe", Status.ROUTED, 9, True, "", "vi"),
    ("dich-vu-cong", "Nộp hồ sơ trực tuyến toàn trình",
     "Thủ tục cấp Giấy chứng nhận doanh nghiệp khoa học và công nghệ đã nộp trực tuyến toàn trình được chưa?",
     "Thủ tục hành chính", "phong-quan-ly-cong-nghe", Status.ROUTED, 4, True, "", "vi"),
    ("doi-moi-cong-nghe", "Hỗ trợ đổi mới công nghệ cho doanh nghiệp nhỏ",
     "Doanh nghiệp chế biến nông sản của tôi muốn thay dây chuyền sấy, tỉnh có chương trình hỗ trợ không?",
     "Công nghệ và thị trường công nghệ", "trung-tam-ung-dung", Status.ANSWERED, 3, True,
     "Năm nay Trung tâm hỗ trợ tư vấn và 30% kinh phí chuyển giao công nghệ cho 10 doanh nghiệp; hồ sơ nhận "
     "đến hết tháng 12.", "vi"),
    ("moi-nhan", "Tra cứu kết quả đề tài đã nghiệm thu", "Tôi muốn đọc báo cáo tổng hợp của một đề tài năm 2020.",
     "", "", Status.RECEIVED, 0, True, "", "vi"),
    ("khieu-nai", "Khiếu nại quyết định xử phạt",
     "Tôi khiếu nại quyết định xử phạt vi phạm hành chính số 12/QĐ-XPVPHC.",
     "Lĩnh vực khác", "", Status.REJECTED, 6, False, "", "vi"),
    ("english", "Registering a technology transfer contract",
     "Our foreign-invested company will license a production technology from its parent company. Must the "
     "contract be registered in the province?", "Công nghệ và thị trường công nghệ",
     "phong-quan-ly-cong-nghe", Status.APPROVED, 10, True,
     "Contracts for technology transferred into Viet Nam that is not on the restricted list are registered on "
     "request; the Department receives the dossier and answers within 5 working days.", "en"),
]

REQUESTS = [
    ("ke-hoach-khcn", "Kế hoạch khoa học và công nghệ năm 2026 của tỉnh",
     "Đề nghị cung cấp Kế hoạch khoa học và công nghệ năm 2026 và danh mục nhiệm vụ kèm theo.",
     "Phục vụ nghiên cứu của sinh viên.", "phong-quan-ly-khoa-hoc", Status.ROUTED, 3),
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
    officer, created = User.objects.get_or_create(username="canbo.qlcn", defaults={
        "first_name": "Cán bộ", "last_name": "Phòng QLCN", "email": "canbo.qlcn@binhan.example.gov.vn"})
    if created:
        officer.set_unusable_password()
        officer.save()
    officer.groups.add(Group.objects.get(name=GROUP_OFFICERS))
    UnitOfficer.objects.get_or_create(user=officer, unit=units["phong-quan-ly-cong-nghe"])
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
    "<p>Địa chỉ tiếp nhận yêu cầu: Văn phòng Sở, bộ phận một cửa. Thư điện tử: vanphong.sokhcn@binhan.example.gov.vn. "
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
