"""Curated guidance in the product: tips on each step, the phrase bank in
the composer, edits live on the next load, and constant query counts."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from helpapp.guidance.models import Phrase, Tip
from tests.conftest import make_ask, make_person

pytestmark = pytest.mark.django_db


def ready_ask(owner):
    return make_ask(owner, person=make_person(owner, "Sam Okafor"))


@pytest.mark.parametrize(
    ("place", "url_name"),
    [("need", "asks:new"), ("person", "asks:person"), ("message", "asks:message")],
)
def test_each_step_shows_its_own_tips(alice, alice_client, place, url_name):
    Tip.objects.create(place=place, title=f"A {place} tip", body="Body text.")
    Tip.objects.create(place="after_sent", title="An after tip", body="b")
    ask = ready_ask(alice)
    url = (
        reverse(url_name)
        if url_name == "asks:new"
        else reverse(url_name, args=[ask.pk])
    )
    response = alice_client.get(url)
    assert f"A {place} tip" in response.text
    assert "An after tip" not in response.text


def test_a_research_tip_shows_its_source(alice, alice_client):
    Tip.objects.create(
        place="message",
        title="People say yes more than we think",
        body="About half the asks you expect.",
        source="Flynn & Lake, 2008, JPSP",
    )
    response = alice_client.get(reverse("asks:message", args=[ready_ask(alice).pk]))
    assert "Source: Flynn &amp; Lake, 2008, JPSP" in response.text


def test_hidden_tips_are_not_shown(alice_client):
    Tip.objects.create(place="need", title="Hidden tip", body="b", active=False)
    assert "Hidden tip" not in alice_client.get(reverse("asks:new")).text


def test_tip_markdown_is_rendered_and_html_is_removed(alice_client):
    Tip.objects.create(
        place="need",
        title="Formatting",
        body="Be **specific**.\n\n<script>alert(1)</script><b onclick=x>hi</b>",
    )
    text = alice_client.get(reverse("asks:new")).text
    assert "<strong>specific</strong>" in text
    assert "<script>alert" not in text
    assert "<b onclick" not in text
    assert "&lt;script&gt;" in text  # shown as harmless text


def test_an_admin_edit_shows_on_the_next_page_load(alice_client):
    tip = Tip.objects.create(place="need", title="Before the edit", body="b")
    assert "Before the edit" in alice_client.get(reverse("asks:new")).text
    tip.title = "After the edit"
    tip.save()
    text = alice_client.get(reverse("asks:new")).text
    assert "After the edit" in text
    assert "Before the edit" not in text


def test_the_composer_uses_active_phrases_for_the_channel(alice, alice_client):
    Phrase.objects.filter(kind__in=["greeting", "thanks"]).update(active=False)
    Phrase.objects.create(kind="greeting", text="Howdy {person},", for_email=False)
    Phrase.objects.create(kind="thanks", text="I am ever so grateful.")
    ask = ready_ask(alice)
    text = alice_client.get(reverse("asks:message", args=[ask.pk])).text
    assert "Howdy Sam," in text
    assert "I am ever so grateful." in text
    Phrase.objects.filter(text="Howdy {person},").update(active=False)
    Phrase.objects.get(text="I am ever so grateful.").save()  # any save drops the cache
    # update() sends no signal, so the bank above was refreshed by the save.
    text = alice_client.get(reverse("asks:message", args=[ask.pk])).text
    assert "Howdy" not in text


def count_queries(client, url) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


@pytest.mark.parametrize("url_name", ["asks:new", "asks:person", "asks:message"])
def test_query_count_does_not_grow_with_the_number_of_tips_and_phrases(
    alice, alice_client, url_name
):
    ask = ready_ask(alice)
    url = (
        reverse(url_name)
        if url_name == "asks:new"
        else reverse(url_name, args=[ask.pk])
    )
    place = url_name.split(":")[1].replace("new", "need")

    def add_content(count):
        Tip.objects.bulk_create(
            Tip(place=place, title=f"tip {i}", body="b") for i in range(count)
        )
        Phrase.objects.bulk_create(
            Phrase(kind="thanks", text=f"Thanks {i}.") for i in range(count)
        )
        from django.core.cache import cache

        cache.clear()

    add_content(5)
    cold_few = count_queries(alice_client, url)
    warm_few = count_queries(alice_client, url)
    add_content(50)
    cold_many = count_queries(alice_client, url)
    warm_many = count_queries(alice_client, url)
    assert cold_few == cold_many
    assert warm_few == warm_many
    assert warm_few < cold_few  # the content itself came from the cache
