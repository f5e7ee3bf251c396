"""Every free-text field has a limit that fits its use; going over it gets
a message by the field with what was typed kept, and a post far bigger than
any form sends is refused before any work."""

import pytest
from django.apps import apps
from django.db import models
from django.urls import reverse

from helpapp.asks.models import SavedTemplate
from helpapp.people.models import Person
from helpapp.vocabulary import MESSAGE_MAX
from tests.conftest import make_ask, make_person

pytestmark = pytest.mark.django_db

LEANON_APPS = ("accounts", "asks", "people", "guidance")
# Text no one types: Django's session machinery writes it.
NOT_TYPED = {"UserSession.session_data"}


def test_every_text_field_people_or_curators_type_into_has_a_limit():
    unlimited = [
        f"{model.__name__}.{field.name}"
        for app in LEANON_APPS
        for model in apps.get_app_config(app).get_models()
        for field in model._meta.get_fields()
        if isinstance(field, models.TextField | models.CharField)
        and field.editable
        and not field.max_length
    ]
    assert set(unlimited) == NOT_TYPED


def ready_ask(owner, **fields):
    return make_ask(owner, person=make_person(owner), **fields)


def test_a_message_over_the_limit_is_refused_by_the_field_and_kept(alice, alice_client):
    ask = ready_ask(alice, message="My words", message_edited=True)
    typed = "Could you help on Saturday? " + "x" * MESSAGE_MAX
    response = alice_client.post(
        reverse("asks:message", args=[ask.pk]), {"subject": "", "message": typed}
    )
    assert response.status_code == 200
    assert (
        f"Keep it to {MESSAGE_MAX} characters or fewer (it has {len(typed)})."
        in response.text
    )
    assert typed in response.text  # still in the text box
    assert 'maxlength="' not in response.text  # a paste is never cut short
    ask.refresh_from_db()
    assert ask.message == "My words"


def test_the_live_check_says_why_a_long_message_is_not_saved(alice, alice_client):
    ask = ready_ask(alice, message="My words", message_edited=True)
    typed = "y" * (MESSAGE_MAX + 1)
    response = alice_client.post(
        reverse("asks:check", args=[ask.pk]),
        {"subject": "", "message": typed},
        headers={"HX-Request": "true"},
    )
    assert response.status_code == 200
    assert (
        f"Not saved. Keep it to {MESSAGE_MAX} characters or fewer "
        f"(it has {MESSAGE_MAX + 1})." in response.text
    )
    ask.refresh_from_db()
    assert ask.message == "My words"


def test_a_post_far_bigger_than_any_form_is_refused_before_any_work(
    alice, alice_client
):
    ask = ready_ask(alice, message="My words", message_edited=True)
    response = alice_client.post(
        reverse("asks:check", args=[ask.pk]),
        {"subject": "", "message": "z" * 1_900_000},
        headers={"HX-Request": "true"},
    )
    assert response.status_code == 413
    assert "That was too much to send at once" in response.text
    assert "what you typed is still in the page" in response.text
    ask.refresh_from_db()
    assert ask.message == "My words"


def test_a_post_with_more_fields_than_any_form_is_refused(alice, alice_client):
    response = alice_client.post(
        reverse("asks:new"), {f"field{i}": "x" for i in range(500)}
    )
    assert response.status_code == 413


def test_notes_over_the_limit_are_refused_by_the_field(alice, alice_client):
    person = make_person(alice, notes="Old notes")
    notes = "n" * 2001
    response = alice_client.post(
        reverse("people:edit", args=[person.pk]),
        {
            "name": "Sam",
            "relationship": "friend",
            "preferred_channel": "text",
            "notes": notes,
        },
    )
    assert response.status_code == 200
    assert "Keep it to 2000 characters or fewer (it has 2001)." in response.text
    assert notes in response.text
    person.refresh_from_db()
    assert person.notes == "Old notes"


def test_a_nul_character_sent_to_save_as_template_is_a_message_by_the_field(
    alice, alice_client
):
    """It used to reach PostgreSQL, which refused it, and the page said the
    database could not be reached."""
    ask = ready_ask(alice, message="My words", message_edited=True)
    response = alice_client.post(
        reverse("asks:save_template", args=[ask.pk]),
        {"subject": "", "message": "Hi Sam\x00, could you help?"},
    )
    assert response.status_code == 200
    assert "Null characters are not allowed." in response.text
    assert not SavedTemplate.objects.exists()
    ask.refresh_from_db()
    assert ask.message == "My words"


def test_save_as_template_keeps_the_message_as_the_draft(alice, alice_client):
    ask = ready_ask(alice, message="Old words", message_edited=True)
    response = alice_client.post(
        reverse("asks:save_template", args=[ask.pk]),
        {"subject": "", "message": "Hi Sam, could you help on Saturday?"},
    )
    assert response.status_code == 302
    ask.refresh_from_db()
    assert ask.message == "Hi Sam, could you help on Saturday?"
    assert (
        SavedTemplate.objects.get().body == "Hi {person}, could you help on Saturday?"
    )


def test_a_person_with_a_long_name_in_the_wizard_gets_the_fields_message(
    alice, alice_client
):
    ask = make_ask(alice)
    response = alice_client.post(
        reverse("asks:person", args=[ask.pk]),
        {
            "who": "new",
            "new-name": "S" * 101,
            "new-relationship": "friend",
            "new-preferred_channel": "text",
        },
    )
    assert response.status_code == 200
    assert "Keep it to 100 characters or fewer (it has 101)." in response.text
    assert not Person.objects.exists()
