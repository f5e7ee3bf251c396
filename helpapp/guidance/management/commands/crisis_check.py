"""Try the crisis detector on your own samples.

    python manage.py crisis_check < samples.jsonl > results.jsonl
    python manage.py crisis_check --input samples.jsonl

Each input line is a JSON object with a "text"; each output line, in the
same order, says whether LeanOn would show crisis help for it, with the
model's score and the curated phrase that matched (null if none):

    {"text": "I want to end it all"}
    -> {"crisis": true, "score": 2.1803, "phrase": "end it all"}

Add "message": true to judge a text as a message to someone, as at step 3
(its threshold allows for the greeting and thanks around it).

A line that is not such an object gets {"error": "..."} in its place, and
the command exits with status 1 once every line is done. The phrases are the
ones curated in the admin now; the score is for trying the detector only
(the app never stores or shows it).
"""

import argparse
import json
import sys

from django.core.management.base import BaseCommand, CommandError

from helpapp.guidance.cached import crisis_phrases
from helpapp.guidance.crisis import detect


def _read(line: str) -> tuple[str, bool]:
    try:
        sample = json.loads(line)
    except json.JSONDecodeError as error:
        raise ValueError(f"not JSON ({error.msg})") from None
    if not isinstance(sample, dict) or not isinstance(sample.get("text"), str):
        raise ValueError('expected an object with a "text" string')
    return sample["text"], sample.get("message") is True


class Command(BaseCommand):
    help = (
        'Reads JSON lines {"text": "..."} on standard input and writes one '
        'JSON line per input line: {"crisis": true|false, "score": ..., '
        '"phrase": ...}.'
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--input",
            type=argparse.FileType("r", encoding="utf-8"),
            default=sys.stdin,
            help="Read the JSON lines from this file instead of standard input.",
        )

    def handle(self, *args, **options) -> None:
        source = options["input"]
        phrases = crisis_phrases()
        bad = 0
        for number, line in enumerate(source, start=1):
            try:
                text, message = _read(line)
            except ValueError as error:
                bad += 1
                result = {"error": f"line {number}: {error}"}
            else:
                found = detect(text, phrases, message)
                result = {
                    "crisis": found.crisis,
                    "score": round(found.score, 4),
                    "phrase": found.phrase or None,
                }
            self.stdout.write(json.dumps(result, ensure_ascii=False))
        if bad:
            raise CommandError(f"{bad} line(s) could not be read; see their errors.")
