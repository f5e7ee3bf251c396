"""Cached reads of the curated content, the same for everyone.

Each kind of content is read from the database once, kept in the cache, and
dropped from the cache whenever an editor saves or deletes a row (signals in
apps.py, and the admin's bulk actions), and again when that change commits.
So a page costs no queries for content however many tips or phrases there
are, and an edit shows on the next page load.

What is kept are plain values (frozen dataclasses and tuples of this module
and the coach), never model instances, under a key that names their shape
(FORMAT): a deploy that changes them reads nothing stored by the one before.
A cache that fails (Redis down) is a miss: the content is read from the
database and the page is served.
"""

import logging
from dataclasses import dataclass
from functools import lru_cache

import nh3
from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.utils.safestring import SafeString, mark_safe
from markdown_it import MarkdownIt

from helpapp import coach, links
from helpapp.guidance.models import (
    CrisisPhrase,
    CrisisResource,
    LexiconEntry,
    Phrase,
    StarterTemplate,
    Tip,
    sms_link,
)

ALLOWED_TAGS = {"p", "em", "strong", "ul", "ol", "li", "br", "code", "a"}


@dataclass(frozen=True)
class TipView:
    pk: int
    place: str
    barrier: str
    title: str
    html: SafeString
    source: str
    check_code: str


# Bump when the shape of anything kept here changes.
FORMAT = 2

log = logging.getLogger(__name__)


def _key(model) -> str:
    return f"guidance:{model._meta.model_name}:v{FORMAT}"


def _cached(model, load):
    """The content from the cache, or loaded and kept; a failing cache is a
    miss, never an error."""
    key = _key(model)
    try:
        found = cache.get(key)
    except Exception:  # any cache backend's error: serve from the database
        log.warning("content cache unavailable; reading %s from the database", key)
        return load()
    if found is not None:
        return found
    found = load()
    try:
        cache.set(key, found, settings.CONTENT_CACHE_SECONDS)
    except Exception:  # as above: the page is served all the same
        log.warning("content cache unavailable; %s not kept", key)
    return found


def invalidate(model) -> None:
    """Drop the model's cached content now and again once the change commits:
    a page read between an editor's save and its commit sees the old rows
    and would otherwise put them back in the cache for a day."""

    def drop() -> None:
        try:
            cache.delete(_key(model))
        except Exception:  # a cache that is down holds nothing to drop
            log.warning("content cache unavailable; %s not dropped", _key(model))

    drop()
    transaction.on_commit(drop)


@lru_cache(maxsize=1)
def _markdown() -> MarkdownIt:
    return MarkdownIt("commonmark", {"html": False, "linkify": False})


def render_markdown(text: str) -> SafeString:
    """Markdown to HTML, then sanitised: only a few harmless tags survive."""
    html = _markdown().render(text)
    # Sanitised by nh3 just here.
    return mark_safe(nh3.clean(html, tags=ALLOWED_TAGS))  # noqa: S308 # nosec B308 B703


def _all_tips() -> list[TipView]:
    def load():
        return [
            TipView(
                tip.pk,
                tip.place,
                tip.barrier,
                tip.title,
                render_markdown(tip.body),
                tip.source,
                tip.check_code,
            )
            for tip in Tip.objects.active()
        ]

    return _cached(Tip, load)


def tips_for(place: str) -> list[TipView]:
    return [tip for tip in _all_tips() if tip.place == place]


def tips_by_check() -> dict[str, TipView]:
    """The tip that explains each checklist item, by item code."""
    found: dict[str, TipView] = {}
    for tip in _all_tips():
        if tip.check_code:
            found.setdefault(tip.check_code, tip)
    return found


def phrase_bank() -> tuple[coach.Phrase, ...]:
    def load():
        return tuple(
            coach.Phrase(p.kind, p.text, p.channels, p.tone)
            for p in Phrase.objects.active()
        )

    return _cached(Phrase, load)


@dataclass(frozen=True)
class Starter:
    """A starter template, as the pages use it."""

    pk: int
    title: str
    category: str
    category_label: str
    size: str
    need: str
    body: str


def starter_templates() -> list[Starter]:
    def load():
        return [
            Starter(
                t.pk,
                t.title,
                t.category,
                t.get_category_display(),
                t.size,
                t.need,
                t.body,
            )
            for t in StarterTemplate.objects.active()
        ]

    return _cached(StarterTemplate, load)


@dataclass(frozen=True)
class Line:
    """A crisis line, as the pages use it."""

    country: str  # ISO code, or "" for the worldwide ones
    order: int
    name: str
    phone: str
    phone_dial: str
    sms_number: str
    sms_dial: str
    sms_keyword: str
    web_url: str
    hours: str
    description: str

    @property
    def tel_link(self) -> str:
        return links.tel(self.phone_dial)

    @property
    def sms_link(self) -> str:
        return sms_link(self.sms_dial, self.sms_keyword)


def _lines() -> list[Line]:
    def load():
        return [
            Line(
                r.country.code or "",
                r.order,
                r.name,
                r.phone,
                r.phone_dial,
                r.sms_number,
                r.sms_dial,
                r.sms_keyword,
                r.web_url,
                r.hours,
                r.description,
            )
            for r in CrisisResource.objects.active()
        ]

    return _cached(CrisisResource, load)


def crisis_resources(country: str) -> tuple[list[Line], list[Line]]:
    """(this country's lines, worldwide ones). The worldwide ones are for
    countries without their own, so they come back only when local is empty."""
    every = _lines()
    local = [r for r in every if country and r.country == country]
    anywhere = [] if local else [r for r in every if not r.country]
    return local, anywhere


def crisis_phrases() -> tuple[str, ...]:
    return _cached(
        CrisisPhrase,
        lambda: tuple(CrisisPhrase.objects.active().values_list("phrase", flat=True)),
    )


def lexicon() -> dict[str, tuple[str, ...]]:
    """The checker's extra words from the admin, by checklist item."""

    def load():
        words: dict[str, list[str]] = {}
        for code, phrase in LexiconEntry.objects.active().values_list("code", "phrase"):
            words.setdefault(code, []).append(phrase)
        return {code: tuple(phrases) for code, phrases in words.items()}

    return _cached(LexiconEntry, load)
