"""Start small: a big ask offers a smaller first ask, linked to it."""

import pytest
from django.urls import reverse

from helpapp.asks.models import Ask
from helpapp.vocabulary import Size
from tests.conftest import make_ask

pytestmark = pytest.mark.django_db


def test_a_big_ask_offers_a_smaller_first_one(alice, alice_client):
    ask = make_ask(alice, "help moving house", size=Size.BIG)
    response = alice_client.get(reverse("asks:person", args=[ask.pk]))
    assert "Big asks are easier in pieces" in response.text
    assert "where to start with: help moving house" in response.text


def test_a_small_ask_does_not(alice, alice_client):
    ask = make_ask(alice, size=Size.SMALL)
    response = alice_client.get(reverse("asks:person", args=[ask.pk]))
    assert "Big asks are easier in pieces" not in response.text


def test_splitting_makes_a_linked_first_ask(alice, alice_client):
    big = make_ask(alice, "help moving house", size=Size.BIG)
    response = alice_client.post(
        reverse("asks:split", args=[big.pk]), {"need": "an hour to plan the move"}
    )
    part = Ask.objects.get(parent=big)
    assert response["Location"] == reverse("asks:person", args=[part.pk])
    assert (part.need, part.size, part.category) == (
        "an hour to plan the move",
        Size.SMALL,
        big.category,
    )
    detail = alice_client.get(big.get_absolute_url())
    assert "an hour to plan the move" in detail.text
    part_detail = alice_client.get(part.get_absolute_url())
    assert "A first step of" in part_detail.text
    assert "help moving house" in part_detail.text
    # A first step is not offered to be split again.
    page = alice_client.get(reverse("asks:person", args=[part.pk]))
    assert "Big asks are easier in pieces" not in page.text


def test_an_empty_first_ask_is_refused(alice, alice_client):
    big = make_ask(alice, "help moving house", size=Size.BIG)
    response = alice_client.post(reverse("asks:split", args=[big.pk]), {"need": " "})
    assert "Say what the smaller first ask is." in response.text
    assert not Ask.objects.filter(parent=big).exists()


def test_split_is_private_and_post_only(alice, bob_client, alice_client):
    big = make_ask(alice, size=Size.BIG)
    url = reverse("asks:split", args=[big.pk])
    assert alice_client.get(url).status_code == 405
    assert bob_client.post(url, {"need": "x"}).status_code == 404
