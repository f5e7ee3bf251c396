"""Deleting someone is undoable for UNDO_WINDOW, then for good: the person,
their details and the help given them are removed (by `manage.py
purge_deleted`, and by the app itself whenever the user opens My people, an
undo or their data), the undo says it is too late, the export holds no one
past the window, and every page of a request to them still works."""

import csv
import io
import json
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from helpapp.asks.models import Ask
from helpapp.people.models import UNDO_WINDOW, HelpGiven, Person
from helpapp.vocabulary import Outcome, Status
from tests.conftest import make_ask, make_person

pytestmark = pytest.mark.django_db

SECOND = timedelta(seconds=1)


@pytest.fixture
def clock(time_machine):
    """Time stands still until a test moves it on."""
    time_machine.move_to(timezone.now(), tick=False)
    return time_machine


def deleted(owner, name: str = "Sam", **fields) -> Person:
    """Someone the owner deleted just now, with help given them and a
    request sent to them."""
    person = make_person(
        owner,
        name,
        email="sam@example.com",
        phone="+442079460000",
        notes="knows about the overdraft",
        **fields,
    )
    HelpGiven.objects.create(owner=owner, person=person, note="moved a sofa")
    make_ask(
        owner,
        f"a lift from {name}",
        person=person,
        status=Status.SENT,
        sent_at=timezone.now(),
        message=f"Hi {name}, could you drive me?",
    )
    person.soft_delete()
    return person


def exists(person: Person) -> bool:
    return Person.objects.filter(pk=person.pk).exists()


# The model


def test_a_deleted_person_is_purged_once_the_undo_window_is_over(alice, clock):
    sam = deleted(alice)
    kept = make_person(alice, "Zoe")
    clock.shift(UNDO_WINDOW - SECOND)
    assert Person.objects.purge_deleted() == 0
    assert exists(sam)
    clock.shift(SECOND)
    assert Person.objects.purge_deleted() == 1
    assert not exists(sam)
    assert exists(kept)
    # The help given them goes with them; the request stays, with no one.
    assert not HelpGiven.objects.filter(owner=alice).exists()
    ask = Ask.objects.get(owner=alice)
    assert (ask.need, ask.person) == ("a lift from Sam", None)
    assert ask.message == "Hi Sam, could you drive me?"


def test_purging_one_users_people_leaves_everyone_elses(alice, bob, clock):
    alices, bobs = deleted(alice), deleted(bob)
    clock.shift(UNDO_WINDOW)
    assert Person.objects.filter(owner=alice).purge_deleted() == 1
    assert not exists(alices)
    assert exists(bobs)


def test_purge_takes_the_moment_to_count_from(alice):
    sam = deleted(alice)
    assert Person.objects.purge_deleted(now=timezone.now()) == 0
    assert Person.objects.purge_deleted(now=timezone.now() + UNDO_WINDOW) == 1
    assert not exists(sam)


# The command


def purge_command() -> str:
    out = io.StringIO()
    call_command("purge_deleted", stdout=out)
    return out.getvalue()


def test_the_command_purges_everyones_expired_deletes_and_says_how_many(
    alice, bob, clock
):
    gone = [deleted(alice), deleted(alice, "Nadia"), deleted(bob)]
    clock.shift(UNDO_WINDOW)
    recent = deleted(bob, "Priya")
    assert purge_command() == "Purged 3 people deleted more than 10 minutes ago.\n"
    assert not any(exists(person) for person in gone)
    assert exists(recent)
    assert purge_command() == "Purged 0 people deleted more than 10 minutes ago.\n"
    clock.shift(UNDO_WINDOW)
    assert purge_command() == "Purged 1 person deleted more than 10 minutes ago.\n"


# The app, without a schedule


def test_my_people_purges_the_users_own_expired_deletes(
    alice, bob, alice_client, clock
):
    alices, bobs = deleted(alice), deleted(bob)
    clock.shift(UNDO_WINDOW)
    assert alice_client.get(reverse("people:list")).status_code == 200
    assert not exists(alices)
    assert exists(bobs)


# Undo


def test_undo_just_inside_the_window_brings_them_back(alice, alice_client, clock):
    sam = make_person(alice)
    alice_client.post(reverse("people:delete", args=[sam.pk]))
    clock.shift(UNDO_WINDOW - SECOND)
    response = alice_client.post(reverse("people:restore", args=[sam.pk]), follow=True)
    assert response.redirect_chain == [(sam.get_absolute_url(), 302)]
    assert "Sam is back in your people." in response.text
    clock.shift(UNDO_WINDOW)
    assert Person.objects.purge_deleted() == 0


def test_undo_after_the_window_is_refused_and_says_why(alice, alice_client, clock):
    sam = make_person(alice)
    alice_client.post(reverse("people:delete", args=[sam.pk]))
    clock.shift(UNDO_WINDOW)
    response = alice_client.post(reverse("people:restore", args=[sam.pk]))
    assert response.status_code == 404
    assert "<h1>Too late to undo</h1>" in response.text
    assert "Deleting someone can be undone for 10 minutes." in response.text
    assert "deleted for good" in response.text
    assert f'href="{reverse("people:list")}"' in response.text
    assert not exists(sam)  # and it went for good there and then


def test_undo_after_the_command_purged_them_says_the_same(alice, alice_client, clock):
    sam = deleted(alice)
    clock.shift(UNDO_WINDOW)
    purge_command()
    response = alice_client.post(reverse("people:restore", args=[sam.pk]))
    assert response.status_code == 404
    assert "<h1>Too late to undo</h1>" in response.text


# What the pages say


def test_the_delete_page_says_how_long_the_undo_lasts_and_what_goes(
    alice, alice_client
):
    sam = make_person(alice)
    response = alice_client.get(reverse("people:delete", args=[sam.pk]))
    assert (
        "You can undo this for 10 minutes. After that, Sam is deleted for good, "
        "along with their contact details, your notes and the help you gave them."
    ) in response.text
    assert (
        "Your requests to them stay in My requests, with the messages you wrote, "
        "but no longer say who you asked."
    ) in response.text


def test_the_message_after_a_delete_says_how_long_the_undo_lasts(alice, alice_client):
    sam = make_person(alice)
    response = alice_client.post(reverse("people:delete", args=[sam.pk]), follow=True)
    assert (
        "Sam was deleted. You can undo this for 10 minutes; after that, they are "
        "deleted for good."
    ) in response.text


# The export


def test_the_export_holds_no_one_past_the_undo_window(alice, alice_client, clock):
    old = deleted(alice, "Old friend")
    clock.shift(UNDO_WINDOW)
    recent = deleted(alice, "Recent friend")
    data = json.loads(alice_client.get(reverse("export_json")).content)
    assert [p["name"] for p in data["people"]] == ["Recent friend"]
    assert data["people"][0]["deleted_at"] is not None
    assert [h["person_name"] for h in data["help_given"]] == ["Recent friend"]
    to_old = next(a for a in data["asks"] if a["need"] == "a lift from Old friend")
    assert (to_old["person_id"], to_old["person_name"]) == (None, None)
    assert "Old friend" not in json.dumps(data["people"] + data["help_given"])
    assert not exists(old)
    assert exists(recent)


def test_the_csv_names_no_one_past_the_undo_window(alice, alice_client, clock):
    deleted(alice, "Old friend")
    clock.shift(UNDO_WINDOW)
    response = alice_client.get(reverse("export_csv"))
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert [(r["Need"], r["Person name"]) for r in rows] == [
        ("a lift from Old friend", "")
    ]


def test_the_export_page_says_what_deleted_people_in_it_mean(alice_client):
    response = alice_client.get(reverse("export"))
    assert (
        "Anyone you deleted in the last 10 minutes is in it, with when you "
        "deleted them (“deleted_at”), since you can still undo that. Anyone "
        "deleted before then is deleted for good and is not."
    ) in response.text


def test_the_delete_account_page_counts_no_one_past_the_undo_window(
    alice, alice_client, clock
):
    deleted(alice)
    make_person(alice, "Zoe")
    clock.shift(UNDO_WINDOW)
    counts = dict(alice_client.get(reverse("delete_account")).context["counts"])
    assert counts["Trusted people"] == 1
    assert counts["Help given"] == 0


# A request to someone deleted for good


@pytest.fixture
def purged_requests(alice, clock) -> dict:
    """Alice's requests in every state, all to Sam, whom she deleted for good."""
    sam = make_person(alice)
    asks = {
        "sent": make_ask(
            alice, "a lift", person=sam, status=Status.SENT, sent_at=timezone.now()
        ),
        "answered": make_ask(
            alice,
            "a meal",
            person=sam,
            status=Status.SENT,
            sent_at=timezone.now(),
            outcome=Outcome.YES,
            outcome_on=timezone.localdate(),
        ),
        "withdrawn": make_ask(
            alice,
            "a chat",
            person=sam,
            status=Status.WITHDRAWN,
            sent_at=timezone.now(),
            withdrawn_at=timezone.now(),
        ),
        "draft": make_ask(alice, "a hand with the garden", person=sam),
    }
    sam.soft_delete()
    clock.shift(UNDO_WINDOW)
    assert Person.objects.purge_deleted() == 1
    return {"sam": sam, **asks}


REQUEST_PAGES = [
    "detail",
    "need",
    "person",
    "message",
    "sent",
    "check",
    "recompose",
    "support",
    "follow_up",
    "withdraw",
    "undo_withdraw",
    "outcome",
    "thanks",
    "split",
    "save_template",
]


@pytest.mark.parametrize("state", ["sent", "answered", "withdrawn", "draft"])
def test_every_page_of_a_request_to_someone_deleted_for_good_works(
    alice_client, purged_requests, state
):
    ask = purged_requests[state]
    for name in REQUEST_PAGES:
        url = reverse(f"asks:{name}", args=[ask.pk])
        for response in (alice_client.get(url), alice_client.post(url)):
            assert response.status_code in (200, 302, 405), (url, response)


def test_my_requests_lists_requests_to_someone_deleted_for_good(
    alice_client, purged_requests
):
    response = alice_client.get(reverse("asks:list"))
    for need in ("a lift", "a meal", "a chat", "a hand with the garden"):
        assert need in response.text
    assert "Sam" not in response.text
    # A filter by them, from an old link, says they are gone and shows all.
    sam = purged_requests["sam"]
    response = alice_client.get(reverse("asks:list"), {"person": sam.pk})
    assert "That person is not in your list any more" in response.text
    assert "a lift" in response.text


def test_a_sent_request_to_someone_deleted_for_good_says_so(
    alice_client, purged_requests
):
    response = alice_client.get(purged_requests["sent"].get_absolute_url())
    assert "Someone you have since deleted" in response.text
    assert "Not chosen yet" not in response.text


def test_a_draft_to_someone_deleted_for_good_goes_back_to_choosing(
    alice_client, purged_requests
):
    draft = purged_requests["draft"]
    response = alice_client.get(draft.get_absolute_url())
    assert "Not chosen yet" in response.text
    response = alice_client.get(reverse("asks:message", args=[draft.pk]))
    assert response.status_code == 302
    assert response["Location"] == reverse("asks:person", args=[draft.pk])


def test_a_request_to_someone_deleted_but_undoable_names_them_without_a_link(
    alice, alice_client
):
    sam = deleted(alice)
    ask = Ask.objects.get(owner=alice)
    response = alice_client.get(ask.get_absolute_url())
    assert "Sam (deleted)" in response.text
    assert f'href="{sam.get_absolute_url()}"' not in response.text
