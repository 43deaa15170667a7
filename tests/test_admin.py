"""The admin speaks Vietnamese; site settings and content dates behave as editors expect."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Site
from wagtail.users.models import UserProfile

from home.models import AgencySettings, ContentPage, SectionPage


def test_new_editor_accounts_default_to_vietnamese(db):
    user = get_user_model().objects.create_user("bientapvien", password="x")
    assert UserProfile.get_for_user(user).preferred_language == "vi"


def test_the_admin_is_in_vietnamese_even_for_an_english_browser(client, make_user):
    client.force_login(make_user("thanhvien2", "Cập nhật"))
    html = client.get(reverse("wagtailadmin_home"), HTTP_ACCEPT_LANGUAGE="en-US,en").content.decode()
    assert 'lang="vi"' in html
    assert "Tìm kiếm" in html and ">Search<" not in html


@pytest.mark.req("R11")
def test_an_administrator_edits_the_agency_settings_in_the_admin(client, make_user):
    admin = make_user("quantri", superuser=True)
    client.force_login(admin)
    site = Site.objects.get(is_default_site=True)
    url = reverse("wagtailsettings:edit", args=("home", "agencysettings", site.pk))
    response = client.get(url)
    assert response.status_code == 200
    assert "Thông tin giao dịch (hiện ở chân mọi trang)" in response.content.decode()
    current = AgencySettings.for_site(site)
    data = {field.name: getattr(current, field.name) for field in AgencySettings._meta.fields
            if field.name not in {"id", "site"}}
    data["phone"] = "0274 3999 999"
    data["email"] = "khong-phai-email"
    response = client.post(url, data)
    assert response.status_code == 200  # the form comes back with the error
    assert "Vui lòng nhập một địa chỉ email hợp lệ." in response.content.decode()
    assert AgencySettings.for_site(site).phone != "0274 3999 999"
    data["email"] = "vanphong@binhan.example.gov.vn"
    response = client.post(url, data)
    assert response.status_code == 302
    client.logout()
    assert "0274 3999 999" in client.get("/").content.decode()


def test_the_board_cannot_change_the_agency_settings_but_the_head_can(client, make_user):
    site = Site.objects.get(is_default_site=True)
    url = reverse("wagtailsettings:edit", args=("home", "agencysettings", site.pk))
    client.force_login(make_user("thanhvien3", "Cập nhật"))
    assert client.get(url).status_code in (302, 403)
    client.force_login(make_user("truongban2", "Duyệt"))
    assert client.get(url).status_code == 200


def test_the_event_date_cannot_be_in_the_future(home):
    page = ContentPage(title="Sự kiện", slug="su-kien", event_date=timezone.localdate() + datetime.timedelta(days=2))
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    assert "Ngày phát sinh thông tin không được sau ngày hôm nay." in str(error.value)


def test_content_knows_its_event_date_and_first_publication_date(home):
    parent = SectionPage.objects.get(slug="thong-bao-huong-dan")
    page = ContentPage(title="Thông báo", slug="thong-bao-mau", event_date=datetime.date(2026, 11, 2))
    parent.add_child(instance=page)
    page.live = False
    page.save()
    assert page.first_publication_date is None
    page.save_revision().publish()
    page.refresh_from_db()
    assert page.event_date == datetime.date(2026, 11, 2)
    assert page.first_publication_date == timezone.localdate()
