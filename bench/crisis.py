"""How well crisis detection catches real crisis language, on held-out data.

    .venv/bin/python bench/crisis.py

Runs the app's detector (the curated phrases, or the shipped model's score
over its threshold) over what scripts/train_crisis_model.py held out: one
post in five of each source, every post of a source it never saw, and the
"test" half of tests/crisis_phrasings.json. Prints, per group, the share
flagged from the first 300 characters and from the whole post, then the
short needs (alone, and inside a message as typed at step 3), and exits
non-zero when a target is missed:

- r/SuicideWatch posts: at least 0.90 flagged from the first 300
  characters, 0.95 from the whole post;
- everyday posts: at most 0.05 flagged (first 300 characters, and whole);
- short needs: at least 0.95 of crisis needs, at most 0.05 of ordinary ones.

Needs ../shared/data/crisis-dev.jsonl.gz (not in the repository).
"""

import random
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from crisis_data import (  # noqa: E402
    DATA,
    UNSEEN_SOURCE,
    framed,
    held_out,
    load_phrasings,
    load_posts,
    post_text,
)

from helpapp.guidance.content.crisis import CRISIS_PHRASES  # noqa: E402
from helpapp.guidance.crisis import detect  # noqa: E402

GROUPS = (
    "crisis",
    "depression",
    "mental_health_other",
    "everyday",
    "teen",
    "tweet_crisis",
    "tweet_other",
)
TARGETS = {
    # group: (at least or at most, first 300 characters, whole post)
    "crisis": (">=", 0.90, 0.95),
    "everyday": ("<=", 0.05, 0.05),
}


def flagged(text: str) -> bool:
    return detect(text, CRISIS_PHRASES).crisis


def main() -> int:
    if not DATA.exists():
        print(f"{DATA} not found: this bench reads the posts from ../shared/data.")
        return 2
    start = time.perf_counter()
    rows = [row for row in load_posts() if held_out(row)]
    # (held-out set, group) -> [flagged first 300, flagged whole]
    counts: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0])
    for row in rows:
        text = post_text(row)
        where = "unseen source" if row["source"] == UNSEEN_SOURCE else "random fifth"
        entry = counts[(where, row["group"])]
        entry[0] += flagged(text[:300])
        entry[1] += flagged(text)
        entry[2] += 1
    missed = []
    print(f"{'held out':14} {'group':20} {'posts':>6} {'300 chars':>10} {'whole':>7}")
    for where in ("random fifth", "unseen source"):
        for group in GROUPS:
            if (where, group) not in counts:
                continue
            short, whole, n = counts[(where, group)]
            line = f"{where:14} {group:20} {n:6} {short / n:10.3f} {whole / n:7.3f}"
            if where == "random fifth" and group in TARGETS:
                sign, want_short, want_whole = TARGETS[group]
                ok = _meets(short / n, sign, want_short) and _meets(
                    whole / n, sign, want_whole
                )
                line += f"   target {sign} {want_short} / {want_whole}: "
                line += "met" if ok else "MISSED"
                if not ok:
                    missed.append(group)
            print(line)
    phrasings = load_phrasings()
    for kind, sign, want in (("crisis", ">=", 0.95), ("ordinary", "<=", 0.05)):
        texts = phrasings[kind]["test"]
        hits = [text for text in texts if flagged(text)]
        share = len(hits) / len(texts)
        ok = _meets(share, sign, want)
        print(
            f"{'short needs':14} {kind:20} {len(texts):6} {share:10.3f}"
            f"          target {sign} {want}: {'met' if ok else 'MISSED'}"
        )
        wrong = [t for t in texts if (t in hits) != (kind == "crisis")]
        for text in wrong:
            print(f"{'':16}{'missed' if kind == 'crisis' else 'flagged'}: {text}")
        if not ok:
            missed.append(f"short {kind}")
    # The same needs inside a message, as typed at step 3 ("Hi Mum, ...").
    rnd = random.Random(5)
    for kind in ("crisis", "ordinary"):
        texts = phrasings[kind]["test"]
        share = sum(
            detect(framed(text, rnd), CRISIS_PHRASES, message=True).crisis
            for text in texts
        ) / len(texts)
        print(f"{'as messages':14} {kind:20} {len(texts):6} {share:10.3f}")
    seconds = time.perf_counter() - start
    print(f"{2 * len(rows)} texts in {seconds:.1f} s")
    if missed:
        print("Targets missed:", ", ".join(missed))
        return 1
    print("All targets met.")
    return 0


def _meets(value: float, sign: str, target: float) -> bool:
    return value >= target if sign == ">=" else value <= target


if __name__ == "__main__":
    sys.exit(main())
