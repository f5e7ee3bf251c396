"""A person's pages are rendered afresh for them and kept by no one: no
cache of their pages or rows, no copy in a browser or proxy, and the
curated content's cache is a convenience the pages never depend on."""

import pytest
from django.core.cache import cache
from django.test import override_settings
from django.urls import reverse

from helpapp.asks.models import Ask
from helpapp.guidance.cached import FORMAT, crisis_resources
from helpapp.guidance.models import CrisisResource
from tests.conftest import make_ask, make_person

pytestmark = pytest.mark.django_db

# A Redis that is not there: every cache call fails to connect.
NO_REDIS = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": "redis://127.0.0.1:1/0",
        "OPTIONS": {"socket_connect_timeout": 0.2, "socket_timeout": 0.2},
    }
}


@pytest.mark.parametrize(
    "name", ["home", "asks:list", "people:list", "account", "crisis", "asks:new"]
)
def test_signed_in_pages_are_private_and_never_stored(alice_client, name):
    response = alice_client.get(reverse(name))
    assert response.status_code == 200
    control = {part.strip() for part in response["Cache-Control"].split(",")}
    assert {"private", "no-store"} <= control
    assert "Cookie" in response["Vary"]


def test_signed_out_pages_say_nothing_of_privacy(client):
    response = client.get(reverse("about"))
    assert "no-store" not in response.get("Cache-Control", "")


def test_a_request_added_behind_the_apps_back_shows_at_once(alice, alice_client):
    """Nothing about a person's rows is cached: 21 requests, one added in
    bulk (no signals), are 21 on My requests, with a second page."""
    for number in range(20):
        make_ask(alice, need=f"need {number}")
    first = alice_client.get(reverse("asks:list"))
    assert first.context["page"].paginator.count == 20
    Ask.objects.bulk_create([Ask(owner=alice, need="the 21st", category="practical")])
    again = alice_client.get(reverse("asks:list"))
    assert again.context["page"].paginator.count == 21
    assert again.context["page"].has_next()


@pytest.mark.parametrize("name", ["home", "crisis", "about", "login"])
def test_with_the_cache_down_every_page_is_served(client, name):
    with override_settings(CACHES=NO_REDIS):
        cache.close()
        response = client.get(reverse(name), {"country": "GB"})
    assert response.status_code == 200


def test_with_the_cache_down_a_signed_in_person_gets_their_pages(alice, alice_client):
    make_person(alice, "Sam")
    with override_settings(CACHES=NO_REDIS):
        cache.close()
        for name in ("home", "people:list", "asks:list", "crisis"):
            assert alice_client.get(reverse(name)).status_code == 200, name
        response = alice_client.get(reverse("crisis"), {"country": "GB"})
        assert "Call 116 123" in response.text  # read from the database


def test_the_content_cache_keeps_plain_values_not_model_instances():
    crisis_resources("GB")
    kept = cache.get(f"guidance:crisisresource:v{FORMAT}")
    assert kept
    assert not any(isinstance(line, CrisisResource) for line in kept)
    assert {line.name for line in kept} >= {"Samaritans"}
