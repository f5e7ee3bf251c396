"""What the wizard page downloads: hashed, compressed (gzip and brotli) and
cached for a year, and at most 80 KB of CSS and JavaScript over the wire.

The static files are built as a deployment builds them (collectstatic with
whitenoise's CompressedManifestStaticFilesStorage, into a folder of the
test's own) and served by whitenoise's middleware as in production."""

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from django.core.management import call_command
from django.test import Client, override_settings

BUDGET = 80 * 1024
YEAR = 365 * 24 * 60 * 60
WIZARD = "/asks/new/"
STATIC_URL = "/static/"


@pytest.fixture(scope="module")
def static_root(tmp_path_factory):
    """STATIC_ROOT built by collectstatic, with the manifest storage active
    and whitenoise reading that folder (not the source folders) for the
    whole module."""
    root = tmp_path_factory.mktemp("staticfiles")
    production = override_settings(
        STATIC_ROOT=root,
        STORAGES={
            "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
            "staticfiles": {
                "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
            },
        },
        WHITENOISE_USE_FINDERS=False,
        WHITENOISE_AUTOREFRESH=False,
    )
    with production:
        call_command("collectstatic", interactive=False, verbosity=0)
        yield root


class Assets(HTMLParser):
    """The stylesheets and scripts a page links to."""

    def __init__(self):
        super().__init__()
        self.urls: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        rel = (attrs.get("rel") or "").split()
        if tag == "link" and "stylesheet" in rel and attrs.get("href"):
            self.urls.append(attrs["href"])
        elif tag == "script" and attrs.get("src"):
            self.urls.append(attrs["src"])


def wizard_assets(client) -> list[str]:
    response = client.get(WIZARD)
    assert response.status_code == 200
    parser = Assets()
    parser.feed(response.text)
    assert parser.urls, "the wizard page links no CSS or JavaScript"
    assert all(url.startswith(STATIC_URL) for url in parser.urls), parser.urls
    return [url.removeprefix(STATIC_URL) for url in parser.urls]


@pytest.mark.django_db
def test_wizard_css_and_js_are_hashed_and_compressed(static_root, alice_client):
    # The manifest maps each plain name to its hashed one.
    manifest = json.loads((static_root / "staticfiles.json").read_text())["paths"]
    for name in wizard_assets(alice_client):
        assert name not in manifest, f"{name} is linked by its plain name"
        assert name in manifest.values(), f"{name} is not a hashed name"
        for suffix in (".gz", ".br"):
            assert (static_root / f"{name}{suffix}").is_file(), f"no {name}{suffix}"


@pytest.mark.django_db
def test_wizard_css_and_js_are_at_most_80_kb_with_brotli(static_root, alice_client):
    sizes = {
        name: (Path(static_root) / f"{name}.br").stat().st_size
        for name in wizard_assets(alice_client)
    }
    total = sum(sizes.values())
    listing = ", ".join(f"{name} {size / 1024:.1f} KB" for name, size in sizes.items())
    assert total <= BUDGET, (
        f"the wizard page's CSS and JS are {total / 1024:.1f} KB with brotli "
        f"(budget {BUDGET / 1024:.0f} KB): {listing}"
    )


def max_age(response) -> int:
    found = re.search(r"max-age=(\d+)", response.get("Cache-Control", ""))
    return int(found.group(1)) if found else 0


@pytest.mark.django_db
def test_hashed_files_are_served_compressed_and_cached_for_a_year(
    static_root, alice_client
):
    client = Client()  # a new handler: whitenoise reads the built folder
    for name in wizard_assets(alice_client):
        response = client.get(f"{STATIC_URL}{name}", HTTP_ACCEPT_ENCODING="br, gzip")
        response.close()
        assert response.status_code == 200, name
        assert response["Content-Encoding"] == "br", name
        assert max_age(response) >= YEAR, (name, response["Cache-Control"])
        assert "immutable" in response["Cache-Control"]


@pytest.mark.django_db
def test_a_files_plain_name_is_not_cached_for_long(static_root, alice_client):
    # Its content changes with each release, so it must not be kept a year.
    client = Client()
    name = wizard_assets(alice_client)[0]
    plain = re.sub(r"\.[0-9a-f]{12}(\.\w+)$", r"\1", name)
    assert plain != name
    response = client.get(f"{STATIC_URL}{plain}", HTTP_ACCEPT_ENCODING="gzip")
    response.close()
    assert response.status_code == 200
    assert response["Content-Encoding"] == "gzip"
    assert max_age(response) < 24 * 60 * 60
