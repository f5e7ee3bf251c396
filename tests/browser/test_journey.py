"""A new user goes from a need to a sent request, in a real browser."""

import re
from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import Page, expect

from helpapp.asks.models import Ask
from helpapp.vocabulary import Status
from tests.conftest import PASSWORD, make_user

NEED = "a lift to the station on Saturday morning"


def sign_up(page: Page, base: str, username: str = "carol") -> None:
    page.goto(base)
    page.get_by_role("link", name="Sign up").first.click()
    page.get_by_label("Username").fill(username)
    page.get_by_label("Email").fill(f"{username}@example.com")
    page.get_by_role("textbox", name="Password", exact=True).fill(PASSWORD)
    page.get_by_label("Password confirmation").fill(PASSWORD)
    page.get_by_role("button", name="Sign up").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Hello, {username}")


def log_in(page: Page, base: str, username: str) -> None:
    page.goto(base)
    page.get_by_role("link", name="Log in").first.click()
    page.get_by_label("Username").fill(username)
    page.get_by_role("textbox", name="Password", exact=True).fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()


def fill_need(page: Page) -> None:
    expect(page.get_by_role("heading", level=1)).to_have_text("What do you need?")
    expect(page.get_by_text("Step 1 of 3")).to_be_visible()
    page.get_by_label("What do you need help with?").fill(NEED)
    page.get_by_label("Practical").check()
    page.get_by_label("Small: under an hour").check()
    due = timezone.localdate() + timedelta(days=4)
    page.get_by_label("Date").fill(due.isoformat())
    page.get_by_label("Why does it matter to you? (optional)").fill(
        "my train leaves at nine"
    )
    page.get_by_role("button", name="Save and continue").click()


def add_person_inline(page: Page) -> None:
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Who would you like to ask?"
    )
    expect(page.get_by_text("Step 2 of 3")).to_be_visible()
    page.get_by_label("Name").fill("Sam Okafor")
    page.get_by_label("Relationship").select_option(label="Friend")
    page.get_by_label("What they are good at").fill("driving")
    page.get_by_label("Text message").check()
    page.get_by_role("button", name="Save and continue").click()


def check_draft_and_send(page: Page) -> None:
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Your message to Sam Okafor"
    )
    message = page.get_by_role("textbox", name="Your message", exact=True)
    expect(message).to_have_value(re.compile(r"^Hi Sam, "))
    expect(message).to_have_value(re.compile(NEED))
    expect(message).to_have_value(re.compile("Thank you"))
    expect(page.get_by_role("link", name="Open in email")).to_have_attribute(
        "href", re.compile(r"^mailto:\?subject=")
    )
    expect(page.get_by_role("link", name="Open in messages")).to_have_attribute(
        "href", re.compile(r"^sms:")
    )
    page.get_by_role("button", name="I've sent it").click()
    expect(page.get_by_text("Marked as sent.")).to_be_visible()


def find_in_my_requests(page: Page) -> None:
    page.get_by_role("link", name="My requests").first.click()
    entry = page.get_by_role("listitem").filter(has=page.get_by_role("link", name=NEED))
    expect(entry).to_contain_text("Sent")
    expect(entry).to_contain_text("to Sam Okafor")


@pytest.mark.django_db(transaction=True)
def test_new_user_asks_for_help_with_javascript(page: Page, live_server):
    sign_up(page, live_server.url)
    page.get_by_role("link", name="Ask for help").first.click()
    page.evaluate("window.stillTheSamePage = true")
    fill_need(page)
    expect(page.get_by_text("Step 2 of 3")).to_be_visible()
    ask = Ask.objects.get()
    expect(page).to_have_url(f"{live_server.url}/asks/{ask.pk}/person/")
    add_person_inline(page)
    expect(page).to_have_url(f"{live_server.url}/asks/{ask.pk}/message/")
    # htmx swapped the steps in place: still the same page, right title.
    assert page.evaluate("window.stillTheSamePage") is True
    expect(page).to_have_title("Your message – LeanOn")
    # A reload shows the same step, and the character counter is there.
    page.reload()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Your message to Sam Okafor"
    )
    check_draft_and_send(page)
    find_in_my_requests(page)
    ask.refresh_from_db()
    assert ask.status == Status.SENT


@pytest.mark.django_db(transaction=True)
def test_new_user_asks_for_help_without_javascript(nojs_page: Page, live_server):
    page = nojs_page
    sign_up(page, live_server.url, "dana")
    page.get_by_role("link", name="Ask for help").first.click()
    fill_need(page)
    expect(page.get_by_text("Step 2 of 3")).to_be_visible()
    ask = Ask.objects.get()
    expect(page).to_have_url(f"{live_server.url}/asks/{ask.pk}/person/")
    add_person_inline(page)
    expect(page).to_have_url(f"{live_server.url}/asks/{ask.pk}/message/")
    check_draft_and_send(page)
    find_in_my_requests(page)


@pytest.mark.django_db(transaction=True)
def test_errors_are_summarised_and_focused_and_nothing_is_lost(page: Page, live_server):
    make_user("erin")
    log_in(page, live_server.url, "erin")
    page.get_by_role("link", name="Ask for help").first.click()
    page.get_by_label("What do you need help with?").fill("x" * 501)
    page.get_by_role("button", name="Save and continue").click()
    summary = page.get_by_role("alert")
    expect(summary).to_contain_text("Keep it to 500 characters or fewer (it has 501).")
    expect(summary).to_be_focused()
    expect(page).to_have_title("Error: What do you need? – LeanOn")
    expect(page.get_by_label("What do you need help with?")).to_have_value("x" * 501)
    expect(page.get_by_text("1 characters too many")).to_be_visible()
    summary.get_by_role("link", name="Choose what kind of help it is.").click()
    expect(page.get_by_label("Practical")).to_be_focused()
    assert not Ask.objects.exists()


@pytest.mark.django_db(transaction=True)
def test_resume_after_logging_out_mid_wizard(page: Page, live_server):
    make_user("frank")
    log_in(page, live_server.url, "frank")
    page.get_by_role("link", name="Ask for help").first.click()
    fill_need(page)
    expect(page.get_by_text("Step 2 of 3")).to_be_visible()
    page.get_by_role("button", name="Log out").click()
    expect(page.get_by_role("link", name="Log in").first).to_be_visible()

    log_in(page, live_server.url, "frank")
    page.get_by_role("link", name=NEED).click()
    expect(page.get_by_text("Step 2 of 3")).to_be_visible()
    page.get_by_role("link", name="Back").click()
    expect(page.get_by_text("Step 1 of 3")).to_be_visible()
    expect(page.get_by_label("What do you need help with?")).to_have_value(NEED)
    expect(page.get_by_label("Why does it matter to you? (optional)")).to_have_value(
        "my train leaves at nine"
    )
    expect(page.get_by_label("Practical")).to_be_checked()
