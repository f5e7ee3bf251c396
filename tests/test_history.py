"""History: filters, search, pages of 20, and a query count that does not
grow with the number of requests."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from helpapp.asks.models import Ask
from helpapp.vocabulary import Category, Outcome, Size, Status
from tests.conftest import make_ask, make_person

pytestmark = pytest.mark.django_db


def names(response) -> list[str]:
    return [ask.need for ask in response.context["page"].object_list]


def test_filter_by_status_person_and_category(alice, alice_client):
    sam, nadia = make_person(alice, "Sam"), make_person(alice, "Nadia")
    sent = make_ask(alice, "sent to sam", person=sam, category=Category.MONEY)
    sent.send()
    make_ask(alice, "draft to nadia", person=nadia, category=Category.PRACTICAL)
    url = reverse("asks:list")
    assert names(alice_client.get(url, {"status": "sent"})) == ["sent to sam"]
    assert names(alice_client.get(url, {"person": nadia.pk})) == ["draft to nadia"]
    assert names(alice_client.get(url, {"category": "money"})) == ["sent to sam"]


def test_search_covers_need_and_message(alice, alice_client):
    make_ask(alice, "help with the garden")
    make_ask(alice, "a favour", message="could you water the GARDEN?")
    make_ask(alice, "something else")
    found = names(alice_client.get(reverse("asks:list"), {"q": "garden"}))
    assert sorted(found) == ["a favour", "help with the garden"]


def test_someone_elses_person_is_not_a_filter_choice(alice, bob, alice_client):
    theirs = make_person(bob, "Bobs friend")
    response = alice_client.get(reverse("asks:list"), {"person": theirs.pk})
    assert "Select a valid choice" not in response.text  # filters ignore it
    assert "Bobs friend" not in response.text


def test_a_filter_that_is_not_valid_is_explained_and_the_others_still_apply(
    alice, bob, alice_client
):
    make_ask(alice, "help with the garden")
    make_ask(alice, "a lift")
    theirs = make_person(bob, "Bobs friend")
    response = alice_client.get(
        reverse("asks:list"), {"q": "garden", "person": theirs.pk, "category": "x"}
    )
    assert names(response) == ["help with the garden"]
    assert response.context["filters"].narrows
    assert "Bobs friend" not in response.text
    for field, message in [
        ("person", "That person is not in your list any more"),
        ("category", "That is not a kind of help"),
    ]:
        # The message sits by its field, which points to it.
        assert f'aria-describedby="id_{field}_error"' in response.text
        assert f'<div id="id_{field}_error" class="invalid-feedback d-block">' in (
            response.text
        )
        assert message in response.text
    assert ">Clear<" in response.text


def test_a_search_too_long_is_explained_and_kept(alice, alice_client):
    make_ask(alice, "a lift", status=Status.SENT, sent_at=timezone.now())
    make_ask(alice, "a draft")
    typed = "garden " * 40
    response = alice_client.get(reverse("asks:list"), {"q": typed, "status": "sent"})
    assert names(response) == ["a lift"]
    assert "Search for up to 200 characters" in response.text
    assert 'aria-describedby="id_q_error"' in response.text
    assert f'value="{typed}"' in response.text


def test_deleted_people_are_offered_only_while_they_have_requests(alice, alice_client):
    asked = make_person(alice, "Sam")
    never_asked = make_person(alice, "Nadia")
    make_ask(alice, "a lift", person=asked)
    for person in (asked, never_asked):
        person.soft_delete()
        person.save()
    make_person(alice, "Priya")
    response = alice_client.get(reverse("asks:list"))
    choices = response.context["filters"].fields["person"].choices
    assert [label for _pk, label in choices][1:] == ["Priya", "Sam (deleted)"]
    found = names(alice_client.get(reverse("asks:list"), {"person": asked.pk}))
    assert found == ["a lift"]


def test_pages_keep_the_filters(alice, alice_client):
    for number in range(25):
        make_ask(alice, f"garden job {number}")
    response = alice_client.get(reverse("asks:list"), {"q": "garden"})
    assert 'href="?q=garden&amp;page=2"' in response.text


def test_no_match_says_so(alice, alice_client):
    make_ask(alice)
    response = alice_client.get(reverse("asks:list"), {"q": "zebra"})
    assert "Nothing matches these filters." in response.text


def seed(owner, count):
    person = make_person(owner, "Sam")
    now = timezone.now()
    Ask.objects.bulk_create(
        Ask(
            owner=owner,
            need=f"need {i}",
            category=Category.PRACTICAL,
            size=Size.SMALL,
            person=person,
            status=Status.SENT,
            sent_at=now,
            outcome=Outcome.YES if i % 3 == 0 else "",
            guess=50,
        )
        for i in range(count)
    )


def queries_for(client, url, params=None) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url, params or {}).status_code == 200
    return len(queries)


@pytest.mark.parametrize("params", [{}, {"q": "need", "status": "sent"}])
def test_query_count_is_the_same_for_5_and_500_requests(
    alice, bob, alice_client, params
):
    from tests.conftest import logged_in

    seed(alice, 5)
    seed(bob, 500)
    bob_client = logged_in(bob)
    url = reverse("asks:list")
    assert queries_for(alice_client, url, params) == queries_for(
        bob_client, url, params
    )
    assert queries_for(bob_client, url, params) <= 8


def test_the_page_count_follows_new_and_deleted_requests(alice, alice_client):
    """The total is cached between visits; adding or deleting a request
    changes what the pages say at once."""
    asks = [make_ask(alice, f"request {n}") for n in range(20)]
    url = reverse("asks:list")
    assert "?page=2" not in alice_client.get(url).text
    make_ask(alice, "one more")
    assert "?page=2" in alice_client.get(url).text
    asks[0].delete()
    assert "?page=2" not in alice_client.get(url).text


def test_the_cached_total_is_not_used_for_a_filtered_list(alice, alice_client):
    for n in range(25):
        make_ask(alice, f"request {n}", category=Category.MONEY if n < 3 else "other")
    url = reverse("asks:list")
    assert "?page=2" in alice_client.get(url).text
    money = alice_client.get(url, {"category": Category.MONEY}).text
    assert "page=2" not in money
    assert money.count('class="fw-semibold"') == 3


def test_a_second_page_without_filters_offers_no_clear_link(alice, alice_client):
    for n in range(25):
        make_ask(alice, f"request {n}")
    page_two = alice_client.get(reverse("asks:list"), {"page": 2}).text
    assert ">Clear<" not in page_two
    filtered = alice_client.get(reverse("asks:list"), {"q": "request"}).text
    assert ">Clear<" in filtered
