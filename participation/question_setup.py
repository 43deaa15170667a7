"""What ``setup_portal`` adds for questions and information requests: fields, groups, permissions."""

from django.contrib.auth.models import Group

from home.editorial import GROUP_APPROVERS, GROUP_EDITORS, grant_model, wagtail_permission

from .models import InformationRequest, Question, QuestionField, UnitOfficer

# The officers who answer for their unit (QĐ 96 Bắc Ninh, Điều 13.1.d): admin access only; what they
# see is decided by their UnitOfficer rows, not by model permissions.
GROUP_OFFICERS = "Cán bộ trả lời"

# (name, English name): the fields a department of science and technology is usually asked about.
QUESTION_FIELDS = [
    ("Quản lý khoa học", "Science management"),
    ("Công nghệ và thị trường công nghệ", "Technology and the technology market"),
    ("Sở hữu trí tuệ", "Intellectual property"),
    ("Tiêu chuẩn, đo lường, chất lượng", "Standards, metrology and quality"),
    ("An toàn bức xạ, hạt nhân", "Radiation and nuclear safety"),
    ("Thủ tục hành chính", "Administrative procedures"),
    ("Tiếp cận thông tin", "Access to information"),
    ("Lĩnh vực khác", "Other fields"),
]
# Editors (Biên tập) triage; the head (Duyệt) triages and approves the answers before they go out.
TRACKED_PERMISSIONS = {
    GROUP_EDITORS: ("view", "triage"),
    GROUP_APPROVERS: ("view", "triage", "approve"),
}


def ensure_question_fields():
    for order, (name, name_en) in enumerate(QUESTION_FIELDS):
        field, _created = QuestionField.objects.get_or_create(
            name=name, defaults={"name_en": name_en, "sort_order": order * 10})
        if not field.name_en:  # seeded before fields had English names; an editor's English name stays
            field.name_en = name_en
            field.save(update_fields=["name_en"])


def ensure_question_process():
    Group.objects.get_or_create(name=GROUP_OFFICERS)[0].permissions.add(
        wagtail_permission("wagtailadmin", "access_admin"))
    for group_name, actions in TRACKED_PERMISSIONS.items():
        for model in (Question, InformationRequest):
            grant_model(group_name, model, actions)
        for model in (QuestionField, UnitOfficer):
            grant_model(group_name, model, ("add", "change", "delete", "view"))