"""Demonstration units of a provincial department (setup_portal --demo).

Other apps' demo content (questions routed to units...) asks for these through
:func:`ensure_demo_units`, so the portal has one set of units.
"""

from .models import Unit, UnitKind

DEMO_UNITS = (
    # (slug, name, kind, parent slug, e-mail) - the units of home/demo.py's contact table
    ("ban-giam-doc", "Ban Giám đốc", UnitKind.LEADERSHIP, "", "sokhcn@binhan.example.gov.vn"),
    ("van-phong", "Văn phòng Sở", UnitKind.OFFICE, "ban-giam-doc", "vanphong.sokhcn@binhan.example.gov.vn"),
    ("thanh-tra", "Thanh tra Sở", UnitKind.DIVISION, "ban-giam-doc", "thanhtra.sokhcn@binhan.example.gov.vn"),
    ("phong-ke-hoach-tai-chinh", "Phòng Kế hoạch – Tài chính", UnitKind.DIVISION, "ban-giam-doc",
     "khtc.sokhcn@binhan.example.gov.vn"),
    ("phong-quan-ly-khoa-hoc", "Phòng Quản lý khoa học", UnitKind.DIVISION, "ban-giam-doc",
     "qlkh.sokhcn@binhan.example.gov.vn"),
    ("phong-quan-ly-cong-nghe", "Phòng Quản lý công nghệ và Thị trường công nghệ", UnitKind.DIVISION,
     "ban-giam-doc", "qlcn.sokhcn@binhan.example.gov.vn"),
    ("chi-cuc-tdc", "Chi cục Tiêu chuẩn Đo lường Chất lượng", UnitKind.SUB_DEPARTMENT, "ban-giam-doc",
     "chicuc.tdc@binhan.example.gov.vn"),
    ("trung-tam-ung-dung", "Trung tâm Ứng dụng tiến bộ khoa học và công nghệ", UnitKind.PUBLIC_SERVICE,
     "ban-giam-doc", "ttud.sokhcn@binhan.example.gov.vn"),
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
