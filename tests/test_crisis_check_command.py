"""`manage.py crisis_check`: JSON lines in, one verdict per line out, in
order, with the curated phrases as they stand in the admin."""

import io
import json

import pytest
from django.core.management import CommandError, call_command

from helpapp.guidance.models import CrisisPhrase

pytestmark = pytest.mark.django_db


def run(*lines: str) -> list[dict]:
    out = io.StringIO()
    call_command("crisis_check", input=io.StringIO("".join(lines)), stdout=out)
    return [json.loads(line) for line in out.getvalue().splitlines()]


def sample(text: str) -> str:
    return json.dumps({"text": text}) + "\n"


def test_one_verdict_per_line_in_order_with_the_phrase_that_matched():
    CrisisPhrase.objects.all().delete()
    CrisisPhrase.objects.create(phrase="end it all")
    results = run(
        sample("I want to end it all"),
        sample("this deadline is killing me"),
        sample("I have a belt around my neck"),
    )
    assert [r["crisis"] for r in results] == [True, False, True]
    assert [r["phrase"] for r in results] == ["end it all", None, None]
    assert all(isinstance(r["score"], float) for r in results)
    assert results[1]["score"] < results[2]["score"]


def test_the_admins_phrases_are_used():
    CrisisPhrase.objects.all().delete()
    assert run(sample("pineapple"))[0]["crisis"] is False
    CrisisPhrase.objects.create(phrase="pineapple")
    assert run(sample("pineapple"))[0] == {
        "crisis": True,
        "score": pytest.approx(run(sample("pineapple"))[0]["score"]),
        "phrase": "pineapple",
    }


def test_the_same_line_gets_the_same_answer():
    first, second = run(
        sample("so tired of everything"), sample("so tired of everything")
    )
    assert first == second


def test_a_bad_line_gets_an_error_in_its_place_and_the_rest_go_on():
    out = io.StringIO()
    with pytest.raises(CommandError, match="2 line"):
        call_command(
            "crisis_check",
            input=io.StringIO(
                sample("I want to die") + "not json\n" + "[1, 2]\n" + sample("hello")
            ),
            stdout=out,
        )
    results = [json.loads(line) for line in out.getvalue().splitlines()]
    assert results[0]["crisis"] is True
    assert results[1] == {"error": "line 2: not JSON (Expecting value)"}
    assert results[2] == {"error": 'line 3: expected an object with a "text" string'}
    assert results[3]["crisis"] is False


def test_thousands_of_lines_come_back_one_for_one():
    lines = [sample(f"could you water my plants on day {n}") for n in range(3000)]
    results = run(*lines)
    assert len(results) == 3000
    assert not any(r["crisis"] for r in results)
