"""setup_portal: the mandated section tree, locales, groups and workflow, idempotence, and old plain
section pages replaced by their register pages."""

import io

import pytest
from django.apps import apps
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from django.test import Client
from wagtail.rich_text import RichText
from wagtail.models import GroupPagePermission, Locale, Page, Revision, Site, Workflow, WorkflowTask
from wagtail_localize.models import Translation

from home.models import AgencySettings, Banner, ContentPage, HomePage, SectionPage, WebLink
from home.section_tree import MANDATED_SLUGS, SECTION_TREE
from home.editorial import EDITORIAL_GROUPS, WORKFLOW_NAME
from home.page_upgrades import stream_content
from home.setup import ensure_sections
from home.translation import translate
from participation.models import QuestionPage

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


# --- a portal installed before the register pages --------------------------------------------

def replace_by_plain_section(home, slug, **fields):
    """What a portal installed before the register pages has at ``slug``: a plain SectionPage (the
    register page and its translations are removed first)."""
    for version in home.get_children().get(slug=slug).get_translations(inclusive=True):
        version.delete()
    section = SectionPage(title="Hỏi – đáp trực tuyến", slug=slug, intro="<p>Giải đáp thắc mắc.</p>", **fields)
    home.add_child(instance=section)
    section.save_revision().publish()
    return section


def run_setup():
    output = io.StringIO()
    call_command("setup_portal", stdout=output)
    return output.getvalue()


def test_setup_gives_an_old_empty_section_page_its_register_page_type_keeping_it(home):
    old = replace_by_plain_section(home, "hoi-dap", seo_title="Hỏi đáp với Sở", search_description="Gửi câu hỏi.")
    english = translate(old, "en", {old.title: "Questions", "hoi-dap": "questions-and-answers"})
    revisions = Revision.objects.filter(object_id=str(old.pk)).count()

    output = run_setup()

    page = Page.objects.get(pk=old.pk).specific  # the same page, in the same place
    assert isinstance(page, QuestionPage) and page.live
    assert (page.title, page.slug, page.seo_title, page.search_description, page.intro) == (
        "Hỏi – đáp trực tuyến", "hoi-dap", "Hỏi đáp với Sở", "Gửi câu hỏi.", "<p>Giải đáp thắc mắc.</p>")
    assert page.get_parent().pk == home.pk and page.translation_key == old.translation_key
    assert Revision.objects.filter(object_id=str(old.pk)).count() == revisions + 1  # the history is kept
    assert not SectionPage.objects.filter(pk=old.pk).exists()
    translated = page.get_translation(Locale.objects.get(language_code="en")).specific
    assert translated.pk == english.pk and isinstance(translated, QuestionPage)
    translate(page, "en", {})  # the translation still syncs from its source
    assert "Đã đổi mục tin “Hỏi – đáp trực tuyến” (/trang-chu/hoi-dap/) thành “Trang hỏi đáp”" in output
    assert "Gave the plain section page “Hỏi – đáp trực tuyến” (/trang-chu/hoi-dap/) the type " \
           "participation.QuestionPage" in output
    # The page works as the register page.
    client = Client()
    assert "tra-cuu" in client.get("/hoi-dap/").content.decode()
    assert client.get("/hoi-dap/tra-cuu/").status_code == 200
    # Running it again changes nothing.
    before = snapshot()
    assert "mục tin" not in run_setup()
    assert snapshot() == before


def test_setup_leaves_an_old_section_page_with_content_or_sub_pages_and_says_what_to_do(home):
    old = replace_by_plain_section(home, "hoi-dap")
    old.body = [("paragraph", RichText("<p>Câu hỏi thường gặp của người dân.</p>"))]
    old.save_revision().publish()
    statistics = replace_by_plain_section(home, "thong-ke")
    statistics.add_child(instance=ContentPage(title="Số liệu năm 2020", slug="so-lieu-2020"))

    output = run_setup()

    assert type(Page.objects.get(pk=old.pk).specific) is SectionPage
    assert stream_content(Page.objects.get(pk=old.pk).specific.body) == stream_content(old.body)
    assert type(Page.objects.get(pk=statistics.pk).specific) is SectionPage
    assert statistics.get_children().get().title == "Số liệu năm 2020"
    assert "Chưa đổi mục tin “Hỏi – đáp trực tuyến” (/trang-chu/hoi-dap/) thành “Trang hỏi đáp”: " \
           "mục tin có nội dung riêng" in output
    assert "mục tin có trang con" in output and "it has sub-pages" in output
    assert "rồi chạy lại “python manage.py setup_portal”" in output
    assert "run “python manage.py setup_portal” again" in output
    # Running it again changes nothing and says the same.
    before = snapshot()
    assert run_setup().count("Chưa đổi mục tin") == 2
    assert snapshot() == before


def test_setup_converts_an_old_section_page_that_kept_the_demo_body(home):
    from home.demo import SECTION_BODIES

    organisation = home.get_children().get(slug="gioi-thieu").get_children().get(slug="co-cau-to-chuc")
    for version in organisation.get_translations(inclusive=True):
        for child in version.get_children():
            child.delete()
        version.delete()
    old = SectionPage(title="Cơ cấu tổ chức", slug="co-cau-to-chuc", body=SECTION_BODIES["gioi-thieu/co-cau-to-chuc"])
    home.get_children().get(slug="gioi-thieu").add_child(instance=old)
    old.save_revision().publish()

    run_setup()

    page = Page.objects.get(pk=old.pk).specific
    assert isinstance(page, apps.get_model("directory.OrganisationPage"))
    assert page.body and stream_content(page.body) == stream_content(old.body)  # the body is kept
