"""Stored text is Unicode NFC whatever the keyboard sent (TCVN 6909:2001; R40)."""

import unicodedata

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from home.models import ContentPage, SectionPage, WebLink
from home.text import to_nfc

pytestmark = pytest.mark.req("R40")

NFC_TITLE = "Nghị định số 43/2011/NĐ-CP về cung cấp thông tin"
NFD_TITLE = unicodedata.normalize("NFD", NFC_TITLE)


def test_the_two_forms_really_differ():
    assert NFD_TITLE != NFC_TITLE and len(NFD_TITLE) > len(NFC_TITLE)


def test_to_nfc_walks_nested_data():
    data = {"a": [NFD_TITLE, {"b": NFD_TITLE}], "n": 3, "none": None}
    assert to_nfc(data) == {"a": [NFC_TITLE, {"b": NFC_TITLE}], "n": 3, "none": None}


def test_a_page_saved_in_nfd_is_stored_in_nfc(home):
    parent = SectionPage.objects.get(slug="van-ban-moi")
    page = ContentPage(
        title=NFD_TITLE,
        slug="nghi-dinh-43",
        intro=f"<p>{NFD_TITLE}</p>",
        body=[{"type": "paragraph", "value": f"<p>{NFD_TITLE}</p>"}],
    )
    parent.add_child(instance=page)
    revision = page.save_revision()
    stored = ContentPage.objects.get(pk=page.pk)
    assert stored.title == NFC_TITLE
    assert stored.intro == f"<p>{NFC_TITLE}</p>"
    assert stored.body.raw_data[0]["value"] == f"<p>{NFC_TITLE}</p>"
    revision.refresh_from_db()
    assert revision.content["title"] == NFC_TITLE


def test_a_snippet_saved_in_nfd_is_stored_in_nfc(home):
    link = WebLink.objects.create(name=NFD_TITLE, url="https://vbpl.vn", locale=home.locale)
    assert WebLink.objects.get(pk=link.pk).name == NFC_TITLE
    assert WebLink.objects.filter(name=NFC_TITLE).exists()


def test_text_typed_in_the_admin_in_nfd_is_stored_in_nfc(client, make_user):
    drafter = make_user("nfd", "Cập nhật")
    client.force_login(drafter)
    parent = SectionPage.objects.get(slug="van-ban-moi")
    data = nested_form_data(
        {
            "title": NFD_TITLE,
            "slug": "nghi-dinh-43-admin",
            "intro": rich_text(f"<p>{NFD_TITLE}</p>"),
            "body": streamfield([("paragraph", rich_text(f"<p>{NFD_TITLE}</p>"))]),
            "event_date": "2026-11-20",
            "comments": inline_formset([]),
        }
    )
    response = client.post(reverse("wagtailadmin_pages:add", args=("home", "contentpage", parent.pk)), data)
    assert response.status_code == 302
    page = ContentPage.objects.get(slug="nghi-dinh-43-admin")
    assert page.title == NFC_TITLE
    assert NFC_TITLE in page.intro
    assert page.get_latest_revision().content["title"] == NFC_TITLE
