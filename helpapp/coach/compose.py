"""Compose a specific, grateful request from a need and a person."""

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from helpapp.coach.phrases import DEFAULT_PHRASES, Phrase

TEXT_LIMIT = 320

SIZES = {
    "small": "half an hour or so",
    "medium": "an hour or two",
    "big": "a good part of a day",
}

# The kinds a draft is built from, per channel, in order. Kinds whose
# placeholders have no value (no reason given, no strength known) are left
# out. For a text message the optional kinds are dropped, last first, until
# the message fits.
WRITTEN_KINDS = (
    "greeting",
    "ask",
    "reason",
    "time_frame",
    "why_you",
    "easy_no",
    "offer_back",
    "thanks",
)
SCRIPT_PARTS = (
    ("Opener", ("greeting", "why_you")),
    ("The ask", ("ask", "reason", "time_frame")),
    ("The easy no", ("easy_no", "offer_back")),
    ("The thanks", ("thanks",)),
)
TEXT_DROPPABLE = ("offer_back", "why_you", "reason")
SUBJECT_STOPWORDS = {"a", "an", "the", "to", "of", "and", "for", "with", "my", "on"}
LEADING_FILLER = re.compile(
    r"^(i\s+need\s+(some\s+)?(help\s+(with\s+)?)?|can\s+you\s+|could\s+you\s+|"
    r"help\s+(with\s+)?)",
    re.IGNORECASE,
)
WEEKDAYS = (
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
)
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


@dataclass(frozen=True)
class Need:
    what: str
    size: str = "small"
    due: date | None = None
    why: str = ""
    category: str = "other"


@dataclass(frozen=True)
class Helper:
    name: str
    relationship: str = ""
    strength: str = ""


@dataclass(frozen=True)
class Draft:
    channel: str
    body: str
    subject: str = ""
    kinds: tuple[str, ...] = field(default=())


def render_when(due: date | None, today: date) -> str:
    """The deadline in words: "today", "by tomorrow", "by Friday 5 December"."""
    if due is None:
        return "when you have time"
    days = (due - today).days
    if days <= 0:
        return "today"
    if days == 1:
        return "by tomorrow"
    weekday = WEEKDAYS[due.weekday()]
    if days < 7:
        return f"by {weekday}"
    day_month = f"{weekday} {due.day} {MONTHS[due.month - 1]}"
    if due.year != today.year:
        return f"by {day_month} {due.year}"
    return f"by {day_month}"


def clean_need(text: str) -> str:
    """The user's need as a clause: single-spaced, no closing full stop."""
    return " ".join(text.split()).rstrip(" .!")


def subject_for(need: str) -> str:
    """An email subject of three to six words that names the ask."""
    words = LEADING_FILLER.sub("", clean_need(need)).split()[:4]
    while words and words[-1].lower().strip(",;:") in SUBJECT_STOPWORDS:
        words.pop()
    words = [word.strip(",;:?") for word in words]
    if not words:
        return "Could you help me?"
    return "Help with " + " ".join(words)


def _fill(text: str, values: dict[str, str]) -> str:
    """Fill placeholders, capitalising a value that starts a sentence."""

    def replace(match: re.Match) -> str:
        value = values[match.group(1)]
        before = text[: match.start()].rstrip()
        if not before or before[-1] in ".?!":
            value = value[:1].upper() + value[1:]
        return value

    return re.sub(r"\{(\w+)\}", replace, text)


def _choose(
    phrases: Iterable[Phrase],
    kind: str,
    channel: str,
    tone: str,
    values: dict[str, str],
    variant: int,
) -> Phrase | None:
    fitting = [
        p
        for p in phrases
        if p.kind == kind
        and p.suits(channel, tone)
        and all(values.get(name) for name in p.placeholders)
    ]
    if not fitting and tone != "casual":
        return _choose(phrases, kind, channel, "casual", values, variant)
    return fitting[variant % len(fitting)] if fitting else None


def compose(
    need: Need,
    person: Helper,
    *,
    channel: str = "text",
    tone: str = "casual",
    phrases: Iterable[Phrase] | None = None,
    variant: int = 0,
    today: date,
    sender: str = "",
) -> Draft:
    """Build a draft request. The same input always gives the same draft;
    a different ``variant`` picks other wording from the phrase bank."""
    bank = tuple(DEFAULT_PHRASES if phrases is None else phrases)
    values = {
        "person": person.name.split()[0] if person.name.split() else person.name,
        "need": clean_need(need.what),
        "when": render_when(need.due, today),
        "strength": person.strength.strip(),
        "size": SIZES.get(need.size, SIZES["small"]),
        "why": re.sub(r"^because\s+", "", clean_need(need.why), flags=re.I),
    }
    sentences: dict[str, str] = {}
    for kind in (*WRITTEN_KINDS, "closing"):
        phrase = _choose(bank, kind, channel, tone, values, variant)
        if phrase is not None:
            sentences[kind] = _fill(phrase.text, values)

    if channel in ("call", "in_person"):
        lines = []
        for label, kinds in SCRIPT_PARTS:
            said = " ".join(sentences[k] for k in kinds if k in sentences)
            if said:
                lines.append(f"{label}: {said.rstrip(',')}")
        return Draft(channel, "\n".join(lines), kinds=tuple(sentences))

    if channel == "email":
        paragraphs = [
            sentences.get("greeting", ""),
            " ".join(
                sentences[k] for k in ("ask", "reason", "time_frame") if k in sentences
            ),
            " ".join(sentences[k] for k in ("why_you",) if k in sentences),
            " ".join(sentences[k] for k in ("easy_no", "offer_back") if k in sentences),
            sentences.get("thanks", ""),
            "\n".join(part for part in (sentences.get("closing", ""), sender) if part),
        ]
        body = "\n\n".join(p for p in paragraphs if p)
        return Draft(channel, body, subject_for(need.what), tuple(sentences))

    kinds = [k for k in WRITTEN_KINDS if k in sentences]
    body = _one_line(sentences, kinds)
    for droppable in TEXT_DROPPABLE:
        if len(body) <= TEXT_LIMIT:
            break
        if droppable in kinds:
            kinds.remove(droppable)
            body = _one_line(sentences, kinds)
    return Draft(channel, body, kinds=tuple(kinds))


def _one_line(sentences: dict[str, str], kinds: list[str]) -> str:
    """Join sentences into one message; after "Hi Sam," the next sentence
    carries on in lower case ("Hi Sam, could I ask...")."""
    parts = [sentences[k] for k in kinds]
    for i in range(1, len(parts)):
        previous, current = parts[i - 1], parts[i]
        if previous.endswith(",") and not re.match(r"I\b", current):
            parts[i] = current[:1].lower() + current[1:]
    return " ".join(parts)
