"""Production settings: secrets from the environment, Django's deployment checks clean (R56)."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent

PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "portal.settings.production",
    "SECRET_KEY": "k" * 20 + "-production-secret-from-the-environment-1234567890",
    "ALLOWED_HOSTS": "congthongtin.binhan.example.gov.vn",
    "DATABASE_URL": "sqlite:///:memory:",
}


def manage(*args, env):
    # The browser tests allow async-unsafe ORM calls in this process; a deployment never does.
    clean_env = {k: v for k, v in os.environ.items()
                 if k not in {"DJANGO_SETTINGS_MODULE", "SECRET_KEY", "DJANGO_ALLOW_ASYNC_UNSAFE"}}
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=REPO, env={**clean_env, **env}, capture_output=True, text=True,
        timeout=120,
    )


@pytest.mark.req("R56")
def test_check_deploy_is_clean_with_production_settings():
    result = manage("check", "--deploy", "--fail-level", "WARNING", env=PRODUCTION_ENV)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


@pytest.mark.req("R56")
@pytest.mark.parametrize("missing", ["SECRET_KEY", "ALLOWED_HOSTS"])
def test_production_refuses_to_start_without_its_secrets(missing):
    env = {k: v for k, v in PRODUCTION_ENV.items() if k != missing}
    env[missing] = ""
    result = manage("check", env=env)
    assert result.returncode != 0
    assert f"Biến môi trường {missing} là bắt buộc" in result.stderr


def test_debug_is_off_outside_development():
    from django.conf import settings

    assert settings.DEBUG is False
    result = manage("shell", "--verbosity", "0", "-c", "from django.conf import settings; print(settings.DEBUG, settings.LANGUAGE_CODE, "
                    "settings.TIME_ZONE)", env=PRODUCTION_ENV)
    assert result.stdout.split() == ["False", "vi", "Asia/Ho_Chi_Minh"], result.stderr
