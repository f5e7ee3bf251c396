"""Curating guidance in the admin: validation, previews, bulk actions, the
Curators group and the change history."""

import pytest
from django.contrib.admin.models import CHANGE, LogEntry
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils.html import escape

from helpapp.accounts.models import User
from helpapp.asks.models import Ask
from helpapp.guidance.models import CrisisResource, Phrase, StarterTemplate, Tip
from tests.conftest import logged_in, make_person, make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client_(db):
    admin = make_user("root")
    admin.is_staff = admin.is_superuser = True
    admin.save()
    return logged_in(admin)


@pytest.fixture
def curator(db):
    user = make_user("cora")
    user.is_staff = True
    user.save()
    user.groups.add(Group.objects.get(name="Curators"))
    return user


def phrase_form(**overrides) -> dict:
    return {
        "kind": "greeting",
        "tone": "casual",
        "text": "Hiya {person},",
        "for_text": "on",
        "order": "10",
        "active": "on",
        **overrides,
    }


def tip_form(**overrides) -> dict:
    return {
        "place": "need",
        "barrier": "burden",
        "title": "Most people like being asked",
        "body": "Giving help feels good.",
        "source": "",
        "order": "10",
        "active": "on",
        **overrides,
    }


def test_an_unknown_placeholder_is_refused_with_a_clear_message(admin_client_):
    response = admin_client_.post(
        reverse("admin:guidance_phrase_add"), phrase_form(text="Hi {persn},")
    )
    assert response.status_code == 200
    assert "Unknown placeholder {persn}. Use only {person}, {need}" in response.text
    assert not Phrase.objects.filter(text="Hi {persn},").exists()


def test_an_unclosed_brace_is_refused(admin_client_):
    response = admin_client_.post(
        reverse("admin:guidance_phrase_add"), phrase_form(text="Hi {person,")
    )
    assert "A { or } is not closed." in response.text


def test_a_starter_template_with_an_unknown_placeholder_is_refused(admin_client_):
    response = admin_client_.post(
        reverse("admin:guidance_startertemplate_add"),
        {
            "title": "Lift",
            "category": "practical",
            "size": "small",
            "need": "a lift",
            "body": "Hi {person}, could you help with {nede}?",
            "order": "10",
            "active": "on",
        },
    )
    assert "Unknown placeholder {nede}." in response.text
    assert not StarterTemplate.objects.filter(title="Lift").exists()


def test_a_phrase_needs_a_channel(admin_client_):
    data = phrase_form()
    del data["for_text"]
    response = admin_client_.post(reverse("admin:guidance_phrase_add"), data)
    assert "Tick at least one channel this phrase suits." in response.text


def test_a_crisis_resource_needs_a_way_to_reach_it(admin_client_):
    response = admin_client_.post(
        reverse("admin:guidance_crisisresource_add"),
        {
            "country": "GB",
            "name": "Nowhere line",
            "description": "x",
            "source_url": "https://example.org/",
            "order": "1",
            "active": "on",
        },
    )
    assert "Give at least a phone number, a text number or a website." in response.text


def test_phrase_preview_uses_sample_values(admin_client_):
    phrase = Phrase.objects.create(
        kind="ask", text="Could you help with {need} {when}?"
    )
    response = admin_client_.get(
        reverse("admin:guidance_phrase_change", args=[phrase.pk])
    )
    assert (
        "Could you help with a lift to the station on Saturday morning in the next "
        "week or two?" in response.text
    )


def test_a_starters_preview_is_what_a_user_gets_from_it(admin_client_, alice_client):
    """For each first starter: the admin's preview equals the draft a user
    gets who keeps its need and asks Sam, who is good at driving."""
    alice = User.objects.get(username="alice")
    sam = make_person(alice, "Sam Okafor", good_at="driving")
    starters = list(StarterTemplate.objects.active())
    assert starters
    for starter in starters:
        page = admin_client_.get(
            reverse("admin:guidance_startertemplate_change", args=[starter.pk])
        )
        preview = starter.preview()
        assert f"<blockquote>{escape(preview)}</blockquote>" in page.text
        alice_client.post(
            reverse("asks:new"),
            {
                "starter": starter.pk,
                "need": starter.need,
                "category": starter.category,
                "size": starter.size,
                "no_deadline": "on",
            },
        )
        ask = Ask.objects.filter(owner=alice).latest("pk")
        ask.person = sam
        ask.save()
        draft = alice_client.get(reverse("asks:message", args=[ask.pk]))
        assert draft.context["form"]["message"].value() == preview


def test_bulk_hide_and_show(admin_client_):
    tips = [Tip.objects.create(place="need", title=f"T{i}", body="b") for i in range(3)]
    response = admin_client_.post(
        reverse("admin:guidance_tip_changelist"),
        {"action": "make_inactive", "_selected_action": [t.pk for t in tips[:2]]},
        follow=True,
    )
    assert "2 items are now hidden." in response.text
    mine = Tip.objects.filter(pk__in=[t.pk for t in tips])
    assert list(mine.active().values_list("title", flat=True)) == ["T2"]
    admin_client_.post(
        reverse("admin:guidance_tip_changelist"),
        {"action": "make_active", "_selected_action": [tips[0].pk]},
    )
    assert mine.active().count() == 2


@pytest.mark.parametrize(
    "model",
    [
        "tip",
        "phrase",
        "startertemplate",
        "crisisresource",
        "crisisphrase",
        "lexiconentry",
    ],
)
def test_every_content_list_has_filters_and_search(admin_client_, model):
    response = admin_client_.get(reverse(f"admin:guidance_{model}_changelist"))
    assert response.status_code == 200
    assert 'id="changelist-filter"' in response.text
    assert 'id="searchbar"' in response.text


def test_a_curator_can_edit_content_and_the_history_says_who(curator):
    client = logged_in(curator)
    tip = Tip.objects.create(place="need", title="Old title", body="b")
    response = client.post(
        reverse("admin:guidance_tip_change", args=[tip.pk]),
        tip_form(title="New title"),
    )
    assert response.status_code == 302
    tip.refresh_from_db()
    assert tip.title == "New title"
    entry = LogEntry.objects.get(object_id=str(tip.pk))
    assert entry.user == curator
    assert entry.action_flag == CHANGE
    assert "Title" in entry.get_change_message()
    history = client.get(reverse("admin:guidance_tip_history", args=[tip.pk]))
    assert "cora" in history.text


def test_a_curator_can_add_a_crisis_resource(curator):
    client = logged_in(curator)
    response = client.post(
        reverse("admin:guidance_crisisresource_add"),
        {
            "country": "IE",
            "name": "A line",
            "phone": "116 123 (free, 24h)",
            "phone_dial": "116123",
            "description": "Someone to talk to.",
            "source_url": "https://example.org/",
            "order": "1",
            "active": "on",
        },
    )
    assert response.status_code == 302
    assert CrisisResource.objects.get(name="A line").tel_link == "tel:116123"


def line_form(**fields) -> dict:
    return {
        "country": "US",
        "name": "A line",
        "description": "Someone to talk to.",
        "source_url": "https://example.org/",
        "order": "1",
        "active": "on",
        **fields,
    }


@pytest.mark.parametrize(
    ("fields", "field", "message"),
    [
        ({"phone": "116 123"}, "phone_dial", "Give the digits to dial"),
        ({"phone": "988", "phone_dial": "98-8"}, "phone_dial", "Only digits"),
        ({"phone": "988", "phone_dial": "call 988"}, "phone_dial", "Only digits"),
        ({"sms_number": "741741"}, "sms_dial", "Give the digits to dial"),
        (
            {"web_url": "https://example.org/", "phone_dial": "988"},
            "phone",
            "as people write it",
        ),
        (
            {"web_url": "https://example.org/", "sms_keyword": "HOME"},
            "sms_number",
            "needs a number to text",
        ),
    ],
)
def test_the_admin_refuses_a_line_it_could_not_dial(curator, fields, field, message):
    client = logged_in(curator)
    response = client.post(
        reverse("admin:guidance_crisisresource_add"), line_form(**fields)
    )
    assert response.status_code == 200
    errors = response.context["adminform"].form.errors
    assert message in " ".join(errors[field])
    assert not CrisisResource.objects.filter(name="A line").exists()


def test_a_number_with_notes_dials_only_its_digits(curator):
    client = logged_in(curator)
    client.post(
        reverse("admin:guidance_crisisresource_add"),
        line_form(
            phone="1-800-273-8255 (press 1)",
            phone_dial="18002738255",
            sms_number="741 741",
            sms_dial="741741",
            sms_keyword="HOME NOW & then",
        ),
    )
    line = CrisisResource.objects.get(name="A line")
    assert line.tel_link == "tel:18002738255"
    assert line.sms_link == "sms:741741?&body=HOME%20NOW%20%26%20then"


@pytest.mark.parametrize(
    "url",
    [
        "admin:accounts_user_changelist",
        "admin:auth_group_changelist",
    ],
)
def test_a_curator_can_do_nothing_else(curator, url):
    client = logged_in(curator)
    assert client.get(reverse(url)).status_code == 403


def test_the_curators_group_holds_only_content_permissions():
    group = Group.objects.get(name="Curators")
    apps = set(group.permissions.values_list("content_type__app_label", flat=True))
    assert apps == {"guidance"}
    assert group.permissions.count() == 6 * 4


def test_a_user_without_staff_status_cannot_reach_the_admin(alice_client):
    response = alice_client.get(reverse("admin:guidance_tip_changelist"))
    assert response.status_code == 302
    assert reverse("admin:login") in response["Location"]


def test_a_curators_edits_show_in_the_wizard_on_the_next_load(curator, alice):
    from tests.conftest import make_ask, make_person

    Tip.objects.filter(place="message").update(active=False)
    Phrase.objects.filter(kind="thanks").update(active=False)
    tip = Tip.objects.create(place="message", title="Old tip title", body="b")
    phrase = Phrase.objects.create(kind="thanks", text="Thanks a lot.", for_email=False)
    ask = make_ask(alice, person=make_person(alice, "Sam"))
    alice_client = logged_in(alice)
    url = reverse("asks:message", args=[ask.pk])
    assert "Old tip title" in alice_client.get(url).text

    editor = logged_in(curator)
    editor.post(
        reverse("admin:guidance_tip_change", args=[tip.pk]),
        tip_form(place="message", title="A fresh tip title"),
    )
    editor.post(
        reverse("admin:guidance_phrase_change", args=[phrase.pk]),
        phrase_form(kind="thanks", text="Thank you so very much."),
    )
    text = alice_client.get(url).text
    assert "A fresh tip title" in text
    assert "Thank you so very much." in text
