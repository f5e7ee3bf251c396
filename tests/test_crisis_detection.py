"""Crisis detection: does a typed need read like a crisis?

The policy these tests pin down: a false negative on a real crisis is the
failure that matters; a false positive only puts crisis resources above the
rest of the page. So the phrase list leans towards recall, the ordinary idioms
people use about deadlines, films and phone batteries must stay quiet, and the
few known over-triggers are listed (and accepted) at the end.

No database needed: this is pure Python.
"""

import re

import pytest

from helpapp.coach.matching import compile_phrases
from helpapp.guidance.content.crisis import CRISIS_PHRASES, CRISIS_RESOURCES
from helpapp.guidance.crisis import find_crisis_phrases, reads_like_crisis

# Needs a person in crisis might type, as they might type them.
CRISIS_TEXTS = [
    ("kill-myself", "I keep thinking about killing myself"),
    ("not-alive", "I don't want to be alive anymore"),
    ("partner-hits", "my partner hits me and I need somewhere to stay"),
    ("self-harming-again", "I've been self harming again"),
    ("too-many-pills", "I took too many pills"),
    ("not-safe-home", "I'm not safe at home"),
    ("end-it-all", "I want to end it all"),
    ("upper-case", "I WANT TO DIE"),
    ("mixed-case", "Thinking About Suicide Again"),
    ("suicide-full-stop", "Suicide."),
    ("typographic-apostrophe", "I don’t want to be here anymore"),
    ("left-quote-apostrophe", "I don‘t want to live like this"),
    ("no-apostrophe", "i dont want to live"),
    ("extra-spaces", "I  want   to    die"),
    ("newline-between-words", "i want to\nkill myself"),
    ("tab-between-words", "i feel\tsuicidal"),
    ("no-break-space", "I want to\u00a0die"),
    ("selfharm-one-word", "I selfharm when it gets bad"),
    ("self-harm-hyphen", "how do I stop self-harm"),
    ("self-harm-en-dash", "urges to self–harm"),
    ("cutting", "I've started cutting myself"),
    ("hurt-myself", "I'm scared I'll hurt myself tonight"),
    ("suicidal-thoughts", "having suicidal thoughts and nobody to talk to"),
    ("take-own-life", "I've been planning to take my own life"),
    ("end-my-life", "how do I tell someone I want to end my life"),
    ("better-off-without", "everyone would be better off without me"),
    ("wish-dead", "sometimes I wish I was dead"),
    ("no-reason", "there is no reason to live anymore"),
    ("nothing-to-live-for", "I have nothing to live for"),
    ("overdosed", "my friend overdosed and I don't know what to do"),
    ("overdose", "thinking about taking an overdose"),
    ("afraid-partner", "I'm afraid of my partner and need help leaving"),
    ("scared-husband", "I'm scared of my husband when he drinks"),
    ("he-hit-me", "he hit me last night, I need a place to go"),
    ("beats-me-up", "my dad beats me up"),
    ("abusive", "my boyfriend is abusive and controls my money"),
    ("domestic-violence", "need help with domestic violence"),
    ("threatened", "he threatened to kill me if I leave"),
    ("in-danger", "I am in danger please help"),
    ("im-no-apostrophe", "im in danger"),
    ("scared-to-go-home", "I'm scared to go home tonight"),
    ("unsafe-home", "it's unsafe at home for me and the kids"),
    ("sexual-assault", "I was sexually assaulted and don't know who to tell"),
    ("raped", "I was raped last year and can't stop thinking about it"),
    ("hang-myself", "I thought about how to hang myself"),
    ("unalive", "want to unalive myself"),
    ("no-point", "I see no point in living"),
    ("not-worth-living", "life is not worth living"),
    ("wanna-die", "i just wanna die"),
    ("punctuated", "help!!! suicidal!!!"),
    ("punched", "my husband punched me"),
    ("strangled", "he strangled me last week"),
    ("she-beats-me", "she beats me when she's drunk"),
    ("isnt-worth-living", "life isn't worth living"),
    ("wake-up", "I don't want to wake up tomorrow"),
    ("wanna-end-it", "i wanna end it"),
    ("long-need", "Can someone help me move on Saturday? Honestly I want to die."),
]

# Ordinary speech that must not put the page into crisis mode.
ORDINARY_TEXTS = [
    ("dying-to-see-film", "I'm dying to see that film"),
    ("deadline-killing", "this deadline is killing me"),
    ("battery-died", "my phone battery died"),
    ("killer-presentation", "help me prepare a killer presentation"),
    ("murder-coffee", "I could murder a coffee"),
    ("suspense-killing", "the suspense is killing me"),
    ("died-laughing", "I nearly died laughing"),
    ("dead-tired", "I'm dead tired after the move"),
    ("drop-dead-gorgeous", "the venue is drop-dead gorgeous"),
    ("hit-me-up", "hit me up if you need anything"),
    ("boss-hit-roof", "my boss hit the roof"),
    ("moving-sofa", "help moving my sofa"),
    ("dying-restaurant", "I'm dying to try that restaurant"),
    ("lift-airport", "I need a lift to the airport on Friday"),
    ("homework", "can you help me with my maths homework"),
    ("cv-review", "could you review my CV before Monday"),
    ("dead-plant", "my plant is dead, any tips"),
    ("dead-end-job", "I'm stuck in a dead-end job and want advice"),
    ("diet", "I want to diet before the wedding"),
    ("kill-time", "need ideas to kill time at the airport"),
    ("killed-it", "you killed it at the interview"),
    ("to-die-for", "her lasagne is to die for"),
    ("dead-battery-car", "my car has a dead battery, can you jump it"),
    ("hit-the-gym", "want someone to hit the gym with"),
    ("hit-the-books", "I need to hit the books this weekend"),
    ("beat-traffic", "leave early to beat the traffic"),
    ("cut-hair", "can you cut my hair on Sunday"),
    ("cut-costs", "help me cut costs on my wedding"),
    ("harmless", "it's a harmless question about taxes"),
    ("self-help-book", "recommend a self-help book"),
    ("selfie", "take a selfie with me at the gig"),
    ("skills", "I want to learn new skills"),
    ("graphic", "need a graphic designer for my logo"),
    ("grape", "grape juice for the party"),
    ("rapeseed", "where do I buy rapeseed oil"),
    ("therapist", "looking for a therapist near me"),
    ("pills-reminder", "remind me to take my pills"),
    ("dose", "what dose of paracetamol is safe for a headache"),
    ("safe-home", "I got home safe, thanks"),
    ("safe-at-home", "the kids are safe at home with grandma"),
    ("danger-zone", "my inbox is a danger zone"),
    ("afraid-of-spiders", "I'm afraid of spiders, can you help with the shed"),
    ("scared-of-exam", "I'm scared of my exam next week"),
    ("killing-weeds", "best way of killing weeds in the garden"),
    ("dying-light", "the light in the hall is dying, need an electrician"),
    ("deadline", "need help meeting a deadline"),
    ("suicide-prevention-volunteer-less", "I want to volunteer at a food bank"),
    ("lifeline-word", "this loan was a real lifeline"),
    ("hurt-feelings", "my feelings were hurt by a friend's comment"),
]

# Known over-triggers: the phrase list accepts these because the same words
# often mean a real crisis. Showing crisis resources first here is the
# intended trade-off, not a bug; if you change the list, keep this honest.
ACCEPTED_OVER_TRIGGERS = [
    ("film-title", "two tickets to Suicide Squad", "suicide"),
    ("in-the-end", "in the end it all worked out", "end it all"),
    ("shaving-cut", "I cut myself shaving", "cut myself"),
    ("sports-injury", "I hurt myself playing football, need a lift", "hurt myself"),
    ("hit-me-up-he", "he hit me up on WhatsApp", "he hit me"),
    ("binge-watch", "I overdosed on Netflix this weekend", "overdosed"),
    ("breakup", "I want to end it with my boyfriend", "want to end it"),
    ("danger-of", "I'm in danger of missing the deadline", "I'm in danger"),
]


def _ids(cases):
    return [c[0] for c in cases]


@pytest.mark.parametrize(("case_id", "text"), CRISIS_TEXTS, ids=_ids(CRISIS_TEXTS))
def test_crisis_needs_are_detected(case_id, text):
    assert reads_like_crisis(text, CRISIS_PHRASES), text
    assert find_crisis_phrases(text, CRISIS_PHRASES), text


@pytest.mark.parametrize(("case_id", "text"), ORDINARY_TEXTS, ids=_ids(ORDINARY_TEXTS))
def test_ordinary_speech_is_not_a_crisis(case_id, text):
    assert find_crisis_phrases(text, CRISIS_PHRASES) == [], text
    assert not reads_like_crisis(text, CRISIS_PHRASES)


@pytest.mark.parametrize(
    ("case_id", "text", "phrase"),
    ACCEPTED_OVER_TRIGGERS,
    ids=_ids(ACCEPTED_OVER_TRIGGERS),
)
def test_accepted_over_triggers(case_id, text, phrase):
    assert phrase in find_crisis_phrases(text, CRISIS_PHRASES)


def test_there_are_enough_cases_and_phrases():
    assert len(CRISIS_TEXTS) >= 40
    assert len(ORDINARY_TEXTS) >= 40
    assert len(CRISIS_PHRASES) >= 40
    assert len(set(CRISIS_PHRASES)) == len(CRISIS_PHRASES), "duplicate phrases"


# --- word boundaries ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("suicide", True),
        ("Suicide.", True),
        ("(suicide)", True),
        ("suicide's toll", True),
        ("'suicide'", True),
        ("suicides", False),
        ("antisuicide", False),
        ("suicide_note", False),
        ("suicide2", False),
    ],
    ids=lambda v: repr(v) if isinstance(v, str) else None,
)
def test_word_boundaries(text, found):
    assert (find_crisis_phrases(text, ["suicide"]) == ["suicide"]) is found


def test_multi_word_phrase_needs_whole_words_at_both_ends():
    assert find_crisis_phrases("skill myself up", ["kill myself"]) == []
    assert find_crisis_phrases("kill myselfie", ["kill myself"]) == []
    assert find_crisis_phrases("I'll kill myself.", ["kill myself"]) == ["kill myself"]


def test_words_must_be_adjacent():
    assert find_crisis_phrases("I want to not die", ["want to die"]) == []
    assert find_crisis_phrases("want to, die", ["want to die"]) == []


# --- apostrophes -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "I don't want to live",
        "I don’t want to live",
        "I don‘t want to live",
        "I donʼt want to live",
        "I don`t want to live",
        "I dont want to live",
        "I DON'T WANT TO LIVE",
    ],
)
def test_apostrophe_forms_all_match(text):
    assert find_crisis_phrases(text, ["don't want to live"]) == ["don't want to live"]


def test_typographic_apostrophe_in_the_phrase_matches_straight_text():
    assert find_crisis_phrases("I don't want to live", ["don’t want to live"]) == [
        "don’t want to live"
    ]


def test_apostrophe_is_optional_but_letters_are_not():
    assert find_crisis_phrases("I do want to live", ["don't want to live"]) == []
    assert find_crisis_phrases("I don t want to live", ["don't want to live"]) == []


# --- hyphens and spaces ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "self-harm",
        "self harm",
        "self  harm",
        "self - harm",
        "self–harm",
        "self—harm",
        "self\u2011harm",
        "Self-Harm",
    ],
)
def test_hyphen_and_space_are_interchangeable(text):
    assert find_crisis_phrases(text, ["self-harm"]) == ["self-harm"]
    assert find_crisis_phrases(text, ["self harm"]) == ["self harm"]


def test_run_together_spelling_matches_only_when_listed():
    assert find_crisis_phrases("selfharm", ["self-harm"]) == []
    assert find_crisis_phrases("selfharm", ["self-harm", "selfharm"]) == ["selfharm"]


def test_hyphen_in_text_between_phrase_words():
    assert find_crisis_phrases("end-it-all", ["end it all"]) == ["end it all"]


# --- order, duplicates, inputs -----------------------------------------------


def test_phrases_come_back_in_the_order_given():
    text = "I self harm and I am suicidal"
    assert find_crisis_phrases(text, ["suicidal", "self-harm"]) == [
        "suicidal",
        "self-harm",
    ]
    assert find_crisis_phrases(text, ["self-harm", "suicidal"]) == [
        "self-harm",
        "suicidal",
    ]


def test_phrases_come_back_as_given_not_as_typed():
    assert find_crisis_phrases("SELF HARM", ["Self-Harm"]) == ["Self-Harm"]


def test_no_duplicates_even_if_phrase_listed_twice_or_found_twice():
    text = "suicide, suicide, suicide"
    assert find_crisis_phrases(text, ["suicide", "suicide"]) == ["suicide"]
    assert find_crisis_phrases(text, ["suicide", "Suicide", "SUICIDE"]) == ["suicide"]


def test_equivalent_spellings_are_reported_once_as_first_given():
    text = "I self harm"
    assert find_crisis_phrases(text, ["self harm", "self-harm", "Self Harm"]) == [
        "self harm"
    ]


def test_only_found_phrases_are_returned():
    assert find_crisis_phrases("I feel suicidal", ["self-harm", "suicidal"]) == [
        "suicidal"
    ]


def test_blank_phrases_are_ignored():
    assert find_crisis_phrases("anything at all", ["", "   ", "-"]) == []
    assert not reads_like_crisis("anything at all", ["", "  "])


def test_empty_text():
    assert find_crisis_phrases("", CRISIS_PHRASES) == []
    assert not reads_like_crisis("", CRISIS_PHRASES)


def test_accepts_any_iterable_of_phrases():
    assert find_crisis_phrases("I feel suicidal", iter(["suicidal"])) == ["suicidal"]
    assert reads_like_crisis("I feel suicidal", (p for p in ["suicidal"]))


def test_regex_metacharacters_in_phrases_are_literal():
    assert find_crisis_phrases("a+b", ["a+b"]) == ["a+b"]
    assert find_crisis_phrases("aab", ["a+b"]) == []


def test_compiled_patterns_are_cached_per_phrase_tuple():
    phrases = ("alpha one", "beta two")
    first = compile_phrases(phrases)
    assert compile_phrases(tuple(list(phrases))) is first
    assert compile_phrases(("beta two", "alpha one")) is not first
    find_crisis_phrases("alpha one", list(phrases))
    assert compile_phrases.cache_info().hits >= 2


# --- the curated data --------------------------------------------------------

RESOURCE_KEYS = {
    "country",
    "name",
    "phone",
    "phone_dial",
    "sms_number",
    "sms_dial",
    "sms_keyword",
    "web_url",
    "hours",
    "description",
    "source_url",
    "order",
}


def test_resources_have_the_expected_shape():
    for resource in CRISIS_RESOURCES:
        assert set(resource) == RESOURCE_KEYS, resource["name"]
        assert isinstance(resource["order"], int)
        assert resource["name"] and resource["hours"] and resource["description"]
        assert resource["source_url"].startswith(("https://", "http://"))
        assert resource["phone"] or resource["sms_number"] or resource["web_url"]
        if resource["sms_keyword"]:
            assert resource["sms_number"]
        for shown, dial in (("phone", "phone_dial"), ("sms_number", "sms_dial")):
            assert bool(resource[shown]) == bool(resource[dial]), resource["name"]
            assert re.fullmatch(r"|\+?[0-9]{2,15}", resource[dial]), resource["name"]
            # The digits dialled are the digits written, notes aside.
            written = re.split(r"[(]", resource[shown])[0]
            assert resource[dial] == re.sub(r"[^0-9+]", "", written), resource["name"]
        assert re.fullmatch(r"|[A-Z]{2}", resource["country"])


# Every EU and EEA country, the UK, Ireland, the US, Canada, Australia, New
# Zealand, India, South Africa, Singapore, the Philippines and Kenya have at
# least one line of their own. (Nigeria and Malta have none yet: they get the
# emergency number and the international directory.)
LINE_COUNTRIES = (
    "AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV NL PL PT RO SE "
    "SI SK IS LI NO GB US CA AU NZ IN ZA SG PH KE"
).split()


@pytest.mark.parametrize("country", LINE_COUNTRIES)
def test_each_country_has_a_line_of_its_own(country):
    lines = [r for r in CRISIS_RESOURCES if r["country"] == country]
    assert any(r["order"] > 0 and (r["phone"] or r["sms_number"]) for r in lines)
    assert len({r["order"] for r in lines}) == len(lines)


@pytest.mark.parametrize("country", ["US", "CA", "GB", "IE", "AU", "NZ"])
def test_each_required_country_has_emergency_crisis_line_and_more(country):
    entries = sorted(
        (r for r in CRISIS_RESOURCES if r["country"] == country),
        key=lambda r: r["order"],
    )
    assert len(entries) >= 3
    assert entries[0]["order"] == 0
    assert entries[0]["phone"] in {"911", "999", "112", "000", "111"}
    assert len({r["order"] for r in entries}) == len(entries)


def test_there_is_an_international_fallback():
    assert any(r["country"] == "" for r in CRISIS_RESOURCES)
