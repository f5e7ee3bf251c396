"""Does what a person wrote read like a crisis? Pure Python, no Django.

Two signals, either of which is enough (``detect``): the admin-curated
phrases, and a small statistical model (``helpapp.guidance.crisis_model``)
that catches the many ways of saying it that no list foresees.

``find_crisis_phrases(text, phrases)`` returns the admin-curated phrases found
in ``text``. Matching is deliberately forgiving about how people type, and
strict about word boundaries:

- case-insensitive ("Suicide." matches "suicide");
- whole words only ("suicide" does not match inside "suicides", "kill myself"
  does not match "skill myself");
- any run of whitespace (spaces, tabs, newlines, no-break spaces) between words;
- a hyphen (or en/em dash) and whitespace are interchangeable between words,
  so "self-harm" matches "self harm" and "self - harm"; a word run together
  ("selfharm") matches only if that spelling is listed too;
- an apostrophe in a phrase may be straight, typographic or missing in the
  text ("don't" matches "don't", "don’t" and "dont").

Patterns are compiled once per distinct tuple of phrases and cached, since
this runs on every step-1 submit.
"""

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from helpapp.guidance.crisis_model import APOSTROPHES, model

# Hyphen-minus, hyphen, non-breaking hyphen, figure dash, en dash, em dash,
# minus sign.
_HYPHENS = "-\u2010\u2011\u2012\u2013\u2014\u2212"

_APOSTROPHE_CLASS = "[" + re.escape(APOSTROPHES) + "]"
_HYPHEN_CLASS = "[" + re.escape(_HYPHENS) + "]"
# Between two words: whitespace, or a hyphen with optional whitespace around it.
_JOINER = rf"(?:\s*{_HYPHEN_CLASS}\s*|\s+)"
# Words in a phrase are separated by whitespace or hyphens.
_WORD_SPLIT = re.compile(rf"(?:\s|{_HYPHEN_CLASS})+")


def _words(phrase: str) -> list[str]:
    """The words of a phrase, with every apostrophe form made straight."""
    table = str.maketrans(dict.fromkeys(APOSTROPHES, "'"))
    return [w for w in _WORD_SPLIT.split(phrase.translate(table)) if w]


def _word_pattern(word: str) -> str:
    return "".join(
        f"{_APOSTROPHE_CLASS}?" if ch == "'" else re.escape(ch) for ch in word
    )


def _phrase_key(words: list[str]) -> tuple[str, ...]:
    """Phrases with the same key match exactly the same texts."""
    return tuple(w.lower() for w in words)


@lru_cache(maxsize=32)
def _compile(phrases: tuple[str, ...]) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """One compiled pattern per distinct phrase, in the order given.

    Blank phrases are dropped (they would match everything). Phrases that
    match exactly the same texts ("self-harm", "Self harm", "self–harm") are
    kept once, as first given, so results carry no duplicates.
    """
    compiled = []
    seen: set[tuple[str, ...]] = set()
    for phrase in phrases:
        words = _words(phrase)
        if not words:
            continue
        key = _phrase_key(words)
        if key in seen:
            continue
        seen.add(key)
        body = _JOINER.join(_word_pattern(w) for w in words)
        pattern = re.compile(rf"(?<!\w){body}(?!\w)", re.IGNORECASE)
        compiled.append((phrase, pattern))
    return tuple(compiled)


def find_crisis_phrases(text: str, phrases: Iterable[str]) -> list[str]:
    """The phrases (as given, in the order given, no duplicates) found in text."""
    if not text:
        return []
    return [
        phrase for phrase, pattern in _compile(tuple(phrases)) if pattern.search(text)
    ]


def reads_like_crisis(text: str, phrases: Iterable[str]) -> bool:
    """True if any of the phrases is found in text."""
    if not text:
        return False
    return any(pattern.search(text) for _, pattern in _compile(tuple(phrases)))


@dataclass(frozen=True)
class Detection:
    crisis: bool
    # The model's score (see crisis_model); for operators' tools only, never
    # stored or shown to the person who wrote the text.
    score: float
    phrase: str = ""


def detect(text: str, phrases: Iterable[str], message: bool = False) -> Detection:
    """Whether the text reads like a crisis: a curated phrase matched (that
    always counts), or the model's score is over its threshold (message:
    the text is a message to someone, as at step 3)."""
    found = find_crisis_phrases(text, phrases)
    shipped = model()
    score = shipped.score(text)
    return Detection(
        crisis=bool(found) or score > shipped.threshold_for(text, message),
        score=score,
        phrase=found[0] if found else "",
    )
