"""Online public services (R7): the procedure register, its catalogue, pages, settings and API."""

import json

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale, Site, WorkflowContentType

from home.models import AgencySettings
from services.levels import OnlineMode, Scale
from services.models import Procedure, ProcedureCatalogPage, Sector, ServiceSettings, UsageStat, normalise_code

pytestmark = [pytest.mark.req("R7"), pytest.mark.django_db]
CATALOGUE = "/dich-vu-cong/thu-tuc-hanh-chinh/"
ENGLISH_CATALOGUE = "/en/public-services/procedures/"


def vietnamese(code):
    return Procedure.objects.get(code=code, locale__language_code="vi")


def make_procedure(**fields):
    values = dict(code="1.999001", name="Thủ tục thử nghiệm", sector=Sector.objects.first(), online_level=2,
                  steps="<ol><li>Nộp hồ sơ.</li></ol>", submission="<p>Tại Bộ phận Một cửa.</p>",
                  dossier="<ul><li>Đơn đề nghị.</li></ul>", processing_time="05 ngày làm việc", fees="Không",
                  locale=Locale.objects.get(language_code="vi"))
    values.update(fields)
    return Procedure(**values)


def set_scale(scale):
    settings = ServiceSettings.for_site(Site.objects.get(is_default_site=True))
    settings.scale = scale
    settings.save()


# --- the register and its validation ---------------------------------------------------------

def test_the_demo_catalogue_covers_sectors_levels_and_english():
    procedures = Procedure.objects.filter(live=True, locale__language_code="vi")
    assert procedures.count() == 30
    assert procedures.values("sector").distinct().count() >= 6
    assert set(procedures.values_list("government_level", flat=True)) == {"province", "district", "commune"}
    assert set(procedures.values_list("online_level", flat=True)) == {1, 2, 3, 4}
    english = Procedure.objects.filter(live=True, locale__language_code="en")
    assert english.count() == procedures.filter(for_foreigners=True).count() >= 5


@pytest.mark.parametrize("text, code", [("1.001234", "1.001234"), (" 2.000 123 ", "2.000123")])
def test_codes_are_normalised(text, code):
    assert normalise_code(text) == code


@pytest.mark.parametrize("text", ["", "1001234", "1.00123", "1.0012345", "A.001234", "1,001234"])
def test_malformed_codes_are_refused_in_vietnamese(text):
    with pytest.raises(ValidationError) as error:
        normalise_code(text)
    assert "không đúng mẫu" in str(error.value)


def test_a_code_is_unique_in_its_language():
    procedure = make_procedure(code="1.004021")
    with pytest.raises(ValidationError) as error:
        procedure.full_clean()
    assert "Đã có thủ tục mã 1.004021" in str(error.value.message_dict["code"])


def test_an_online_service_needs_a_usage_guide():
    procedure = make_procedure(online_level=3)
    with pytest.raises(ValidationError) as error:
        procedure.full_clean()
    assert "hướng dẫn sử dụng" in error.value.message_dict["usage_guide"][0]
    procedure.usage_guide = "<p>Đăng nhập Cổng dịch vụ công.</p>"
    procedure.full_clean()


def test_the_two_scales_must_agree():
    procedure = make_procedure(online_level=2, online_mode=OnlineMode.FULL, usage_guide="<p>Hướng dẫn.</p>")
    with pytest.raises(ValidationError) as error:
        procedure.full_clean()
    assert "toàn trình chỉ ở mức độ 4" in error.value.message_dict["online_mode"][0]


def test_values_off_the_scales_are_refused_not_crashed_on():
    procedure = make_procedure(online_level=9, online_mode="mot-phan")
    with pytest.raises(ValidationError) as error:
        procedure.full_clean()
    assert {"online_level", "online_mode"} <= set(error.value.message_dict)


def test_the_decree_42_mode_is_derived_from_the_level_when_left_blank():
    procedure = make_procedure(online_level=4, usage_guide="<p>Hướng dẫn.</p>")
    procedure.full_clean()
    procedure.save()
    assert procedure.online_mode == OnlineMode.FULL
    assert procedure.slug == "1-999001-thu-tuc-thu-nghiem"


def test_usage_counts_are_checked():
    stat = UsageStat(procedure=vietnamese("1.004021"), year=2025, uses=10, processed=5, processed_on_time=6)
    with pytest.raises(ValidationError) as error:
        stat.full_clean()
    assert "đúng hạn" in str(error.value)


def test_procedures_go_through_the_editorial_workflow():
    assert WorkflowContentType.objects.filter(content_type__model="procedure").exists()


# --- the catalogue ------------------------------------------------------------------------------

def test_the_catalogue_is_in_the_section_tree(client):
    page = ProcedureCatalogPage.objects.get(locale__language_code="vi")
    assert page.url == CATALOGUE
    response = client.get(CATALOGUE)
    assert response.status_code == 200
    html = response.content.decode()
    assert "30 thủ tục" in html
    assert "https://dichvucong.gov.vn" in html  # the link to the public-service portal


def test_catalogue_filters_and_facets_with_bounded_queries(client, django_assert_max_num_queries):
    sector = vietnamese("1.008401").sector
    with django_assert_max_num_queries(35):  # five facets, each counted once
        response = client.get(CATALOGUE, {"linh_vuc": sector.slug, "cap": "province"})
    results = list(response.context["results"])
    assert results and all(p.sector_id == sector.pk and p.government_level == "province" for p in results)
    facets = {group["facet"].param: group for group in response.context["facets"]}
    assert {"linh_vuc", "cap"} <= set(facets)
    # each facet counts what the other filters leave
    by_level = {option["value"]: option["count"] for option in facets["cap"]["options"]}
    assert by_level["province"] == len(results)


def test_the_catalogue_costs_the_same_queries_for_one_result_or_a_full_page(client):
    client.get(CATALOGUE)  # warm the per-site caches
    with CaptureQueriesContext(connection) as one:
        assert client.get(CATALOGUE, {"q": "1.007301"}).context["result_count"] == 1
    with CaptureQueriesContext(connection) as full:
        assert len(client.get(CATALOGUE).context["results"]) == 30
    assert len(full.captured_queries) <= len(one.captured_queries)


@pytest.mark.req("R60")
def test_services_are_grouped_by_user_type_and_agency(client):
    response = client.get(CATALOGUE, {"doi_tuong": "citizen"})
    kinds = {p.applicant_type for p in response.context["results"]}
    assert kinds == {"citizen", "all"}  # a service for both is in each group
    facets = {group["facet"].param: group for group in client.get(CATALOGUE).context["facets"]}
    counts = {option["value"]: option["count"] for option in facets["doi_tuong"]["options"]}
    procedures = Procedure.objects.filter(live=True, locale__language_code="vi")
    assert counts["citizen"] == procedures.filter(applicant_type__in=["citizen", "all"]).count()
    assert counts["organisation"] == procedures.filter(applicant_type__in=["organisation", "all"]).count()
    unit = vietnamese("2.001601").handling_unit
    response = client.get(CATALOGUE, {"co_quan": unit.slug})
    assert {p.handling_unit_id for p in response.context["results"]} == {unit.pk}


@pytest.mark.req("R60")
def test_a_procedure_is_three_clicks_from_the_home_page(client):
    home = client.get("/").content.decode()
    assert 'href="/dich-vu-cong/"' in home
    section = client.get("/dich-vu-cong/").content.decode()
    for procedure in Procedure.objects.filter(live=True, locale__language_code="vi").select_related("sector"):
        sector_list = f"{CATALOGUE}?linh_vuc={procedure.sector.slug}"
        assert f'href="{sector_list}"' in section
        assert f'href="{procedure.url}"' in client.get(sector_list).content.decode()
    assert f'href="{CATALOGUE}?doi_tuong=citizen"' in section


@pytest.mark.req("R60")
def test_the_catalogue_filters_by_the_scale_the_settings_choose(client):
    set_scale(Scale.DECREE_43)
    response = client.get(CATALOGUE, {"muc_do": "4"})
    assert {p.online_level for p in response.context["results"]} == {4}
    assert "muc_do" in {group["facet"].param for group in response.context["facets"]}
    assert "Mức độ 4" in response.content.decode()
    set_scale(Scale.DECREE_42)
    response = client.get(CATALOGUE, {"truc_tuyen": "full"})
    assert {p.online_mode for p in response.context["results"]} == {"full"}
    assert "truc_tuyen" in {group["facet"].param for group in response.context["facets"]}
    assert "Toàn trình" in response.content.decode()


@pytest.mark.req("R60")
def test_the_scale_follows_the_legal_regime_by_default(client):
    agency = AgencySettings.for_site(Site.objects.get(is_default_site=True))
    agency.legal_regime = AgencySettings.REGIME_43
    agency.save()
    response = client.get(CATALOGUE)
    assert response.context["scale"] == Scale.DECREE_43


def test_search_is_folded(client):
    response = client.get(CATALOGUE, {"q": "dang ky chuyen giao cong nghe"})
    codes = [p.code for p in response.context["results"]]
    assert codes[0] == "1.008401"
    response = client.get(CATALOGUE, {"q": "1.007301"})
    assert [p.code for p in response.context["results"]] == ["1.007301"]


def test_bad_filters_give_a_message_not_an_error(client):
    response = client.get(CATALOGUE, {"cap": "thanh-pho", "muc_do": "9"})
    assert response.status_code == 200
    assert response.context["result_count"] == 0
    assert 'role="alert"' in response.content.decode()


def test_drafts_are_not_listed(client):
    procedure = make_procedure(code="1.999002", name="Thủ tục nháp chưa xuất bản", live=False)
    procedure.save()
    response = client.get(CATALOGUE, {"q": "thu tuc nhap chua xuat ban"})
    assert response.context["result_count"] == 0
    assert client.get(f"{CATALOGUE}1-999002/").status_code == 404


# --- a procedure's page -------------------------------------------------------------------------

def test_a_procedure_page_shows_what_r7_lists(client):
    procedure = vietnamese("1.008401")
    assert procedure.url == f"{CATALOGUE}{procedure.slug}/"
    response = client.get(procedure.url)
    assert response.status_code == 200
    html = response.content.decode()
    for text in ("Trình tự thực hiện", "Thành phần hồ sơ", "Thời hạn giải quyết", "Phí, lệ phí", "Biểu mẫu",
                 "Căn cứ pháp lý", "Luật Chuyển giao công nghệ", procedure.officer, procedure.officer_email,
                 "Hướng dẫn sử dụng dịch vụ công trực tuyến", "Quý IV"):
        assert text in html, text
    assert "https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1.008401" in html
    form = procedure.forms.first()
    assert form.file.url in html and form.file.file_size > 0


def test_a_level_two_procedure_has_no_usage_section(client):
    procedure = Procedure.objects.filter(live=True, online_level=2, locale__language_code="vi").first()
    html = client.get(procedure.url).content.decode()
    assert "Tần suất sử dụng" not in html and "Hướng dẫn sử dụng dịch vụ công" not in html


def test_a_procedure_is_found_by_its_code_alone(client):
    procedure = vietnamese("1.008401")
    response = client.get(f"{CATALOGUE}1-008401/")
    assert response.status_code == 301 and response["Location"].endswith(procedure.url)
    response = client.get(f"{CATALOGUE}1-008401-ten-cu-cua-thu-tuc/")
    assert response.status_code == 301
    assert client.get(f"{CATALOGUE}9-999999/").status_code == 404


def test_an_explicit_link_wins_over_the_pattern(client):
    procedure = vietnamese("1.004021")
    procedure.online_url = "https://dichvucong.binhan.gov.vn/thu-tuc/1.004021"
    procedure.save()
    assert procedure.online_url in client.get(procedure.url).content.decode()


def test_the_link_pattern_is_checked():
    settings = ServiceSettings(site=Site.objects.get(is_default_site=True), link_pattern="{portal}/thu-tuc")
    with pytest.raises(ValidationError):
        settings.clean()
    settings.link_pattern = "{portal}/{ma}"
    with pytest.raises(ValidationError):
        settings.clean()
    settings.link_pattern = "{portal}/thu-tuc/{code}"
    settings.clean()
    assert settings.service_url("https://dvc.example.gov.vn/", "1.000001") == "https://dvc.example.gov.vn/thu-tuc/1.000001"


# --- the English channel (R15) ------------------------------------------------------------------

@pytest.mark.req("R15")
def test_the_english_catalogue_lists_the_english_procedures(client):
    response = client.get(ENGLISH_CATALOGUE)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Registration of a technology transfer" in html
    assert "Technology transfer" in html  # the sector in English
    english = Procedure.objects.filter(live=True, locale__language_code="en")
    assert response.context["result_count"] == english.count()


@pytest.mark.req("R15")
def test_an_english_procedure_page_is_in_english(client):
    procedure = Procedure.objects.get(code="1.008401", locale__language_code="en")
    assert procedure.url.startswith(ENGLISH_CATALOGUE)
    html = client.get(procedure.url).content.decode()
    for text in ("Steps", "The applicant prepares the dossier as required.", "Technology transfer contract",
                 "5 working days", "Usage and dossiers processed"):
        assert text in html, text
    assert "Quarter IV" in html  # the counts entered on the Vietnamese procedure


# --- API and site search ------------------------------------------------------------------------

@pytest.mark.req("R42")
def test_the_api_lists_and_filters_procedures(client, django_assert_max_num_queries):
    with django_assert_max_num_queries(20):
        response = client.get("/api/v2/procedures/", {"locale": "vi", "service_level": "4", "limit": 50})
    data = json.loads(response.content)
    assert response.status_code == 200
    assert data["meta"]["total_count"] == len(data["items"]) > 0
    item = data["items"][0]
    assert item["service_level"] == 4 and item["online"] in ("full", "partial")
    assert {"code", "name", "sector", "level", "forms", "legal_basis", "usage", "online_service_url", "url"} <= set(item)
    detail = client.get(item["meta"]["detail_url"])
    assert json.loads(detail.content)["code"] == item["code"]


@pytest.mark.parametrize("params, message", [
    ({"level": "tinh"}, "level phải là một trong"),
    ({"service_level": "5"}, "service_level phải trong khoảng"),
    ({"limit": "x"}, "limit phải là một số nguyên"),
    ({"khong_co": "1"}, "Tham số không được hỗ trợ"),
])
def test_the_api_refuses_bad_parameters_in_vietnamese(client, params, message):
    response = client.get("/api/v2/procedures/", params)
    assert response.status_code == 400
    assert message in json.loads(response.content)["message"]


def test_the_api_hides_drafts(client):
    procedure = make_procedure(code="1.999003", live=False)
    procedure.save()
    assert client.get(f"/api/v2/procedures/{procedure.pk}/").status_code == 404


@pytest.mark.req("R40")
def test_the_site_search_finds_procedures(client):
    html = client.get("/tim-kiem/", {"q": "giay phep buu chinh"}).content.decode()
    assert "Cấp giấy phép bưu chính" in html
