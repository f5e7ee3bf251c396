"""The statistical crisis signal: it catches what no phrase list foresees,
keeps quiet on figures of speech, and gives every text one score, always.

Pure Python, no database. The short phrasings are LeanOn's own
(tests/crisis_phrasings.json): the training script learns from the "train"
half, these tests and bench/crisis.py measure the "test" half.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from helpapp.guidance.content.crisis import CRISIS_PHRASES
from helpapp.guidance.crisis import detect
from helpapp.guidance.crisis_model import SHORT, WEIGHTS, Model, features, model

PHRASINGS = json.loads(
    (Path(__file__).with_name("crisis_phrasings.json")).read_text(encoding="utf-8")
)

# Said in the issue that asked for the model; no curated phrase catches them.
UNFORESEEN = [
    "I don't see the point in going on",
    "I have a belt around my neck",
    "I'm so tired of everything",
    "what's the point",
]

FIGURES_OF_SPEECH = [
    "this deadline is killing me",
    "I'm dying to try the ramen place",
    "help me kill the weeds",
    "my feet are killing me after the hike, can you drive me home",
    "I could murder a curry, fancy cooking with me",
    "this spreadsheet is the death of me, can you check the formulas",
    "I nearly died laughing at the play, want to come to the next one",
]


def flagged(text: str) -> bool:
    return detect(text, CRISIS_PHRASES).crisis


@pytest.mark.parametrize("text", UNFORESEEN)
def test_what_no_phrase_foresaw_is_caught_by_the_model(text):
    assert detect(text, CRISIS_PHRASES).phrase == ""  # not the phrase list
    assert flagged(text)


@pytest.mark.parametrize("text", FIGURES_OF_SPEECH)
def test_figures_of_speech_are_not_a_crisis(text):
    assert not flagged(text)


def test_short_crisis_needs_held_out_from_training_are_caught():
    texts = PHRASINGS["crisis"]["test"]
    missed = [text for text in texts if not flagged(text)]
    assert len(texts) >= 50
    assert 1 - len(missed) / len(texts) >= 0.95, missed


def test_short_ordinary_needs_held_out_from_training_go_straight_on():
    texts = PHRASINGS["ordinary"]["test"]
    wrong = [text for text in texts if flagged(text)]
    assert len(texts) >= 50
    assert len(wrong) / len(texts) <= 0.05, wrong


def test_training_and_test_phrasings_do_not_overlap():
    for kind in ("crisis", "ordinary"):
        train = {t.lower() for t in PHRASINGS[kind]["train"]}
        assert not train & {t.lower() for t in PHRASINGS[kind]["test"]}


def test_a_phrase_match_always_counts_even_if_the_model_scores_low():
    result = detect("my favourite word is pineapple", ["pineapple"])
    assert result.crisis
    assert result.phrase == "pineapple"
    assert result.score <= model().threshold_for("my favourite word is pineapple")


def test_without_phrases_the_model_alone_decides():
    assert detect("I want to die", []).crisis
    assert not detect("can you water my plants on Sunday", []).crisis


def test_apostrophes_and_case_do_not_change_the_score():
    shipped = model()
    plain = shipped.score("I dont see the point in going on")
    assert shipped.score("I don’t see the point in going on") == plain
    assert shipped.score("I DON'T SEE THE POINT IN GOING ON") == plain


def test_a_long_text_is_judged_against_the_long_threshold():
    shipped = model()
    assert shipped.threshold_for("x" * SHORT) == shipped.short_threshold
    assert shipped.threshold_for("x" * (SHORT + 1)) == shipped.long_threshold
    calm = (
        "We're moving house on Saturday and could use a hand with boxes. "
        "The van is booked for nine, the new flat is ten minutes away and "
        "there's a lift, so it should not take more than the morning. "
        "I'll bring coffee and pastries, and pizza for lunch afterwards. "
        "If Saturday is bad for you, Sunday afternoon works too."
    )
    assert len(calm) > SHORT
    assert not flagged(calm)
    assert flagged(calm + " Honestly I don't want to be alive after this week.")


def test_empty_text_scores_the_bias_and_is_not_a_crisis():
    assert detect("", CRISIS_PHRASES) == detect("   ", CRISIS_PHRASES)
    assert not detect("", CRISIS_PHRASES).crisis


def test_features_are_words_pairs_and_character_runs():
    found = features("Can't sleep")
    assert {"w:cant", "w:sleep", "w:cant sleep", " ca", "leep "} <= found


def test_the_weights_file_is_compact_and_complete():
    data = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    assert WEIGHTS.stat().st_size < 2_000_000
    assert data["short_threshold"] < data["long_threshold"]
    loaded = Model.from_json(data)
    assert len(loaded.terms) == len(data["terms"])


def test_the_same_text_gets_the_same_score_in_another_process():
    texts = [*UNFORESEEN, *FIGURES_OF_SPEECH]
    here = [model().score(text) for text in texts]
    code = (
        "import json, sys\n"
        "from helpapp.guidance.crisis_model import model\n"
        "print(json.dumps([model().score(t) for t in json.load(sys.stdin)]))\n"
    )
    there = subprocess.run(
        [sys.executable, "-c", code],
        input=json.dumps(texts),
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONHASHSEED": "12345"},
        cwd=Path(__file__).resolve().parent.parent,
    )
    assert json.loads(there.stdout) == here


# A short need inside a message, as typed at step 3.
FRAMES = [
    ("Hi Mum, ", " I don't know what to do."),
    ("Hey Sam, sorry it's late. ", " Can you call me?"),
    ("Dear Alex, ", " Thank you for always listening."),
    ("Hi, ", ""),
]


def as_messages(texts: list[str]) -> list[str]:
    return [
        f"{FRAMES[i % len(FRAMES)][0]}{text}.{FRAMES[i % len(FRAMES)][1]}"
        for i, text in enumerate(texts)
    ]


def test_a_message_is_judged_with_its_greeting_and_thanks_allowed_for():
    shipped = model()
    assert shipped.message_threshold <= shipped.short_threshold
    text = "Hi Mum, I have a belt around my neck and I don't know what to do."
    assert detect(text, [], message=True).crisis


def test_held_out_crisis_needs_inside_a_message_are_caught():
    texts = as_messages(PHRASINGS["crisis"]["test"])
    caught = [detect(text, CRISIS_PHRASES, message=True).crisis for text in texts]
    assert sum(caught) / len(texts) >= 0.9


def test_held_out_ordinary_needs_inside_a_message_go_quietly():
    texts = as_messages(PHRASINGS["ordinary"]["test"])
    wrong = [t for t in texts if detect(t, CRISIS_PHRASES, message=True).crisis]
    assert len(wrong) / len(texts) <= 0.05, wrong


def test_everyday_drafts_rarely_raise_the_notice():
    corpus = Path(__file__).with_name("coach_corpus.jsonl").read_text(encoding="utf-8")
    drafts = [json.loads(line)["text"] for line in corpus.splitlines()]
    wrong = [d for d in drafts if detect(d, CRISIS_PHRASES, message=True).crisis]
    assert len(wrong) / len(drafts) <= 0.03, wrong
