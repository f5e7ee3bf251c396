"""Every address that names an object by its id is private to the object's
owner: another user gets a 404 for GET and POST, and nothing changes.

The routes come from the URL resolver itself, so a new route with an id fails
here until it is added to OBJECTS below with a way to make alice's object for
it. The admin site is left out: only staff reach it (anyone else is sent to
its login page), and showing everyone's rows to staff with the right
permissions is its job; tests/test_guidance_admin.py covers who may do what.
"""

from dataclasses import dataclass, field

import pytest
from django.db.models import Model
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.urls.converters import IntConverter
from django.urls.resolvers import RegexPattern
from django.utils import timezone

from helpapp.accounts.models import User
from helpapp.asks.models import Ask, SavedTemplate
from helpapp.people.models import HelpGiven, Person
from helpapp.vocabulary import Outcome, Size, Status
from tests.conftest import make_ask, make_person, make_user

pytestmark = pytest.mark.django_db

MISSING_ID = 2_000_000_000  # fits PostgreSQL's integer; no row has it

# Routes with parameters that are not object ids, and why.
NOT_OBJECT_IDS = {
    # A signed token in the link a password reset email carries.
    "password_reset_confirm": "uidb64 and token are signed, not ids",
}

# What alice writes: none of it may reach bob.
SECRET_NEED = "a lift to the vet with Biscuit"
SECRET_NAME = "Samira Quennell"
SECRET_NOTES = "knows about the overdraft"
SECRET_TITLE = "Vet trips for Biscuit"


@dataclass(frozen=True)
class Route:
    name: str
    route: str
    ids: tuple[str, ...]
    other_parameters: tuple[str, ...] = ()


def _walk(patterns, prefix="", namespace="", converters=None):
    converters = converters or {}
    for entry in patterns:
        pattern = entry.pattern
        found = {**converters, **getattr(pattern, "converters", {})}
        regex_groups = (
            tuple(pattern.regex.groupindex) or ("(unnamed)",) * pattern.regex.groups
            if isinstance(pattern, RegexPattern)
            else ()
        )
        if isinstance(entry, URLResolver):
            if entry.app_name == "admin":
                continue  # staff only: see the module's docstring
            inner = f"{namespace}{entry.namespace}:" if entry.namespace else namespace
            yield from _walk(entry.url_patterns, prefix + str(pattern), inner, found)
        elif isinstance(entry, URLPattern):
            ids = tuple(n for n, c in found.items() if isinstance(c, IntConverter))
            others = tuple(n for n in found if n not in ids) + regex_groups
            yield Route(
                f"{namespace}{entry.name or ''}", prefix + str(pattern), ids, others
            )


ROUTES = list(_walk(get_resolver().url_patterns))
ID_ROUTES = sorted(route.name for route in ROUTES if route.ids)


# -- alice's objects, one for each route with an id -------------------------


def _person(alice: User) -> Person:
    return make_person(
        alice, SECRET_NAME, email="samira@example.com", notes=SECRET_NOTES, safe=True
    )


def _draft(alice: User, **fields) -> Ask:
    return make_ask(
        alice,
        SECRET_NEED,
        person=_person(alice),
        why="my train leaves at nine",
        message="Hi Samira, could you drive Biscuit and me to the vet?",
        message_edited=True,
        **fields,
    )


def _big_draft(alice: User) -> Ask:
    return _draft(alice, size=Size.BIG)


def _sent(alice: User, **fields) -> Ask:
    return _draft(alice, **{"status": Status.SENT, "sent_at": timezone.now(), **fields})


def _answered_yes(alice: User) -> Ask:
    return _sent(alice, outcome=Outcome.YES, outcome_on=timezone.localdate())


def _withdrawn(alice: User) -> Ask:
    return _sent(alice, status=Status.WITHDRAWN, withdrawn_at=timezone.now())


def _deleted_person(alice: User) -> Person:
    person = _person(alice)
    person.soft_delete()
    person.save()
    return person


def _help_given(alice: User) -> HelpGiven:
    return HelpGiven.objects.create(
        owner=alice, person=_person(alice), note=SECRET_NOTES
    )


def _saved_template(alice: User) -> SavedTemplate:
    return SavedTemplate.objects.create(
        owner=alice,
        title=SECRET_TITLE,
        category="practical",
        size="small",
        need="a lift to {when}",
        body="Hi {person}, could you help with {need}?",
    )


def _today() -> str:
    return timezone.localdate().isoformat()


NEED = {"need": "bob was here", "category": "money", "size": "big", "why": "bob"}
MESSAGE = {"subject": "from bob", "message": "bob wrote this", "guess": "7"}
PERSON = {
    "name": "Mallory",
    "relationship": "other",
    "good_at": "lying",
    "preferred_channel": "email",
    "email": "mallory@example.com",
    "notes": "bob was here",
}
TEMPLATE = {
    "title": "bob",
    "category": "money",
    "size": "big",
    "need": "bob",
    "body": "bob",
}


@dataclass(frozen=True)
class Case:
    """How to make alice's object for a route, and what bob POSTs: data the
    view would accept from alice, so a missing ownership check would show."""

    make: object
    post: dict = field(default_factory=dict)


OBJECTS: dict[str, Case] = {
    "asks:detail": Case(_sent),
    "asks:need": Case(_draft, {**NEED, "no_deadline": "on"}),
    "asks:person": Case(
        _draft, {"who": "new", **{f"new-{k}": v for k, v in PERSON.items()}}
    ),
    "asks:message": Case(_draft, MESSAGE),
    "asks:sent": Case(_draft, MESSAGE),
    "asks:check": Case(_draft, MESSAGE),
    "asks:recompose": Case(
        _draft,
        {
            **MESSAGE,
            "channel": "email",
            "tone": "formal",
            "action": "another",
            "confirm": "replace",
        },
    ),
    "asks:support": Case(_draft),
    "asks:follow_up": Case(_sent),
    "asks:withdraw": Case(_sent),
    "asks:undo_withdraw": Case(_withdrawn),
    "asks:outcome": Case(_sent, {"outcome": "no", "outcome_on": _today()}),
    "asks:thanks": Case(_answered_yes),
    "asks:split": Case(_big_draft, {"need": "a smaller thing, says bob"}),
    "asks:save_template": Case(_draft, {"message": "bob's template"}),
    "asks:template_edit": Case(_saved_template, TEMPLATE),
    "asks:template_delete": Case(_saved_template),
    "people:detail": Case(_person),
    "people:edit": Case(_person, PERSON),
    "people:delete": Case(_person),
    "people:restore": Case(_deleted_person),
    "people:helped": Case(_person, {"note": "bob", "given_on": _today()}),
    "people:remove_help": Case(_help_given),
}


def snapshot(obj: Model) -> dict:
    """Every column of the row, as stored."""
    obj = type(obj)._base_manager.get(pk=obj.pk)
    return {f.attname: getattr(obj, f.attname) for f in obj._meta.concrete_fields}


def row_counts() -> dict:
    return {
        model.__name__: model.objects.count()
        for model in (User, Ask, Person, HelpGiven, SavedTemplate)
    }


def url_for(name: str, pk: int) -> str:
    route = next(r for r in ROUTES if r.name == name)
    return reverse(name, kwargs=dict.fromkeys(route.ids, pk))


HTMX = {"HX-Request": "true"}
REQUESTS = [("GET", {}), ("POST", {}), ("POST", HTMX)]  # method, headers


def send(client: Client, method: str, headers: dict, url: str, data: dict):
    if method == "GET":
        return client.get(url, headers=headers)
    return client.post(url, data, headers=headers)


# -- the tests --------------------------------------------------------------


def test_the_walk_finds_the_routes_we_know():
    assert {"asks:detail", "asks:template_edit", "people:helped"} <= set(ID_ROUTES)
    assert "home" in {route.name for route in ROUTES}


def test_every_route_with_an_id_is_covered():
    missing = [name for name in ID_ROUTES if name not in OBJECTS]
    assert not missing, (
        f"Routes with an object id that tests/test_isolation.py does not cover: "
        f"{missing}. Add each to OBJECTS with a factory for alice's object."
    )
    stale = sorted(set(OBJECTS) - set(ID_ROUTES))
    assert not stale, f"OBJECTS names routes that no longer exist: {stale}"


def test_every_other_parameter_is_known_not_to_be_an_id():
    unknown = [
        f"{route.name or route.route} ({', '.join(route.other_parameters)})"
        for route in ROUTES
        if route.other_parameters and route.name not in NOT_OBJECT_IDS
    ]
    assert not unknown, (
        f"Routes whose parameters are not <int:...>: {unknown}. An object id "
        f"must use <int:...> so this file covers it; anything else goes in "
        f"NOT_OBJECT_IDS with the reason."
    )
    unnamed = [
        route.route for route in ROUTES if route.ids and route.name.endswith(":")
    ]
    assert not unnamed, f"Routes with an id need a name: {unnamed}"


@pytest.mark.parametrize("name", ID_ROUTES)
def test_another_users_object_is_404_and_unchanged(name, bob):
    case = OBJECTS.get(name)
    assert case is not None, f"{name} is not in OBJECTS"
    alice = make_user("alice")
    mine = case.make(alice)
    before, counts = snapshot(mine), row_counts()
    bob_client = Client()
    bob_client.force_login(bob)
    theirs = url_for(name, mine.pk)
    missing = url_for(name, MISSING_ID)
    for method, headers in REQUESTS:
        label = f"{method} {theirs} {headers or ''}"
        response = send(bob_client, method, headers, theirs, case.post)
        if response.status_code == 405:
            # A method the view never accepts: fine, if it is refused the
            # same way for an id that does not exist, so nothing leaks.
            again = send(bob_client, method, headers, missing, case.post)
            assert again.status_code == 405, label
            assert again["Allow"] == response["Allow"], label
        else:
            assert response.status_code == 404, label
            assert "alice" not in response.text.lower()
    assert snapshot(mine) == before, f"bob's requests changed alice's row: {name}"
    assert row_counts() == counts, f"bob's requests added or removed rows: {name}"


@pytest.mark.parametrize("name", ID_ROUTES)
def test_the_owner_is_not_refused(name):
    """So the test above proves something: the same requests by alice find
    her object (a page, a redirect, a form with errors, or a 405 that the
    view gives everyone)."""
    alice = make_user("alice")
    mine = OBJECTS[name].make(alice)
    client = Client()
    client.force_login(alice)
    url = url_for(name, mine.pk)
    got = [
        client.get(url).status_code,
        client.post(url, OBJECTS[name].post).status_code,
    ]
    assert set(got) <= {200, 302, 405}, f"{url}: GET, POST gave {got}"
    assert got != [405, 405], f"{url} takes neither GET nor POST"


@pytest.mark.parametrize("name", ID_ROUTES)
def test_anonymous_is_sent_to_log_in(name, client):
    alice = make_user("alice")
    mine = OBJECTS[name].make(alice)
    before = snapshot(mine)
    url = url_for(name, mine.pk)
    for response in (client.get(url), client.post(url, OBJECTS[name].post)):
        assert response.status_code in (302, 405)
        if response.status_code == 302:
            assert response["Location"].startswith(reverse("login"))
    assert snapshot(mine) == before


# -- ids that arrive in a query string or a form, not in the path -----------


def test_starting_from_another_users_template_is_404(bob_client):
    template = _saved_template(make_user("alice"))
    url = reverse("asks:new")
    assert bob_client.get(url, {"template": template.pk}).status_code == 404
    response = bob_client.post(
        url, {**NEED, "no_deadline": "on", "template": template.pk}
    )
    assert response.status_code == 404
    assert not Ask.objects.exists()
    assert SavedTemplate.objects.get().usage_count == 0


def test_choosing_another_users_person_in_the_wizard_is_refused(bob, bob_client):
    theirs = _person(make_user("alice"))
    ask = make_ask(bob, "help moving a sofa")
    response = bob_client.post(
        reverse("asks:person", args=[ask.pk]), {"who": theirs.pk}
    )
    assert response.status_code == 200
    assert "Choose one of your people, or add someone new." in response.text
    assert SECRET_NAME not in response.text
    ask.refresh_from_db()
    assert ask.person is None


def test_filtering_my_requests_by_another_users_person_shows_nothing_of_theirs(
    bob, bob_client
):
    alice = make_user("alice")
    theirs = _sent(alice)
    make_ask(bob, "my own request")
    response = bob_client.get(reverse("asks:list"), {"person": theirs.person_id})
    assert response.status_code == 200
    assert SECRET_NEED not in response.text
    assert SECRET_NAME not in response.text


def test_the_home_page_and_lists_show_only_my_own(bob_client):
    alice = make_user("alice")
    _draft(alice)
    _saved_template(alice)
    for url in ("home", "asks:list", "asks:templates", "people:list", "asks:new"):
        text = bob_client.get(reverse(url)).text
        assert SECRET_NEED not in text, url
        assert SECRET_TITLE not in text, url
        assert "Biscuit" not in text, url
        assert SECRET_NAME not in text, url


def test_my_data_download_holds_only_my_own(bob_client):
    alice = make_user("alice")
    _sent(alice)
    _saved_template(alice)
    for url in ("export_json", "export_csv"):
        text = bob_client.get(reverse(url)).text
        assert SECRET_NEED not in text, url
        assert SECRET_NOTES not in text, url
        assert SECRET_NAME not in text, url
        assert "samira@example.com" not in text, url
