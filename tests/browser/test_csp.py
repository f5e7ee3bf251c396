"""The Content Security Policy holds on every page, in a real browser: no
page, the admin's included, does anything the policy blocks (an inline
script or style, an eval, a resource from elsewhere).

Chromium reports each blocked thing twice: as a `securitypolicyviolation`
event, which a script added before any of the page's own records on
`window`, and as a console error; either fails the test."""

from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import Page, expect

from helpapp.accounts.models import User
from helpapp.asks.models import SavedTemplate
from helpapp.guidance.models import Tip
from helpapp.people.models import HelpGiven
from helpapp.vocabulary import Outcome, Size, Status
from tests.browser.test_journey import log_in
from tests.conftest import PASSWORD, make_ask, make_person, make_user

RECORD_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__cspViolations.push(
    `${event.violatedDirective} blocked ${event.blockedURI || "inline"} ` +
    `at ${event.sourceFile}:${event.lineNumber}`
  );
});
"""


class Watch:
    """Collects CSP violations from the page's console and events."""

    def __init__(self, page: Page):
        self.page = page
        self.console: list[str] = []
        page.add_init_script(RECORD_VIOLATIONS)
        page.on("console", self._console)

    def _console(self, message) -> None:
        if "Content Security Policy" in message.text:
            self.console.append(f"{self.page.url}: {message.text}")

    def visit(self, url: str, status: int = 200) -> list[str]:
        """Open the page (no redirect: the page itself, with this status)
        and return the violations seen so far."""
        response = self.page.goto(url)
        assert response is not None, url
        assert (response.status, response.url) == (status, url)
        self.page.wait_for_load_state("load")
        return self.violations()

    def violations(self) -> list[str]:
        # Give deferred scripts and htmx a moment to run.
        self.page.wait_for_timeout(50)
        found = self.page.evaluate("window.__cspViolations || []")
        events = [f"{self.page.url}: {v}" for v in found]
        return events + self.console


@pytest.fixture
def watch(page: Page) -> Watch:
    return Watch(page)


NOT_FOUND = "/no-such-page/", f"/asks/{10**9}/"


def visit_all(watch: Watch, base: str, paths: list[str]) -> None:
    problems = []
    for path in paths:
        problems += watch.visit(base + path, 404 if path in NOT_FOUND else 200)
    assert not problems, "\n".join(problems)


@pytest.mark.django_db(transaction=True)
def test_the_watch_sees_a_violation(watch: Watch, live_server):
    """The detector itself works: an inline script is blocked and reported."""
    assert watch.visit(live_server.url + "/about/") == []
    watch.page.evaluate(
        """() => {
            const script = document.createElement("script");
            script.textContent = "window.ran = true";
            document.body.append(script);
        }"""
    )
    assert watch.page.evaluate("window.ran === undefined")
    problems = watch.violations()
    assert any("script-src" in p for p in problems), problems
    assert any("Content Security Policy" in p for p in watch.console), problems


@pytest.mark.django_db(transaction=True)
def test_public_pages(watch: Watch, live_server):
    visit_all(
        watch,
        live_server.url,
        [
            "/",
            "/about/",
            "/help-now/",
            "/help-now/?country=GB",
            "/account/login/",
            "/account/signup/",
            "/account/password_reset/",
            "/account/password_reset/done/",
            "/account/reset/MQ/not-a-token/",
            "/account/reset/done/",
            "/no-such-page/",
        ],
    )


def alices_world(alice: User) -> dict[str, int]:
    """Something on every page: drafts at each step, sent and answered
    requests, a person with a lopsided ledger, a template."""
    sam = make_person(alice, "Sam", good_at="driving, cooking", email="s@example.com")
    need_only = make_ask(alice, "help moving a sofa", size=Size.BIG)
    draft = make_ask(alice, person=sam, message="Hi Sam, could you help?")
    sent = make_ask(
        alice,
        "a hand with the garden",
        person=sam,
        status=Status.SENT,
        sent_at=timezone.now() - timedelta(days=5),
    )
    answered = make_ask(
        alice,
        "a lift to the station",
        person=sam,
        status=Status.SENT,
        sent_at=timezone.now() - timedelta(days=6),
        outcome=Outcome.YES,
        outcome_on=timezone.localdate(),
        guess=40,
    )
    for n in range(2):
        make_ask(
            alice,
            f"earlier ask {n}",
            person=sam,
            status=Status.SENT,
            sent_at=timezone.now() - timedelta(days=9),
            outcome=Outcome.YES,
            outcome_on=timezone.localdate(),
        )
    helped = HelpGiven.objects.create(owner=alice, person=sam, note="fed the cat")
    template = SavedTemplate.objects.create(
        owner=alice,
        title="Lift",
        category="practical",
        size="small",
        need="a lift",
        body="Hi {person}, could you help with {need}?",
    )
    return {
        "sam": sam.pk,
        "need_only": need_only.pk,
        "draft": draft.pk,
        "sent": sent.pk,
        "answered": answered.pk,
        "template": template.pk,
        "helped": helped.pk,
    }


@pytest.mark.django_db(transaction=True)
def test_every_app_page_signed_in(watch: Watch, live_server):
    alice = make_user("alice")
    ids = alices_world(alice)
    log_in(watch.page, live_server.url, "alice")
    expect(watch.page.get_by_role("heading", level=1)).to_contain_text("Hello")
    draft, sent, answered = ids["draft"], ids["sent"], ids["answered"]
    sam, template = ids["sam"], ids["template"]
    visit_all(
        watch,
        live_server.url,
        [
            "/",
            "/about/",
            "/help-now/",
            "/asks/",
            "/asks/?status=sent&q=garden",
            "/asks/new/",
            f"/asks/new/?template={template}",
            f"/asks/{ids['need_only']}/need/",
            f"/asks/{ids['need_only']}/person/",
            f"/asks/{draft}/need/",
            f"/asks/{draft}/person/",
            f"/asks/{draft}/message/",
            f"/asks/{draft}/support/",
            f"/asks/{draft}/",
            f"/asks/{sent}/",
            f"/asks/{sent}/follow-up/",
            f"/asks/{sent}/withdraw/",
            f"/asks/{answered}/",
            f"/asks/{answered}/thanks/",
            "/asks/templates/",
            f"/asks/templates/{template}/",
            f"/asks/templates/{template}/delete/",
            "/people/",
            "/people/new/",
            f"/people/{sam}/",
            f"/people/{sam}/edit/",
            f"/people/{sam}/delete/",
            f"/people/helped/{ids['helped']}/remove/",
            "/account/",
            "/account/export/",
            "/account/delete/",
            "/account/password_change/",
            "/account/password_change/done/",
            f"/asks/{10**9}/",  # the 404 page, signed in
        ],
    )


@pytest.mark.django_db(transaction=True)
def test_the_wizard_with_htmx_and_the_live_checklist(watch: Watch, live_server):
    """The pages htmx changes in place: each swap must keep to the policy."""
    alice = make_user("alice")
    ask = make_ask(alice, person=make_person(alice, "Sam"))
    log_in(watch.page, live_server.url, "alice")
    page = watch.page
    assert watch.visit(f"{live_server.url}/asks/{ask.pk}/message/") == []
    message = page.get_by_role("textbox", name="Your message", exact=True)
    message.fill("Sorry to bother you, could you help me on Saturday? Thank you!")
    expect(page.get_by_text("Saved just now.")).to_be_visible()
    page.get_by_role("button", name="Try another wording").click()
    expect(page.get_by_text("Replace the words you changed?")).to_be_visible()
    page.get_by_role("button", name="Keep my words").click()
    expect(page.get_by_text("Kept your words.")).to_be_visible()
    page.get_by_role("link", name="Back").click()
    expect(page.get_by_text("Step 2 of 3")).to_be_visible()
    assert watch.violations() == []


@pytest.mark.django_db(transaction=True)
def test_the_admin(watch: Watch, live_server):
    User.objects.create_superuser("root", "root@example.com", PASSWORD)
    alice = make_user("alice")
    alices_world(alice)
    tip = Tip.objects.first()
    page = watch.page
    assert watch.visit(f"{live_server.url}/admin/login/") == []
    page.get_by_label("Username").fill("root")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_role("heading", name="Site administration")).to_be_visible()
    paths = [
        "/admin/",
        "/admin/accounts/user/",
        f"/admin/accounts/user/{alice.pk}/change/",
        "/admin/accounts/user/add/",
        "/admin/auth/group/",
        "/admin/guidance/tip/",
        "/admin/guidance/tip/add/",
        "/admin/axes/accessattempt/",
    ]
    if tip is not None:
        paths.append(f"/admin/guidance/tip/{tip.pk}/change/")
    visit_all(watch, live_server.url, paths)


@pytest.mark.django_db(transaction=True)
def test_the_lockout_page(watch: Watch, live_server):
    make_user("alice")
    page = watch.page
    for _ in range(5):
        assert watch.visit(f"{live_server.url}/account/login/") == []
        page.get_by_label("Username").fill("alice")
        page.get_by_role("textbox", name="Password", exact=True).fill("wrong")
        page.get_by_role("button", name="Log in").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Logging in is paused for a while"
    )
    expect(page.get_by_role("link", name="choose a new one")).to_be_visible()
    assert watch.violations() == []
