"""The bridge between a saved request and the coach."""

from urllib.parse import quote

from django.utils import timezone

from helpapp.asks.models import Ask
from helpapp.coach import Draft, Helper, Need, compose
from helpapp.guidance.cached import phrase_bank


def compose_for(ask: Ask) -> Draft:
    """The coach's draft for this request, for its person and channel."""
    person = ask.person
    return compose(
        Need(ask.need, ask.size, ask.due_date, ask.why, ask.category),
        Helper(person.name, person.relationship, person.good_at)
        if person
        else Helper(""),
        channel=ask.channel,
        tone=ask.tone,
        phrases=phrase_bank() or None,
        today=timezone.localdate(),
        sender=ask.owner.first_name,
    )


def current_draft(ask: Ask) -> tuple[str, str]:
    """(subject, message) as the user will see it: their own edits if any,
    otherwise a fresh composition."""
    if ask.message_edited:
        return ask.subject, ask.message
    draft = compose_for(ask)
    return draft.subject, draft.body


def mailto_link(subject: str, body: str) -> str:
    return f"mailto:?subject={quote(subject)}&body={quote(body)}"


def sms_link(body: str) -> str:
    return f"sms:?&body={quote(body)}"
