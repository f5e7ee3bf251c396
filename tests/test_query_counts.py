"""Every main page costs at most 8 SQL queries for a user with realistic
data, and the lists cost the same number of queries however long they are.

Counted with the curated content already cached, as it is for every page
but the first after an edit (helpapp.guidance.cached)."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from helpapp.asks.models import Ask, SavedTemplate
from helpapp.people.models import HelpGiven, Person
from helpapp.vocabulary import Category, Channel, Outcome, Relationship, Size, Status
from tests.conftest import logged_in, make_ask, make_user

pytestmark = pytest.mark.django_db

MAX_QUERIES = 8


def give_history(owner, people: int, asks: int) -> dict:
    """People, requests in every state (sent with and without answers,
    thanked, withdrawn, drafts, a smaller first ask), help given and a saved
    template; returns the objects the pages are about."""
    now = timezone.now()
    team = Person.objects.bulk_create(
        Person(
            owner=owner,
            name=f"Person {i}",
            relationship=Relationship.FRIEND if i % 2 else Relationship.FAMILY,
            good_at="driving, cooking",
            preferred_channel=Channel.EMAIL if i % 2 else Channel.TEXT,
            email=f"person{i}@example.com",
            safe=i % 3 == 0,
        )
        for i in range(people)
    )
    outcomes = [Outcome.YES, Outcome.PARTLY, Outcome.NO, Outcome.NO_REPLY, ""]
    Ask.objects.bulk_create(
        Ask(
            owner=owner,
            need=f"help with job {i}",
            category=Category.PRACTICAL,
            size=Size.SMALL,
            person=team[i % people],
            status=Status.WITHDRAWN if i % 7 == 6 else Status.SENT,
            sent_at=now - timedelta(days=5 + i),
            withdrawn_at=now if i % 7 == 6 else None,
            outcome=outcomes[i % 5],
            outcome_on=(now - timedelta(days=4)).date() if i % 5 < 4 else None,
            thanked_at=now if i % 10 == 0 else None,
            guess=40,
            message=f"Hi, could you help with job {i}? Thank you!",
            message_edited=True,
        )
        for i in range(asks)
    )
    HelpGiven.objects.bulk_create(
        HelpGiven(owner=owner, person=team[i % people], note=f"helped {i}")
        for i in range(asks)
    )
    SavedTemplate.objects.create(
        owner=owner,
        title="A lift",
        category=Category.PRACTICAL,
        size=Size.SMALL,
        need="a lift {when}",
        body="Hi {person}, could you give me a lift {when}?",
    )
    sent = Ask.objects.filter(owner=owner, status=Status.SENT).first()
    make_ask(owner, "a smaller first step", parent=sent, person=team[0])
    draft = make_ask(owner, "a lift to the station on Saturday", person=team[0])
    make_ask(owner, "a draft without a person yet")
    return {"person": team[0], "sent": sent, "draft": draft}


def main_pages(data: dict) -> dict[str, str]:
    draft, sent, person = data["draft"].pk, data["sent"].pk, data["person"].pk
    return {
        "home": "/",
        "My requests": "/asks/",
        "My requests, every filter": (
            f"/asks/?q=lift&status=sent&person={person}&category=practical"
        ),
        "My requests, filters not valid": "/asks/?person=0&category=x&q=" + "x" * 201,
        "a request": f"/asks/{sent}/",
        "step 1, a new request": "/asks/new/",
        "step 1 of a draft": f"/asks/{draft}/need/",
        "step 2 of a draft": f"/asks/{draft}/person/",
        "step 3 of a draft": f"/asks/{draft}/message/",
        "My people": "/people/",
        "a person": f"/people/{person}/",
        "My templates": "/asks/templates/",
        "the crisis page": "/help-now/",
        "Account": "/account/",
    }


def queries(client, url: str) -> list[str]:
    """The SQL of one GET, after a first GET has warmed the content cache."""
    assert client.get(url).status_code == 200
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, url
    return [query["sql"] for query in captured.captured_queries]


@pytest.fixture
def busy_user():
    user = make_user("alice")
    return user, give_history(user, people=6, asks=30)


PAGES = [
    "home",
    "My requests",
    "My requests, every filter",
    "My requests, filters not valid",
    "a request",
    "step 1, a new request",
    "step 1 of a draft",
    "step 2 of a draft",
    "step 3 of a draft",
    "My people",
    "a person",
    "My templates",
    "the crisis page",
    "Account",
]


@pytest.mark.parametrize("name", PAGES)
def test_main_page_costs_at_most_8_queries(busy_user, name):
    user, data = busy_user
    url = main_pages(data)[name]
    sql = queries(logged_in(user), url)
    listing = "\n".join(f"  {i}. {q[:160]}" for i, q in enumerate(sql, 1))
    assert len(sql) <= MAX_QUERIES, (
        f"{name} ({url}) made {len(sql)} queries (at most {MAX_QUERIES}):\n{listing}"
    )


@pytest.mark.parametrize("name", ["My requests", "My people", "a person"])
def test_lists_cost_the_same_queries_for_5_or_100_rows(name):
    counts = {}
    for rows in (5, 100):
        user = make_user(f"user{rows}")
        data = give_history(user, people=rows, asks=rows)
        # The person page lists that person's requests and help given.
        Ask.objects.filter(owner=user).update(person=data["person"])
        HelpGiven.objects.filter(owner=user).update(person=data["person"])
        counts[rows] = len(queries(logged_in(user), main_pages(data)[name]))
    assert counts[5] == counts[100], (
        f"{name}: {counts[5]} queries with 5 rows, {counts[100]} with 100"
    )


def test_step_2_costs_the_same_queries_for_5_or_100_people():
    counts = {}
    for rows in (5, 100):
        user = make_user(f"user{rows}")
        data = give_history(user, people=rows, asks=rows)
        url = main_pages(data)["step 2 of a draft"]
        counts[rows] = len(queries(logged_in(user), url))
    assert counts[5] == counts[100], (
        f"step 2: {counts[5]} queries with 5 people, {counts[100]} with 100"
    )
