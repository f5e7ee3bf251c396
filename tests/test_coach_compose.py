"""The coach composes specific, grateful drafts, without Django."""

import ast
from datetime import date
from pathlib import Path

import pytest

from helpapp.coach import Helper, Need, Phrase, compose, render_when
from helpapp.coach.compose import TEXT_LIMIT, subject_for

TODAY = date(2026, 11, 23)  # a Monday
NEED = Need(
    "a lift to the airport on Friday morning",
    size="small",
    due=date(2026, 11, 27),
    why="because my flight is at nine",
)
SAM = Helper("Sam Okafor", "friend", "driving")


def test_the_coach_imports_nothing_from_django():
    for path in Path("helpapp/coach").glob("*.py"):
        tree = ast.parse(path.read_text())
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            else:
                continue
            assert not any(n.split(".")[0] == "django" for n in names), path


def test_a_text_draft_is_specific_grateful_and_offers_an_easy_no():
    draft = compose(NEED, SAM, channel="text", today=TODAY)
    assert draft.body.startswith("Hi Sam, ")
    assert "a lift to the airport on Friday morning" in draft.body
    assert "by Friday" in draft.body
    assert "half an hour" in draft.body
    assert "because my flight is at nine" in draft.body
    assert "completely fine" in draft.body
    assert "Thank you" in draft.body
    assert len(draft.body) <= TEXT_LIMIT


def test_an_email_has_a_subject_paragraphs_and_a_sign_off():
    draft = compose(NEED, SAM, channel="email", today=TODAY, sender="Alex")
    assert draft.subject == "Help with a lift"
    assert draft.body.startswith("Hi Sam,\n\n")
    assert "great at driving" in draft.body
    assert "help you with something in return" in draft.body
    assert draft.body.endswith("Best wishes,\nAlex")


def test_a_call_gets_a_short_script():
    draft = compose(NEED, SAM, channel="call", today=TODAY)
    labels = [line.split(":")[0] for line in draft.body.splitlines()]
    assert labels == ["Opener", "The ask", "The easy no", "The thanks"]


def test_formal_tone_uses_formal_phrases():
    draft = compose(NEED, SAM, channel="email", tone="formal", today=TODAY)
    assert draft.body.startswith("Dear Sam,")
    assert "Kind regards," in draft.body


def test_the_same_input_gives_the_same_draft_and_variants_differ():
    first = compose(NEED, SAM, today=TODAY)
    assert compose(NEED, SAM, today=TODAY) == first
    assert compose(NEED, SAM, today=TODAY, variant=1).body != first.body


def test_phrases_missing_their_values_are_skipped():
    draft = compose(Need("help moving a sofa"), Helper("Kim"), today=TODAY)
    assert "{" not in draft.body
    assert "great at" not in draft.body  # no strength known
    assert "It matters" not in draft.body  # no reason given


def test_a_long_need_drops_optional_sentences_to_fit_a_text():
    long_need = Need("x " * 60, why="it is a long story " * 3)
    draft = compose(long_need, SAM, today=TODAY)
    assert "return" not in draft.body
    assert "Thank you" in draft.body


def test_handed_in_phrases_are_used():
    phrases = [
        Phrase("greeting", "Yo {person}!"),
        Phrase("ask", "Need {need}."),
        Phrase("thanks", "Cheers."),
    ]
    draft = compose(NEED, SAM, phrases=phrases, today=TODAY)
    assert draft.body == "Yo Sam! Need a lift to the airport on Friday morning. Cheers."


@pytest.mark.parametrize(
    ("due", "words"),
    [
        (None, "when you have time"),
        (date(2026, 11, 23), "today"),
        (date(2026, 11, 24), "by tomorrow"),
        (date(2026, 11, 27), "by Friday"),
        (date(2026, 12, 4), "by Friday 4 December"),
        (date(2027, 1, 8), "by Friday 8 January 2027"),
    ],
)
def test_deadlines_in_words(due, words):
    assert render_when(due, TODAY) == words


@pytest.mark.parametrize(
    ("need", "subject"),
    [
        ("I need help with my CV", "Help with my CV"),
        ("a lift to the airport", "Help with a lift"),
        ("...", "Could you help me?"),
    ],
)
def test_subjects_name_the_ask(need, subject):
    assert subject_for(need) == subject
