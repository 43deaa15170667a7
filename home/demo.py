"""Demonstration content for ``setup_portal --demo``: a fictional provincial department.

The agency ("tỉnh Bình An") is invented; the texts follow the real functions of a
Department of Science and Technology so the portal reads like a real one. Every loader
creates only what is missing, so re-running the command changes nothing.
"""

import io

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.images import get_image_model
from wagtail.models import Locale

from .models import AgencySettings, Banner, ContentPage, WebLink

AGENCY = {
    "agency_name": "Sở Khoa học và Công nghệ tỉnh Bình An",
    "agency_name_en": "Department of Science and Technology of Binh An Province",
    "governing_body": "Ủy ban nhân dân tỉnh Bình An",
    "governing_body_en": "Binh An Provincial People's Committee",
    "portal_name": "Cổng thông tin điện tử Sở Khoa học và Công nghệ",
    "portal_name_en": "Department of Science and Technology Portal",
    "agency_kind": AgencySettings.KIND_DEPARTMENT,
    "address": "Số 18 đường Trần Hưng Đạo, phường Phú Lợi, thành phố Bình An, tỉnh Bình An",
    "address_en": "18 Tran Hung Dao Street, Phu Loi Ward, Binh An City, Binh An Province",
    "phone": "0274 3822 456",
    "fax": "0274 3822 457",
    "email": "sokhcn@binhan.example.gov.vn",
    "licence_line": "Giấy phép số 25/GP-TTĐT do Sở Thông tin và Truyền thông tỉnh Bình An cấp ngày 12/03/2021.",
    "licence_line_en": "Licence No. 25/GP-TTĐT issued by the Binh An Department of Information and "
    "Communications on 12/03/2021.",
    "responsible_person": "Ông Nguyễn Văn Thành, Giám đốc Sở",
    "responsible_person_en": "Mr Nguyen Van Thanh, Director",
    "citation_line": "Ghi rõ nguồn \u201cCổng TTĐT Sở Khoa học và Công nghệ tỉnh Bình An\u201d khi phát hành lại "
    "thông tin từ cổng này.",
    "citation_line_en": "Please cite \u201cBinh An Department of Science and Technology Portal\u201d when "
    "republishing information from this portal.",
    "public_service_portal_url": "https://dichvucong.gov.vn",
}


def load_identity(home):
    """Fill the agency's settings, unless an editor already named the agency."""
    agency = AgencySettings.for_site(home.get_site())
    if agency.agency_name and agency.agency_name != AgencySettings._meta.get_field("agency_name").default:
        return
    for name, value in AGENCY.items():
        setattr(agency, name, value)
    agency.save()


def paragraph(*sentences):
    return {"type": "paragraph", "value": "".join(f"<p>{s}</p>" for s in sentences)}


def heading(text, level="h2"):
    return {"type": "heading", "value": {"text": text, "level": level}}


def bullet_list(*items):
    return {"type": "paragraph", "value": "<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>"}


def table(caption, headings, rows):
    return {
        "type": "table",
        "value": {
            "caption": caption,
            "columns": [{"type": "text", "heading": h} for h in headings],
            "rows": [{"values": list(row)} for row in rows],
        },
    }


def link_to(page=None, url="", text=""):
    return {"page": page.pk if page else None, "url": url, "text": text}


HISTORY_MILESTONES = [
    ("1997", "Thành lập Sở Khoa học, Công nghệ và Môi trường"),
    ("2003", "Tổ chức lại thành Sở Khoa học và Công nghệ"),
    ("2012", "Huân chương Lao động hạng Ba"),
    ("2022", "Huân chương Lao động hạng Nhì"),
]

SECTION_BODIES = {
    "gioi-thieu/chuc-nang-nhiem-vu": [
        heading("Vị trí và chức năng"),
        paragraph(
            "Sở Khoa học và Công nghệ là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh Bình An, tham mưu, giúp "
            "Ủy ban nhân dân tỉnh quản lý nhà nước về khoa học và công nghệ, bao gồm: hoạt động khoa học và công "
            "nghệ; phát triển tiềm lực khoa học và công nghệ; tiêu chuẩn, đo lường, chất lượng; sở hữu trí tuệ; "
            "ứng dụng bức xạ và đồng vị phóng xạ; an toàn bức xạ và hạt nhân.",
            "Sở có tư cách pháp nhân, có con dấu và tài khoản riêng; chịu sự chỉ đạo, quản lý về tổ chức, biên chế "
            "và công tác của Ủy ban nhân dân tỉnh, đồng thời chịu sự chỉ đạo, kiểm tra, hướng dẫn về chuyên môn, "
            "nghiệp vụ của Bộ Khoa học và Công nghệ.",
        ),
        heading("Nhiệm vụ và quyền hạn"),
        bullet_list(
            "Trình Ủy ban nhân dân tỉnh dự thảo quyết định, kế hoạch phát triển khoa học và công nghệ dài hạn, "
            "5 năm và hằng năm của tỉnh.",
            "Tổ chức xác định, tuyển chọn, giao trực tiếp, đánh giá, nghiệm thu nhiệm vụ khoa học và công nghệ "
            "cấp tỉnh.",
            "Hướng dẫn, kiểm tra việc thực hiện quy định về tiêu chuẩn, đo lường, chất lượng sản phẩm, hàng hóa.",
            "Tổ chức thực hiện các biện pháp bảo hộ quyền sở hữu công nghiệp, phát triển tài sản trí tuệ của địa "
            "phương.",
            "Cấp, sửa đổi, bổ sung, gia hạn, thu hồi giấy phép tiến hành công việc bức xạ theo phân cấp.",
            "Thống kê, cung cấp thông tin khoa học và công nghệ; thực hiện chế độ báo cáo định kỳ và đột xuất.",
        ),
    ],
    "gioi-thieu/co-cau-to-chuc": [
        paragraph(
            "Cơ cấu tổ chức của Sở gồm Giám đốc, các Phó Giám đốc, 5 phòng chuyên môn, nghiệp vụ, 1 chi cục và "
            "2 đơn vị sự nghiệp công lập trực thuộc."
        ),
        # The chart and each unit's contacts come from the units (directory/demo.py).
    ],
    "gioi-thieu/lich-su-phat-trien": [
        paragraph(
            "Ngày 15/01/1997, Ủy ban nhân dân tỉnh ban hành quyết định thành lập Sở Khoa học, Công nghệ và Môi "
            "trường trên cơ sở Ban Khoa học và Kỹ thuật tỉnh. Năm 2003, thực hiện Nghị định số 22/2003/NĐ-CP của "
            "Chính phủ, Sở được tổ chức lại thành Sở Khoa học và Công nghệ.",
            "Qua gần ba mươi năm xây dựng và phát triển, Sở đã tham mưu triển khai hàng trăm đề tài, dự án khoa "
            "học và công nghệ, góp phần nâng cao năng suất, chất lượng sản phẩm hàng hóa của tỉnh. Sở đã được "
            "tặng Huân chương Lao động hạng Ba (2012) và hạng Nhì (2022).",
        ),
        table("Các mốc phát triển", ["Năm", "Sự kiện"], HISTORY_MILESTONES),
    ],
    "gioi-thieu/quyet-dinh-thanh-lap": [
        paragraph(
            "Quyết định số 128/QĐ-UBND ngày 15/01/1997 của Ủy ban nhân dân tỉnh Bình An về việc thành lập Sở "
            "Khoa học, Công nghệ và Môi trường; Quyết định số 1856/QĐ-UBND ngày 20/08/2021 quy định vị trí, chức "
            "năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Khoa học và Công nghệ tỉnh Bình An."
        ),
    ],
    # The transaction details come from the agency's settings, the directory from the officials.
    "lien-he": [
        paragraph(
            "Giờ làm việc: sáng từ 7 giờ 30 đến 11 giờ 30, chiều từ 13 giờ 30 đến 17 giờ, từ thứ Hai đến thứ Sáu "
            "(trừ ngày lễ, Tết).",
        ),
    ],
}

CONTENT_PAGES = [
    (
        "thong-tin-bao-chi/quy-che-phat-ngon",
        "Quy chế phát ngôn và cung cấp thông tin cho báo chí",
        "quy-che-phat-ngon-2024",
        [
            paragraph(
                "Ngày 05/03/2024, Giám đốc Sở ban hành Quyết định số 45/QĐ-SKHCN về Quy chế phát ngôn và cung cấp "
                "thông tin cho báo chí của Sở Khoa học và Công nghệ, thực hiện Nghị định số 09/2017/NĐ-CP của "
                "Chính phủ.",
                "Người phát ngôn là Giám đốc Sở; người được ủy quyền phát ngôn là Chánh Văn phòng Sở. Thông tin "
                "định kỳ cho báo chí được cung cấp hằng quý tại cuộc họp báo của Ủy ban nhân dân tỉnh.",
            ),
        ],
    ),
    (
        "tiep-can-thong-tin/danh-muc-thong-tin-cong-khai",
        "Danh mục thông tin phải được công khai năm 2026",
        "danh-muc-thong-tin-cong-khai-2026",
        [
            paragraph(
                "Thực hiện Điều 17 Luật Tiếp cận thông tin năm 2016, Sở công khai danh mục thông tin sau trên Cổng "
                "thông tin điện tử:"
            ),
            bullet_list(
                "Văn bản quy phạm pháp luật, văn bản hành chính có giá trị áp dụng chung;",
                "Thủ tục hành chính, quy trình giải quyết công việc của Sở;",
                "Chiến lược, chương trình, đề án, kế hoạch phát triển khoa học và công nghệ;",
                "Dự toán ngân sách, báo cáo quyết toán ngân sách năm;",
                "Danh mục dự án đầu tư, kết quả lựa chọn nhà thầu;",
                "Kết quả thanh tra, kiểm tra, giải quyết khiếu nại, tố cáo.",
            ),
        ],
    ),
    (
        "dich-vu-cong/huong-dan-nop-ho-so",
        "Hướng dẫn nộp hồ sơ trên Cổng Dịch vụ công quốc gia",
        "huong-dan-nop-ho-so-truc-tuyen",
        [
            paragraph(
                "Tổ chức, cá nhân đăng ký tài khoản trên Cổng Dịch vụ công quốc gia bằng tài khoản định danh điện tử "
                "VNeID, sau đó chọn thủ tục của Sở Khoa học và Công nghệ tỉnh Bình An để nộp hồ sơ trực tuyến."
            ),
            bullet_list(
                "Bước 1: Đăng nhập Cổng Dịch vụ công quốc gia bằng tài khoản VNeID.",
                "Bước 2: Tìm thủ tục theo tên hoặc mã thủ tục, chọn cơ quan thực hiện là Sở Khoa học và Công nghệ.",
                "Bước 3: Khai báo thông tin, đính kèm thành phần hồ sơ và nộp phí, lệ phí (nếu có).",
                "Bước 4: Theo dõi tình trạng xử lý hồ sơ và nhận kết quả theo hình thức đã đăng ký.",
            ),
        ],
    ),
]

WEB_LINKS = [
    ("Chi cục Tiêu chuẩn Đo lường Chất lượng", "https://chicuctdc.binhan.example.gov.vn", WebLink.GROUP_MEMBER),
    ("Trung tâm Ứng dụng tiến bộ khoa học và công nghệ", "https://ungdungkhcn.binhan.example.gov.vn",
     WebLink.GROUP_MEMBER),
    ("Trung tâm Thông tin và Thống kê khoa học và công nghệ", "https://thongtinkhcn.binhan.example.gov.vn",
     WebLink.GROUP_MEMBER),
    ("Cổng thông tin điện tử Chính phủ", "https://chinhphu.vn", WebLink.GROUP_OTHER),
    ("Bộ Khoa học và Công nghệ", "https://mst.gov.vn", WebLink.GROUP_OTHER),
    ("Cổng Dịch vụ công quốc gia", "https://dichvucong.gov.vn", WebLink.GROUP_OTHER),
    ("Cơ sở dữ liệu quốc gia về văn bản pháp luật", "https://vbpl.vn", WebLink.GROUP_OTHER),
    ("Công báo Chính phủ", "https://congbao.chinhphu.vn", WebLink.GROUP_OTHER),
]

BANNERS = [
    ("Dịch vụ công trực tuyến", "Tra cứu thủ tục, nộp hồ sơ và theo dõi kết quả.", "dich-vu-cong", "",
     (11, 79, 156)),
    ("Hỏi đáp trực tuyến", "Gửi câu hỏi và tra cứu câu trả lời bằng mã số.", "hoi-dap", "", (165, 14, 37)),
    ("Lấy ý kiến dự thảo", "Góp ý các dự thảo văn bản đang lấy ý kiến.", "lay-y-kien", "", (23, 105, 62)),
    ("Cổng Dịch vụ công quốc gia", "Thực hiện thủ tục hành chính trên toàn quốc.", "", "https://dichvucong.gov.vn",
     (120, 72, 10)),
]

DEMO_EDITORS = [("capnhat", "Cập nhật"), ("bientap", "Biên tập"), ("duyet", "Duyệt")]


def find(home, path):
    from .setup import find_page

    return find_page(home, path)


def load_content(home):
    from .setup import publish

    for path, body in SECTION_BODIES.items():
        page = find(home, path)
        if page is not None and not page.body:
            page.body = body
            publish(page)
    for parent_path, title, slug, body in CONTENT_PAGES:
        parent = find(home, parent_path)
        if parent is None or parent.get_children().filter(slug=slug).exists():
            continue
        page = ContentPage(title=title, slug=slug, body=body, locale_id=parent.locale_id)
        parent.add_child(instance=page)
        publish(page)
    if not home.body:
        services = find(home, "dich-vu-cong")
        home.body = [
            {
                "type": "call_to_action",
                "value": {
                    "title": "Gửi câu hỏi cho Sở",
                    "text": "Tổ chức, cá nhân có thể gửi câu hỏi về lĩnh vực khoa học và công nghệ và nhận mã số "
                    "để theo dõi câu trả lời.",
                    "link": link_to(find(home, "hoi-dap"), text="Đặt câu hỏi"),
                },
            },
            {
                "type": "link_list",
                "value": {
                    "title": "Truy cập nhanh",
                    "links": [
                        link_to(services, text="Thủ tục hành chính của Sở"),
                        link_to(find(home, "van-ban"), text="Văn bản quy phạm pháp luật"),
                        link_to(url="https://dichvucong.gov.vn", text="Cổng Dịch vụ công quốc gia"),
                    ],
                },
            },
        ]
        publish(home)


def banner_image(title, colour):
    """A plain coloured picture: banners carry their words as text, never inside the image."""
    picture = PILImage.new("RGB", (960, 400), colour)
    draw = ImageDraw.Draw(picture)
    for step in range(0, 960, 48):
        draw.line([(step, 400), (step + 400, 0)], fill=tuple(min(255, c + 25) for c in colour), width=10)
    buffer = io.BytesIO()
    picture.save(buffer, format="PNG")
    Image = get_image_model()
    image = Image(title=title)
    image.file = ImageFile(buffer, name=f"banner-{colour[0]}-{colour[1]}-{colour[2]}.png")
    image.save()
    return image


def load_banners(home):
    locale = home.locale
    if Banner.objects.filter(locale=locale).exists():
        return
    for order, (title, description, slug, url, colour) in enumerate(BANNERS):
        Banner.objects.create(
            title=title,
            description=description,
            link_page=find(home, slug) if slug else None,
            link_url=url,
            image=banner_image(title, colour),
            sort_order=order,
            locale=locale,
        )


def load_web_links(home):
    if WebLink.objects.filter(locale=home.locale).exists():
        return
    for order, (name, url, group) in enumerate(WEB_LINKS):
        WebLink.objects.create(name=name, url=url, group=group, sort_order=order, locale=home.locale)


def ensure_demo_editors(password):
    """One account per step of the process, to try the workflow; same password as the admin."""
    User = get_user_model()
    for username, group_name in DEMO_EDITORS:
        user, was_created = User.objects.get_or_create(
            username=username, defaults={"email": f"{username}@localhost", "first_name": group_name}
        )
        if was_created:
            user.set_password(password)
            user.save()
        user.groups.add(Group.objects.get(name=group_name))
    return [username for username, _ in DEMO_EDITORS]



# English of the demo bodies of the sections the English channel carries (R15).
ENGLISH_BODY = {
    "Vị trí và chức năng": "Position and functions",
    "Sở Khoa học và Công nghệ là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh Bình An, tham mưu, giúp "
    "Ủy ban nhân dân tỉnh quản lý nhà nước về khoa học và công nghệ, bao gồm: hoạt động khoa học và công "
    "nghệ; phát triển tiềm lực khoa học và công nghệ; tiêu chuẩn, đo lường, chất lượng; sở hữu trí tuệ; "
    "ứng dụng bức xạ và đồng vị phóng xạ; an toàn bức xạ và hạt nhân.":
        "The Department of Science and Technology is a specialised agency of the Binh An Provincial People's "
        "Committee. It advises and assists the Committee in the state management of science and technology: "
        "science and technology activities; development of science and technology capacity; standards, "
        "metrology and quality; intellectual property; the use of radiation and radioisotopes; radiation and "
        "nuclear safety.",
    "Sở có tư cách pháp nhân, có con dấu và tài khoản riêng; chịu sự chỉ đạo, quản lý về tổ chức, biên chế "
    "và công tác của Ủy ban nhân dân tỉnh, đồng thời chịu sự chỉ đạo, kiểm tra, hướng dẫn về chuyên môn, "
    "nghiệp vụ của Bộ Khoa học và Công nghệ.":
        "The Department is a legal entity with its own seal and accounts. It is directed and managed by the "
        "Provincial People's Committee in matters of organisation, staffing and work, and receives professional "
        "guidance and inspection from the Ministry of Science and Technology.",
    "Nhiệm vụ và quyền hạn": "Duties and powers",
    "Trình Ủy ban nhân dân tỉnh dự thảo quyết định, kế hoạch phát triển khoa học và công nghệ dài hạn, "
    "5 năm và hằng năm của tỉnh.":
        "Submit to the Provincial People's Committee draft decisions and the province's long-term, five-year and "
        "annual science and technology development plans.",
    "Tổ chức xác định, tuyển chọn, giao trực tiếp, đánh giá, nghiệm thu nhiệm vụ khoa học và công nghệ "
    "cấp tỉnh.":
        "Identify, select, assign, evaluate and accept provincial science and technology tasks.",
    "Hướng dẫn, kiểm tra việc thực hiện quy định về tiêu chuẩn, đo lường, chất lượng sản phẩm, hàng hóa.":
        "Guide and inspect compliance with the rules on standards, metrology and the quality of products and goods.",
    "Tổ chức thực hiện các biện pháp bảo hộ quyền sở hữu công nghiệp, phát triển tài sản trí tuệ của địa "
    "phương.":
        "Implement measures protecting industrial property rights and develop the province's intellectual assets.",
    "Cấp, sửa đổi, bổ sung, gia hạn, thu hồi giấy phép tiến hành công việc bức xạ theo phân cấp.":
        "Issue, amend, extend and revoke licences for radiation work within the delegated competence.",
    "Thống kê, cung cấp thông tin khoa học và công nghệ; thực hiện chế độ báo cáo định kỳ và đột xuất.":
        "Compile statistics and provide science and technology information; submit periodic and ad-hoc reports.",
    "Cơ cấu tổ chức của Sở gồm Giám đốc, các Phó Giám đốc, 5 phòng chuyên môn, nghiệp vụ, 1 chi cục và "
    "2 đơn vị sự nghiệp công lập trực thuộc.":
        "The Department consists of the Director, the Deputy Directors, five specialised divisions, one "
        "sub-department and two public service units.",
    "Ngày 15/01/1997, Ủy ban nhân dân tỉnh ban hành quyết định thành lập Sở Khoa học, Công nghệ và Môi "
    "trường trên cơ sở Ban Khoa học và Kỹ thuật tỉnh. Năm 2003, thực hiện Nghị định số 22/2003/NĐ-CP của "
    "Chính phủ, Sở được tổ chức lại thành Sở Khoa học và Công nghệ.":
        "On 15/01/1997 the Provincial People's Committee founded the Department of Science, Technology and "
        "Environment from the provincial Science and Technology Board. In 2003, under Government Decree "
        "22/2003/ND-CP, it was reorganised as the Department of Science and Technology.",
    "Qua gần ba mươi năm xây dựng và phát triển, Sở đã tham mưu triển khai hàng trăm đề tài, dự án khoa "
    "học và công nghệ, góp phần nâng cao năng suất, chất lượng sản phẩm hàng hóa của tỉnh. Sở đã được "
    "tặng Huân chương Lao động hạng Ba (2012) và hạng Nhì (2022).":
        "In nearly thirty years the Department has steered hundreds of science and technology projects that "
        "raised the productivity and quality of the province's products. It was awarded the Labour Order, "
        "third class (2012) and second class (2022).",
    "Các mốc phát triển": "Milestones",
    "Năm": "Year",
    "Sự kiện": "Event",
    "Thành lập Sở Khoa học, Công nghệ và Môi trường": "Department of Science, Technology and Environment founded",
    "Tổ chức lại thành Sở Khoa học và Công nghệ": "Reorganised as the Department of Science and Technology",
    "Huân chương Lao động hạng Ba": "Labour Order, third class",
    "Huân chương Lao động hạng Nhì": "Labour Order, second class",
    "Giờ làm việc: sáng từ 7 giờ 30 đến 11 giờ 30, chiều từ 13 giờ 30 đến 17 giờ, từ thứ Hai đến thứ Sáu "
    "(trừ ngày lễ, Tết).":
        "Office hours: 7:30 to 11:30 and 13:30 to 17:00, Monday to Friday (except public holidays).",
}


def load_english(home):
    """Bring the English sections up to date with the demo's Vietnamese bodies (R15)."""
    from .section_tree import ENGLISH_SECTIONS
    from .setup import english_strings
    from .translation import translate

    english = Locale.objects.get(language_code="en")
    for section in ENGLISH_SECTIONS:
        page = find(home, section.path)
        if page is None:
            continue
        translated = page.get_translation_or_none(english)
        # Only fill what the demo's Vietnamese bodies add; never redo a translator's work.
        if translated is not None and (translated.specific.body or not page.body):
            continue
        strings = {**english_strings(page, section.title, section.slug, section.intro), **ENGLISH_BODY}
        translate(page, "en", strings)
