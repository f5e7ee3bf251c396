"""Who to ask: the user's people, ranked for one need, each with a reason.

Pure Python and deterministic: the same need, people and day always give
the same order. The web app turns reason codes into words.
"""

import re
from dataclasses import dataclass
from datetime import date, timedelta

# Relationships that suit a kind of need, best first.
SUITS = {
    "practical": ("neighbour", "friend", "family", "partner"),
    "work_study": ("colleague", "manager", "mentor"),
    "emotional": ("friend", "partner", "family", "counsellor"),
    "health": ("doctor", "counsellor", "partner", "family"),
    "money": ("family", "partner", "friend"),
    "other": (),
}
# Words in a need or a strength that say nothing about the match.
STOPWORDS = frozenset(
    "a an the and or of to for with on in at by my me i i'm need help some "
    "someone something this that it is be can could would you your from about "
    "get have do up out over into".split()
)
LONG_AGO = timedelta(days=60)
RECENT = timedelta(days=30)
BUSY = 2  # asks in the last 30 days before "spread the load"

WEIGHTS = {
    "strength": 40,
    "safe": 25,
    "category": 15,
    "helped_before": 12,
    "helped_them": 8,
    "not_asked_lately": 6,
    "owed": -10,
    "asked_often": -30,
}


@dataclass(frozen=True)
class Candidate:
    pk: int
    name: str
    relationship: str = "other"
    strengths: tuple[str, ...] = ()
    safe: bool = False
    yeses: int = 0  # past asks to them answered yes or partly
    asks_recent: int = 0  # asks made to them in the last 30 days
    last_asked: date | None = None
    help_given: int = 0  # times the user logged helping them


@dataclass(frozen=True)
class Reason:
    code: str
    detail: str = ""


@dataclass(frozen=True)
class Ranked:
    candidate: Candidate
    score: int
    reasons: tuple[Reason, ...]

    @property
    def reason(self) -> Reason | None:
        """The reason that counted most."""
        return self.reasons[0] if self.reasons else None

    @property
    def caution(self) -> Reason | None:
        """A reason to think twice (asked often, a favour owed), if any and
        it is not already the main reason."""
        for reason in self.reasons[1:]:
            if WEIGHTS[reason.code] < 0:
                return reason
        return None


def _stem(word: str) -> str:
    """A rough stem, so "bike", "bikes", "driving" and "drive" meet."""
    for ending in ("ing", "es", "s", "ed"):
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            word = word[: -len(ending)]
            break
    return word.removesuffix("e") if len(word) > 3 else word


def _words(text: str) -> set[str]:
    return {
        _stem(w)
        for w in re.findall(r"[a-z0-9']+", text.lower())
        if w not in STOPWORDS and len(w) > 2
    }


def matching_strength(need: str, strengths: tuple[str, ...]) -> str:
    """The first strength that shares a word with the need, or ""."""
    need_words = _words(need)
    for strength in strengths:
        if _words(strength) & need_words:
            return strength
    return ""


def rank(
    need: str, category: str, candidates: list[Candidate], today: date
) -> list[Ranked]:
    """Best first. Ties keep the order of the names, then the ids."""
    ranked = []
    for person in candidates:
        found: list[tuple[int, Reason]] = []
        if strength := matching_strength(need, person.strengths):
            found.append((WEIGHTS["strength"], Reason("strength", strength)))
        if person.safe:
            found.append((WEIGHTS["safe"], Reason("safe")))
        if person.relationship in SUITS.get(category, ()):
            found.append((WEIGHTS["category"], Reason("category", category)))
        if person.yeses:
            found.append(
                (WEIGHTS["helped_before"], Reason("helped_before", str(person.yeses)))
            )
        if person.help_given > person.yeses:
            found.append((WEIGHTS["helped_them"], Reason("helped_them")))
        elif person.yeses > person.help_given:
            found.append((WEIGHTS["owed"], Reason("owed")))
        if person.asks_recent >= BUSY:
            found.append(
                (WEIGHTS["asked_often"], Reason("asked_often", str(person.asks_recent)))
            )
        elif person.last_asked is None or today - person.last_asked > LONG_AGO:
            found.append((WEIGHTS["not_asked_lately"], Reason("not_asked_lately")))
        # The reason shown is the weightiest; a warning shows when it decides.
        found.sort(key=lambda item: -abs(item[0]))
        score = sum(weight for weight, _ in found)
        ranked.append(Ranked(person, score, tuple(reason for _, reason in found)))
    ranked.sort(key=lambda r: (-r.score, r.candidate.name.lower(), r.candidate.pk))
    return ranked
