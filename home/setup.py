"""Idempotent set-up of a portal: locales, home pages, the section tree, the editorial process.

``python manage.py setup_portal`` is a thin wrapper over :func:`setup_portal`. Every step
creates only what is missing and never overwrites what editors changed, so running it
twice changes nothing. Other apps add their own steps with the Wagtail hooks
``portal_setup`` and ``portal_demo`` (a function taking the Vietnamese home page).
"""

import secrets
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils.html import strip_tags
from wagtail import hooks
from wagtail.models import Collection, Locale, Page, Site

from .editorial import ensure_editorial_process, ensure_translators
from .models import AgencySettings, HomePage, SectionPage
from .page_upgrades import upgrade_section_page
from .section_tree import ENGLISH_SECTIONS, SECTION_TREE
from .translation import translate

HOME_TITLE = "Trang chủ"
HOME_INTRO = "<p>Cổng thông tin điện tử cung cấp thông tin chính thức và dịch vụ công trực tuyến của cơ quan.</p>"
HOME_ENGLISH = {
    HOME_TITLE: "Home",
    "trang-chu": "home",
    "Cổng thông tin điện tử cung cấp thông tin chính thức và dịch vụ công trực tuyến của cơ quan.":
        "The official information and online public services portal of the agency.",
}


def setup_portal(demo=False, user=None):
    """Bring the database to a complete portal; with ``demo``, add the demonstration content."""
    with transaction.atomic():
        ensure_locales()
        ensure_tree_roots()
        home = ensure_home_page()
        if demo:
            for load_demo_identity in hooks.get_hooks("portal_demo_identity"):
                load_demo_identity(home)
        agency = AgencySettings.for_site(home.get_site())
        ensure_site_name(home.get_site(), agency)
        ensure_sections(home, agency.agency_kind)
        english_home = ensure_english_home(home, user=user)
        ensure_english_sections(home, user=user)
        ensure_editorial_process(home)
        ensure_translators(english_home)
        for step in hooks.get_hooks("portal_setup"):
            step(home)
        if demo:
            for load_demo in hooks.get_hooks("portal_demo"):
                load_demo(home)
    return home


def ensure_locales():
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        Locale.objects.get_or_create(language_code=code)


def ensure_tree_roots():
    """The page and collection roots Wagtail's migrations create, in case the tables were emptied."""
    root = Page.get_first_root_node()
    if root is None:
        root = Page.add_root(
            instance=Page(title="Root", slug="root", locale=Locale.objects.get(language_code=settings.LANGUAGE_CODE))
        )
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    return root


def publish(page, user=None):
    """Publish through a revision, so the page has history from its first day (R54)."""
    page.save_revision(user=user, log_action=True).publish(user=user)
    return page


def ensure_home_page():
    vietnamese = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    home = HomePage.objects.filter(locale=vietnamese, depth=2).first()
    if home is None:
        root = Page.get_first_root_node()
        # Wagtail's own "Welcome" placeholder page is replaced by the portal's home page.
        placeholders = list(root.get_children().filter(content_type=ContentType.objects.get_for_model(Page)))
        home = HomePage(title=HOME_TITLE, slug="trang-chu", intro=HOME_INTRO, locale=vietnamese)
        root.add_child(instance=home)
        publish(home)
        Site.objects.filter(root_page__in=placeholders).update(root_page=home)
        for page in placeholders:
            if not page.get_children().exists():
                page.delete()
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        site = Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
    elif site.root_page_id != home.pk:
        site.root_page = home
        site.save()
    return home


def ensure_site_name(site, agency):
    """The admin's dashboard and e-mails name the site: use the portal's name, not "localhost"."""
    if not site.site_name:
        site.site_name = agency.portal_name
        site.save(update_fields=["site_name"])


def ensure_sections(home, agency_kind):
    """Create the mandated sections and sub-sections that are missing; give a register's plain
    section page of an older portal its register page type (home/page_upgrades.py)."""
    for section in SECTION_TREE:
        page = ensure_section(home, section)
        for child in section.children:
            if child.applies_to(agency_kind):
                ensure_section(page, child, path=f"{section.slug}/{child.slug}")


def ensure_section(parent, section, path=None):
    """The section's page below ``parent`` (``path`` below the home page, default its slug)."""
    model = apps.get_model(section.page_type) if section.page_type else SectionPage
    existing = parent.get_children().filter(slug=section.slug).first()
    if existing is not None:
        if model is SectionPage:
            return existing
        from .demo import SECTION_BODIES

        return upgrade_section_page(existing.specific, model, section.page_fields,
                                    default_body=SECTION_BODIES.get(path or section.slug))
    page = model(
        title=section.title,
        slug=section.slug,
        intro=f"<p>{section.intro}</p>",
        show_in_menus=section.in_menu,
        locale_id=parent.locale_id,
        **dict(section.page_fields),
    )
    parent.add_child(instance=page)
    return publish(page)


def ensure_english_home(home, user=None):
    english = Locale.objects.get(language_code="en")
    existing = home.get_translation_or_none(english)
    if existing is not None:
        return existing
    return translate(home, "en", HOME_ENGLISH, user=user)


def find_page(home, path):
    """The page at ``path`` (slugs separated by "/") below ``home``, or None."""
    page = home
    for slug in path.split("/"):
        page = page.get_children().filter(slug=slug).first()
        if page is None:
            return None
    return page.specific


def english_strings(page, english_title, english_slug, english_intro):
    """What a translator would enter for a section's title, slug and introduction."""
    return {page.title: english_title, page.slug: english_slug, strip_tags(page.intro).strip(): english_intro}


def ensure_english_sections(home, user=None):
    """Translate into English the sections the English channel must carry (R15), when missing."""
    english = Locale.objects.get(language_code="en")
    for section in ENGLISH_SECTIONS:
        page = find_page(home, section.path)
        if page is None or page.has_translation(english):
            continue
        translate(page, "en", english_strings(page, section.title, section.slug, section.intro), user=user)


CREDENTIALS_FILE = Path(settings.BASE_DIR) / ".admin-credentials"


def ensure_admin(username=None, password=None, email=None):
    """Create the first administrator if missing; return (username, password or None).

    The password comes from the argument, else from ``.admin-credentials`` (kept out of git),
    else is generated once and written there, so ``make run`` prints the same login each time.
    """
    User = get_user_model()
    username = username or "admin"
    explicit = bool(password)
    if not password and CREDENTIALS_FILE.exists():
        saved_user, _, saved_password = CREDENTIALS_FILE.read_text(encoding="utf-8").strip().partition(":")
        if saved_user == username:
            password = saved_password
    if not password:
        password = secrets.token_urlsafe(12)
    user = User.objects.filter(username=username).first()
    if user is None:
        User.objects.create_superuser(username=username, email=email or f"{username}@localhost", password=password)
    elif explicit:
        user.set_password(password)
        user.save(update_fields=["password"])
    elif not user.check_password(password):
        # An existing account keeps its password; we cannot show it.
        return username, None
    CREDENTIALS_FILE.write_text(f"{username}:{password}\n", encoding="utf-8")
    CREDENTIALS_FILE.chmod(0o600)
    return username, password
