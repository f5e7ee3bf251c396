"""The live checklist in a real browser: it changes as the user types."""

import re

import pytest
from playwright.sync_api import Page, expect

from helpapp.asks.models import Ask
from tests.browser.test_journey import log_in
from tests.conftest import make_ask, make_person, make_user


@pytest.fixture
def draft(transactional_db) -> Ask:
    user = make_user("hana")
    return make_ask(user, person=make_person(user, "Sam Okafor"))


@pytest.mark.django_db(transaction=True)
def test_the_checklist_follows_the_typing(page: Page, live_server, draft):
    log_in(page, live_server.url, "hana")
    page.goto(f"{live_server.url}/asks/{draft.pk}/message/")
    checklist = page.get_by_role("region", name="How your message reads")
    message = page.get_by_role("textbox", name="Your message", exact=True)

    message.fill("Sorry to bother you, I know I'm a burden. Never mind.")
    expect(checklist).to_contain_text("0 of 6 things that help are there.")
    watch = checklist.locator("mark.mark-watch")
    expect(watch.filter(has_text="Sorry to bother").first).to_be_visible()
    expect(watch.filter(has_text="Never mind").first).to_be_visible()
    expect(page.get_by_text("Saved just now.")).to_be_visible()

    message.fill(
        "Hi Sam, could you give me a lift to the station on Saturday at 9am? "
        "It would take half an hour, because my train leaves at ten. If it "
        "doesn't suit, that's completely fine. I'd be glad to help you with "
        "something in return. Thank you!"
    )
    expect(checklist).to_contain_text("6 of 6 things that help are there.")
    expect(checklist.locator("mark.mark-watch")).to_have_count(0)
    expect(
        checklist.locator("mark.mark-help").filter(has_text="Thank you").first
    ).to_be_visible()

    # The edits were saved as they went: a reload loses nothing.
    page.reload()
    expect(page.get_by_role("textbox", name="Your message", exact=True)).to_have_value(
        re.compile("^Hi Sam, could")
    )


@pytest.mark.django_db(transaction=True)
def test_without_javascript_save_and_check_updates_the_checklist(
    nojs_page: Page, live_server, draft
):
    page = nojs_page
    log_in(page, live_server.url, "hana")
    page.goto(f"{live_server.url}/asks/{draft.pk}/message/")
    page.get_by_role("textbox", name="Your message", exact=True).fill(
        "Sorry to bother you. Never mind."
    )
    page.get_by_role("button", name="Save and check").click()
    checklist = page.get_by_role("region", name="How your message reads")
    expect(checklist.locator("mark.mark-watch").first).to_be_visible()
    expect(page.get_by_text("Draft saved.")).to_be_visible()


@pytest.mark.django_db(transaction=True)
def test_switching_channel_asks_before_replacing_my_words(
    page: Page, live_server, draft
):
    log_in(page, live_server.url, "hana")
    page.goto(f"{live_server.url}/asks/{draft.pk}/message/")
    page.get_by_role("textbox", name="Your message", exact=True).fill(
        "My own careful words, thank you."
    )
    page.get_by_label("Email").check()
    page.get_by_role("button", name="Update the draft").click()
    expect(page.get_by_text("Replace the words you changed?")).to_be_visible()
    page.get_by_role("button", name="Keep my words").click()
    expect(page.get_by_role("textbox", name="Your message", exact=True)).to_have_value(
        "My own careful words, thank you."
    )
    expect(page.get_by_label("Email subject")).to_be_visible()
