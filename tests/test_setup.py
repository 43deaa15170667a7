"""setup_portal: the mandated section tree, locales, groups and workflow, and idempotence."""

import pytest
from django.apps import apps
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from wagtail.models import GroupPagePermission, Locale, Page, Revision, Site, Workflow, WorkflowTask
from wagtail_localize.models import Translation

from home.models import AgencySettings, Banner, HomePage, SectionPage, WebLink
from home.section_tree import MANDATED_SLUGS, SECTION_TREE
from home.editorial import EDITORIAL_GROUPS, WORKFLOW_NAME
from home.setup import ensure_sections

ISSUE_SLUGS = (
    "gioi-thieu tin-tuc chi-dao-dieu-hanh van-ban cong-bao quy-hoach-ke-hoach du-an-dau-tu dich-vu-cong "
    "lay-y-kien hoi-dap khao-sat khoa-hoc-cong-nghe thong-ke chuyen-muc tiep-can-thong-tin bao-cao-tai-chinh "
    "thong-tin-bao-chi lien-he"
).split()


def test_the_tree_has_exactly_the_agreed_top_level_slugs():
    assert list(MANDATED_SLUGS) == ISSUE_SLUGS


@pytest.mark.parametrize(
    "section",
    [pytest.param(s, id=s.slug, marks=[pytest.mark.req(r) for r in s.reqs]) for s in SECTION_TREE],
)
def test_each_mandated_section_is_a_live_page_with_its_subsections(home, section):
    page = home.get_children().get(slug=section.slug).specific
    # A register's section is its register page (the library, the gazette...), the others SectionPages.
    expected_type = apps.get_model(section.page_type) if section.page_type else SectionPage
    assert isinstance(page, expected_type)
    assert page.live
    assert page.title == section.title
    assert section.intro in page.intro
    children = set(page.get_children().live().values_list("slug", flat=True))
    expected = {child.slug for child in section.children if child.applies_to(AgencySettings.KIND_DEPARTMENT)}
    assert expected <= children


@pytest.mark.req("R1")
def test_a_province_gets_the_local_introduction_sections_a_department_does_not(home):
    intro = home.get_children().get(slug="gioi-thieu")
    assert not intro.get_children().filter(slug="ban-do-hanh-chinh").exists()
    ensure_sections(home, AgencySettings.KIND_PROVINCE)
    province_only = {"he-thong-chinh-tri", "to-chuc-bo-may-hanh-chinh", "ban-do-hanh-chinh", "dieu-kien-tu-nhien",
                     "van-hoa-du-lich"}
    assert province_only <= set(intro.get_children().values_list("slug", flat=True))


def test_vietnamese_and_english_locales_and_the_english_home_is_a_localize_translation(home):
    assert set(Locale.objects.values_list("language_code", flat=True)) == {"vi", "en"}
    english = home.get_translation(Locale.objects.get(language_code="en"))
    assert english.live and english.title == "Home"
    assert Translation.objects.filter(source__object_id=home.translation_key, target_locale__language_code="en").exists()
    assert Site.objects.get(is_default_site=True).root_page_id == home.pk


@pytest.mark.req("R50")
def test_groups_and_the_three_step_workflow_exist(home):
    assert set(EDITORIAL_GROUPS) <= set(Group.objects.values_list("name", flat=True))
    workflow = Workflow.objects.get(name=WORKFLOW_NAME)
    tasks = [wt.task.specific for wt in WorkflowTask.objects.filter(workflow=workflow).order_by("sort_order")]
    assert [t.name for t in tasks] == ["Biên tập", "Duyệt"]
    assert [list(t.groups.values_list("name", flat=True)) for t in tasks] == [["Biên tập"], ["Duyệt"]]
    assert home.get_workflow() == workflow
    assert home.get_children().first().get_workflow() == workflow
    # Nobody of the board may publish directly: only the workflow's last approval publishes.
    publish = Permission.objects.get(content_type__app_label="wagtailcore", codename="publish_page")
    assert not GroupPagePermission.objects.filter(group__name__in=EDITORIAL_GROUPS, permission=publish).exists()
    # Wagtail's default "Moderators" could publish anywhere; it is gone.
    assert not Group.objects.filter(name="Moderators").exists()


def snapshot():
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "groups": Group.objects.count(),
        "group_page_permissions": GroupPagePermission.objects.count(),
        "workflows": Workflow.objects.count(),
        "workflow_tasks": WorkflowTask.objects.count(),
        "banners": Banner.objects.count(),
        "links": WebLink.objects.count(),
        "translations": Translation.objects.count(),
        "locales": Locale.objects.count(),
        "titles": sorted(Page.objects.values_list("title", flat=True)),
    }


@pytest.mark.req("R50")
def test_running_setup_twice_changes_nothing_and_keeps_editors_changes(home):
    section = SectionPage.objects.get(slug="lien-he").specific  # a ContactPage (directory)
    section.title = "Liên hệ – Góp ý"
    section.save_revision().publish()
    before = snapshot()
    call_command("setup_portal", "--demo", stdout=open("/dev/null", "w"))
    assert snapshot() == before
    assert SectionPage.objects.get(slug="lien-he").title == "Liên hệ – Góp ý"


def test_every_created_page_has_a_revision_history(home):
    """R54: nothing published is without history; setup publishes through revisions."""
    pages = Page.objects.filter(depth__gt=1).live()
    without_revision = [p.title for p in pages if p.latest_revision_id is None]
    assert without_revision == []


def test_setup_portal_builds_a_portal_on_an_empty_database(transactional_db):
    """From migrated-but-emptied tables (as after a flush) setup still makes a whole portal."""
    Page.objects.all().delete()
    from home.setup import setup_portal

    home = setup_portal(demo=True)
    assert isinstance(home, HomePage)
    assert set(home.get_children().values_list("slug", flat=True)) >= set(MANDATED_SLUGS)
