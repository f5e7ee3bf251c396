"""Step 3: the live checklist, autosave, and switching channel, tone or
wording without losing the user's words."""

import re

import pytest
from django.urls import reverse

from helpapp.asks.models import Ask
from helpapp.guidance.models import LexiconEntry
from tests.conftest import make_ask, make_person

pytestmark = pytest.mark.django_db

GOOD = (
    "Hi Sam, could you give me a lift to the station on Saturday at 9am? "
    "It would take about half an hour, because my train leaves at ten. "
    "If it doesn't suit, that's completely fine. I'd be glad to help you "
    "with something in return. Thank you!"
)
POOR = "Sorry to bother you, I know I'm a burden. Never mind"


def ready_ask(owner, **fields) -> Ask:
    return make_ask(owner, person=make_person(owner, "Sam Okafor"), **fields)


def check(client, ask, message, **data):
    return client.post(
        reverse("asks:check", args=[ask.pk]),
        {"subject": "", "message": message, **data},
        headers={"HX-Request": "true"},
    )


def test_the_checklist_is_beside_the_draft_in_friendly_words(alice, alice_client):
    ask = ready_ask(alice)
    response = alice_client.get(reverse("asks:message", args=[ask.pk]))
    text = response.text
    assert "How your message reads" in text
    assert "things that help are there." in text
    assert "Why this helps" in text  # each item links to its tip
    summary = response.context["checklist"]
    # A friendly count, never a score or a grade that shames.
    assert re.search(
        r'<p class="checklist-summary">\d of 6 things that help are there.</p>',
        text,
    )
    assert "%" not in text.split('id="checklist"')[1].split("Why this helps")[0]
    assert summary.helps_present <= 6


def test_live_check_saves_the_draft_and_returns_the_checklist(alice, alice_client):
    ask = ready_ask(alice)
    response = check(alice_client, ask, GOOD)
    assert response.status_code == 200
    assert response.text.count('id="checklist"') == 1
    assert "<html" not in response.text
    assert "6 of 6 things that help are there." in response.text
    assert (
        'id="save-status" class="small text-body-secondary" role="status" '
        'hx-swap-oob="innerHTML">Saved just now.</p>' in response.text
    )
    assert (
        "6 of 6 things that help are there.</p>"
        in response.text.split('id="checklist-announce"')[1]
    )
    assert "Saved just now." in response.text
    ask.refresh_from_db()
    assert ask.message == GOOD
    assert ask.message_edited


def test_live_check_highlights_the_words_that_triggered_an_item(alice, alice_client):
    ask = ready_ask(alice)
    response = check(alice_client, ask, POOR)
    text = response.text
    assert '<mark class="mark-watch"' in text
    assert re.search(r">Sorry to bother( you)?</mark>", text)
    assert ">Never mind</mark>" in text
    assert "0 of 6 things that help are there." in text


def test_live_check_escapes_what_the_user_typed(alice, alice_client):
    ask = ready_ask(alice)
    response = check(alice_client, ask, "<script>alert(1)</script> Thank you!")
    assert "<script>alert" not in response.text
    assert "&lt;script&gt;" in response.text


def test_an_empty_message_is_not_saved_over_the_draft(alice, alice_client):
    ask = ready_ask(alice, message="Kept words", message_edited=True)
    response = check(alice_client, ask, "")
    assert "Not saved. Write your message, or use the draft." in response.text
    ask.refresh_from_db()
    assert ask.message == "Kept words"


def test_without_javascript_save_and_check_shows_the_checklist(alice, alice_client):
    ask = ready_ask(alice)
    response = alice_client.post(
        reverse("asks:message", args=[ask.pk]),
        {"subject": "", "message": POOR},
        follow=True,
    )
    assert "Draft saved." in response.text
    assert '<mark class="mark-watch"' in response.text


def test_admin_words_extend_the_checker(alice, alice_client):
    ask = ready_ask(alice)
    before = check(alice_client, ask, "Could you help me move on Saturday? Ta muchly!")
    assert "5 of 6" not in before.text
    LexiconEntry.objects.create(code="gratitude", phrase="ta muchly")
    after = check(alice_client, ask, "Could you help me move on Saturday? Ta muchly!")
    assert (
        '<mark class="mark-help" title="Says thank you">Ta muchly</mark>'
        in (after.text)
        or "Ta muchly" in after.text.split("Found:")[1]
    )


def test_live_check_is_post_only_and_private(alice, bob_client, alice_client):
    ask = ready_ask(alice)
    assert alice_client.get(reverse("asks:check", args=[ask.pk])).status_code == 405
    assert check(bob_client, ask, "hi").status_code == 404


def test_switching_channel_recomposes_an_unedited_draft(alice, alice_client):
    ask = ready_ask(alice)
    shown = alice_client.get(reverse("asks:message", args=[ask.pk]))
    draft = shown.context["form"]["message"].value()
    response = alice_client.post(
        reverse("asks:recompose", args=[ask.pk]),
        {"channel": "email", "tone": "formal", "action": "switch", "message": draft},
        follow=True,
    )
    ask.refresh_from_db()
    assert (ask.channel, ask.tone) == ("email", "formal")
    assert "Here is a new draft." in response.text
    assert response.context["form"]["subject"].value()  # an email has a subject


def test_switching_asks_before_replacing_the_users_words(alice, alice_client):
    ask = ready_ask(alice)
    url = reverse("asks:recompose", args=[ask.pk])
    data = {
        "channel": "email",
        "tone": "casual",
        "action": "switch",
        "message": "My very own words.",
    }
    response = alice_client.post(url, data)
    assert response.status_code == 200
    assert "Replace the words you changed?" in response.text
    assert "My very own words." in response.text
    ask.refresh_from_db()
    assert ask.message == "My very own words."  # saved before asking
    assert ask.channel == "text"

    alice_client.post(url, {**data, "confirm": "keep"})
    ask.refresh_from_db()
    assert (ask.channel, ask.message) == ("email", "My very own words.")

    alice_client.post(url, {**data, "confirm": "replace"})
    ask.refresh_from_db()
    assert ask.message == ""
    assert not ask.message_edited


def test_try_another_wording_changes_the_draft(alice, alice_client):
    ask = ready_ask(alice)
    url = reverse("asks:message", args=[ask.pk])
    first = alice_client.get(url).context["form"]["message"].value()
    alice_client.post(
        reverse("asks:recompose", args=[ask.pk]),
        {"channel": "text", "tone": "casual", "action": "another", "message": first},
    )
    ask.refresh_from_db()
    assert ask.variant == 1
    second = alice_client.get(url).context["form"]["message"].value()
    assert second != first


def test_a_bad_channel_is_refused(alice, alice_client):
    ask = ready_ask(alice)
    response = alice_client.post(
        reverse("asks:recompose", args=[ask.pk]),
        {"channel": "pigeon", "tone": "casual", "action": "switch", "message": "x"},
    )
    assert response.status_code == 200
    assert "Select a valid choice." in response.text
    ask.refresh_from_db()
    assert ask.channel == "text"


def test_recompose_on_a_sent_request_changes_nothing(alice, alice_client):
    ask = ready_ask(alice, message="Sent", message_edited=True)
    ask.send()
    alice_client.post(
        reverse("asks:recompose", args=[ask.pk]),
        {"channel": "email", "tone": "casual", "action": "switch", "message": "x"},
    )
    ask.refresh_from_db()
    assert (ask.channel, ask.message) == ("text", "Sent")
