"""Demonstration consultations for ``setup_portal --demo``: one open, one closed, with comments in
every moderation state. Times are relative to today so the open one stays open."""

import datetime
import uuid

from django.utils import timezone

from home.demo import paragraph

from .models import ConsultationComment, ConsultationIndexPage, ConsultationPage

RECEIVING = {
    "receiving_agency": "Sở Khoa học và Công nghệ tỉnh Bình An (Văn phòng Sở)",
    "receiving_address": "Số 18 đường Trần Hưng Đạo, phường Phú Lợi, thành phố Bình An, tỉnh Bình An",
    "receiving_email": "gopyduthao@binhan.example.gov.vn",
    "receiving_phone": "0274 3822 456",
}

CONSULTATIONS = [
    {
        "slug": "du-thao-quy-dinh-quan-ly-nhiem-vu-khoa-hoc-cap-tinh",
        "title": "Dự thảo Quyết định ban hành Quy định quản lý nhiệm vụ khoa học và công nghệ cấp tỉnh",
        "drafting_agency": "Sở Khoa học và Công nghệ tỉnh Bình An",
        "intro": "<p>Dự thảo quy định trình tự xác định, tuyển chọn, giao trực tiếp, kiểm tra, đánh giá nghiệm thu "
                 "và công nhận kết quả nhiệm vụ khoa học và công nghệ cấp tỉnh sử dụng ngân sách nhà nước.</p>",
        "body": [
            {"type": "heading", "value": {"text": "Chương I. Quy định chung", "level": "h3"}},
            paragraph("<b>Điều 1. Phạm vi điều chỉnh.</b> Quy định này quy định việc quản lý nhiệm vụ khoa học và "
                      "công nghệ cấp tỉnh có sử dụng ngân sách nhà nước trên địa bàn tỉnh Bình An."),
            paragraph("<b>Điều 2. Đối tượng áp dụng.</b> Tổ chức, cá nhân chủ trì, tham gia thực hiện và cơ quan "
                      "quản lý nhiệm vụ khoa học và công nghệ cấp tỉnh."),
            paragraph("<b>Điều 5. Đề xuất đặt hàng.</b> 1. Các sở, ban, ngành, Ủy ban nhân dân cấp huyện gửi đề xuất "
                      "đặt hàng về Sở Khoa học và Công nghệ trước ngày 30 tháng 4 hằng năm. 2. Tổ chức, cá nhân "
                      "được đề xuất trực tiếp qua Cổng thông tin điện tử của Sở."),
        ],
        "opens_days": -10, "closes_days": 20,
        "comments": [
            ("Trần Thị Hoa", "hoa.tran@example.vn", "Trường Đại học Bình An", "Điều 5, khoản 1",
             "Đề nghị lùi hạn gửi đề xuất đặt hàng đến ngày 31 tháng 5 để các trường kịp tổng hợp ý kiến "
             "của các khoa.", ConsultationComment.APPROVED),
            ("Lê Văn Minh", "minh.le@example.vn", "", "Điều 2",
             "Đề nghị bổ sung doanh nghiệp khoa học và công nghệ vào đối tượng áp dụng.",
             ConsultationComment.APPROVED),
            ("Phạm Quốc Bảo", "bao.pham@example.vn", "Công ty TNHH Cơ khí Bình An", "Điều 5, khoản 2",
             "Cần hướng dẫn cụ thể biểu mẫu đề xuất trực tuyến <và thời hạn trả lời>.",
             ConsultationComment.PENDING),
        ],
    },
    {
        "slug": "du-thao-ke-hoach-chuyen-doi-so-2026",
        "title": "Dự thảo Kế hoạch chuyển đổi số ngành khoa học và công nghệ năm 2026",
        "drafting_agency": "Phòng Quản lý công nghệ và Chuyển đổi số",
        "intro": "<p>Dự thảo kế hoạch đặt mục tiêu, nhiệm vụ và giải pháp chuyển đổi số của ngành khoa học và công "
                 "nghệ tỉnh năm 2026.</p>",
        "body": [
            paragraph("<b>I. Mục tiêu.</b> 100% hồ sơ thủ tục hành chính của Sở được tiếp nhận và giải quyết trực "
                      "tuyến toàn trình."),
            paragraph("<b>II. Nhiệm vụ.</b> Xây dựng cơ sở dữ liệu nhiệm vụ khoa học và công nghệ; số hóa kết quả "
                      "nghiên cứu đã nghiệm thu."),
        ],
        "opens_days": -45, "closes_days": -15,
        "comments": [
            ("Nguyễn Thu Trang", "trang.nguyen@example.vn", "Sở Thông tin và Truyền thông", "Mục I",
             "Đề nghị bổ sung chỉ tiêu về tỷ lệ hồ sơ được số hóa kết quả giải quyết.", ConsultationComment.APPROVED),
            ("Hoàng Văn Nam", "nam.hoang@example.vn", "", "Mục II",
             "Nên công khai cơ sở dữ liệu kết quả nghiên cứu để doanh nghiệp tra cứu.", ConsultationComment.APPROVED),
            ("Khách", "spam@example.com", "", "", "Quảng cáo dịch vụ không liên quan.", ConsultationComment.REJECTED),
        ],
    },
]


def load_consultations(home):
    from home.setup import publish

    index = ConsultationIndexPage.objects.child_of(home).first()
    if index is None:
        return
    today = timezone.localtime().replace(hour=8, minute=0, second=0, microsecond=0)
    for item in CONSULTATIONS:
        if ConsultationPage.objects.filter(slug=item["slug"]).exists():
            continue
        page = ConsultationPage(
            title=item["title"], slug=item["slug"], drafting_agency=item["drafting_agency"], intro=item["intro"],
            body=item["body"], opens_at=today + datetime.timedelta(days=item["opens_days"]),
            closes_at=today + datetime.timedelta(days=item["closes_days"], hours=9), locale_id=home.locale_id,
            **RECEIVING,
        )
        index.add_child(instance=page)
        publish(page)
        for number, (name, email, organisation, section, text, status) in enumerate(item["comments"]):
            comment = ConsultationComment.objects.create(
                page=page, full_name=name, email=email, organisation=organisation, section=section, comment=text,
                status=status, submission_token=uuid.uuid4(),
            )
            # Spread over the period, in the order they arrived.
            ConsultationComment.objects.filter(pk=comment.pk).update(
                submitted_at=page.opens_at + datetime.timedelta(days=2 + number, hours=number))
