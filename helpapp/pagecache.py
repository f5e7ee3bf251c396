"""Each user's pages, kept in the cache until something on them changes.

A page decorated with @per_user is rendered once and then served from the
cache while nothing it shows has changed. Its key names:
- the user, and their version: a random token replaced (at once, and again
  after the commit) whenever one of their rows is saved, deleted or
  updated in bulk (their requests, people, templates, help given, their
  account);
- the curated content's version, replaced whenever an editor saves;
- the minute, so relative times ("saved 2 minutes ago") and date-dependent
  lists ("sent 3 or more days ago") are never more than a minute old;
- the address with its query, the htmx headers, the language and the
  browser's languages (the crisis page guesses a country from them);
- the code: a digest of the templates, the app's Python and its static files,
  so a deploy never serves a page rendered by the code before it.

What differs per response is not stored: the CSRF token and the CSP nonce
are rendered as random stand-ins and swapped for the request's own on the
way out. Only GET requests answered 200 with HTML are kept, and none that
shows a message (one waiting, or one the view added). With several app
processes the cache must be shared (REDIS_URL), as for the curated content;
PAGE_CACHE=0 turns it off.
"""

import hashlib
import secrets
import time
from dataclasses import dataclass
from functools import cache as once
from functools import wraps
from pathlib import Path

from django.conf import settings
from django.contrib.messages import get_messages
from django.core.cache import cache
from django.db import models, transaction
from django.db.models.signals import post_delete, post_save
from django.http import HttpRequest, HttpResponse
from django.middleware.csrf import get_token
from django.utils.translation import get_language

# A page's key names its minute, so it is of no use after that minute.
TIMEOUT = 2 * 60
VERSION_TIMEOUT = 24 * 60 * 60
GUIDANCE = "pagecache:guidance"
# Request headers that change what a page renders.
VARIES_ON = ("HX-Request", "HX-Target", "HX-History-Restore-Request", "Accept-Language")
SOURCES = ("templates", "helpapp", "static")


def _user_key(user_id: int) -> str:
    return f"pagecache:user:{user_id}"


def _drop(keys: list[str]) -> None:
    """Drop version tokens now (so this request's next read sees the change)
    and again once the transaction commits: a request that read the old
    rows in between may have stored them under the token made meanwhile."""
    cache.delete_many(keys)
    transaction.on_commit(lambda: cache.delete_many(keys))


def changed(*user_ids: int | None) -> None:
    """These users' pages are out of date."""
    keys = [_user_key(pk) for pk in set(user_ids) if pk is not None]
    if keys:
        _drop(keys)


def guidance_changed() -> None:
    """Every page that shows curated content is out of date."""
    _drop([GUIDANCE])


def follow(model, owner: str = "owner_id") -> None:
    """Saving or deleting a row of this model changes its owner's pages
    (owner: the attribute holding the owner's id; "pk" for the user)."""

    def on_change(sender, instance, **kwargs) -> None:
        changed(getattr(instance, owner))

    post_save.connect(on_change, sender=model, weak=False)
    post_delete.connect(on_change, sender=model, weak=False)


class OwnedQuerySet(models.QuerySet):
    """Rows with an owner: changes made in bulk, which send no signals,
    change the owners' pages too."""

    def update(self, **kwargs) -> int:
        owners = set(self.order_by().values_list("owner_id", flat=True).distinct())
        rows = super().update(**kwargs)
        changed(*owners)
        return rows

    def bulk_create(self, objs, *args, **kwargs):
        created = super().bulk_create(objs, *args, **kwargs)
        changed(*(obj.owner_id for obj in created))
        return created

    def bulk_update(self, objs, *args, **kwargs):
        objs = list(objs)
        rows = super().bulk_update(objs, *args, **kwargs)
        changed(*(obj.owner_id for obj in objs))
        return rows


def user_version(user_id: int) -> str:
    """A token that changes whenever any of the user's rows does."""
    return _versions(user_id)[0]


def _versions(user_id: int) -> list[str]:
    """The user's and the content's current tokens; a token the cache has
    lost or dropped is replaced by a new one, never an old one, so no page
    stored under an old token can come back."""
    keys = [_user_key(user_id), GUIDANCE]
    found = cache.get_many(keys)
    missing = {key: secrets.token_hex(8) for key in keys if key not in found}
    for key, token in missing.items():
        # add(): when two requests race, both go on with the one stored.
        if not cache.add(key, token, VERSION_TIMEOUT):
            token = cache.get(key) or token
        found[key] = token
    return [found[key] for key in keys]


@once
def code_version() -> str:
    """A digest of everything that shapes a rendered page."""
    digest = hashlib.blake2b(digest_size=8)
    base = Path(settings.BASE_DIR)
    for folder in SOURCES:
        for path in sorted((base / folder).rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                digest.update(str(path.relative_to(base)).encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()


def page_key(request: HttpRequest) -> str:
    user_id = request.user.pk or 0
    user_version, guidance_version = _versions(user_id)
    varies = "\n".join(
        [request.get_full_path(), get_language() or ""]
        + [request.headers.get(name, "") for name in VARIES_ON]
    )
    digest = hashlib.blake2b(varies.encode(), digest_size=12).hexdigest()
    minute = int(time.time() // 60)
    return (
        f"pagecache:page:{code_version()}:{user_id}:{user_version}:"
        f"{guidance_version}:{minute}:{digest}"
    )


@dataclass(frozen=True)
class Stored:
    """A rendered page with stand-ins where the per-response values go."""

    content: bytes
    headers: dict[str, str]
    csrf: str
    nonce: str

    def filled(self, request: HttpRequest) -> bytes:
        """The content with this request's CSRF token and CSP nonce."""
        content = self.content
        if self.csrf.encode() in content:
            content = content.replace(self.csrf.encode(), get_token(request).encode())
        if self.nonce.encode() in content:
            nonce = str(request._csp_nonce)  # the one CSP's middleware will send
            content = content.replace(self.nonce.encode(), nonce.encode())
        return content

    def response(self, request: HttpRequest) -> HttpResponse:
        response = HttpResponse(self.filled(request))
        for name, value in self.headers.items():
            response[name] = value
        return response


def stand_ins(request: HttpRequest) -> dict:
    """Context processor: while a page is rendered for the cache, the CSRF
    token and the CSP nonce are stand-ins (listed after Django's own)."""
    stored = getattr(request, "_pagecache_stand_ins", None)
    if stored is None:
        return {}
    return {"csrf_token": stored["csrf"], "csp_nonce": stored["nonce"]}


def _no_messages(request: HttpRequest) -> bool:
    """No message waits to be shown, and the view added none. (Counting
    reads them without marking them shown.)"""
    return len(get_messages(request)) == 0


def _cacheable(request: HttpRequest) -> bool:
    return settings.PAGE_CACHE and request.method == "GET" and _no_messages(request)


def per_user(view):
    """Serve the view's GET pages from the cache (see the module's text)."""

    @wraps(view)
    def wrapper(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if not _cacheable(request):
            return view(request, *args, **kwargs)
        key = page_key(request)
        if (stored := cache.get(key)) is not None:
            return stored.response(request)
        request._pagecache_stand_ins = {
            "csrf": f"csrf{secrets.token_hex(16)}",
            "nonce": f"nonce{secrets.token_hex(16)}",
        }
        try:
            response = view(request, *args, **kwargs)
        finally:
            marks = request.__dict__.pop("_pagecache_stand_ins")
        if response.streaming:
            return response
        stored = Stored(
            response.content, dict(response.items()), marks["csrf"], marks["nonce"]
        )
        if (
            response.status_code == 200
            and response["Content-Type"].startswith("text/html")
            and _no_messages(request)
        ):
            cache.set(key, stored, TIMEOUT)
        response.content = stored.filled(request)
        return response

    return wrapper
