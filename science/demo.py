"""Demonstration programmes and topics of the fictional province (setup_portal --demo): two accepted
with their reports, one under way, one programme just approved."""

import datetime

from home.demo_files import demo_document, demo_pdf

from .models import ScienceTopic, ScienceTopicFile

TOPICS = [
    {
        "code": "ĐTKHCN.01/2023", "kind": "topic", "level": "province", "field": "engineering",
        "name": "Nghiên cứu ứng dụng công nghệ Internet vạn vật (IoT) giám sát chất lượng nước nuôi trồng "
                "thủy sản tại tỉnh Bình An",
        "host": "Trường Đại học Kỹ thuật Bình An", "lead": "TS. Nguyễn Văn Hùng",
        "start": "01/03/2023", "end": "31/08/2024", "budget": 1_450_000_000, "status": "accepted",
        "accepted": "15/10/2024", "rating": "passed",
        "objectives": "Xây dựng hệ thống cảm biến đo nhiệt độ, độ mặn, pH và oxy hòa tan tại ao nuôi; cảnh báo "
                      "sớm qua tin nhắn cho hộ nuôi.\nThử nghiệm tại 20 hộ nuôi tôm ở hai huyện ven biển.",
        "results": "Hệ thống vận hành ổn định tại 20 hộ nuôi; tỷ lệ tôm hao hụt giảm 18% so với vụ trước. "
                   "Quy trình lắp đặt đã được chuyển giao cho Trung tâm Khuyến nông tỉnh.",
    },
    {
        "code": "CS.02/2022", "kind": "topic", "level": "grassroots", "field": "social",
        "name": "Xây dựng bộ chỉ số đánh giá mức độ hài lòng của người dân đối với dịch vụ công trực tuyến "
                "của Sở",
        "host": "Văn phòng Sở Khoa học và Công nghệ", "lead": "ThS. Trần Thị Mai",
        "start": "01/02/2022", "end": "31/12/2022", "budget": 180_000_000, "status": "accepted",
        "accepted": "20/02/2023", "rating": "excellent",
        "objectives": "Đề xuất bộ chỉ số và phiếu khảo sát trực tuyến đo mức độ hài lòng của người dân.",
        "results": "Bộ 12 chỉ số đã được áp dụng trong khảo sát hằng năm của Sở từ năm 2023.",
    },
    {
        "code": "ĐTKHCN.04/2024", "kind": "topic", "level": "province", "field": "agricultural",
        "name": "Nghiên cứu chọn tạo giống lúa chịu mặn phù hợp với vùng ven biển tỉnh Bình An",
        "host": "Viện Nghiên cứu Nông nghiệp Bình An", "lead": "PGS.TS. Lê Minh Tuấn",
        "start": "01/06/2024", "end": "31/05/2027", "budget": 3_200_000_000, "status": "in_progress",
        "objectives": "Chọn tạo 02 giống lúa chịu mặn 4‰, năng suất từ 6 tấn/ha, được công nhận sản xuất thử.",
    },
    {
        "code": "CT.KHCN-CĐS/2025", "kind": "programme", "level": "province", "field": "engineering",
        "name": "Chương trình khoa học và công nghệ hỗ trợ chuyển đổi số tỉnh Bình An giai đoạn 2025 – 2030",
        "host": "Sở Khoa học và Công nghệ tỉnh Bình An", "lead": "",
        "start": "01/01/2025", "end": "31/12/2030", "budget": 25_000_000_000, "status": "approved",
        "objectives": "Đặt hàng các đề tài, dự án ứng dụng công nghệ số trong quản lý nhà nước, y tế, giáo dục "
                      "và nông nghiệp của tỉnh.",
    },
]


def date(text):
    return datetime.datetime.strptime(text, "%d/%m/%Y").date() if text else None


def report(topic, title):
    return demo_document(
        f"{title} – {topic['code']}", f"{title}-{topic['code']}.pdf".replace("/", "-"),
        demo_pdf(title, [topic["code"], topic["name"][:90], topic["host"]]),
    )


def load_topics(home):
    for item in TOPICS:
        if ScienceTopic.objects.filter(code=item["code"], locale=home.locale).exists():
            continue
        accepted = item["status"] == "accepted"
        topic = ScienceTopic(
            code=item["code"], name=item["name"], kind=item["kind"], level=item["level"], field=item["field"],
            host_organisation=item["host"], lead_researcher=item["lead"], period_start=date(item["start"]),
            period_end=date(item["end"]), budget=item["budget"], status=item["status"],
            objectives=item["objectives"], acceptance_date=date(item.get("accepted")),
            acceptance_rating=item.get("rating", ""), results_summary=item.get("results", ""),
            summary_report=report(item, "Báo cáo tổng hợp") if accepted else None,
            application_report=report(item, "Báo cáo kết quả ứng dụng") if accepted else None,
            locale=home.locale, live=False,
        )
        topic.full_clean()
        topic.save()
        if accepted:
            ScienceTopicFile.objects.create(topic=topic, file=report(item, "Biên bản nghiệm thu"),
                                            label="Biên bản họp Hội đồng nghiệm thu")
        topic.save_revision().publish()
