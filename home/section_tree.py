"""The default section tree (mục tin) every portal starts with.

Drawn from HD 253/HD-STTTT Cao Bằng §2, QĐ 04/2013 Bình Dương Art. 11, QĐ 96/QĐ-UBND Bắc
Ninh Art. 8 and Nghị định 42/2022/NĐ-CP. Titles and slugs are the defaults an agency may
rename, reorder and extend afterwards; ``setup_portal`` only ever adds what is missing.
"""

from dataclasses import dataclass, field

PROVINCE_OR_DISTRICT = frozenset({"province", "district"})


@dataclass(frozen=True)
class Section:
    slug: str
    title: str
    intro: str
    in_menu: bool = False
    # Agency kinds the section applies to (AgencySettings.agency_kind); empty = every kind.
    only_for: frozenset = frozenset()
    children: tuple = field(default_factory=tuple)
    # Requirement ids of ../shared/REQUIREMENTS.md the section serves (for the traceability report).
    reqs: tuple = ()
    # The page type when the section is a register's page ("documents.LegalLibraryPage"), with its fields.
    page_type: str = ""
    page_fields: tuple = ()

    def applies_to(self, agency_kind):
        return not self.only_for or agency_kind in self.only_for


def leaf(slug, title, intro, only_for=frozenset(), page_type="", page_fields=()):
    return Section(slug=slug, title=title, intro=intro, only_for=only_for, page_type=page_type,
                   page_fields=page_fields)


SECTION_TREE = (
    Section(
        "gioi-thieu", "Giới thiệu",
        "Chức năng, nhiệm vụ, cơ cấu tổ chức, lãnh đạo và quá trình hình thành, phát triển của cơ quan.",
        in_menu=True, reqs=("R1",),
        children=(
            leaf("chuc-nang-nhiem-vu", "Chức năng nhiệm vụ",
                 "Chức năng, nhiệm vụ, quyền hạn của cơ quan và của từng đơn vị trực thuộc."),
            leaf("co-cau-to-chuc", "Cơ cấu tổ chức",
                 "Sơ đồ cơ cấu tổ chức; thông tin chính thức của từng đơn vị trực thuộc và cán bộ, "
                 "công chức có thẩm quyền.", page_type="directory.OrganisationPage"),
            leaf("lanh-dao", "Lãnh đạo",
                 "Họ và tên, chức vụ, điện thoại, thư điện tử chính thức, nhiệm vụ đảm nhiệm và tiểu sử tóm tắt "
                 "của lãnh đạo cơ quan.", page_type="directory.LeadersPage"),
            leaf("lich-su-phat-trien", "Lịch sử phát triển",
                 "Tóm lược quá trình hình thành và phát triển của cơ quan."),
            leaf("quyet-dinh-thanh-lap", "Quyết định thành lập",
                 "Quyết định thành lập và các quyết định quy định chức năng, nhiệm vụ của cơ quan."),
            leaf("he-thong-chinh-tri", "Hệ thống chính trị",
                 "Tổ chức Đảng, Hội đồng nhân dân, Ủy ban nhân dân, Mặt trận Tổ quốc và các đoàn thể.",
                 PROVINCE_OR_DISTRICT),
            leaf("to-chuc-bo-may-hanh-chinh", "Tổ chức bộ máy hành chính",
                 "Các cơ quan chuyên môn và đơn vị hành chính trực thuộc.", PROVINCE_OR_DISTRICT),
            leaf("ban-do-hanh-chinh", "Bản đồ hành chính",
                 "Bản đồ địa giới hành chính đến cấp xã.", PROVINCE_OR_DISTRICT),
            leaf("dieu-kien-tu-nhien", "Điều kiện tự nhiên",
                 "Vị trí địa lý, địa hình, khí hậu, tài nguyên thiên nhiên.", PROVINCE_OR_DISTRICT),
            leaf("van-hoa-du-lich", "Văn hóa, di tích, danh thắng",
                 "Lịch sử, truyền thống văn hóa, di tích và danh lam thắng cảnh.", PROVINCE_OR_DISTRICT),
        ),
    ),
    Section(
        "tin-tuc", "Tin tức – Sự kiện",
        "Tin, bài phản ánh hoạt động, sự kiện thuộc phạm vi quản lý nhà nước của cơ quan và địa phương.",
        in_menu=True, reqs=("R2",),
        children=(
            leaf("hoat-dong-noi-bo", "Hoạt động nội bộ", "Tin tức về hoạt động nội bộ của cơ quan."),
            leaf("hoat-dong-cua-nganh", "Hoạt động của ngành",
                 "Tin tức về hoạt động của ngành, lĩnh vực cơ quan phụ trách."),
            leaf("hoat-dong-cua-dia-phuong", "Hoạt động của địa phương",
                 "Tin tức về hoạt động của địa phương liên quan đến ngành, lĩnh vực phụ trách."),
            leaf("van-ban-moi", "Văn bản mới", "Giới thiệu các văn bản mới được ban hành của ngành, địa phương."),
        ),
    ),
    Section(
        "chi-dao-dieu-hanh", "Chỉ đạo điều hành",
        "Ý kiến chỉ đạo, điều hành của lãnh đạo đã được ban hành bằng văn bản, thông báo, hướng dẫn, "
        "trả lời kiến nghị, khen thưởng, xử phạt và lịch làm việc của lãnh đạo.",
        in_menu=True, reqs=("R3",),
        children=(
            leaf("y-kien-chi-dao", "Chỉ đạo điều hành",
                 "Ý kiến chỉ đạo, điều hành của thủ trưởng cơ quan đã được thống nhất và chính thức ban hành "
                 "bằng văn bản."),
            leaf("thong-bao-huong-dan", "Thông báo, hướng dẫn",
                 "Thông báo, hướng dẫn triển khai các nội dung chuyên môn, nghiệp vụ."),
            leaf("tra-loi-kien-nghi", "Trả lời kiến nghị",
                 "Ý kiến xử lý, phản hồi đối với các kiến nghị, yêu cầu của tổ chức, cá nhân."),
            leaf("khen-thuong-xu-phat", "Khen thưởng, xử phạt",
                 "Thông tin khen thưởng, xử phạt đối với tổ chức, doanh nghiệp hoạt động trong lĩnh vực "
                 "quản lý nhà nước của cơ quan."),
            leaf("lich-lam-viec", "Lịch làm việc của lãnh đạo", "Lịch làm việc hằng tuần của lãnh đạo cơ quan.",
                 page_type="directory.SchedulePage", page_fields=(("kind", "work"),)),
            leaf("lich-tiep-cong-dan", "Lịch và kết quả tiếp công dân",
                 "Lịch tiếp công dân định kỳ của lãnh đạo và kết quả tiếp công dân.",
                 page_type="directory.SchedulePage", page_fields=(("kind", "reception"),)),
        ),
    ),
    Section(
        "van-ban", "Văn bản",
        "Hệ thống văn bản quy phạm pháp luật, văn bản hành chính và dự thảo văn bản, tra cứu theo lĩnh vực, "
        "ngày ban hành, cơ quan ban hành và hình thức văn bản.",
        in_menu=True, reqs=("R4", "R61"), page_type="documents.LegalLibraryPage",
        children=(
            leaf("van-ban-quy-pham-phap-luat", "Văn bản quy phạm pháp luật",
                 "Các văn bản quy phạm pháp luật liên quan đến ngành, địa phương.",
                 page_type="documents.LegalLibraryPage", page_fields=(("category", "normative"),)),
            leaf("van-ban-hanh-chinh", "Văn bản hành chính",
                 "Các văn bản chỉ đạo điều hành, triển khai công việc.",
                 page_type="documents.LegalLibraryPage", page_fields=(("category", "administrative"),)),
            leaf("du-thao-van-ban", "Dự thảo văn bản",
                 "Danh sách các dự thảo văn bản, chủ trương, chính sách cần lấy ý kiến."),
            leaf("dieu-uoc-quoc-te", "Điều ước, thỏa thuận quốc tế",
                 "Điều ước quốc tế và thỏa thuận quốc tế mà cơ quan tổ chức thực hiện "
                 "(Nghị định 42/2022/NĐ-CP)."),
        ),
    ),
    Section(
        "cong-bao", "Công báo",
        "Các số Công báo: số, ngày phát hành và danh mục văn bản đăng trong từng số, kèm trích yếu.",
        reqs=("R14",), page_type="documents.GazettePage",
    ),
    Section(
        "quy-hoach-ke-hoach", "Quy hoạch – Kế hoạch",
        "Chiến lược, định hướng, quy hoạch, kế hoạch phát triển theo ngành, lĩnh vực.",
        reqs=("R5", "R61"),
        children=(
            leaf("chien-luoc-quy-hoach", "Chiến lược, quy hoạch, kế hoạch phát triển",
                 "Chiến lược, quy hoạch, kế hoạch phát triển ngành, lĩnh vực tại địa phương."),
            leaf("chuong-trinh-cong-tac", "Chương trình công tác năm",
                 "Chương trình công tác hằng năm của cơ quan (Nghị định 42/2022/NĐ-CP)."),
            leaf("uu-dai-dau-tu", "Chính sách ưu đãi, dự án mời gọi đầu tư",
                 "Chính sách ưu đãi, cơ hội đầu tư và các dự án mời gọi vốn đầu tư.", PROVINCE_OR_DISTRICT,
                 page_type="projects.InvestmentCallIndexPage"),
            leaf("quy-hoach-kinh-te-xa-hoi", "Quy hoạch tổng thể phát triển kinh tế – xã hội",
                 "Quy hoạch tổng thể phát triển kinh tế – xã hội của địa phương.", PROVINCE_OR_DISTRICT),
            leaf("quy-hoach-xay-dung-do-thi", "Quy hoạch xây dựng, đô thị",
                 "Quy hoạch xây dựng, quy hoạch đô thị.", PROVINCE_OR_DISTRICT),
            leaf("quy-hoach-su-dung-dat", "Quy hoạch, kế hoạch sử dụng đất",
                 "Quy hoạch, kế hoạch sử dụng đất.", PROVINCE_OR_DISTRICT),
            leaf("khai-thac-tai-nguyen", "Khai thác tài nguyên thiên nhiên",
                 "Quy hoạch, kế hoạch và hoạt động khai thác tài nguyên thiên nhiên.", PROVINCE_OR_DISTRICT),
            leaf("chat-thai-moi-truong", "Chất thải và ô nhiễm môi trường",
                 "Quy hoạch thu gom, tái chế, xử lý chất thải; danh sách nguồn thải, khu vực bị ô nhiễm.",
                 PROVINCE_OR_DISTRICT),
        ),
    ),
    Section(
        "du-an-dau-tu", "Dự án, đấu thầu, mua sắm công",
        "Danh sách dự án đầu tư đang chuẩn bị, đang triển khai, đã hoàn thành; thông tin đấu thầu và "
        "mua sắm công.",
        reqs=("R6",), page_type="projects.ProjectIndexPage",
        children=(
            leaf("thong-tin-dau-thau", "Thông tin đấu thầu", "Thông tin về các gói thầu mà cơ quan thực hiện.",
                 page_type="projects.BiddingNoticeIndexPage"),
            leaf("du-an-chuan-bi-trien-khai", "Dự án chuẩn bị triển khai",
                 "Danh sách các dự án đang chuẩn bị triển khai.",
                 page_type="projects.ProjectIndexPage", page_fields=(("status", "preparing"),)),
            leaf("du-an-dang-trien-khai", "Dự án đang triển khai", "Danh sách các dự án đang triển khai.",
                 page_type="projects.ProjectIndexPage", page_fields=(("status", "under_way"),)),
            leaf("du-an-da-hoan-thanh", "Dự án đã hoàn thành", "Danh sách các dự án đã hoàn thành.",
                 page_type="projects.ProjectIndexPage", page_fields=(("status", "completed"),)),
            leaf("mua-sam-cong", "Mua sắm công", "Thông tin về mua sắm tài sản công của cơ quan."),
        ),
    ),
    Section(
        "dich-vu-cong", "Dịch vụ công trực tuyến",
        "Danh mục thủ tục hành chính và dịch vụ công trực tuyến, phân loại theo lĩnh vực, cấp thực hiện "
        "và mức độ, kèm liên kết đến Cổng dịch vụ công.",
        in_menu=True, reqs=("R7",),
        children=(
            leaf("thu-tuc-hanh-chinh", "Thủ tục hành chính",
                 "Danh mục thủ tục hành chính theo lĩnh vực: trình tự, hồ sơ, thời hạn giải quyết, phí, lệ phí "
                 "và biểu mẫu.", page_type="services.ProcedureCatalogPage"),
            leaf("huong-dan-nop-ho-so", "Hướng dẫn nộp hồ sơ trực tuyến",
                 "Hướng dẫn sử dụng dịch vụ công trực tuyến và nộp hồ sơ qua mạng."),
        ),
    ),
    Section(
        "lay-y-kien", "Lấy ý kiến góp ý",
        "Các dự thảo văn bản, chủ trương, chính sách đang lấy ý kiến góp ý của tổ chức, cá nhân.",
        in_menu=True, reqs=("R9",), page_type="participation.ConsultationIndexPage",
        children=(
            leaf("phan-anh-quy-dinh-hanh-chinh", "Phản ánh, kiến nghị về quy định hành chính",
                 "Tiếp nhận phản ánh, kiến nghị của tổ chức, cá nhân về quy định hành chính."),
        ),
    ),
    Section(
        "hoi-dap", "Hỏi đáp",
        "Tổ chức, cá nhân gửi câu hỏi, theo dõi tình trạng xử lý bằng mã tra cứu và xem các câu trả lời "
        "đã công khai.",
        in_menu=True, reqs=("R10", "R30", "R31", "R33"), page_type="participation.QuestionPage",
    ),
    Section(
        "khao-sat", "Khảo sát trực tuyến",
        "Các cuộc khảo sát, thăm dò ý kiến trực tuyến theo yêu cầu của cơ quan nhà nước.",
        reqs=("R16",),
    ),
    Section(
        "khoa-hoc-cong-nghe", "Chương trình, đề tài khoa học",
        "Chương trình, đề tài khoa học: mã số, tên, cấp quản lý, lĩnh vực, đơn vị chủ trì, thời gian thực hiện "
        "và kết quả nghiệm thu.",
        reqs=("R12",), page_type="science.ScienceRegisterPage",
    ),
    Section(
        "thong-ke", "Thống kê",
        "Số liệu, báo cáo thống kê chuyên ngành: dữ liệu, phương pháp, phân tích và kỳ báo cáo.",
        reqs=("R13", "R61"), page_type="stats.StatisticsPage",
    ),
    Section(
        "chuyen-muc", "Chuyên mục",
        "Tuyên truyền, phổ biến pháp luật, báo cáo thống kê, thi đua – khen thưởng và các chuyên mục theo "
        "từng đợt.",
        reqs=("R8",),
        children=(
            leaf("tuyen-truyen", "Tuyên truyền, phổ biến pháp luật",
                 "Tuyên truyền, phổ biến, hướng dẫn thực hiện pháp luật, chế độ, chính sách."),
            leaf("bao-cao-thong-ke", "Báo cáo – thống kê",
                 "Kết quả điều tra, số liệu, báo cáo thống kê của ngành, địa phương."),
            leaf("thi-dua-khen-thuong", "Thi đua – Khen thưởng",
                 "Thông tin về hoạt động thi đua, khen thưởng của ngành, địa phương."),
        ),
    ),
    Section(
        "tiep-can-thong-tin", "Tiếp cận thông tin",
        "Danh mục thông tin phải công khai, đầu mối cung cấp thông tin và địa chỉ tiếp nhận yêu cầu cung cấp "
        "thông tin theo Luật Tiếp cận thông tin.",
        reqs=("R17", "R61"),
        children=(
            leaf("danh-muc-thong-tin-cong-khai", "Danh mục thông tin phải công khai",
                 "Danh mục thông tin phải được công khai theo Điều 17 Luật Tiếp cận thông tin."),
            leaf("dau-moi-cung-cap-thong-tin", "Đầu mối cung cấp thông tin",
                 "Bộ phận, cán bộ đầu mối cung cấp thông tin và thông tin liên hệ."),
            leaf("yeu-cau-cung-cap-thong-tin", "Yêu cầu cung cấp thông tin",
                 "Gửi yêu cầu cung cấp thông tin trực tuyến và theo dõi kết quả.",
                 page_type="participation.InformationRequestPage"),
            leaf("khieu-nai-tiep-can-thong-tin", "Khiếu nại về tiếp cận thông tin",
                 "Địa chỉ tiếp nhận khiếu nại, tố cáo về việc thực hiện quyền tiếp cận thông tin."),
        ),
    ),
    Section(
        "bao-cao-tai-chinh", "Báo cáo tài chính",
        "Báo cáo tài chính năm và công khai ngân sách của cơ quan.",
        reqs=("R18", "R61"), page_type="stats.FinancialReportsPage",
    ),
    Section(
        "thong-tin-bao-chi", "Thông tin cho báo chí",
        "Người phát ngôn, quy chế phát ngôn và thông tin định kỳ, đột xuất cung cấp cho báo chí.",
        reqs=("R19",),
        children=(
            leaf("nguoi-phat-ngon", "Người phát ngôn",
                 "Họ tên, chức vụ, thông tin liên hệ của người phát ngôn và người được ủy quyền phát ngôn.",
                 page_type="directory.SpokespersonPage"),
            leaf("quy-che-phat-ngon", "Quy chế phát ngôn",
                 "Quy chế phát ngôn và cung cấp thông tin cho báo chí của cơ quan."),
            leaf("thong-cao-bao-chi", "Thông cáo báo chí",
                 "Thông tin định kỳ và đột xuất cung cấp cho báo chí."),
        ),
    ),
    Section(
        "lien-he", "Liên hệ",
        "Thông tin giao dịch chính thức của cơ quan, danh bạ cán bộ có thẩm quyền và liên kết website "
        "các đơn vị.",
        in_menu=True, reqs=("R11",), page_type="directory.ContactPage",
    ),
)

MANDATED_SLUGS = tuple(section.slug for section in SECTION_TREE)


@dataclass(frozen=True)
class EnglishSection:
    """A section the English channel must carry (R15; Bắc Ninh 96/QĐ-UBND Art. 8.2.d; Decree 42/2022)."""

    path: str  # slugs below the home page, e.g. "gioi-thieu/lanh-dao"
    slug: str
    title: str
    intro: str


ENGLISH_SECTIONS = (
    EnglishSection("gioi-thieu", "about", "About us",
                   "Functions, organisation, leaders and history of the agency."),
    EnglishSection("gioi-thieu/chuc-nang-nhiem-vu", "functions-and-duties", "Functions and duties",
                   "Functions, duties and powers of the agency and of each of its units."),
    EnglishSection("gioi-thieu/co-cau-to-chuc", "organisation", "Organisation",
                   "Organisation chart; official information of each unit and of the competent officials."),
    EnglishSection("gioi-thieu/lanh-dao", "leaders", "Leaders",
                   "Name, position, telephone, official e-mail, responsibilities and short biography of the "
                   "agency's leaders."),
    EnglishSection("gioi-thieu/lich-su-phat-trien", "history", "History",
                   "A short account of how the agency was founded and developed."),
    EnglishSection("gioi-thieu/he-thong-chinh-tri", "political-system", "Political system",
                   "The Party organisation, the People's Council, the People's Committee, the Fatherland Front "
                   "and mass organisations."),
    EnglishSection("gioi-thieu/to-chuc-bo-may-hanh-chinh", "administration", "Administrative organisation",
                   "Specialised agencies and the administrative units below them."),
    EnglishSection("gioi-thieu/dieu-kien-tu-nhien", "nature", "Natural conditions",
                   "Location, terrain, climate and natural resources."),
    EnglishSection("gioi-thieu/van-hoa-du-lich", "culture-and-sights", "Culture, heritage and sights",
                   "History, cultural traditions, relics and places of interest."),
    EnglishSection("quy-hoach-ke-hoach", "plans", "Strategies and plans",
                   "Development strategies, master plans and plans by sector."),
    EnglishSection("quy-hoach-ke-hoach/uu-dai-dau-tu", "investment", "Investment policies",
                   "Investment incentives, opportunities and projects calling for investment."),
    EnglishSection("dich-vu-cong", "public-services", "Public services",
                   "Administrative procedures and online public services, including those for foreigners."),
    EnglishSection("dich-vu-cong/thu-tuc-hanh-chinh", "procedures", "Administrative procedures",
                   "Administrative procedures relevant to foreigners: steps, dossier, processing time, fees and "
                   "forms, with the link to the online service."),
    EnglishSection("hoi-dap", "questions-and-answers", "Questions and answers",
                   "Ask the agency a question, follow it with its tracking code and read published answers."),
    EnglishSection("lien-he", "contact", "Contact",
                   "The agency's official contact details, the directory of competent officials and links to "
                   "its units' websites."),
)
