"""After sending, in a real browser: record what happened and see guesses
beside the real yes-rate; save a draft as a template and start from it."""

import re
from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import Page, expect

from helpapp.asks.models import Ask, SavedTemplate
from helpapp.vocabulary import Outcome
from tests.browser.test_journey import log_in
from tests.conftest import make_ask, make_person, make_user


def sent(owner, person, need, guess, outcome=""):
    ask = make_ask(owner, need, person=person, guess=guess, outcome=outcome)
    ask.send()
    ask.sent_at = timezone.now() - timedelta(days=4)
    ask.save()
    return ask


@pytest.mark.django_db(transaction=True)
def test_record_outcomes_and_see_guesses_beside_what_happened(page: Page, live_server):
    user = make_user("ivan")
    sam = make_person(user, "Sam Okafor")
    sent(user, sam, "help with a flat-pack wardrobe", 20, Outcome.YES)
    sent(user, sam, "a lift to the dentist", 30, Outcome.NO)
    waiting = sent(user, sam, "feedback on my cover letter", 40)
    log_in(page, live_server.url, "ivan")

    page.get_by_role("link", name="My requests").first.click()
    expect(page.get_by_role("heading", name="Waiting on a reply")).to_be_visible()
    expect(page.get_by_text("Your guesses and what happened")).to_have_count(0)
    page.get_by_role("link", name="feedback on my cover letter").first.click()

    page.get_by_label("Yes", exact=True).check()
    page.get_by_label("When?").fill(timezone.localdate().isoformat())
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Say thanks to Sam Okafor"
    )
    expect(page.get_by_role("textbox", name="Your thank-you")).to_have_value(
        re.compile("Sam")
    )
    page.get_by_role("button", name="I've thanked them").click()
    expect(page.get_by_text("Marked as thanked.")).to_be_visible()

    page.get_by_role("link", name="My requests").first.click()
    stats = page.get_by_role("region", name="Your guesses and what happened")
    expect(stats).to_contain_text("67% of your 3 answered requests got a yes")
    expect(stats).to_contain_text("On average you guessed 30%.")
    expect(stats).to_contain_text("Flynn & Lake, 2008")
    waiting.refresh_from_db()
    assert waiting.outcome == Outcome.YES
    assert waiting.thanked_at is not None


@pytest.mark.django_db(transaction=True)
def test_save_a_draft_as_a_template_and_start_from_it(page: Page, live_server):
    user = make_user("jade")
    sam = make_person(user, "Sam Okafor", good_at="maths")
    make_person(user, "Nadia Haddad", good_at="maths")
    ask = make_ask(user, "help with my maths homework", person=sam)
    log_in(page, live_server.url, "jade")
    page.goto(f"{live_server.url}/asks/{ask.pk}/message/")
    message = page.get_by_role("textbox", name="Your message", exact=True)
    message.fill(
        "Hi Sam, could you look at my maths homework with me this week? "
        "You're great at maths. Thank you!"
    )
    page.get_by_role("button", name="Save as template").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Edit template")
    expect(page.get_by_label("Message")).to_have_value(
        "Hi {person}, could you look at my {strength} homework with me this week? "
        "You're great at {strength}. Thank you!"
    )
    page.get_by_label("Title").fill("Homework help")
    page.get_by_role("button", name="Save template").click()

    page.get_by_role("link", name="Use Homework help").click()
    expect(
        page.get_by_text("Starting from the template “Homework help”")
    ).to_be_visible()
    expect(page.get_by_label("What do you need help with?")).to_have_value(
        "help with my maths homework"
    )
    page.get_by_label("No deadline").check()
    page.get_by_role("button", name="Save and continue").click()
    page.get_by_label(re.compile("^Nadia Haddad")).check()
    page.get_by_role("button", name="Save and continue").click()
    expect(page.get_by_role("textbox", name="Your message", exact=True)).to_have_value(
        "Hi Nadia, could you look at my maths homework with me this week? "
        "You're great at maths. Thank you!"
    )
    assert SavedTemplate.objects.get().usage_count == 1
    assert Ask.objects.count() == 2
