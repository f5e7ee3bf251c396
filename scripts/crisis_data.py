"""The crisis posts and short needs that the crisis model learns from and is
measured on; shared by scripts/train_crisis_model.py and bench/crisis.py.

The posts stay in ../shared/data (see its README); nothing of them is
copied into the repository.
"""

import gzip
import json
import random
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "crisis-dev.jsonl.gz"
PHRASINGS = ROOT / "tests" / "crisis_phrasings.json"
# Held out whole: the model never sees a post from this source.
UNSEEN_SOURCE = "kaggle_sd"


def post_text(row: dict) -> str:
    """Title and body, without the title twice or the empty-post marker."""
    title = row["title"].strip()
    body = row["text"].replace("emptypost", "").strip()
    if title and body.startswith(title):
        return body
    return f"{title}\n{body}".strip()


def load_posts(path: Path = DATA) -> list[dict]:
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        return [json.loads(line) for line in lines]


def held_out(row: dict) -> bool:
    return row["source"] == UNSEEN_SOURCE or zlib.crc32(row["id"].encode()) % 5 == 0


def load_phrasings() -> dict:
    return json.loads(PHRASINGS.read_text(encoding="utf-8"))


# A short need as a message at step 3 is written: a greeting before, a
# question or a sign-off after.
OPENERS = (
    "Hi Mum, |Hey Sam, |Dear Alex, |Hi, |Hiya Jo, |Hello Dr Shah, |Sam - |"
    "Hi love, |Hey, sorry to message so late. |Hi Priya, hope you're well. "
).split("|")
CLOSERS = (
    "| Thank you.| Thanks so much x| Could you call me?| Can we talk?| I don't "
    "know what to do.| Sorry to bother you.| Love, Jess| Let me know.| Are you "
    "around tonight?| Please don't tell anyone."
).split("|")


def framed(said: str, rnd: random.Random) -> str:
    body = said[0].lower() + said[1:] if rnd.random() < 0.5 else said
    closer = rnd.choice(CLOSERS)
    end = "" if not closer or body.endswith((".", "?", "!")) else "."
    return f"{rnd.choice(OPENERS)}{body}{end}{closer}"
