"""A step submitted twice (a double click, a duplicated tab) makes no
duplicate rows."""

import re
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from helpapp.asks.models import Ask, SavedTemplate
from helpapp.people.models import Person
from helpapp.vocabulary import Size, Status
from tests.conftest import make_ask, make_person

pytestmark = pytest.mark.django_db


def step_one(client) -> dict:
    """The new-request form as the browser has it: with its one-off key."""
    page = client.get(reverse("asks:new"))
    key = re.search(r'name="key" value="([0-9a-f-]+)"', page.text).group(1)
    return {
        "key": key,
        "need": "a lift to the station",
        "category": "practical",
        "size": "small",
        "due_date": (timezone.localdate() + timedelta(days=2)).isoformat(),
    }


def test_submitting_step_one_twice_makes_one_request(alice, alice_client):
    data = step_one(alice_client)
    first = alice_client.post(reverse("asks:new"), data)
    second = alice_client.post(reverse("asks:new"), data)
    ask = Ask.objects.get(owner=alice)
    assert first["Location"] == second["Location"] == ask.resume_url()


def test_two_separate_new_requests_are_two_requests(alice, alice_client):
    alice_client.post(reverse("asks:new"), step_one(alice_client))
    alice_client.post(reverse("asks:new"), step_one(alice_client))
    assert Ask.objects.filter(owner=alice).count() == 2


def test_the_same_key_from_another_user_is_not_shared(alice, bob, alice_client):
    from tests.conftest import logged_in

    data = step_one(alice_client)
    alice_client.post(reverse("asks:new"), data)
    logged_in(bob).post(reverse("asks:new"), data)
    assert Ask.objects.filter(owner=bob).count() == 1
    assert Ask.objects.filter(owner=alice).count() == 1


def test_adding_the_same_new_person_twice_makes_one_person(alice, alice_client):
    ask = make_ask(alice)
    data = {
        "who": "new",
        "new-name": "Sam Okafor",
        "new-relationship": "friend",
        "new-good_at": "driving",
        "new-preferred_channel": "text",
    }
    url = reverse("asks:person", args=[ask.pk])
    alice_client.post(url, data)
    alice_client.post(url, data)
    assert Person.objects.filter(owner=alice).count() == 1


def test_sending_twice_changes_nothing_the_second_time(alice, alice_client):
    ask = make_ask(alice, person=make_person(alice))
    url = reverse("asks:sent", args=[ask.pk])
    alice_client.post(url, {"message": "Hi Sam, thanks!"})
    ask.refresh_from_db()
    sent_at = ask.sent_at
    alice_client.post(url, {"message": "Hi Sam, thanks!"})
    ask.refresh_from_db()
    assert (ask.status, ask.sent_at) == (Status.SENT, sent_at)


def test_splitting_twice_makes_one_first_ask(alice, alice_client):
    big = make_ask(alice, "help moving house", size=Size.BIG)
    url = reverse("asks:split", args=[big.pk])
    alice_client.post(url, {"need": "an hour to plan"})
    alice_client.post(url, {"need": "an hour to plan"})
    assert Ask.objects.filter(parent=big).count() == 1


def test_saving_the_same_template_twice_keeps_one(alice, alice_client):
    ask = make_ask(alice, person=make_person(alice))
    url = reverse("asks:save_template", args=[ask.pk])
    alice_client.post(url, {"message": "Hi Sam, thank you!"})
    alice_client.post(url, {"message": "Hi Sam, thank you!"})
    assert SavedTemplate.objects.filter(owner=alice).count() == 1
