"""The whole wizard with the keyboard alone, with JavaScript (htmx swaps the
steps in place) and without (a page load for each step).

These tests only press keys and type: no clicks, no fill(), no check().
They also check where focus goes: the skip link is the first Tab stop on
every page, a step swapped in by htmx starts at its h1, a page with errors
starts at the error summary (and its links go to the fields), a question
that needs an answer first takes focus, and each question is one Tab from
the last.
"""

import re

import pytest
from playwright.sync_api import Locator, Page, expect

from helpapp.asks.models import Ask
from helpapp.vocabulary import Status
from tests.browser.test_accessibility import log_in_as
from tests.conftest import make_ask, make_person, make_user

NEED = "a lift to the station on Saturday morning"

with_and_without_javascript = pytest.mark.parametrize(
    "javascript", [True, False], ids=["javascript", "no-javascript"]
)


def browser_page(request, javascript: bool) -> Page:
    return request.getfixturevalue("page" if javascript else "nojs_page")


def is_focused(locator: Locator) -> bool:
    return locator.evaluate("el => el === document.activeElement")


def focused_element(page: Page) -> str:
    return page.evaluate("document.activeElement.outerHTML.slice(0, 120)")


def tab_to(page: Page, target: Locator, most: int = 80, key: str = "Tab") -> int:
    """Press Tab until the target has focus; how many presses it took."""
    for presses in range(1, most + 1):
        page.keyboard.press(key)
        if is_focused(target):
            return presses
    raise AssertionError(
        f"{most} presses of {key} did not reach {target}; "
        f"focus is on {focused_element(page)}"
    )


def settled(page: Page) -> None:
    """htmx has finished swapping and settling (with JavaScript): the focus it
    moves after a swap has moved, and keys pressed now land where they will
    stay."""
    expect(page.locator(".htmx-swapping, .htmx-settling")).to_have_count(0)


def expect_page_starts_at_the_top(page: Page) -> None:
    """After a page load nothing inside the page has focus, and the first
    Tab stop is the skip link."""
    expect(page.locator("body")).to_be_focused()
    page.keyboard.press("Tab")
    expect(page.get_by_role("link", name="Skip to main content")).to_be_focused()


def expect_step(page: Page, javascript: bool, heading: str, number: int) -> None:
    """A step swapped in by htmx starts at its heading; a step loaded as a
    page starts at the top, and the skip link jumps to the main content."""
    h1 = page.get_by_role("heading", level=1)
    expect(h1).to_have_text(heading)
    expect(page.get_by_text(f"Step {number} of 3")).to_be_visible()
    if javascript and number > 1:
        expect(h1).to_be_focused()
    else:
        expect_page_starts_at_the_top(page)
        page.keyboard.press("Enter")
        expect(page.get_by_role("main")).to_be_focused()


def answer_step_1(page: Page) -> None:
    need = page.get_by_label("What do you need help with?")
    tab_to(page, need, most=10)
    page.keyboard.type(NEED)
    expect(need).to_have_value(NEED)

    # Each question is the next Tab stop; Space picks a radio or ticks a box.
    page.keyboard.press("Tab")
    practical = page.get_by_label("Practical")
    expect(practical).to_be_focused()
    page.keyboard.press("Space")
    expect(practical).to_be_checked()

    page.keyboard.press("Tab")
    expect(page.get_by_label("Small: under an hour")).to_be_focused()
    # Arrow keys move within a radio group, choosing as they go.
    page.keyboard.press("ArrowDown")
    expect(page.get_by_label("Medium: an hour or two")).to_be_checked()
    page.keyboard.press("ArrowUp")
    expect(page.get_by_label("Small: under an hour")).to_be_checked()
    expect(page.get_by_label("Small: under an hour")).to_be_focused()

    page.keyboard.press("Tab")
    expect(page.get_by_label("Date")).to_be_focused()
    # Chromium's date field has a Tab stop for the day, the month, the year
    # and its calendar button; "No deadline" comes straight after.
    no_deadline = page.get_by_label("No deadline")
    assert tab_to(page, no_deadline, most=5) <= 4
    page.keyboard.press("Space")
    expect(no_deadline).to_be_checked()

    page.keyboard.press("Tab")
    why = page.get_by_label("Why does it matter to you? (optional)")
    expect(why).to_be_focused()
    page.keyboard.type("my train leaves at nine")

    page.keyboard.press("Tab")
    expect(page.get_by_role("button", name="Save and continue")).to_be_focused()
    page.keyboard.press("Enter")


def add_someone_new(page: Page) -> None:
    people = page.get_by_role("group", name="Your people, best match first")
    alex = people.get_by_role("radio", name="Alex Moore (neighbour)")
    tab_to(page, alex, most=10)
    # Down from the last of your people is "Someone new", which shows the
    # fields for them (with JavaScript; without, they are always there).
    page.keyboard.press("ArrowDown")
    someone_new = people.get_by_role("radio", name="Someone new")
    expect(someone_new).to_be_checked()
    expect(someone_new).to_be_focused()

    page.keyboard.press("Tab")
    name = page.get_by_label("Name")
    expect(name).to_be_focused()
    page.keyboard.type("Sam Okafor")

    page.keyboard.press("Tab")
    relationship = page.get_by_label("Relationship")
    expect(relationship).to_be_focused()
    page.keyboard.type("Friend")  # a closed list picks the option typed
    expect(relationship).to_have_value("friend")

    page.keyboard.press("Tab")
    expect(page.get_by_label("What they are good at")).to_be_focused()
    page.keyboard.type("driving")

    page.keyboard.press("Tab")
    text = page.get_by_label("Text message")
    expect(text).to_be_focused()
    page.keyboard.press("Space")
    expect(text).to_be_checked()

    page.keyboard.press("Tab")
    save = page.get_by_role("button", name="Save and continue")
    expect(save).to_be_focused()
    page.keyboard.press("Space")


def send_it(page: Page) -> None:
    message = page.get_by_role("textbox", name="Your message", exact=True)
    expect(message).to_contain_text("Hi Sam")
    sent = page.get_by_role("button", name="I've sent it")
    tab_to(page, sent)
    page.keyboard.press("Enter")


@pytest.mark.django_db(transaction=True)
@with_and_without_javascript
def test_the_whole_wizard_by_keyboard(request, live_server, javascript: bool):
    page = browser_page(request, javascript)
    user = make_user("kim")
    make_person(user, "Alex Moore", relationship="neighbour", good_at="cooking")
    log_in_as(page, live_server.url, user)
    page.goto(live_server.url)
    expect(page.get_by_role("heading", level=1)).to_have_text("Hello, Kim")

    # From the home page: the skip link, the logo, then "Ask for help".
    expect_page_starts_at_the_top(page)
    page.keyboard.press("Tab")
    expect(page.get_by_role("link", name="LeanOn", exact=True)).to_be_focused()
    page.keyboard.press("Tab")
    expect(page.get_by_role("link", name="Ask for help").first).to_be_focused()
    page.keyboard.press("Enter")

    expect_step(page, javascript, "What do you need?", 1)
    # With JavaScript the next steps swap in without a page load.
    page.evaluate("window.stillTheSamePage = true")
    answer_step_1(page)

    expect_step(page, javascript, "Who would you like to ask?", 2)
    ask = Ask.objects.get(owner=user)
    expect(page).to_have_url(re.compile(rf"/asks/{ask.pk}/person/(#main)?$"))
    add_someone_new(page)

    expect_step(page, javascript, "Your message to Sam Okafor", 3)
    assert page.evaluate("window.stillTheSamePage === true") is javascript
    send_it(page)

    expect(page.get_by_role("heading", level=1)).to_have_text(NEED)
    expect(page).to_have_url(f"{live_server.url}/asks/{ask.pk}/")
    expect(page.get_by_role("status")).to_contain_text("Marked as sent.")
    expect_page_starts_at_the_top(page)
    ask.refresh_from_db()
    assert ask.status == Status.SENT
    assert ask.person.name == "Sam Okafor"
    assert ask.due_date is None
    assert ask.why == "my train leaves at nine"


@pytest.mark.django_db(transaction=True)
@with_and_without_javascript
def test_error_summary_links_take_focus_to_their_fields(
    request, live_server, javascript: bool
):
    page = browser_page(request, javascript)
    log_in_as(page, live_server.url, make_user("lou"))
    page.goto(f"{live_server.url}/asks/new/")
    tab_to(page, page.get_by_role("button", name="Save and continue"))
    page.keyboard.press("Enter")

    summary = page.get_by_role("alert")
    expect(summary).to_contain_text("There is a problem")
    expect(summary).to_be_focused()
    expect(page).to_have_title("Error: What do you need? – LeanOn")

    # The summary's first link is the next Tab stop; Enter goes to the field.
    page.keyboard.press("Tab")
    first = summary.get_by_role("link", name="Say what you need help with.")
    expect(first).to_be_focused()
    page.keyboard.press("Enter")
    need = page.get_by_label("What do you need help with?")
    expect(need).to_be_focused()
    page.keyboard.type("a hand with my shopping")

    # Back up to the summary; a link to a radio group goes to its first radio.
    category = summary.get_by_role("link", name="Choose what kind of help it is.")
    tab_to(page, category, most=30, key="Shift+Tab")
    page.keyboard.press("Enter")
    expect(page.get_by_label("Practical")).to_be_focused()
    page.keyboard.press("Space")
    expect(page.get_by_label("Practical")).to_be_checked()
    expect(need).to_have_value("a hand with my shopping")


@pytest.mark.django_db(transaction=True)
@with_and_without_javascript
def test_the_question_before_replacing_your_words_takes_focus(
    request, live_server, javascript: bool
):
    page = browser_page(request, javascript)
    user = make_user("max")
    sam = make_person(user, "Sam Okafor")
    ask = make_ask(user, NEED, person=sam)
    log_in_as(page, live_server.url, user)
    page.goto(f"{live_server.url}/asks/{ask.pk}/message/")

    message = page.get_by_role("textbox", name="Your message", exact=True)
    tab_to(page, message)
    page.keyboard.press("Control+End")
    page.keyboard.type(" See you soon.")
    tab_to(page, page.get_by_role("button", name="Update the draft"), key="Shift+Tab")
    page.keyboard.press("Enter")

    question = page.get_by_role("alertdialog", name="Replace the words you changed?")
    expect(question).to_be_focused()
    settled(page)
    page.keyboard.press("Tab")
    expect(page.get_by_role("button", name="Replace with a new draft")).to_be_focused()
    page.keyboard.press("Tab")
    expect(page.get_by_role("button", name="Keep my words")).to_be_focused()
    page.keyboard.press("Enter")

    expect(page.get_by_text("Kept your words.")).to_be_visible()
    expect(message).to_have_value(re.compile(r"See you soon\.$"))


@pytest.mark.django_db(transaction=True)
def test_the_live_checks_answer_leaves_focus_where_it_is(page: Page, live_server):
    """The checklist and save status update while the user is elsewhere in
    the form: focus stays on what they were using."""
    user = make_user("max")
    ask = make_ask(user, NEED, person=make_person(user, "Sam Okafor"))
    log_in_as(page, live_server.url, user)
    page.goto(f"{live_server.url}/asks/{ask.pk}/message/")
    message = page.get_by_role("textbox", name="Your message", exact=True)
    message.fill("Hi Sam, could you give me a lift on Saturday? Thanks!")
    page.get_by_role("button", name="Update the draft").click()
    expect(page.get_by_role("alertdialog")).to_be_focused()
    settled(page)
    keep = page.get_by_role("button", name="Keep my words")
    keep.focus()
    # The answer to a check the user's typing started just before they
    # pressed "Update the draft".
    page.evaluate(
        """(url) => htmx.ajax("POST", url, {
            source: "#id_message", target: "#checklist", swap: "outerHTML"})""",
        f"/asks/{ask.pk}/check/",
    )
    expect(page.get_by_text("Saved just now.")).to_be_visible()
    expect(keep).to_be_focused()


@pytest.mark.django_db(transaction=True)
def test_a_key_pressed_as_soon_as_the_summary_has_focus_is_not_undone(
    page: Page, live_server
):
    """Focus lands once after a step is swapped in: a Tab pressed the moment
    the error summary takes focus is not taken back by a later focus move.
    The script stands in for that quick Tab: on the summary's first focus it
    moves focus to the summary's first link in the next task, as a key
    press would."""
    log_in_as(page, live_server.url, make_user("ola"))
    page.goto(f"{live_server.url}/asks/new/")
    page.evaluate(
        """() => document.addEventListener("focusin", function quickTab(event) {
            if (!event.target.matches(".error-summary")) return;
            document.removeEventListener("focusin", quickTab);
            setTimeout(() => event.target.querySelector("a").focus(), 0);
        })"""
    )
    page.get_by_role("button", name="Save and continue").press("Enter")

    summary = page.get_by_role("alert")
    expect(summary).to_contain_text("There is a problem")
    settled(page)
    page.wait_for_timeout(200)
    link = summary.get_by_role("link", name="Say what you need help with.")
    expect(link).to_be_focused()
