"""axe-core finds nothing wrong on any page: logged out and in, on a desktop
and a phone, light and dark; and nothing scrolls sideways at 320 px.

axe runs its default rules: WCAG 2.0, 2.1 and 2.2 A and AA, and its best
practices (one main landmark, content inside landmarks, an h1, headings in
order). Each page is a test of its own, so a failure names the page and the
width and prints axe's report. The user has realistic data: people (one with an
email and a phone), a draft waiting at each step of the wizard, sent
requests with and without an answer, a withdrawn one, a saved template and
help they gave.
"""

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from types import SimpleNamespace

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.apps import apps
from django.conf import settings
from django.contrib.auth.tokens import default_token_generator
from django.test import Client
from django.utils import timezone
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from playwright.sync_api import Page, expect

from helpapp.asks.models import SavedTemplate
from helpapp.guidance.models import Tip
from helpapp.people.models import HelpGiven
from helpapp.vocabulary import Category, Channel, Outcome, Relationship, Size
from tests.conftest import make_ask, make_person, make_user

DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 375, "height": 740}
NARROWEST = 320

AXE = Axe()


# --- The data: one user with a bit of everything ---------------------------


def load_guidance() -> None:
    """Tips, starter templates and crisis lines as a fresh install has them.
    The data migrations load them, but a transactional test empties every
    table when it ends, so later tests load them again."""
    if Tip.objects.exists():
        return
    initial = importlib.import_module(
        "helpapp.guidance.migrations.0003_initial_content"
    )
    checker = importlib.import_module(
        "helpapp.guidance.migrations.0005_checker_tips_and_words"
    )
    initial.load(apps, None)
    for code, title in checker.TIP_FOR_CHECK.items():
        Tip.objects.filter(title=title, check_code="").update(check_code=code)
    for tip in checker.NEW_TIPS:
        Tip.objects.create(place="message", barrier="none", **tip)


def sent(ask, days_ago: int, outcome: str = "", thanked: bool = False):
    ask.send()
    ask.sent_at = timezone.now() - timedelta(days=days_ago)
    if outcome:
        ask.outcome = outcome
        ask.outcome_on = timezone.localdate() - timedelta(days=max(days_ago - 1, 0))
    if thanked:
        ask.thanked_at = timezone.now()
    ask.save()
    return ask


def seed() -> SimpleNamespace:
    load_guidance()
    user = make_user("alice")
    user.country = "GB"
    user.save()
    sam = make_person(
        user,
        "Sam Okafor",
        good_at="driving, fixing bikes",
        email="sam@example.com",
        phone="+447400123456",
        notes="Lives two streets away.\nFree most weekends.",
        safe=True,
    )
    priya = make_person(
        user,
        "Priya Shah",
        relationship=Relationship.COLLEAGUE,
        good_at="spreadsheets, presentations",
        preferred_channel=Channel.EMAIL,
        email="priya@example.com",
    )
    rosa = make_person(
        user,
        "Aunt Rosa",
        relationship=Relationship.FAMILY,
        good_at="cooking, listening",
        preferred_channel=Channel.CALL,
    )
    today = timezone.localdate()

    # Drafts: one at step 2, a big one (the "start small" offer), and two at
    # step 3, by text and by email (the email one has a subject field).
    at_person = make_ask(user, "help moving a sofa up two flights of stairs")
    big = make_ask(
        user,
        "help clearing and repainting my whole flat before I move out",
        category=Category.PRACTICAL,
        size=Size.BIG,
        why="I want my deposit back",
    )
    at_message = make_ask(
        user,
        "a lift to the station on Saturday morning",
        why="my train leaves at nine",
        person=sam,
        channel=Channel.TEXT,
    )
    by_email = make_ask(
        user,
        "a second pair of eyes on my budget spreadsheet",
        category=Category.MONEY,
        due_date=None,
        person=priya,
        channel=Channel.EMAIL,
        guess=40,
    )

    # Sent: Sam said yes three times (so the person page offers help back),
    # Priya has not answered yet, and one was withdrawn.
    said_yes = sent(
        make_ask(user, "someone to water my plants", person=sam, guess=30),
        days_ago=20,
        outcome=Outcome.YES,
    )
    sent(
        make_ask(user, "a hand carrying shopping", person=sam, guess=50),
        days_ago=15,
        outcome=Outcome.PARTLY,
        thanked=True,
    )
    sent(
        make_ask(
            user,
            "a lift to the hospital",
            person=sam,
            message="Hi Sam, could you give me a lift to the hospital on "
            "Tuesday at 10? No worries if not. Thank you!",
            message_edited=True,
        ),
        days_ago=10,
        outcome=Outcome.YES,
    )
    waiting = sent(
        make_ask(
            user,
            "feedback on my presentation slides",
            category=Category.WORK_STUDY,
            person=priya,
            channel=Channel.EMAIL,
            subject="A quick look at my slides?",
            message="Hi Priya,\n\nCould you look over my slides by Friday?\n\n"
            "Thank you,\nAlice",
        ),
        days_ago=3,
    )
    withdrawn = sent(
        make_ask(user, "someone to talk to tonight", category=Category.EMOTIONAL),
        days_ago=2,
    )
    withdrawn.withdraw()
    part = make_ask(user, "a hand choosing paint colours", parent=big, size=Size.SMALL)
    # Older requests, enough for a second page of My requests.
    for number in range(12):
        sent(
            make_ask(user, f"an older request, number {number + 1}", person=rosa),
            days_ago=30 + number,
            outcome=Outcome.NO if number % 2 else Outcome.NO_REPLY,
        )

    template = SavedTemplate.objects.create(
        owner=user,
        title="Lift to the station",
        category=Category.PRACTICAL,
        size=Size.SMALL,
        need="a lift to the station {when}",
        body="Hi {person}, could you give me a lift to the station {when}? "
        "You're great at {strength}. No worries if not!",
        usage_count=2,
        last_used_at=timezone.now() - timedelta(days=7),
    )
    helped = HelpGiven.objects.create(
        owner=user, person=sam, note="Fed his cat for a week", given_on=today
    )
    return SimpleNamespace(
        user=user,
        sam=sam,
        helped=helped,
        at_person=at_person,
        big=big,
        part=part,
        at_message=at_message,
        by_email=by_email,
        said_yes=said_yes,
        waiting=waiting,
        withdrawn=withdrawn,
        template=template,
    )


# --- The pages ---------------------------------------------------------------


@dataclass(frozen=True)
class Visit:
    name: str
    url: Callable[[SimpleNamespace], str]
    logged_in: bool = True
    # What the user does on the page before it is checked, e.g. submit a
    # form empty to see its errors.
    then: Callable[[Page], None] | None = None
    # Django's admin is not LeanOn's design (no single h1 of ours).
    ours: bool = True


def press(name: str, expect_text: str = "") -> Callable[[Page], None]:
    def act(page: Page) -> None:
        page.get_by_role("button", name=name, exact=True).click()
        if expect_text:
            expect(page.get_by_text(expect_text).first).to_be_visible()
        page.wait_for_load_state()

    return act


def shows_error_summary(name: str) -> Callable[[Page], None]:
    def act(page: Page) -> None:
        page.get_by_role("button", name=name, exact=True).first.click()
        expect(page.get_by_role("alert")).to_contain_text("There is a problem")

    return act


def delete_sam(page: Page) -> None:
    page.get_by_role("button", name="Yes, delete Sam Okafor").click()
    expect(page.get_by_role("button", name="Undo")).to_be_visible()


def clear_message_and_save(page: Page) -> None:
    page.get_by_role("textbox", name="Your message", exact=True).fill("")
    shows_error_summary("Save and check")(page)


def edit_message_and_redraft(page: Page) -> None:
    page.get_by_role("textbox", name="Your message", exact=True).fill(
        "Hi Sam, could you give me a lift on Saturday? Thank you!"
    )
    page.get_by_label("Formal").check()
    page.get_by_role("button", name="Update the draft").click()
    expect(
        page.get_by_role("heading", name="Replace the words you changed?")
    ).to_be_visible()


def record_a_yes(page: Page) -> None:
    page.get_by_label("Yes").check()
    page.get_by_role("button", name="Save", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Say thanks to Priya Shah"
    )


def reset_link(data: SimpleNamespace) -> str:
    uid = urlsafe_base64_encode(force_bytes(data.user.pk))
    return f"/account/reset/{uid}/{default_token_generator.make_token(data.user)}/"


def ask_url(name: str, view: str = "") -> Callable[[SimpleNamespace], str]:
    return lambda data: f"/asks/{getattr(data, name).pk}/{view}"


VISITS = [
    # Logged out.
    Visit("landing", lambda d: "/", logged_in=False),
    Visit("about", lambda d: "/about/", logged_in=False),
    Visit("sign up", lambda d: "/account/signup/", logged_in=False),
    Visit(
        "sign up with errors",
        lambda d: "/account/signup/",
        logged_in=False,
        then=shows_error_summary("Sign up"),
    ),
    Visit("log in", lambda d: "/account/login/", logged_in=False),
    Visit(
        "log in with errors",
        lambda d: "/account/login/",
        logged_in=False,
        then=shows_error_summary("Log in"),
    ),
    Visit("password reset", lambda d: "/account/password_reset/", logged_in=False),
    Visit(
        "password reset sent",
        lambda d: "/account/password_reset/done/",
        logged_in=False,
    ),
    Visit(
        "password reset link",
        reset_link,
        logged_in=False,
        then=lambda page: expect(page.locator("h1")).to_have_text(
            "Choose a new password"
        ),
    ),
    Visit("password reset done", lambda d: "/account/reset/done/", logged_in=False),
    Visit(
        "password reset link expired",
        lambda d: "/account/reset/MQ/set-password/",
        logged_in=False,
    ),
    Visit("crisis", lambda d: "/help-now/", logged_in=False),
    Visit("crisis for GB", lambda d: "/help-now/?country=GB", logged_in=False),
    Visit("404", lambda d: "/no-such-page/", logged_in=False),
    Visit("admin login", lambda d: "/admin/login/", logged_in=False, ours=False),
    # Logged in: the same public pages, with the longer header.
    Visit("about, logged in", lambda d: "/about/"),
    Visit("crisis, logged in", lambda d: "/help-now/"),
    Visit("404, logged in", lambda d: "/asks/999999/"),
    Visit("home", lambda d: "/"),
    # The wizard.
    Visit("step 1", lambda d: "/asks/new/"),
    Visit(
        "step 1 with errors",
        lambda d: "/asks/new/",
        then=shows_error_summary("Save and continue"),
    ),
    Visit(
        "step 1 from a template",
        lambda d: f"/asks/new/?template={d.template.pk}",
    ),
    Visit("step 1 of a draft", ask_url("at_person", "need/")),
    Visit("step 2", ask_url("at_person", "person/")),
    Visit(
        "step 2 with errors",
        ask_url("at_person", "person/"),
        then=shows_error_summary("Save and continue"),
    ),
    Visit("step 2 of a big ask", ask_url("big", "person/")),
    Visit("step 2 of a first step", ask_url("part", "person/")),
    Visit("step 3", ask_url("at_message", "message/")),
    Visit(
        "step 3 saved",
        ask_url("at_message", "message/"),
        then=press("Save and check", "Draft saved."),
    ),
    Visit("step 3 by email", ask_url("by_email", "message/")),
    Visit(
        "step 3 with errors",
        ask_url("at_message", "message/"),
        then=clear_message_and_save,
    ),
    Visit(
        "step 3 asking before replacing your words",
        ask_url("at_message", "message/"),
        then=edit_message_and_redraft,
    ),
    Visit("crisis support", ask_url("at_person", "support/")),
    # After sending.
    Visit("my requests", lambda d: "/asks/"),
    Visit(
        "my requests, filtered",
        lambda d: f"/asks/?q=lift&status=sent&person={d.sam.pk}&category=practical",
    ),
    Visit("my requests, no match", lambda d: "/asks/?q=zebra"),
    Visit("my requests, filters not valid", lambda d: "/asks/?person=0&category=x"),
    Visit("my requests, page 2", lambda d: "/asks/?page=2"),
    Visit("request: draft", ask_url("at_message")),
    Visit("request: sent, no answer", ask_url("waiting")),
    Visit("request: sent, said yes", ask_url("said_yes")),
    Visit(
        "request: answer with errors",
        ask_url("waiting"),
        then=shows_error_summary("Save"),
    ),
    Visit("request: withdrawn", ask_url("withdrawn")),
    Visit("request: a first step", ask_url("part")),
    Visit("follow-up", ask_url("waiting", "follow-up/")),
    Visit("thanks", ask_url("said_yes", "thanks/")),
    Visit("thanks after an answer", ask_url("waiting"), then=record_a_yes),
    Visit("withdraw", ask_url("waiting", "withdraw/")),
    # My people.
    Visit("my people", lambda d: "/people/"),
    Visit("person", lambda d: f"/people/{d.sam.pk}/"),
    Visit("add person", lambda d: "/people/new/"),
    Visit(
        "add person with errors",
        lambda d: "/people/new/",
        then=shows_error_summary("Save"),
    ),
    Visit("edit person", lambda d: f"/people/{d.sam.pk}/edit/"),
    Visit("remove help given", lambda d: f"/people/helped/{d.helped.pk}/remove/"),
    Visit("delete person", lambda d: f"/people/{d.sam.pk}/delete/"),
    Visit("person deleted", lambda d: f"/people/{d.sam.pk}/delete/", then=delete_sam),
    # Templates.
    Visit("my templates", lambda d: "/asks/templates/"),
    Visit("edit template", lambda d: f"/asks/templates/{d.template.pk}/"),
    Visit("delete template", lambda d: f"/asks/templates/{d.template.pk}/delete/"),
    # Account.
    Visit("account", lambda d: "/account/"),
    Visit("download your data", lambda d: "/account/export/"),
    Visit("delete account", lambda d: "/account/delete/"),
    Visit(
        "delete account with errors",
        lambda d: "/account/delete/",
        then=shows_error_summary("Delete my account and everything in it"),
    ),
    Visit("change password", lambda d: "/account/password_change/"),
    Visit("password changed", lambda d: "/account/password_change/done/"),
    Visit(
        "change password with errors",
        lambda d: "/account/password_change/",
        then=shows_error_summary("Change password"),
    ),
]

# Dark mode (the site follows the device's setting) shares every page's
# markup and styles; it is checked on the wizard and a spread of other pages
# to keep the run short.
DARK = {
    "landing",
    "crisis for GB",
    "home",
    "step 1",
    "step 1 with errors",
    "step 2",
    "step 2 of a big ask",
    "step 3",
    "step 3 by email",
    "crisis support",
    "my requests",
    "request: sent, said yes",
    "person",
    "account",
}

# Every page on a desktop and on a phone (then at 320 px); some also dark.
CASES = [
    pytest.param(visit, variant, id=f"{visit.name}-{variant}")
    for visit in VISITS
    for variant in ("desktop", "phone", "dark")
    if variant != "dark" or visit.name in DARK
]


def log_in_as(page: Page, base_url: str, user) -> None:
    """A session cookie, as if the user had logged in on this browser."""
    client = Client()
    client.force_login(user)
    page.context.add_cookies(
        [
            {
                "name": settings.SESSION_COOKIE_NAME,
                "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
                "url": base_url,
            }
        ]
    )


def assert_no_violations(page: Page, where: str) -> None:
    results = AXE.run(page)
    assert results.violations_count == 0, (
        f"axe on {where} ({page.url}):\n{results.generate_report()}"
    )


def assert_no_sideways_scrolling(page: Page, where: str) -> None:
    page.set_viewport_size({"width": NARROWEST, "height": PHONE["height"]})
    width = page.evaluate("document.documentElement.scrollWidth")
    wide = page.evaluate(
        """(limit) => [...document.querySelectorAll('body *')]
            .filter(el => el.getBoundingClientRect().right > limit + 0.5)
            .slice(0, 5)
            .map(el => el.outerHTML.slice(0, 120))""",
        NARROWEST,
    )
    assert width <= NARROWEST, f"{where} scrolls sideways at 320 px: {wide}"


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize(("visit", "variant"), CASES)
def test_page_has_no_accessibility_violations(
    page: Page, live_server, visit: Visit, variant: str
):
    data = seed()
    page.set_viewport_size(DESKTOP if variant == "desktop" else PHONE)
    page.emulate_media(
        color_scheme="dark" if variant == "dark" else "light",
        reduced_motion="reduce" if variant == "phone" else "no-preference",
    )
    if visit.logged_in:
        log_in_as(page, live_server.url, data.user)
    page.goto(live_server.url + visit.url(data))
    if visit.ours:
        expect(page.locator("h1")).to_have_count(1)
    if visit.then:
        visit.then(page)
    if variant == "dark" and visit.ours:
        expect(page.locator("html")).to_have_attribute("data-bs-theme", "dark")
    where = f"{visit.name} ({variant})"
    assert_no_violations(page, where)
    if variant == "phone":
        assert_no_sideways_scrolling(page, where)
