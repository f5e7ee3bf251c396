"""Who to ask: a deterministic ranking with one reason per person."""

from datetime import date, timedelta

from helpapp.coach.ranking import Candidate, matching_strength, rank

TODAY = date(2026, 11, 23)


def codes(ranked):
    return [(r.candidate.name, r.reason.code if r.reason else None) for r in ranked]


def test_a_matching_strength_ranks_first_and_says_so():
    people = [
        Candidate(1, "Ana", "friend", ("baking",)),
        Candidate(2, "Ben", "friend", ("driving", "fixing bikes")),
    ]
    ranked = rank(
        "a lift to the station on Saturday, driving", "practical", people, TODAY
    )
    assert ranked[0].candidate.name == "Ben"
    assert ranked[0].reason.code == "strength"
    assert ranked[0].reason.detail == "driving"


def test_strengths_match_word_forms():
    assert matching_strength("help fixing my bike", ("bikes",)) == "bikes"
    assert matching_strength("could you drive me", ("driving",)) == "driving"
    assert matching_strength("someone to cook dinner", ("cooking",)) == "cooking"
    assert matching_strength("someone to paint the fence", ("cooking",)) == ""
    assert matching_strength("help with something", ("help",)) == ""  # stopword


def test_safe_people_come_before_others():
    people = [Candidate(1, "Ana"), Candidate(2, "Ben", safe=True)]
    ranked = rank("someone to talk to", "emotional", people, TODAY)
    assert codes(ranked)[0] == ("Ben", "safe")


def test_the_category_suits_some_relationships():
    people = [Candidate(1, "Ana", "friend"), Candidate(2, "Dr Cole", "doctor")]
    ranked = rank("a first appointment", "health", people, TODAY)
    assert codes(ranked)[0] == ("Dr Cole", "category")


def test_asking_someone_twice_this_month_spreads_the_load():
    people = [
        Candidate(1, "Ana", "friend", ("maths",), asks_recent=2, last_asked=TODAY),
        Candidate(2, "Ben", "friend", ("maths",)),
    ]
    ranked = rank("maths homework", "work_study", people, TODAY)
    assert ranked[0].candidate.name == "Ben"
    ana = ranked[1]
    assert ana.reason.code == "strength"
    assert ana.caution.code == "asked_often"


def test_helped_before_and_not_asked_lately():
    long_ago = TODAY - timedelta(days=90)
    people = [
        Candidate(
            1, "Ana", yeses=2, help_given=2, last_asked=TODAY - timedelta(days=5)
        ),
        Candidate(2, "Ben", last_asked=long_ago),
    ]
    ranked = rank("a favour", "other", people, TODAY)
    assert codes(ranked) == [("Ana", "helped_before"), ("Ben", "not_asked_lately")]


def test_owing_a_favour_is_a_caution():
    people = [Candidate(1, "Ana", yeses=3, help_given=0, last_asked=TODAY)]
    ranked = rank("a favour", "other", people, TODAY)
    assert ranked[0].caution.code == "owed"


def test_the_ranking_is_deterministic_with_ties_by_name():
    people = [Candidate(3, "cara"), Candidate(1, "Ben"), Candidate(2, "ana")]
    first = rank("x", "other", people, TODAY)
    assert [r.candidate.name for r in first] == ["ana", "Ben", "cara"]
    assert rank("x", "other", list(reversed(people)), TODAY) == first


def test_no_people_no_ranking():
    assert rank("anything", "other", [], TODAY) == []
