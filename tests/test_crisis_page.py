"""Crisis safety: "Need help now?" shows the right country's lines, and a
need that reads like a crisis shows them before anything else."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from helpapp.asks.models import Ask
from helpapp.guidance.models import CrisisPhrase, CrisisResource
from tests.conftest import make_line

pytestmark = pytest.mark.django_db


@pytest.fixture
def lines(db):
    CrisisResource.objects.all().delete()
    CrisisPhrase.objects.all().delete()
    make_line("GB", "UK line", "116 123")
    make_line("CA", "Canada line", "988")
    make_line("US", "US line", "988")
    CrisisResource.objects.create(
        country="",
        name="Worldwide directory",
        web_url="https://example.org/find",
        description="Lines in many countries.",
        source_url="https://example.org/",
    )
    CrisisPhrase.objects.create(phrase="kill myself")
    CrisisPhrase.objects.create(phrase="not safe at home")


def test_crisis_lines_for_a_chosen_country(client, lines):
    response = client.get(reverse("crisis"), {"country": "CA"})
    assert "Canada line" in response.text
    assert "UK line" not in response.text
    assert 'href="tel:988"' in response.text
    assert "Worldwide directory" not in response.text  # only where none are local


def test_the_users_country_comes_first(alice, alice_client, lines):
    alice.country = "GB"
    alice.save()
    response = alice_client.get(reverse("crisis"), headers={"Accept-Language": "en-US"})
    assert "UK line" in response.text
    assert "US line" not in response.text


@pytest.mark.parametrize(
    ("header", "shown"),
    [
        ("en-GB,en;q=0.9", "UK line"),
        ("fr-CA,fr;q=0.8", "Canada line"),
        ("en-us", "US line"),
    ],
)
def test_before_a_country_is_set_the_browser_language_decides(
    client, lines, header, shown
):
    response = client.get(reverse("crisis"), headers={"Accept-Language": header})
    assert shown in response.text


def test_without_a_country_the_page_asks_for_one(client, lines):
    response = client.get(reverse("crisis"), headers={"Accept-Language": "en"})
    assert "Choose your country below" in response.text
    assert "Worldwide directory" in response.text


def test_a_country_without_lines_says_so_and_points_to_emergency_help(client, lines):
    response = client.get(reverse("crisis"), {"country": "FR"})
    assert "We don't have lines for France yet." in response.text
    assert "Worldwide directory" in response.text


def test_every_country_can_be_chosen(client, lines):
    response = client.get(reverse("crisis"))
    assert response.text.count("<option") > 240


def test_an_unknown_country_code_is_ignored(client, lines):
    response = client.get(
        reverse("crisis"), {"country": "ZZ"}, headers={"Accept-Language": "en-GB"}
    )
    assert response.status_code == 200
    assert "UK line" in response.text


def test_the_country_is_saved_in_the_account(alice, alice_client):
    response = alice_client.post(
        reverse("account"), {"first_name": "Alice", "country": "NZ"}, follow=True
    )
    assert "Saved." in response.text
    alice.refresh_from_db()
    assert alice.country.code == "NZ"


def need(text: str) -> dict:
    return {
        "need": text,
        "category": "emotional",
        "size": "small",
        "due_date": (timezone.localdate() + timedelta(days=1)).isoformat(),
    }


def test_a_need_that_reads_like_a_crisis_shows_the_lines_first(
    alice, alice_client, lines
):
    alice.country = "GB"
    alice.save()
    response = alice_client.post(
        reverse("asks:new"), need("Some days I want to kill myself"), follow=True
    )
    ask = Ask.objects.get()
    assert response.redirect_chain[-1][0] == reverse("asks:support", args=[ask.pk])
    text = response.text
    assert text.index("UK line") < text.index("Carry on with my request")
    assert reverse("asks:person", args=[ask.pk]) in text
    assert ask.need == "Some days I want to kill myself"  # nothing lost


def test_the_reason_field_is_read_too(alice_client, lines):
    data = {**need("somewhere to stay for a week"), "why": "I'm not safe at home"}
    response = alice_client.post(reverse("asks:new"), data)
    assert "/support/" in response["Location"]


def test_ordinary_speech_goes_straight_on(alice_client, lines):
    response = alice_client.post(
        reverse("asks:new"), need("this deadline is killing me, help with slides")
    )
    assert response["Location"].endswith("/person/")


def test_with_htmx_the_support_page_is_a_full_page_load(alice_client, lines):
    response = alice_client.post(
        reverse("asks:new"),
        need("I want to kill myself"),
        headers={"HX-Request": "true"},
    )
    assert response["HX-Redirect"].endswith("/support/")


def test_another_users_support_page_is_404(alice, bob_client, lines):
    from tests.conftest import make_ask

    ask = make_ask(alice)
    assert bob_client.get(reverse("asks:support", args=[ask.pk])).status_code == 404


@pytest.mark.parametrize(
    "text", ["I don't see the point in going on", "I have a belt around my neck"]
)
def test_a_crisis_no_phrase_foresaw_shows_the_lines_first(alice_client, lines, text):
    response = alice_client.post(reverse("asks:new"), need(text))
    assert response["Location"].endswith("/support/")


def test_a_crisis_typed_in_the_reason_alone_shows_the_lines(alice_client, lines):
    data = {**need("a lift to the shops"), "why": "I'm so tired of everything"}
    response = alice_client.post(reverse("asks:new"), data)
    assert response["Location"].endswith("/support/")


@pytest.mark.parametrize(
    "text", ["I'm dying to try the ramen place", "help me kill the weeds"]
)
def test_figures_of_speech_go_straight_on(alice_client, lines, text):
    response = alice_client.post(reverse("asks:new"), need(text))
    assert response["Location"].endswith("/person/")
