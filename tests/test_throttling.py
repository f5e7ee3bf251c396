"""Login throttling: wrong passwords lock the address for a while, with a
calm page that says when to try again; a username guessed at from many
addresses is slowed down, never locked; a signed-in session re-entering its
own password has a limit of its own."""

from datetime import timedelta

import pytest
from axes.models import AccessAttempt
from django.conf import settings
from django.test import Client, override_settings
from django.urls import reverse
from django.utils import timezone

from tests.conftest import PASSWORD, make_user
from tests.test_settings import manage

pytestmark = pytest.mark.django_db

LIMIT = 5
WRONG = "not-the-password"


def log_in(username: str, password: str, address: str = "192.0.2.1", **headers):
    client = Client(REMOTE_ADDR=address, **headers)
    response = client.post(
        reverse("login"), {"username": username, "password": password}
    )
    return client, response


def logged_in_as(client: Client):
    return client.session.get("_auth_user_id")


def assert_locked_out(response) -> None:
    assert response.status_code == 429
    assert "accounts/lockout.html" in [t.name for t in response.templates]
    assert "Please enter a correct username and password." not in response.text
    assert "Logging in is paused for a while" in response.text
    assert "Please try again in 15 minutes." in response.text
    assert f'href="{reverse("password_reset")}"' in response.text
    assert response["Retry-After"] == "900"


def test_the_limits_are_five_tries_and_fifteen_minutes():
    assert settings.AXES_FAILURE_LIMIT == LIMIT
    cool_off = settings.AXES_COOLOFF_TIME
    assert cool_off == timedelta(minutes=15)
    assert settings.AXES_LOCKOUT_PARAMETERS == ["ip_address"]


def test_four_wrong_passwords_then_the_right_one_logs_in(alice):
    for _ in range(LIMIT - 1):
        _client, response = log_in("alice", WRONG)
        assert response.status_code == 200
        assert "Please enter a correct username and password." in response.text
    client, response = log_in("alice", PASSWORD)
    assert response.status_code == 302
    assert logged_in_as(client) == str(alice.pk)


SLOWED = "There have been several wrong passwords for this username lately"


def age_attempts(seconds: float) -> None:
    AccessAttempt.objects.update(
        attempt_time=timezone.now() - timedelta(seconds=seconds)
    )


def test_guesses_from_many_addresses_slow_the_account_but_never_lock_it(alice):
    """A stranger cannot lock alice out: after 5 wrong passwords from
    anywhere, each try for her username waits (15 s, then longer), and the
    right password works as soon as the wait is over."""
    for n in range(LIMIT):
        _client, response = log_in("alice", WRONG, f"198.51.100.{n + 1}")
        assert response.status_code == 200
    client, response = log_in("alice", PASSWORD, "203.0.113.99")
    assert response.status_code == 200
    assert SLOWED in response.text
    assert "Try again in 15 seconds." in response.text
    assert logged_in_as(client) is None
    # A refused try is not counted, so waiting is all it takes.
    age_attempts(16)
    client, response = log_in("alice", PASSWORD, "203.0.113.99")
    assert response.status_code == 302
    assert logged_in_as(client) == str(alice.pk)


def test_the_wait_grows_with_each_wrong_password_up_to_five_minutes(alice):
    from helpapp.accounts.throttling import wait_for

    for n in range(LIMIT):
        log_in("alice", WRONG, f"198.51.100.{n + 1}")
    waits = []
    for extra in range(6):
        attempt = AccessAttempt.objects.first()
        attempt.failures_since_start = 1 + extra
        attempt.save()
        waits.append(wait_for("alice"))
    assert waits == [15, 30, 60, 120, 240, 300]


def test_five_wrong_passwords_across_accounts_lock_the_address(alice, bob):
    for name in ["alice", "bob", "carol", "dan", "erin"]:
        _client, response = log_in(name, WRONG, "203.0.113.7")
    assert_locked_out(response)
    # From that address even bob's right password is refused ...
    client, response = log_in("bob", PASSWORD, "203.0.113.7")
    assert_locked_out(response)
    assert logged_in_as(client) is None
    # ... while bob, and alice, can still log in from anywhere else.
    for user in (alice, bob):
        client, response = log_in(user.username, PASSWORD, "203.0.113.8")
        assert response.status_code == 302
        assert logged_in_as(client) == str(user.pk)


def test_the_lockout_page_says_nothing_about_whether_the_account_exists(alice):
    for _ in range(LIMIT):
        _client, real = log_in("alice", WRONG, "192.0.2.10")
    for _ in range(LIMIT):
        _client, made_up = log_in("nobody-here", WRONG, "192.0.2.11")
    assert_locked_out(real)
    assert_locked_out(made_up)
    assert "alice" not in real.text
    assert "nobody-here" not in made_up.text


def test_the_lockout_page_has_the_sites_security_headers(alice):
    for _ in range(LIMIT):
        _client, response = log_in("alice", WRONG)
    assert_locked_out(response)
    assert "unsafe-inline" not in response["Content-Security-Policy"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "DENY"


def test_the_lockout_ends_after_the_cool_off(alice):
    for _ in range(LIMIT):
        log_in("alice", WRONG)
    _client, response = log_in("alice", PASSWORD)
    assert_locked_out(response)
    # Fifteen minutes and a moment pass (the attempt's own clock moved back).
    AccessAttempt.objects.update(
        attempt_time=timezone.now() - timedelta(minutes=15, seconds=1)
    )
    client, response = log_in("alice", PASSWORD)
    assert response.status_code == 302
    assert logged_in_as(client) == str(alice.pk)


def test_a_lockout_is_not_over_a_minute_early(alice):
    for _ in range(LIMIT):
        log_in("alice", WRONG)
    AccessAttempt.objects.update(attempt_time=timezone.now() - timedelta(minutes=14))
    _client, response = log_in("alice", PASSWORD)
    assert_locked_out(response)


def test_trying_again_during_a_lockout_does_not_make_it_longer(alice):
    for _ in range(LIMIT):
        log_in("alice", WRONG)
    started = timezone.now() - timedelta(minutes=10)
    AccessAttempt.objects.update(attempt_time=started)
    for password in (WRONG, PASSWORD, WRONG):
        _client, response = log_in("alice", password)
        assert_locked_out(response)
    attempt = AccessAttempt.objects.get()
    assert attempt.attempt_time == started
    assert attempt.failures_since_start == LIMIT


def test_logging_in_to_your_own_account_does_not_clear_guesses_at_another(alice, bob):
    """With a reset on success, an attacker with an account of their own
    could guess at someone else's password forever: four guesses, log in to
    their own account (which cleared their address's count), four more..."""
    for _ in range(LIMIT - 1):
        log_in("alice", WRONG, "203.0.113.66")
    _client, response = log_in("bob", PASSWORD, "203.0.113.66")
    assert response.status_code == 302
    _client, response = log_in("alice", WRONG, "203.0.113.66")
    assert_locked_out(response)


def test_spelling_the_username_differently_counts_for_the_same_account(alice):
    # The login form strips spaces and NFKC-normalises the name, and the
    # count is kept for the name the form checked.
    for n, name in enumerate([" alice", "alice ", "ａｌｉｃｅ", "alice", " alice "]):
        _client, response = log_in(name, WRONG, f"198.51.100.{n + 1}")
    _client, response = log_in("ａｌｉｃｅ ", PASSWORD, "198.51.100.9")
    assert SLOWED in response.text


def test_the_admin_login_is_throttled_too(db):
    make_user("staffer")
    for _ in range(LIMIT):
        response = Client(REMOTE_ADDR="192.0.2.20").post(
            reverse("admin:login"), {"username": "staffer", "password": WRONG}
        )
    assert_locked_out(response)


def test_signing_up_still_logs_the_new_user_in_after_failures_elsewhere(client):
    for name in ["a", "b", "c"]:
        log_in(name, WRONG, "127.0.0.1")
    response = client.post(
        reverse("signup"),
        {
            "username": "carol",
            "email": "carol@example.com",
            "password1": PASSWORD,
            "password2": PASSWORD,
        },
    )
    assert response.status_code == 302
    assert client.session.get("_auth_user_id")


class TestBehindAProxy:
    """PROXY_COUNT says how many proxies stand in front of the app; each
    appends the address it saw to X-Forwarded-For."""

    def test_without_proxy_count_a_forged_forwarded_for_changes_nothing(self, bob):
        for n, name in enumerate(["alice", "carol", "dan", "erin", "fay"]):
            _client, response = log_in(
                name, WRONG, "203.0.113.7", HTTP_X_FORWARDED_FOR=f"10.9.9.{n}"
            )
        assert_locked_out(response)
        _client, response = log_in(
            "bob", PASSWORD, "203.0.113.7", HTTP_X_FORWARDED_FOR="10.9.9.200"
        )
        assert_locked_out(response)

    @override_settings(PROXY_COUNT=1)
    def test_one_clients_failures_do_not_lock_out_everyone_behind_the_proxy(self, bob):
        proxy = "10.0.0.2"
        for name in ["alice", "carol", "dan", "erin", "fay"]:
            _client, response = log_in(
                name, WRONG, proxy, HTTP_X_FORWARDED_FOR="198.51.100.7"
            )
        assert_locked_out(response)
        client, response = log_in(
            "bob", PASSWORD, proxy, HTTP_X_FORWARDED_FOR="198.51.100.8"
        )
        assert response.status_code == 302
        assert logged_in_as(client) == str(bob.pk)

    @override_settings(PROXY_COUNT=1)
    def test_the_client_cannot_choose_its_address_by_forging_the_header(self, bob):
        # The client sends its own X-Forwarded-For; the proxy appends the
        # real address, and only that one is believed.
        for n, name in enumerate(["alice", "carol", "dan", "erin", "fay"]):
            _client, response = log_in(
                name,
                WRONG,
                "10.0.0.2",
                HTTP_X_FORWARDED_FOR=f"10.9.9.{n}, 198.51.100.7",
            )
        assert_locked_out(response)
        assert set(AccessAttempt.objects.values_list("ip_address", flat=True)) == {
            "198.51.100.7"
        }

    @pytest.mark.parametrize(
        ("count", "forwarded", "expected"),
        [
            (0, "198.51.100.7", "10.0.0.2"),
            (1, "198.51.100.7", "198.51.100.7"),
            (1, "1.1.1.1, 198.51.100.7", "198.51.100.7"),
            (1, "1.1.1.1,198.51.100.7 ", "198.51.100.7"),
            (2, "1.1.1.1, 198.51.100.7, 10.0.0.9", "198.51.100.7"),
            (2, "198.51.100.7", "10.0.0.2"),  # fewer hops than proxies
            (1, "", "10.0.0.2"),
            (1, "not-an-address", "10.0.0.2"),
            (1, "2001:db8::1", "2001:db8::1"),
        ],
    )
    def test_the_address_recorded_for_a_failure(self, count, forwarded, expected):
        with override_settings(PROXY_COUNT=count):
            log_in("alice", WRONG, "10.0.0.2", HTTP_X_FORWARDED_FOR=forwarded)
        assert AccessAttempt.objects.get().ip_address == expected


def test_proxy_count_is_read_from_the_environment():
    result = manage(
        "shell",
        "-c",
        "from django.conf import settings; print(settings.PROXY_COUNT)",
        PROXY_COUNT="2",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[-1] == "2"
    result = manage("check", PROXY_COUNT="two")
    assert result.returncode != 0
    assert "PROXY_COUNT must be a whole number" in result.stderr


@pytest.mark.parametrize(
    "url,field,kept",
    [
        ("delete_account", "password", "That is not your password."),
        ("password_change", "old_password", "Your old password was entered"),
    ],
    ids=["delete account", "change password"],
)
def test_guessing_the_password_in_an_open_session_is_paused(alice, url, field, kept):
    """Someone at a session left open cannot guess the password on the
    pages that ask for it again: 5 wrong tries pause that session."""
    client = Client(REMOTE_ADDR="192.0.2.7")
    client.force_login(alice)
    data = {field: WRONG, "new_password1": "x" * 20, "new_password2": "x" * 20}
    for _ in range(LIMIT):
        response = client.post(reverse(url), data)
        assert response.status_code == 200
        assert kept in response.text
    # Paused: even the right password is not checked for now.
    right = {**data, field: PASSWORD}
    response = client.post(reverse(url), right)
    assert "checking is paused. Try again in 15 minutes." in response.text
    alice.refresh_from_db()
    assert alice.check_password(PASSWORD)
    assert type(alice).objects.filter(pk=alice.pk).exists()
    # The pause is this session's: alice's other sessions are not paused.
    other = Client(REMOTE_ADDR="192.0.2.7")
    other.force_login(alice)
    assert kept in other.post(reverse(url), data).text


def test_a_stranger_locking_the_login_never_stops_the_signed_in_owner(alice):
    """Alice is signed in at an address a stranger (or a flatmate) has since
    locked, and her username has been guessed at from everywhere: she can
    still delete her account with her password."""
    client = Client(REMOTE_ADDR="192.0.2.30")
    client.force_login(alice)
    for _ in range(LIMIT):
        log_in("alice", WRONG, "192.0.2.30")
    assert_locked_out(log_in("alice", PASSWORD, "192.0.2.30")[1])
    assert SLOWED in log_in("alice", PASSWORD, "198.51.100.1")[1].text
    response = client.post(reverse("delete_account"), {"password": PASSWORD})
    assert response.status_code == 302
    assert not type(alice).objects.filter(pk=alice.pk).exists()


def test_deleting_with_the_right_password_still_works_after_a_wrong_one(alice):
    client = Client(REMOTE_ADDR="192.0.2.8")
    client.force_login(alice)
    client.post(reverse("delete_account"), {"password": WRONG})
    response = client.post(reverse("delete_account"), {"password": PASSWORD})
    assert response.status_code == 302
    assert not type(alice).objects.filter(pk=alice.pk).exists()


def test_changing_the_password_with_the_old_one_still_works(alice):
    client = Client(REMOTE_ADDR="192.0.2.9")
    client.force_login(alice)
    new = "a-new-and-long-Passw0rd"
    response = client.post(
        reverse("password_change"),
        {"old_password": PASSWORD, "new_password1": new, "new_password2": new},
    )
    assert response.status_code == 302
    alice.refresh_from_db()
    assert alice.check_password(new)
