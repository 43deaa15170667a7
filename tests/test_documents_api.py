"""The library's read-only JSON API (R23, R42, R63)."""

import pytest

from documents.models import LegalDocument

pytestmark = [pytest.mark.django_db, pytest.mark.req("R63")]
URL = "/api/v2/legal-documents/"


def test_listing_follows_wagtail_api_conventions(client):
    data = client.get(URL, {"limit": 5}).json()
    assert data["meta"]["total_count"] == LegalDocument.objects.filter(live=True).count() > 5
    assert len(data["items"]) == 5
    item = data["items"][0]
    for key in ("number", "type", "issuer", "signer", "issued", "effective", "expires", "status", "summary",
                "fields", "files", "relations", "url"):
        assert key in item, key
    assert set(item["type"]) == {"name", "slug"} and set(item["issuer"]) == {"name", "slug"}
    second = client.get(URL, {"limit": 5, "offset": 5}).json()
    assert {i["id"] for i in data["items"]}.isdisjoint({i["id"] for i in second["items"]})


@pytest.mark.req("R22")
def test_an_item_carries_relations_both_ways(client):
    decree = LegalDocument.objects.get(number="42/2022/NĐ-CP")
    item = client.get(f"{URL}{decree.pk}/").json()
    assert item["number"] == "42/2022/NĐ-CP" and item["issued"] == "2022-06-24"
    assert any(r["kind"] == "replaces" and r["number"] == "43/2011/NĐ-CP" and r["direction"] == "outgoing"
               for r in item["relations"])
    old = client.get(f"{URL}{LegalDocument.objects.get(number='43/2011/NĐ-CP').pk}/").json()
    assert any(r["kind"] == "replaces" and r["direction"] == "incoming" for r in old["relations"])
    assert old["status"] in ("replaced", "expired")
    assert item["url"].endswith("/van-ban/42-2022-nd-cp/")


def test_filters_and_folded_search(client):
    data = client.get(URL, {"search": "cung cap thong tin dich vu cong truc tuyen"}).json()
    numbers = [item["number"] for item in data["items"]]
    assert "42/2022/NĐ-CP" in numbers
    data = client.get(URL, {"type": "nghi-dinh", "year": "2022"}).json()
    assert data["items"] and all(i["type"]["slug"] == "nghi-dinh" and i["issued"].startswith("2022")
                                 for i in data["items"])
    data = client.get(URL, {"status": "in_force", "limit": 100}).json()
    assert all(item["status"] == "in_force" for item in data["items"])


@pytest.mark.parametrize("query, message", [
    ({"limit": "abc"}, "limit phải là một số nguyên"),
    ({"limit": "1000"}, "limit phải trong khoảng"),
    ({"status": "sap-het"}, "status phải là một trong"),
    ({"hack": "1"}, "Tham số không được hỗ trợ: hack"),
])
def test_bad_parameters_get_a_400_with_a_message(client, query, message):
    response = client.get(URL, query)
    assert response.status_code == 400 and message in response.json()["message"]


def test_the_api_is_read_only_and_hides_drafts(client):
    assert client.post(URL, {}).status_code == 405
    draft = LegalDocument.objects.first()
    LegalDocument.objects.filter(pk=draft.pk).update(live=False)
    assert client.get(f"{URL}{draft.pk}/").status_code == 404


def test_the_listing_costs_a_fixed_number_of_queries(client, django_assert_max_num_queries):
    client.get(URL, {"limit": 50})
    with django_assert_max_num_queries(10):
        client.get(URL, {"limit": 50})


def test_the_field_filter_lists_each_document_once(client):
    from documents.models import LegalField

    field = LegalField.objects.filter(documents__live=True).first()
    data = client.get(URL, {"field": field.slug, "limit": 100}).json()
    ids = [item["id"] for item in data["items"]]
    assert ids and len(ids) == len(set(ids)) == min(data["meta"]["total_count"], 100)
    assert all(field.slug in [f["slug"] for f in item["fields"]] for item in data["items"])
