"""The bridge between a saved request and the coach: drafts, follow-ups,
thank-yous, templates, and links that open the user's own apps."""

import re

from django.utils import timezone

from helpapp import coach
from helpapp.asks.models import Ask
from helpapp.coach import Draft, Helper, Need
from helpapp.coach.compose import clean_need, subject_for
from helpapp.guidance.cached import phrase_bank

# What a message saved as a template keeps as placeholders.
TEMPLATE_PLACEHOLDERS = ("person", "need", "when", "strength")


def _need(ask: Ask) -> Need:
    return Need(ask.need, ask.size, ask.due_date, ask.why, ask.category)


def _helper(ask: Ask) -> Helper:
    person = ask.person
    if person is None:
        return Helper("")
    return Helper(person.name, person.relationship, person.good_at)


def _coach_options(ask: Ask) -> dict:
    return {
        "channel": ask.channel,
        "tone": ask.tone,
        "phrases": phrase_bank() or None,
        "today": timezone.localdate(),
    }


def _values(ask: Ask) -> dict[str, str]:
    """What a template's placeholders stand for in this request."""
    return coach.placeholder_values(_need(ask), _helper(ask), timezone.localdate())


def compose_for(ask: Ask) -> Draft:
    """The draft for this request: from its template if it was started from
    one, otherwise the coach's, for its person and channel."""
    if ask.template_body:
        body = coach.fill(ask.template_body, _values(ask))
        subject = subject_for(ask.need) if ask.channel == "email" else ""
        return Draft(ask.channel, body, subject)
    return coach.compose(
        _need(ask),
        _helper(ask),
        variant=ask.variant,
        sender=ask.owner.first_name,
        **_coach_options(ask),
    )


def follow_up_for(ask: Ask) -> Draft:
    """A gentle follow-up for a request still waiting on a reply."""
    return coach.compose_follow_up(_need(ask), _helper(ask), **_coach_options(ask))


def thank_you_for(ask: Ask) -> Draft:
    """A thank-you for help given, for the same channel."""
    return coach.compose_thank_you(_need(ask), _helper(ask), **_coach_options(ask))


def current_draft(ask: Ask) -> tuple[str, str]:
    """(subject, message) as the user will see it: their own edits if any,
    otherwise a fresh composition."""
    if ask.message_edited:
        return ask.subject, ask.message
    draft = compose_for(ask)
    return draft.subject, draft.body


def to_template(ask: Ask, body: str) -> str:
    """A message turned back into a template: this request's own values
    (the person's name, the need, the deadline, their strengths) become
    {person}, {need}, {when} and {strength}."""
    every = _values(ask)
    values = {name: every[name] for name in TEMPLATE_PLACEHOLDERS}
    # Braces in the message are doubled so they stay text; values are
    # looked for as they appear there.
    found = {}
    for name, value in values.items():
        if len(value) >= 2:
            found.setdefault(_doubled(value), name)
    text = _doubled(body)
    if not found:
        return text
    # One pass, longest value first, so a name inside the need stays part
    # of the need and an inserted {placeholder} is never matched again.
    names = {value.lower(): name for value, name in reversed(found.items())}
    choices = "|".join(re.escape(v) for v in sorted(found, key=len, reverse=True))
    pattern = re.compile(rf"(?<!\w)(?:{choices})(?!\w)", re.IGNORECASE)

    def placeholder(match: re.Match) -> str:
        name = names.get(match.group().lower())
        return "{" + name + "}" if name else match.group()

    return pattern.sub(placeholder, text)


def _doubled(text: str) -> str:
    return text.replace("{", "{{").replace("}", "}}")


def contact_of(ask: Ask) -> dict[str, str]:
    """The person's email and phone, for the links (empty when unknown)."""
    person = ask.person
    if person is None:
        return {"email": "", "phone": ""}
    return {
        "email": person.email,
        "phone": person.phone.as_e164 if person.phone else "",
    }


def suggest_first_step(need: str) -> str:
    """Wording for a smaller first ask split off a big one."""
    return f"half an hour to talk through where to start with: {clean_need(need)}"
