"""Content Security Policy and the other headers every page carries."""

import json
from datetime import timedelta

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import timezone

from helpapp.accounts.models import User
from helpapp.accounts.models import UserSession as Session
from tests.conftest import PASSWORD, make_ask, make_person
from tests.test_settings import PRODUCTION, manage

pytestmark = pytest.mark.django_db

TWO_WEEKS = 14 * 24 * 60 * 60


def csp_of(response) -> dict[str, list[str]]:
    policy = response["Content-Security-Policy"]
    return {
        name: values
        for name, *values in (part.split() for part in policy.split(";") if part)
    }


@pytest.mark.parametrize("url", [reverse("home"), reverse("login"), reverse("crisis")])
def test_csp_is_enforced_without_unsafe_inline(client, url):
    response = client.get(url)
    policy = response["Content-Security-Policy"]
    assert "unsafe-inline" not in policy
    assert "unsafe-eval" not in policy
    directives = csp_of(response)
    assert directives["script-src"][0] == "'self'"
    assert directives["script-src"][1].startswith("'nonce-")
    assert directives["style-src"] == ["'self'"]
    assert directives["frame-ancestors"] == ["'none'"]


def test_htmx_is_loaded_with_the_pages_nonce_and_no_inline_styles(client):
    response = client.get(reverse("home"))
    nonce = csp_of(response)["script-src"][1].removeprefix("'nonce-").rstrip("'")
    assert f'htmx-2.min.js" defer nonce="{nonce}"' in response.text
    assert '"includeIndicatorStyles": false' in response.text
    assert "style=" not in response.text
    assert "<style" not in response.text


def test_wizard_pages_have_no_inline_script_or_style(alice_client):
    text = alice_client.get(reverse("asks:new")).text
    assert "style=" not in text
    assert "<style" not in text
    assert " on" + "click=" not in text
    for tag in text.split("<script")[1:]:
        assert "src=" in tag.split(">")[0]


def test_no_assets_come_from_another_site(client):
    text = client.get(reverse("home")).text
    assert 'src="http' not in text
    assert 'href="http' not in text.split("<body")[0]


def test_other_protective_headers(client):
    response = client.get(reverse("home"))
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"


# -- every kind of response carries the protective headers -------------------


def anonymous_pages(client, alice):
    yield "home", client.get(reverse("home"))
    yield "login", client.get(reverse("login"))
    yield "signup", client.get(reverse("signup"))
    yield "crisis", client.get(reverse("crisis"))
    yield "about", client.get(reverse("about"))
    yield "password reset", client.get(reverse("password_reset"))
    yield "login redirect", client.get(reverse("asks:list"))
    yield "bad host (400)", client.get("/", headers={"host": "evil.example"})


def signed_in_pages(client, alice):
    ask = make_ask(alice, person=make_person(alice))
    yield "start page", client.get(reverse("home"))
    yield "my requests", client.get(reverse("asks:list"))
    yield "wizard", client.get(reverse("asks:message", args=[ask.pk]))
    yield (
        "htmx partial",
        client.get(
            reverse("asks:message", args=[ask.pk]), headers={"HX-Request": "true"}
        ),
    )
    yield "detail", client.get(ask.get_absolute_url())
    yield "my people", client.get(reverse("people:list"))
    yield "account", client.get(reverse("account"))
    yield "JSON download", client.get(reverse("export_json"))
    yield "CSV download", client.get(reverse("export_csv"))
    yield "not found (404)", client.get(reverse("asks:detail", args=[10**9]))
    yield "wrong method (405)", client.get(reverse("asks:sent", args=[ask.pk]))
    yield "redirect", client.post(reverse("asks:withdraw", args=[ask.pk]))


def admin_pages(client, alice):
    yield "admin index", client.get(reverse("admin:index"))
    yield "admin list", client.get(reverse("admin:guidance_tip_changelist"))
    yield (
        "admin form",
        client.get(reverse("admin:accounts_user_change", args=[alice.pk])),
    )


def assert_protected(label: str, response) -> None:
    assert response["X-Content-Type-Options"] == "nosniff", label
    assert response["Referrer-Policy"] == "same-origin", label
    assert response["Cross-Origin-Opener-Policy"] == "same-origin", label
    assert response["X-Frame-Options"] == "DENY", label
    policy = response["Content-Security-Policy"]
    assert "unsafe-inline" not in policy, label
    assert "unsafe-eval" not in policy, label
    assert csp_of(response)["frame-ancestors"] == ["'none'"], label
    assert csp_of(response)["default-src"] == ["'self'"], label
    # Off in development (HTTPS unset): see the production test below.
    assert "Strict-Transport-Security" not in response, label


def test_every_kind_of_response_is_protected(client, alice):
    responses = list(anonymous_pages(client, alice))
    client.force_login(alice)
    responses += list(signed_in_pages(client, alice))
    admin = User.objects.create_superuser("root", "root@example.com", PASSWORD)
    client.force_login(admin)
    responses += list(admin_pages(client, alice))
    statuses = {label: response.status_code for label, response in responses}
    assert statuses["bad host (400)"] == 400
    assert statuses["not found (404)"] == 404
    assert statuses["wrong method (405)"] == 405
    assert statuses["JSON download"] == statuses["admin form"] == 200
    for label, response in responses:
        assert_protected(label, response)


def test_the_lockout_page_is_protected(client, alice):
    for _ in range(5):
        response = client.post(
            reverse("login"), {"username": "alice", "password": "wrong"}
        )
    assert response.status_code == 429
    assert_protected("lockout", response)


# -- cookies -----------------------------------------------------------------


def test_session_and_csrf_cookies_are_httponly_lax_and_expire(client, alice):
    response = client.get(reverse("login"))
    csrf = response.cookies["csrftoken"]
    assert csrf["httponly"] is True
    assert csrf["samesite"] == "Lax"
    response = client.post(
        reverse("login"), {"username": "alice", "password": PASSWORD}
    )
    session = response.cookies["sessionid"]
    assert session["httponly"] is True
    assert session["samesite"] == "Lax"
    assert session["max-age"] == TWO_WEEKS
    # Plain http in development: a Secure cookie would never come back.
    assert not session["secure"]
    assert client.session.get_expiry_age() == TWO_WEEKS


def test_a_session_older_than_two_weeks_is_over(client, alice):
    client.force_login(alice)
    key = client.session.session_key
    Session.objects.filter(session_key=key).update(
        expire_date=timezone.now() - timedelta(seconds=1)
    )
    response = client.get(reverse("asks:list"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


def test_the_settings_in_development():
    assert settings.SESSION_COOKIE_HTTPONLY is True
    assert settings.CSRF_COOKIE_HTTPONLY is True
    assert settings.SESSION_COOKIE_SAMESITE == "Lax"
    assert settings.CSRF_COOKIE_SAMESITE == "Lax"
    assert settings.SESSION_COOKIE_AGE == TWO_WEEKS
    assert settings.SESSION_COOKIE_SECURE is False
    assert settings.CSRF_COOKIE_SECURE is False
    assert settings.SECURE_HSTS_SECONDS == 0


PRODUCTION_PROBE = """
import json
from django.conf import settings
from django.test import Client

names = [
    "SESSION_COOKIE_SECURE", "CSRF_COOKIE_SECURE", "SESSION_COOKIE_HTTPONLY",
    "CSRF_COOKIE_HTTPONLY", "SESSION_COOKIE_SAMESITE", "CSRF_COOKIE_SAMESITE",
    "SESSION_COOKIE_AGE", "SECURE_SSL_REDIRECT", "SECURE_HSTS_SECONDS",
    "SECURE_HSTS_INCLUDE_SUBDOMAINS", "SECURE_HSTS_PRELOAD",
    "SECURE_PROXY_SSL_HEADER", "PROXY_COUNT",
]
from django.test import override_settings

# Headers and cookies only: plain static names, so no collectstatic is needed.
storages = {
    **settings.STORAGES,
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}
client = Client(headers={"host": "leanon.example.org"})
with override_settings(STORAGES=storages):
    plain = client.get("/account/login/")
    secure = client.get("/account/login/", secure=True)
cookie = secure.cookies["csrftoken"]
print(json.dumps({
    "settings": {name: getattr(settings, name) for name in names},
    "plain": [plain.status_code, plain.get("Location")],
    "headers": dict(secure.headers),
    "csrf_cookie": {k: cookie[k] for k in ("secure", "httponly", "samesite")},
}))
"""


def test_production_settings_secure_the_cookies_and_send_hsts():
    result = manage("shell", "--no-imports", "-c", PRODUCTION_PROBE, **PRODUCTION)
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["settings"] == {
        "SESSION_COOKIE_SECURE": True,
        "CSRF_COOKIE_SECURE": True,
        "SESSION_COOKIE_HTTPONLY": True,
        "CSRF_COOKIE_HTTPONLY": True,
        "SESSION_COOKIE_SAMESITE": "Lax",
        "CSRF_COOKIE_SAMESITE": "Lax",
        "SESSION_COOKIE_AGE": TWO_WEEKS,
        "SECURE_SSL_REDIRECT": True,
        "SECURE_HSTS_SECONDS": 31_536_000,
        "SECURE_HSTS_INCLUDE_SUBDOMAINS": True,
        "SECURE_HSTS_PRELOAD": True,
        "SECURE_PROXY_SSL_HEADER": ["HTTP_X_FORWARDED_PROTO", "https"],
        "PROXY_COUNT": 0,
    }
    # Plain http is sent to https; https gets HSTS and the other headers.
    assert seen["plain"] == [301, "https://leanon.example.org/account/login/"]
    headers = seen["headers"]
    assert headers["Strict-Transport-Security"] == (
        "max-age=31536000; includeSubDomains; preload"
    )
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"] == "same-origin"
    assert headers["Cross-Origin-Opener-Policy"] == "same-origin"
    assert "frame-ancestors 'none'" in headers["Content-Security-Policy"]
    assert "unsafe-inline" not in headers["Content-Security-Policy"]
    assert seen["csrf_cookie"] == {"secure": True, "httponly": True, "samesite": "Lax"}
