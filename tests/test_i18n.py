"""Vietnamese first: every interface string has a Vietnamese translation, compiled and in use."""

from pathlib import Path

import polib
import pytest
from django.urls import reverse

REPO = Path(__file__).resolve().parent.parent
CATALOGUES = sorted((REPO / "locale").glob("**/vi/LC_MESSAGES/*.po"))


def test_there_are_catalogues_for_the_site_and_the_admin():
    names = {str(path.relative_to(REPO)) for path in CATALOGUES}
    assert "locale/vi/LC_MESSAGES/django.po" in names
    assert "locale/upstream/vi/LC_MESSAGES/django.po" in names


@pytest.mark.parametrize("catalogue", CATALOGUES, ids=lambda p: str(p.relative_to(REPO)))
def test_every_string_is_translated_and_compiled(catalogue):
    po = polib.pofile(str(catalogue))
    untranslated = [entry.msgid for entry in po.untranslated_entries()]
    assert untranslated == [], f"{len(untranslated)} strings without Vietnamese, run `make messages` and translate"
    compiled = catalogue.with_suffix(".mo")
    assert compiled.exists(), "run `make messages` to compile the catalogue"
    mo = {(entry.msgctxt, entry.msgid): entry.msgstr or entry.msgstr_plural for entry in polib.mofile(str(compiled))}
    po_entries = {(entry.msgctxt, entry.msgid): entry.msgstr or entry.msgstr_plural for entry in po.translated_entries()}
    stale = [msgid for key, msgid in ((k, k[1]) for k in po_entries) if mo.get(key) != po_entries[key]]
    assert stale == [], f"the .mo file is older than the .po file ({len(stale)} strings): run `make messages`"


def test_the_admin_pages_editors_use_are_in_vietnamese(client, make_user):
    client.force_login(make_user("bientapvien2", "Biên tập"))
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    explorer = client.get(reverse("wagtailadmin_explore_root"), follow=True).content.decode()
    for english in ("Pages", "Search", "Images", "Documents", "Reports", "Help"):
        assert f">{english}<" not in dashboard
    assert "Tìm kiếm" in dashboard
    assert "Trạng thái" in explorer


def test_the_admin_login_page_is_in_vietnamese(client, db):
    html = client.get(reverse("wagtailadmin_login"), HTTP_ACCEPT_LANGUAGE="vi-VN,vi").content.decode()
    assert "Đăng nhập" in html
    assert "Sign in" not in html
