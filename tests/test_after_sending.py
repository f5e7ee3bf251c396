"""After sending: a gentle follow-up, and the "never mind" guard."""

import pytest
from django.urls import reverse

from helpapp.vocabulary import Outcome, Status
from tests.conftest import make_ask, make_person

pytestmark = pytest.mark.django_db


def sent_ask(owner, **fields):
    ask = make_ask(owner, person=make_person(owner, "Sam Okafor"), **fields)
    ask.send()
    return ask


def test_the_guard_shows_my_record_the_research_and_three_choices(alice, alice_client):
    ask = sent_ask(alice)
    for outcome in [Outcome.YES, Outcome.YES, Outcome.PARTLY, Outcome.NO]:
        sent_ask(alice, outcome=outcome)
    response = alice_client.get(reverse("asks:withdraw", args=[ask.pk]))
    text = response.text
    assert "3 of your 4 past requests with an answer got a yes" in text
    assert "Flynn & Lake, 2008" in text
    assert "Wait a little longer" in text
    assert "Send a gentle follow-up" in text
    assert "Withdraw it anyway" in text
    ask.refresh_from_db()
    assert ask.status == Status.SENT  # looking is not withdrawing


def test_the_guard_without_answers_yet(alice, alice_client):
    ask = sent_ask(alice)
    response = alice_client.get(reverse("asks:withdraw", args=[ask.pk]))
    assert "You have not recorded any answers yet." in response.text


def test_withdraw_anyway_and_undo(alice, alice_client):
    ask = sent_ask(alice)
    response = alice_client.post(reverse("asks:withdraw", args=[ask.pk]), follow=True)
    assert "Withdrawn. You can undo this below." in response.text
    ask.refresh_from_db()
    assert ask.status == Status.WITHDRAWN
    alice_client.post(reverse("asks:undo_withdraw", args=[ask.pk]))
    ask.refresh_from_db()
    assert ask.status == Status.SENT
    assert ask.withdrawn_at is None


def test_a_draft_cannot_be_withdrawn(alice, alice_client):
    ask = make_ask(alice)
    response = alice_client.post(reverse("asks:withdraw", args=[ask.pk]), follow=True)
    assert "This is only for requests you have sent." in response.text
    ask.refresh_from_db()
    assert ask.status == Status.DRAFT


def test_the_follow_up_is_drafted_gently(alice, alice_client):
    ask = sent_ask(alice)
    response = alice_client.get(reverse("asks:follow_up", args=[ask.pk]))
    body = response.context["draft"].body
    assert "Sam" in body
    assert "never mind" not in body.lower()
    assert "sms:?&amp;body=" in response.text
    alice_client.post(reverse("asks:follow_up", args=[ask.pk]))
    ask.refresh_from_db()
    assert ask.followed_up_at is not None


@pytest.mark.parametrize("name", ["withdraw", "follow_up", "undo_withdraw"])
def test_another_users_request_is_404(alice, bob_client, name):
    ask = sent_ask(alice)
    assert bob_client.post(reverse(f"asks:{name}", args=[ask.pk])).status_code == 404
    ask.refresh_from_db()
    assert ask.status == Status.SENT


def test_undo_is_post_only(alice, alice_client):
    ask = sent_ask(alice)
    assert (
        alice_client.get(reverse("asks:undo_withdraw", args=[ask.pk])).status_code
        == 405
    )
