"""The crisis path in a real browser: lines first, then the way on."""

import pytest
from playwright.sync_api import Page, expect

from helpapp.guidance.models import CrisisPhrase, CrisisResource
from tests.browser.test_journey import log_in
from tests.conftest import make_line, make_user


@pytest.fixture
def uk_lines(transactional_db):
    CrisisResource.objects.all().delete()
    CrisisPhrase.objects.all().delete()
    make_line("GB", "Samaritans", "116 123", hours="24 hours")
    make_line("US", "988 Lifeline", "988", description="Call or text.")
    CrisisPhrase.objects.create(phrase="want to die")


@pytest.mark.django_db(transaction=True)
def test_a_crisis_need_shows_the_users_lines_first(page: Page, live_server, uk_lines):
    user = make_user("gwen")
    user.country = "GB"
    user.save()
    log_in(page, live_server.url, "gwen")
    page.get_by_role("link", name="Ask for help").first.click()
    page.get_by_label("What do you need help with?").fill(
        "Someone to talk to. Some nights I want to die."
    )
    page.get_by_label("Emotional support").check()
    page.get_by_label("Small: under an hour").check()
    page.get_by_label("No deadline").check()
    page.get_by_role("button", name="Save and continue").click()

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
