"""Collect the interface strings of the installed Django (core and auth), Wagtail and
wagtail-localize into the portal's Vietnamese catalogue of them (locale/upstream/vi/LC_MESSAGES/).

Wagtail ships only a small part of its admin in Vietnamese and Django misses some of its
messages (form validation, time spans, the CSRF page); the portal completes them.
Run after upgrading Wagtail: existing translations are kept, new strings are added
untranslated, strings Wagtail dropped are removed. Then translate the empty entries and
run ``make messages``. Usage: .venv/bin/python scripts/update_admin_catalogue.py
"""

import glob
from pathlib import Path

import polib

REPO = Path(__file__).resolve().parent.parent
TARGET = REPO / "locale" / "upstream" / "vi" / "LC_MESSAGES"
# Folders (below site-packages) whose catalogues the portal completes.
SOURCES = ("wagtail", "wagtail_localize", "django/conf", "django/contrib/auth")


def site_packages():
    import wagtail

    return Path(wagtail.__file__).resolve().parent.parent


def key(entry):
    return (entry.msgctxt, entry.msgid)


def collect(domain):
    """English source entries and Wagtail's own Vietnamese translations for one gettext domain."""
    root = site_packages()
    sources, shipped = {}, {}
    for folder in SOURCES:
        for path in sorted(glob.glob(str(root / folder / "**" / "locale" / "en" / "LC_MESSAGES" / f"{domain}.po"),
                                     recursive=True)):
            for entry in polib.pofile(path):
                if not entry.obsolete and entry.msgid:
                    sources.setdefault(key(entry), entry)
        for path in glob.glob(str(root / folder / "**" / "locale" / "vi" / "LC_MESSAGES" / f"{domain}.po"),
                              recursive=True):
            for entry in polib.pofile(path):
                if entry.translated() and "fuzzy" not in entry.flags:
                    shipped.setdefault(key(entry), entry)
    return sources, shipped


def update(domain):
    TARGET.mkdir(parents=True, exist_ok=True)
    path = TARGET / f"{domain}.po"
    existing = {key(e): e for e in polib.pofile(str(path))} if path.exists() else {}
    sources, shipped = collect(domain)
    catalogue = polib.POFile(wrapwidth=0)
    catalogue.header = "Bản dịch tiếng Việt bổ sung cho Django, Wagtail và wagtail-localize.\n" \
                       "Cập nhật bằng scripts/update_upstream_catalogue.py."
    catalogue.metadata = {
        "Project-Id-Version": "cong-thong-tin-upstream",
        "Language": "vi",
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "Plural-Forms": "nplurals=1; plural=0;",
    }
    for entry_key, source in sorted(sources.items(), key=lambda item: (item[0][0] or "", item[0][1])):
        entry = polib.POEntry(msgid=source.msgid, msgctxt=source.msgctxt, msgid_plural=source.msgid_plural,
                              flags=[f for f in source.flags if f != "fuzzy"])
        previous = existing.get(entry_key) or shipped.get(entry_key)
        if source.msgid_plural:
            entry.msgstr_plural = {0: previous.msgstr_plural.get(0, "") if previous and previous.msgstr_plural
                                   else ""}
        else:
            entry.msgstr = previous.msgstr if previous else ""
        catalogue.append(entry)
    catalogue.save(str(path))
    untranslated = len(catalogue.untranslated_entries())
    print(f"{path.relative_to(REPO)}: {len(catalogue)} strings, {untranslated} untranslated")
    return untranslated


if __name__ == "__main__":
    for domain in ("django", "djangojs"):
        update(domain)
