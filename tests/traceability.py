"""Requirement traceability: ``@pytest.mark.req("R30")`` ties a test to REQUIREMENTS.md.

``make trace`` (``pytest --collect-only -q --trace-requirements``) prints every requirement
with the tests that prove it, and the requirements no test names yet, so gaps are visible.
A marker naming an id that is not of the form R<number> fails the collection.
"""

import os
import re
from collections import defaultdict
from pathlib import Path

import pytest

REQ_ID = re.compile(r"^R\d+$")
REPO = Path(__file__).resolve().parent.parent


def requirements_file():
    return Path(os.environ.get("REQUIREMENTS_FILE", REPO.parent / "shared" / "REQUIREMENTS.md"))


def known_requirements():
    """Ids in the order REQUIREMENTS.md gives them, with their one-line title."""
    path = requirements_file()
    if not path.exists():
        return {}
    found = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        match = re.match(r"^\| (R\d+) \| ([^|]+)\|", line) or re.match(r"^- \*\*(R\d+)\*\* (.{0,70})", line)
        if match and match.group(1) not in found:
            found[match.group(1)] = match.group(2).strip()
    return found


def pytest_addoption(parser):
    parser.addoption(
        "--trace-requirements", action="store_true", help="Print which tests prove which requirement."
    )


def pytest_collection_modifyitems(session, config, items):
    coverage = defaultdict(list)
    for item in items:
        for marker in item.iter_markers("req"):
            for req in marker.args:
                if not REQ_ID.match(str(req)):
                    raise pytest.UsageError(f"{item.nodeid}: requirement id {req!r} is not of the form R<number>")
                coverage[req].append(item.nodeid)
    config._requirement_coverage = coverage


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    if not config.getoption("--trace-requirements"):
        return
    coverage = getattr(config, "_requirement_coverage", {})
    known = known_requirements()
    write = terminalreporter.write_line
    terminalreporter.section("requirement traceability")
    ids = list(known) + sorted(set(coverage) - set(known), key=lambda r: int(r[1:]))
    for req in ids:
        tests = coverage.get(req, [])
        title = known.get(req, "(not in REQUIREMENTS.md)")
        write(f"{req:<5} {len(tests):>3} test(s)  {title}")
        for nodeid in tests:
            write(f"        {nodeid}")
    missing = [req for req in known if req not in coverage]
    write("")
    write(f"{len(known) - len(missing)} of {len(known)} requirements have tests; without: {', '.join(missing) or 'none'}")
