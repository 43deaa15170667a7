"""WCAG 2.1 A/AA audit with axe-core in Chromium, and a narrow-screen check.

axe-core comes from npm (``node_modules/axe-core``, installed by ``make test``). It is added
to each page as an init script, which no Content-Security-Policy of the portal can block.
All pages are audited in one browser test (the portal is rebuilt before each browser test,
which costs seconds), and the failure lists every violation of every page at once.
"""

from pathlib import Path

import pytest

from tests.quality_pages import quality_pages

pytestmark = pytest.mark.browser

REPO = Path(__file__).resolve().parent.parent.parent
AXE = REPO / "node_modules" / "axe-core" / "axe.min.js"
WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


RUN_AXE = """async (tags) => {
    const results = await axe.run(document, {
        runOnly: {type: 'tag', values: tags},
        resultTypes: ['violations'],
    });
    return results.violations.map(v => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        helpUrl: v.helpUrl,
        nodes: v.nodes.map(n => ({target: n.target.join(' '), summary: n.failureSummary, html: n.html})),
    }));
}"""


@pytest.fixture(scope="session")
def axe_source():
    if not AXE.exists():
        pytest.fail(f"axe-core is missing ({AXE}): run `make test`, which installs the test tools with npm.")
    return AXE.read_text(encoding="utf-8")


def describe(what, path, violations):
    lines = [f"{what} ({path}):"]
    for violation in violations:
        lines.append(f"  [{violation['impact']}] {violation['id']}: {violation['help']} <{violation['helpUrl']}>")
        for node in violation["nodes"][:10]:
            summary = " ".join((node["summary"] or "").split())
            lines.append(f"      at {node['target']}  {node['html'][:160]}")
            lines.append(f"         {summary[:400]}")
        if len(violation["nodes"]) > 10:
            lines.append(f"      … and {len(violation['nodes']) - 10} more elements")
    return "\n".join(lines)


def test_every_kind_of_public_page_passes_axe_wcag_21_aa(page, url, axe_source):
    page.add_init_script(script=axe_source)
    failures = []
    for what, path, status in quality_pages():
        response = page.goto(url(path))
        assert response.status == status, f"{what} ({path}) answered {response.status}, expected {status}"
        assert page.evaluate("() => typeof axe") == "object", f"axe-core was not loaded into {path}"
        violations = page.evaluate(RUN_AXE, WCAG_21_AA)
        if violations:
            failures.append(describe(what, path, violations))
    assert not failures, "axe-core found WCAG 2.1 A/AA violations:\n" + "\n".join(failures)


NARROW_PAGES = ["/", "/gioi-thieu/co-cau-to-chuc/", "/gioi-thieu/co-cau-to-chuc/van-phong/", "/gioi-thieu/lanh-dao/",
                "/lien-he/", "/en/", "/chi-dao-dieu-hanh/lich-lam-viec/"]
TOO_WIDE = """() => [...document.querySelectorAll('body *')]
    .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
    .filter(e => !e.closest('.block-table, .visually-hidden, .skip-link'))
    .slice(0, 5).map(e => e.tagName.toLowerCase() + (e.className ? '.' + e.className : ''))"""


def test_a_375px_wide_phone_never_scrolls_sideways(page, url):
    page.set_viewport_size({"width": 375, "height": 812})
    failures = []
    for path in NARROW_PAGES:
        page.goto(url(path))
        widths = page.evaluate(
            "() => ({scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth})"
        )
        if widths["scroll"] > widths["client"]:
            failures.append(f"{path}: {widths}, too wide: {page.evaluate(TOO_WIDE)}")
    assert not failures, "Pages scroll sideways at 375px:\n" + "\n".join(failures)
