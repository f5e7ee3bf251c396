"""Login throttling with django-axes (configured in settings): whose address a
login attempt comes from, and the calm page shown during a lockout."""

from ipaddress import ip_address

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render


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
