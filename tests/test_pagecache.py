"""Each user's pages come from the cache until something on them changes
(helpapp/pagecache.py): served without the view's queries, never stale,
never another user's, with this response's own CSRF token and CSP nonce."""

import re
from datetime import timedelta

import pytest
import time_machine
from django.contrib import messages
from django.core.cache import cache
from django.db import connection, transaction
from django.http import HttpResponse
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import path, reverse
from django.utils import timezone

from helpapp import pagecache
from helpapp.asks.models import Ask, SavedTemplate, Status
from helpapp.guidance.models import Tip
from helpapp.people.models import HelpGiven, Person
from tests.conftest import make_ask, make_person

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _page_cache_on(settings):
    settings.PAGE_CACHE = True  # as in production, whatever DEBUG says


def queries_for(client: Client, url: str) -> tuple[int, str]:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured), response.content.decode()


def view_queries(client: Client, url: str) -> int:
    """Queries a page costs beyond loading the session and the user."""
    count, _page = queries_for(client, url)
    return count - 2


def test_a_page_seen_again_costs_no_queries_of_its_own(alice, alice_client):
    sam = make_person(alice, "Sam Okafor")
    make_ask(alice, "a lift to the station", person=sam)
    first, page = queries_for(alice_client, "/asks/")
    again, cached = queries_for(alice_client, "/asks/")
    assert first > 2
    assert again == 2  # the session and the user
    strip = re.compile(r'value="[^"]{64}"|X-CSRFToken": "[^"]{64}"|nonce="[^"]+"')
    assert strip.sub("", cached) == strip.sub("", page)
    assert "a lift to the station" in cached


def test_page_cache_off_renders_every_time(settings, alice, alice_client):
    settings.PAGE_CACHE = False
    make_ask(alice)
    queries_for(alice_client, "/asks/")
    assert view_queries(alice_client, "/asks/") > 0


def _save_ask(user, ask, person):
    ask.need = "changed: help moving a wardrobe"
    ask.save()


def _bulk_update_asks(user, ask, person):
    Ask.objects.filter(pk=ask.pk).update(need="changed: help moving a wardrobe")


def _rename_person(user, ask, person):
    person.name = "changed: Robin Vale"
    person.save()


def _bulk_rename_person(user, ask, person):
    Person.objects.filter(pk=person.pk).update(name="changed: Robin Vale")


def _help_given(user, ask, person):
    HelpGiven.objects.create(owner=user, person=person, note="changed: fixed a bike")


def _bulk_help_given(user, ask, person):
    HelpGiven.objects.bulk_create(
        [HelpGiven(owner=user, person=person, note="changed: fixed a bike")]
    )


def _template_used(user, ask, person):
    SavedTemplate.objects.filter(owner=user).update(title="changed: Lift home")


def _profile(user, ask, person):
    user.first_name = "changed: Alexandra"
    user.save()


def _curated_tip(user, ask, person):
    tip = Tip.objects.filter(place="need", active=True).first()
    tip.title = "changed: a curated tip"
    tip.save()


CHANGES = [
    (_save_ask, lambda ids: f"/asks/{ids['ask']}/"),
    (_save_ask, lambda ids: "/asks/"),
    (_bulk_update_asks, lambda ids: "/asks/"),
    (_bulk_update_asks, lambda ids: f"/people/{ids['person']}/"),
    (_rename_person, lambda ids: "/people/"),
    (_rename_person, lambda ids: f"/asks/{ids['ask']}/"),
    (_bulk_rename_person, lambda ids: f"/asks/{ids['draft']}/person/"),
    (_help_given, lambda ids: f"/people/{ids['person']}/"),
    (_bulk_help_given, lambda ids: f"/people/{ids['person']}/"),
    (_template_used, lambda ids: "/asks/templates/"),
    (_profile, lambda ids: "/account/"),
    (_curated_tip, lambda ids: f"/asks/{ids['draft']}/need/"),
]


@pytest.mark.parametrize(
    "change,url",
    CHANGES,
    ids=[f"{c.__name__[1:]}-{i}" for i, (c, _u) in enumerate(CHANGES)],
)
def test_a_change_shows_on_the_next_load(alice, alice_client, change, url):
    person = make_person(alice, "Sam Okafor")
    ask = make_ask(alice, "a lift to the station", person=person)
    ask.status = Status.SENT
    ask.sent_at = timezone.now()
    ask.save()
    draft = make_ask(alice, "a lift home", person=person)
    SavedTemplate.objects.create(
        owner=alice,
        title="Lift",
        category="practical",
        size="small",
        need="x",
        body="y",
    )
    address = url({"ask": ask.pk, "person": person.pk, "draft": draft.pk})
    queries_for(alice_client, address)
    assert view_queries(alice_client, address) == 0  # cached now

    change(alice, ask, person)

    _count, page = queries_for(alice_client, address)
    assert "changed: " in page


def test_deleting_a_request_drops_it_from_the_list(alice, alice_client):
    ask = make_ask(alice, "a lift to the station")
    assert "a lift to the station" in alice_client.get("/asks/").content.decode()
    ask.delete()
    assert "a lift to the station" not in alice_client.get("/asks/").content.decode()


def test_another_users_page_is_never_served(alice, alice_client, bob, bob_client):
    make_ask(alice, "a private need of alice")
    assert "a private need of alice" in alice_client.get("/asks/").content.decode()
    for url in ("/asks/", "/", "/people/", "/account/"):
        assert "alice" not in bob_client.get(url).content.decode().lower()


def test_each_cached_response_has_its_own_working_csrf_token(alice):
    client = Client(enforce_csrf_checks=True)
    client.force_login(alice)
    ask = make_ask(alice)
    url = f"/asks/{ask.pk}/need/"
    token = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
    first = token.search(client.get(url).content.decode())[1]
    second = token.search(client.get(url).content.decode())[1]
    assert first != second  # masked afresh, as Django does per response

    # A new session has a new CSRF secret; the cached page still works.
    client.logout()
    client.force_login(alice)
    page = client.get(url).content.decode()
    response = client.post(
        url,
        {
            "csrfmiddlewaretoken": token.search(page)[1],
            "need": "a hand with the garden",
            "category": "practical",
            "size": "small",
            "no_deadline": "on",
        },
    )
    assert response.status_code == 302
    ask.refresh_from_db()
    assert ask.need == "a hand with the garden"


def test_the_nonce_in_a_cached_page_is_the_one_in_its_header(alice_client):
    for _ in range(2):
        response = alice_client.get("/asks/")
        nonces = set(re.findall(r'nonce="([^"]+)"', response.content.decode()))
        header = response["Content-Security-Policy"]
        assert len(nonces) == 1
        assert f"'nonce-{nonces.pop()}'" in header


def test_a_waiting_message_is_shown_not_a_cached_page(alice, alice_client):
    ask = make_ask(alice, status=Status.SENT, sent_at=timezone.now())
    detail = f"/asks/{ask.pk}/"
    alice_client.get(detail)
    # A sent request's step sends the user to its page with a message.
    response = alice_client.get(f"/asks/{ask.pk}/need/", follow=True)
    assert response.redirect_chain[-1][0] == detail
    note = "This request has been sent, so it can&#x27;t be changed."
    assert note in response.content.decode()
    # Shown once: the page stored meanwhile does not carry it.
    assert note not in alice_client.get(detail).content.decode()


def test_relative_times_are_at_most_a_minute_old(alice, alice_client):
    with time_machine.travel(timezone.now(), tick=False) as clock:
        make_ask(alice, "a lift to the station")
        assert "saved now" in alice_client.get("/").content.decode()
        clock.shift(timedelta(seconds=61))
        page = alice_client.get("/").content.decode()
    assert "saved now" not in page
    assert "saved a minute ago" in page


def test_a_new_request_form_gets_a_fresh_key_every_time(alice_client):
    key = re.compile(r'name="key" value="([^"]+)"')
    first = key.search(alice_client.get("/asks/new/").content.decode())[1]
    second = key.search(alice_client.get("/asks/new/").content.decode())[1]
    assert first != second


def test_the_version_changes_again_when_the_change_commits(
    alice, django_capture_on_commit_callbacks
):
    """A request that reads the old rows while a change is being saved
    stores its page under the token made meanwhile; the commit drops it."""
    ask = make_ask(alice)
    before = pagecache.user_version(alice.pk)
    with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
        ask.need = "a hand with the garden"
        ask.save()
        during = pagecache.user_version(alice.pk)  # a reader meanwhile
    after = pagecache.user_version(alice.pk)
    assert len({before, during, after}) == 3


def test_a_lost_version_is_replaced_by_a_new_one(alice):
    first = pagecache.user_version(alice.pk)
    cache.clear()
    assert pagecache.user_version(alice.pk) != first


def test_the_code_version_follows_the_sources(settings, tmp_path):
    for folder in pagecache.SOURCES:
        (tmp_path / folder).mkdir()
    page = tmp_path / "templates" / "page.html"
    page.write_text("<p>one</p>")
    settings.BASE_DIR = tmp_path
    pagecache.code_version.cache_clear()
    try:
        first = pagecache.code_version()
        page.write_text("<p>two</p>")
        pagecache.code_version.cache_clear()
        assert pagecache.code_version() != first
    finally:
        pagecache.code_version.cache_clear()


def test_an_anonymous_crisis_page_follows_the_browsers_language(client):
    ireland = client.get("/help-now/", HTTP_ACCEPT_LANGUAGE="en-IE").content.decode()
    australia = client.get("/help-now/", HTTP_ACCEPT_LANGUAGE="en-AU").content.decode()
    assert "Ireland" in ireland
    assert "Australia" in australia


def test_an_htmx_request_gets_the_partial_not_the_cached_page(alice, alice_client):
    ask = make_ask(alice)
    url = reverse("asks:need", args=[ask.pk])
    whole = alice_client.get(url).content.decode()
    partial = alice_client.get(url, HTTP_HX_REQUEST="true").content.decode()
    assert "<html" in whole
    assert "<html" not in partial


NOTES = []


@pagecache.per_user
def _page_with_a_note(request):
    """A page whose view adds a message and shows it at once."""
    if "note" in request.GET:
        NOTES.append(request.path)
        messages.info(request, f"Note number {len(NOTES)}.")
    shown = " ".join(str(m) for m in messages.get_messages(request))
    return HttpResponse(f"<p>{shown}</p>")


urlpatterns = [path("note/", _page_with_a_note)]


@pytest.mark.urls("tests.test_pagecache")
def test_a_page_that_showed_a_message_it_added_is_not_kept(alice_client):
    NOTES.clear()
    assert "Note number 1." in alice_client.get("/note/?note").content.decode()
    # The same address again: the view runs again, the page is not replayed.
    assert "Note number 2." in alice_client.get("/note/?note").content.decode()
    assert "Note" not in alice_client.get("/note/").content.decode()
