"""Demonstration projects, bidding notices and investment calls for ``setup_portal --demo``.

The department of science and technology of the invented province of Bình An: 12 projects
across the three statuses, 5 bidding packages (open, closed, awarded) and 3 investment calls
with their English translations (R5, R6, R15). Idempotent: an item whose name exists is skipped.
"""

import datetime

from django.utils import timezone

from home.section_tree import SECTION_TREE
from home.setup import ensure_english_sections, ensure_section, find_page
from home.translation import translate

from .models import Area, BiddingNotice, InvestmentCall, Project, Sector
from .setup import ensure_sectors

AREAS = [
    ("Thành phố Bình An", "Bình An City"),
    ("Thị xã Phú An", "Phú An Town"),
    ("Huyện An Lạc", "An Lạc District"),
    ("Huyện Tân Hòa", "Tân Hòa District"),
]
SKHCN = "Sở Khoa học và Công nghệ tỉnh Bình An"
UBND = "Ủy ban nhân dân tỉnh Bình An"
CENTRE = "Trung tâm Ứng dụng tiến bộ khoa học và công nghệ tỉnh Bình An"
TDC = "Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng tỉnh Bình An"

PROJECTS = [
    # Chuẩn bị triển khai
    dict(name="Xây dựng Khu ươm tạo doanh nghiệp khởi nghiệp đổi mới sáng tạo tỉnh Bình An", code="BA-KHCN-2026-01",
         investor=SKHCN, managing_body=UBND, implementing_unit="Ban Quản lý dự án đầu tư xây dựng tỉnh Bình An",
         objective="Hình thành không gian ươm tạo, hỗ trợ 50 doanh nghiệp khởi nghiệp đổi mới sáng tạo mỗi năm.",
         sector="Khoa học và công nghệ", kind="public", group="b", area="Thành phố Bình An",
         address="Lô C2, đường Nguyễn Văn Linh, phường Phú Lợi", lat="10.980512", lng="106.651233",
         total=85_000_000_000, funding_type="state_budget", funding_source="Ngân sách tỉnh",
         compensation="Sử dụng đất công do tỉnh quản lý; không phải bồi thường, giải phóng mặt bằng.",
         decision=("152/NQ-HĐND", "08/07/2026"), start="01/03/2027", end="31/12/2028", status="preparing", progress=0,
         summary="Nhà điều hành 5 tầng, xưởng thử nghiệm, khu làm việc chung, trang thiết bị dùng chung."),
    dict(name="Trạm quan trắc phóng xạ môi trường tỉnh Bình An", code="BA-KHCN-2026-02",
         investor=SKHCN, managing_body=UBND, implementing_unit=TDC,
         objective="Giám sát liên tục phóng xạ môi trường, cảnh báo sớm sự cố bức xạ, hạt nhân trên địa bàn tỉnh.",
         sector="Môi trường", kind="public", group="c", area="Huyện An Lạc",
         address="Xã An Điền, huyện An Lạc", total=18_500_000_000, funding_type="state_budget",
         funding_source="Ngân sách trung ương hỗ trợ 60%, ngân sách tỉnh 40%",
         compensation="Bồi thường 0,2 ha đất nông nghiệp theo bảng giá đất của tỉnh.",
         decision=("2310/QĐ-UBND", "15/09/2026"), start="01/02/2027", end="30/06/2028", status="preparing",
         progress=0, summary="Một trạm quan trắc tự động, truyền số liệu về Trung tâm điều hành."),
    dict(name="Nâng cấp phòng thử nghiệm đo lường, chất lượng sản phẩm hàng hóa", code="BA-KHCN-2026-03",
         investor=TDC, managing_body=SKHCN, implementing_unit=TDC,
         objective="Đủ năng lực thử nghiệm đạt chuẩn ISO/IEC 17025 cho 12 nhóm sản phẩm chủ lực của tỉnh.",
         sector="Khoa học và công nghệ", kind="public", group="c", area="Thành phố Bình An",
         address="Số 20 đường Trần Hưng Đạo, phường Phú Lợi", total=24_600_000_000, funding_type="state_budget",
         funding_source="Ngân sách tỉnh (vốn sự nghiệp khoa học và công nghệ)",
         decision=("2455/QĐ-UBND", "02/10/2026"), start="01/01/2027", end="31/12/2027", status="preparing",
         progress=0, summary="Mua sắm 46 thiết bị đo lường, thử nghiệm; cải tạo 600 m² phòng thí nghiệm."),
    dict(name="Xây dựng vùng sản xuất giống cây ăn quả ứng dụng công nghệ cao", code="BA-NN-2026-04",
         investor=CENTRE, managing_body=SKHCN, implementing_unit=CENTRE,
         objective="Sản xuất 200.000 cây giống sạch bệnh mỗi năm cho nông dân trong tỉnh.",
         sector="Nông nghiệp, phát triển nông thôn", kind="oda", group="c", area="Huyện Tân Hòa",
         address="Xã Tân Lập, huyện Tân Hòa", total=32_000_000_000, funding_type="oda_loan",
         funding_source="Vốn vay ưu đãi 80%, vốn đối ứng ngân sách tỉnh 20%",
         donor="Cơ quan Hợp tác Quốc tế Hàn Quốc (KOICA)",
         compensation="Thuê đất của hợp tác xã, không thu hồi đất.", decision=("2601/QĐ-UBND", "20/10/2026"),
         start="01/04/2027", end="31/03/2029", status="preparing", progress=0,
         summary="Nhà màng 2 ha, phòng nuôi cấy mô, hệ thống tưới tự động."),
    # Đang triển khai
    dict(name="Xây dựng nền tảng dữ liệu khoa học và công nghệ tỉnh Bình An", code="BA-CNTT-2024-01",
         investor=SKHCN, managing_body=UBND, implementing_unit="Trung tâm Thông tin và Thống kê khoa học và công nghệ",
         objective="Số hóa, kết nối dữ liệu nhiệm vụ khoa học và công nghệ, doanh nghiệp khoa học và công nghệ, "
                   "chuyên gia của tỉnh.",
         sector="Công nghệ thông tin, chuyển đổi số", kind="public", group="c", area="Thành phố Bình An",
         address="Số 18 đường Trần Hưng Đạo, phường Phú Lợi", total=12_750_000_000, funding_type="state_budget",
         funding_source="Ngân sách tỉnh (Chương trình chuyển đổi số)", decision=("1856/QĐ-UBND", "15/08/2021"),
         library="1856/QĐ-UBND", start="01/06/2024", end="31/12/2026", status="under_way", progress=75,
         progress_note="Đã hoàn thành phần mềm và chuyển đổi 8.000 hồ sơ; đang tích hợp với Cổng dữ liệu của tỉnh.",
         summary="Phần mềm quản lý, kho dữ liệu, cổng tra cứu cho người dân và doanh nghiệp."),
    dict(name="Đầu tư trang thiết bị Trung tâm Ứng dụng tiến bộ khoa học và công nghệ", code="BA-KHCN-2025-02",
         investor=CENTRE, managing_body=SKHCN, implementing_unit=CENTRE,
         objective="Nâng cao năng lực nghiên cứu, chuyển giao công nghệ sinh học, công nghệ sau thu hoạch.",
         sector="Khoa học và công nghệ", kind="public", group="c", area="Thành phố Bình An",
         address="Khu phố 3, phường Hòa Phú", lat="11.012300", lng="106.672100", total=19_800_000_000,
         funding_type="state_budget", funding_source="Ngân sách tỉnh", decision=("512/QĐ-UBND", "10/03/2025"),
         start="01/05/2025", end="30/06/2027", status="under_way", progress=40,
         progress_note="Đã lựa chọn nhà thầu gói thiết bị công nghệ sinh học; đang lắp đặt.",
         summary="Thiết bị phòng nuôi cấy mô, phòng phân tích vi sinh, dây chuyền sấy lạnh."),
    dict(name="Cải tạo, mở rộng trụ sở làm việc Sở Khoa học và Công nghệ", code="BA-XD-2025-03",
         investor=SKHCN, managing_body=UBND, implementing_unit="Ban Quản lý dự án đầu tư xây dựng tỉnh Bình An",
         objective="Bảo đảm điều kiện làm việc, bộ phận một cửa và kho lưu trữ theo tiêu chuẩn.",
         sector="Hạ tầng đô thị", kind="public", group="c", area="Thành phố Bình An",
         address="Số 18 đường Trần Hưng Đạo, phường Phú Lợi", total=14_200_000_000, funding_type="state_budget",
         funding_source="Ngân sách tỉnh", compensation="Trong khuôn viên trụ sở hiện hữu; không giải phóng mặt bằng.",
         decision=("1120/QĐ-UBND", "05/06/2025"), start="01/09/2025", end="31/03/2027", status="under_way",
         progress=55, progress_note="Hoàn thành phần thô khối nhà B; đang thi công hoàn thiện.",
         summary="Cải tạo 1.200 m² sàn, xây mới kho lưu trữ 300 m²."),
    dict(name="Mô hình ứng dụng năng lượng mặt trời cho trạm bơm tưới tiêu", code="BA-NL-2025-04",
         investor=CENTRE, managing_body=SKHCN, implementing_unit="Hợp tác xã Nông nghiệp An Lạc",
         objective="Giảm 40% chi phí điện cho tưới tiêu, nhân rộng cho các hợp tác xã của tỉnh.",
         sector="Nông nghiệp, phát triển nông thôn", kind="non_profit", group="c", area="Huyện An Lạc",
         address="Ấp 2, xã An Điền, huyện An Lạc", total=3_400_000_000, funding_type="grant",
         funding_source="Viện trợ không hoàn lại 70%, đối ứng của hợp tác xã 30%",
         donor="Quỹ Môi trường toàn cầu (GEF), Chương trình tài trợ các dự án nhỏ",
         decision=("1789/QĐ-UBND", "22/07/2025"), start="01/10/2025", end="30/09/2027", status="under_way",
         progress=20, summary="Hệ thống pin mặt trời 120 kWp cho 3 trạm bơm."),
    # Đã hoàn thành
    dict(name="Hệ thống quản lý văn bản và hồ sơ công việc của Sở", code="BA-CNTT-2022-01",
         investor=SKHCN, managing_body=UBND, implementing_unit="Văn phòng Sở",
         objective="Xử lý văn bản, hồ sơ công việc hoàn toàn trên môi trường mạng, có chữ ký số.",
         sector="Công nghệ thông tin, chuyển đổi số", kind="public", group="c", area="Thành phố Bình An",
         address="Số 18 đường Trần Hưng Đạo, phường Phú Lợi", total=2_950_000_000, funding_type="state_budget",
         funding_source="Ngân sách tỉnh", decision=("845/QĐ-UBND", "12/04/2022"), start="01/06/2022",
         end="30/06/2023", status="completed", progress=100,
         progress_note="Nghiệm thu, đưa vào sử dụng ngày 30/06/2023.", summary="Phần mềm, máy chủ, chứng thư số."),
    dict(name="Phòng thí nghiệm trọng điểm kiểm nghiệm an toàn thực phẩm", code="BA-KHCN-2021-02",
         investor=TDC, managing_body=SKHCN, implementing_unit=TDC,
         objective="Kiểm nghiệm dư lượng thuốc bảo vệ thực vật, kim loại nặng trong nông sản, thực phẩm.",
         sector="Y tế", kind="public", group="b", area="Thị xã Phú An",
         address="Khu công nghiệp Phú An, thị xã Phú An", lat="11.105400", lng="106.590800",
         total=64_300_000_000, funding_type="mixed", funding_source="Ngân sách trung ương 50%, ngân sách tỉnh 50%",
         compensation="Giao đất trong khu công nghiệp; không phải bồi thường.", decision=("2012/QĐ-UBND", "30/09/2020"),
         start="01/01/2021", end="31/12/2024", status="completed", progress=100,
         summary="Nhà thí nghiệm 3 tầng, 28 thiết bị phân tích, hệ thống xử lý nước thải thí nghiệm."),
    dict(name="Chuyển giao công nghệ sản xuất phân hữu cơ vi sinh từ phụ phẩm nông nghiệp", code="BA-MT-2023-03",
         investor=CENTRE, managing_body=SKHCN, implementing_unit=CENTRE,
         objective="Xử lý 5.000 tấn phụ phẩm nông nghiệp mỗi năm thành phân bón hữu cơ.",
         sector="Môi trường", kind="public", group="c", area="Huyện Tân Hòa", address="Xã Tân Lập, huyện Tân Hòa",
         total=6_800_000_000, funding_type="socialised", funding_source="Ngân sách tỉnh 40%, doanh nghiệp đối ứng 60%",
         decision=("402/QĐ-SKHCN", "15/02/2023"), start="01/03/2023", end="31/08/2025", status="completed",
         progress=100, summary="Dây chuyền ủ, đóng bao công suất 20 tấn/ngày."),
    dict(name="Đường giao thông vào Khu nông nghiệp ứng dụng công nghệ cao Tân Hòa", code="BA-GT-2020-04",
         investor="Ban Quản lý dự án đầu tư xây dựng tỉnh Bình An", managing_body=UBND,
         implementing_unit="Công ty Cổ phần Xây dựng Giao thông Bình An",
         objective="Kết nối khu nông nghiệp công nghệ cao với quốc lộ, phục vụ vận chuyển nông sản.",
         sector="Giao thông", kind="public", group="b", area="Huyện Tân Hòa",
         address="Từ quốc lộ 13 đến xã Tân Lập, huyện Tân Hòa", total=126_000_000_000, funding_type="state_budget",
         funding_source="Ngân sách trung ương hỗ trợ có mục tiêu, ngân sách tỉnh",
         compensation="Bồi thường, hỗ trợ 84 hộ dân; bố trí tái định cư tại chỗ cho 6 hộ.",
         decision=("1650/QĐ-UBND", "18/08/2019"), start="01/01/2020", end="30/06/2023", status="completed",
         progress=100, summary="Đường cấp IV đồng bằng dài 7,2 km, 2 cầu bê tông cốt thép."),
]

BIDDING = [
    dict(package="Gói thầu số 03: Mua sắm thiết bị phòng nuôi cấy mô", notice="IB2600451203",
         project="BA-KHCN-2025-02", entity=CENTRE, category="goods", method="open", value=7_850_000_000,
         funding="Ngân sách tỉnh", duration="120 ngày", published=-12, closing=9,
         description="Cung cấp, lắp đặt, chuyển giao 18 thiết bị phòng nuôi cấy mô."),
    dict(package="Gói thầu số 01: Tư vấn lập báo cáo nghiên cứu khả thi Khu ươm tạo doanh nghiệp khởi nghiệp",
         notice="IB2600462015", project="BA-KHCN-2026-01", entity=SKHCN, category="consulting", method="open",
         value=1_450_000_000, funding="Ngân sách tỉnh", duration="150 ngày", published=-5, closing=16,
         description="Khảo sát, lập báo cáo nghiên cứu khả thi và thiết kế cơ sở."),
    dict(package="Gói thầu số 05: Thi công hoàn thiện khối nhà B trụ sở Sở", notice="IB2600398877",
         project="BA-XD-2025-03", entity="Ban Quản lý dự án đầu tư xây dựng tỉnh Bình An", category="works",
         method="open", value=5_620_000_000, funding="Ngân sách tỉnh", duration="180 ngày", published=-40, closing=-18,
         description="Hoàn thiện, điện, nước, phòng cháy chữa cháy khối nhà B."),
    dict(package="Gói thầu số 02: Phát triển phần mềm nền tảng dữ liệu khoa học và công nghệ", notice="IB2400215530",
         project="BA-CNTT-2024-01", entity=SKHCN, category="non_consulting", method="open", value=6_980_000_000,
         funding="Ngân sách tỉnh", duration="12 tháng", published=-880, closing=-860,
         description="Phân tích, thiết kế, xây dựng phần mềm và chuyển đổi dữ liệu.",
         winner="Công ty TNHH Giải pháp Số Bình An", price=6_712_500_000,
         result_decision="Quyết định số 215/QĐ-SKHCN ngày 20/08/2024", result_after=30),
    dict(package="Mua sắm máy tính, thiết bị văn phòng năm 2026", notice="", project=None, entity="Văn phòng Sở",
         category="goods", method="shopping", value=640_000_000, funding="Kinh phí tự chủ năm 2026",
         duration="30 ngày", published=-70, closing=-60,
         description="25 máy tính để bàn, 6 máy in, 2 máy quét tài liệu.",
         winner="Công ty Cổ phần Thiết bị Tin học Phú An", price=598_200_000,
         result_decision="Quyết định số 98/QĐ-SKHCN", result_after=12),
]

INVESTMENT_CALLS = [
    dict(title="Dự án Khu nông nghiệp ứng dụng công nghệ cao Tân Hòa (giai đoạn 2)", kind="project",
         sector="Nông nghiệp, phát triển nông thôn", area="Huyện Tân Hòa", location="Xã Tân Lập, huyện Tân Hòa",
         objective="Sản xuất rau, hoa, cây giống công nghệ cao; chế biến và bảo quản sau thu hoạch.",
         scale="Diện tích 120 ha; nhà màng, nhà kính và khu chế biến.", land_area="120", capital=850_000_000_000,
         form="100% vốn của nhà đầu tư hoặc liên doanh.",
         incentives="Miễn tiền thuê đất 11 năm; hỗ trợ 50% kinh phí chuyển giao công nghệ.",
         contact="Sở Khoa học và Công nghệ tỉnh Bình An, số 18 đường Trần Hưng Đạo; điện thoại 0274 3822 111.",
         event="10/09/2026", until="31/12/2027",
         en={"title": "Tân Hòa high-tech agriculture zone (phase 2)", "location": "Tân Lập commune, Tân Hòa district",
             "objective": "High-tech production of vegetables, flowers and seedlings; post-harvest processing and "
                          "storage.",
             "scale": "120 ha; greenhouses, net houses and a processing area.",
             "form": "Wholly investor-owned or joint venture.",
             "incentives": "Land rent exemption for 11 years; 50% of the cost of technology transfer covered.",
             "contact": "Department of Science and Technology of Bình An, 18 Trần Hưng Đạo street; "
                        "phone +84 274 3822 111."}),
    dict(title="Dự án Trung tâm dữ liệu và dịch vụ điện toán đám mây Bình An", kind="project",
         sector="Công nghệ thông tin, chuyển đổi số", area="Thị xã Phú An",
         location="Khu công nghiệp Phú An, thị xã Phú An",
         objective="Cung cấp dịch vụ lưu trữ, điện toán đám mây cho cơ quan nhà nước và doanh nghiệp trong vùng.",
         scale="Trung tâm dữ liệu đạt chuẩn Tier III, 500 tủ rack.", land_area="3.5", capital=1_200_000_000_000,
         form="Đối tác công tư (PPP) hoặc 100% vốn của nhà đầu tư.",
         incentives="Thuế suất thu nhập doanh nghiệp 10% trong 15 năm; ưu tiên thuê dịch vụ của cơ quan nhà nước.",
         contact="Sở Khoa học và Công nghệ tỉnh Bình An; thư điện tử skhcn@binhan.gov.vn.",
         event="02/10/2026", until="30/06/2027",
         en={"title": "Bình An data centre and cloud services", "location": "Phú An industrial park, Phú An town",
             "objective": "Storage and cloud services for state agencies and businesses of the region.",
             "scale": "A Tier III data centre with 500 racks.",
             "form": "Public-private partnership (PPP) or wholly investor-owned.",
             "incentives": "10% corporate income tax for 15 years; state agencies give priority to its services.",
             "contact": "Department of Science and Technology of Bình An; e-mail skhcn@binhan.gov.vn."}),
    dict(title="Chính sách hỗ trợ doanh nghiệp đổi mới công nghệ tỉnh Bình An", kind="policy",
         sector="Khoa học và công nghệ", area=None, location="Toàn tỉnh",
         objective="Hỗ trợ doanh nghiệp nhận chuyển giao, đổi mới công nghệ và đăng ký tài sản trí tuệ.",
         scale="", land_area=None, capital=None, form="",
         incentives="Hỗ trợ đến 30% kinh phí đổi mới công nghệ, tối đa 1 tỷ đồng mỗi dự án; hỗ trợ 100% phí "
                    "đăng ký sáng chế.",
         contact="Phòng Quản lý công nghệ, Sở Khoa học và Công nghệ; điện thoại 0274 3822 115.",
         event="15/03/2026", until=None,
         en={"title": "Bình An support for businesses' technology innovation", "location": "The whole province",
             "objective": "Support for businesses that acquire or renew technology and register intellectual "
                          "property.",
             "incentives": "Up to 30% of the cost of technology innovation, at most VND 1 billion per project; "
                           "100% of patent filing fees.",
             "contact": "Technology Management Division, Department of Science and Technology; "
                        "phone +84 274 3822 115."}),
]


def date(text):
    return datetime.datetime.strptime(text, "%d/%m/%Y").date() if text else None


def load_projects(home):
    ensure_sectors()
    areas = {}
    for order, (name, name_en) in enumerate(AREAS):
        areas[name] = Area.objects.get_or_create(name=name, defaults={"name_en": name_en, "sort_order": order})[0]
    sectors = {sector.name: sector for sector in Sector.objects.all()}
    by_code = {}
    for item in PROJECTS:
        project = Project.objects.filter(name=item["name"]).first()
        if project is None:
            project = make_project(item, sectors, areas, home.locale)
            project.save()
            project.save_revision().publish()
        by_code[item["code"]] = project
    for item in BIDDING:
        if not BiddingNotice.objects.filter(package=item["package"]).exists():
            notice = make_notice(item, by_code)
            notice.save()
            notice.save_revision().publish()
    load_investment_calls(home, sectors, areas)


def make_project(item, sectors, areas, locale):
    from documents.models import LegalDocument

    decision_number, decision_date = item["decision"]
    library = item.get("library")
    return Project(
        name=item["name"], code=item["code"], investor=item["investor"], managing_body=item["managing_body"],
        implementing_unit=item["implementing_unit"], objective=item["objective"], sector=sectors[item["sector"]],
        kind=item["kind"], group=item["group"], address=item["address"], area=areas[item["area"]],
        latitude=item.get("lat"), longitude=item.get("lng"), total_investment=item["total"],
        funding_type=item["funding_type"], funding_source=item["funding_source"], donor=item.get("donor", ""),
        compensation_plan=item.get("compensation", ""), decision_number=decision_number,
        decision_date=date(decision_date), event_date=date(decision_date),
        decision_document=LegalDocument.objects.filter(number=library, locale=locale).first() if library else None,
        start=date(item["start"]), end=date(item["end"]), status=item["status"], progress=item["progress"],
        progress_note=item.get("progress_note", ""), summary=item["summary"],
    )


def make_notice(item, by_code):
    today = timezone.localdate()
    now = timezone.localtime()
    published = today + datetime.timedelta(days=item["published"])
    closing = (now + datetime.timedelta(days=item["closing"])).replace(hour=9, minute=0, second=0, microsecond=0)
    awarded = "winner" in item
    return BiddingNotice(
        package=item["package"], notice_number=item["notice"], project=by_code.get(item["project"]),
        procuring_entity=item["entity"], category=item["category"], method=item["method"],
        estimated_value=item["value"], funding_source=item["funding"], contract_duration=item["duration"],
        description=item["description"], published_on=published, closing_at=closing, event_date=published,
        outcome="awarded" if awarded else "", winner=item.get("winner", ""), winning_price=item.get("price"),
        result_decision=item.get("result_decision", ""),
        result_date=timezone.localdate(closing) + datetime.timedelta(days=item["result_after"]) if awarded else None,
        national_url=f"https://muasamcong.mpi.gov.vn/?tbmt={item['notice']}" if item["notice"] else "",
    )


def ensure_investment_section(home):
    """The demo department publishes investment calls: it adds the section provinces and districts get
    by default (R5), with its English page (R15)."""
    plans = find_page(home, "quy-hoach-ke-hoach")
    if plans is None:
        return None
    section = next(s for s in SECTION_TREE if s.slug == "quy-hoach-ke-hoach")
    page = ensure_section(plans, next(child for child in section.children if child.slug == "uu-dai-dau-tu"))
    ensure_english_sections(home)
    return page


def load_investment_calls(home, sectors, areas):
    ensure_investment_section(home)
    for item in INVESTMENT_CALLS:
        if InvestmentCall.objects.filter(title=item["title"], locale=home.locale).exists():
            continue
        call = InvestmentCall(
            title=item["title"], kind=item["kind"], sector=sectors.get(item["sector"]),
            area=areas.get(item["area"]) if item["area"] else None, location=item["location"],
            objective=item["objective"], scale=item["scale"], land_area=item["land_area"], capital=item["capital"],
            investment_form=item["form"], incentives=item["incentives"], contact=item["contact"],
            event_date=date(item["event"]), valid_until=date(item["until"]), locale=home.locale,
        )
        call.save()
        call.save_revision().publish()
        english = item["en"]
        strings = {item[key]: value for key, value in english.items()}
        translate(call, "en", strings)
