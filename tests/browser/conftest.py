"""Real-browser fixtures: Playwright's sync API driving Debian's Chromium against pytest-django's live server.

Every test module here sets ``pytestmark = pytest.mark.browser``, so ``-m "not browser"`` skips them.

Playwright never downloads a browser here (``make browser-tools`` installs Debian's
Chromium); the tests launch ``/usr/bin/chromium`` directly. The browser is launched once
per session; every test gets its own context (``vi-VN`` locale) and page.

The live server runs in another thread and only sees committed data, so browser tests are
transactional: pytest-django empties the tables after each of them, and the ``portal``
fixture rebuilds the demonstration portal (``setup_portal`` is idempotent) at the start
of every browser test.
"""

import os
import shutil
from pathlib import Path

import pytest

# Playwright's sync API runs an asyncio event loop in this thread; Django refuses ORM calls
# from a thread with a running loop unless told it is safe (it is: the calls are synchronous).
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

CHROMIUM = Path(os.environ.get("CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
# Generous enough for a cold live server, short enough that a broken page fails quickly.
TIMEOUT_MS = 10_000


@pytest.fixture(scope="session")
def playwright_instance():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:  # pragma: no cover - a missing dev dependency is an error, not a skip
        pytest.fail("The Python package 'playwright' is missing: run `make test`, which installs requirements-dev.txt.")
    with sync_playwright() as playwright:
        yield playwright


@pytest.fixture(scope="session")
def browser(playwright_instance):
    executable = CHROMIUM if CHROMIUM.exists() else Path(shutil.which("chromium") or CHROMIUM)
    if not executable.exists():
        pytest.fail(f"Chromium not found at {CHROMIUM}: run `make test`, which installs it (make browser-tools).")
    browser = playwright_instance.chromium.launch(executable_path=str(executable), args=CHROMIUM_ARGS)
    yield browser
    browser.close()


@pytest.fixture
def portal(live_server, transactional_db):
    """The demonstration portal, committed so the live server thread sees it."""
    from home.setup import setup_portal

    return setup_portal(demo=True)


@pytest.fixture
def context(browser, portal):
    context = browser.new_context(locale="vi-VN", viewport={"width": 1280, "height": 900})
    context.set_default_timeout(TIMEOUT_MS)
    context.set_default_navigation_timeout(TIMEOUT_MS)
    yield context
    context.close()


@pytest.fixture
def page(context):
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    yield page
    assert not errors, f"JavaScript errors on the page: {errors}"


@pytest.fixture
def url(live_server):
    """``url("/gioi-thieu/")``: the absolute address of a path on the live server."""

    def make(path="/"):
        return live_server.url + path

    return make
