"""The initial guidance content covers every step, barrier, kind and channel,
and the phrase bank composes drafts that read well. No database needed."""

import ast
import re
import string
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from helpapp.coach import DEFAULT_PHRASES, Helper, Need, Phrase, compose
from helpapp.coach.phrases import CHANNELS, KINDS, PLACEHOLDERS, TONES
from helpapp.coach.phrases import fill as coach_fill
from helpapp.guidance.content.phrases import PHRASES
from helpapp.guidance.content.starters import STARTER_TEMPLATES
from helpapp.guidance.content.tips import TIPS

CONTENT = Path(__file__).resolve().parent.parent / "helpapp" / "guidance" / "content"
MODULES = ("tips.py", "phrases.py", "starters.py")

PLACES = ("need", "person", "message", "after_sent")
BARRIERS = ("judgment", "pride", "burden", "control", "guilt", "stigma", "none")
REQUEST_KINDS = KINDS[:8]
EVERYWHERE_KINDS = REQUEST_KINDS
CATEGORIES = ("practical", "work_study", "emotional", "health", "money", "other")
SIZES = ("small", "medium", "big")
STARTER_PLACEHOLDERS = {"person", "need", "when", "strength"}
TEXT_LIMIT = 320

# Words that make an ask sound small, apologetic or self-cancelling.
PENALISED = (
    "sorry",
    "bother",
    "hate to ask",
    "just",
    "only",
    "maybe",
    "perhaps",
    "kind of",
    "sort of",
    "i guess",
    "a bit",
    "a little",
    "quick",
    "quickly",
    "probably",
    "stupid",
    "silly",
    "never mind",
    "nevermind",
    "no worries",
    "forget it",
)
PENALISED_RE = re.compile(
    r"\b(" + "|".join(re.escape(word) for word in PENALISED) + r")\b", re.IGNORECASE
)

SAMPLE = {
    "person": "Sam",
    "need": "a lift to the station on Saturday morning",
    "when": "by Friday 4 December",
    "strength": "driving, fixing bikes",
    "size": "a good part of a day",
    "why": "my train leaves at nine",
}
TODAY = date(2026, 11, 23)  # a Monday
LIFT = Need(
    "a lift to the station",
    size="small",
    due=date(2026, 11, 28),
    why="my train leaves at nine",
)
SAM = Helper("Sam Okafor", "friend", "driving")
BANK = [Phrase(p["kind"], p["text"], tuple(p["channels"]), p["tone"]) for p in PHRASES]


def placeholders(text: str) -> list[str]:
    """Placeholder names in text; fails on format specs or conversions."""
    names = []
    for _, name, spec, conversion in string.Formatter().parse(text):
        if name is not None:
            assert not spec and not conversion, text
            names.append(name)
    return names


def without_placeholders(text: str) -> str:
    return "".join(literal for literal, *_ in string.Formatter().parse(text))


def fill(text: str) -> str:
    return coach_fill(text, SAMPLE)


# The modules themselves


@pytest.mark.parametrize("module", MODULES)
def test_the_content_is_plain_python_without_django(module):
    tree = ast.parse((CONTENT / module).read_text())
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            names = [node.module or ""]
        else:
            continue
        assert not any(name.split(".")[0] == "django" for name in names), module


# Tips


def test_there_are_enough_tips():
    assert len(TIPS) >= 24


@pytest.mark.parametrize("tip", TIPS, ids=lambda tip: tip["title"])
def test_a_tip_has_the_fields_the_migration_expects(tip):
    assert set(tip) == {"place", "barrier", "title", "body", "source", "order"}
    assert tip["place"] in PLACES
    assert tip["barrier"] in BARRIERS
    assert isinstance(tip["title"], str)
    assert 0 < len(tip["title"]) < 60
    assert isinstance(tip["source"], str)
    assert isinstance(tip["order"], int)
    assert not isinstance(tip["order"], bool)
    assert tip["order"] > 0


@pytest.mark.parametrize("tip", TIPS, ids=lambda tip: tip["title"])
def test_a_tip_body_is_one_to_three_short_paragraphs_without_html_or_links(tip):
    body = tip["body"]
    assert isinstance(body, str)
    paragraphs = body.split("\n\n")
    assert 1 <= len(paragraphs) <= 3
    for paragraph in paragraphs:
        assert paragraph.strip() == paragraph
        assert paragraph
        assert "\n" not in paragraph
    assert "<" not in body
    assert ">" not in body
    assert "http" not in body
    assert "](" not in body
    assert "{" not in body


def test_every_place_has_at_least_three_tips():
    counts = Counter(tip["place"] for tip in TIPS)
    assert all(counts[place] >= 3 for place in PLACES), counts


def test_every_barrier_is_answered_at_least_twice():
    counts = Counter(tip["barrier"] for tip in TIPS)
    assert all(counts[barrier] >= 2 for barrier in BARRIERS if barrier != "none")


def test_tip_orders_are_unique_within_a_place():
    for place in PLACES:
        orders = [tip["order"] for tip in TIPS if tip["place"] == place]
        assert len(orders) == len(set(orders)), place


def test_tip_titles_are_unique():
    titles = [tip["title"] for tip in TIPS]
    assert len(titles) == len(set(titles))


def test_the_need_step_reframes_the_barriers():
    barriers = {tip["barrier"] for tip in TIPS if tip["place"] == "need"}
    assert {"judgment", "pride", "burden", "control", "stigma"} <= barriers


def _tips_at(place: str) -> str:
    return " ".join(
        f"{tip['title']} {tip['body']}".lower() for tip in TIPS if tip["place"] == place
    )


def test_the_person_step_matches_strengths_and_starts_safe():
    text = _tips_at("person")
    assert "good at" in text
    assert "someone safe" in text
    assert "counsellor" in text


def test_after_sending_there_is_help_with_guilt_and_following_up():
    text = _tips_at("after_sent")
    assert "never mind" in text
    assert "one thank-you is enough" in text
    assert "check-in" in text
    guilt = [t for t in TIPS if t["place"] == "after_sent" and t["barrier"] == "guilt"]
    assert len(guilt) >= 2


@pytest.mark.parametrize(
    ("author", "facts"),
    [
        ("Flynn & Lake, 2008", ["half"]),
        ("Grant & Gino, 2010", ["32%", "66%", "twice"]),
        ("Langer, Blank & Chanowitz, 1978", ["reason"]),
        ("Althoff, Danescu-Niculescu-Mizil & Jurafsky, 2014", ["thank", "return"]),
        ("Boomerang, 2016", ["50 to 125", "1 to 3"]),
        ("Brooks, Dai & Schweitzer, 2014", ["apolog"]),
        ("Carpenter, 2013", ["42", "later", "kind"]),
    ],
)
def test_the_message_step_gives_research_figures_with_their_sources(author, facts):
    tips = [t for t in TIPS if t["place"] == "message" and author in t["source"]]
    assert len(tips) == 1, author
    body = tips[0]["body"].lower()
    for fact in facts:
        assert fact.lower() in body, (author, fact)


def test_journals_are_named_in_full():
    sources = " ".join(tip["source"] for tip in TIPS)
    assert "Journal of Personality and Social Psychology" in sources
    assert "ICWSM" in sources
    assert "Communication Studies" in sources
    assert "Social Psychological and Personality Science" in sources


@pytest.mark.parametrize("tip", TIPS, ids=lambda tip: tip["title"])
def test_a_tip_that_quotes_research_names_its_source(tip):
    body = tip["body"].lower()
    if "%" in body or "study" in body or "studies" in body or "research" in body:
        assert tip["source"], tip["title"]
    if tip["source"]:
        assert re.search(r"\b(19|20)\d\d\b", tip["source"]), tip["source"]


# Phrases


def test_there_are_enough_phrases():
    assert len(PHRASES) >= 80


def test_the_first_bank_is_the_coachs_own_phrase_bank():
    as_phrases = [Phrase.of(p) for p in PHRASES]
    assert as_phrases == list(DEFAULT_PHRASES)


def test_no_sentence_is_written_twice_for_the_same_kind_and_tone():
    seen = Counter((p["kind"], p["tone"], p["text"]) for p in PHRASES)
    assert [key for key, count in seen.items() if count > 1] == []


@pytest.mark.parametrize("phrase", PHRASES, ids=lambda p: p["text"][:40])
def test_a_phrase_has_the_fields_the_migration_expects(phrase):
    assert set(phrase) == {"kind", "channels", "tone", "text"}
    assert phrase["kind"] in KINDS
    assert phrase["tone"] in TONES
    assert isinstance(phrase["channels"], list)
    assert phrase["channels"]
    assert set(phrase["channels"]) <= set(CHANNELS)
    assert len(phrase["channels"]) == len(set(phrase["channels"]))
    assert isinstance(phrase["text"], str)
    assert phrase["text"].strip() == phrase["text"]
    assert phrase["text"]


@pytest.mark.parametrize("phrase", PHRASES, ids=lambda p: p["text"][:40])
def test_a_phrase_uses_only_known_placeholders_and_no_stray_braces(phrase):
    text = phrase["text"]
    assert set(placeholders(text)) <= set(PLACEHOLDERS), text
    rest = without_placeholders(text)
    assert "{" not in rest
    assert "}" not in rest
    if phrase["kind"] == "thank_you_after":
        assert set(placeholders(text)) <= {"person", "need"}, text
    if phrase["kind"] == "closing":
        assert not placeholders(text)


@pytest.mark.parametrize("phrase", PHRASES, ids=lambda p: p["text"][:40])
def test_a_phrase_never_apologises_hedges_or_cancels_the_ask(phrase):
    assert not PENALISED_RE.search(phrase["text"]), phrase["text"]


@pytest.mark.parametrize("phrase", PHRASES, ids=lambda p: p["text"][:40])
def test_need_and_when_sit_where_any_wording_reads_well(phrase):
    text = phrase["text"]
    # {need} may be a whole sentence, so it follows a colon or starts one,
    # and ends its sentence.
    for match in re.finditer(r"\{need\}", text):
        before = text[: match.start()]
        assert re.search(r"[:.?!] $", before), text
        assert text[match.end() :].startswith("."), text
    # {when} is "by Friday", "today" or "in the next week or two".
    for match in re.finditer(r"\{when\}", text):
        assert text[: match.start()].endswith("help "), text


def _fitting(kind: str, channel: str, tone: str) -> list[dict]:
    return [
        p
        for p in PHRASES
        if p["kind"] == kind and channel in p["channels"] and p["tone"] == tone
    ]


@pytest.mark.parametrize("kind", EVERYWHERE_KINDS)
@pytest.mark.parametrize("channel", CHANNELS)
@pytest.mark.parametrize("tone", TONES)
def test_every_kind_is_there_for_every_channel_and_tone(kind, channel, tone):
    assert _fitting(kind, channel, tone)


@pytest.mark.parametrize("channel", CHANNELS)
@pytest.mark.parametrize("tone", TONES)
def test_why_you_works_when_no_strength_is_known(channel, tone):
    fitting = _fitting("why_you", channel, tone)
    assert any("strength" not in placeholders(p["text"]) for p in fitting)
    assert any("strength" in placeholders(p["text"]) for p in fitting)


@pytest.mark.parametrize("channel", CHANNELS)
@pytest.mark.parametrize("tone", TONES)
def test_there_is_variety_to_try_another_wording(channel, tone):
    for kind in ("ask", "time_frame", "easy_no", "offer_back", "thanks"):
        assert len(_fitting(kind, channel, tone)) >= 2, kind


@pytest.mark.parametrize("tone", TONES)
def test_emails_have_a_sign_off_in_both_tones(tone):
    closings = _fitting("closing", "email", tone)
    assert closings
    assert all(p["text"].endswith(",") for p in closings)


@pytest.mark.parametrize("tone", TONES)
def test_email_greetings_end_with_a_comma(tone):
    assert all(p["text"].endswith(",") for p in _fitting("greeting", "email", tone))


@pytest.mark.parametrize("kind", ["follow_up", "thank_you_after"])
@pytest.mark.parametrize("tone", TONES)
def test_follow_ups_and_thank_yous_exist_in_both_tones(kind, tone):
    assert [p for p in PHRASES if p["kind"] == kind and p["tone"] == tone]


@pytest.mark.parametrize(
    "phrase",
    [p for p in PHRASES if "text" in p["channels"]],
    ids=lambda p: p["text"][:40],
)
def test_text_message_phrases_are_short(phrase):
    if phrase["kind"] in REQUEST_KINDS:
        assert len(phrase["text"]) <= 60, phrase["text"]
    else:
        assert len(fill(phrase["text"])) <= TEXT_LIMIT, phrase["text"]


def test_thanks_phrases_thank():
    for p in PHRASES:
        if p["kind"] in ("thanks", "thank_you_after"):
            assert re.search(r"thank|grateful|appreciate", p["text"], re.I), p


def test_easy_no_phrases_make_no_easy():
    for p in [p for p in PHRASES if p["kind"] == "easy_no"]:
        assert re.search(r"\bno\b|fine|okay|understand|can't", p["text"], re.I), p
        assert "?" not in p["text"]


def test_offer_back_phrases_offer_help_in_return():
    for p in [p for p in PHRASES if p["kind"] == "offer_back"]:
        assert re.search(r"return|help you|for you", p["text"], re.I), p


def test_no_phrase_is_listed_twice_for_the_same_channel():
    seen = Counter(
        (p["kind"], p["tone"], p["text"], channel)
        for p in PHRASES
        for channel in p["channels"]
    )
    assert [key for key, count in seen.items() if count > 1] == []


# Drafts composed from the phrase bank


def _draft(channel, tone, variant, need=LIFT, person=SAM):
    return compose(
        need,
        person,
        channel=channel,
        tone=tone,
        phrases=BANK,
        variant=variant,
        today=TODAY,
    )


@pytest.mark.parametrize("variant", range(5))
@pytest.mark.parametrize("channel", CHANNELS)
@pytest.mark.parametrize("tone", TONES)
def test_a_composed_draft_reads_well(channel, tone, variant):
    body = _draft(channel, tone, variant).body
    assert "{" not in body
    assert "}" not in body
    assert "Sam" in body
    assert "Okafor" not in body
    assert "a lift to the station" in body.lower()  # may start a sentence
    assert "by Saturday" in body
    assert "thank" in body.lower() or "grateful" in body.lower()
    assert not PENALISED_RE.search(body), body
    assert "  " not in body
    assert ".." not in body
    assert " ," not in body
    assert " ." not in body
    assert 1 <= body.count("?") <= 3, body
    if channel == "text":
        assert len(body) <= TEXT_LIMIT
        # With a short need, nothing has to be dropped to fit.
        assert "my train leaves at nine" in body
        assert "\n" not in body
    else:
        assert "my train leaves at nine" in body


@pytest.mark.parametrize("variant", range(5))
@pytest.mark.parametrize("tone", TONES)
def test_an_email_is_the_length_that_gets_replies(tone, variant):
    words = len(_draft("email", tone, variant).body.split())
    assert 50 <= words <= 125


@pytest.mark.parametrize("channel", ["call", "in_person"])
@pytest.mark.parametrize("tone", TONES)
def test_a_spoken_script_has_every_part(channel, tone):
    body = _draft(channel, tone, 0).body
    labels = [line.split(":")[0] for line in body.splitlines()]
    assert labels == ["Opener", "The ask", "The easy no", "The thanks"]


@pytest.mark.parametrize("channel", CHANNELS)
@pytest.mark.parametrize("tone", TONES)
def test_another_wording_gives_a_different_draft(channel, tone):
    bodies = {_draft(channel, tone, variant).body for variant in range(5)}
    assert len(bodies) >= 2


@pytest.mark.parametrize("variant", range(5))
@pytest.mark.parametrize("channel", CHANNELS)
@pytest.mark.parametrize("tone", TONES)
def test_a_draft_reads_well_with_a_sentence_need_and_little_known(
    channel, tone, variant
):
    need = Need("I need someone to look over my CV.", size="medium")
    body = _draft(channel, tone, variant, need=need, person=Helper("Kim")).body
    assert "{" not in body
    assert "}" not in body
    assert "Kim" in body
    assert "omeone to look over my CV" in body  # the need, in the user's words
    assert "in the next week or two" in body  # no deadline given
    assert ".." not in body
    if channel == "text":
        assert len(body) <= TEXT_LIMIT


# Starter templates


def test_there_are_enough_starters():
    assert len(STARTER_TEMPLATES) >= 14


@pytest.mark.parametrize("starter", STARTER_TEMPLATES, ids=lambda s: s["title"])
def test_a_starter_has_the_fields_the_migration_expects(starter):
    assert set(starter) == {"title", "category", "size", "need", "body"}
    assert starter["category"] in CATEGORIES
    assert starter["size"] in SIZES
    assert isinstance(starter["title"], str)
    assert 0 < len(starter["title"]) < 60
    assert isinstance(starter["need"], str)
    assert 0 < len(starter["need"]) < 200
    assert "{" not in starter["need"]
    assert "}" not in starter["need"]
    assert isinstance(starter["body"], str)


@pytest.mark.parametrize("starter", STARTER_TEMPLATES, ids=lambda s: s["title"])
def test_a_starter_body_is_a_specific_grateful_text_with_an_easy_no(starter):
    body = starter["body"]
    names = set(placeholders(body))
    assert names <= STARTER_PLACEHOLDERS
    assert {"person", "need"} <= names
    rest = without_placeholders(body)
    assert "{" not in rest
    assert "}" not in rest
    assert ": {need}." in body  # reads well whatever the user writes
    for match in re.finditer(r"\{when\}", body):
        assert re.search(r"(help|talk|look) $", body[: match.start()]), body
    filled = coach_fill(body, {**SAMPLE, "need": starter["need"]})
    assert len(filled) <= TEXT_LIMIT, (len(filled), filled)
    assert re.search(r"thank|grateful|appreciate", body, re.I)
    assert re.search(r"say no|fine|okay|understand|if .*can't", body, re.I)
    assert not PENALISED_RE.search(body), body
    assert not PENALISED_RE.search(starter["need"]), starter["need"]


def test_every_category_has_at_least_two_starters():
    counts = Counter(starter["category"] for starter in STARTER_TEMPLATES)
    assert all(counts[category] >= 2 for category in CATEGORIES), counts


def test_starter_titles_are_unique():
    titles = [starter["title"] for starter in STARTER_TEMPLATES]
    assert len(titles) == len(set(titles))


def _starter(category: str, *words: str) -> list[dict]:
    return [
        s
        for s in STARTER_TEMPLATES
        if s["category"] == category
        and all(w in f"{s['title']} {s['need']}".lower() for w in words)
    ]


def test_there_is_a_starter_for_a_first_appointment_with_a_counsellor_or_doctor():
    assert _starter("health", "counsellor", "doctor", "first appointment")


def test_there_is_a_starter_for_telling_a_friend_you_are_struggling():
    assert _starter("emotional", "friend", "struggling")


def test_the_money_starter_asks_for_a_loan_with_a_repayment_date():
    loans = _starter("money", "loan", "pay back")
    assert loans
    assert re.search(r"\d", loans[0]["need"])
