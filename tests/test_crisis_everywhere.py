"""Crisis help beyond step 1: the message at step 3 (as typed, saved and
sent), the notes on how a request went, and the crisis page itself with
every country's emergency number and the person's own safe people."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from helpapp.asks.models import Ask
from helpapp.guidance.crisis import detect
from helpapp.guidance.models import CrisisPhrase, CrisisResource
from helpapp.vocabulary import Status
from tests.conftest import make_ask, make_line, make_person

pytestmark = pytest.mark.django_db

NOTICE = "It sounds like things are really hard right now"
CRISIS = "Honestly I don't see the point in going on any more."
ORDINARY = "Hi Sam, could you give me a lift to the station on Saturday? Thank you!"


@pytest.fixture
def uk(alice):
    CrisisResource.objects.all().delete()
    CrisisPhrase.objects.all().delete()  # the model alone must catch CRISIS
    make_line("GB", "UK line", "116 123")
    alice.country = "GB"
    alice.save()


def ready_ask(owner, **fields) -> Ask:
    return make_ask(owner, person=make_person(owner, "Sam Okafor"), **fields)


def sent_ask(owner, **fields) -> Ask:
    ask = ready_ask(owner, message=ORDINARY, **fields)
    ask.send()
    return ask


# --- step 3: the message ------------------------------------------------------


def test_the_live_check_shows_the_crisis_lines_above_the_draft(alice, alice_client, uk):
    ask = ready_ask(alice)
    response = alice_client.post(
        reverse("asks:check", args=[ask.pk]),
        {"subject": "", "message": f"Hi Sam. {CRISIS}"},
        headers={"HX-Request": "true"},
    )
    text = response.text
    assert 'id="crisis-notice" hx-swap-oob="innerHTML"' in text
    assert NOTICE in text
    assert 'href="tel:116123"' in text
    assert "Call 999" in text  # GB's emergency number, with no curated line
    ask.refresh_from_db()
    assert CRISIS in ask.message  # saved as typed: nothing blocked


def test_the_live_check_clears_the_notice_for_an_ordinary_message(
    alice, alice_client, uk
):
    ask = ready_ask(alice)
    response = alice_client.post(
        reverse("asks:check", args=[ask.pk]),
        {"subject": "", "message": ORDINARY},
        headers={"HX-Request": "true"},
    )
    assert 'id="crisis-notice" hx-swap-oob="innerHTML"></div>' in response.text
    assert NOTICE not in response.text


def test_a_saved_crisis_message_shows_the_lines_on_the_step(alice, alice_client, uk):
    ask = ready_ask(alice)
    response = alice_client.post(
        reverse("asks:message", args=[ask.pk]),
        {"subject": "", "message": CRISIS},
        follow=True,
    )
    text = response.text
    assert "Draft saved." in text
    assert text.index(NOTICE) < text.index('name="message"')  # above the draft
    assert "UK line" in text


def test_an_ordinary_message_has_no_notice(alice, alice_client, uk):
    ask = ready_ask(alice, message=ORDINARY, message_edited=True)
    response = alice_client.get(reverse("asks:message", args=[ask.pk]))
    assert NOTICE not in response.text
    assert response.context["crisis"] is None


def test_sending_a_crisis_message_is_not_blocked_and_shows_the_lines(
    alice, alice_client, uk
):
    ask = ready_ask(alice)
    response = alice_client.post(
        reverse("asks:sent", args=[ask.pk]),
        {"subject": "", "message": CRISIS},
        follow=True,
    )
    ask.refresh_from_db()
    assert ask.status == Status.SENT
    assert response.redirect_chain[-1][0] == ask.get_absolute_url()
    assert NOTICE in response.text
    assert "UK line" in response.text


def test_the_score_is_never_shown(alice, alice_client, uk):
    ask = ready_ask(alice)
    response = alice_client.post(
        reverse("asks:message", args=[ask.pk]),
        {"subject": "", "message": CRISIS},
        follow=True,
    )
    text = response.text.lower()
    assert "suicidal" not in text
    score = detect(CRISIS, []).score
    for shown in (f"{score:.1f}", f"{score:.2f}", str(score)):
        assert shown not in text


# --- after sending: how it went -----------------------------------------------


def outcome(ask, notes: str, result: str = "yes") -> tuple[str, dict]:
    return reverse("asks:outcome", args=[ask.pk]), {
        "outcome": result,
        "outcome_on": timezone.localdate().isoformat(),
        "outcome_notes": notes,
    }


def test_notes_that_read_like_a_crisis_show_the_lines_first(alice, alice_client, uk):
    ask = sent_ask(alice)
    url, data = outcome(ask, f"Sam helped. {CRISIS}")
    response = alice_client.post(url, data, follow=True)
    ask.refresh_from_db()
    assert ask.outcome == "yes" and CRISIS in ask.outcome_notes
    assert response.redirect_chain[-1][0] == ask.get_absolute_url()
    text = response.text
    assert text.index(NOTICE) < text.index("How it went")


def test_ordinary_notes_go_on_to_the_thank_you(alice, alice_client, uk):
    ask = sent_ask(alice)
    url, data = outcome(ask, "Sam was lovely about it and we had coffee after.")
    response = alice_client.post(url, data, follow=True)
    assert response.redirect_chain[-1][0] == reverse("asks:thanks", args=[ask.pk])
    ask.refresh_from_db()
    assert ask.outcome_notes == "Sam was lovely about it and we had coffee after."
    detail = alice_client.get(ask.get_absolute_url()).text
    assert "Sam was lovely about it" in detail and NOTICE not in detail


def test_too_long_notes_are_refused_by_the_field_and_kept(alice, alice_client, uk):
    ask = sent_ask(alice)
    url, data = outcome(ask, "x" * 2001)
    response = alice_client.post(url, data)
    assert response.status_code == 200
    assert "Keep it to 2000 characters or fewer (it has 2001)." in response.text
    assert "x" * 2001 in response.text  # nothing lost
    ask.refresh_from_db()
    assert ask.outcome == ""


# --- the crisis page ---------------------------------------------------------


@pytest.mark.parametrize(
    ("country", "line", "emergency"),
    [
        ("DE", "Call 0800 111 0 111", "Call 112"),
        ("KE", "Call 1199", "Call 999"),
        ("IN", "Call 14416", "Call 112"),
        ("SE", "Call 90101", "Call 112"),
    ],
)
def test_a_country_shows_its_lines_and_emergency_number(
    client, country, line, emergency
):
    response = client.get(reverse("crisis"), {"country": country})
    text = response.text
    assert line in text
    assert emergency in text
    assert text.index(emergency) < text.index(line)  # danger first
    assert "Find A Helpline" not in text


def test_a_curated_emergency_line_is_not_shown_twice(client):
    text = client.get(reverse("crisis"), {"country": "GB"}).text
    assert text.count('href="tel:999"') == 1
    assert "In danger right now?" not in text


def test_a_country_with_no_lines_gets_its_emergency_number_and_the_directory(client):
    text = client.get(reverse("crisis"), {"country": "NG"}).text
    assert "We don't have lines for Nigeria yet." in text
    assert 'href="tel:199"' in text
    assert "Find A Helpline" in text


def test_the_crisis_page_offers_the_persons_own_safe_people(alice, bob, alice_client):
    make_person(alice, "Mum", safe=True, phone="+447700900123", email="mum@example.com")
    make_person(alice, "Priya", safe=True, email="priya+me@example.com")
    make_person(alice, "Boss", safe=False, phone="+447700900999")
    gone = make_person(alice, "Old friend", safe=True, phone="+447700900555")
    gone.deleted_at = timezone.now()
    gone.save()
    make_person(bob, "Bob's brother", safe=True, phone="+447700900777")
    text = alice_client.get(reverse("crisis"), {"country": "GB"}).text
    assert "People you feel safe with" in text
    assert text.index("Samaritans") < text.index("People you feel safe with")
    assert 'href="tel:+447700900123"' in text and "Call Mum" in text
    assert 'href="sms:+447700900123"' in text and "Text Mum" in text
    assert 'href="mailto:mum@example.com"' in text
    assert 'href="mailto:priya%2Bme@example.com"' in text
    assert "Call Priya" not in text  # no phone stored
    for hidden in ("Boss", "Old friend", "Bob's brother"):
        assert hidden not in text


def test_the_support_page_after_step_one_offers_safe_people_too(alice, alice_client):
    make_person(alice, "Mum", safe=True, phone="+447700900123")
    alice.country = "GB"
    alice.save()
    data = {
        "need": "I don't see the point in going on",
        "category": "emotional",
        "size": "small",
        "due_date": (timezone.localdate() + timedelta(days=1)).isoformat(),
    }
    response = alice_client.post(reverse("asks:new"), data, follow=True)
    text = response.text
    assert "You don't have to face this alone" in text
    assert text.index("Samaritans") < text.index("Call Mum")


def test_signed_out_the_crisis_page_works_and_lists_no_people(client):
    response = client.get(reverse("crisis"), {"country": "FR"})
    assert response.status_code == 200
    assert "Call 3114" in response.text
    assert "People you feel safe with" not in response.text


def test_the_country_can_be_made_mine_from_the_crisis_page(alice, alice_client):
    alice.country = "GB"
    alice.save()
    page = alice_client.get(reverse("crisis"), {"country": "DE"}).text
    assert "Make Germany my country" in page
    response = alice_client.post(
        reverse("crisis_country"), {"country": "DE"}, follow=True
    )
    assert "Saved. LeanOn shows the crisis lines for Germany first." in response.text
    alice.refresh_from_db()
    assert alice.country.code == "DE"
    again = alice_client.get(reverse("crisis")).text
    assert "Call 0800 111 0 111" in again
    assert "Make Germany my country" not in again


def test_making_no_country_mine_is_refused(alice, alice_client):
    response = alice_client.post(
        reverse("crisis_country"), {"country": "ZZ"}, follow=True
    )
    assert "Choose a country first." in response.text
    alice.refresh_from_db()
    assert not alice.country


def test_signed_out_the_country_is_not_saved(client):
    page = client.get(reverse("crisis"), {"country": "DE"}).text
    assert "my country" not in page
    response = client.post(reverse("crisis_country"), {"country": "DE"})
    assert response.status_code == 302
    assert reverse("login") in response["Location"]
