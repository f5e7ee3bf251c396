"""The phrase bank: the building blocks of a composed request.

The coach picks one phrase of each kind for the chosen channel and tone, in
the order of KINDS (a closing for email only). "Try another wording" moves
to the next phrase of each kind, so most kinds have several.

DEFAULT_PHRASES is the one first bank: the coach works from it on its own
(tests, benchmarks, a database without phrases), and a fresh install's
admin-curated bank starts as a copy of it (helpapp.guidance.content.phrases).

Placeholders: {person} (first name), {need} (the user's own words, so it
always follows a colon or ends a sentence), {when} ("by Friday", "today",
"in the next week or two", so it follows "help"), {strength} (what the
person is good at), {size} ("half an hour or so") and {why} (the reason,
without "because").
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
_CALL = ("call",)
_IN_PERSON = ("in_person",)
_WRITTEN = ("text", "email")
_SPOKEN = ("call", "in_person")
_LONGER = ("email", "call", "in_person")
_FORMAL = "formal"

# Every phrase here passes the coach's own check: no apology for asking, no
# "just" or other softeners, nothing that takes the ask back or makes the
# need sound small. Text-message phrases are kept short, so a whole request
# fits in one text. Each channel and tone has at least two phrases for the
# kinds every draft uses, so "Try another wording" always changes something.
# A phrase with {strength} or {why} is skipped when that is unknown.
DEFAULT_PHRASES: tuple[Phrase, ...] = (
    # Greetings. Written ones end with a comma; spoken ones open the talk.
    Phrase("greeting", "Hi {person},"),
    Phrase("greeting", "Hey {person},"),
    Phrase("greeting", "Hi {person}!", _TEXT),
    Phrase("greeting", "Hello {person},", _EMAIL),
    Phrase("greeting", "Hi {person}, is now a good time to talk?", _CALL),
    Phrase("greeting", "Hi {person}, it's good to hear you.", _CALL),
    Phrase("greeting", "Hey {person}, have you got a few minutes?", _SPOKEN),
    Phrase("greeting", "Hi {person}, good to see you.", _IN_PERSON),
    Phrase("greeting", "Hello {person},", CHANNELS, _FORMAL),
    Phrase("greeting", "Dear {person},", _EMAIL, _FORMAL),
    Phrase("greeting", "Hi {person},", _TEXT, _FORMAL),
    Phrase("greeting", "Hello {person}, is this a good time?", _CALL, _FORMAL),
    Phrase("greeting", "Hello {person}, thank you for picking up.", _CALL, _FORMAL),
    Phrase(
        "greeting",
        "Hello {person}, do you have a few minutes to talk?",
        _IN_PERSON,
        _FORMAL,
    ),
    Phrase("greeting", "Hello {person}, it's good to speak to you.", _SPOKEN, _FORMAL),
    # The ask: {need} after a colon or as a sentence of its own.
    Phrase("ask", "I've got a favour to ask: {need}."),
    Phrase("ask", "Could I ask a favour? {need}.", _TEXT),
    Phrase("ask", "I'd love your help with this: {need}.", _TEXT),
    Phrase("ask", "Can you help me with something? {need}.", _TEXT),
    Phrase("ask", "I'm hoping you can help me with something: {need}.", _LONGER),
    Phrase("ask", "Could I ask you a favour? {need}."),
    Phrase(
        "ask", "I'm writing because I'd love your help with something: {need}.", _EMAIL
    ),
    Phrase("ask", "May I ask a favour? {need}.", _TEXT, _FORMAL),
    Phrase("ask", "I would value your help with this: {need}.", _TEXT, _FORMAL),
    Phrase(
        "ask",
        "I am writing to ask for your help with something: {need}.",
        _WRITTEN,
        _FORMAL,
    ),
    Phrase("ask", "May I ask for your help with something? {need}.", CHANNELS, _FORMAL),
    Phrase(
        "ask", "I would be glad of your help with something: {need}.", _LONGER, _FORMAL
    ),
    Phrase(
        "ask", "I wanted to ask for your help with something: {need}.", _SPOKEN, _FORMAL
    ),
    # Why it matters: {why} is the user's reason, without "because".
    Phrase("reason", "It matters because {why}.", _TEXT),
    Phrase("reason", "I'm asking because {why}.", _TEXT),
    Phrase("reason", "It'd really help, as {why}.", _TEXT),
    Phrase("reason", "It matters to me because {why}."),
    Phrase("reason", "It would make a real difference, as {why}.", _LONGER),
    Phrase("reason", "I'm asking now because {why}.", _LONGER),
    Phrase("reason", "It matters to me because {why}.", _TEXT, _FORMAL),
    Phrase("reason", "I am asking because {why}.", _TEXT, _FORMAL),
    Phrase("reason", "It matters a great deal to me, as {why}.", _LONGER, _FORMAL),
    Phrase("reason", "This is important to me because {why}.", CHANNELS, _FORMAL),
    Phrase("reason", "I am asking now because {why}.", _LONGER, _FORMAL),
    Phrase("reason", "It would really help, because {why}."),
    Phrase(
        "reason", "It matters a great deal to me, because {why}.", CHANNELS, _FORMAL
    ),
    # How long and by when: {when} always follows "help".
    Phrase("time_frame", "Could you help {when}? It'd take {size}.", _TEXT),
    Phrase("time_frame", "It'd take {size}. Can you help {when}?", _TEXT),
    Phrase("time_frame", "Would you have {size} to help {when}?"),
    Phrase("time_frame", "It should take {size}. Could you help {when}?", _LONGER),
    Phrase("time_frame", "Would you have {size} free to help {when}?", _LONGER),
    Phrase(
        "time_frame", "Could you help {when}? I'd need {size} of your time.", _LONGER
    ),
    Phrase(
        "time_frame", "Could you help {when}? It would take {size}.", _TEXT, _FORMAL
    ),
    Phrase(
        "time_frame", "It would take {size}. Could you help {when}?", _TEXT, _FORMAL
    ),
    Phrase(
        "time_frame",
        "It would take {size}. Would you be able to help {when}?",
        CHANNELS,
        _FORMAL,
    ),
    Phrase(
        "time_frame",
        "Would you be able to help {when}? I expect it would take {size}.",
        _LONGER,
        _FORMAL,
    ),
    Phrase(
        "time_frame",
        "Would you have {size} available to help {when}?",
        _LONGER,
        _FORMAL,
    ),
    Phrase("time_frame", "It would take {size}. Could you help {when}?"),
    Phrase("time_frame", "Could you help {when}? It should take {size}.", _LONGER),
    Phrase(
        "time_frame", "Might you have {size} free to help {when}?", CHANNELS, _FORMAL
    ),
    # Why this person. Each channel and tone has some without {strength}.
    Phrase("why_you", "You're great at {strength}, so I asked you.", _TEXT),
    Phrase("why_you", "I trust you, so I asked you first.", _TEXT),
    Phrase("why_you", "You were the first person I thought of.", _TEXT),
    Phrase("why_you", "I thought of you because you're great at {strength}."),
    Phrase("why_you", "You came to mind because you know a lot about {strength}."),
    Phrase("why_you", "I thought of you because I trust you."),
    Phrase(
        "why_you",
        "You were the first person I thought of, because I trust you.",
        _LONGER,
    ),
    Phrase(
        "why_you", "Your skill with {strength} made me think of you.", _TEXT, _FORMAL
    ),
    Phrase("why_you", "I am asking you as I value your judgement.", _TEXT, _FORMAL),
    Phrase("why_you", "You were the first person I thought of.", _TEXT, _FORMAL),
    Phrase(
        "why_you",
        "I am asking you because of your experience with {strength}.",
        CHANNELS,
        _FORMAL,
    ),
    Phrase(
        "why_you", "I am asking you because I value your judgement.", CHANNELS, _FORMAL
    ),
    Phrase(
        "why_you",
        "You were the first person I thought of, as I trust you.",
        _LONGER,
        _FORMAL,
    ),
    # The easy no: kind, plain, and it leaves the ask standing.
    Phrase("easy_no", "If it doesn't suit, that's fine.", _TEXT),
    Phrase("easy_no", "It's fine to say no, honestly.", _TEXT),
    Phrase("easy_no", "If you can't, that's okay.", _TEXT),
    Phrase(
        "easy_no",
        "If now isn't a good time, that's completely fine; I'll understand.",
        _LONGER,
    ),
    Phrase("easy_no", "No is a perfectly good answer, and I'll understand.", _LONGER),
    Phrase(
        "easy_no",
        "If it doesn't work for you, that's okay; I'll ask someone else.",
        _LONGER,
    ),
    Phrase("easy_no", "Please feel free to say no.", _TEXT, _FORMAL),
    Phrase("easy_no", "If it isn't possible, I'll understand.", _TEXT, _FORMAL),
    Phrase("easy_no", "A no is perfectly fine.", _TEXT, _FORMAL),
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
    Phrase(
        "easy_no",
        "Please don't feel obliged; a no is perfectly fine.",
        _LONGER,
        _FORMAL,
    ),
    Phrase("easy_no", "If it doesn't work for you, that's completely fine."),
    Phrase("easy_no", "No is a perfectly good answer, I'll understand."),
    Phrase("easy_no", "It's fine to say no.", _TEXT),
    # Offering help back, now or later.
    Phrase("offer_back", "Happy to return the favour.", _TEXT),
    Phrase("offer_back", "I'd love to help you back sometime.", _TEXT),
    Phrase("offer_back", "Tell me if I can ever help you.", _TEXT),
    Phrase("offer_back", "I'd be glad to help you with something in return."),
    Phrase("offer_back", "Happy to return the favour whenever you need it.", _LONGER),
    Phrase(
        "offer_back", "Let me know if there's ever something I can do for you.", _LONGER
    ),
    Phrase("offer_back", "I'd be glad to return the favour.", _TEXT, _FORMAL),
    Phrase("offer_back", "Do say if I can help you in return.", _TEXT, _FORMAL),
    Phrase(
        "offer_back", "I would be very happy to return the favour.", CHANNELS, _FORMAL
    ),
    Phrase(
        "offer_back",
        "Please let me know if I can ever help you in return.",
        CHANNELS,
        _FORMAL,
    ),
    Phrase(
        "offer_back",
        "If there is anything I can do for you in return, I would be glad to.",
        _LONGER,
        _FORMAL,
    ),
    Phrase("offer_back", "I owe you one, and I'm here for you whenever you need it."),
    # Thanks in the request itself.
    Phrase("thanks", "Thank you!", _TEXT),
    Phrase("thanks", "Thanks so much.", _TEXT),
    Phrase("thanks", "Thank you, it means a lot."),
    Phrase("thanks", "Thank you, I really appreciate it."),
    Phrase("thanks", "Thanks for reading this; I'm grateful.", _EMAIL),
    Phrase("thanks", "Thanks for hearing me out.", _SPOKEN),
    Phrase("thanks", "Thank you for considering it.", CHANNELS, _FORMAL),
    Phrase("thanks", "Many thanks.", _TEXT, _FORMAL),
    Phrase("thanks", "I am very grateful for your time.", CHANNELS, _FORMAL),
    Phrase("thanks", "Many thanks for reading this.", _EMAIL, _FORMAL),
    Phrase("thanks", "Thank you for listening.", _SPOKEN, _FORMAL),
    Phrase("thanks", "Thanks so much for thinking about it."),
    Phrase("thanks", "Many thanks in advance for your time.", CHANNELS, _FORMAL),
    # Email sign-offs (the sender's name goes on the next line).
    Phrase("closing", "Best wishes,", _EMAIL),
    Phrase("closing", "All the best,", _EMAIL),
    Phrase("closing", "Take care,", _EMAIL),
    Phrase("closing", "Kind regards,", _EMAIL, _FORMAL),
    Phrase("closing", "Best regards,", _EMAIL, _FORMAL),
    Phrase("closing", "Warm regards,", _EMAIL, _FORMAL),
    # A follow-up when there is no reply yet: the ask again, gently. The
    # middle of a message (the coach adds a greeting, an easy no and thanks)
    # or a whole one.
    Phrase(
        "follow_up",
        "I wanted to check in about what I asked: {need}. Would you still have "
        "{size} to help {when}?",
    ),
    Phrase(
        "follow_up",
        "I'm following up on my note about this: {need}. Could you still help "
        "{when}? It would take {size}.",
    ),
    Phrase(
        "follow_up",
        "I am writing to follow up on my message about this: {need}. Would you be "
        "able to help {when}? It would take {size}.",
        CHANNELS,
        _FORMAL,
    ),
    Phrase(
        "follow_up",
        "I wanted to follow up on my request: {need}. Might you have {size} to "
        "help {when}?",
        CHANNELS,
        _FORMAL,
    ),
    Phrase(
        "follow_up",
        "I wanted to check in about my last message. Would you still have {size} "
        "to help {when}?",
    ),
    Phrase(
        "follow_up",
        "I am writing to follow up on my last message. Would you be able to help "
        "{when}? It would take {size}.",
        CHANNELS,
        _FORMAL,
    ),
    Phrase(
        "follow_up",
        "Hi {person}, I'm following up on my message from the other day. Here it "
        "is again: {need}. Whatever you decide is fine. Thank you!",
        _WRITTEN,
    ),
    Phrase(
        "follow_up",
        "Hey {person}, checking in on my earlier message in case it got lost. A "
        "no is completely fine; I'd be glad to hear either way.",
        _TEXT,
    ),
    Phrase(
        "follow_up",
        "Hi {person}, I wanted to check in about what I asked you the other day: "
        "{need}. Whatever you decide is completely fine.",
        _SPOKEN,
    ),
    Phrase(
        "follow_up",
        "Hello {person}, I am following up on my earlier request: {need}. If it "
        "is not possible, I will understand. Thank you for considering it.",
        CHANNELS,
        _FORMAL,
    ),
    Phrase(
        "follow_up",
        "Dear {person}, I wanted to follow up on my message of last week. My "
        "request was this: {need}. Please do let me know either way; a no is "
        "perfectly fine.",
        _EMAIL,
        _FORMAL,
    ),
    # A thank-you after they helped: the middle of a message (the coach
    # adds a greeting and, where it fits, an offer to help back) or a whole one.
    Phrase(
        "thank_you_after",
        "Thank you so much for helping with this: {need}. It made a real difference.",
    ),
    Phrase(
        "thank_you_after",
        "Thanks again for your help with this: {need}. I'm really grateful.",
    ),
    Phrase(
        "thank_you_after",
        "Thank you so much for helping with this: {need}. It made a real "
        "difference, and I wanted to tell you properly. Your help took a weight "
        "off my mind, and I won't forget your kindness. I hope you know how much "
        "it meant.",
        _EMAIL,
    ),
    Phrase(
        "thank_you_after", "Thank you so much for your help. It made a real difference."
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
        "mind, and I won't forget how kind you were. I hope you know how much it "
        "meant.",
        _EMAIL,
    ),
    Phrase(
        "thank_you_after",
        "I wanted to thank you properly for your help. It made a real difference "
        "to me, and I am very grateful for your time and your kindness. It meant "
        "a great deal to me.",
        _EMAIL,
        _FORMAL,
    ),
    Phrase(
        "thank_you_after",
        "Thank you for your help with this: {need}. I am very grateful.",
        CHANNELS,
        _FORMAL,
    ),
    Phrase(
        "thank_you_after",
        "I wanted to thank you properly for your help with this: {need}. It made "
        "a real difference to me, and I am very grateful for your time and your "
        "kindness. It meant a great deal.",
        _EMAIL,
        _FORMAL,
    ),
    Phrase(
        "thank_you_after",
        "Hi {person}, thank you again for your help. It made a real difference to me.",
    ),
    Phrase(
        "thank_you_after",
        "Hi {person}, thank you so much for helping me with this: {need}. It "
        "meant a lot to me.",
    ),
    Phrase(
        "thank_you_after",
        "Hey {person}, thanks again for your help. If I can ever return the "
        "favour, tell me.",
        _WRITTEN,
    ),
    Phrase(
        "thank_you_after",
        "Hello {person}, thank you for your help with this: {need}. It made a "
        "real difference, and I am very grateful.",
        CHANNELS,
        _FORMAL,
    ),
    Phrase(
        "thank_you_after",
        "Dear {person}, I wanted to thank you properly for your help. It meant a "
        "great deal to me.",
        _EMAIL,
        _FORMAL,
    ),
    Phrase(
        "thank_you_after",
        "Hello {person}, thank you for your help the other day. Please let me "
        "know if I can ever return the favour.",
        CHANNELS,
        _FORMAL,
    ),
)
