"""My people: add, edit, delete (with undo) a trusted person; each person's
requests and the give and take with them."""

import re
from datetime import timedelta

import pytest
from django.core.cache import cache
from django.urls import reverse
from django.utils import timezone

from helpapp.coach import Phrase
from helpapp.guidance.models import Phrase as BankPhrase
from helpapp.people.forms import PersonDetailsForm, PersonForm, normalise_tags
from helpapp.people.models import HelpGiven, Person
from helpapp.people.offer import draft_offer
from helpapp.vocabulary import Outcome, Status
from tests.conftest import make_ask, make_person

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate()


def person_data(**overrides) -> dict:
    return {
        "name": "Sam Okafor",
        "relationship": "friend",
        "good_at": "driving, cooking",
        "preferred_channel": "email",
        "email": "sam@example.com",
        "phone": "+44 7400 123456",
        "notes": "Free most weekends",
        "safe": "on",
        **overrides,
    }


def answered(owner, person, outcome=Outcome.YES, need="a lift to the station"):
    """A request sent to person and answered."""
    return make_ask(
        owner,
        need,
        person=person,
        status=Status.SENT,
        sent_at=timezone.now(),
        outcome=outcome,
        outcome_on=TODAY,
    )


def person_url(name: str, person) -> str:
    return reverse(f"people:{name}", args=[person.pk])


# What each person URL answers to; the other method is a 405 for anyone.
GETS = ("detail", "edit", "delete")
POSTS = ("edit", "delete", "restore", "helped")


# Who can see what


@pytest.mark.parametrize(
    "url", ["/people/", "/people/new/", "/people/1/", "/people/1/edit/"]
)
def test_anonymous_is_sent_to_log_in(client, url):
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


def test_anonymous_cannot_post(client, alice):
    sam = make_person(alice)
    for name in POSTS:
        response = client.post(person_url(name, sam))
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("login"))
    sam.refresh_from_db()
    assert sam.deleted_at is None


@pytest.mark.parametrize("name", GETS)
def test_other_users_person_is_404_on_get(alice, bob_client, name):
    sam = make_person(alice)
    assert bob_client.get(person_url(name, sam)).status_code == 404


@pytest.mark.parametrize("name", POSTS)
def test_other_users_person_is_404_on_post(alice, bob_client, name):
    sam = make_person(alice)
    data = {**person_data(name="Hacked"), "given_on": TODAY.isoformat()}
    assert bob_client.post(person_url(name, sam), data).status_code == 404
    sam.refresh_from_db()
    assert (sam.name, sam.deleted_at) == ("Sam", None)
    assert not HelpGiven.objects.exists()


@pytest.mark.parametrize("name", ["restore", "helped"])
def test_get_on_a_post_only_url_is_405(alice, alice_client, name):
    sam = make_person(alice)
    response = alice_client.get(reverse(f"people:{name}", args=[sam.pk]))
    assert response.status_code == 405


def test_the_list_and_pages_refuse_other_methods(alice, alice_client):
    sam = make_person(alice)
    assert alice_client.post(reverse("people:list")).status_code == 405
    assert alice_client.post(reverse("people:detail", args=[sam.pk])).status_code == 405


# The list


def test_list_shows_only_my_people_by_name(alice, bob, alice_client):
    make_person(alice, "Zoe", relationship="neighbour", good_at="")
    make_person(alice, "ana", relationship="family", good_at="maths, bikes", safe=True)
    make_person(bob, "Bobs Friend")
    response = alice_client.get(reverse("people:list"))
    text = response.text
    assert response.status_code == 200
    assert "Bobs Friend" not in text
    assert text.index(">ana<") < text.index(">Zoe<")  # ignoring case
    assert "Family" in text
    assert "Neighbour" in text
    assert '<li class="list-inline-item badge text-bg-light">maths</li>' in text
    assert '<li class="list-inline-item badge text-bg-light">bikes</li>' in text
    assert text.count(">Safe</span>") == 1
    assert 'href="{}"'.format(reverse("people:add")) in text


def test_how_often_someone_was_asked_is_on_their_page(alice, alice_client):
    """The list stays light (no count over every request); each person's
    page says how many requests went to them and how many got a yes."""
    sam = make_person(alice)
    answered(alice, sam, Outcome.YES)
    answered(alice, sam, Outcome.PARTLY)
    answered(alice, sam, Outcome.NO)
    make_ask(alice, person=sam)
    listed = alice_client.get(reverse("people:list")).text
    assert f'href="{sam.get_absolute_url()}"' in listed
    text = alice_client.get(sam.get_absolute_url()).text
    assert "Help from them (2)" in text
    assert text.count('<li class="list-group-item">') == 4


def test_list_has_an_empty_state(alice_client):
    response = alice_client.get(reverse("people:list"))
    assert "No one here yet." in response.text
    assert "Add someone" in response.text


# Adding and editing


def test_the_add_page_labels_every_field(alice_client):
    response = alice_client.get(reverse("people:add"))
    text = response.text
    assert response.status_code == 200
    assert "<title>Add someone – LeanOn</title>" in text
    assert text.count("<h1") == 1
    for label in [
        "Name",
        "Relationship",
        "What they are good at",
        "How they like to be reached",
        "Email (optional)",
        "Phone (optional)",
        "Notes (optional)",
        "Someone I feel safe with",
    ]:
        assert label in text
    for choice in [
        "Friend",
        "Family",
        "Partner",
        "Colleague",
        "Manager",
        "Neighbour",
        "Mentor",
        "Counsellor or therapist",
        "Doctor",
        "Other",
    ]:
        assert f">{choice}</option>" in text
    assert "novalidate" in text


def test_it_adds_a_person_with_every_detail(alice, alice_client):
    response = alice_client.post(reverse("people:add"), person_data())
    sam = Person.objects.get(owner=alice)
    assert response.status_code == 302
    assert response["Location"] == sam.get_absolute_url()
    assert sam.name == "Sam Okafor"
    assert sam.relationship == "friend"
    assert sam.strengths == ["driving", "cooking"]
    assert sam.preferred_channel == "email"
    assert sam.email == "sam@example.com"
    assert sam.phone.as_e164 == "+447400123456"
    assert sam.notes == "Free most weekends"
    assert sam.safe is True


def test_only_a_name_and_relationship_are_needed(alice, alice_client):
    data = person_data(good_at="", email="", phone="", notes="")
    del data["safe"]
    response = alice_client.post(reverse("people:add"), data)
    assert response.status_code == 302
    sam = Person.objects.get(owner=alice)
    assert (sam.email, sam.phone, sam.safe) == ("", "", False)


def test_it_edits_a_person(alice, alice_client):
    sam = make_person(alice)
    page = alice_client.get(reverse("people:edit", args=[sam.pk]))
    assert 'value="Sam"' in page.text
    response = alice_client.post(
        reverse("people:edit", args=[sam.pk]),
        person_data(name="Sam O", relationship="neighbour", safe=""),
    )
    assert response.status_code == 302
    assert response["Location"] == sam.get_absolute_url()
    sam.refresh_from_db()
    assert (sam.name, sam.relationship, sam.safe) == ("Sam O", "neighbour", False)
    assert Person.objects.count() == 1


BAD_INPUT = [
    ({"email": "sam@"}, "email", "Enter a valid email address, for example"),
    ({"phone": "12"}, "phone", "Enter a valid phone number, for example +44 7400"),
    ({"phone": "call me"}, "phone", "Enter a valid phone number, for example +44"),
    ({"name": ""}, "name", "Enter the person&#x27;s name."),
    ({"name": "   "}, "name", "Enter the person&#x27;s name."),
    ({"relationship": ""}, "relationship", "Choose how you know them."),
]


@pytest.mark.parametrize(("overrides", "field", "message"), BAD_INPUT)
def test_bad_input_on_add_is_refused_by_the_field_and_nothing_lost(
    alice_client, overrides, field, message
):
    data = person_data(**overrides)
    response = alice_client.post(reverse("people:add"), data)
    text = response.text
    assert response.status_code == 200
    assert not Person.objects.exists()
    assert "<title>Error: Add someone – LeanOn</title>" in text
    assert text.count(message) == 2  # in the summary and by the field
    assert f'id="id_{field}_error"' in text
    assert f'href="#id_{field}"' in text
    # Everything typed is still there.
    for name, value in data.items():
        if name in overrides or name in ("relationship", "preferred_channel", "safe"):
            continue
        assert f'value="{value}"' in text or f">\n{value}</textarea>" in text, name
    assert re.search(r'<input type="checkbox" name="safe"[^>]* checked', text)
    assert re.search(r'value="email"[^>]* checked', text)


@pytest.mark.parametrize(("overrides", "field", "message"), BAD_INPUT)
def test_bad_input_on_edit_changes_nothing(
    alice, alice_client, overrides, field, message
):
    sam = make_person(alice, email="old@example.com")
    data = person_data(**overrides)
    response = alice_client.post(reverse("people:edit", args=[sam.pk]), data)
    assert response.status_code == 200
    assert message in response.text
    assert "<title>Error: Edit Sam – LeanOn</title>" in response.text
    sam.refresh_from_db()
    assert (sam.name, sam.email) == ("Sam", "old@example.com")


def test_a_national_phone_number_uses_the_users_country(alice, alice_client):
    alice.country = "GB"
    alice.save()
    response = alice_client.post(
        reverse("people:add"), person_data(phone="07400 123456")
    )
    assert response.status_code == 302
    sam = Person.objects.get(owner=alice)
    assert sam.phone.as_e164 == "+447400123456"
    # Shown back the way the user's country writes it.
    page = alice_client.get(reverse("people:edit", args=[sam.pk]))
    assert 'value="07400 123456"' in page.text


def test_a_national_phone_number_is_refused_without_a_country(alice_client):
    response = alice_client.post(
        reverse("people:add"), person_data(phone="07400 123456")
    )
    assert response.status_code == 200
    assert "Enter a valid phone number, for example +44 7400 123456." in response.text
    assert 'value="07400 123456"' in response.text
    assert not Person.objects.exists()


@pytest.mark.parametrize("country", ["", "FR", "US"])
def test_an_international_phone_number_always_works(alice, alice_client, country):
    alice.country = country
    alice.save()
    response = alice_client.post(
        reverse("people:add"), person_data(phone="+44 7400 123456")
    )
    assert response.status_code == 302
    assert Person.objects.get(owner=alice).phone.as_e164 == "+447400123456"


def test_a_country_phonenumbers_does_not_know_is_ignored():
    form = PersonDetailsForm(person_data(phone="+44 7400 123456"), region="XX")
    assert form.is_valid()


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("Cooking ,  bikes,,maths", "Cooking, bikes, maths"),
        ("maths, Maths, MATHS, bikes", "maths, bikes"),
        ("  fixing   bikes  ", "fixing bikes"),
        (" , ,", ""),
        ("", ""),
    ],
)
def test_tags_are_normalised(typed, kept):
    assert normalise_tags(typed) == kept


def test_tags_are_normalised_when_saved(alice, alice_client):
    alice_client.post(
        reverse("people:add"), person_data(good_at="Cooking ,  bikes,,maths, cooking")
    )
    sam = Person.objects.get(owner=alice)
    assert sam.good_at == "Cooking, bikes, maths"
    assert sam.strengths == ["Cooking", "bikes", "maths"]


def test_the_wizards_short_form_still_works_and_normalises_tags():
    form = PersonForm(
        {
            "name": " Nadia ",
            "relationship": "friend",
            "good_at": "maths,, Maths",
            "preferred_channel": "text",
        }
    )
    assert form.is_valid(), form.errors
    assert list(form.fields) == ["name", "relationship", "good_at", "preferred_channel"]
    assert (form.cleaned_data["name"], form.cleaned_data["good_at"]) == (
        "Nadia",
        "maths",
    )


# Deleting and undoing


def test_delete_asks_first_and_deletes_nothing(alice, alice_client):
    sam = make_person(alice)
    response = alice_client.get(reverse("people:delete", args=[sam.pk]))
    assert response.status_code == 200
    assert "<h1>Delete Sam?</h1>" in response.text
    assert "Yes, delete Sam" in response.text
    sam.refresh_from_db()
    assert sam.deleted_at is None


def test_delete_hides_the_person_and_offers_an_undo(alice, alice_client):
    sam = make_person(alice)
    zoe = make_person(alice, "Zoe")
    ask = make_ask(alice)
    response = alice_client.post(reverse("people:delete", args=[sam.pk]), follow=True)
    assert response.redirect_chain == [(reverse("people:list"), 302)]
    sam.refresh_from_db()
    assert sam.deleted_at is not None
    assert "Sam was deleted." in response.text
    restore = reverse("people:restore", args=[sam.pk])
    assert re.search(
        rf'<form method="post" action="{restore}"[^>]*>\s*<input type="hidden" '
        r'name="csrfmiddlewaretoken"',
        response.text,
    )
    assert f'href="{sam.get_absolute_url()}"' not in response.text  # gone
    assert f'href="{zoe.get_absolute_url()}"' in response.text
    # Gone from the wizard's choices, and its page is a 404.
    step = alice_client.get(reverse("asks:person", args=[ask.pk]))
    assert f'name="who" value="{zoe.pk}"' in step.text
    assert f'name="who" value="{sam.pk}"' not in step.text
    assert alice_client.get(reverse("people:detail", args=[sam.pk])).status_code == 404
    # A second delete finds no one.
    assert alice_client.post(reverse("people:delete", args=[sam.pk])).status_code == 404


def test_undo_brings_the_person_back(alice, alice_client):
    sam = make_person(alice)
    alice_client.post(reverse("people:delete", args=[sam.pk]))
    response = alice_client.post(reverse("people:restore", args=[sam.pk]), follow=True)
    assert response.redirect_chain == [(sam.get_absolute_url(), 302)]
    assert "Sam is back in your people." in response.text
    sam.refresh_from_db()
    assert sam.deleted_at is None
    assert "Sam" in alice_client.get(reverse("people:list")).text


def test_other_user_cannot_undo_a_delete(alice, alice_client, bob_client):
    sam = make_person(alice)
    alice_client.post(reverse("people:delete", args=[sam.pk]))
    assert bob_client.post(reverse("people:restore", args=[sam.pk])).status_code == 404
    sam.refresh_from_db()
    assert sam.deleted_at is not None


# The person's page


def test_person_page_shows_details_and_requests_newest_first(alice, alice_client):
    sam = make_person(
        alice,
        "Sam Okafor",
        good_at="driving, maths",
        email="sam@example.com",
        phone="+447400123456",
        notes="Owns a van",
        safe=True,
    )
    older = answered(alice, sam, Outcome.PARTLY, need="help moving a sofa")
    newer = make_ask(alice, "a lift to the airport", person=sam)
    make_ask(alice, "someone else's request", person=make_person(alice, "Zoe"))
    response = alice_client.get(sam.get_absolute_url())
    text = response.text
    assert response.status_code == 200
    assert "<h1>Sam Okafor</h1>" in text
    assert "Someone you feel safe with" in text
    assert "Owns a van" in text
    assert 'href="mailto:sam@example.com"' in text
    assert 'href="tel:+447400123456"' in text
    assert "Requests to Sam Okafor" in text
    assert text.index("a lift to the airport") < text.index("help moving a sofa")
    assert f'href="{newer.get_absolute_url()}"' in text
    assert f'href="{older.get_absolute_url()}"' in text
    assert "Draft" in text
    assert "Answer: Partly" in text
    assert "someone else" not in text


def test_person_page_shows_the_ledger(alice, alice_client):
    sam = make_person(alice)
    answered(alice, sam, Outcome.YES, need="help moving a sofa")
    answered(alice, sam, Outcome.NO, need="a loan")
    HelpGiven.objects.create(owner=alice, person=sam, note="fed their cat")
    response = alice_client.get(sam.get_absolute_url())
    text = response.text
    ledger = text.split("Give and take")[1]
    assert "Help from them (1)" in ledger
    assert "help moving a sofa" in ledger
    assert "a loan" not in ledger
    assert "Help you gave (1)" in ledger
    assert "fed their cat" in ledger
    assert "I helped them" in ledger


def test_i_helped_them_logs_a_row(alice, alice_client):
    sam = make_person(alice)
    yesterday = TODAY - timedelta(days=1)
    response = alice_client.post(
        reverse("people:helped", args=[sam.pk]),
        {"note": "  walked   their dog ", "given_on": yesterday.isoformat()},
        follow=True,
    )
    assert response.redirect_chain == [(sam.get_absolute_url(), 302)]
    assert "Noted: you helped Sam." in response.text
    help_given = HelpGiven.objects.get()
    assert (help_given.owner, help_given.person) == (alice, sam)
    assert (help_given.note, help_given.given_on) == ("walked their dog", yesterday)


def test_help_logged_by_mistake_can_be_removed_after_a_confirmation(
    alice, alice_client
):
    sam = make_person(alice)
    kept = HelpGiven.objects.create(owner=alice, person=sam, note="fixed their bike")
    mistake = HelpGiven.objects.create(owner=alice, person=sam, note="logged twice")
    remove = reverse("people:remove_help", args=[mistake.pk])
    page = alice_client.get(sam.get_absolute_url())
    assert f'href="{remove}"' in page.text
    assert "Help you gave (2)" in page.text

    confirm = alice_client.get(remove)
    assert confirm.status_code == 200
    assert "Remove this help?" in confirm.text
    assert "logged twice" in confirm.text
    assert HelpGiven.objects.count() == 2  # nothing removed by looking

    response = alice_client.post(remove, follow=True)
    assert response.redirect_chain == [(sam.get_absolute_url(), 302)]
    assert "Removed from the help you gave Sam." in response.text
    assert "Help you gave (1)" in response.text
    assert list(HelpGiven.objects.all()) == [kept]
    # Gone: a second POST (a double click) is a 404, not an error.
    assert alice_client.post(remove).status_code == 404


def test_every_time_you_helped_is_listed_and_can_be_removed(alice, alice_client):
    sam = make_person(alice)
    helps = [
        HelpGiven.objects.create(owner=alice, person=sam, note=f"help {n}")
        for n in range(12)
    ]
    page = alice_client.get(sam.get_absolute_url()).text
    assert "Help you gave (12)" in page
    for help_given in helps:
        assert reverse("people:remove_help", args=[help_given.pk]) in page


def test_i_helped_them_defaults_to_today_with_no_note(alice, alice_client):
    sam = make_person(alice)
    page = alice_client.get(sam.get_absolute_url())
    assert f'value="{TODAY.isoformat()}"' in page.text
    alice_client.post(reverse("people:helped", args=[sam.pk]), {})
    help_given = HelpGiven.objects.get()
    assert (help_given.note, help_given.given_on) == ("", TODAY)


@pytest.mark.parametrize(
    ("given_on", "message"),
    [
        (
            (TODAY + timedelta(days=1)).isoformat(),
            "The date can&#x27;t be in the future.",
        ),
        ("not a date", "Enter a real date, for example 2026-03-14."),
    ],
)
def test_i_helped_them_refuses_a_bad_date_and_keeps_the_note(
    alice, alice_client, given_on, message
):
    sam = make_person(alice)
    response = alice_client.post(
        reverse("people:helped", args=[sam.pk]),
        {"note": "walked their dog", "given_on": given_on},
    )
    text = response.text
    assert response.status_code == 200
    assert text.count(message) == 2
    assert "<title>Error: Sam – LeanOn</title>" in text
    assert 'value="walked their dog"' in text
    assert f'value="{given_on}"' in text
    assert 'id="id_given_on_error"' in text
    assert not HelpGiven.objects.exists()


# Offering help back


def test_no_suggestion_when_it_is_balanced(alice, alice_client):
    sam = make_person(alice)
    answered(alice, sam)
    answered(alice, sam)
    HelpGiven.objects.create(owner=alice, person=sam)
    response = alice_client.get(sam.get_absolute_url())
    assert "Maybe offer something back" not in response.text
    assert "Open in email" not in response.text


def test_no_suggestion_after_one_yes(alice, alice_client):
    sam = make_person(alice)
    answered(alice, sam)
    response = alice_client.get(sam.get_absolute_url())
    assert "Maybe offer something back" not in response.text


def test_a_lopsided_ledger_suggests_an_offer_with_a_draft(alice, alice_client):
    sam = make_person(
        alice,
        "Sam Okafor",
        preferred_channel="text",
        email="sam@example.com",
        phone="+447400123456",
    )
    answered(alice, sam, Outcome.YES)
    answered(alice, sam, Outcome.PARTLY)
    response = alice_client.get(sam.get_absolute_url())
    text = response.text
    assert "Maybe offer something back" in text
    draft = re.search(r'<textarea[^>]*name="message"[^>]*>([^<]*)</textarea>', text)
    assert draft is not None
    assert draft.group(1).startswith("Hi Sam")
    assert "Okafor" not in draft.group(1)
    assert 'href="mailto:sam@example.com?subject=Thank%20you&amp;body=Hi%20Sam' in text
    assert 'href="sms:+447400123456?&amp;body=Hi%20Sam' in text
    assert 'class="message-form"' in text
    assert "data-copy" in text


def test_the_draft_uses_the_phrase_bank_for_the_persons_channel(alice):
    bank = (
        Phrase("greeting", "Hi {person},", ("text",)),
        Phrase("greeting", "Dear {person},", ("email",)),
        Phrase("thanks", "Thanks so much.", ("text",)),
        Phrase("thanks", "Thank you for everything.", ("email",)),
        Phrase("offer_back", "Happy to help you back.", ("text",)),
        Phrase("offer_back", "I would be glad to return the favour.", ("email",)),
        Phrase("offer_back", "Help with {need}?", ("email",)),
    )
    by_text = draft_offer(make_person(alice, "Sam Okafor"), bank)
    assert by_text.body == "Hi Sam, thanks so much. Happy to help you back."
    assert by_text.mailto.startswith("mailto:?subject=")
    assert by_text.sms.startswith("sms:?&body=Hi%20Sam")
    by_email = draft_offer(make_person(alice, "Ana", preferred_channel="email"), bank)
    assert by_email.body == (
        "Dear Ana,\n\nThank you for everything. I would be glad to return the favour."
    )


def test_the_draft_falls_back_to_another_channel_then_to_plain_words(alice):
    in_person = make_person(alice, "Ana", preferred_channel="in_person")
    bank = (Phrase("offer_back", "Happy to help you back.", ("text",)),)
    assert draft_offer(in_person, bank).body == (
        "Hi Ana, thank you for all your help lately. Happy to help you back."
    )
    assert draft_offer(in_person, ()).body == (
        "Hi Ana, thank you for all your help lately. "
        "If there is anything I can do for you, I'd be glad to."
    )


def test_the_draft_works_with_an_empty_phrase_bank(alice, alice_client):
    BankPhrase.objects.all().delete()
    cache.clear()
    sam = make_person(alice)
    answered(alice, sam)
    answered(alice, sam)
    response = alice_client.get(sam.get_absolute_url())
    assert "Hi Sam, thank you for all your help lately." in response.text


def test_the_draft_uses_the_curated_bank(alice):
    sam = make_person(alice, preferred_channel="text")
    BankPhrase.objects.all().delete()
    BankPhrase.objects.create(kind="offer_back", text="Your turn next, {person}!")
    body = draft_offer(sam).body
    assert body.endswith("Your turn next, Sam!")


def test_an_email_address_cannot_add_to_the_mail_link(alice, alice_client):
    """A quoted address may hold "?" and "&": encoded in the link, it stays
    part of the address instead of adding a cc or a body."""
    sam = make_person(alice, email='"?cc=evil@x.example&body=hi"@example.com')
    text = alice_client.get(sam.get_absolute_url()).text
    assert "mailto:%22%3Fcc%3Devil@x.example%26body%3Dhi%22@example.com" in text
