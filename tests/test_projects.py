"""Investment projects, bidding notices (R6) and investment calls (R5, R15): validation, lists,
filters, detail pages, the English channel."""

import datetime
import re
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone, translation

from projects.models import (
    Area,
    BiddingNotice,
    BiddingStatus,
    InvestmentCall,
    Project,
    ProjectIndexPage,
    ProjectStatus,
    Sector,
)
from projects.money import format_number, format_vnd

pytestmark = pytest.mark.django_db
TODAY = datetime.date.today()


def html_of(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status, (url, response.status_code)
    return response.content.decode()


def make_project(**fields):
    values = dict(
        name="Dự án thử nghiệm hạ tầng số", investor="Sở Khoa học và Công nghệ", objective="Thử nghiệm.",
        sector=Sector.objects.first(), address="Phường Phú Lợi", status=ProjectStatus.UNDER_WAY, progress=30,
        total_investment=1_000_000_000, start=datetime.date(2025, 1, 1), end=datetime.date(2027, 12, 31),
    )
    values.update(fields)
    project = Project(**values)
    project.full_clean()
    project.save()
    project.save_revision().publish()
    return project


def errors_of(instance):
    with pytest.raises(ValidationError) as error:
        instance.full_clean()
    return error.value.message_dict


# --- Validation ------------------------------------------------------------------------------

@pytest.mark.req("R6")
@pytest.mark.parametrize("fields, field, message", [
    ({"start": datetime.date(2026, 5, 1), "end": datetime.date(2026, 1, 1)}, "end",
     "không được trước thời gian bắt đầu"),
    ({"progress": 120}, "progress", "Tiến độ từ 0 đến 100%"),
    ({"status": ProjectStatus.COMPLETED, "progress": 90}, "progress", "đã hoàn thành phải có tiến độ 100%"),
    ({"status": ProjectStatus.COMPLETED, "progress": 100, "end": None}, "end", "cần có thời gian kết thúc"),
    ({"total_investment": -5}, "total_investment", "Số tiền không được âm"),
    ({"latitude": Decimal("95"), "longitude": Decimal("106")}, "latitude", "Vĩ độ phải từ -90 đến 90"),
    ({"latitude": Decimal("10"), "longitude": Decimal("190")}, "longitude", "Kinh độ phải từ -180 đến 180"),
    ({"latitude": Decimal("10.98")}, "longitude", "Nhập cả vĩ độ và kinh độ"),
])
def test_a_project_is_refused_with_a_vietnamese_message(fields, field, message):
    values = dict(name="Dự án", investor="Sở", objective="Mục tiêu", sector=Sector.objects.first(), address="Địa điểm",
                  start=datetime.date(2025, 1, 1), end=datetime.date(2026, 1, 1), progress=10)
    values.update(fields)
    errors = errors_of(Project(**values))
    assert any(message in text for text in errors[field]), errors


def test_a_complete_project_with_coordinates_is_accepted():
    project = Project(name="Dự án", investor="Sở", objective="Mục tiêu", sector=Sector.objects.first(), address="X",
                      status=ProjectStatus.COMPLETED, progress=100, start=datetime.date(2024, 1, 1),
                      end=datetime.date(2025, 1, 1), latitude=Decimal("10.98"), longitude=Decimal("106.65"))
    project.full_clean()


@pytest.mark.req("R6")
@pytest.mark.parametrize("fields, field, message", [
    ({"closing_at": timezone.now() - datetime.timedelta(days=10), "published_on": TODAY}, "closing_at",
     "không được trước ngày đăng tải"),
    ({"outcome": BiddingStatus.AWARDED}, "winner", "nhập nhà thầu trúng thầu"),
    ({"outcome": BiddingStatus.AWARDED, "winner": "Công ty A"}, "winning_price", "nhập giá trúng thầu"),
    ({"winner": "Công ty A", "winning_price": 10}, "outcome", "chọn kết quả"),
    ({"estimated_value": -1}, "estimated_value", "Số tiền không được âm"),
    ({"result_date": TODAY - datetime.timedelta(days=3), "published_on": TODAY}, "result_date",
     "không được trước ngày đăng tải"),
])
def test_a_bidding_notice_is_refused_with_a_vietnamese_message(fields, field, message):
    values = dict(package="Gói thầu", procuring_entity="Sở", published_on=TODAY, event_date=TODAY)
    values.update(fields)
    errors = errors_of(BiddingNotice(**values))
    assert any(message in text for text in errors[field]), errors


def test_investment_call_deadline_and_capital_are_checked(home):
    call = InvestmentCall(title="Dự án", objective="Mục tiêu", contact="Sở", locale=home.locale,
                          event_date=TODAY, valid_until=TODAY - datetime.timedelta(days=1), capital=-3)
    errors = errors_of(call)
    assert "Hạn mời gọi không được trước" in errors["valid_until"][0]
    assert "Số tiền không được âm" in " ".join(errors["capital"])


@pytest.mark.req("R6")
def test_money_is_written_the_vietnamese_way():
    assert format_vnd(1_234_567_000) == "1.234.567.000\u00a0đ"
    assert format_vnd(0) == "0\u00a0đ"
    assert format_vnd(None) == ""
    assert format_number(Decimal("3.50")) == "3,5" and format_number(Decimal("120.00")) == "120"
    with translation.override("en"):
        assert format_vnd(1_234_567_000) == "VND 1,234,567,000"


# --- Lists and filters -----------------------------------------------------------------------

@pytest.mark.req("R6")
def test_the_demo_has_projects_in_each_status_bidding_notices_and_investment_calls():
    counts = {status: Project.objects.filter(live=True, status=status).count() for status in ProjectStatus.values}
    assert sum(counts.values()) >= 12 and all(count >= 3 for count in counts.values()), counts
    assert BiddingNotice.objects.filter(live=True).count() >= 5
    statuses = set(BiddingNotice.objects.with_status().values_list("status_now", flat=True))
    assert {BiddingStatus.OPEN, BiddingStatus.CLOSED, BiddingStatus.AWARDED} <= statuses
    assert InvestmentCall.objects.filter(live=True, locale__language_code="en").count() >= 3


@pytest.mark.req("R6")
def test_the_project_list_shows_every_project_with_budget_and_status(client):
    html = html_of(client, "/du-an-dau-tu/")
    project = Project.objects.get(code="BA-CNTT-2024-01")
    assert project.name in html and f'href="{project.url}"' in html
    assert "12.750.000.000\u00a0đ" in html
    assert "Đang triển khai" in html and "đã thực hiện 75%" in html
    # The sub-sections are listed: bidding information and one list per status.
    for slug in ("thong-tin-dau-thau", "du-an-chuan-bi-trien-khai", "du-an-dang-trien-khai", "du-an-da-hoan-thanh"):
        assert f'href="/du-an-dau-tu/{slug}/"' in html


@pytest.mark.req("R6")
@pytest.mark.parametrize("slug, status", [
    ("du-an-chuan-bi-trien-khai", ProjectStatus.PREPARING),
    ("du-an-dang-trien-khai", ProjectStatus.UNDER_WAY),
    ("du-an-da-hoan-thanh", ProjectStatus.COMPLETED),
])
def test_each_status_subsection_lists_only_its_projects(client, slug, status):
    page = ProjectIndexPage.objects.get(slug=slug)
    assert page.status == status
    html = html_of(client, f"/du-an-dau-tu/{slug}/")
    for project in Project.objects.filter(live=True):
        assert (project.name in html) == (project.status == status), project.name
    # Items keep one address: below the main list.
    assert re.search(r'href="/du-an-dau-tu/\d+-[-\w]+/"', html)


@pytest.mark.req("R6")
def test_filters_by_field_type_status_year_and_location(client):
    ict = Sector.objects.get(name="Công nghệ thông tin, chuyển đổi số")
    html = html_of(client, f"/du-an-dau-tu/?linh_vuc={ict.slug}")
    names = set(Project.objects.filter(live=True).values_list("name", flat=True))
    shown = {name for name in names if name in html}
    assert shown == set(Project.objects.filter(live=True, sector=ict).values_list("name", flat=True))

    area = Area.objects.get(name="Huyện Tân Hòa")
    html = html_of(client, f"/du-an-dau-tu/?dia_ban={area.slug}&trang_thai=completed")
    shown = {name for name in names if name in html}
    assert shown == set(Project.objects.filter(live=True, area=area, status="completed").values_list("name", flat=True))
    assert shown

    html = html_of(client, "/du-an-dau-tu/?loai=oda")
    assert {name for name in names if name in html} == set(
        Project.objects.filter(live=True, kind="oda").values_list("name", flat=True))

    # Year: projects whose period covers some of 2022.
    html = html_of(client, "/du-an-dau-tu/?nam=2022")
    assert "Hệ thống quản lý văn bản và hồ sơ công việc của Sở" in html  # 2022-2023
    assert "Đường giao thông vào Khu nông nghiệp" in html  # 2020-2023
    assert "Xây dựng nền tảng dữ liệu khoa học" not in html  # 2024-2026


def test_the_keyword_filter_ignores_diacritics(client):
    html = html_of(client, "/du-an-dau-tu/?q=phong+thi+nghiem")
    assert "Phòng thí nghiệm trọng điểm kiểm nghiệm an toàn thực phẩm" in html
    assert "Đường giao thông vào Khu nông nghiệp" not in html


def test_facets_count_what_a_click_gives(client):
    response = client.get("/du-an-dau-tu/?trang_thai=completed")
    facets = {group["facet"].param: group for group in response.context["facets"]}
    status_counts = {option["value"]: option["count"] for option in facets["trang_thai"]["options"]}
    assert status_counts == {status: Project.objects.filter(live=True, status=status).count()
                             for status in ProjectStatus.values}
    assert [option["value"] for option in facets["trang_thai"]["options"]] == list(ProjectStatus.values)
    sector_total = sum(option["count"] for option in facets["linh_vuc"]["options"])
    assert sector_total == Project.objects.filter(live=True, status="completed").count()


@pytest.mark.parametrize("query", ["nam=abc", "nam=3000", "linh_vuc=khong-co", "trang_thai=xyz"])
def test_bad_filter_values_give_a_message_not_an_error(client, query):
    html = html_of(client, f"/du-an-dau-tu/?{query}")
    assert 'role="alert"' in html


def test_lists_and_detail_pages_render_in_bounded_queries(client, django_assert_max_num_queries):
    for n in range(8):
        make_project(name=f"Dự án đo số truy vấn {n}")
    project = Project.objects.filter(live=True).first()
    client.get("/du-an-dau-tu/")
    with django_assert_max_num_queries(30):
        client.get("/du-an-dau-tu/?q=du+an&nam=2025")
    with django_assert_max_num_queries(30):
        client.get("/du-an-dau-tu/thong-tin-dau-thau/?trang_thai=open")
    with django_assert_max_num_queries(30):
        client.get("/quy-hoach-ke-hoach/uu-dai-dau-tu/?loai=project")
    client.get(project.url)
    with django_assert_max_num_queries(25):
        client.get(project.url)


# --- Detail pages ----------------------------------------------------------------------------

@pytest.mark.req("R6")
def test_a_project_page_shows_every_field_the_regulation_lists(client):
    project = Project.objects.get(code="BA-KHCN-2025-02")
    html = html_of(client, project.url)
    for text in (project.name, project.investor, project.managing_body, project.implementing_unit, project.objective,
                 project.sector.name, "Dự án đầu tư công", "Nhóm C", project.address, "Thành phố Bình An",
                 "19.800.000.000\u00a0đ", "Ngân sách nhà nước", project.funding_source, "512/QĐ-UBND", "10/03/2025",
                 "01/05/2025", "30/06/2027", "Đang triển khai", "40%", "11.012300",
                 "https://www.openstreetmap.org/?mlat=11.012300&amp;mlon=106.672100"):
        assert text in html, text
    # Its bidding packages are linked.
    notice = BiddingNotice.objects.get(notice_number="IB2600451203")
    assert f'href="{notice.url}"' in html


def test_a_project_decision_in_the_library_is_linked(client):
    project = Project.objects.get(code="BA-CNTT-2024-01")
    assert project.decision_document is not None
    assert f'href="{project.decision_document.url}"' in html_of(client, project.url)


def test_an_item_keeps_its_address_when_renamed_and_old_addresses_redirect(client):
    project = make_project(name="Dự án trước khi đổi tên")
    old_url = project.url
    project.name = "Dự án sau khi đổi tên"
    project.save_revision().publish()
    project.refresh_from_db()
    assert project.url != old_url and project.url.startswith(f"/du-an-dau-tu/{project.pk}-")
    response = client.get(old_url)
    assert response.status_code == 301 and response["Location"] == project.url
    # Through a status sub-section too: one canonical address.
    response = client.get(f"/du-an-dau-tu/du-an-dang-trien-khai/{project.pk}-x/")
    assert response.status_code == 301 and response["Location"] == project.url
    assert "Dự án sau khi đổi tên" in html_of(client, project.url)


def test_drafts_and_unknown_items_are_not_found(client):
    project = make_project(name="Dự án sẽ rút xuống")
    url = project.url
    project.unpublish()
    html_of(client, url, status=404)
    html_of(client, "/du-an-dau-tu/999999-khong-co/", status=404)
    assert "Dự án sẽ rút xuống" not in html_of(client, "/du-an-dau-tu/")


@pytest.mark.req("R6")
def test_bidding_notices_list_filter_and_show_their_result(client):
    html = html_of(client, "/du-an-dau-tu/thong-tin-dau-thau/?trang_thai=awarded")
    awarded = BiddingNotice.objects.get(notice_number="IB2400215530")
    assert awarded.package in html and "Công ty TNHH Giải pháp Số Bình An" in html
    assert "Gói thầu số 03: Mua sắm thiết bị phòng nuôi cấy mô" not in html
    html = html_of(client, "/du-an-dau-tu/thong-tin-dau-thau/?trang_thai=open")
    assert "Gói thầu số 03: Mua sắm thiết bị phòng nuôi cấy mô" in html and awarded.package not in html
    detail = html_of(client, awarded.url)
    for text in ("Bên mời thầu", awarded.procuring_entity, "Đấu thầu rộng rãi", "6.980.000.000\u00a0đ",
                 "6.712.500.000\u00a0đ", "Công ty TNHH Giải pháp Số Bình An", awarded.project.name):
        assert text in detail, text


def test_a_bidding_notice_closes_by_itself_at_its_closing_time():
    hour = datetime.timedelta(hours=1)
    notice = BiddingNotice(package="Gói", procuring_entity="Sở", closing_at=timezone.now() - hour)
    assert notice.status == BiddingStatus.CLOSED
    notice = BiddingNotice(package="Gói", procuring_entity="Sở", closing_at=timezone.now() + hour)
    assert notice.status == BiddingStatus.OPEN


@pytest.mark.req("R5", "R15")
def test_investment_calls_in_vietnamese_and_in_english(client):
    html = html_of(client, "/quy-hoach-ke-hoach/uu-dai-dau-tu/")
    assert "Dự án Trung tâm dữ liệu và dịch vụ điện toán đám mây Bình An" in html
    assert "1.200.000.000.000\u00a0đ" in html
    english = html_of(client, "/en/plans/investment/")
    assert "Bình An data centre and cloud services" in english
    assert "Trung tâm dữ liệu và dịch vụ điện toán" not in english
    assert "VND 1,200,000,000,000" in english and "Information technology, digital transformation" in english
    call = InvestmentCall.objects.get(title="Bình An data centre and cloud services")
    assert call.url.startswith("/en/plans/investment/")
    detail = html_of(client, call.url)
    for text in ("Public-private partnership (PPP)", "10% corporate income tax", "Phú An industrial park", "3.5 ha",
                 "Incentives and support", "Contact"):
        assert text in detail, text


@pytest.mark.req("R5")
def test_investment_calls_filter_by_kind_sector_and_area(client):
    html = html_of(client, "/quy-hoach-ke-hoach/uu-dai-dau-tu/?loai=policy")
    assert "Chính sách hỗ trợ doanh nghiệp đổi mới công nghệ" in html
    assert "Khu nông nghiệp ứng dụng công nghệ cao Tân Hòa" not in html
    area = Area.objects.get(name="Huyện Tân Hòa")
    html = html_of(client, f"/quy-hoach-ke-hoach/uu-dai-dau-tu/?dia_ban={area.slug}")
    assert "Khu nông nghiệp ứng dụng công nghệ cao Tân Hòa" in html
    assert "Chính sách hỗ trợ doanh nghiệp đổi mới công nghệ" not in html


# --- Site search -----------------------------------------------------------------------------

@pytest.mark.req("R40")
def test_the_site_search_finds_projects_and_bidding_notices_without_diacritics(client):
    html = html_of(client, "/tim-kiem/?q=phong+thu+nghiem+do+luong")
    assert "Nâng cấp phòng thử nghiệm đo lường, chất lượng sản phẩm hàng hóa" in html
    html = html_of(client, "/tim-kiem/?q=nuoi+cay+mo")
    assert "Gói thầu số 03: Mua sắm thiết bị phòng nuôi cấy mô" in html
