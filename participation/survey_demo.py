"""A demonstration survey for ``setup_portal --demo``: open, with questions of the usual kinds and responses."""

import datetime
import uuid

from django.utils import timezone

from home.models import SectionPage

from .models import SurveyPage, SurveyQuestion, SurveyResponse

SLUG = "khao-sat-muc-do-hai-long-cong-thong-tin-2026"
QUESTIONS = [
    ("Bạn hài lòng thế nào với Cổng thông tin điện tử của Sở?", "radio",
     "Rất hài lòng\nHài lòng\nBình thường\nChưa hài lòng", True),
    ("Bạn thường dùng những mục nào?", "checkboxes",
     "Tin tức\nVăn bản\nDịch vụ công trực tuyến\nHỏi đáp\nLấy ý kiến dự thảo", False),
    ("Bạn thuộc nhóm nào?", "dropdown", "Người dân\nDoanh nghiệp\nCán bộ, công chức\nKhác", True),
    ("Góp ý để Cổng phục vụ tốt hơn", "multiline", "", False),
]
# (satisfaction, sections used, group, suggestion)
ANSWERS = [
    ("Rất hài lòng", ["Tin tức", "Văn bản"], "Người dân", ""),
    ("Hài lòng", ["Dịch vụ công trực tuyến"], "Doanh nghiệp", "Nên có hướng dẫn nộp hồ sơ bằng video."),
    ("Hài lòng", ["Văn bản", "Hỏi đáp"], "Cán bộ, công chức", ""),
    ("Bình thường", ["Tin tức"], "Người dân", "Tìm văn bản theo số ký hiệu còn chậm."),
    ("Hài lòng", ["Dịch vụ công trực tuyến", "Hỏi đáp"], "Doanh nghiệp", ""),
    ("Chưa hài lòng", ["Hỏi đáp"], "Người dân", "Câu trả lời cần nhanh hơn."),
    ("Rất hài lòng", ["Lấy ý kiến dự thảo", "Văn bản"], "Khác", ""),
    ("Hài lòng", ["Tin tức", "Dịch vụ công trực tuyến"], "Người dân", ""),
]


def load_survey(home):
    from home.setup import publish

    section = SectionPage.objects.child_of(home).filter(slug="khao-sat").first()
    if section is None or SurveyPage.objects.filter(slug=SLUG).exists():
        return
    today = timezone.localtime().replace(hour=7, minute=30, second=0, microsecond=0)
    page = SurveyPage(
        title="Khảo sát mức độ hài lòng về Cổng thông tin điện tử năm 2026", slug=SLUG,
        requesting_agency="Văn phòng Sở Khoa học và Công nghệ tỉnh Bình An",
        intro="<p>Ý kiến của bạn giúp Sở cải tiến nội dung và dịch vụ trên Cổng. Phiếu không ghi tên, "
              "mất khoảng 2 phút.</p>",
        thank_you_text="<p>Cảm ơn bạn đã tham gia khảo sát. Kết quả tổng hợp được gửi Văn phòng Sở.</p>",
        opens_at=today - datetime.timedelta(days=7), closes_at=today + datetime.timedelta(days=30),
        locale_id=home.locale_id,
    )
    for order, (label, kind, choices, required) in enumerate(QUESTIONS):
        page.form_fields.add(SurveyQuestion(label=label, field_type=kind, choices=choices, required=required,
                                            sort_order=order))
    section.add_child(instance=page)
    publish(page)
    names = [question.clean_name for question in page.get_form_fields()]
    for answers in ANSWERS:
        SurveyResponse.objects.create(page=page, form_data=dict(zip(names, answers)), submission_token=uuid.uuid4())
