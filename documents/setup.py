"""What ``setup_portal`` adds for the library: the lists, the workflow, the editors' permissions."""

from home.editorial import ensure_register_process

from .models import DocumentType, GazetteIssue, Issuer, LegalDocument, LegalField

# (name, code) in the order of Luật Ban hành văn bản quy phạm pháp luật and Nghị định 30/2020/NĐ-CP.
DOCUMENT_TYPES = [
    ("Hiến pháp", ""), ("Luật", ""), ("Pháp lệnh", "PL"), ("Nghị quyết", "NQ"), ("Nghị định", "NĐ"),
    ("Quyết định", "QĐ"), ("Chỉ thị", "CT"), ("Thông tư", "TT"), ("Thông tư liên tịch", "TTLT"),
    ("Công văn", ""), ("Kế hoạch", "KH"), ("Thông báo", "TB"), ("Báo cáo", "BC"), ("Hướng dẫn", "HD"),
    ("Chương trình", "CTr"), ("Đề án", "ĐA"), ("Quy chế", "QC"), ("Quy định", "QyĐ"), ("Tờ trình", "TTr"),
]
ISSUERS = [
    "Quốc hội", "Ủy ban Thường vụ Quốc hội", "Chủ tịch nước", "Chính phủ", "Thủ tướng Chính phủ",
    "Bộ Chính trị", "Ban Chấp hành Trung ương",
    "Bộ Khoa học và Công nghệ", "Bộ Thông tin và Truyền thông", "Bộ Tư pháp", "Bộ Nội vụ", "Bộ Tài chính",
    "Bộ Kế hoạch và Đầu tư", "Văn phòng Chính phủ",
    "Hội đồng nhân dân tỉnh", "Ủy ban nhân dân tỉnh",
]
FIELDS = [
    "Khoa học và công nghệ", "Tiêu chuẩn, đo lường, chất lượng", "Sở hữu trí tuệ", "Công nghệ thông tin",
    "Chuyển đổi số", "Hành chính nhà nước", "Cải cách hành chính", "Văn thư, lưu trữ", "Tiếp cận thông tin",
    "Đầu tư", "Tài chính", "Thi đua, khen thưởng",
]


def ensure_taxonomies():
    for order, (name, code) in enumerate(DOCUMENT_TYPES):
        DocumentType.objects.get_or_create(name=name, defaults={"code": code, "sort_order": order})
    for order, name in enumerate(ISSUERS):
        Issuer.objects.get_or_create(name=name, defaults={"sort_order": order})
    for order, name in enumerate(FIELDS):
        LegalField.objects.get_or_create(name=name, defaults={"sort_order": order})


def ensure_library_process():
    """Documents and gazette issues go through the same three steps as pages."""
    ensure_register_process((LegalDocument, GazetteIssue), (DocumentType, Issuer, LegalField))
