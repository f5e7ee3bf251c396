"""Which country's crisis lines to show."""

from django.http import HttpRequest
from django.utils.translation.trans_real import parse_accept_lang_header
from django_countries import countries


def guess_country(request: HttpRequest) -> str:
    """A country code from the browser's languages ("en-GB" -> "GB"), or ""."""
    header = request.headers.get("Accept-Language", "")
    for tag, _quality in parse_accept_lang_header(header):
        parts = tag.replace("_", "-").split("-")
        for part in parts[1:]:
            if len(part) == 2 and part.upper() in countries:
                return part.upper()
    return ""


def country_for(request: HttpRequest) -> str:
    """The user's own setting, else a guess from the browser."""
    user = request.user
    if user.is_authenticated and user.country:
        return user.country.code
    return guess_country(request)
