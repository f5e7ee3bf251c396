"""The coach checks a draft: what helps it work and what to watch out for.

The corpus (tests/coach_corpus.jsonl) holds drafts written for the project
and labelled by hand; check() must agree with those labels, for every code,
with precision and recall of at least 0.9 for both outcomes. The focused
tests below pin down each code, its traps and its spans.
"""

import dataclasses
import json
from collections import Counter
from pathlib import Path

import pytest

from helpapp.coach import CODES, HELPS, TITLES, WATCH_OUTS, Finding, check
from helpapp.coach.check import (
    EMAIL_WORDS,
    MESSAGES,
    OPTIONAL,
    SCRIPT_WORDS,
    TEXT_LIMIT,
    _compiled,
    hedge_limit,
    reading_grade,
)
from helpapp.coach.lexicon import EXTENDABLE
from helpapp.coach.matching import APOSTROPHES
from helpapp.coach.syllables import syllables

CORPUS = Path(__file__).parent / "coach_corpus.jsonl"
ROWS = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines()]


def finding(text: str, code: str, channel: str = "text", lexicon=None) -> Finding:
    (found,) = [f for f in check(text, channel, lexicon) if f.code == code]
    return found


def said(text: str, found: Finding) -> list[str]:
    """The words a finding's spans point at."""
    return [text[start:end] for start, end in found.spans]


# The corpus


def test_the_corpus_is_big_and_balanced_enough_to_mean_something():
    assert len(ROWS) >= 100
    assert len({row["id"] for row in ROWS}) == len(ROWS)
    for row in ROWS:
        assert row["channel"] in ("text", "email", "call", "in_person"), row["id"]
        assert set(row["expected"]) == set(CODES), row["id"]
        assert row["text"] and row["note"], row["id"]
    for code in CODES:
        outcomes = Counter(row["expected"][code] for row in ROWS)
        assert outcomes[True] >= 10, code
        assert outcomes[False] >= 10, code


def confusion() -> dict[str, Counter]:
    counts = {code: Counter() for code in CODES}
    for row in ROWS:
        for found in check(row["text"], row["channel"]):
            flagged, should_flag = not found.ok, not row["expected"][found.code]
            counts[found.code][(flagged, should_flag)] += 1
    return counts


@pytest.mark.parametrize("code", CODES)
def test_check_agrees_with_the_corpus_for_both_outcomes(code):
    counts = confusion()[code]
    tp, fp = counts[(True, True)], counts[(True, False)]
    fn, tn = counts[(False, True)], counts[(False, False)]
    flagged_precision = tp / (tp + fp) if tp + fp else 1.0
    flagged_recall = tp / (tp + fn)
    ok_precision = tn / (tn + fn) if tn + fn else 1.0
    ok_recall = tn / (tn + fp)
    scores = {
        "flagged precision": flagged_precision,
        "flagged recall": flagged_recall,
        "ok precision": ok_precision,
        "ok recall": ok_recall,
    }
    assert min(scores.values()) >= 0.9, scores


# The shape of the result


def test_one_finding_per_code_always_in_order():
    for text in ("", "Hi", "Could you water my plants on Friday? Thanks!", "?" * 40):
        for channel in ("text", "email", "call", "in_person"):
            findings = check(text, channel)
            assert [f.code for f in findings] == list(CODES)
            assert all(isinstance(f, Finding) for f in findings)


def test_codes_are_grouped_for_the_checklist():
    assert HELPS == (
        "specific",
        "time_bound",
        "reason",
        "gratitude",
        "easy_no",
        "offer_back",
    )
    assert set(HELPS) | set(WATCH_OUTS) == set(CODES)
    assert not set(HELPS) & set(WATCH_OUTS)
    assert CODES[0] == "clear_ask"
    assert CODES[-3:] == ("questions", "length", "reading_ease")
    assert set(TITLES) == set(CODES)
    assert all(2 <= len(title.split()) <= 5 for title in TITLES.values())


def test_findings_are_frozen():
    found = check("Thanks!")[0]
    with pytest.raises(dataclasses.FrozenInstanceError):
        found.ok = False  # type: ignore[misc]


def test_messages_are_plain_kind_sentences():
    unkind = ("stupid", "wrong", "bad", "lazy", "fail", "must", "should have")
    for ok_message, other in MESSAGES.values():
        for message in (ok_message, other):
            assert message.strip()
            assert not any(word in message.lower() for word in unkind), message
    for text in ("", "sorry sorry never mind, just maybe?" * 3):
        for found in check(text):
            assert found.message.endswith((".", "”.")), found
            assert "{" not in found.message


def test_missing_easy_no_and_offer_back_are_suggestions():
    text = "Could you water my plants on Friday? Thank you!"
    for code in OPTIONAL:
        found = finding(text, code)
        assert not found.ok
        assert found.message.startswith("Optional:")
        assert found.spans == ()
    easy_no = finding(text, "easy_no").message
    assert easy_no == "Optional: saying a no is fine can make it easier to say yes."


# Each code


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        ("Could you look over my CV?", True),
        ("Would you be able to feed the cat?", True),
        ("I'd love your help with my garden.", True),
        ("Please send me the spare key.", True),
        ("Help me move the sofa on Sunday!", True),
        ("Why don't you come round on Sunday and help me paint?", True),
        ("Lift Sat?", True),
        ("I need a lift to the station.", False),
        ("Can you believe this weather?", False),
        ("How are you? It's been ages!", False),
        ("Please don't reply until you're ready.", False),
    ],
)
def test_clear_ask(text, ok):
    assert finding(text, "clear_ask").ok is ok


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        ("Could you help me with something?", False),
        ("Could you help me out with stuff this week?", False),
        ("Can you help me with the thing we talked about?", False),
        ("Could you look over my two-page CV?", True),
        ("Could you spare 30 minutes?", True),
        ("Could you lend me £50 until Friday?", True),
        ("Could you help me carry two boxes?", True),
        ("Could you proofread my essay?", True),
        ("I need a lift to the station at 7.", True),
    ],
)
def test_specific(text, ok):
    assert finding(text, "specific").ok is ok


@pytest.mark.parametrize(
    "text",
    [
        "Could you help by Friday?",
        "Could you help tomorrow?",
        "Could you help on the 5th?",
        "Could you help this weekend?",
        "Could you call at 3pm?",
        "Could you help before Monday?",
        "Could you help next week?",
        "Could you help tonight?",
        "Could you help on 24 December?",
        "Could you help on 24/12?",
        "Could you sign it by 2026-03-01?",
        "Could you ring me at half six?",
        "Could you come at 14:30?",
        "Could you check my tyres on Sat?",
        "Could you babysit 6–9pm Thurs?",
        "Could you help in the new year?",
        "Could you help within the next fortnight?",
        "Could you lend me a tenner till Friday week?",
        "Could you proofread it by the 5th of May?",
    ],
)
def test_time_bound_forms(text):
    assert finding(text, "time_bound").ok, text


@pytest.mark.parametrize(
    "text",
    [
        "May I ask for your help with my tax return?",
        "How was your weekend?",
        "I sat down and wondered if you could help.",
        "Thank you for yesterday.",
        "Could you help when you feel better?",
    ],
)
def test_not_time_bound(text):
    assert not finding(text, "time_bound").ok, text


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        ("Could you help, because my flight is at nine?", True),
        ("Could you call me so that I can plan?", True),
        ("Could you come, so I can get to work?", True),
        ("It would help me a lot.", True),
        ("It matters to me.", True),
        ("Since I'm stuck at work, could you let the plumber in?", True),
        ("Could you feed Max, as I have a late shift?", True),
        ("Thanks to the train strike I'm stuck in Leeds.", True),
        ("My shift starts at 8, could you drop Ola at school?", True),
        ("I've been learning guitar since June. Could you show me a chord?", False),
        ("So I was wondering if you could help me print a poster.", False),
        ("Could you help me paint the fence?", False),
    ],
)
def test_reason(text, ok):
    assert finding(text, "reason").ok is ok


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        ("Thank you!", True),
        ("Thanks so much.", True),
        ("I'm so grateful.", True),
        ("I really appreciate it.", True),
        ("It means a lot.", True),
        ("Cheers for yesterday.", True),
        ("Thanks to the rain, the match is off.", False),
        ("Thank God it's Friday! Could you grab me a sandwich?", False),
        ("It means a lot to me to be there.", False),
    ],
)
def test_gratitude(text, ok):
    assert finding(text, "gratitude").ok is ok


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        ("If you can't, that's completely fine.", True),
        ("No pressure at all.", True),
        ("Feel free to say no.", True),
        ("A no is perfectly fine.", True),
        ("I'll understand if it doesn't work.", True),
        ("No worries if not, I can get a taxi.", True),
        ("Whatever you decide is fine.", True),
        ("Please don't say no!", False),
        ("You can't say no to this one!", False),
        ("Feel free to bring your dog.", False),
        ("No rush at all.", False),
    ],
)
def test_easy_no(text, ok):
    assert finding(text, "easy_no").ok is ok


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        ("Happy to return the favour.", True),
        ("I'd be glad to help you with something in return.", True),
        ("I owe you one.", True),
        ("I'll buy you lunch after.", True),
        ("Pizza's on me.", True),
        ("I owe you an apology for last week.", False),
        ("I'll pay you back on Friday.", False),
    ],
)
def test_offer_back(text, ok):
    assert finding(text, "offer_back").ok is ok


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Sorry to bother you, but could you help?", "Sorry to bother you"),
        ("Sorry to ask, could you feed the cat?", "Sorry to ask"),
        ("I hate to ask, but could you lend me £20?", "I hate to ask"),
        ("I know I'm a burden. Could you call?", "I'm a burden"),
        ("This is probably stupid, but how do I top up?", "This is probably stupid"),
        ("Sorry if this is a dumb question, but when?", "Sorry if this"),
        ("I feel awful asking, but could you help?", "I feel awful asking"),
        ("I'm useless at this. Could you set up the Wi-Fi?", "I'm useless at"),
        ("Sorry! Could you let the plumber in?", "Sorry!"),
    ],
)
def test_self_blame_points_at_the_self_blaming_words(text, phrase):
    found = finding(text, "self_blame")
    assert not found.ok
    assert phrase in said(text, found)
    assert f"“{phrase.rstrip('!')}”" in found.message


@pytest.mark.parametrize(
    "text",
    [
        "I'm sorry to hear about your week. Could you help on Friday?",
        "Sorry about the rain! Could you send the photos?",
        "I'm sorry you're unwell. No rush, could you sign it next week?",
        "Sorry, that sounds really hard. Could you send me the number?",
        "I'm so sorry for your loss.",
    ],
)
def test_an_empathic_apology_is_not_self_blame(text):
    found = finding(text, "self_blame")
    assert found.ok
    assert found.spans == ()


def test_hedges_are_counted_as_whole_words():
    text = "I was just wondering if maybe you could help a bit with my essay?"
    found = finding(text, "hedging")
    assert not found.ok
    assert said(text, found) == ["just", "maybe", "a bit"]
    assert "“just” and “maybe”" in found.message
    for word in ("justice", "adjust", "justify", "justified"):
        assert finding(f"Could you help me {word} this?", "hedging").spans == ()


@pytest.mark.parametrize(
    "text",
    [
        "As an only child I never shared. Could you help me pick a bed?",
        "I've just moved in. Could you show me the bins?",
        "Could you keep a key, just in case I lock myself out?",
        "My little boy is ill. Could you collect Ana at 5?",
        "Guess what? I got the flat!",
    ],
)
def test_hedging_traps_are_not_hedges(text):
    assert finding(text, "hedging").spans == ()


def test_the_hedging_threshold_grows_with_length():
    assert hedge_limit(20) == 1
    assert hedge_limit(99) == 1
    assert hedge_limit(150) == 3
    short = "Could you just check my maths homework before 9 tonight? Thanks!"
    assert finding(short, "hedging").ok  # one hedge in a short message
    assert not finding("Could you maybe just check it?", "hedging").ok
    filler = "We can meet at the station and walk to the flat together. " * 9
    long = f"Could you maybe help me move on Friday? {filler} It's only a few boxes."
    found = finding(long, "hedging")
    assert len(found.spans) == 2
    assert found.ok  # two in over a hundred words


@pytest.mark.parametrize(
    "text",
    [
        "Could you help me move? Actually never mind.",
        "Could you help? Nevermind, I'll manage.",
        "Could you read it tonight? Forget it, too late.",
        "Ignore this if you're busy!",
        "Please disregard this message.",
        "Don't worry about it if not.",
        "Could you proofread it by Wednesday? No worries if not",
        "Could you proofread it by Wednesday? No worries if you can't! 😊",
    ],
)
def test_taking_the_ask_back_is_flagged(text):
    assert not finding(text, "no_take_back").ok, text


@pytest.mark.parametrize(
    "text",
    [
        "Could you lend me your tent? No worries if not, I can rent one. Thanks!",
        "Thank you for helping me move, I'll never forget it.",
        "Could you remind me? Don't forget it's Mum's birthday.",
    ],
)
def test_no_worries_in_the_middle_and_never_forget_are_fine(text):
    assert finding(text, "no_take_back").ok, text


def test_no_worries_at_the_end_points_at_the_words():
    text = "Could you proofread my essay by Wednesday? No worries if not 😊"
    found = finding(text, "no_take_back")
    assert said(text, found) == ["No worries if not"]


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        ("Could you water my plants on Friday?", True),
        ("Are you free? Could you help? What time suits?", True),
        ("Please send me the key before Friday.", True),  # a clear ask, no "?"
        ("I need a favour at some point.", False),  # no question, no ask
        ("Are you free? Could you help? Do you have a van? What time?", False),
        ("Could you fill in this form? https://example.com/f?id=4&x=?", True),
        ("Could you come to my gig on Friday?!", True),
    ],
)
def test_questions(text, ok):
    assert finding(text, "questions").ok is ok


def test_a_question_mark_in_a_link_is_not_a_question():
    text = "See https://example.com/form?id=42&ref=sam?x and www.a.com/?q=1 please."
    found = finding(text, "questions")
    assert found.spans == ()


def test_length_fits_each_channel():
    assert finding("a" * TEXT_LIMIT, "length").ok
    too_long = "a " * 200
    found = finding(too_long, "length")
    assert not found.ok
    assert str(TEXT_LIMIT) in found.message
    assert found.spans == ((TEXT_LIMIT, len(too_long)),)
    low, high = EMAIL_WORDS
    for words, ok in ((low - 1, False), (low, True), (high, True), (high + 1, False)):
        assert finding("word " * words, "length", "email").ok is ok, words
    for channel in ("call", "in_person"):
        assert finding("word " * SCRIPT_WORDS, "length", channel).ok
        assert not finding("word " * (SCRIPT_WORDS + 1), "length", channel).ok


def test_words_are_counted_as_a_reader_counts_them_whatever_the_spaces():
    text = "word\u2003word\u3000word\n\nword\u00a0word\t" * 10
    assert len(text.split()) == 50
    assert finding(text, "length", "email").ok
    assert not finding(text[: text.rindex("word")], "length", "email").ok


def test_a_very_long_draft_is_checked_in_one_piece():
    text = "Could you help me move two boxes on Friday, because I'm ill? " * 400
    findings = check(text, "email")
    assert [f.code for f in findings] == list(CODES)
    assert not finding(text, "length", "email").ok


def test_reading_ease_uses_the_flesch_kincaid_grade():
    easy = "Could you help me move on Friday? It will take an hour. Thank you!"
    hard = (
        "Notwithstanding the considerable administrative complexity associated "
        "with intergenerational property transfers, would you consider "
        "accompanying me to the solicitor's office on Wednesday?"
    )
    assert reading_grade(easy) < 4
    assert reading_grade(hard) > 15
    assert finding(easy, "reading_ease").ok
    found = finding(hard, "reading_ease")
    assert not found.ok
    assert found.spans == ((0, len(hard)),)  # the long sentence
    assert finding(
        "Notwithstanding considerable intergenerational complexity.", "reading_ease"
    ).ok


@pytest.mark.parametrize(
    ("word", "count"),
    [
        ("cat", 1),
        ("table", 2),
        ("whole", 1),
        ("make", 1),
        ("the", 1),
        ("people", 2),
        ("helped", 1),
        ("needed", 2),
        ("makes", 1),
        ("boxes", 2),
        ("nguyễn", 1),
        ("cv", 1),
        ("30", 1),
        ("administrative", 5),
    ],
)
def test_syllables_are_estimated(word, count):
    assert syllables(word) == count


# Apostrophes, names and positions


def test_typographic_apostrophes_count_like_straight_ones():
    text = (
        "I’m useless at this. Could you cover my shift? "
        "Don’t worry about it if you can’t."
    )
    assert said(text, finding(text, "self_blame")) == ["I’m useless at"]
    assert said(text, finding(text, "no_take_back")) == ["Don’t worry about it"]
    assert finding(text, "easy_no").ok
    understand = "I’ll understand."
    assert said(understand, finding(understand, "easy_no")) == ["I’ll understand"]


def test_spans_index_the_original_text_even_when_lowercase_changes_length():
    text = "İstanbul was lovely. Sorry to bother you, could you water my plants?"
    assert "Sorry to bother you" in said(text, finding(text, "self_blame"))


def test_names_and_accents_do_not_confuse_the_checks():
    text = "Hi Siobhán, could you and Zoë feed José's cat on Sunday? Thanks, Nguyễn"
    findings = {f.code: f.ok for f in check(text)}
    assert findings["clear_ask"] and findings["specific"] and findings["time_bound"]
    assert findings["gratitude"] and findings["hedging"] and findings["self_blame"]


def test_script_labels_are_not_read_as_words():
    script = (
        "Opener: Hi Jo.\nThe ask: Could you help with something?\n"
        "The easy no:\nThe thanks: Thanks."
    )
    assert not finding(script, "easy_no", "call").ok
    start = script.index("Could you")
    assert finding(script, "clear_ask", "call").spans == ((start, start + 9),)


# Extra phrases from admins


@pytest.mark.parametrize(
    ("code", "phrase", "text"),
    [
        ("hedging", "a wee bit", "Could you maybe help a wee bit on Friday?"),
        ("self_blame", "my bad", "My bad, but could you help with my CV on Friday?"),
        ("no_take_back", "scrap that", "Could you help on Friday? Scrap that."),
    ],
)
def test_extra_phrases_flag_watch_outs(code, phrase, text):
    assert finding(text, code).ok or code == "hedging"
    found = finding(text, code, lexicon={code: [phrase]})
    assert not found.ok
    assert phrase.lower() in [s.lower() for s in said(text, found)]


@pytest.mark.parametrize(
    ("code", "phrase", "text"),
    [
        ("gratitude", "nice one", "Could you feed the cat on Friday? Nice one!"),
        ("easy_no", "no bother either way", "Could you help? No bother either way."),
        ("offer_back", "te debo una", "Could you help on Friday? Te debo una!"),
        ("reason", "the kids are off school", "The kids are off school, could you?"),
        ("time_bound", "after the school run", "Could you call after the school run?"),
        ("clear_ask", "fancy giving", "Fancy giving me a lift"),
    ],
)
def test_extra_phrases_count_for_what_helps(code, phrase, text):
    assert not finding(text, code).ok
    found = finding(text, code, lexicon={code: (phrase,)})
    assert found.ok
    assert said(text, found)[0].lower() == phrase


def test_extra_phrases_match_whole_words_case_and_apostrophes():
    lexicon = {"gratitude": ["it’s grand"], "hedging": ["wee"]}
    assert finding("IT'S  GRAND, could you?", "gratitude", lexicon=lexicon).ok
    assert not finding("It's grandma's turn.", "gratitude", lexicon=lexicon).ok
    text = "Could you help with the tweed jacket? Maybe a wee one."
    assert said(text, finding(text, "hedging", lexicon=lexicon)) == ["Maybe", "wee"]
    assert finding("Thanks!", "gratitude", lexicon={"gratitude": "ta"}).ok  # a string


def test_extra_phrases_are_compiled_once():
    _compiled.cache_clear()
    lexicon = {"hedging": ("a wee bit",), "gratitude": ("ta muchly",)}
    for _ in range(5):
        check("Could you help a wee bit? Ta muchly!", lexicon=lexicon)
    info = _compiled.cache_info()
    assert info.misses == 2
    assert info.hits == 8


def test_only_some_codes_take_extra_phrases():
    assert set(EXTENDABLE) >= {
        "self_blame",
        "hedging",
        "no_take_back",
        "gratitude",
        "easy_no",
        "offer_back",
        "reason",
        "time_bound",
    }
    for code in ("questions", "length", "reading_ease", "nonsense"):
        with pytest.raises(ValueError, match="does not take extra phrases"):
            check("Thanks!", lexicon={code: ["x"]})
    assert [f.code for f in check("Thanks!", lexicon={"hedging": []})] == list(CODES)


@pytest.mark.parametrize("apostrophe", APOSTROPHES)
def test_every_apostrophe_people_type_counts_the_same(apostrophe):
    text = f"Could you help on Friday? Don{apostrophe}t worry about it."
    assert not finding(text, "no_take_back").ok
    lexicon = {"gratitude": ["it's grand"]}
    text = f"Could you help on Friday? It{apostrophe}s grand."
    assert said(text, finding(text, "gratitude", lexicon=lexicon)) == [
        f"It{apostrophe}s grand"
    ]


def test_extra_phrases_match_a_hyphen_as_a_space_as_crisis_phrases_do():
    lexicon = {"gratitude": ["ta muchly"], "offer_back": ["te-debo una"]}
    text = "Could you help on Friday? Ta-muchly! Te debo una."
    assert "Ta-muchly" in said(text, finding(text, "gratitude", lexicon=lexicon))
    assert said(text, finding(text, "offer_back", lexicon=lexicon)) == ["Te debo una"]
