"""A small statistical signal that a text reads like a crisis. Pure Python.

The curated crisis phrases (``helpapp.guidance.crisis``) catch the words an
editor foresaw; this model catches the many other ways people say that they
want to die or to hurt themselves ("I don't see the point in going on").

It is a linear model over listed n-grams: the words and word pairs of a text
and the runs of 3 to 5 characters across them, each counted once. A text's
score is the model's bias plus the sum of the weights of the n-grams it
contains, divided by the length of its feature vector (each n-gram's scale
counts towards that length), so a long text does not score higher just for
being long. Short texts and long ones score differently, so each has its
own threshold: a need typed at step 1 is short, a message may be long.

``scripts/train_crisis_model.py`` trains it and writes ``crisis_model.json``
(its figures are in ``bench/crisis.py``). The same text always gives the
same score: no randomness, no hashing that varies between processes.
"""

import json
import math
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from itertools import pairwise
from pathlib import Path

from helpapp.coach.matching import APOSTROPHES

WEIGHTS = Path(__file__).with_name("crisis_model.json")
CHAR_SIZES = (3, 4, 5)
# Texts up to this many characters are "short" (see Model.threshold_for).
SHORT = 300

_NO_APOSTROPHES = dict.fromkeys(map(ord, APOSTROPHES), None)
_TOKEN = re.compile(r"[^\W_]+")


def tokens(text: str) -> list[str]:
    """Lower-case words, apostrophes dropped ("don't" and "dont" are one)."""
    text = unicodedata.normalize("NFKC", text).lower().translate(_NO_APOSTROPHES)
    return _TOKEN.findall(text)


def features(text: str) -> set[str]:
    """Every n-gram of the text, once: "w:" words and word pairs, and
    character runs over the words joined by single spaces."""
    words = tokens(text)
    found = {"w:" + word for word in words}
    found.update(f"w:{a} {b}" for a, b in pairwise(words))
    joined = f" {' '.join(words)} "
    for size in CHAR_SIZES:
        found.update(joined[i : i + size] for i in range(len(joined) - size + 1))
    return found


@dataclass(frozen=True)
class Model:
    bias: float
    short_threshold: float
    long_threshold: float
    # For a message at step 3, whatever its length (see threshold_for).
    message_threshold: float
    # n-gram -> (scale, weight); the weight already includes the scale.
    terms: dict[str, tuple[float, float]]

    def score(self, text: str) -> float:
        """How much the text reads like a crisis (see ``is_crisis``). Sums
        are exact (``math.fsum``), so the order in which a set yields the
        n-grams, which varies between processes, cannot change the score."""
        found = [term for f in features(text) if (term := self.terms.get(f))]
        if not found:
            return self.bias
        norm = math.fsum(scale * scale for scale, _ in found)
        return self.bias + math.fsum(weight for _, weight in found) / math.sqrt(norm)

    def threshold_for(self, text: str, message: bool = False) -> float:
        """Short texts and long ones have their own thresholds; a message to
        someone has a third, since its greeting and thanks pull the score
        down (the training script chooses it on everyday drafts)."""
        if message:
            return self.message_threshold
        return self.short_threshold if len(text) <= SHORT else self.long_threshold

    def is_crisis(self, text: str, message: bool = False) -> bool:
        return self.score(text) > self.threshold_for(text, message)

    @classmethod
    def from_json(cls, data: dict) -> "Model":
        return cls(
            bias=data["bias"],
            short_threshold=data["short_threshold"],
            long_threshold=data["long_threshold"],
            message_threshold=data["message_threshold"],
            terms={term: (scale, weight) for term, scale, weight in data["terms"]},
        )


@cache
def model() -> Model:
    """The shipped model, read once per process."""
    return Model.from_json(json.loads(WEIGHTS.read_text(encoding="utf-8")))
