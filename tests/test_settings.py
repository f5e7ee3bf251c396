"""Settings come from the environment, through readers that refuse bad values."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from helpapp.env import env_bool, env_int, env_list, env_str

ROOT = Path(__file__).resolve().parent.parent

PRODUCTION = {
    "DEBUG": "0",
    "SECRET_KEY": "a-production-secret-key-that-is-long-and-random-1234567890abcdef",
    "ALLOWED_HOSTS": "leanon.example.org",
    "HTTPS": "1",
    "TRUST_X_FORWARDED_PROTO": "1",
    "EMAIL_HOST": "smtp.example.org",
    "DATABASE_URL": "sqlite:////tmp/leanon-deploy-check.sqlite3",
}


@pytest.mark.parametrize("value", ["1", "true", "YES", "on"])
def test_env_bool_reads_true(monkeypatch, value):
    monkeypatch.setenv("FLAG", value)
    assert env_bool("FLAG") is True


@pytest.mark.parametrize("value", ["0", "false", "No", "off"])
def test_env_bool_reads_false(monkeypatch, value):
    monkeypatch.setenv("FLAG", value)
    assert env_bool("FLAG", True) is False


def test_env_bool_refuses_anything_else(monkeypatch):
    monkeypatch.setenv("FLAG", "maybe")
    with pytest.raises(ImproperlyConfigured, match="FLAG must be one of"):
        env_bool("FLAG")


def test_env_int_refuses_words_and_small_numbers(monkeypatch):
    monkeypatch.setenv("PORTISH", "eighty")
    with pytest.raises(ImproperlyConfigured, match="whole number"):
        env_int("PORTISH", 1)
    monkeypatch.setenv("PORTISH", "-1")
    with pytest.raises(ImproperlyConfigured, match="at least 0"):
        env_int("PORTISH", 1, minimum=0)
    monkeypatch.setenv("PORTISH", "42")
    assert env_int("PORTISH", 1) == 42


def test_env_list_refuses_empty_items(monkeypatch):
    monkeypatch.setenv("HOSTS", "a.example,,b.example")
    with pytest.raises(ImproperlyConfigured, match="without empty items"):
        env_list("HOSTS", [])
    monkeypatch.setenv("HOSTS", "a.example, b.example")
    assert env_list("HOSTS", []) == ["a.example", "b.example"]


def test_unset_and_empty_give_the_default(monkeypatch):
    monkeypatch.delenv("NOTHING", raising=False)
    assert env_str("NOTHING", "default") == "default"
    monkeypatch.setenv("NOTHING", "  ")
    assert env_str("NOTHING", "default") == "default"


def python(*args: str, **env: str) -> subprocess.CompletedProcess:
    """Our Python in a clean environment: none of the production values, nor
    the test-only DJANGO_ALLOW_ASYNC_UNSAFE that the browser tests set."""
    unwanted = {*PRODUCTION, "DJANGO_ALLOW_ASYNC_UNSAFE", "DJANGO_SETTINGS_MODULE"}
    clean = {k: v for k, v in os.environ.items() if k not in unwanted}
    return subprocess.run(
        [sys.executable, *args],
        cwd=ROOT,
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def manage(*args: str, **env: str) -> subprocess.CompletedProcess:
    return python("manage.py", *args, **env)


def test_deploy_check_is_clean_with_production_settings():
    result = manage("check", "--deploy", "--fail-level", "WARNING", **PRODUCTION)
    assert result.returncode == 0, result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout


def test_deploy_check_flags_the_default_settings():
    result = manage("check", "--deploy", "--fail-level", "WARNING")
    assert result.returncode != 0
    assert "security.W009" in result.stderr  # the development secret key


def test_a_deployment_without_a_secret_key_refuses_to_start():
    env = {**PRODUCTION}
    del env["SECRET_KEY"]
    result = manage("check", **env)
    assert result.returncode != 0
    assert "SECRET_KEY must be set when ALLOWED_HOSTS is set." in result.stderr


def serve(**env: str) -> subprocess.CompletedProcess:
    """Load the WSGI application, as gunicorn does."""
    return python("-c", "import helpapp.wsgi", **env)


def test_serving_with_debug_off_refuses_the_development_key():
    refused = serve(DEBUG="0")  # no ALLOWED_HOSTS either
    assert refused.returncode != 0
    assert "SECRET_KEY must be set to a secret of its own" in refused.stderr
    assert serve(DEBUG="1").returncode == 0
    key = PRODUCTION["SECRET_KEY"]
    assert serve(DEBUG="0", SECRET_KEY=key).returncode == 0


def test_a_bad_database_url_refuses_to_start():
    result = manage("check", DATABASE_URL="nosuchdb://x")
    assert result.returncode != 0
    assert "DATABASE_URL is not usable" in result.stderr


def test_a_bad_debug_value_refuses_to_start():
    result = manage("check", DEBUG="perhaps")
    assert result.returncode != 0
    assert "DEBUG must be one of" in result.stderr
