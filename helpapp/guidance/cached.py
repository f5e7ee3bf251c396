"""Cached reads of the curated content.

Each kind of content is read from the database once, kept in the cache, and
dropped from the cache whenever an editor saves or deletes a row (signals in
apps.py, and the admin's bulk actions), and again when that change commits.
So a page costs no queries for content however many tips or phrases there
are, and an edit shows on the next page load.
"""

from dataclasses import dataclass
from functools import lru_cache

import nh3
from django.core.cache import cache
from django.db import transaction
from django.utils.safestring import SafeString, mark_safe
from markdown_it import MarkdownIt

from helpapp import coach, pagecache
from helpapp.guidance.models import (
    CrisisPhrase,
    CrisisResource,
    LexiconEntry,
    Phrase,
    StarterTemplate,
    Tip,
)

TIMEOUT = 24 * 60 * 60
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


def _key(model) -> str:
    return f"guidance:{model._meta.model_name}:v1"


def invalidate(model) -> None:
    """Drop the model's cached content now and again once the change commits:
    a page read between an editor's save and its commit sees the old rows
    and would otherwise put them back in the cache for a day."""

    def drop() -> None:
        cache.delete(_key(model))
        pagecache.guidance_changed()

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

    return cache.get_or_set(_key(Tip), load, TIMEOUT)


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

    return cache.get_or_set(_key(Phrase), load, TIMEOUT)


def starter_templates() -> list[StarterTemplate]:
    return cache.get_or_set(
        _key(StarterTemplate), lambda: list(StarterTemplate.objects.active()), TIMEOUT
    )


def crisis_resources(country: str) -> tuple[list, list]:
    """(this country's resources, worldwide ones). The worldwide ones are for
    countries without their own, so they come back only when local is empty."""
    every = cache.get_or_set(
        _key(CrisisResource), lambda: list(CrisisResource.objects.active()), TIMEOUT
    )
    local = [r for r in every if country and r.country.code == country]
    anywhere = [] if local else [r for r in every if not r.country]
    return local, anywhere


def crisis_phrases() -> tuple[str, ...]:
    return cache.get_or_set(
        _key(CrisisPhrase),
        lambda: tuple(CrisisPhrase.objects.active().values_list("phrase", flat=True)),
        TIMEOUT,
    )


def lexicon() -> dict[str, tuple[str, ...]]:
    """The checker's extra words from the admin, by checklist item."""

    def load():
        words: dict[str, list[str]] = {}
        for code, phrase in LexiconEntry.objects.active().values_list("code", "phrase"):
            words.setdefault(code, []).append(phrase)
        return {code: tuple(phrases) for code, phrases in words.items()}

    return cache.get_or_set(_key(LexiconEntry), load, TIMEOUT)
