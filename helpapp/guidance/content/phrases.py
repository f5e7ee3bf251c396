"""The first phrase bank, as rows of the admin-curated one: the coach's own
phrases (helpapp.coach.phrases.DEFAULT_PHRASES, where they are written and
explained), so that a fresh install and the coach on its own write alike."""

from helpapp.coach.phrases import DEFAULT_PHRASES

PHRASES: list[dict] = [
    {
        "kind": phrase.kind,
        "channels": list(phrase.channels),
        "tone": phrase.tone,
        "text": phrase.text,
    }
    for phrase in DEFAULT_PHRASES
]
