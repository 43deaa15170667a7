"""Demonstration units of a provincial department (setup_portal --demo).

Other apps' demo content (questions routed to units...) asks for these through
:func:`ensure_demo_units`, so the portal has one set of units.
"""

from .models import Unit, UnitKind

DEMO_UNITS = (
    # (slug, name, kind, parent slug, e-mail)
    ("ban-giam-doc", "Ban Giám đốc", UnitKind.LEADERSHIP, "", "bangiamdoc@stttt.example.gov.vn"),
    ("van-phong", "Văn phòng Sở", UnitKind.OFFICE, "ban-giam-doc", "vanphong@stttt.example.gov.vn"),
    ("thanh-tra", "Thanh tra Sở", UnitKind.DIVISION, "ban-giam-doc", "thanhtra@stttt.example.gov.vn"),
    ("phong-ke-hoach-tai-chinh", "Phòng Kế hoạch – Tài chính", UnitKind.DIVISION, "ban-giam-doc",
     "khtc@stttt.example.gov.vn"),
    ("phong-buu-chinh-vien-thong", "Phòng Bưu chính, Viễn thông", UnitKind.DIVISION, "ban-giam-doc",
     "bcvt@stttt.example.gov.vn"),
    ("phong-cong-nghe-thong-tin", "Phòng Công nghệ thông tin", UnitKind.DIVISION, "ban-giam-doc",
     "cntt@stttt.example.gov.vn"),
    ("phong-thong-tin-bao-chi-xuat-ban", "Phòng Thông tin – Báo chí – Xuất bản", UnitKind.DIVISION,
     "ban-giam-doc", "ttbcxb@stttt.example.gov.vn"),
    ("trung-tam-cntt-truyen-thong", "Trung tâm Công nghệ thông tin và Truyền thông", UnitKind.PUBLIC_SERVICE,
     "ban-giam-doc", "trungtam@stttt.example.gov.vn"),
)


def ensure_demo_units():
    """Create the demonstration units once (in the default locale); returns them by slug."""
    units = {}
    for order, (slug, name, kind, parent, email) in enumerate(DEMO_UNITS, start=1):
        unit = Unit.objects.in_default_locale().filter(slug=slug).first()
        if unit is None:
            unit = Unit.objects.create(slug=slug, name=name, kind=kind, parent=units.get(parent), email=email,
                                       sort_order=order * 10)
        units[slug] = unit
    return units
