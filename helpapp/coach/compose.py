"""Compose a specific, grateful request from a need and a person.

A draft is built from phrases (see phrases.py), one of each kind, filled in
with the need, the person and the deadline, then fitted to its channel:

- text: one message of at most TEXT_LIMIT characters. Optional sentences go
  first (why you, the offer back, the reason), then the need itself is
  shortened at a word, with an ellipsis.
- email: a subject of three to six words that names the ask, and a body of
  EMAIL_WORDS words: longer wordings are chosen when it is short, optional
  sentences go when it is long, and the need is shortened as a last resort.
- call and in person: a script of four labelled lines to say out loud:
  "Opener:", "The ask:", "The easy no:" and "The thanks:".

The same input always gives the same draft; ``variant`` ("Try another
wording") moves every kind on to its next phrase, so consecutive variants
differ whenever the bank has alternatives.

compose_follow_up() and compose_thank_you() build the messages for later:
a gentle follow-up when there has been no reply, and a thank-you after the
person helped. Phrases for them may be whole messages ("Hi {person}, ...")
or the middle of one; either way the coach adds what check() finds missing.
"""

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from helpapp.coach.check import EMAIL_WORDS, SCRIPT_WORDS, TEXT_LIMIT, check
from helpapp.coach.phrases import DEFAULT_PHRASES, Phrase, fill

SIZES = {
    "small": "half an hour or so",
    "medium": "an hour or two",
    "big": "a good part of a day",
}
NO_DEADLINE = "in the next week or two"
ELLIPSIS = "…"
# A reason longer than this is cut down (the full one stays with the request).
REASON_WORDS = 20

# The kinds of a request, in the order they are written.
WRITTEN_KINDS = (
    "greeting",
    "ask",
    "time_frame",
    "reason",
    "why_you",
    "easy_no",
    "offer_back",
    "thanks",
)
# Optional kinds, in the order they are left out when a draft is too long.
OPTIONAL = ("why_you", "offer_back", "reason")
# The lines of a script and the kinds each is made of.
SCRIPT_LINES = (
    ("Opener", ("greeting", "why_you")),
    ("The ask", ("ask", "time_frame", "reason")),
    ("The easy no", ("easy_no", "offer_back")),
    ("The thanks", ("thanks",)),
)
THANK_YOU_LINES = (
    ("Opener", ("greeting",)),
    ("The thanks", ("thank_you_after",)),
    ("The offer back", ("offer_back",)),
)
SPOKEN = ("call", "in_person")
LATER_KINDS = ("follow_up", "thank_you_after")

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

# What a subject line leaves out of the need: "I need help with my CV" is
# about "my CV"; "a lift to the station" about "lift to the station".
SUBJECT_FILLER = re.compile(
    r"^(?:(?:please|can you|could you|would you|will you|i need|we need"
    r"|i'd like|i would like|i'm looking for|i am looking for)\s+)*"
    r"(?:some\s+)?(?:help\s+(?:with\s+|me\s+(?:with\s+|to\s+)?|to\s+)?)?",
    re.IGNORECASE,
)
SUBJECT_LEADING = {"a", "an", "the", "some"}
SUBJECT_TRAILING = {
    "a",
    "an",
    "the",
    "to",
    "of",
    "and",
    "or",
    "for",
    "with",
    "on",
    "at",
    "in",
    "by",
    "from",
    "my",
    "your",
    "our",
    "while",
    "when",
    "because",
    "so",
    "if",
    "before",
    "after",
    "until",
    "is",
    "are",
    "was",
}
NEED_LEAD = re.compile(
    r"^(?:please\s+|i\s+(?:really\s+)?need\s+(?:some\s+)?(?=help\b)|i\s+need\s+)",
    re.IGNORECASE,
)
WHOLE_MESSAGE_GREETING = re.compile(
    r"^\s*(?:hi|hey|hello|dear|hiya)\s+\{person\}\s*[,!.]?\s*", re.IGNORECASE
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
    """The deadline in words: "today", "by tomorrow", "by Friday 5 December",
    or a gentle window when there is no date."""
    if due is None:
        return NO_DEADLINE
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


def first_name(name: str) -> str:
    """The first word of a person's name ("Sam Okafor" -> "Sam"), or ""."""
    names = name.split()
    return names[0] if names else ""


def placeholder_values(need: Need, person: Helper, today: date) -> dict[str, str]:
    """What each placeholder stands for in a request for this need from this
    person: {person}, {need}, {when}, {strength}, {size} and {why}."""
    return {
        "person": first_name(person.name),
        "need": clean_need(need.what),
        "when": render_when(need.due, today),
        "strength": person.strength.strip().rstrip("."),
        "size": SIZES.get(need.size, SIZES["small"]),
        "why": _short_reason(need.why),
    }


def clean_need(text: str) -> str:
    """The user's need as a clause: single-spaced, without a closing full
    stop, question mark or "I need" in front ("I need a lift" -> "a lift")."""
    need = " ".join(text.split()).rstrip(" .!?;:,")
    return NEED_LEAD.sub("", need).strip()


def _subject_words(need: str) -> list[str]:
    words = [
        w.strip(",;:!?.()\"'") for w in SUBJECT_FILLER.sub("", clean_need(need)).split()
    ]
    words = [w for w in words if w]
    while words and words[0].lower() in SUBJECT_LEADING:
        words.pop(0)
    words = words[:4]
    while words and words[-1].lower() in SUBJECT_TRAILING:
        words.pop()
    return words


def subject_for(need: str, tone: str = "casual") -> str:
    """An email subject of three to six words that names the ask:
    "Could you help with my CV?", "A favour: lift to the station"."""
    words = _subject_words(need)
    if not words:
        return "A request for help" if tone == "formal" else "A favour to ask"
    if len(words) <= 2:
        return f"Could you help with {' '.join(words)}?"
    label = "A request:" if tone == "formal" else "A favour:"
    return f"{label} {' '.join(words)}"


def follow_up_subject(need: str) -> str:
    """ "Following up: lift to the station" (three to six words)."""
    words = _subject_words(need)
    if not words:
        return "Following up on my message"
    return f"Following up: {' '.join(words)}"


def thank_you_subject(need: str) -> str:
    """ "Thank you: lift to the station" (three to six words)."""
    words = _subject_words(need)
    if not words:
        return "Thank you so much"
    return f"Thank you: {' '.join(words)}"


def compose(
    need: Need,
    person: Helper,
    *,
    channel: str = "text",
    tone: str = "casual",
    phrases: Iterable[Phrase | Mapping] | None = None,
    variant: int = 0,
    today: date,
    sender: str = "",
) -> Draft:
    """Build a draft request. The same input always gives the same draft;
    a different ``variant`` picks other wording from the phrase bank."""
    writer = _Writer(need, person, channel, tone, phrases, variant, today, sender)
    return writer.request()


def compose_follow_up(
    need: Need,
    person: Helper,
    *,
    channel: str = "text",
    tone: str = "casual",
    phrases: Iterable[Phrase | Mapping] | None = None,
    variant: int = 0,
    today: date,
    sender: str = "",
) -> Draft:
    """A gentle follow-up for a request that has had no reply yet: the ask
    again, when, an easy no and thanks; no apology, no guilt."""
    writer = _Writer(need, person, channel, tone, phrases, variant, today, sender)
    return writer.later("follow_up")


def compose_thank_you(
    need: Need,
    person: Helper,
    *,
    channel: str = "text",
    tone: str = "casual",
    phrases: Iterable[Phrase | Mapping] | None = None,
    variant: int = 0,
    today: date,
    sender: str = "",
) -> Draft:
    """A thank-you for after the person helped, with an offer to help back
    where it fits."""
    writer = _Writer(need, person, channel, tone, phrases, variant, today, sender)
    return writer.later("thank_you_after")


class _Writer:
    """Chooses and fills phrases for one need, person and channel."""

    def __init__(
        self,
        need: Need,
        person: Helper,
        channel: str,
        tone: str,
        phrases: Iterable[Phrase | Mapping] | None,
        variant: int,
        today: date,
        sender: str,
    ):
        self.need = need
        self.channel = channel
        self.tone = tone
        self.variant = variant
        self.sender = sender.strip()
        if phrases is None:
            self.bank, self.whole = _DEFAULTS
        else:
            self.bank, self.whole = _prepare(tuple(Phrase.of(p) for p in phrases))
        self._filled: dict[tuple[int, str | None], str] = {}
        self.values = placeholder_values(need, person, today)

    # Choosing phrases

    def fitting(
        self, kind: str, bank: tuple[Phrase, ...] | None = None
    ) -> list[Phrase]:
        """Phrases of a kind for this channel and tone whose placeholders all
        have values; the casual ones when there are no formal ones."""
        bank = self.bank if bank is None else bank
        for tone in dict.fromkeys((self.tone, "casual")):
            found = [
                p
                for p in bank
                if p.kind == kind
                and self.channel in p.channels
                and p.tone == tone
                and all(self.values.get(name) for name in p.placeholders)
            ]
            if found:
                return found
        return []

    def choose(self, kind: str, *, required: bool = False) -> Phrase | None:
        """The phrase of a kind for this variant; for a required kind the
        built-in phrases stand in when the bank has none."""
        found = self.fitting(kind)
        if not found and required:
            found = self.fitting(kind, DEFAULT_PHRASES)
        if not found and kind == "greeting":
            return Phrase("greeting", "Hello," if self.tone == "formal" else "Hi,")
        return found[self.variant % len(found)] if found else None

    def fill(self, phrase: Phrase, need: str | None = None) -> str:
        """A phrase with its placeholders filled in; a value that starts a
        sentence gets a capital letter."""
        key = (id(phrase), need)
        filled = self._filled.get(key)
        if filled is None:
            values = self.values if need is None else {**self.values, "need": need}
            filled = self._filled[key] = fill(phrase.text, values)
        return filled

    # Requests

    def request(self) -> Draft:
        required = self.channel in SPOKEN
        chosen = {}
        for kind in (*WRITTEN_KINDS, "closing"):
            phrase = self.choose(kind, required=required or kind == "ask")
            if phrase is not None:
                chosen[kind] = phrase
        if self.channel in SPOKEN:
            return self.fit_script(chosen, SCRIPT_LINES)
        if self.channel == "email":
            return self.fit_email(chosen, subject_for(self.need.what, self.tone))
        return self.fit_text(chosen)

    def later(self, kind: str) -> Draft:
        """A follow-up or a thank-you: the main phrase, with a greeting, and
        whatever check() finds missing added from the other kinds."""
        main = self.choose(kind, required=True)
        if main is None:  # a bank without this kind, and no defaults either
            main = Phrase(kind, "{need}.")
        chosen = {"greeting": self.choose("greeting"), kind: main}
        if self.channel == "email":
            closing = self.choose("closing")
            if closing is not None:
                chosen["closing"] = closing
        if kind == "follow_up":
            wanted = {
                "easy_no": "easy_no",
                "offer_back": "offer_back",
                "gratitude": "thanks",
            }
            if main not in self.whole:  # the middle of a message: ask again
                wanted.update(clear_ask="time_frame", time_bound="time_frame")
            order = ("greeting", kind, "time_frame", "easy_no", "offer_back", "thanks")
            subject = follow_up_subject(self.need.what)
            lines = (
                ("Opener", ("greeting",)),
                ("The ask", (kind, "time_frame")),
                ("The easy no", ("easy_no", "offer_back")),
                ("The thanks", ("thanks",)),
            )
        else:
            wanted = {"gratitude": "thanks", "offer_back": "offer_back"}
            order = ("greeting", kind, "offer_back", "thanks")
            subject = thank_you_subject(self.need.what)
            lines = THANK_YOU_LINES
        pad = ("offer_back", "why_you") if kind == "follow_up" else ("offer_back",)
        # Add what check() finds missing, fit the channel, and once more if
        # fitting chose a longer wording that left something out.
        for _ in range(2):
            self.add_missing(kind, chosen, order, wanted)
            if self.channel in SPOKEN:
                draft = self.fit_script(chosen, lines, order)
            elif self.channel == "email":
                draft = self.fit_email(chosen, subject, order, pad)
            else:
                draft = self.fit_text(chosen, order)
            if not self.missing(chosen, order, wanted):
                break
        return draft

    def missing(self, chosen: dict, order: Iterable[str], wanted: dict) -> list[str]:
        """The kinds that would add what check() finds missing."""
        body = self.one_line(chosen, [k for k in order if k in chosen])
        return [
            wanted[f.code]
            for f in check(body, "text")
            if not f.ok and f.code in wanted and wanted[f.code] not in chosen
        ]

    def add_missing(
        self, kind: str, chosen: dict, order: Iterable[str], wanted: dict
    ) -> None:
        for extra in dict.fromkeys(self.missing(chosen, order, wanted)):
            if kind == "thank_you_after" and extra == "thanks":
                # Not a request's thanks ("for thinking about it").
                phrase = Phrase("thanks", "Thank you again.")
            else:
                phrase = self.choose(extra, required=True)
            if phrase is not None:
                chosen[extra] = phrase

    # Fitting a channel

    def fit_text(self, chosen: dict, order: Iterable[str] = WRITTEN_KINDS) -> Draft:
        kinds = [k for k in order if k in chosen]
        body = _drop_to_fit(
            kinds,
            lambda trial: self.one_line(chosen, trial),
            lambda text: len(text) <= TEXT_LIMIT,
        )
        if len(body) > TEXT_LIMIT:
            body = self.shorten_need(
                lambda need: self.one_line(chosen, kinds, need),
                lambda text: len(text) - TEXT_LIMIT,
                lambda need, over: _cut(need, len(need) - over - 1),
            )
        if len(body) > TEXT_LIMIT:  # a name or phrase too long to keep whole
            body = _cut(body, TEXT_LIMIT - 1) + ELLIPSIS
        return Draft(self.channel, body, kinds=tuple(kinds))

    def fit_email(
        self,
        chosen: dict,
        subject: str,
        order: Iterable[str] = WRITTEN_KINDS,
        pad: tuple[str, ...] = ("offer_back", "reason", "why_you"),
    ) -> Draft:
        low, high = EMAIL_WORDS
        kinds = [k for k in order if k in chosen]
        body = self.email_body(chosen, kinds)
        if _words(body) < low:  # optional kinds, then longer wordings
            self.pad_kinds(chosen, kinds, pad)
            body = self.lengthen(chosen, kinds)
        body = _drop_to_fit(
            kinds,
            lambda trial: self.email_body(chosen, trial),
            lambda text: _words(text) <= high,
        )
        if _words(body) < low:  # a long sentence had to go
            body = self.lengthen(chosen, kinds)
        if _words(body) > high:
            body = self.shorten_need(
                lambda need: self.email_body(chosen, kinds, need),
                lambda text: _words(text) - high,
                lambda need, over: _cut_words(need, len(need.split()) - over),
            )
        return Draft(self.channel, body, subject, tuple(kinds))

    def fit_script(
        self,
        chosen: dict,
        lines: tuple,
        order: Iterable[str] = WRITTEN_KINDS,
    ) -> Draft:
        kinds = [k for k in order if k in chosen]
        body = _drop_to_fit(
            kinds,
            lambda trial: self.script(chosen, trial, lines),
            lambda text: _words(text) <= SCRIPT_WORDS,
        )
        if _words(body) > SCRIPT_WORDS:
            body = self.shorten_need(
                lambda need: self.script(chosen, kinds, lines, need),
                lambda text: _words(text) - SCRIPT_WORDS,
                lambda need, over: _cut_words(need, len(need.split()) - over),
            )
        return Draft(self.channel, body, kinds=tuple(kinds))

    def lengthen(self, chosen: dict, kinds: list[str]) -> str:
        """The email with longer wordings, kind by kind, until it has enough
        words, as long as it stays within the limit."""
        low, high = EMAIL_WORDS
        body = self.email_body(chosen, kinds)
        for kind in kinds:
            if _words(body) >= low:
                break
            for phrase in sorted(self.fitting(kind), key=lambda p: -len(p.text)):
                longer = self.email_body({**chosen, kind: phrase}, kinds)
                if _words(body) < _words(longer) <= high:
                    chosen[kind] = phrase
                    body = longer
                    break
        return body

    def shorten_need(self, build, over, cut) -> str:
        """The draft with the need cut down, at a word, until it fits."""
        need = self.values["need"]
        body = build(need)
        while (excess := over(body)) > 0 and need:
            shorter = cut(need.rstrip(ELLIPSIS), excess)
            need = shorter + ELLIPSIS if shorter else ""
            body = build(need)
        return body

    # Putting sentences together

    def sentences(self, chosen: dict, kinds: Iterable[str], need: str | None) -> dict:
        return {k: self.fill(chosen[k], need) for k in kinds if k in chosen}

    def pad_kinds(self, chosen: dict, kinds: list[str], pad: tuple[str, ...]) -> None:
        """Bring in the optional kinds not yet used, where a phrase fits."""
        for kind in pad:
            if kind not in kinds:
                phrase = chosen.get(kind) or self.choose(kind)
                if phrase is not None:
                    chosen[kind] = phrase
                    kinds.append(kind)

    def one_line(
        self, chosen: dict, kinds: Iterable[str], need: str | None = None
    ) -> str:
        """Sentences joined into one message. After "Hi Sam," the next
        sentence carries on in lower case ("Hi Sam, could I ask...")."""
        parts = list(self.sentences(chosen, kinds, need).values())
        for i in range(1, len(parts)):
            previous, current = parts[i - 1], parts[i]
            if previous.endswith(",") and not re.match(r"I\b", current):
                parts[i] = current[:1].lower() + current[1:]
        return " ".join(parts)

    def email_body(
        self, chosen: dict, kinds: Iterable[str], need: str | None = None
    ) -> str:
        said = self.sentences(chosen, [*kinds, "closing"], need)
        groups = (
            ("greeting",),
            ("ask", "follow_up", "thank_you_after", "time_frame", "reason"),
            ("why_you",),
            ("easy_no", "offer_back"),
            ("thanks",),
        )
        paragraphs = [" ".join(said[k] for k in group if k in said) for group in groups]
        sign_off = [said.get("closing", ""), self.sender]
        paragraphs.append("\n".join(part for part in sign_off if part))
        return "\n\n".join(p for p in paragraphs if p)

    def script(
        self,
        chosen: dict,
        kinds: Iterable[str],
        lines: tuple,
        need: str | None = None,
    ) -> str:
        said = self.sentences(chosen, kinds, need)
        out = []
        for label, line_kinds in lines:
            words = " ".join(said[k] for k in line_kinds if k in said).rstrip(",")
            out.append(f"{label}: {words}")
        return "\n".join(out)


@lru_cache(maxsize=16)
def _prepare(bank: tuple[Phrase, ...]) -> tuple[tuple[Phrase, ...], frozenset[Phrase]]:
    """The bank as the writer uses it. Whole messages for later ("Hi
    {person}, ...") lose their greeting, as the coach adds its own; they are
    also returned, as they say all that their writer meant to say."""
    prepared, whole = [], set()
    for phrase in bank:
        greeting = WHOLE_MESSAGE_GREETING.match(phrase.text)
        if phrase.kind in LATER_KINDS and greeting:
            rest = phrase.text[greeting.end() :]
            phrase = Phrase(phrase.kind, rest, phrase.channels, phrase.tone)
            whole.add(phrase)
        prepared.append(phrase)
    return tuple(prepared), frozenset(whole)


_DEFAULTS = _prepare(DEFAULT_PHRASES)


def _short_reason(why: str) -> str:
    """The user's reason without "because", cut to REASON_WORDS words."""
    reason = re.sub(r"^because\s+", "", clean_need(why), flags=re.IGNORECASE)
    if len(reason.split()) > REASON_WORDS:
        return _cut_words(reason, REASON_WORDS) + ELLIPSIS
    return reason


def _drop_to_fit(kinds: list[str], build, fits) -> str:
    """Leave out optional kinds, in OPTIONAL's order, until the draft fits;
    then bring back any that still fit, the most useful first (a reason,
    then an offer back). kinds is updated in place."""
    dropped = []
    for kind in OPTIONAL:
        if fits(build(kinds)):
            break
        if kind in kinds:
            kinds.remove(kind)
            dropped.append(kind)
    for kind in reversed(dropped[:-1]):
        trial = [k for k in WRITTEN_KINDS if k in kinds or k == kind]
        trial += [k for k in kinds if k not in trial]
        if fits(build(trial)):
            kinds[:] = trial
    return build(kinds)


def _words(text: str) -> int:
    return len(text.split())


def _cut(text: str, limit: int) -> str:
    """text cut to at most limit characters, at a word boundary."""
    if len(text) <= limit:
        return text
    if limit <= 0:
        return ""
    cut = text[: limit + 1].rsplit(" ", 1)[0] if " " in text[:limit] else ""
    return cut.rstrip(" ,;:.-–—")


def _cut_words(text: str, keep: int) -> str:
    """The first keep words of text."""
    return " ".join(text.split()[: max(0, keep)]).rstrip(" ,;:.-–—")
