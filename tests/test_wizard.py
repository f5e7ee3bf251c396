"""The three-step wizard: need, person, message; saved at every step."""

import re
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from helpapp.asks.models import Ask
from helpapp.people.models import Person
from helpapp.vocabulary import Status
from tests.conftest import make_ask, make_person

pytestmark = pytest.mark.django_db

TOMORROW = (timezone.localdate() + timedelta(days=1)).isoformat()


def need_data(**overrides) -> dict:
    return {
        "need": "a lift to the station on Saturday morning",
        "category": "practical",
        "size": "small",
        "due_date": TOMORROW,
        "why": "my train leaves at nine",
        **overrides,
    }


def new_person_data(**overrides) -> dict:
    return {
        "who": "new",
        "new-name": "Sam Okafor",
        "new-relationship": "friend",
        "new-good_at": "driving",
        "new-preferred_channel": "text",
        **overrides,
    }


# Step 1: the need


def test_step_one_creates_a_draft_and_moves_to_the_person_step(alice, alice_client):
    response = alice_client.post(reverse("asks:new"), need_data())
    ask = Ask.objects.get(owner=alice)
    assert response.status_code == 302
    assert response["Location"] == reverse("asks:person", args=[ask.pk])
    assert ask.status == Status.DRAFT
    assert ask.need == "a lift to the station on Saturday morning"
    assert ask.due_date.isoformat() == TOMORROW
    assert ask.why == "my train leaves at nine"


def test_step_one_page_shows_the_question_and_step_count(alice_client):
    response = alice_client.get(reverse("asks:new"))
    assert response.status_code == 200
    assert "<title>What do you need? – LeanOn</title>" in response.text
    assert "Step 1 of 3" in response.text
    for label in [
        "Practical",
        "Work or study",
        "Emotional support",
        "Health and mental health",
        "Money",
        "Other",
    ]:
        assert label in response.text


def test_no_deadline_is_accepted(alice, alice_client):
    alice_client.post(reverse("asks:new"), need_data(due_date="", no_deadline="on"))
    assert Ask.objects.get(owner=alice).due_date is None


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"need": ""}, "Say what you need help with."),
        ({"need": "   "}, "Say what you need help with."),
        ({"need": "x" * 501}, "Keep it to 500 characters or fewer (it has 501)."),
        ({"due_date": "2000-01-01"}, "The date must be today or later."),
        ({"due_date": "not a date"}, "Enter a real date, for example 2026-12-24."),
        ({"due_date": ""}, "Enter a date, or tick “No deadline”."),
        ({"no_deadline": "on"}, "Clear the date, or untick “No deadline”."),
        ({"category": ""}, "Choose what kind of help it is."),
        ({"size": "enormous"}, "Select a valid choice."),
    ],
)
def test_bad_need_is_refused_with_a_message_and_nothing_lost(
    alice_client, overrides, message
):
    data = need_data(**overrides)
    response = alice_client.post(reverse("asks:new"), data)
    assert response.status_code == 200
    assert not Ask.objects.exists()
    assert message in response.text
    assert response.text.count(message) >= 2  # in the summary and by the field
    assert response.text.count("Error: What do you need?") == 1  # the title
    # What was typed is still there.
    if data["need"].strip():
        assert data["need"] in response.text
    assert data["why"] in response.text


def test_error_is_tied_to_its_field_for_screen_readers(alice_client):
    response = alice_client.post(reverse("asks:new"), need_data(need=""))
    assert 'aria-invalid="true"' in response.text
    assert 'aria-describedby="id_need_helptext id_need_error"' in response.text
    assert 'id="id_need_error"' in response.text
    assert 'href="#id_need"' in response.text  # the summary links to the field


def test_a_long_need_is_not_cut_by_the_browser(alice_client):
    response = alice_client.get(reverse("asks:new"))
    assert "maxlength" not in response.text


def test_editing_step_one_keeps_the_same_request(alice, alice_client):
    ask = make_ask(alice)
    response = alice_client.post(
        reverse("asks:need", args=[ask.pk]), need_data(need="help moving a sofa")
    )
    assert response.status_code == 302
    ask.refresh_from_db()
    assert ask.need == "help moving a sofa"
    assert Ask.objects.count() == 1


def test_back_to_step_one_shows_every_answer(alice, alice_client):
    ask = make_ask(alice, why="it matters", due_date=None)
    response = alice_client.get(reverse("asks:need", args=[ask.pk]))
    assert "a lift to the station" in response.text
    assert "it matters" in response.text
    assert re.search(
        r'<input type="checkbox" name="no_deadline"[^>]* checked', response.text
    )


# Step 2: the person


def test_step_two_picks_one_of_my_people(alice, alice_client):
    ask = make_ask(alice)
    sam = make_person(alice, preferred_channel="email")
    response = alice_client.post(
        reverse("asks:person", args=[ask.pk]), {"who": str(sam.pk)}
    )
    assert response["Location"] == reverse("asks:message", args=[ask.pk])
    ask.refresh_from_db()
    assert ask.person == sam
    assert ask.channel == "email"


def test_step_two_adds_a_person_inline(alice, alice_client):
    ask = make_ask(alice)
    response = alice_client.post(
        reverse("asks:person", args=[ask.pk]), new_person_data()
    )
    assert response.status_code == 302
    sam = Person.objects.get(owner=alice)
    assert (sam.name, sam.relationship, sam.good_at) == (
        "Sam Okafor",
        "friend",
        "driving",
    )
    ask.refresh_from_db()
    assert ask.person == sam


def test_step_two_lists_the_best_few_and_can_show_everyone(alice, alice_client):
    """Five best matches, then "Show everyone"; showing everyone keeps what
    was typed for someone new and saves nothing."""
    from helpapp.asks.views import BEST_FEW

    ask = make_ask(alice, "drive me to the station")
    make_person(alice, "Zed Driver", good_at="driving")
    for i in range(BEST_FEW + 2):
        make_person(alice, f"Person {i}", good_at="maths")
    url = reverse("asks:person", args=[ask.pk])
    text = alice_client.get(url).text
    assert text.count('name="who" value="') == BEST_FEW + 1  # and someone new
    assert text.index("Zed Driver") < text.index("Person 0")  # best first
    assert "Show everyone (3 more)" in text
    assert "Person 6" not in text
    typed = {**new_person_data(), "everyone": "1"}
    response = alice_client.post(url, typed)
    assert response.status_code == 200
    assert response.text.count('name="who" value="') == BEST_FEW + 4
    assert "Show everyone" not in response.text
    assert 'value="Sam Okafor"' in response.text
    assert 'value="new" id="id_who_new" class="form-check-input" checked' in (
        response.text
    )
    assert Person.objects.filter(owner=alice).count() == BEST_FEW + 3
    ask.refresh_from_db()
    assert ask.person is None
    last = Person.objects.get(owner=alice, name="Person 6")
    response = alice_client.post(url, {"who": str(last.pk)})
    assert response.status_code == 302
    ask.refresh_from_db()
    assert ask.person == last


def test_step_two_weighs_the_last_year_of_answers(alice, alice_client):
    sam = make_person(alice, "Sam", relationship="other")
    kim = make_person(alice, "Kim", relationship="other")
    for person, days_ago in ((sam, 400), (kim, 100)):
        old = make_ask(
            alice,
            person=person,
            status=Status.SENT,
            sent_at=timezone.now(),
            outcome="yes",
        )
        Ask.objects.filter(pk=old.pk).update(
            created_at=timezone.now() - timedelta(days=days_ago)
        )
    ask = make_ask(alice, "a lift to the station")
    text = alice_client.get(reverse("asks:person", args=[ask.pk])).text
    assert text.index(">Kim (") < text.index(">Sam (")
    assert text.count("Said yes before") == 1


def test_step_two_lists_only_my_people(alice, bob, alice_client):
    ask = make_ask(alice)
    make_person(alice, "Sam")
    make_person(bob, "Bobs Friend")
    response = alice_client.get(reverse("asks:person", args=[ask.pk]))
    assert "Sam" in response.text
    assert "Bobs Friend" not in response.text


def test_someone_elses_person_is_refused(alice, bob, alice_client):
    ask = make_ask(alice)
    make_person(alice, "Sam")
    theirs = make_person(bob, "Bobs Friend")
    response = alice_client.post(
        reverse("asks:person", args=[ask.pk]), {"who": str(theirs.pk)}
    )
    assert response.status_code == 200
    assert "Choose one of your people, or add someone new." in response.text
    ask.refresh_from_db()
    assert ask.person is None


def test_a_new_person_without_a_name_is_refused_and_kept(alice, alice_client):
    ask = make_ask(alice)
    response = alice_client.post(
        reverse("asks:person", args=[ask.pk]),
        new_person_data(**{"new-name": " ", "new-good_at": "baking bread"}),
    )
    assert response.status_code == 200
    assert "Enter the person&#x27;s name." in response.text
    assert "baking bread" in response.text
    assert not Person.objects.exists()


def test_typing_a_new_person_but_choosing_an_existing_one_keeps_the_typing(
    alice, bob, alice_client
):
    ask = make_ask(alice)
    make_person(alice, "Sam")
    response = alice_client.post(
        reverse("asks:person", args=[ask.pk]),
        {"who": "", "new-name": "Nadia", "new-good_at": "maths"},
    )
    assert "Choose someone to ask, or add someone new." in response.text
    assert 'value="Nadia"' in response.text
    assert "Enter the person" not in response.text


# Step 3: the message


def ready_ask(owner, **fields):
    person = make_person(owner, "Sam Okafor", good_at="driving")
    return make_ask(owner, person=person, **fields)


def test_step_three_shows_a_specific_grateful_draft(alice, alice_client):
    ask = ready_ask(alice, why="my train leaves at nine")
    response = alice_client.get(reverse("asks:message", args=[ask.pk]))
    assert response.status_code == 200
    text = response.text
    assert "Step 3 of 3" in text
    assert "Hi Sam" in text
    assert "a lift to the station" in text
    assert "driving" in text  # why this person
    assert "Thank you" in text
    assert "that&#x27;s fine" in text  # the easy no
    assert "mailto:?subject=" in text
    assert "sms:?&amp;body=" in text
    assert "I've sent it" in text


def test_step_three_shows_the_answers_with_change_links(alice, alice_client):
    ask = ready_ask(alice)
    response = alice_client.get(reverse("asks:message", args=[ask.pk]))
    assert reverse("asks:need", args=[ask.pk]) in response.text
    assert reverse("asks:person", args=[ask.pk]) in response.text


def test_saving_an_edited_message_keeps_the_users_words(alice, alice_client):
    ask = ready_ask(alice)
    response = alice_client.post(
        reverse("asks:message", args=[ask.pk]),
        {"subject": "", "message": "Sam, could you drive me on Saturday? Thanks!"},
        follow=True,
    )
    assert "Draft saved." in response.text
    ask.refresh_from_db()
    assert ask.message == "Sam, could you drive me on Saturday? Thanks!"
    assert ask.message_edited
    assert "Sam, could you drive me on Saturday? Thanks!" in response.text


def test_an_empty_message_is_refused(alice, alice_client):
    ask = ready_ask(alice)
    response = alice_client.post(
        reverse("asks:message", args=[ask.pk]), {"subject": "", "message": "  "}
    )
    assert "Write your message, or use the draft." in response.text
    ask.refresh_from_db()
    assert ask.message == ""


def test_ive_sent_it_marks_the_request_sent(alice, alice_client):
    ask = ready_ask(alice)
    response = alice_client.post(
        reverse("asks:sent", args=[ask.pk]),
        {"subject": "", "message": "Hi Sam, could you help? Thank you!"},
        follow=True,
    )
    ask.refresh_from_db()
    assert ask.status == Status.SENT
    assert ask.sent_at is not None
    assert ask.message == "Hi Sam, could you help? Thank you!"
    assert "Marked as sent." in response.text
    assert response.redirect_chain[-1][0] == ask.get_absolute_url()


def test_sent_is_post_only(alice, alice_client):
    ask = ready_ask(alice)
    response = alice_client.get(reverse("asks:sent", args=[ask.pk]))
    assert response.status_code == 405


def test_a_sent_request_cannot_be_changed(alice, alice_client):
    ask = ready_ask(alice, message="Sent words", message_edited=True)
    ask.send()
    for name in ["need", "person", "message"]:
        response = alice_client.get(reverse(f"asks:{name}", args=[ask.pk]), follow=True)
        assert (
            "This request has been sent, so it can&#x27;t be changed." in response.text
        )
    response = alice_client.post(
        reverse("asks:sent", args=[ask.pk]), {"message": "Other words"}
    )
    assert response["Location"] == ask.get_absolute_url()
    response = alice_client.post(
        reverse("asks:need", args=[ask.pk]), need_data(need="changed")
    )
    ask.refresh_from_db()
    assert (ask.need, ask.message) == ("a lift to the station", "Sent words")


def test_a_later_step_typed_by_hand_goes_back_to_the_step_to_do(alice, alice_client):
    ask = make_ask(alice)  # no person yet
    response = alice_client.get(reverse("asks:message", args=[ask.pk]), follow=True)
    assert response.redirect_chain[-1][0] == reverse("asks:person", args=[ask.pk])
    assert "Let&#x27;s finish this step first." in response.text
    response = alice_client.post(reverse("asks:sent", args=[ask.pk]), {"message": "hi"})
    ask.refresh_from_db()
    assert ask.status == Status.DRAFT


def test_unknown_step_is_404(alice, alice_client):
    ask = make_ask(alice)
    response = alice_client.get(f"/asks/{ask.pk}/finale/")
    assert response.status_code == 404


def test_composed_draft_follows_a_change_of_person(alice, alice_client):
    ask = ready_ask(alice)
    nadia = make_person(alice, "Nadia", good_at="maths")
    alice_client.post(reverse("asks:person", args=[ask.pk]), {"who": str(nadia.pk)})
    response = alice_client.get(reverse("asks:message", args=[ask.pk]))
    assert "Hi Nadia" in response.text


def test_edited_draft_survives_a_change_of_person(alice, alice_client):
    ask = ready_ask(alice, message="My own words", message_edited=True)
    nadia = make_person(alice, "Nadia")
    alice_client.post(reverse("asks:person", args=[ask.pk]), {"who": str(nadia.pk)})
    response = alice_client.get(reverse("asks:message", args=[ask.pk]))
    assert "My own words" in response.text


# Resume, several drafts, htmx


def test_several_drafts_can_be_resumed_from_home(alice, alice_client):
    first = make_ask(alice, "first need")
    second = ready_ask(alice, need="second need")
    response = alice_client.get(reverse("home"))
    assert "first need" in response.text
    assert "second need" in response.text
    assert reverse("asks:person", args=[first.pk]) in response.text
    assert reverse("asks:message", args=[second.pk]) in response.text


def test_htmx_gets_the_step_partial_and_the_address_to_show(alice, alice_client):
    headers = {"HX-Request": "true"}
    response = alice_client.post(
        reverse("asks:new"), need_data(), headers=headers, follow=True
    )
    ask = Ask.objects.get(owner=alice)
    assert response.status_code == 200
    assert response["HX-Push-Url"] == reverse("asks:person", args=[ask.pk])
    assert "<html" not in response.text
    assert '<div id="wizard-step"' in response.text
    assert "<title>Who would you like to ask? – LeanOn</title>" in response.text
    assert "HX-Request" in response["Vary"]


def test_htmx_error_stays_on_the_step_without_a_new_address(alice_client):
    response = alice_client.post(
        reverse("asks:new"), need_data(need=""), headers={"HX-Request": "true"}
    )
    assert "HX-Push-Url" not in response
    assert "<title>Error: What do you need? – LeanOn</title>" in response.text
    assert "<html" not in response.text


def test_htmx_history_restore_gets_the_whole_page(alice, alice_client):
    ask = make_ask(alice)
    response = alice_client.get(
        reverse("asks:person", args=[ask.pk]),
        headers={"HX-Request": "true", "HX-History-Restore-Request": "true"},
    )
    assert "<html" in response.text


def test_htmx_sent_leaves_the_wizard_with_a_full_page_load(alice, alice_client):
    ask = ready_ask(alice)
    response = alice_client.post(
        reverse("asks:sent", args=[ask.pk]),
        {"message": "Hi Sam, thank you!"},
        headers={"HX-Request": "true"},
    )
    assert response["HX-Redirect"] == ask.get_absolute_url()
