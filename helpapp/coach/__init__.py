"""The coach: LeanOn's pure-Python core.

It composes a request for help from what the user needs and who they are
asking. It has no Django imports, so it can be tested and benchmarked on its
own; the web app hands it plain values and the admin-curated phrase bank.
"""

from helpapp.coach.compose import Draft, Helper, Need, compose, render_when
from helpapp.coach.phrases import DEFAULT_PHRASES, PLACEHOLDERS, Phrase

__all__ = [
    "DEFAULT_PHRASES",
    "PLACEHOLDERS",
    "Draft",
    "Helper",
    "Need",
    "Phrase",
    "compose",
    "render_when",
]
