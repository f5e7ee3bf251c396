"""Reciprocity with one person: how often they helped the user, how often
the user helped them, and, when it leans their way, a drafted offer of help
back built from the admin-curated phrase bank."""

import re
from collections.abc import Iterable
from dataclasses import dataclass

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy

from helpapp import coach, links
from helpapp.guidance.cached import phrase_bank
from helpapp.people.models import Person
from helpapp.vocabulary import Channel

# They helped the user at least this many times more: suggest an offer back.
LOPSIDED = 2
# Kinds of phrase in an offer, in order.
KINDS = ("greeting", "thanks", "offer_back")
# Used for a kind when the phrase bank has nothing that fits.
FALLBACKS = {
    "greeting": _lazy("Hi {person},"),
    "thanks": _lazy("Thank you for all your help lately."),
    "offer_back": _lazy("If there is anything I can do for you, I'd be glad to."),
}


@dataclass(frozen=True)
class Ledger:
    received: int  # their help: requests to them answered yes or partly
    given: int  # times the user logged helping them

    @property
    def lopsided(self) -> bool:
        return self.received - self.given >= LOPSIDED


@dataclass(frozen=True)
class Offer:
    subject: str
    body: str
    mailto: str
    sms: str


def _pick(phrases: Iterable[coach.Phrase], kind: str, channel: str) -> str | None:
    """The first phrase of this kind that needs no more than a first name,
    preferring the person's channel and a casual tone (the bank's formal
    thanks are written for a request: "Thank you for considering it")."""
    usable = [p for p in phrases if p.kind == kind and p.placeholders <= {"person"}]
    # Sorting keeps the bank's order within each group.
    usable.sort(key=lambda p: (channel not in p.channels, p.tone != "casual"))
    return usable[0].text if usable else None


def _join(sentences: list[str]) -> str:
    """One paragraph; after "Hi Sam," the next sentence runs on in lower
    case ("Hi Sam, thank you...")."""
    for i in range(1, len(sentences)):
        if sentences[i - 1].endswith(",") and not re.match(r"I\b", sentences[i]):
            sentences[i] = sentences[i][:1].lower() + sentences[i][1:]
    return " ".join(sentences)


def draft_offer(person: Person, phrases: Iterable[coach.Phrase] | None = None) -> Offer:
    """A short message offering help back, in the way the person likes to
    be reached, with links that open it ready to send."""
    bank = tuple(phrase_bank() if phrases is None else phrases)
    channel = person.preferred_channel
    values = {"person": coach.first_name(person.name)}
    sentences = [
        coach.fill(_pick(bank, kind, channel) or str(FALLBACKS[kind]), values)
        for kind in KINDS
    ]
    if channel == Channel.EMAIL and sentences[0].endswith(","):
        body = sentences[0] + "\n\n" + " ".join(sentences[1:])
    else:
        body = _join(sentences)
    subject = _("Thank you")
    return Offer(
        subject=subject,
        body=body,
        mailto=links.mailto(person.email, subject, body),
        sms=links.sms(person.phone.as_e164 if person.phone else "", body),
    )
