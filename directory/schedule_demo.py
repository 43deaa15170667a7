"""Demonstration schedules (setup_portal --demo): the leaders' week, this week and next, and citizen
reception sessions with their results. Dates follow today, so the demo always shows a current week.
"""

import datetime

from django.db import transaction
from django.utils import timezone

from .demo import ensure_demo_units, load_demo_organisation
from .models import Official, ScheduleEntry, ScheduleKind
from .schedules import Week

# (weekday 0-6, start, end, leaders by index among the demo leaders (Giám đốc, then the two Phó Giám đốc), content, place, participants, unit slug,
#  recurring)
WORK_WEEK = (
    (0, "07:30", "09:00", (0, 1, 2), "Giao ban Ban Giám đốc Sở, đánh giá kết quả công tác tuần và triển khai "
     "nhiệm vụ tuần mới.", "Phòng họp số 1, trụ sở Sở", "Ban Giám đốc; Chánh Văn phòng; trưởng các phòng, "
     "đơn vị trực thuộc.", "van-phong", True),
    (0, "14:00", "16:30", (1,), "Họp Hội đồng tư vấn xác định nhiệm vụ khoa học và công nghệ cấp tỉnh đặt hàng "
     "năm 2027.", "Phòng họp số 2", "Thành viên Hội đồng; Phòng Quản lý khoa học.", "phong-quan-ly-khoa-hoc", False),
    (1, "08:00", "11:00", (0,), "Dự họp Ủy ban nhân dân tỉnh thường kỳ tháng.", "Hội trường Ủy ban nhân dân "
     "tỉnh", "", "van-phong", False),
    (1, "14:00", "", (2,), "Kiểm tra việc thực hiện quy định về đo lường tại các cửa hàng xăng dầu trên địa "
     "bàn thành phố.", "Thành phố Bình An", "Đoàn kiểm tra liên ngành.", "chi-cuc-tdc", False),
    (2, "08:00", "11:30", (0, 2), "Làm việc với Sở Thông tin và Truyền thông về kế hoạch chuyển đổi số ngành "
     "khoa học và công nghệ.", "Phòng họp số 1", "Phòng Quản lý công nghệ và Thị trường công nghệ; Văn phòng.",
     "phong-quan-ly-cong-nghe", False),
    (3, "08:00", "11:00", (0,), "Tiếp công dân định kỳ.", "Phòng tiếp công dân, trụ sở Sở", "Thanh tra Sở.",
     "thanh-tra", True),
    (3, "14:00", "17:00", (1,), "Nghiệm thu đề tài “Ứng dụng công nghệ sinh học trong sản xuất giống lúa chất "
     "lượng cao tại tỉnh Bình An”.", "Trung tâm Ứng dụng tiến bộ khoa học và công nghệ",
     "Hội đồng nghiệm thu; chủ nhiệm đề tài.", "trung-tam-ung-dung", False),
    (4, "08:00", "10:00", (0, 1, 2), "Hội nghị sơ kết công tác quý, triển khai nhiệm vụ trọng tâm.",
     "Hội trường tầng 3", "Toàn thể công chức, viên chức Sở.", "van-phong", False),
    (4, "15:00", "", (2,), "Làm việc tại cơ quan, xử lý công việc thường xuyên.", "Trụ sở Sở", "", "", False),
)

# (weekday, start, end, content, place, result for a past session)
RECEPTION_WEEK = (
    (3, "08:00", "11:00", "Tiếp công dân định kỳ của Giám đốc Sở.", "Phòng tiếp công dân, trụ sở Sở",
     "Tiếp 3 lượt công dân: 2 kiến nghị về thủ tục cấp giấy chứng nhận đăng ký hoạt động khoa học và công "
     "nghệ đã được hướng dẫn trực tiếp; 1 phản ánh về cân sai tại chợ Bình An giao Chi cục Tiêu chuẩn Đo lường "
     "Chất lượng kiểm tra, trả lời trong 10 ngày làm việc."),
)


def _time(text):
    return datetime.time.fromisoformat(text) if text else None


def ensure_demo_leaders(home):
    """The agency's leaders: the directory's demo officials (loaded if missing), in their order of display."""
    load_demo_organisation(home)
    return list(Official.objects.in_default_locale().leaders().order_by("sort_order", "name"))


def _week_has(kind, week):
    return ScheduleEntry.objects.of_kind(kind).between(week.monday, week.sunday).exists()


def load_schedules(home, today=None):
    """This week's and next week's schedule and reception sessions, published; idempotent per week."""
    today = today or timezone.localdate()
    now = timezone.now()
    leaders = ensure_demo_leaders(home)
    units = ensure_demo_units()
    this_week = Week.of(today)
    with transaction.atomic():
        for week in (this_week, this_week.next):
            if not _week_has(ScheduleKind.WORK, week):
                for day, start, end, who, content, place, participants, unit, recurring in WORK_WEEK:
                    entry = ScheduleEntry.objects.create(
                        kind=ScheduleKind.WORK, date=week.days[day], start_time=_time(start), end_time=_time(end),
                        content=content, place=place, participants=participants,
                        preparing_unit=units.get(unit), recurring=recurring,
                    )
                    entry.leaders.set([leaders[index] for index in who])
                    entry.publish(when=now)
                if week == this_week:
                    _demo_change(week)
        for week in (this_week.previous, this_week, this_week.next):
            if not _week_has(ScheduleKind.RECEPTION, week):
                for day, start, end, content, place, result in RECEPTION_WEEK:
                    entry = ScheduleEntry.objects.create(
                        kind=ScheduleKind.RECEPTION, date=week.days[day], start_time=_time(start),
                        end_time=_time(end), content=content, place=place, participants="Thanh tra Sở.",
                        preparing_unit=units["thanh-tra"], recurring=True,
                        result=result if week.days[day] < today else "",
                    )
                    entry.leaders.set([leaders[0]])
                    entry.publish(when=now)


def _demo_change(week):
    """A published appointment moved to another room: how readers see a change."""
    entry = ScheduleEntry.objects.of_kind(ScheduleKind.WORK).filter(date=week.days[2]).order_by("start_time").first()
    if entry is None:
        return
    before = entry.public_values()
    entry.place = "Phòng họp trực tuyến, tầng 2"
    entry.change_note = "Chuyển sang họp trực tuyến kết hợp trực tiếp"
    entry.save()
    entry.record_change(before, entry.public_values())
