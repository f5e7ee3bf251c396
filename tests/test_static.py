"""Static files are built with hashed, compressed names and no CDN."""

import pytest
from django.core.management import call_command
from django.test import override_settings


@pytest.mark.django_db
def test_collectstatic_writes_hashed_gzip_and_brotli_files(tmp_path, settings):
    storages = {
        **settings.STORAGES,
        "staticfiles": {
            "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        },
    }
    with override_settings(STATIC_ROOT=tmp_path, STORAGES=storages):
        call_command("collectstatic", interactive=False, verbosity=0)
    names = {p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*")}
    for stem, suffix in [
        ("vendor/bootstrap/bootstrap.min", ".css"),
        ("django_htmx/htmx-2.min", ".js"),
        ("css/app", ".css"),
        ("js/app", ".js"),
    ]:
        hashed = [
            n
            for n in names
            if n.startswith(stem + ".") and n.endswith(suffix) and n != stem + suffix
        ]
        assert hashed, f"no hashed copy of {stem}{suffix}"
        assert f"{hashed[0]}.gz" in names
        assert f"{hashed[0]}.br" in names
    assert "staticfiles.json" in names
