"""The crisis path in a real browser: lines first, then the way on."""

import pytest
from playwright.sync_api import Page, expect

from helpapp.guidance.models import CrisisPhrase, CrisisResource
from tests.browser.test_journey import log_in
from tests.conftest import make_line, make_person, make_user


@pytest.fixture
def uk_lines(transactional_db):
    CrisisResource.objects.all().delete()
    CrisisPhrase.objects.all().delete()
    make_line("GB", "Samaritans", "116 123", hours="24 hours")
    make_line("US", "988 Lifeline", "988", description="Call or text.")
    CrisisPhrase.objects.create(phrase="want to die")


def name_the_need(page: Page, need: str) -> None:
    """Step 1, as a person in distress might fill it in."""
    page.get_by_role("link", name="Ask for help").first.click()
    page.get_by_label("What do you need help with?").fill(need)
    page.get_by_label("Emotional support").check()
    page.get_by_label("Small: under an hour").check()
    page.get_by_label("No deadline").check()
    page.get_by_role("button", name="Save and continue").click()


@pytest.mark.django_db(transaction=True)
def test_a_crisis_need_shows_the_users_lines_first(page: Page, live_server, uk_lines):
    user = make_user("gwen")
    user.country = "GB"
    user.save()
    log_in(page, live_server.url, "gwen")
    name_the_need(page, "Someone to talk to. Some nights I want to die.")

    expect(page.get_by_role("heading", level=1)).to_have_text(
        "You don't have to face this alone"
    )
    call = page.get_by_role("link", name="Call 116 123")
    expect(call).to_be_visible()
    expect(call).to_have_attribute("href", "tel:116123")
    expect(page.get_by_text("988 Lifeline")).to_have_count(0)
    page.get_by_role("link", name="Carry on with my request").click()
    expect(page.get_by_text("Step 2 of 3")).to_be_visible()


@pytest.mark.django_db(transaction=True)
def test_need_help_now_is_one_click_from_any_page(browser, live_server, uk_lines):
    context = browser.new_context(locale="en-US")  # the browser says "en-US"
    page = context.new_page()
    page.goto(live_server.url)
    page.get_by_role("link", name="Need help now?").click()
    expect(page.get_by_role("link", name="Call 988")).to_be_visible()
    page.get_by_label("Show crisis lines for").select_option(label="United Kingdom")
    page.get_by_role("button", name="Show").click()
    expect(page.get_by_role("link", name="Call 116 123")).to_be_visible()
    context.close()


@pytest.mark.django_db(transaction=True)
def test_crisis_words_at_step_one_and_at_step_three_both_show_the_lines(
    page: Page, live_server, uk_lines
):
    """Neither text holds a curated phrase: the model catches both."""
    user = make_user("hana")
    user.country = "GB"
    user.save()
    make_person(user, "Mum", relationship="parent", safe=True, phone="+447700900123")
    log_in(page, live_server.url, "hana")

    name_the_need(page, "I don't see the point in going on")
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "You don't have to face this alone"
    )
    expect(page.get_by_role("link", name="Call 116 123")).to_be_visible()
    expect(page.get_by_role("link", name="Call Mum")).to_have_attribute(
        "href", "tel:+447700900123"
    )

    # On with the request, then the person types a new message at step 3.
    page.get_by_role("link", name="Carry on with my request").click()
    page.get_by_label("Mum").check()
    page.get_by_role("button", name="Save and continue").click()
    message = page.get_by_role("textbox", name="Your message", exact=True)
    message.fill("Hi Mum, could we go for a walk on Sunday? Thank you.")
    notice = page.locator("#crisis-notice")
    expect(page.get_by_text("Saved just now.")).to_be_visible()
    expect(notice).to_be_empty()
    message.fill("Hi Mum, I have a belt around my neck and I don't know what to do.")
    expect(notice.get_by_text("It sounds like things are really hard")).to_be_visible()
    expect(notice.get_by_role("link", name="Call 116 123")).to_have_attribute(
        "href", "tel:116123"
    )
    expect(notice.get_by_role("link", name="Call 999")).to_be_visible()
    # Nothing is blocked: the draft is saved and can still be sent.
    page.get_by_role("button", name="I've sent it").click()
    expect(page.get_by_text("Marked as sent.")).to_be_visible()
    expect(page.get_by_text("It sounds like things are really hard")).to_be_visible()


@pytest.mark.django_db(transaction=True)
def test_the_crisis_page_shows_a_countrys_lines_emergency_number_and_safe_people(
    page: Page, live_server, uk_lines
):
    make_line("DE", "TelefonSeelsorge", "0800 111 0 111")
    user = make_user("jonas")
    user.country = "DE"
    user.save()
    make_person(user, "Lena", safe=True, email="lena@example.com")
    log_in(page, live_server.url, "jonas")
    page.get_by_role("link", name="Need help now?").first.click()
    expect(page.get_by_role("link", name="Call 112")).to_have_attribute(
        "href", "tel:112"
    )
    expect(page.get_by_role("link", name="Call 0800 111 0 111")).to_have_attribute(
        "href", "tel:08001110111"
    )
    expect(page.get_by_role("link", name="Email Lena")).to_have_attribute(
        "href", "mailto:lena@example.com"
    )
