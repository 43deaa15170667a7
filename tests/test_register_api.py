"""What every register's JSON API guarantees, from its one base (home/api.py) (R42, R63)."""

import pytest

from portal.api import REGISTER_ENDPOINTS

pytestmark = [pytest.mark.django_db, pytest.mark.req("R63")]

# The public addresses: a client relies on them, whatever the code wiring them.
REGISTERS = ["/api/v2/legal-documents/", "/api/v2/projects/", "/api/v2/bidding-notices/",
             "/api/v2/investment-calls/", "/api/v2/procedures/"]


def test_every_register_endpoint_is_wired():
    assert sorted(f"/api/v2/{endpoint.path}/" for endpoint in REGISTER_ENDPOINTS) == sorted(REGISTERS)


@pytest.mark.parametrize("url", REGISTERS)
def test_the_listing_has_the_envelope_and_pages_by_limit(client, url):
    data = client.get(url, {"limit": 2}).json()
    assert set(data) == {"meta", "items"} and data["meta"]["total_count"] >= len(data["items"]) > 0
    assert len(data["items"]) <= 2
    item = data["items"][0]
    detail = client.get(item["meta"]["detail_url"])
    assert detail.status_code == 200 and detail.json()["id"] == item["id"]


@pytest.mark.parametrize("url", REGISTERS)
@pytest.mark.parametrize("query, message", [
    ({"khong_co": "1"}, "Tham số không được hỗ trợ: khong_co"),
    ({"limit": "abc"}, "limit phải là một số nguyên"),
    ({"limit": "101"}, "limit phải trong khoảng 1 đến 100"),
    ({"offset": "-1"}, "offset phải trong khoảng"),
])
def test_a_bad_parameter_is_a_400_in_vietnamese(client, url, query, message):
    response = client.get(url, query)
    assert response.status_code == 400 and response["Content-Type"] == "application/json"
    assert message in response.json()["message"]
    assert message.encode() in response.content  # UTF-8 as written, not \u escapes


@pytest.mark.parametrize("url", REGISTERS)
def test_a_missing_item_is_a_404_with_a_message(client, url):
    response = client.get(f"{url}999999999/")
    assert response.status_code == 404 and response.json()["message"].startswith("Không tìm thấy")


@pytest.mark.parametrize("url", REGISTERS)
def test_the_api_only_reads(client, url):
    item = client.get(url, {"limit": 1}).json()["items"][0]
    for address in (url, item["meta"]["detail_url"]):
        assert client.post(address, {}).status_code == 405
        assert client.delete(address).status_code == 405
        assert client.head(address).status_code == 200
