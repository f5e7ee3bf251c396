"""A step submitted twice (a double click, a duplicated tab) makes no
duplicate rows."""

import re
import threading
import uuid
from datetime import timedelta

import pytest
from django.db import IntegrityError, connection, transaction
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from helpapp.asks.models import Ask, SavedTemplate
from helpapp.people.models import Person
from helpapp.vocabulary import Size, Status
from tests.conftest import logged_in, make_ask, make_person

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


def key_in(page, name: str) -> str:
    """The one-off key a page's form carries in its hidden field name."""
    return re.search(rf'name="{name}" value="([0-9a-f-]+)"', page.text).group(1)


SOMEONE_NEW = {
    "who": "new",
    "new-name": "Sam Okafor",
    "new-relationship": "friend",
    "new-good_at": "driving",
    "new-preferred_channel": "text",
}


def test_each_form_for_something_new_carries_its_own_key(alice, alice_client):
    big = make_ask(alice, "help moving house", size=Size.BIG)
    page = alice_client.get(reverse("asks:person", args=[big.pk]))
    again = alice_client.get(reverse("asks:person", args=[big.pk]))
    for name in ("new-key", "key"):  # "Someone new", "Make this my first ask"
        assert key_in(page, name) != key_in(again, name)
    ask = make_ask(alice, person=make_person(alice))
    page = alice_client.get(reverse("asks:message", args=[ask.pk]))
    assert uuid.UUID(key_in(page, "key"))  # "Save as template"


def test_a_key_already_used_finds_the_person_it_added(alice, alice_client):
    ask = make_ask(alice)
    url = reverse("asks:person", args=[ask.pk])
    key = key_in(alice_client.get(url), "new-key")
    alice_client.post(url, {**SOMEONE_NEW, "new-key": key})
    # The first person's details were edited since; the same form sent
    # again still finds them rather than adding a second.
    Person.objects.filter(owner=alice).update(good_at="cooking")
    alice_client.post(url, {**SOMEONE_NEW, "new-key": key})
    assert Person.objects.filter(owner=alice).count() == 1


def test_the_same_key_twice_is_refused_by_the_database(alice):
    key = uuid.uuid4()
    big = make_ask(alice, size=Size.BIG)
    rows = [
        lambda: make_person(alice, creation_key=key),
        lambda: make_ask(alice, parent=big, creation_key=key),
        lambda: SavedTemplate.objects.create(
            owner=alice,
            title="t",
            category="other",
            size="small",
            need="n",
            body="b",
            creation_key=key,
        ),
    ]
    for make in rows:
        make()
        with pytest.raises(IntegrityError), transaction.atomic():
            make()


def test_duplicates_made_before_keys_existed_are_no_error(alice, alice_client):
    """Rows a double submit made before: the next submit finds one of them
    (it used to answer 500 for good)."""
    ask = make_ask(alice, "help moving house", size=Size.BIG, person=make_person(alice))
    for _ in range(2):
        make_ask(alice, "an hour to plan", parent=ask)
    response = alice_client.post(
        reverse("asks:split", args=[ask.pk]), {"need": "an hour to plan"}
    )
    assert response.status_code == 302
    assert Ask.objects.filter(parent=ask).count() == 2
    ask.message = "Hi Sam, thank you!"
    ask.save()
    for _ in range(2):
        SavedTemplate.objects.create(
            owner=alice,
            title="t",
            category=ask.category,
            size=ask.size,
            need=ask.need,
            body="Hi {person}, thank you!",
        )
    response = alice_client.post(
        reverse("asks:save_template", args=[ask.pk]),
        {"message": "Hi Sam, thank you!", "subject": ""},
    )
    assert response.status_code == 302
    assert SavedTemplate.objects.filter(owner=alice).count() == 2


def at_once(clients: list[Client], url: str, data: dict) -> list[int]:
    """The same POST from each client at the same moment, each in its own
    thread and database connection; the status codes."""
    ready = threading.Barrier(len(clients))
    statuses: list[int] = []

    def post(client: Client) -> None:
        try:
            ready.wait()
            client.raise_request_exception = False
            statuses.append(client.post(url, data).status_code)
        finally:
            connection.close()

    threads = [threading.Thread(target=post, args=(c,)) for c in clients]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return statuses


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("route", ["someone new", "split", "save as template"])
def test_four_submits_at_the_same_moment_make_one_row(route):
    if connection.vendor == "sqlite":
        pytest.skip(
            "SQLite's shared in-memory test database lets one connection write "
            "at a time, so submits cannot overlap"
        )
    from tests.conftest import make_user

    alice = make_user("alice")
    clients = [logged_in(alice) for _ in range(4)]
    big = make_ask(alice, "help moving house", size=Size.BIG)
    key = str(uuid.uuid4())
    if route == "someone new":
        url = reverse("asks:person", args=[big.pk])
        data, rows = {**SOMEONE_NEW, "new-key": key}, Person.objects
    elif route == "split":
        url = reverse("asks:split", args=[big.pk])
        data, rows = (
            {"need": "an hour to plan", "key": key},
            Ask.objects.filter(parent=big),
        )
    else:
        big.person = make_person(alice)
        big.save()
        url = reverse("asks:save_template", args=[big.pk])
        data = {"message": "Hi Sam, could you help?", "subject": "", "key": key}
        rows = SavedTemplate.objects
    for _ in range(5):  # five rounds of four, each with a new key
        statuses = at_once(clients, url, data)
        assert statuses == [302] * 4
        assert rows.filter(owner=alice).count() == 1
        rows.filter(owner=alice).delete()
        key = str(uuid.uuid4())
        data = {**data, "new-key" if route == "someone new" else "key": key}
