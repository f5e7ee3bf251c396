"""Whatever a person types is kept exactly and shown safely.

For every free-text field: arbitrary text (markup, script tags, quotes,
emoji, right-to-left text; anything but NUL, which Django's forms refuse, and
lone surrogates, which no browser sends), submitted through the real form,
is stored as the field's documented normalisation of what was typed, and
every page that shows it shows it escaped: the markup never appears as typed
and the escaped text (through the template's own filters) does.

Each example starts from an empty database: its rows are rolled back.
"""

from contextlib import contextmanager
from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.db import transaction
from django.template.defaultfilters import linebreaks_filter, linebreaksbr
from django.template.defaultfilters import truncatechars as truncate
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from helpapp.accounts.models import User
from helpapp.asks.models import Ask, SavedTemplate
from helpapp.guidance.models import validate_placeholders
from helpapp.people.models import HelpGiven, Person
from helpapp.vocabulary import MESSAGE_MAX, Channel, Size, Status
from tests.conftest import make_ask, make_person, make_user

pytestmark = pytest.mark.django_db

# Each one is markup a page must never show as typed; none occurs in the app.
PAYLOADS = [
    '<script>alert("leanon")</script>',
    '"><img src=x onerror=alert(1)>',
    "'><svg onload=alert('leanon')>",
    "</textarea><b>bold</b><textarea>",
    '<a href="javascript:alert(1)">tap</a>',
    "{{ request }}{% csrf_token %}<i>&amp;</i>",
    "مرحبا <b dir='rtl'>\u202eevil\u202c</b> שלום 👩🏽‍💻",
]
LONGEST_PAYLOAD = max(len(p) for p in PAYLOADS)
CHARACTERS = st.characters(exclude_categories=["Cs"], exclude_characters="\x00")
LINES = "Line one 🙂 «quoted» 'single' \"double\" & more\r\n\tשלום\n" * 160


def long_text(limit: int) -> str:
    """As long as a field takes, ending in markup."""
    return LINES[: limit - len(PAYLOADS[0])] + PAYLOADS[0]


LONG = long_text(MESSAGE_MAX)
NOTES_MAX = Person._meta.get_field("notes").max_length

examples = settings(
    max_examples=25,
    deadline=None,
    database=None,  # a failure prints its example; nothing is written here
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def typed(max_size: int) -> st.SearchStrategy[str]:
    """Arbitrary text of at most max_size characters with markup in it."""

    @st.composite
    def build(draw) -> str:
        payload = draw(st.sampled_from(PAYLOADS))
        room = max_size - len(payload)
        before = draw(st.text(CHARACTERS, max_size=room))
        after = draw(st.text(CHARACTERS, max_size=room - len(before)))
        return before + payload + after

    return build()


def collapsed(text: str) -> str:
    return " ".join(text.split())


def tags(text: str) -> str:
    """The documented normalisation of "good at": comma-separated tags with
    single spaces, no empty tags, each tag once whatever its case."""
    kept: list[str] = []
    for tag in text.split(","):
        tag = collapsed(tag)
        if tag and tag.casefold() not in {k.casefold() for k in kept}:
            kept.append(tag)
    return ", ".join(kept)


class _Undo(Exception):
    pass


@contextmanager
def clean_state():
    """Whatever the example writes is rolled back when it ends."""
    try:
        with transaction.atomic():
            yield
            raise _Undo
    except _Undo:
        pass


def signed_in(username: str = "alice") -> tuple[User, Client]:
    user = make_user(username)
    client = Client()
    client.force_login(user)
    return user, client


def page(client: Client, url: str, **kwargs) -> str:
    response = client.get(url, **kwargs)
    assert response.status_code == 200, url
    return response.text


def assert_escaped(text: str, *values: str, shown: list[str] = ()) -> None:
    """No markup the user typed appears as typed; each of `shown` does."""
    for payload in PAYLOADS:
        assert payload not in text
    for value in values:
        if any(c in value for c in "<>"):
            assert value not in text
    for expected in shown:
        assert expected in text


def _url(name: str, *args) -> str:
    return reverse(name, args=args)


# -- the request: what you need and why --------------------------------------


@examples
@given(need=typed(500), why=typed(500))
@example(need=PAYLOADS[0].join(["x" * 200, " y" * 100]), why="  " + PAYLOADS[3])
def test_the_need_and_why(need, why):
    with clean_state():
        alice, client = signed_in()
        sam = make_person(alice, "Sam")
        response = client.post(
            reverse("asks:new"),
            {
                "need": need,
                "category": "practical",
                "size": "small",
                "no_deadline": "on",
                "why": why,
            },
        )
        assert response.status_code == 302
        ask = Ask.objects.get()
        assert ask.need == need.strip()
        assert ask.why == why.strip()
        n, w = ask.need, ask.why
        follow = client.get(response["Location"])
        assert_escaped(follow.text, need, why)
        text = page(client, _url("asks:need", ask.pk))
        assert_escaped(text, need, why, shown=[escape(n), escape(w)])
        text = page(client, _url("asks:person", ask.pk))
        assert_escaped(text, need, shown=[escape(n)])
        response = client.post(_url("asks:person", ask.pk), {"who": sam.pk})
        assert response.status_code == 302
        text = page(client, _url("asks:message", ask.pk))
        assert_escaped(text, need, why, shown=[escape(n)])
        text = page(client, _url("asks:detail", ask.pk))
        short = escape(truncate(n, 80))
        assert_escaped(
            text, need, why, shown=[short, linebreaksbr(n, True), linebreaksbr(w, True)]
        )
        for name in ("home", "asks:list"):
            assert_escaped(page(client, reverse(name)), need, shown=[short])
        text = page(client, sam.get_absolute_url())
        assert_escaped(text, need, shown=[short])
        # After sending: the follow-up and the thank-you drafts use the need.
        Ask.objects.filter(pk=ask.pk).update(
            status=Status.SENT,
            sent_at=timezone.now() - timedelta(days=4),
            outcome="yes",
            outcome_on=timezone.localdate(),
        )
        for name in ("asks:follow_up", "asks:thanks", "asks:withdraw"):
            response = client.get(_url(name, ask.pk))
            assert response.status_code in (200, 302)
            assert_escaped(response.text, need, why)
        assert_escaped(page(client, reverse("asks:list")), need, shown=[short])


@examples
@given(need=typed(500))
def test_a_smaller_first_ask(need):
    with clean_state():
        alice, client = signed_in()
        big = make_ask(alice, "help moving house", size=Size.BIG)
        response = client.post(_url("asks:split", big.pk), {"need": need})
        assert response.status_code == 302
        part = Ask.objects.get(parent=big)
        assert part.need == need.strip()
        text = page(client, response["Location"])
        assert_escaped(text, need, shown=[escape(part.need)])
        text = page(client, big.get_absolute_url())
        assert_escaped(text, need, shown=[escape(truncate(part.need, 80))])
        text = page(client, part.get_absolute_url())
        assert_escaped(text, need, shown=[linebreaksbr(part.need, True)])
        # The big ask's own page offers a first step drawn from its need.
        Ask.objects.filter(pk=big.pk).update(need=need.strip())
        text = page(client, _url("asks:person", big.pk))
        assert_escaped(text, need, shown=[escape(need.strip())])


# -- the message and its subject ---------------------------------------------


@examples
@given(subject=typed(200), message=typed(MESSAGE_MAX))
@example(subject=PAYLOADS[1], message=LONG)
def test_the_message_and_subject(subject, message):
    with clean_state():
        alice, client = signed_in()
        sam = make_person(
            alice, "Sam", preferred_channel=Channel.EMAIL, email="sam@example.com"
        )
        ask = make_ask(alice, person=sam, channel=Channel.EMAIL)
        data = {"subject": subject, "message": message, "guess": ""}
        # As typed, with htmx: saved, and the checklist comes back.
        response = client.post(
            _url("asks:check", ask.pk), data, headers={"HX-Request": "true"}
        )
        assert response.status_code == 200
        assert_escaped(response.text, subject, message)
        response = client.post(_url("asks:message", ask.pk), data)
        assert response.status_code == 302
        ask.refresh_from_db()
        assert ask.subject == collapsed(subject)
        assert ask.message == message.strip()
        s, m = ask.subject, ask.message
        text = page(client, _url("asks:message", ask.pk))
        assert_escaped(text, subject, message, shown=[escape(s), escape(m)])
        # Saved as a template: the words become the template's body.
        response = client.post(_url("asks:save_template", ask.pk), {"message": m})
        assert response.status_code == 302
        assert_escaped(page(client, response["Location"]), message)
        response = client.post(_url("asks:sent", ask.pk), data)
        assert response.status_code == 302
        text = page(client, ask.get_absolute_url())
        assert_escaped(
            text, subject, message, shown=[escape(s), linebreaks_filter(m, True)]
        )


# -- a trusted person --------------------------------------------------------


@examples
@given(name=typed(100), good_at=typed(200), notes=typed(NOTES_MAX))
@example(name=PAYLOADS[6], good_at="a,b,c," + PAYLOADS[2], notes=long_text(NOTES_MAX))
def test_a_persons_name_strengths_and_notes(name, good_at, notes):
    with clean_state():
        alice, client = signed_in()
        data = {
            "name": name,
            "relationship": "friend",
            "good_at": good_at,
            "preferred_channel": "text",
            "email": "",
            "phone": "",
            "notes": notes,
        }
        response = client.post(reverse("people:add"), data, follow=True)
        if len(tags(good_at)) > 200:
            # Tidying the tags made them too long: the form says so.
            assert response.status_code == 200
            assert "Keep it to 200 characters or fewer" in response.text
            assert not Person.objects.exists()
            assert_escaped(response.text, name, good_at, notes)
            return
        person = Person.objects.get()
        assert person.name == collapsed(name)
        assert person.good_at == tags(good_at)
        assert person.notes == notes.strip()
        n, g = person.name, person.good_at
        strengths = [escape(tag) for tag in person.strengths]
        everything = (name, good_at, notes)
        # The page after adding, with "<name> is in your people."
        assert_escaped(
            response.text,
            *everything,
            shown=[escape(n), *strengths, linebreaksbr(person.notes, True)],
        )
        text = page(client, reverse("people:list"))
        assert_escaped(text, *everything, shown=[escape(n), *strengths])
        text = page(client, _url("people:edit", person.pk))
        assert_escaped(text, *everything, shown=[escape(n), escape(g)])
        text = page(client, _url("people:delete", person.pk))
        assert_escaped(text, *everything, shown=[escape(n)])
        # In the wizard, and on the request once chosen.
        ask = make_ask(alice, "a lift to the station")
        text = page(client, _url("asks:person", ask.pk))
        assert_escaped(text, *everything, shown=[escape(f"{n} (friend)")])
        client.post(_url("asks:person", ask.pk), {"who": person.pk})
        text = page(client, _url("asks:message", ask.pk))
        assert_escaped(text, *everything, shown=[escape(n), escape(g)])
        text = page(client, ask.get_absolute_url())
        assert_escaped(text, *everything, shown=[escape(n)])
        Ask.objects.filter(pk=ask.pk).update(
            status=Status.SENT, sent_at=timezone.now() - timedelta(days=4)
        )
        for url in (reverse("asks:list"), _url("asks:follow_up", ask.pk)):
            assert_escaped(page(client, url), *everything, shown=[escape(n)])
        # Deleted, with an Undo that names them.
        response = client.post(_url("people:delete", person.pk), follow=True)
        assert_escaped(response.text, *everything, shown=[escape(n)])


@examples
@given(name=typed(100), good_at=typed(200))
def test_someone_new_added_in_the_wizard(name, good_at):
    with clean_state():
        alice, client = signed_in()
        ask = make_ask(alice, "a lift to the station")
        response = client.post(
            _url("asks:person", ask.pk),
            {
                "who": "new",
                "new-name": name,
                "new-relationship": "family",
                "new-good_at": good_at,
                "new-preferred_channel": "text",
            },
        )
        if len(tags(good_at)) > 200:
            assert response.status_code == 200
            assert not Person.objects.exists()
            assert_escaped(response.text, name, good_at)
            return
        assert response.status_code == 302
        person = Person.objects.get()
        assert (person.name, person.good_at) == (collapsed(name), tags(good_at))
        text = page(client, response["Location"])
        assert_escaped(
            text, name, good_at, shown=[escape(person.name), escape(person.good_at)]
        )


@examples
@given(note=typed(200))
def test_a_note_of_help_given(note):
    with clean_state():
        alice, client = signed_in()
        sam = make_person(alice, "Sam")
        response = client.post(
            _url("people:helped", sam.pk),
            {"note": note, "given_on": timezone.localdate().isoformat()},
            follow=True,
        )
        assert response.status_code == 200
        assert HelpGiven.objects.get().note == collapsed(note)
        assert_escaped(response.text, note, shown=[escape(collapsed(note))])


# -- a saved template --------------------------------------------------------


def _placeholders_ok(body: str) -> bool:
    try:
        validate_placeholders(body)
    except ValidationError:
        return False
    return True


@examples
@given(title=typed(120), need=typed(500), body=typed(MESSAGE_MAX))
@example(
    title=PAYLOADS[5],
    need="{need} " + PAYLOADS[0],
    body="Hi {person}! " + long_text(MESSAGE_MAX - 13),
)
def test_a_saved_templates_title_need_and_body(title, need, body):
    with clean_state():
        alice, client = signed_in()
        template = SavedTemplate.objects.create(
            owner=alice, title="t", category="other", size="small", need="n", body="b"
        )
        data = {
            "title": title,
            "category": "practical",
            "size": "small",
            "need": need,
            "body": body,
        }
        response = client.post(_url("asks:template_edit", template.pk), data)
        everything = (title, need, body)
        if not _placeholders_ok(body.strip()):
            # A stray brace: the form says so, keeps the typing, saves nothing.
            assert response.status_code == 200
            assert_escaped(
                response.text,
                *everything,
                shown=[escape(title.strip()), escape(body.strip())],
            )
            template.refresh_from_db()
            assert (template.title, template.body) == ("t", "b")
            return
        assert response.status_code == 302
        template.refresh_from_db()
        assert template.title == title.strip()
        assert template.need == need.strip()
        assert template.body == body.strip()
        t, n, b = template.title, template.need, template.body
        text = page(client, reverse("asks:templates"))
        assert_escaped(text, *everything, shown=[escape(t)])
        text = page(client, _url("asks:template_edit", template.pk))
        assert_escaped(text, *everything, shown=[escape(t), escape(n), escape(b)])
        text = page(client, _url("asks:template_delete", template.pk))
        assert_escaped(text, *everything, shown=[escape(t)])
        text = page(client, reverse("asks:new"))
        assert_escaped(text, *everything, shown=[escape(t)])
        # Starting a request from it: its title and need, then its message.
        url = reverse("asks:new")
        text = page(client, url, data={"template": template.pk})
        assert_escaped(text, *everything, shown=[escape(t), escape(n)])
        response = client.post(
            url,
            {
                "template": template.pk,
                "need": n,
                "category": "practical",
                "size": "small",
                "no_deadline": "on",
            },
        )
        assert response.status_code == 302
        ask = Ask.objects.get()
        ask.person = make_person(alice, "Sam")
        ask.save()
        text = page(client, _url("asks:message", ask.pk))
        assert_escaped(text, *everything)


# -- the user's own name -----------------------------------------------------


@examples
@given(first_name=typed(150))
def test_the_users_first_name(first_name):
    with clean_state():
        alice, client = signed_in()
        response = client.post(
            reverse("account"), {"first_name": first_name, "country": ""}
        )
        assert response.status_code == 302
        alice.refresh_from_db()
        assert alice.first_name == first_name.strip()
        f = alice.first_name
        text = page(client, reverse("home"))
        assert_escaped(text, first_name, shown=[escape(f"Hello, {f}")])
        text = page(client, reverse("account"))
        assert_escaped(text, first_name, shown=[escape(f)])
        # Emails LeanOn drafts are signed with it.
        sam = make_person(
            alice, "Sam", preferred_channel=Channel.EMAIL, email="sam@example.com"
        )
        ask = make_ask(alice, person=sam, channel=Channel.EMAIL)
        assert_escaped(page(client, _url("asks:message", ask.pk)), first_name)


# -- what comes back in an address -------------------------------------------


@examples
@given(value=typed(200))
def test_text_in_the_address_is_shown_escaped(value):
    with clean_state():
        _alice, client = signed_in()
        text = page(client, reverse("asks:list"), data={"q": value})
        assert_escaped(text, value, shown=[escape(value.strip())])
        for field in ("status", "category", "person"):
            assert_escaped(
                page(client, reverse("asks:list"), data={field: value}), value
            )
        assert_escaped(page(client, reverse("crisis"), data={"country": value}), value)
        # Login keeps "next" only when it is a safe address on this site.
        response = Client().get(reverse("login"), {"next": value})
        kept = response.context["next"]
        assert_escaped(response.text, value, shown=[escape(kept)] if kept else [])
