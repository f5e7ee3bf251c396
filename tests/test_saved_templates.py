"""Templates for asks that recur: save a draft as one, edit, delete, and
start a new request from your own or a starter template."""

import pytest
from django.urls import reverse

from helpapp.asks.models import Ask, SavedTemplate
from helpapp.guidance.models import StarterTemplate
from tests.conftest import make_ask, make_person

pytestmark = pytest.mark.django_db


def ready_ask(owner, **fields):
    person = make_person(owner, "Sam Okafor", good_at="driving")
    return make_ask(owner, "a lift to the station", person=person, **fields)


def test_save_as_template_turns_the_requests_values_into_placeholders(
    alice, alice_client
):
    ask = ready_ask(alice)
    message = (
        "Hi Sam, could you help with a lift to the station by Saturday? "
        "You're great at driving. Thank you!"
    )
    response = alice_client.post(
        reverse("asks:save_template", args=[ask.pk]), {"message": message}
    )
    template = SavedTemplate.objects.get(owner=alice)
    assert response["Location"] == template.get_absolute_url()
    assert template.body.startswith("Hi {person}, could you help with {need}")
    assert "great at {strength}" in template.body
    assert template.need == "a lift to the station"
    assert template.title == "a lift to the station"


def test_braces_the_user_typed_survive_a_round_trip(alice, alice_client):
    ask = ready_ask(alice)
    alice_client.post(
        reverse("asks:save_template", args=[ask.pk]), {"message": "Hi Sam {:)} thanks"}
    )
    template = SavedTemplate.objects.get(owner=alice)
    assert template.body == "Hi {person} {{:)}} thanks"


@pytest.mark.parametrize(
    ("name", "need", "message"),
    [
        # The person's first name is "Need": once the need itself has
        # become {need}, that name must not turn it into something else.
        (
            "Need Okafor",
            "help moving a sofa",
            "Hi Need, could you give me help moving a sofa?",
        ),
        # Braces in a value are found, although the message's are doubled.
        ("Sam Okafor", "a lift {urgent}", "Hi Sam, could you give me a lift {urgent}?"),
        (
            "Jörg Weiß",
            "a lift to Hauptstraße",
            "Hi JÖRG, could you give me a lift to HAUPTSTRAßE?",
        ),
    ],
)
def test_each_value_becomes_its_placeholder_once(
    alice, alice_client, name, need, message
):
    ask = make_ask(alice, need, person=make_person(alice, name, good_at="driving"))
    alice_client.post(
        reverse("asks:save_template", args=[ask.pk]), {"message": message}
    )
    template = SavedTemplate.objects.get(owner=alice)
    assert template.body == "Hi {person}, could you give me {need}?"


def test_using_a_template_fills_the_need_and_the_draft(alice, alice_client):
    template = SavedTemplate.objects.create(
        owner=alice,
        title="Station lift",
        category="practical",
        size="small",
        need="a lift to the station",
        body="Hi {person}, could you help: {need}? Thanks so much!",
    )
    page = alice_client.get(reverse("asks:new"), {"template": template.pk})
    assert 'value="a lift to the station"' not in page.text  # a textarea
    assert "a lift to the station</textarea>" in page.text
    assert "Starting from the template “Station lift”" in page.text
    response = alice_client.post(
        reverse("asks:new"),
        {
            "template": template.pk,
            "need": "a lift to the station",
            "category": "practical",
            "size": "small",
            "no_deadline": "on",
        },
    )
    ask = Ask.objects.get(owner=alice)
    assert response["Location"] == reverse("asks:person", args=[ask.pk])
    template.refresh_from_db()
    assert template.usage_count == 1
    assert template.last_used_at is not None
    ask.person = make_person(alice, "Nadia Haddad")
    ask.save()
    draft = alice_client.get(reverse("asks:message", args=[ask.pk]))
    assert draft.context["form"]["message"].value() == (
        "Hi Nadia, could you help: a lift to the station? Thanks so much!"
    )


def test_starter_templates_are_listed_and_usable(alice, alice_client):
    starter = StarterTemplate.objects.active().first()
    page = alice_client.get(reverse("asks:new"))
    assert "Start from a template" in page.text
    assert starter.title in page.text
    page = alice_client.get(reverse("asks:new"), {"starter": starter.pk})
    assert starter.need in page.text


@pytest.mark.parametrize("param", ["template", "starter"])
def test_an_unknown_or_someone_elses_template_is_404(alice, bob, alice_client, param):
    theirs = SavedTemplate.objects.create(
        owner=bob, title="Bob's", category="other", size="small", need="x", body="y"
    )
    value = theirs.pk if param == "template" else 999_999
    assert alice_client.get(reverse("asks:new"), {param: value}).status_code == 404
    assert alice_client.get(reverse("asks:new"), {param: "abc"}).status_code == 404


def test_edit_refuses_an_unknown_placeholder_and_keeps_the_typing(alice, alice_client):
    template = SavedTemplate.objects.create(
        owner=alice, title="T", category="other", size="small", need="x", body="y"
    )
    response = alice_client.post(
        reverse("asks:template_edit", args=[template.pk]),
        {
            "title": "New title",
            "category": "other",
            "size": "small",
            "need": "x",
            "body": "Hi {persn}, thanks",
        },
    )
    assert "Unknown placeholder {persn}." in response.text
    assert 'value="New title"' in response.text
    template.refresh_from_db()
    assert template.title == "T"


def test_edit_and_delete_with_confirmation(alice, alice_client):
    template = SavedTemplate.objects.create(
        owner=alice, title="T", category="other", size="small", need="x", body="y"
    )
    alice_client.post(
        reverse("asks:template_edit", args=[template.pk]),
        {
            "title": "Better",
            "category": "money",
            "size": "big",
            "need": "n",
            "body": "Hi {person}, thank you",
        },
    )
    template.refresh_from_db()
    assert (template.title, template.category) == ("Better", "money")
    confirm = alice_client.get(reverse("asks:template_delete", args=[template.pk]))
    assert "Delete “Better”?" in confirm.text
    assert SavedTemplate.objects.filter(pk=template.pk).exists()
    alice_client.post(reverse("asks:template_delete", args=[template.pk]))
    assert not SavedTemplate.objects.filter(pk=template.pk).exists()


def test_my_templates_lists_mine_with_usage(alice, bob, alice_client):
    SavedTemplate.objects.create(
        owner=alice,
        title="Mine",
        category="other",
        size="small",
        need="x",
        body="y",
        usage_count=3,
    )
    SavedTemplate.objects.create(
        owner=bob, title="Bobs", category="other", size="small", need="x", body="y"
    )
    response = alice_client.get(reverse("asks:templates"))
    assert "Mine" in response.text
    assert "used 3 times" in response.text
    assert "Bobs" not in response.text


@pytest.mark.parametrize("name", ["template_edit", "template_delete"])
def test_another_users_template_is_404(bob, alice_client, name):
    theirs = SavedTemplate.objects.create(
        owner=bob, title="Bob's", category="other", size="small", need="x", body="y"
    )
    assert (
        alice_client.get(reverse(f"asks:{name}", args=[theirs.pk])).status_code == 404
    )
    assert (
        alice_client.post(reverse(f"asks:{name}", args=[theirs.pk])).status_code == 404
    )
    assert SavedTemplate.objects.filter(pk=theirs.pk).exists()


def test_save_as_template_is_post_only_and_private(alice, bob_client, alice_client):
    ask = ready_ask(alice)
    url = reverse("asks:save_template", args=[ask.pk])
    assert alice_client.get(url).status_code == 405
    assert bob_client.post(url, {"message": "x"}).status_code == 404


@pytest.mark.parametrize(
    "query",
    [
        {"template": "\u00b2"},
        {"template": "99999999999999999999"},
        {"template": "-1"},
        {"starter": "\u00b2"},
        {"starter": "1e3"},
        {"template": "abc"},
    ],
)
def test_a_template_id_that_is_not_one_is_a_404(alice_client, query):
    assert alice_client.get(reverse("asks:new"), query).status_code == 404
