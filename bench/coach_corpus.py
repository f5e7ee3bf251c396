"""How well check() agrees with a person, code by code, over the corpus.

Run from the repository root:  .venv/bin/python bench/coach_corpus.py

tests/coach_corpus.jsonl holds drafts written for the project, each labelled
by hand with what a careful reader would say for every code. For each code
this prints the confusion counts with "flagged" (ok False) as the positive
class, then precision and recall for both classes: flagged and ok.
"""

import json
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from helpapp.coach.check import CODES, check  # noqa: E402

CORPUS = ROOT / "tests" / "coach_corpus.jsonl"


@dataclass(frozen=True)
class Score:
    code: str
    tp: int  # flagged by check, flagged by the person
    fp: int  # flagged by check, ok to the person
    fn: int  # ok to check, flagged by the person
    tn: int  # ok to both

    @property
    def n(self) -> int:
        return self.tp + self.fp + self.fn + self.tn

    @staticmethod
    def _ratio(a: int, b: int) -> float:
        return a / (a + b) if a + b else 1.0

    @property
    def flagged_precision(self) -> float:
        return self._ratio(self.tp, self.fp)

    @property
    def flagged_recall(self) -> float:
        return self._ratio(self.tp, self.fn)

    @property
    def ok_precision(self) -> float:
        return self._ratio(self.tn, self.fn)

    @property
    def ok_recall(self) -> float:
        return self._ratio(self.tn, self.fp)

    @property
    def worst(self) -> float:
        return min(
            self.flagged_precision,
            self.flagged_recall,
            self.ok_precision,
            self.ok_recall,
        )


def load(path: Path = CORPUS) -> list[dict]:
    with path.open(encoding="utf-8") as corpus:
        return [json.loads(line) for line in corpus if line.strip()]


def disagreements(rows: list[dict]) -> list[tuple[str, str, bool, bool]]:
    """(id, code, expected ok, got ok) wherever check() and the label differ."""
    out = []
    for row in rows:
        for finding in check(row["text"], row["channel"]):
            expected = row["expected"][finding.code]
            if finding.ok != expected:
                out.append((row["id"], finding.code, expected, finding.ok))
    return out


def score(rows: list[dict]) -> list[Score]:
    counts = {code: [0, 0, 0, 0] for code in CODES}
    for row in rows:
        for finding in check(row["text"], row["channel"]):
            flagged, should_flag = not finding.ok, not row["expected"][finding.code]
            index = {(1, 1): 0, (1, 0): 1, (0, 1): 2, (0, 0): 3}[
                (int(flagged), int(should_flag))
            ]
            counts[finding.code][index] += 1
    return [Score(code, *counts[code]) for code in CODES]


def table(scores: list[Score]) -> str:
    header = (
        f"{'code':<13} {'n':>4} {'TP':>4} {'FP':>4} {'FN':>4} {'TN':>4}  "
        f"{'flag P':>6} {'flag R':>6}  {'ok P':>6} {'ok R':>6}"
    )
    lines = [header, "-" * len(header)]
    for s in scores:
        lines.append(
            f"{s.code:<13} {s.n:>4} {s.tp:>4} {s.fp:>4} {s.fn:>4} {s.tn:>4}  "
            f"{s.flagged_precision:>6.3f} {s.flagged_recall:>6.3f}  "
            f"{s.ok_precision:>6.3f} {s.ok_recall:>6.3f}"
        )
    return "\n".join(lines)


def main() -> None:
    rows = load()
    scores = score(rows)
    print(f"{len(rows)} drafts from {CORPUS.relative_to(ROOT)}")
    print("TP = flagged by check() and by the label; 'flag' = ok False, 'ok' = ok True")
    print()
    print(table(scores))
    misses = disagreements(rows)
    if misses:
        print()
        print(f"{len(misses)} disagreements (id, code, label ok, check ok):")
        for miss in misses:
            print("  ", *miss)
    worst = min(s.worst for s in scores)
    print()
    print(f"lowest precision or recall: {worst:.3f} (target >= 0.9)")


if __name__ == "__main__":
    main()
