"""Countries: which one's crisis lines to show, and the list to choose from."""

from functools import lru_cache

from django.http import HttpRequest
from django.utils.translation import get_language
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


def country_choices() -> list[tuple[str, str]]:
    """Every country as (code, name), sorted by name in the current language.
    Sorting 250 translated names is slow, so it is done once per language."""
    return _choices(get_language())


@lru_cache(maxsize=16)
def _choices(language: str) -> list[tuple[str, str]]:
    return [(code, str(name)) for code, name in countries]
