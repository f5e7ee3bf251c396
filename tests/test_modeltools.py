"""Choice labels (get_FOO_display) come from a table built once per field."""

from helpapp.asks.models import Ask, Category, Outcome, Status
from helpapp.people.models import Person, Relationship


def test_labels_match_the_choices():
    ask = Ask(status=Status.SENT, category=Category.WORK_STUDY, outcome=Outcome.NO)
    assert ask.get_status_display() == Status.SENT.label
    assert ask.get_category_display() == str(Category.WORK_STUDY.label)
    assert ask.get_outcome_display() == str(Outcome.NO.label)
    person = Person(relationship=Relationship.COLLEAGUE)
    assert person.get_relationship_display() == str(Relationship.COLLEAGUE.label)


def test_an_unknown_value_shows_as_itself():
    assert Ask(status="archived").get_status_display() == "archived"
