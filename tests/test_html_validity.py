"""Every kind of public page is valid HTML, by the Nu Html Checker (the W3C validator, vnu.jar).

The pages are rendered with Django's test client and checked in one run of the checker
(the JVM takes seconds to start). Java and ``vnu-jar`` (npm) are installed by ``make test``;
when they are missing the test fails and says so, it never skips.
"""

import json
import shutil
import subprocess
from pathlib import Path
from urllib.parse import unquote, urlparse

import pytest

from tests.quality_pages import quality_pages

REPO = Path(__file__).resolve().parent.parent
VNU = REPO / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"



def vnu_command():
    java = shutil.which("java")
    missing = []
    if java is None:
        missing.append("java (a Java runtime)")
    if not VNU.exists():
        missing.append(f"the Nu Html Checker ({VNU.relative_to(REPO)})")
    if missing:
        pytest.fail(f"Cannot validate HTML: {' and '.join(missing)} missing. Run `make test`, which installs them.")
    return [java, "-jar", str(VNU), "--format", "json", "--exit-zero-always"]


def is_problem(message):
    kind = message.get("type")
    return kind in {"error", "non-document-error"} or (kind == "info" and message.get("subType") == "warning")


def describe(message, paths):
    file_name = Path(unquote(urlparse(message.get("url", "")).path)).stem
    where = paths.get(file_name, message.get("url", "?"))
    line = message.get("lastLine", message.get("firstLine", "?"))
    kind = message.get("subType") or message.get("type")
    extract = " ".join(message.get("extract", "").split())
    return f"{where} line {line} [{kind}] {message.get('message')}" + (f"\n      {extract}" if extract else "")


def test_public_pages_are_valid_html(client, db, tmp_path):
    command = vnu_command()
    paths, files = {}, []
    for name, path, status in quality_pages():
        response = client.get(path)
        assert response.status_code == status, f"{path} answered {response.status_code}, expected {status}"
        assert response["Content-Type"].startswith("text/html")
        file = tmp_path / f"{name}.html"
        file.write_bytes(response.content)
        paths[name] = path
        files.append(str(file))

    result = subprocess.run(command + files, capture_output=True, text=True, timeout=180)
    try:
        report = json.loads(result.stderr)
    except json.JSONDecodeError:
        pytest.fail(f"The Nu Html Checker did not answer in JSON (exit {result.returncode}):\n{result.stderr[-2000:]}")
    problems = [describe(message, paths) for message in report.get("messages", []) if is_problem(message)]
    assert not problems, "The Nu Html Checker found problems:\n" + "\n".join(problems)
