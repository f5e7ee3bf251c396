"""Login throttling. django-axes (configured in settings) locks an address
after 5 wrong passwords; a username that wrong passwords come to from many
addresses is slowed down, never locked, so a stranger cannot lock its owner
out; and a signed-in session re-entering its own password has a limit of its
own. Also: whose address an attempt comes from, and the lockout page."""

from datetime import datetime, timedelta
from ipaddress import ip_address

from axes.handlers.proxy import AxesProxyHandler
from axes.models import AccessAttempt
from django import forms
from django.conf import settings
from django.contrib.admin.forms import AdminAuthenticationForm
from django.contrib.auth.forms import AuthenticationForm
from django.db.models import Max, Sum
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import ngettext

# After this many wrong passwords for one username (from anywhere, within the
# cool-off), each further try waits: 15 s, doubling to at most 5 minutes.
SLOW_FIRST_WAIT = 15
SLOW_LONGEST_WAIT = 300
# A signed-in session re-entering its password (to change it, to delete the
# account): this many wrong tries, then a pause of the cool-off.
SESSION_TRIES = "password_tries"


def _valid(address: str | None) -> str | None:
    try:
        return str(ip_address((address or "").strip()))
    except ValueError:
        return None


def client_ip(request: HttpRequest) -> str | None:
    """The address a login attempt came from. Directly: REMOTE_ADDR. Behind
    PROXY_COUNT proxies, each of which appends the address it saw to
    X-Forwarded-For: the entry the outermost proxy added. Entries further
    left were written by the client and are never trusted."""
    remote = _valid(request.META.get("REMOTE_ADDR"))
    proxies = settings.PROXY_COUNT
    if not proxies:
        return remote
    hops = [h for h in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if h]
    if len(hops) < proxies:
        return remote  # the request did not come through every proxy
    return _valid(hops[-proxies]) or remote


def lockout(
    request: HttpRequest, original_response=None, credentials=None
) -> HttpResponse:
    """Too many wrong passwords: when to try again, and how to reset the
    password. 429, with Retry-After. It never says whether the account
    exists."""
    seconds = int(settings.AXES_COOLOFF_TIME.total_seconds())
    response = render(
        request,
        "accounts/lockout.html",
        {"minutes": seconds // 60},
        status=429,
    )
    response["Retry-After"] = str(seconds)
    return response


def wait_for(username: str, now: datetime | None = None) -> int:
    """Seconds before a password for this username is checked again: 0
    until it has had AXES_FAILURE_LIMIT wrong ones lately, from anywhere."""
    now = now or timezone.now()
    recent = AccessAttempt.objects.filter(
        username=username, attempt_time__gt=now - settings.AXES_COOLOFF_TIME
    ).aggregate(failures=Sum("failures_since_start"), last=Max("attempt_time"))
    over = (recent["failures"] or 0) - settings.AXES_FAILURE_LIMIT
    if over < 0:
        return 0
    wait = min(SLOW_FIRST_WAIT * 2**over, SLOW_LONGEST_WAIT)
    left = recent["last"] + timedelta(seconds=wait) - now
    return max(0, int(left.total_seconds() + 0.999))


class _SlowDown:
    """Refuses, without checking it, a password for a username that is being
    guessed at from many places, until its wait is over."""

    def clean(self):
        username = self.cleaned_data.get("username")
        # A locked address gets the lockout page (django-axes), first.
        if (
            username
            and (seconds := wait_for(username))
            and not AxesProxyHandler.is_locked(self.request, {"username": username})
        ):
            raise forms.ValidationError(
                ngettext(
                    "There have been several wrong passwords for this username "
                    "lately, so each try waits a little. Try again in %(n)d "
                    "second.",
                    "There have been several wrong passwords for this username "
                    "lately, so each try waits a little. Try again in %(n)d "
                    "seconds.",
                    seconds,
                )
                % {"n": seconds},
                code="slow_down",
            )
        return super().clean()


class LoginForm(_SlowDown, AuthenticationForm):
    pass


class AdminLoginForm(_SlowDown, AdminAuthenticationForm):
    pass


def session_pause(request: HttpRequest) -> int:
    """Minutes this session must wait before its password is checked again
    (0: it may try now)."""
    tries = _recent_tries(request)
    if len(tries) < settings.AXES_FAILURE_LIMIT:
        return 0
    ends = datetime.fromisoformat(tries[0]) + settings.AXES_COOLOFF_TIME
    return max(1, int((ends - timezone.now()).total_seconds() // 60) + 1)


def check_own_password(request: HttpRequest, user, password: str, wrong: str):
    """The signed-in user's own password, or ValidationError(wrong). Counted
    against this session's limit, never against the login throttle: a
    stranger's guesses at the login page do not stop the owner, and an open
    session is no way round it (5 wrong tries pause the session)."""
    if minutes := session_pause(request):
        raise forms.ValidationError(
            ngettext(
                "That was several wrong passwords, so checking is paused. "
                "Try again in %(n)d minute.",
                "That was several wrong passwords, so checking is paused. "
                "Try again in %(n)d minutes.",
                minutes,
            )
            % {"n": minutes},
            code="paused",
        )
    if not user.check_password(password):
        request.session[SESSION_TRIES] = [
            *_recent_tries(request),
            timezone.now().isoformat(),
        ]
        raise forms.ValidationError(wrong, code="wrong_password")


def _recent_tries(request: HttpRequest) -> list[str]:
    since = timezone.now() - settings.AXES_COOLOFF_TIME
    tries = request.session.get(SESSION_TRIES, [])
    return [t for t in tries if datetime.fromisoformat(t) > since]
