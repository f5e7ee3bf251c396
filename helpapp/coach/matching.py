"""Finding plain phrases in what people type: the one matcher for the
checker's extra words and the crisis phrases.

Matching is forgiving about how people type, and strict about words:

- case-insensitive ("Suicide." matches "suicide");
- whole words only ("suicide" does not match inside "suicides", "kill myself"
  does not match "skill myself");
- any run of whitespace (spaces, tabs, newlines, no-break spaces) between words;
- a hyphen (or en/em dash) and whitespace are interchangeable between words,
  so "self-harm" matches "self harm" and "self - harm"; a word run together
  ("selfharm") matches only if that spelling is listed too;
- an apostrophe in a phrase may be straight, typographic or missing in the
  text ("don't" matches "don't", "don’t" and "dont").

Patterns are compiled once per distinct tuple of phrases and cached.
"""

import re
from collections.abc import Iterable
from functools import lru_cache

# Characters people type for an apostrophe: straight, right and left single
# quotes, modifier letter apostrophe, prime, backtick, acute accent.
APOSTROPHES = "'\u2019\u2018\u02bc\u2032`\u00b4"
# Hyphen-minus, hyphen, non-breaking hyphen, figure dash, en dash, em dash,
# minus sign.
HYPHENS = "-\u2010\u2011\u2012\u2013\u2014\u2212"

_STRAIGHT = str.maketrans(dict.fromkeys(APOSTROPHES, "'"))
_APOSTROPHE_CLASS = "[" + re.escape(APOSTROPHES) + "]"
_HYPHEN_CLASS = "[" + re.escape(HYPHENS) + "]"
# Between two words: whitespace, or a hyphen with optional whitespace around it.
_JOINER = rf"(?:\s*{_HYPHEN_CLASS}\s*|\s+)"
# Words in a phrase are separated by whitespace or hyphens.
_WORD_SPLIT = re.compile(rf"(?:\s|{_HYPHEN_CLASS})+")


def straighten(text: str) -> str:
    """text with every apostrophe made straight; the same length, so
    positions in it are positions in text."""
    return text.translate(_STRAIGHT)


def _words(phrase: str) -> list[str]:
    return [w for w in _WORD_SPLIT.split(straighten(phrase)) if w]


def _word_pattern(word: str) -> str:
    return "".join(
        f"{_APOSTROPHE_CLASS}?" if ch == "'" else re.escape(ch) for ch in word
    )


@lru_cache(maxsize=256)
def compile_phrases(
    phrases: tuple[str, ...],
) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """One compiled pattern per distinct phrase, in the order given.

    Blank phrases are dropped (they would match everything). Phrases that
    match exactly the same texts ("self-harm", "Self harm", "self–harm") are
    kept once, as first given, so results carry no duplicates.
    """
    compiled = []
    seen: set[tuple[str, ...]] = set()
    for phrase in phrases:
        words = _words(phrase)
        key = tuple(w.lower() for w in words)
        if not words or key in seen:
            continue
        seen.add(key)
        body = _JOINER.join(_word_pattern(w) for w in words)
        pattern = re.compile(rf"(?<!\w){body}(?!\w)", re.IGNORECASE)
        compiled.append((phrase, pattern))
    return tuple(compiled)


def find_phrases(text: str, phrases: Iterable[str]) -> list[str]:
    """The phrases (as given, in the order given, no duplicates) found in text."""
    if not text:
        return []
    return [
        phrase
        for phrase, pattern in compile_phrases(tuple(phrases))
        if pattern.search(text)
    ]


def phrase_spans(text: str, phrases: Iterable[str]) -> list[tuple[int, int]]:
    """The (start, end) of every phrase found in text."""
    return [
        match.span()
        for _, pattern in compile_phrases(tuple(phrases))
        for match in pattern.finditer(text)
    ]
