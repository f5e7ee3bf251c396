"""How fast is the coach? Run from the repository root:

    .venv/bin/python bench/coach.py

Times check() on a realistic 2,000-character draft, compose() for a text and
an email, and two baselines measured in the same run on the same text:
str.lower() and one search with a precompiled regex. Prints the median and
95th percentile of many runs (after a warm-up) and each median's ratio to
the regex baseline, then PASS or FAIL against the target: check() median
at most 1,000 µs.

Then how check() grows with the length of the text, for texts of several
shapes (the draft repeated, one endless sentence of requests, hundreds of
questions, hundreds of links): the time per character at 16 times the length
over the time per character at 20,000 characters. Work that grows with the
length is a ratio near 1; work that grows with its square is near 16. Target:
at most 2 for every shape.

check() keeps a small cache of syllable counts for words it has seen, so
repeated runs of the same draft measure it warm; the "cold" row clears that
cache before every run, as for a draft full of words never seen before.
"""

import re
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from helpapp.coach import Helper, Need, check, compose  # noqa: E402
from helpapp.coach.check import clear_caches  # noqa: E402

TARGET_US = 1000
GROWTH_TARGET = 2.0
SHORT, LONG = 20_000, 320_000
RUNS = 2000
WARM_UP = 200

# A long email someone might really write: news, the ask with its details,
# why it matters, an easy no, an offer back and thanks. About 2,000
# characters, with names, dates, times, money and a typographic apostrophe.
PARAGRAPHS = (
    "Hi Siobhán,",
    "I hope you’re well and that the new job is treating you kindly. It was "
    "lovely to see you at Zoë's birthday, and I'm still laughing about the "
    "karaoke. Things here have been busy: Mum moved into the flat on Elm "
    "Street last month, and I've been going over most evenings to help her "
    "settle in.",
    "Work has been full on too. We finally launched the new booking system "
    "at the surgery, and after three weeks of late nights it's working, "
    "mostly. I've promised myself a proper weekend off once June is over, "
    "and I'm planning a few days by the sea with my sister in July.",
    "I'm writing because I have a favour to ask. Could you help me move the "
    "last of Mum's things from her old house on Saturday 14 June, from about "
    "10am to 1pm? There are twelve boxes, a small bookcase and two armchairs, "
    "and the van is booked from 9:30. With two of us it should take three "
    "hours at most, including a stop for lunch. The armchairs are heavy, "
    "but their legs come off, and Mum's neighbour has a trolley for the stairs.",
    "It matters a lot to me, because Mum gets anxious when things drag on, "
    "and the landlord wants the keys back by Monday. I thought of you because "
    "you're calm, you're strong, and you're brilliant at packing a van so "
    "that nothing rattles.",
    "If Saturday doesn't work, that's completely fine, I'll understand, and I "
    "can ask my cousin Oluwaseun instead. Please don't feel you have to say "
    "yes. Either way, I'd love to return the favour: I could look after "
    "Biscuit when you're away in August, or cook you dinner one night soon.",
    "Lunch is on me, of course, and I'll bring coffee and pastries for the "
    "morning. I'll also cover the £25 for petrol. If it helps, I can pick "
    "you up at 9:15 on the way to the van hire place on Mill Road.",
    "Could you let me know by Wednesday evening whether you're free? I need "
    "to confirm the van booking by Thursday.",
    "Thank you so much for thinking about it. It means a lot that I can ask "
    "you, and I'm very grateful for all your help this year. Mum sends love.",
    "Best wishes,\nJosé",
)
DRAFT = "\n\n".join(PARAGRAPHS)

TODAY = date(2026, 6, 1)
NEED = Need(
    "help moving the last of Mum's boxes to her new flat",
    size="medium",
    due=date(2026, 6, 14),
    why="because Mum gets anxious when things drag on",
    category="practical",
)
PERSON = Helper("Siobhán Kelly", "friend", "packing a van")
BASELINE_PATTERN = re.compile(r"could you")


def measure(run: Callable[[], object], before: Callable[[], object] | None = None):
    """Median and 95th percentile, in microseconds, of RUNS timed runs."""
    for _ in range(WARM_UP):
        run()
    times = []
    clock = time.perf_counter_ns
    for _ in range(RUNS):
        if before is not None:
            before()
        start = clock()
        run()
        times.append(clock() - start)
    times.sort()
    return statistics.median(times) / 1000, times[int(len(times) * 0.95)] / 1000


def main() -> None:
    print(f"draft: {len(DRAFT)} characters, {len(DRAFT.split())} words")
    print(f"{RUNS} timed runs each after {WARM_UP} warm-up runs; times in µs")
    print()
    rows = [
        ("baseline: str.lower()", measure(DRAFT.lower)),
        (
            "baseline: one regex search",
            measure(lambda: BASELINE_PATTERN.search(DRAFT.lower())),
        ),
        ("check(draft, 'email')", measure(lambda: check(DRAFT, "email"))),
        (
            "check(draft, 'email'), cold",
            measure(lambda: check(DRAFT, "email"), before=clear_caches),
        ),
        ("check(draft, 'text')", measure(lambda: check(DRAFT, "text"))),
        (
            "compose(text)",
            measure(lambda: compose(NEED, PERSON, channel="text", today=TODAY)),
        ),
        (
            "compose(email)",
            measure(
                lambda: compose(
                    NEED, PERSON, channel="email", today=TODAY, sender="José"
                )
            ),
        ),
    ]
    baseline = rows[1][1][0]
    print(f"{'operation':<30} {'median':>9} {'p95':>9} {'x regex':>9}")
    for name, (median, p95) in rows:
        print(f"{name:<30} {median:>9.1f} {p95:>9.1f} {median / baseline:>9.1f}")
    median = rows[2][1][0]
    verdict = "PASS" if median <= TARGET_US else "FAIL"
    print()
    print(
        f"{verdict}: check() median {median:.0f} µs on a {len(DRAFT)}-character "
        f"draft (target <= {TARGET_US} µs)"
    )
    print()
    growth = growth_rows()
    worst = max(ratio for _, ratio in growth)
    verdict = "PASS" if worst <= GROWTH_TARGET else "FAIL"
    print(
        f"{verdict}: check() time per character grows at most {worst:.2f}x from "
        f"{SHORT:,} to {LONG:,} characters (target <= {GROWTH_TARGET})"
    )


# Texts of one shape repeated to any length: where quadratic work would hide.
SHAPES = {
    "the draft repeated": DRAFT + "\n\n",
    "one endless sentence": "could you please help me with the boxes and would you ",
    "only questions": "how? why? ",
    "only links": "see www.example.com/a?b ",
    "greetings and asks": "Hi Sam, could you? Hello, help me move! ",
}


def _seconds(text: str) -> float:
    """The fastest of three runs, in seconds."""
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        check(text, "email")
        best = min(best, time.perf_counter() - start)
    return best


def growth_rows() -> list[tuple[str, float]]:
    print(f"{'shape':<24} {SHORT:>9,} {LONG:>9,}  per-character growth")
    rows = []
    for name, unit in SHAPES.items():
        short, long = ((unit * (n // len(unit) + 1))[:n] for n in (SHORT, LONG))
        short_s, long_s = _seconds(short), _seconds(long)
        ratio = (long_s / LONG) / (short_s / SHORT)
        print(
            f"{name:<24} {short_s * 1000:>7.1f}ms {long_s * 1000:>7.1f}ms  {ratio:.2f}x"
        )
        rows.append((name, ratio))
    return rows


if __name__ == "__main__":
    main()
