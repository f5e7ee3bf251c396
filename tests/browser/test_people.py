"""My people in a real browser: someone added there is suggested in the
wizard for what they are good at; delete and undo; the page at 320 px."""

import re
from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import Page, expect

from helpapp.people.models import Person
from helpapp.vocabulary import Outcome, Status
from tests.browser.test_journey import log_in
from tests.conftest import make_ask, make_person, make_user


def add_sam(page: Page) -> None:
    page.get_by_role("link", name="My people").first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text("My people")
    page.get_by_role("link", name="Add someone").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Add someone you trust")
    page.get_by_label("Name").fill("Sam")
    page.get_by_label("Relationship").select_option(label="Friend")
    page.get_by_label("What they are good at").fill("driving")
    page.get_by_label("Text message").check()
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Sam")
    expect(page.get_by_text("Sam is in your people.")).to_be_visible()


@pytest.mark.django_db(transaction=True)
def test_someone_added_on_my_people_is_the_best_match_for_their_strength(
    page: Page, live_server
):
    user = make_user("gina")
    # Created first, and before Sam by name, but not good at driving.
    make_person(user, "Alex", relationship="friend", good_at="cooking")
    log_in(page, live_server.url, "gina")
    add_sam(page)

    page.get_by_role("link", name="Ask for help").first.click()
    page.get_by_label("What do you need help with?").fill(
        "a lift to the airport, someone good at driving"
    )
    page.get_by_label("Practical").check()
    page.get_by_label("Small: under an hour").check()
    due = timezone.localdate() + timedelta(days=4)
    page.get_by_label("Date").fill(due.isoformat())
    page.get_by_role("button", name="Save and continue").click()

    expect(page.get_by_text("Step 2 of 3")).to_be_visible()
    choices = page.get_by_role("group", name="Your people, best match first")
    first = choices.get_by_role("radio").first
    expect(first).to_have_accessible_name(re.compile(r"^Sam \(friend\) Best match"))
    expect(first).to_have_accessible_description("Good at driving")
    expect(choices.get_by_role("radio").nth(1)).to_have_accessible_name(
        re.compile(r"^Alex")
    )


def delete_and_undo(page: Page) -> None:
    page.get_by_role("link", name="My people").first.click()
    page.get_by_role("link", name="Sam").click()
    page.get_by_role("link", name="Delete Sam").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Delete Sam?")
    page.get_by_role("button", name="Yes, delete Sam").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("My people")
    expect(page.get_by_role("status")).to_contain_text("Sam was deleted.")
    expect(page.get_by_role("link", name="Sam")).to_have_count(0)
    expect(page.get_by_role("link", name="Zoe")).to_be_visible()

    page.get_by_role("button", name="Undo").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Sam")
    expect(page.get_by_text("Sam is back in your people.")).to_be_visible()
    assert Person.objects.get(name="Sam").deleted_at is None


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("javascript", [True, False])
def test_delete_asks_first_and_can_be_undone(
    page: Page, nojs_page: Page, live_server, javascript
):
    page = page if javascript else nojs_page
    user = make_user("ivan")
    make_person(user, "Sam")
    make_person(user, "Zoe")
    log_in(page, live_server.url, "ivan")
    delete_and_undo(page)


@pytest.mark.django_db(transaction=True)
def test_a_lopsided_ledger_offers_a_draft_that_fits_a_small_screen(
    page: Page, live_server
):
    user = make_user("jade")
    sam = make_person(user, "Sam Okafor", email="sam@example.com")
    for _ in range(2):
        make_ask(
            user,
            person=sam,
            status=Status.SENT,
            sent_at=timezone.now(),
            outcome=Outcome.YES,
        )
    page.set_viewport_size({"width": 320, "height": 640})
    log_in(page, live_server.url, "jade")
    page.goto(f"{live_server.url}{sam.get_absolute_url()}")

    expect(
        page.get_by_role("heading", name="Maybe offer something back")
    ).to_be_visible()
    draft = page.get_by_label("A message you could send")
    expect(draft).to_have_value(re.compile(r"^Hi Sam, "))
    expect(page.get_by_role("button", name="Copy")).to_be_visible()
    expect(page.get_by_role("link", name="Open in email")).to_have_attribute(
        "href", re.compile(r"^mailto:sam@example\.com\?subject=")
    )
    assert page.evaluate("document.documentElement.scrollWidth") <= 320

    # One click logs help back, and the suggestion goes once it evens out.
    page.get_by_role("button", name="I helped them").click()
    expect(page.get_by_text("Noted: you helped Sam Okafor.")).to_be_visible()
    expect(page.get_by_role("heading", name="Help you gave (1)")).to_be_visible()
    expect(
        page.get_by_role("heading", name="Maybe offer something back")
    ).to_have_count(0)
