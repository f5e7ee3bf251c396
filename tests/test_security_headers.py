"""Content Security Policy and the other headers every page carries."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


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
