"""Does what a person wrote read like a crisis? Pure Python, no Django.

Two signals, either of which is enough (``detect``): the admin-curated
phrases, and a small statistical model (``helpapp.guidance.crisis_model``)
that catches the many ways of saying it that no list foresees.

``find_crisis_phrases(text, phrases)`` returns the admin-curated phrases found
in ``text``, matched as the coach matches plain phrases
(``helpapp.coach.matching``): any case, whole words, any whitespace or hyphen
between words, and any apostrophe or none.
"""

from collections.abc import Iterable
from dataclasses import dataclass

from helpapp.coach.matching import compile_phrases, find_phrases
from helpapp.guidance.crisis_model import model


def find_crisis_phrases(text: str, phrases: Iterable[str]) -> list[str]:
    """The phrases (as given, in the order given, no duplicates) found in text."""
    return find_phrases(text, phrases)


def reads_like_crisis(text: str, phrases: Iterable[str]) -> bool:
    """True if any of the phrases is found in text."""
    if not text:
        return False
    return any(p.search(text) for _, p in compile_phrases(tuple(phrases)))


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
