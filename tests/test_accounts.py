"""Sign up, log in and out, change and reset a password."""

import re

import pytest
from django.core import mail
from django.urls import reverse

from helpapp.accounts.models import User
from tests.conftest import PASSWORD

pytestmark = pytest.mark.django_db


def signup_data(**overrides) -> dict:
    return {
        "username": "carol",
        "email": "carol@example.com",
        "password1": PASSWORD,
        "password2": PASSWORD,
        **overrides,
    }


def test_sign_up_creates_an_account_and_logs_in(client):
    response = client.post(reverse("signup"), signup_data(), follow=True)
    assert User.objects.filter(username="carol").exists()
    assert response.context["user"].username == "carol"
    assert "Ask for help" in response.text


@pytest.mark.parametrize(
    ("header", "chosen"), [("de-DE,de;q=0.9,en;q=0.8", "DE"), ("en-IN", "IN")]
)
def test_sign_up_asks_the_country_pre_selected_from_the_browser(client, header, chosen):
    response = client.get(reverse("signup"), headers={"Accept-Language": header})
    assert "Your country" in response.text
    assert re.search(rf'<option value="{chosen}" selected>', response.text)


def test_sign_up_without_a_browser_hint_leaves_the_country_to_choose(client):
    response = client.get(reverse("signup"), headers={"Accept-Language": "en"})
    assert re.search(r'<option value="" selected>Choose your country', response.text)


def test_the_country_chosen_at_sign_up_is_saved(client):
    client.post(reverse("signup"), signup_data(country="KE"))
    assert User.objects.get(username="carol").country.code == "KE"


def test_the_country_is_optional_at_sign_up(client):
    client.post(reverse("signup"), signup_data(country=""))
    assert not User.objects.get(username="carol").country


def test_sign_up_refuses_a_taken_email_and_keeps_the_typing(alice, client):
    response = client.post(reverse("signup"), signup_data(email="ALICE@example.com"))
    assert response.status_code == 200
    assert "An account already uses this email." in response.text
    assert 'value="carol"' in response.text
    assert "<title>Error: Create your account – LeanOn</title>" in response.text
    assert not User.objects.filter(username="carol").exists()


def test_sign_up_refuses_mismatched_passwords(client):
    response = client.post(reverse("signup"), signup_data(password2="different1!A"))
    assert "The two password fields didn’t match." in response.text
    assert not User.objects.filter(username="carol").exists()


def test_log_in_and_out(alice, client):
    response = client.post(
        reverse("login"), {"username": "alice", "password": PASSWORD}, follow=True
    )
    assert response.context["user"] == alice
    response = client.post(reverse("logout"), follow=True)
    assert not response.context["user"].is_authenticated


def test_a_wrong_password_says_so(alice, client):
    response = client.post(reverse("login"), {"username": "alice", "password": "wrong"})
    assert response.status_code == 200
    assert "Please enter a correct username and password." in response.text


def test_log_out_is_post_only(alice_client):
    assert alice_client.get(reverse("logout")).status_code == 405


def test_change_password(alice, alice_client):
    response = alice_client.post(
        reverse("password_change"),
        {
            "old_password": PASSWORD,
            "new_password1": "another-long-Passw0rd",
            "new_password2": "another-long-Passw0rd",
        },
        follow=True,
    )
    assert "Your password has been changed." in response.text
    alice.refresh_from_db()
    assert alice.check_password("another-long-Passw0rd")


def test_reset_password_by_email(alice, client):
    response = client.post(
        reverse("password_reset"), {"email": "alice@example.com"}, follow=True
    )
    assert "Check your email" in response.text
    assert len(mail.outbox) == 1
    assert mail.outbox[0].subject == "Reset your LeanOn password"
    link = re.search(r"http://testserver(/account/reset/\S+/)", mail.outbox[0].body)
    response = client.get(link.group(1), follow=True)
    assert "Choose a new password" in response.text
    response = client.post(
        response.redirect_chain[-1][0],
        {"new_password1": "brand-new-Passw0rd", "new_password2": "brand-new-Passw0rd"},
        follow=True,
    )
    assert "Your new password is saved." in response.text
    alice.refresh_from_db()
    assert alice.check_password("brand-new-Passw0rd")


def test_reset_for_an_unknown_email_sends_nothing_and_reveals_nothing(client):
    response = client.post(
        reverse("password_reset"), {"email": "nobody@example.com"}, follow=True
    )
    assert "Check your email" in response.text
    assert mail.outbox == []


def test_every_form_has_a_csrf_token(client, alice_client):
    for c, url in [
        (client, reverse("signup")),
        (client, reverse("login")),
        (alice_client, reverse("asks:new")),
    ]:
        assert 'name="csrfmiddlewaretoken"' in c.get(url).text


def test_posts_without_a_csrf_token_are_refused(alice):
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    strict.force_login(alice)
    response = strict.post(reverse("asks:new"), {"need": "x"})
    assert response.status_code == 403
    assert "Please try that again" in response.text
