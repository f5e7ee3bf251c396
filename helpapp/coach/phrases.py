"""The phrase bank: the building blocks of a composed request.

Admins curate the live phrase bank in the app; these defaults let the coach
work on its own (tests, benchmarks, a fresh database).
"""

import string
from dataclasses import dataclass

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
    kind: str
    text: str
    channels: tuple[str, ...] = CHANNELS
    tone: str = "casual"

    @property
    def placeholders(self) -> frozenset[str]:
        return frozenset(placeholders_in(self.text))

    def suits(self, channel: str, tone: str) -> bool:
        return channel in self.channels and tone == self.tone


def placeholders_in(text: str) -> list[str]:
    """The placeholder names used in text, e.g. ["person", "need"].

    Raises ValueError when the braces do not pair up.
    """
    return [name for _, name, _, _ in string.Formatter().parse(text) if name]


def unknown_placeholders(text: str) -> list[str]:
    """Placeholder names in text that the coach cannot fill."""
    return [name for name in placeholders_in(text) if name not in PLACEHOLDERS]


_SPOKEN = ("call", "in_person")
_WRITTEN = ("text", "email")

DEFAULT_PHRASES: tuple[Phrase, ...] = (
    Phrase("greeting", "Hi {person},"),
    Phrase("greeting", "Hey {person},", (*_SPOKEN, "text")),
    Phrase("greeting", "Dear {person},", ("email",), "formal"),
    Phrase("greeting", "Hello {person},", CHANNELS, "formal"),
    Phrase("ask", "I've got a favour to ask: {need}."),
    Phrase("ask", "Could I ask you a favour? {need}."),
    Phrase("ask", "I'm hoping you can help me with something: {need}.", ("email",)),
    Phrase(
        "ask",
        "I am writing to ask for your help with something: {need}.",
        _WRITTEN,
        "formal",
    ),
    Phrase(
        "ask", "May I ask for your help with something? {need}.", CHANNELS, "formal"
    ),
    Phrase("reason", "It matters to me because {why}."),
    Phrase("reason", "It would really help, because {why}."),
    Phrase(
        "reason", "It matters a great deal to me, because {why}.", CHANNELS, "formal"
    ),
    Phrase("time_frame", "Would you have {size} to help {when}?"),
    Phrase("time_frame", "It would take {size}. Could you help {when}?"),
    Phrase(
        "time_frame",
        "It would take {size}. Would you be able to help {when}?",
        CHANNELS,
        "formal",
    ),
    Phrase(
        "time_frame", "Might you have {size} free to help {when}?", CHANNELS, "formal"
    ),
    Phrase("why_you", "I thought of you because you're great at {strength}."),
    Phrase("why_you", "You came to mind because you know a lot about {strength}."),
    Phrase("why_you", "I thought of you because I trust you."),
    Phrase(
        "why_you",
        "I am asking you because of your experience with {strength}.",
        CHANNELS,
        "formal",
    ),
    Phrase(
        "why_you", "I am asking you because I value your judgement.", CHANNELS, "formal"
    ),
    Phrase("easy_no", "If it doesn't work for you, that's completely fine."),
    Phrase("easy_no", "No is a perfectly good answer, I'll understand."),
    Phrase(
        "easy_no",
        "Please feel free to say no if it is not a good time.",
        CHANNELS,
        "formal",
    ),
    Phrase("offer_back", "I'd be glad to help you with something in return."),
    Phrase("offer_back", "And I owe you one, whenever you need it."),
    Phrase(
        "offer_back", "I would be very happy to return the favour.", CHANNELS, "formal"
    ),
    Phrase("thanks", "Thank you, it means a lot."),
    Phrase("thanks", "Thanks so much for thinking about it."),
    Phrase("thanks", "Thank you for considering it.", CHANNELS, "formal"),
    Phrase("thanks", "Many thanks in advance for your time.", CHANNELS, "formal"),
    Phrase("closing", "Best wishes,", ("email",)),
    Phrase("closing", "Kind regards,", ("email",), "formal"),
    Phrase(
        "follow_up",
        "Hi {person}, checking in about my message on {need}. "
        "No pressure at all, a no is fine too.",
    ),
    Phrase(
        "follow_up",
        "Dear {person}, I wanted to follow up on my message about {need}. "
        "Please do say if it is not possible.",
        CHANNELS,
        "formal",
    ),
    Phrase(
        "thank_you_after",
        "Thank you so much for helping with {need}. It made a real difference.",
    ),
    Phrase(
        "thank_you_after",
        "Thank you for your help with {need}. I am very grateful.",
        CHANNELS,
        "formal",
    ),
)
