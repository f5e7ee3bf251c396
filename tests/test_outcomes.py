"""The guess before sending, what happened after, and the reminders that
follow: waiting on a reply, and saying thanks."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from helpapp.vocabulary import Outcome, Status
from tests.conftest import make_ask, make_person

pytestmark = pytest.mark.django_db


def sent_ask(owner, days_ago=0, **fields):
    ask = make_ask(owner, person=make_person(owner, "Sam Okafor"), **fields)
    ask.send()
    ask.sent_at = timezone.now() - timedelta(days=days_ago)
    ask.save()
    return ask


def ready_ask(owner):
    return make_ask(owner, person=make_person(owner, "Sam Okafor"))


def test_the_guess_is_saved_with_the_message(alice, alice_client):
    ask = ready_ask(alice)
    alice_client.post(
        reverse("asks:sent", args=[ask.pk]),
        {"subject": "", "message": "Hi Sam, could you help? Thanks!", "guess": "30"},
    )
    ask.refresh_from_db()
    assert (ask.guess, ask.status) == (30, Status.SENT)


@pytest.mark.parametrize("guess", ["-1", "101", "lots"])
def test_a_guess_outside_0_to_100_is_refused_and_nothing_is_lost(
    alice, alice_client, guess
):
    ask = ready_ask(alice)
    response = alice_client.post(
        reverse("asks:sent", args=[ask.pk]),
        {"subject": "", "message": "My careful words, thanks.", "guess": guess},
    )
    assert response.status_code == 200
    assert "Enter a number from 0 to 100." in response.text
    assert "My careful words, thanks." in response.text
    ask.refresh_from_db()
    assert ask.status == Status.DRAFT


def test_live_check_saves_words_even_while_the_guess_is_wrong(alice, alice_client):
    ask = ready_ask(alice)
    alice_client.post(
        reverse("asks:check", args=[ask.pk]),
        {"message": "Words to keep, thank you.", "guess": "500"},
        headers={"HX-Request": "true"},
    )
    ask.refresh_from_db()
    assert ask.message == "Words to keep, thank you."
    assert ask.guess is None


def test_record_what_happened(alice, alice_client):
    ask = sent_ask(alice)
    today = timezone.localdate().isoformat()
    response = alice_client.post(
        reverse("asks:outcome", args=[ask.pk]),
        {"outcome": "no", "outcome_on": today},
        follow=True,
    )
    assert "Thank you for asking" in response.text
    ask.refresh_from_db()
    assert (ask.outcome, ask.outcome_on.isoformat()) == ("no", today)


def test_a_yes_leads_to_a_thank_you_draft(alice, alice_client):
    ask = sent_ask(alice)
    response = alice_client.post(
        reverse("asks:outcome", args=[ask.pk]),
        {"outcome": "yes", "outcome_on": timezone.localdate().isoformat()},
        follow=True,
    )
    assert response.redirect_chain[-1][0] == reverse("asks:thanks", args=[ask.pk])
    draft = response.context["draft"]
    assert "Sam" in draft.body
    assert "thank" in draft.body.lower()
    alice_client.post(reverse("asks:thanks", args=[ask.pk]))
    ask.refresh_from_db()
    assert ask.thanked_at is not None


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"outcome": "", "outcome_on": "2026-01-01"}, "Choose what happened."),
        ({"outcome": "maybe", "outcome_on": "2026-01-01"}, "Select a valid choice."),
        ({"outcome": "yes", "outcome_on": "2999-01-01"}, "can&#x27;t be in the future"),
        (
            {"outcome": "yes", "outcome_on": "2000-01-01"},
            "can&#x27;t be before you sent",
        ),
        ({"outcome": "yes", "outcome_on": ""}, "Enter the date."),
    ],
)
def test_bad_outcomes_are_refused_by_the_field(alice, alice_client, data, message):
    ask = sent_ask(alice)
    response = alice_client.post(reverse("asks:outcome", args=[ask.pk]), data)
    assert response.status_code == 200
    assert message in response.text
    assert "Error: Request" in response.text
    ask.refresh_from_db()
    assert ask.outcome == ""


def test_no_outcome_for_a_draft(alice, alice_client):
    ask = ready_ask(alice)
    alice_client.post(
        reverse("asks:outcome", args=[ask.pk]),
        {"outcome": "yes", "outcome_on": timezone.localdate().isoformat()},
    )
    ask.refresh_from_db()
    assert ask.outcome == ""


def test_no_thank_you_before_they_helped(alice, alice_client):
    ask = sent_ask(alice)
    response = alice_client.get(reverse("asks:thanks", args=[ask.pk]), follow=True)
    assert "A thank-you is drafted once they have helped." in response.text


def test_guesses_beside_the_yes_rate_after_three_outcomes(alice, alice_client):
    for outcome, guess in [(Outcome.YES, 20), (Outcome.NO, 30)]:
        sent_ask(alice, outcome=outcome, guess=guess)
    response = alice_client.get(reverse("asks:list"))
    assert "Your guesses and what happened" not in response.text
    sent_ask(alice, outcome=Outcome.PARTLY, guess=40)
    response = alice_client.get(reverse("asks:list"))
    assert "67% of your 3 answered requests got a yes" in response.text
    assert "On average you guessed 30%." in response.text
    assert "Flynn &amp; Lake, 2008" in response.text or "Flynn & Lake, 2008" in (
        response.text
    )


def test_waiting_on_a_reply_lists_sent_asks_after_three_days(alice, alice_client):
    sent_ask(alice, days_ago=4, need="an old unanswered need")
    sent_ask(alice, days_ago=1, need="a fresh need")
    sent_ask(alice, days_ago=5, need="an answered need", outcome=Outcome.NO)
    response = alice_client.get(reverse("asks:list"))
    waiting = response.text.split("Waiting on a reply")[1].split("</section>")[0]
    assert "an old unanswered need" in waiting
    assert "a fresh need" not in waiting
    assert "an answered need" not in waiting
    assert "Gentle follow-up" in waiting


def test_say_thanks_lists_yeses_not_yet_thanked(alice, alice_client):
    sent_ask(alice, need="helped and unthanked", outcome=Outcome.YES)
    thanked = sent_ask(alice, need="helped and thanked", outcome=Outcome.PARTLY)
    thanked.thanked_at = timezone.now()
    thanked.save()
    response = alice_client.get(reverse("asks:list"))
    section = response.text.split('id="thanks-title"')[1].split("</section>")[0]
    assert "helped and unthanked" in section
    assert "helped and thanked" not in section


@pytest.mark.parametrize("name", ["outcome", "thanks"])
def test_another_users_request_is_404(alice, bob_client, name):
    ask = sent_ask(alice, outcome=Outcome.YES)
    assert bob_client.post(reverse(f"asks:{name}", args=[ask.pk])).status_code == 404


def test_outcome_is_post_only(alice, alice_client):
    ask = sent_ask(alice)
    assert alice_client.get(reverse("asks:outcome", args=[ask.pk])).status_code == 405


def test_the_figures_are_of_the_latest_hundred_answers(alice, alice_client):
    """However long the history, the figures read the latest 100 answered
    requests: older ones (here all "no", guessed 0) no longer weigh in."""
    from helpapp.asks.history import LATEST

    sam = make_person(alice, "Sam Okafor")
    sent = timezone.now()
    for _ in range(5):
        make_ask(
            alice, person=sam, status=Status.SENT, sent_at=sent, outcome="no", guess=0
        )
    for i in range(LATEST):
        make_ask(
            alice,
            person=sam,
            status=Status.SENT,
            sent_at=sent,
            outcome=Outcome.YES if i % 2 else Outcome.NO,
            guess=50,
        )
    text = alice_client.get(reverse("asks:list")).text
    assert "50% of your last 100 answered requests got a yes" in text
    assert "On average you guessed 50%." in text
