"""Organisation and people: the org chart from the unit tree, unit pages, leaders, the contact
directory, the spokesperson, their English versions and who may edit them (R1, R11, R15, R19)."""

from html.parser import HTMLParser

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import Locale

from directory.models import ContactPage, LeadersPage, Official, OrganisationPage, SpokespersonPage, Unit, UnitKind
from directory.queries import load_organisation
from home.editorial import GROUP_APPROVERS, GROUP_DRAFTERS, GROUP_EDITORS
from home.translation import translate

pytestmark = pytest.mark.django_db


def html_of(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status, url
    return response.content.decode()


class ChartParser(HTMLParser):
    """The units of the chart as (nesting depth, name), in document order."""

    def __init__(self):
        super().__init__()
        self.depth = 0
        self.in_chart = False
        self.in_name = False
        self.units = []

    def handle_starttag(self, tag, attrs):
        classes = (dict(attrs).get("class") or "").split()
        if tag == "ul" and ("org-chart__tree" in classes or "org-chart__children" in classes):
            self.in_chart = True
            self.depth += 1
        elif tag == "a" and "org-unit__name" in classes:
            self.in_name = True
            self.units.append([self.depth, ""])

    def handle_endtag(self, tag):
        if tag == "ul" and self.in_chart:
            self.depth -= 1
            self.in_chart = self.depth > 0
        elif tag == "a":
            self.in_name = False

    def handle_data(self, data):
        if self.in_name:
            self.units[-1][1] += data.strip()


def chart_of(html):
    parser = ChartParser()
    parser.feed(html)
    return [tuple(unit) for unit in parser.units]


def vietnamese():
    return Locale.objects.get(language_code="vi")


def english():
    return Locale.objects.get(language_code="en")


def unit(slug):
    return Unit.objects.get(slug=slug, locale=vietnamese())


# --- The organisation chart (R1) ------------------------------------------------------------


def test_the_demo_sections_are_the_organisation_page_types(home):
    assert OrganisationPage.objects.filter(slug="co-cau-to-chuc", locale=vietnamese()).exists()
    assert LeadersPage.objects.filter(slug="lanh-dao", locale=vietnamese()).exists()
    assert ContactPage.objects.filter(slug="lien-he", locale=vietnamese()).exists()
    assert SpokespersonPage.objects.filter(slug="nguoi-phat-ngon", locale=vietnamese()).exists()
    assert Official.objects.filter(locale=vietnamese()).count() == 20
    assert Unit.objects.filter(locale=vietnamese()).count() >= 8


@pytest.mark.req("R1")
def test_the_chart_is_a_nested_list_drawn_from_the_unit_tree_in_display_order(client):
    office = unit("van-phong")
    Unit.objects.create(name="Tổ Một cửa", slug="to-mot-cua", parent=office, sort_order=20, locale=vietnamese())
    Unit.objects.create(name="Bộ phận Văn thư", slug="bo-phan-van-thu", parent=office, sort_order=10,
                        locale=vietnamese())
    inspectorate = unit("thanh-tra")
    inspectorate.sort_order = 1  # moved before the office
    inspectorate.save()

    chart = chart_of(html_of(client, "/gioi-thieu/co-cau-to-chuc/"))

    assert chart[0] == (1, "Ban Giám đốc")
    assert chart[1] == (2, "Thanh tra Sở")
    position = chart.index((2, "Văn phòng Sở"))
    assert chart[position + 1:position + 3] == [(3, "Bộ phận Văn thư"), (3, "Tổ Một cửa")]
    assert {depth for depth, name in chart if name.startswith(("Phòng", "Chi cục", "Trung tâm"))} == {2}


@pytest.mark.req("R1")
def test_each_unit_has_its_page_with_functions_contacts_and_officials(client):
    html = html_of(client, "/gioi-thieu/co-cau-to-chuc/van-phong/")
    assert "<h1>Văn phòng Sở</h1>" in html
    assert "đầu mối cung cấp thông tin và quản trị Cổng thông tin điện tử" in html  # its functions
    assert 'href="mailto:vanphong.sokhcn@binhan.example.gov.vn"' in html
    assert "0274 3822 458" in html
    assert "Phạm Thị Thu Trang, Chánh Văn phòng" in html  # the head
    for name in ("Đỗ Văn Long", "Nguyễn Thị Hạnh"):
        assert name in html
    assert "Hoàng Minh Tuấn" not in html  # another unit's official
    assert 'href="/gioi-thieu/co-cau-to-chuc/ban-giam-doc/"' in html  # the unit above
    assert '<link rel="canonical" href="http://testserver/gioi-thieu/co-cau-to-chuc/van-phong/">' in html


def test_an_unknown_unit_is_not_found(client):
    html_of(client, "/gioi-thieu/co-cau-to-chuc/khong-co-don-vi-nay/", status=404)


def test_a_unit_cannot_be_placed_below_itself():
    top, office = unit("ban-giam-doc"), unit("van-phong")
    top.parent = office
    with pytest.raises(ValidationError) as error:
        top.full_clean()
    assert "Đơn vị cấp trên không thể là chính đơn vị này" in str(error.value)


def test_two_units_cannot_share_an_address():
    clash = Unit(name="Văn phòng khác", slug="van-phong", locale=vietnamese())
    with pytest.raises(ValidationError) as error:
        clash.full_clean()
    assert "Đường dẫn này đã được một đơn vị khác sử dụng." in str(error.value)
    with pytest.raises(ValidationError):  # a slug left blank is made from the name, and checked too
        Unit(name="Văn phòng", locale=vietnamese()).full_clean()


def test_unit_names_and_functions_are_escaped(client):
    Unit.objects.create(name="<script>alert(1)</script>Tổ", slug="to-thu", parent=unit("van-phong"),
                        locale=vietnamese())
    html = html_of(client, "/gioi-thieu/co-cau-to-chuc/")
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;Tổ" in html


# --- Leaders (R1) ---------------------------------------------------------------------------


@pytest.mark.req("R1")
def test_the_leaders_page_shows_each_leader_with_photo_contacts_duties_and_biography(client):
    html = html_of(client, "/gioi-thieu/lanh-dao/")
    names = ["Nguyễn Văn Thành", "Trần Thị Minh Hà", "Lê Quang Huy"]
    positions = [html.index(f">{name}</h2>") for name in names]
    assert positions == sorted(positions)  # in display order
    director = html[positions[0]:positions[1]]
    for value in ("Giám đốc", "0274 3822 456", "mailto:thanhnv@binhan.example.gov.vn",
                  "Nhiệm vụ đảm nhiệm", "trực tiếp phụ trách công tác tổ chức cán bộ",
                  "Tiểu sử tóm tắt", "Tiến sĩ Vật lý kỹ thuật"):
        assert value in director, value
    assert html.count('class="person__photo"') == 3
    assert "Hoàng Minh Tuấn" not in html  # not a leader


@pytest.mark.req("R1")
def test_a_new_leader_appears_and_a_former_one_leaves_without_editing_the_page(client):
    Official.objects.filter(name="Lê Quang Huy").update(is_leader=False)
    Official.objects.create(name="Phan Thị Thu", position="Phó Giám đốc", is_leader=True, sort_order=25,
                            unit=unit("ban-giam-doc"), locale=vietnamese())
    html = html_of(client, "/gioi-thieu/lanh-dao/")
    assert "Phan Thị Thu" in html
    assert "Lê Quang Huy" not in html


# --- Contacts (R11) -------------------------------------------------------------------------


@pytest.mark.req("R11")
def test_the_contact_page_lists_the_competent_officials_by_unit(client):
    html = html_of(client, "/lien-he/")
    assert "Sở Khoa học và Công nghệ tỉnh Bình An" in html
    assert "Số 18 đường Trần Hưng Đạo" in html
    sections = html.split('<section class="directory__unit"')[1:]
    assert len(sections) == Unit.objects.filter(locale=vietnamese()).count()
    office = next(section for section in sections if 'id="don-vi-van-phong"' in section)
    for value in ("Phạm Thị Thu Trang", "Chánh Văn phòng", "0274 3822 458", "mailto:trangptt@binhan.example.gov.vn",
                  "Đỗ Văn Long", "<caption class=\"visually-hidden\">Văn phòng Sở</caption>", '<th scope="col">Chức vụ</th>'):
        assert value in office, value
    assert "Hoàng Minh Tuấn" not in office
    assert 'href="/gioi-thieu/co-cau-to-chuc/van-phong/"' in office


@pytest.mark.req("R11")
def test_the_contact_page_links_the_member_units_websites(client):
    html = html_of(client, "/lien-he/")
    websites = html[html.index('id="websites-heading"'):]
    assert 'href="https://chicuctdc.binhan.example.gov.vn">Chi cục Tiêu chuẩn Đo lường Chất lượng</a>' in websites
    assert 'href="https://thongtinkhcn.binhan.example.gov.vn"' in websites
    assert "Thanh tra Sở" not in websites  # no website of its own


# --- Press (R19) ----------------------------------------------------------------------------


@pytest.mark.req("R19")
def test_the_spokesperson_page_follows_the_officials_and_links_the_rules_and_releases(client):
    html = html_of(client, "/thong-tin-bao-chi/nguoi-phat-ngon/")
    assert ">Nguyễn Văn Thành</h2>" in html and ">Phạm Thị Thu Trang</h2>" in html
    assert "mailto:trangptt@binhan.example.gov.vn" in html
    assert 'href="/thong-tin-bao-chi/quy-che-phat-ngon/"' in html
    assert 'href="/thong-tin-bao-chi/thong-cao-bao-chi/"' in html
    Official.objects.filter(name="Phạm Thị Thu Trang").update(is_spokesperson=False)
    assert "Phạm Thị Thu Trang" not in html_of(client, "/thong-tin-bao-chi/nguoi-phat-ngon/")


@pytest.mark.req("R19")
def test_the_press_section_carries_rules_and_press_releases(client):
    rules = html_of(client, "/thong-tin-bao-chi/quy-che-phat-ngon/")
    assert "Quy chế phát ngôn" in rules
    releases = html_of(client, "/thong-tin-bao-chi/thong-cao-bao-chi/")
    assert "thong-cao-bao-chi-hop-bao-dinh-ky-quy-iii-2026" in releases


# --- English channel (R15) ------------------------------------------------------------------


@pytest.mark.req("R15")
def test_the_english_chart_shows_translated_units_and_falls_back_to_vietnamese(client):
    Unit.objects.create(name="Tổ Công nghệ thông tin", slug="to-cntt", parent=unit("van-phong"),
                        locale=vietnamese())
    html = html_of(client, "/en/about/organisation/")
    assert '<html lang="en">' in html
    chart = chart_of(html)
    assert chart[0] == (1, "Board of Directors")
    assert (2, "Office of the Department") in chart
    assert (3, "Tổ Công nghệ thông tin") in chart  # not translated yet: the Vietnamese record
    assert "Director: Nguyen Van Thanh" in html
    assert "Department of Science and Technology of Binh An Province" in html


@pytest.mark.req("R15")
def test_english_unit_page_and_leaders(client):
    html = html_of(client, "/en/about/organisation/chi-cuc-tdc/")
    assert "<h1>Sub-department of Standards, Metrology and Quality</h1>" in html
    assert "Sub-department ·" in html  # the kind, in English
    assert "national quality award" in html
    html = html_of(client, "/en/about/leaders/")
    for value in ("Nguyen Van Thanh", "Deputy Director", "Responsibilities", "Short biography",
                  "PhD in Engineering Physics", "Former Head of the Science Management Division"):
        assert value in html, value
    assert "Tiến sĩ" not in html


@pytest.mark.req("R15", "R11")
def test_the_english_contact_page(client):
    html = html_of(client, "/en/contact/")
    for value in ("Official contact details", "18 Tran Hung Dao Street", "Directory of competent officials",
                  "Chief of Office", "Pham Thi Thu Trang", "Websites of member units",
                  'href="/en/about/organisation/van-phong/"'):
        assert value in html, value


@pytest.mark.req("R15")
def test_a_translator_translates_a_unit_before_its_parent_and_head(client):
    """Links stay synchronised with the Vietnamese record, so any unit can be translated first."""
    parent = Unit.objects.create(name="Phòng Thí nghiệm", slug="phong-thi-nghiem", parent=unit("ban-giam-doc"),
                                 locale=vietnamese())
    child = Unit.objects.create(name="Tổ Hóa nghiệm", slug="to-hoa-nghiem", parent=parent, locale=vietnamese())
    head = Official.objects.create(name="Trương Văn Bình", position="Tổ trưởng", unit=child, locale=vietnamese())
    child.head = head
    child.save()
    translate(child, "en", {"Tổ Hóa nghiệm": "Chemical Testing Team"})
    html = html_of(client, "/en/about/organisation/")
    chart = chart_of(html)
    position = chart.index((2, "Phòng Thí nghiệm"))
    assert chart[position + 1] == (3, "Chemical Testing Team")
    assert "Tổ trưởng: Trương Văn Bình" in html


@pytest.mark.req("R62", "R15")
def test_a_contact_changed_in_vietnamese_is_right_in_english_at_once(client):
    """Phones and e-mails are not translated: the English pages read them from the Vietnamese record."""
    Official.objects.filter(name="Phạm Thị Thu Trang", locale=vietnamese()).update(
        phone="0274 3000 111", email="vanthu@binhan.example.gov.vn")
    html = html_of(client, "/en/contact/")
    assert "0274 3000 111" in html and "vanthu@binhan.example.gov.vn" in html
    assert "Pham Thi Thu Trang" in html and "trangptt@" not in html


# --- Queries --------------------------------------------------------------------------------


def test_loading_the_organisation_costs_a_fixed_number_of_queries(django_assert_max_num_queries):
    locale = english()
    with django_assert_max_num_queries(4):  # units, officials, their photos and the photos' renditions
        organisation = load_organisation(locale)
        names = [(node.unit.name, node.head and node.head.name, [o.photo for o in node.officials])
                 for node, _depth in organisation.walk()]
    assert names


@pytest.mark.parametrize("url", ["/gioi-thieu/co-cau-to-chuc/", "/gioi-thieu/co-cau-to-chuc/van-phong/",
                                 "/gioi-thieu/lanh-dao/", "/lien-he/", "/thong-tin-bao-chi/nguoi-phat-ngon/",
                                 "/en/contact/"])
def test_the_pages_cost_the_same_queries_however_many_units_and_officials(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as before:
        client.get(url)
    office = unit("van-phong")
    for number in range(3):
        team = Unit.objects.create(name=f"Tổ {number}", slug=f"to-{number}", parent=office, locale=vietnamese())
        for person in range(4):
            Official.objects.create(name=f"Cán bộ {number}-{person}", position="Chuyên viên", unit=team,
                                    is_leader=person == 0, is_spokesperson=person == 1, locale=vietnamese(),
                                    photo=Official.objects.exclude(photo=None).first().photo)
    with CaptureQueriesContext(connection) as after:
        client.get(url)
    assert len(after.captured_queries) == len(before.captured_queries)


# --- Editing --------------------------------------------------------------------------------


@pytest.mark.req("R11")
def test_editors_keep_units_and_officials_up_to_date_and_drafters_only_read_them(client, make_user):
    official = Official.objects.get(name="Đỗ Văn Long")
    edit = reverse("wagtailsnippets_directory_official:edit", args=(official.pk,))
    client.force_login(make_user("bientap-x", GROUP_EDITORS))
    assert client.get(reverse("wagtailsnippets_directory_unit:edit", args=(unit("van-phong").pk,))).status_code == 200
    form = client.get(edit).context["form"]
    data = {name: form[name].value() for name in form.fields}
    data = {name: value for name, value in data.items() if value not in (None, False)}
    for rich_text in ("duties", "biography"):  # the editor posts Draftail's JSON, not HTML
        data[rich_text] = form[rich_text].field.widget.format_value(form[rich_text].value())
    data["phone"] = "0274 3999 999"
    response = client.post(edit, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    official.refresh_from_db()
    assert official.phone == "0274 3999 999"
    assert "0274 3999 999" in html_of(client, "/lien-he/")

    client.force_login(make_user("capnhat-x", GROUP_DRAFTERS))
    assert client.get(reverse("wagtailsnippets_directory_official:list")).status_code == 200
    assert client.get(edit).status_code in (302, 403)
    client.force_login(make_user("duyet-x", GROUP_APPROVERS))
    assert client.get(reverse("wagtailsnippets_directory_official:delete", args=(official.pk,))).status_code == 200


# --- Site search ----------------------------------------------------------------------------


@pytest.mark.req("R11", "R40")
def test_the_site_search_finds_units_and_officials_without_diacritics(client):
    html = html_of(client, "/tim-kiem/?q=pham+thi+thu+trang")
    assert "Phạm Thị Thu Trang" in html
    assert 'href="/gioi-thieu/co-cau-to-chuc/van-phong/"' in html  # found on her unit's page
    html = html_of(client, "/tim-kiem/?q=thu+nghiem+kiem+dinh+hieu+chuan")
    assert "Trung tâm Ứng dụng tiến bộ khoa học và công nghệ" in html
    assert 'href="/gioi-thieu/co-cau-to-chuc/trung-tam-ung-dung/"' in html


@pytest.mark.req("R15")
def test_translators_translate_units_in_the_translation_editor(client, make_user):
    from home.editorial import GROUP_TRANSLATORS

    client.force_login(make_user("biendich-x", GROUP_TRANSLATORS))
    office_en = Unit.objects.get(slug="van-phong", locale=english())
    response = client.get(reverse("wagtailsnippets_directory_unit:edit", args=(office_en.pk,)))
    assert response.status_code == 200
    assert "Office of the Department" in response.content.decode()
    new = Unit.objects.create(name="Tổ Pháp chế", slug="to-phap-che", locale=vietnamese())
    submit = reverse("wagtail_localize:submit_snippet_translation", args=("directory", "unit", new.pk))
    assert client.get(submit).status_code == 200


@pytest.mark.req("R42", "R1")
def test_the_leaders_and_the_units_are_described_in_schema_org(client):
    import json

    from tests.test_metadata import Head

    document = json.loads(Head(html_of(client, "/gioi-thieu/lanh-dao/")).json_ld[0])
    page = next(node for node in document["@graph"] if node.get("mainEntity"))
    people = {person["name"]: person for person in page["mainEntity"]}
    assert set(people) == {"Nguyễn Văn Thành", "Trần Thị Minh Hà", "Lê Quang Huy"}
    assert people["Nguyễn Văn Thành"]["jobTitle"] == "Giám đốc"
    assert people["Nguyễn Văn Thành"]["email"] == "thanhnv@binhan.example.gov.vn"
    document = json.loads(Head(html_of(client, "/gioi-thieu/co-cau-to-chuc/")).json_ld[0])
    page = next(node for node in document["@graph"] if node.get("about"))
    names = [unit["name"] for unit in page["about"]["subOrganization"]]
    assert names[:2] == ["Ban Giám đốc", "Văn phòng Sở"]
    assert page["about"]["subOrganization"][1]["url"] == "http://testserver/gioi-thieu/co-cau-to-chuc/van-phong/"
