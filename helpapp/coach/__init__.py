"""The coach: LeanOn's pure-Python core.

It composes a request for help from what the user needs and who they are
asking, and checks a draft for what helps a request work (a specific ask, a
time frame, a reason, thanks, an easy no, an offer back) and what to watch
out for (self-blame, hedging, taking the ask back, length, reading ease).
It has no Django imports, so it can be tested and benchmarked on its own;
the web app hands it plain values and the admin-curated phrase bank.
"""

from helpapp.coach.check import (
    CODES,
    HELPS,
    TITLES,
    WATCH_OUTS,
    Finding,
    check,
)
from helpapp.coach.compose import (
    Draft,
    Helper,
    Need,
    compose,
    compose_follow_up,
    compose_thank_you,
    first_name,
    placeholder_values,
    render_when,
)
from helpapp.coach.phrases import DEFAULT_PHRASES, PLACEHOLDERS, Phrase, fill

__all__ = [
    "CODES",
    "DEFAULT_PHRASES",
    "HELPS",
    "PLACEHOLDERS",
    "TITLES",
    "WATCH_OUTS",
    "Draft",
    "Finding",
    "Helper",
    "Need",
    "Phrase",
    "check",
    "compose",
    "compose_follow_up",
    "compose_thank_you",
    "fill",
    "first_name",
    "placeholder_values",
    "render_when",
]
