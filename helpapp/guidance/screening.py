"""Does what a person wrote read like a crisis, by the phrases curated now?

``helpapp.guidance.crisis.detect`` does the reading; this module gives it the
admin's current phrases. Each text is read on its own (a short need has its
own threshold, see ``crisis_model``), so a calm paragraph of context cannot
dilute one alarming sentence typed beside it.
"""

from helpapp.guidance.cached import crisis_phrases
from helpapp.guidance.crisis import detect


def reads_like_crisis(*texts: str, message: bool = False) -> bool:
    """message: the texts are a message to someone (step 3)."""
    phrases = crisis_phrases()
    return any(detect(text, phrases, message).crisis for text in texts if text.strip())
