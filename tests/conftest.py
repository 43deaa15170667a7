import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.cache import cache

from home.models import HomePage
from home.setup import setup_portal


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Build the demo portal once per test session; each test runs in a rolled-back transaction."""
    with django_db_blocker.unblock():
        setup_portal(demo=True)


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with an empty cache: cached register counts, navigation and URLs of one
    test's (rolled-back) data must not answer the next one."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def home(db):
    return HomePage.objects.get(locale__language_code="vi", depth=2)


@pytest.fixture
def make_user(db):
    """Create a user of the editorial board in the named groups."""

    def make(username, *groups, superuser=False):
        User = get_user_model()
        user = User.objects.create_user(username=username, password="mat-khau-thu-nghiem", email=f"{username}@example.vn")
        user.is_superuser = superuser
        user.is_staff = superuser
        user.save()
        for name in groups:
            user.groups.add(Group.objects.get(name=name))
        return user

    return make
