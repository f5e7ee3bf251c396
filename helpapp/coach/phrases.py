"""The phrase bank: the building blocks of a composed request.

Admins curate the live phrase bank in the app; these defaults let the coach
work on its own (tests, benchmarks, a fresh database).
"""

import re
import string
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

CHANNELS = ("text", "email", "call", "in_person")
TONES = ("casual", "formal")

# The kinds, in the order they appear in a request.
KINDS = (
    "greeting",
    "ask",
    "reason",
    "time_frame",
    "why_you",
    "easy_no",
    "offer_back",
    "thanks",
    "closing",
    "follow_up",
    "thank_you_after",
)

# What a phrase may mention. {need} is the user's own words, {when} the
# deadline ("by Friday"), {strength} what the person is good at, {size} how
# much time it takes, {why} why it matters to the user.
PLACEHOLDERS = ("person", "need", "when", "strength", "size", "why")


@dataclass(frozen=True)
class Phrase:
    """One building block: a kind (see KINDS), its text with placeholders,
    the channels it suits and its tone ("casual" or "formal")."""

    kind: str
    text: str
    channels: tuple[str, ...] = CHANNELS
    tone: str = "casual"

    @classmethod
    def of(cls, value: "Phrase | Mapping") -> "Phrase":
        """A Phrase from a Phrase or a dict with kind, text, channels, tone
        (the shape of the admin-curated bank)."""
        if isinstance(value, Phrase):
            if isinstance(value.channels, tuple):
                return value
            return cls(value.kind, value.text, tuple(value.channels), value.tone)
        return cls(
            value["kind"],
            value["text"],
            tuple(value.get("channels") or CHANNELS),
            value.get("tone") or "casual",
        )

    @property
    def placeholders(self) -> frozenset[str]:
        return _placeholder_names(self.text)

    def suits(self, channel: str, tone: str) -> bool:
        return channel in self.channels and tone == self.tone


def placeholders_in(text: str) -> list[str]:
    """The placeholder names used in text, e.g. ["person", "need"].

    Raises ValueError when the braces do not pair up.
    """
    return [name for _, name, _, _ in string.Formatter().parse(text) if name]


@lru_cache(maxsize=4096)
def _placeholder_names(text: str) -> frozenset[str]:
    return frozenset(placeholders_in(text))


# A placeholder, or a doubled brace that stands for a brace itself.
_FIELD = re.compile(r"\{\{|\}\}|\{(\w+)\}")


def fill(text: str, values: Mapping[str, str]) -> str:
    """text with its placeholders filled in: the one filler for composed
    drafts, saved and starter templates and the admin's previews.

    An unknown or empty placeholder becomes nothing rather than an error,
    {{ and }} stand for { and }, and a value that starts a sentence gets a
    capital letter ("{need}." -> "A lift to the station.").
    """

    def replace(match: re.Match) -> str:
        name = match.group(1)
        if name is None:
            return match.group()[0]
        value = values.get(name, "")
        before = text[: match.start()].rstrip()
        if not before or before[-1] in ".?!":
            value = value[:1].upper() + value[1:]
        return value

    return _FIELD.sub(replace, text)


def unknown_placeholders(text: str) -> list[str]:
    """Placeholder names in text that the coach cannot fill."""
    return [name for name in placeholders_in(text) if name not in PLACEHOLDERS]


_TEXT = ("text",)
_EMAIL = ("email",)
_WRITTEN = ("text", "email")
_SPOKEN = ("call", "in_person")
_LONGER = ("email", "call", "in_person")
_FORMAL = "formal"

# Every phrase here passes the coach's own check: no apology for asking, no
# "just" or other softeners, nothing that takes the ask back. Each channel
# and tone has at least two phrases for the kinds every draft uses, so "Try
# another wording" always changes something.
DEFAULT_PHRASES: tuple[Phrase, ...] = (
    Phrase("greeting", "Hi {person},"),
    Phrase("greeting", "Hey {person},", ("text", *_SPOKEN)),
    Phrase("greeting", "Hello {person},", _EMAIL),
    Phrase("greeting", "Dear {person},", _EMAIL, _FORMAL),
    Phrase("greeting", "Hello {person},", CHANNELS, _FORMAL),
    Phrase("ask", "I've got a favour to ask: {need}."),
    Phrase("ask", "Could I ask you a favour? {need}."),
    Phrase("ask", "I'm hoping you can help me with something: {need}.", _LONGER),
    Phrase(
        "ask",
        "I am writing to ask for your help with something: {need}.",
        _WRITTEN,
        _FORMAL,
    ),
    Phrase("ask", "May I ask for your help with something? {need}.", CHANNELS, _FORMAL),
    Phrase(
        "ask", "I wanted to ask for your help with something: {need}.", _SPOKEN, _FORMAL
    ),
    Phrase("reason", "It matters to me because {why}."),
    Phrase("reason", "It would really help, because {why}."),
    Phrase(
        "reason", "It matters a great deal to me, because {why}.", CHANNELS, _FORMAL
    ),
    Phrase("reason", "This is important to me because {why}.", CHANNELS, _FORMAL),
    Phrase("time_frame", "Would you have {size} to help {when}?"),
    Phrase("time_frame", "It would take {size}. Could you help {when}?"),
    Phrase("time_frame", "Could you help {when}? It should take {size}.", _LONGER),
    Phrase(
        "time_frame",
        "It would take {size}. Would you be able to help {when}?",
        CHANNELS,
        _FORMAL,
    ),
    Phrase(
        "time_frame", "Might you have {size} free to help {when}?", CHANNELS, _FORMAL
    ),
    Phrase("why_you", "I thought of you because you're great at {strength}."),
    Phrase("why_you", "You came to mind because you know a lot about {strength}."),
    Phrase("why_you", "I thought of you because I trust you."),
    Phrase(
        "why_you",
        "I am asking you because of your experience with {strength}.",
        CHANNELS,
        _FORMAL,
    ),
    Phrase(
        "why_you", "I am asking you because I value your judgement.", CHANNELS, _FORMAL
    ),
    Phrase("easy_no", "If it doesn't work for you, that's completely fine."),
    Phrase("easy_no", "No is a perfectly good answer, I'll understand."),
    Phrase("easy_no", "It's fine to say no.", _TEXT),
    Phrase(
        "easy_no",
        "Please feel free to say no if it is not a good time.",
        CHANNELS,
        _FORMAL,
    ),
    Phrase(
        "easy_no",
        "If it is not possible, I will completely understand.",
        CHANNELS,
        _FORMAL,
    ),
    Phrase("offer_back", "I'd be glad to help you with something in return."),
    Phrase("offer_back", "And I owe you one, whenever you need it."),
    Phrase("offer_back", "Happy to return the favour.", _TEXT),
    Phrase(
        "offer_back", "I would be very happy to return the favour.", CHANNELS, _FORMAL
    ),
    Phrase(
        "offer_back",
        "Please let me know if I can ever help you in return.",
        CHANNELS,
        _FORMAL,
    ),
    Phrase("thanks", "Thank you, it means a lot."),
    Phrase("thanks", "Thanks so much for thinking about it."),
    Phrase("thanks", "Thank you, I really appreciate it."),
    Phrase("thanks", "Thank you for considering it.", CHANNELS, _FORMAL),
    Phrase("thanks", "Many thanks in advance for your time.", CHANNELS, _FORMAL),
    Phrase("thanks", "I am very grateful for your time.", CHANNELS, _FORMAL),
    Phrase("closing", "Best wishes,", _EMAIL),
    Phrase("closing", "All the best,", _EMAIL),
    Phrase("closing", "Kind regards,", _EMAIL, _FORMAL),
    Phrase("closing", "Best regards,", _EMAIL, _FORMAL),
    # A follow-up when there is no reply yet: the ask again, gently. The
    # coach adds a greeting, an easy no and thanks.
    Phrase(
        "follow_up",
        "I wanted to check in about my message on {need}. "
        "Would you still have {size} to help {when}?",
    ),
    Phrase(
        "follow_up",
        "I'm following up on my note about {need}. "
        "Could you still help {when}? It would take {size}.",
    ),
    Phrase(
        "follow_up",
        "I am writing to follow up on my message about {need}. "
        "Would you be able to help {when}? It would take {size}.",
        CHANNELS,
        _FORMAL,
    ),
    Phrase(
        "follow_up",
        "I wanted to follow up on my request about {need}. "
        "Might you have {size} to help {when}?",
        CHANNELS,
        _FORMAL,
    ),
    Phrase(
        "follow_up",
        "I wanted to check in about my last message. "
        "Would you still have {size} to help {when}?",
    ),
    Phrase(
        "follow_up",
        "I am writing to follow up on my last message. "
        "Would you be able to help {when}? It would take {size}.",
        CHANNELS,
        _FORMAL,
    ),
    # A thank-you after they helped. The coach adds a greeting and, where
    # it fits, an offer to help back.
    Phrase(
        "thank_you_after",
        "Thank you so much for helping with {need}. It made a real difference.",
    ),
    Phrase(
        "thank_you_after",
        "Thanks again for your help with {need}. I'm really grateful.",
    ),
    Phrase(
        "thank_you_after",
        "Thank you so much for helping with {need}. It made a real difference, "
        "and I wanted to tell you properly. Your help took a weight off my "
        "mind, and I won't forget it. I hope you know how much it meant.",
        _EMAIL,
    ),
    Phrase(
        "thank_you_after",
        "Thank you so much for your help. It made a real difference.",
    ),
    Phrase(
        "thank_you_after",
        "Thank you for your help. I am very grateful.",
        CHANNELS,
        _FORMAL,
    ),
    Phrase(
        "thank_you_after",
        "Thank you so much for your help the other day. It made a real "
        "difference, and I wanted to tell you properly. It took a weight off my "
        "mind, and I won't forget how kind you were. I hope you know how much "
        "it meant.",
        _EMAIL,
    ),
    Phrase(
        "thank_you_after",
        "I wanted to thank you properly for your help. It made a real "
        "difference to me, and I am very grateful for your time and your "
        "kindness. It meant a great deal to me.",
        _EMAIL,
        _FORMAL,
    ),
    Phrase(
        "thank_you_after",
        "Thank you for your help with {need}. I am very grateful.",
        CHANNELS,
        _FORMAL,
    ),
    Phrase(
        "thank_you_after",
        "I wanted to thank you properly for your help with {need}. It made a "
        "real difference to me, and I am very grateful for your time and your "
        "kindness. It meant a great deal.",
        _EMAIL,
        _FORMAL,
    ),
)
