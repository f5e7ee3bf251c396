"""My requests: the list, the detail page, and who may see what."""

import pytest
from django.urls import reverse

from tests.conftest import make_ask, make_person

pytestmark = pytest.mark.django_db


def test_my_requests_lists_newest_first_with_status_person_and_date(
    alice, alice_client
):
    sam = make_person(alice, "Sam")
    older = make_ask(alice, "older need", person=sam)
    older.send()
    make_ask(alice, "newer need")
    response = alice_client.get(reverse("asks:list"))
    text = response.text
    assert text.index("newer need") < text.index("older need")
    assert "Sent" in text
    assert "Draft" in text
    assert "to Sam" in text


def test_my_requests_has_20_a_page(alice, alice_client):
    for number in range(25):
        make_ask(alice, f"need number {number:02d}")
    first = alice_client.get(reverse("asks:list"))
    second = alice_client.get(reverse("asks:list"), {"page": 2})
    assert len(first.context["page"].object_list) == 20
    assert first.text.count('<li class="list-group-item">') == 20
    assert "need number 24" in first.text
    assert second.text.count('<li class="list-group-item">') == 5
    assert "need number 00" in second.text
    assert "Page 2 of 2" in second.text


def test_a_bad_page_number_shows_a_page(alice, alice_client):
    make_ask(alice)
    response = alice_client.get(reverse("asks:list"), {"page": "zzz"})
    assert response.status_code == 200


def test_my_requests_shows_none_of_another_users(alice, bob, alice_client):
    make_ask(bob, "bobs secret need")
    response = alice_client.get(reverse("asks:list"))
    assert "bobs secret need" not in response.text
    assert "No requests yet" in response.text


def test_detail_page_shows_the_request(alice, alice_client):
    ask = make_ask(alice, why="it matters to me")
    response = alice_client.get(ask.get_absolute_url())
    assert response.status_code == 200
    assert "a lift to the station" in response.text
    assert "it matters to me" in response.text
    assert "Continue this draft" in response.text


@pytest.mark.parametrize("name", ["detail", "need", "person", "message"])
def test_another_users_request_is_404(alice, bob_client, name):
    ask = make_ask(alice)
    assert bob_client.get(reverse(f"asks:{name}", args=[ask.pk])).status_code == 404


@pytest.mark.parametrize("name", ["need", "person", "message", "sent"])
def test_posting_to_another_users_request_is_404_and_changes_nothing(
    alice, bob_client, name
):
    ask = make_ask(alice)
    response = bob_client.post(
        reverse(f"asks:{name}", args=[ask.pk]), {"need": "hacked", "message": "x"}
    )
    assert response.status_code == 404
    ask.refresh_from_db()
    assert ask.need == "a lift to the station"
    assert ask.is_draft


def test_a_missing_request_is_404(alice_client):
    assert alice_client.get(reverse("asks:detail", args=[999_999])).status_code == 404


@pytest.mark.parametrize(
    "url",
    [
        reverse("asks:list"),
        reverse("asks:new"),
        reverse("asks:detail", args=[1]),
        reverse("asks:need", args=[1]),
        reverse("asks:person", args=[1]),
        reverse("asks:message", args=[1]),
        reverse("account"),
        reverse("password_change"),
    ],
)
def test_anonymous_visitors_are_sent_to_log_in(client, url):
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"] == f"{reverse('login')}?next={url}"


@pytest.mark.parametrize(
    "url", [reverse("home"), reverse("signup"), reverse("login"), reverse("crisis")]
)
def test_public_pages_are_open_and_link_to_crisis_lines(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert f'href="{reverse("crisis")}"' in response.text
    assert "Need help now?" in response.text


def test_landing_page_says_what_leanon_does(client):
    response = client.get(reverse("home"))
    assert "Asking for help is hard. LeanOn makes it easier." in response.text
    assert "Sign up" in response.text
    assert "Log in" in response.text


def test_list_and_detail_are_get_only(alice, alice_client):
    ask = make_ask(alice)
    assert alice_client.post(reverse("asks:list")).status_code == 405
    assert alice_client.post(ask.get_absolute_url()).status_code == 405


def test_unknown_page_is_a_friendly_404(client):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    assert "Page not found" in response.text
