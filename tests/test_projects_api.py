"""The JSON API of projects, bidding notices and investment calls (R5, R6, R63)."""

import pytest

from projects.models import BiddingNotice, Project

pytestmark = [pytest.mark.django_db, pytest.mark.req("R63")]


@pytest.mark.req("R6")
def test_projects_listing_and_item_shapes(client):
    data = client.get("/api/v2/projects/", {"limit": 5}).json()
    assert data["meta"]["total_count"] == Project.objects.filter(live=True).count() >= 12
    assert len(data["items"]) == 5
    item = data["items"][0]
    for key in ("name", "code", "investor", "managing_body", "implementing_unit", "objective", "field", "type", "group",
                "location", "total_investment", "currency", "funding_type", "funding_source", "donor",
                "compensation_plan", "decision", "start", "end", "status", "progress", "files", "url"):
        assert key in item, key
    assert set(item["status"]) == {"value", "label"} and set(item["location"]) == {"address", "area", "latitude",
                                                                                   "longitude"}
    second = client.get("/api/v2/projects/", {"limit": 5, "offset": 5}).json()
    assert {i["id"] for i in data["items"]}.isdisjoint({i["id"] for i in second["items"]})

    project = Project.objects.get(code="BA-KHCN-2025-02")
    detail = client.get(f"/api/v2/projects/{project.pk}/").json()
    assert detail["total_investment"] == 19_800_000_000 and detail["currency"] == "VND"
    assert detail["location"]["latitude"] == pytest.approx(11.0123)
    assert detail["status"] == {"value": "under_way", "label": "Đang triển khai"}
    assert detail["url"].endswith(project.url)


def test_project_filters(client):
    data = client.get("/api/v2/projects/", {"status": "completed", "limit": 100}).json()
    assert data["items"] and all(item["status"]["value"] == "completed" for item in data["items"])
    data = client.get("/api/v2/projects/", {"year": 2022, "limit": 100}).json()
    names = {item["name"] for item in data["items"]}
    assert "Hệ thống quản lý văn bản và hồ sơ công việc của Sở" in names
    assert "Xây dựng nền tảng dữ liệu khoa học và công nghệ tỉnh Bình An" not in names
    data = client.get("/api/v2/projects/", {"search": "phong thi nghiem"}).json()
    assert "Phòng thí nghiệm trọng điểm kiểm nghiệm an toàn thực phẩm" in {item["name"] for item in data["items"]}


@pytest.mark.req("R6")
def test_bidding_notices_carry_status_and_result(client):
    data = client.get("/api/v2/bidding-notices/", {"status": "awarded"}).json()
    assert data["items"] and all(item["status"]["value"] == "awarded" and item["result"] for item in data["items"])
    notice = BiddingNotice.objects.get(notice_number="IB2400215530")
    detail = client.get(f"/api/v2/bidding-notices/{notice.pk}/").json()
    assert detail["result"]["winner"] == "Công ty TNHH Giải pháp Số Bình An"
    assert detail["result"]["price"] == 6_712_500_000 and detail["estimated_value"] == 6_980_000_000
    assert detail["project"]["name"] == notice.project.name
    open_items = client.get("/api/v2/bidding-notices/", {"status": "open"}).json()["items"]
    assert open_items and all(item["result"] is None for item in open_items)


@pytest.mark.req("R5", "R15")
def test_investment_calls_in_both_languages(client):
    english = client.get("/api/v2/investment-calls/", {"locale": "en"}).json()
    assert english["meta"]["total_count"] >= 3
    assert all(item["meta"]["locale"] == "en" for item in english["items"])
    assert "Bình An data centre and cloud services" in {item["title"] for item in english["items"]}
    policy = client.get("/api/v2/investment-calls/", {"kind": "policy", "locale": "vi"}).json()
    assert [item["kind"]["value"] for item in policy["items"]] == ["policy"]


@pytest.mark.parametrize("url, query, message", [
    ("/api/v2/projects/", {"limit": "abc"}, "limit phải là một số nguyên"),
    ("/api/v2/projects/", {"limit": "500"}, "limit phải trong khoảng"),
    ("/api/v2/projects/", {"status": "dang-lam"}, "status phải là một trong"),
    ("/api/v2/projects/", {"year": "1800"}, "year phải trong khoảng"),
    ("/api/v2/projects/", {"hack": "1"}, "Tham số không được hỗ trợ: hack"),
    ("/api/v2/bidding-notices/", {"method": "xyz"}, "method phải là một trong"),
    ("/api/v2/bidding-notices/", {"project": "x"}, "project phải là một số nguyên"),
    ("/api/v2/investment-calls/", {"locale": "fr"}, "locale phải là một trong"),
])
def test_bad_parameters_get_a_400_with_a_vietnamese_message(client, url, query, message):
    response = client.get(url, query)
    assert response.status_code == 400 and message in response.json()["message"]


def test_the_api_is_read_only_hides_drafts_and_answers_404(client):
    assert client.post("/api/v2/projects/", {}).status_code == 405
    project = Project.objects.filter(live=True).first()
    project.unpublish()
    assert client.get(f"/api/v2/projects/{project.pk}/").status_code == 404
    assert project.pk not in {item["id"] for item in client.get("/api/v2/projects/", {"limit": 100}).json()["items"]}
    response = client.get("/api/v2/investment-calls/999999/")
    assert response.status_code == 404 and "Không tìm thấy" in response.json()["message"]


def test_listings_run_in_bounded_queries(client, django_assert_max_num_queries):
    for url in ("/api/v2/projects/?limit=100", "/api/v2/bidding-notices/?limit=100",
                "/api/v2/investment-calls/?limit=100"):
        client.get(url)
        with django_assert_max_num_queries(8):
            client.get(url)
