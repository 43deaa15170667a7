"""Demonstration organisation of a provincial department (setup_portal --demo).

Other apps' demo content (questions routed to units...) asks for the units through
:func:`ensure_demo_units`, so the portal has one set of units. :func:`load_demo_organisation`
adds what the organisation pages show: each unit's functions and contacts, twenty officials
with their duties, the leaders' biographies and photos, the spokesperson, and English versions
made through wagtail-localize as a translator would (R15). Everything is created once.
"""

import io

from anyascii import anyascii
from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.images import get_image_model
from wagtail.models import Locale

from .models import Official, Unit, UnitKind

ADDRESS = "Số 18 đường Trần Hưng Đạo, phường Phú Lợi, thành phố Bình An, tỉnh Bình An"
ADDRESS_EN = "18 Tran Hung Dao Street, Phu Loi Ward, Binh An City, Binh An Province"

DEMO_UNITS = (
    # (slug, name, kind, parent slug, e-mail)
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
    ("trung-tam-thong-tin-thong-ke", "Trung tâm Thông tin và Thống kê khoa học và công nghệ",
     UnitKind.PUBLIC_SERVICE, "ban-giam-doc", "tttk.sokhcn@binhan.example.gov.vn"),
)

# slug: (phone, fax, website, functions (Vietnamese), English name, English functions)
UNIT_DETAILS = {
    "ban-giam-doc": (
        "0274 3822 456", "0274 3822 457", "",
        "Giám đốc Sở lãnh đạo, quản lý toàn diện hoạt động của Sở và chịu trách nhiệm trước Ủy ban nhân dân tỉnh; "
        "các Phó Giám đốc giúp Giám đốc phụ trách từng lĩnh vực công tác được phân công.",
        "Board of Directors",
        "The Director leads and manages all the Department's work and answers to the Provincial People's "
        "Committee; the Deputy Directors assist the Director, each in charge of the fields assigned to them.",
    ),
    "van-phong": (
        "0274 3822 458", "0274 3822 457", "",
        "Tham mưu tổng hợp, tổ chức cán bộ, hành chính, văn thư, lưu trữ, thi đua khen thưởng; tiếp nhận và trả "
        "kết quả thủ tục hành chính; đầu mối cung cấp thông tin và quản trị Cổng thông tin điện tử của Sở.",
        "Office of the Department",
        "General advice, personnel, administration, records and archives, emulation and awards; receiving "
        "applications and returning results of administrative procedures; the focal point for providing "
        "information and running the Department's portal.",
    ),
    "thanh-tra": (
        "0274 3822 459", "", "",
        "Thanh tra hành chính và thanh tra chuyên ngành về khoa học và công nghệ; tiếp công dân, giải quyết khiếu "
        "nại, tố cáo; phòng, chống tham nhũng theo quy định của pháp luật.",
        "Inspectorate",
        "Administrative and specialised inspection in science and technology; receiving citizens and handling "
        "complaints and denunciations; preventing and fighting corruption as the law provides.",
    ),
    "phong-ke-hoach-tai-chinh": (
        "0274 3822 460", "", "",
        "Tham mưu kế hoạch, dự toán ngân sách sự nghiệp khoa học và công nghệ, quản lý tài chính, tài sản, đầu tư "
        "và mua sắm công của Sở.",
        "Planning and Finance Division",
        "Advice on the plans and the science and technology budget; management of the Department's finances, "
        "assets, investment and public procurement.",
    ),
    "phong-quan-ly-khoa-hoc": (
        "0274 3822 461", "", "",
        "Quản lý các nhiệm vụ khoa học và công nghệ cấp tỉnh: xác định, tuyển chọn, kiểm tra, đánh giá, nghiệm "
        "thu và ứng dụng kết quả; quản lý hoạt động sở hữu trí tuệ.",
        "Science Management Division",
        "Management of provincial science and technology tasks: identification, selection, monitoring, "
        "evaluation, acceptance and use of results; management of intellectual property.",
    ),
    "phong-quan-ly-cong-nghe": (
        "0274 3822 462", "", "",
        "Quản lý công nghệ, thẩm định công nghệ dự án đầu tư, phát triển thị trường khoa học và công nghệ, doanh "
        "nghiệp khoa học và công nghệ; an toàn bức xạ và hạt nhân.",
        "Technology Management and Technology Market Division",
        "Technology management, technology appraisal of investment projects, development of the science and "
        "technology market and of science and technology enterprises; radiation and nuclear safety.",
    ),
    "chi-cuc-tdc": (
        "0274 3822 463", "0274 3822 473", "https://chicuctdc.binhan.example.gov.vn",
        "Quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng sản phẩm, hàng hóa; mã số, mã vạch; giải thưởng "
        "chất lượng quốc gia trên địa bàn tỉnh.",
        "Sub-department of Standards, Metrology and Quality",
        "State management of standards, metrology and the quality of products and goods; barcodes; the national "
        "quality award in the province.",
    ),
    "trung-tam-ung-dung": (
        "0274 3822 464", "", "https://ungdungkhcn.binhan.example.gov.vn",
        "Ứng dụng, chuyển giao tiến bộ khoa học và công nghệ; thử nghiệm, kiểm định, hiệu chuẩn; dịch vụ khoa học "
        "và công nghệ phục vụ sản xuất và đời sống.",
        "Centre for the Application of Scientific and Technological Advances",
        "Application and transfer of scientific and technological advances; testing, verification and "
        "calibration; science and technology services for production and daily life.",
    ),
    "trung-tam-thong-tin-thong-ke": (
        "0274 3822 465", "", "https://thongtinkhcn.binhan.example.gov.vn",
        "Thu thập, xử lý, cung cấp thông tin và thống kê khoa học và công nghệ; quản lý cơ sở dữ liệu, thư viện "
        "khoa học và công nghệ của tỉnh.",
        "Centre for Science and Technology Information and Statistics",
        "Collecting, processing and providing science and technology information and statistics; managing the "
        "province's science and technology databases and library.",
    ),
}

POSITIONS_EN = {
    "Giám đốc": "Director",
    "Phó Giám đốc": "Deputy Director",
    "Chánh Văn phòng": "Chief of Office",
    "Phó Chánh Văn phòng": "Deputy Chief of Office",
    "Chánh Thanh tra": "Chief Inspector",
    "Phó Chánh Thanh tra": "Deputy Chief Inspector",
    "Trưởng phòng": "Head of Division",
    "Phó Trưởng phòng": "Deputy Head of Division",
    "Chi cục trưởng": "Director of the Sub-department",
    "Phó Chi cục trưởng": "Deputy Director of the Sub-department",
    "Giám đốc Trung tâm": "Director of the Centre",
    "Phó Giám đốc Trung tâm": "Deputy Director of the Centre",
    "Chuyên viên, đầu mối cung cấp thông tin": "Officer, access-to-information focal point",
}

# (unit slug, name, position, phone, e-mail, leader, spokesperson, head of the unit)
OFFICIALS = (
    ("ban-giam-doc", "Nguyễn Văn Thành", "Giám đốc", "0274 3822 456", "thanhnv", True, True, True),
    ("ban-giam-doc", "Trần Thị Minh Hà", "Phó Giám đốc", "0274 3822 466", "hattm", True, False, False),
    ("ban-giam-doc", "Lê Quang Huy", "Phó Giám đốc", "0274 3822 467", "huylq", True, False, False),
    ("van-phong", "Phạm Thị Thu Trang", "Chánh Văn phòng", "0274 3822 458", "trangptt", False, True, True),
    ("van-phong", "Đỗ Văn Long", "Phó Chánh Văn phòng", "0274 3822 468", "longdv", False, False, False),
    ("van-phong", "Nguyễn Thị Hạnh", "Chuyên viên, đầu mối cung cấp thông tin", "0274 3822 478", "hanhnt",
     False, False, False),
    ("thanh-tra", "Hoàng Minh Tuấn", "Chánh Thanh tra", "0274 3822 459", "tuanhm", False, False, True),
    ("thanh-tra", "Vũ Thị Lan", "Phó Chánh Thanh tra", "0274 3822 469", "lanvt", False, False, False),
    ("phong-ke-hoach-tai-chinh", "Bùi Đức Thắng", "Trưởng phòng", "0274 3822 460", "thangbd", False, False, True),
    ("phong-ke-hoach-tai-chinh", "Ngô Thị Hồng Nhung", "Phó Trưởng phòng", "0274 3822 470", "nhungnth",
     False, False, False),
    ("phong-quan-ly-khoa-hoc", "Đặng Quốc Bảo", "Trưởng phòng", "0274 3822 461", "baodq", False, False, True),
    ("phong-quan-ly-khoa-hoc", "Lý Thị Thanh Hương", "Phó Trưởng phòng", "0274 3822 471", "huongltt",
     False, False, False),
    ("phong-quan-ly-cong-nghe", "Phan Văn Khải", "Trưởng phòng", "0274 3822 462", "khaipv", False, False, True),
    ("phong-quan-ly-cong-nghe", "Trịnh Thị Mai", "Phó Trưởng phòng", "0274 3822 472", "maitt", False, False, False),
    ("chi-cuc-tdc", "Võ Thanh Sơn", "Chi cục trưởng", "0274 3822 463", "sonvt", False, False, True),
    ("chi-cuc-tdc", "Đinh Thị Hải Yến", "Phó Chi cục trưởng", "0274 3822 474", "yendth", False, False, False),
    ("trung-tam-ung-dung", "Lương Văn Hiếu", "Giám đốc Trung tâm", "0274 3822 464", "hieulv", False, False, True),
    ("trung-tam-ung-dung", "Cao Thị Ngọc Ánh", "Phó Giám đốc Trung tâm", "0274 3822 475", "anhctn",
     False, False, False),
    ("trung-tam-thong-tin-thong-ke", "Tạ Quang Vinh", "Giám đốc Trung tâm", "0274 3822 465", "vinhtq",
     False, False, True),
    ("trung-tam-thong-tin-thong-ke", "Mai Thị Phương", "Phó Giám đốc Trung tâm", "0274 3822 476", "phuongmt",
     False, False, False),
)

# name: (duties, biography, English duties, English biography) - the leaders (and the authorised spokesperson).
PROFILES = {
    "Nguyễn Văn Thành": (
        "Lãnh đạo, quản lý toàn diện hoạt động của Sở; trực tiếp phụ trách công tác tổ chức cán bộ, kế hoạch – tài "
        "chính, thanh tra; là người phát ngôn của Sở.",
        "Sinh năm 1970, quê quán tỉnh Bình An; Tiến sĩ Vật lý kỹ thuật. Nguyên Phó Giám đốc Sở (2015–2020); "
        "Giám đốc Sở từ tháng 01/2021.",
        "Leads and manages all the Department's work; directly in charge of personnel, planning and finance, and "
        "inspection; the Department's spokesperson.",
        "Born in 1970 in Binh An Province; PhD in Engineering Physics. Deputy Director of the Department "
        "(2015–2020); Director since January 2021.",
    ),
    "Trần Thị Minh Hà": (
        "Phụ trách quản lý khoa học, sở hữu trí tuệ, thông tin và thống kê khoa học và công nghệ.",
        "Sinh năm 1975; Thạc sĩ Quản lý khoa học và công nghệ. Nguyên Trưởng phòng Quản lý khoa học; Phó Giám đốc "
        "Sở từ tháng 06/2019.",
        "In charge of science management, intellectual property, and science and technology information and "
        "statistics.",
        "Born in 1975; Master of Science and Technology Management. Former Head of the Science Management "
        "Division; Deputy Director since June 2019.",
    ),
    "Lê Quang Huy": (
        "Phụ trách quản lý công nghệ, tiêu chuẩn đo lường chất lượng, an toàn bức xạ, chuyển đổi số.",
        "Sinh năm 1978; Kỹ sư Điện tử viễn thông, Thạc sĩ Quản trị kinh doanh. Nguyên Chi cục trưởng Chi cục Tiêu "
        "chuẩn Đo lường Chất lượng; Phó Giám đốc Sở từ tháng 03/2022.",
        "In charge of technology management, standards, metrology and quality, radiation safety and digital "
        "transformation.",
        "Born in 1978; Electronics and Telecommunications Engineer, Master of Business Administration. Former "
        "Director of the Sub-department of Standards, Metrology and Quality; Deputy Director since March 2022.",
    ),
    "Phạm Thị Thu Trang": (
        "Người được ủy quyền phát ngôn, cung cấp thông tin cho báo chí khi Giám đốc Sở ủy quyền.",
        "",
        "Authorised to speak for the Department and to provide information to the press when the Director so "
        "delegates.",
        "",
    ),
}

EMAIL_DOMAIN = "binhan.example.gov.vn"


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


def portrait(name, seed):
    """A plain silhouette standing in for an official's photo (no real person's picture in a demo)."""
    background = [(214, 226, 240), (226, 236, 222), (240, 228, 214)][seed % 3]
    picture = PILImage.new("RGB", (480, 600), background)
    draw = ImageDraw.Draw(picture)
    draw.ellipse([150, 110, 330, 310], fill=(120, 128, 140))
    draw.ellipse([60, 330, 420, 760], fill=(120, 128, 140))
    buffer = io.BytesIO()
    picture.save(buffer, format="JPEG", quality=85)
    image = get_image_model()(title=f"Ảnh chân dung {name}")
    image.file = ImageFile(buffer, name=f"chan-dung-{seed}.jpg")
    image.save()
    return image


def load_demo_organisation(home):
    """Fill in the demo units and their officials once, then their English versions."""
    units = ensure_demo_units()
    for slug, unit in units.items():
        phone, fax, website, functions, _name_en, _functions_en = UNIT_DETAILS[slug]
        if not unit.functions:  # never overwrite what an editor entered
            unit.functions = f"<p>{functions}</p>"
            unit.phone, unit.fax, unit.website, unit.address = phone, fax, website, ADDRESS
            unit.save()
    default = Locale.get_default()
    if not Official.objects.filter(locale=default).exists():
        for order, (slug, name, position, phone, mailbox, leader, spokesperson, head) in enumerate(OFFICIALS):
            duties, biography, _duties_en, _biography_en = PROFILES.get(name, ("", "", "", ""))
            official = Official.objects.create(
                name=name, position=position, unit=units[slug], phone=phone, email=f"{mailbox}@{EMAIL_DOMAIN}",
                fax=UNIT_DETAILS[slug][1], duties=f"<p>{duties}</p>" if duties else "",
                biography=f"<p>{biography}</p>" if biography else "", is_leader=leader,
                is_spokesperson=spokesperson, sort_order=(order + 1) * 10, locale=default,
                photo=portrait(name, order) if leader else None,
            )
            if head:
                Unit.objects.filter(pk=units[slug].pk).update(head=official)
    translate_demo_organisation()


def translate_demo_organisation():
    """English versions of the units and officials (R15), through wagtail-localize, once."""
    from home.translation import translate

    english = Locale.objects.get(language_code="en")
    for slug, (*_rest, name_en, functions_en) in UNIT_DETAILS.items():
        unit = Unit.objects.in_default_locale().filter(slug=slug).first()
        if unit is None or unit.has_translation(english):
            continue
        translate(unit, "en", {unit.name: name_en, UNIT_DETAILS[slug][3]: functions_en, ADDRESS: ADDRESS_EN})
    for official in Official.objects.in_default_locale():
        if official.has_translation(english):
            continue
        strings = {official.name: anyascii(official.name), official.position: POSITIONS_EN.get(official.position, "")}
        duties, biography, duties_en, biography_en = PROFILES.get(official.name, ("", "", "", ""))
        strings.update({duties: duties_en, biography: biography_en} if duties else {})
        translate(official, "en", strings)
