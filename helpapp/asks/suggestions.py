"""The ranking of helpapp.coach.ranking, fed from the database and told in
words: who to ask for this need, and why."""

from dataclasses import dataclass
from datetime import timedelta

from django.db.models import Count, Max, Q
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from helpapp.asks.models import SAID_YES, Ask
from helpapp.coach.ranking import Candidate, Reason, rank
from helpapp.people.models import HelpGiven, Person

RECENT_DAYS = 30
# The requests the ranking reads: the last year's, so that step 2 costs the
# same however long the history (and a yes from years ago weighs nothing).
WINDOW_DAYS = 365


@dataclass(frozen=True)
class Suggestion:
    """One person, ranked; the words for why are made only when shown."""

    person: Person
    reason: Reason | None
    warning: Reason | None
    categories: dict[str, str]

    @property
    def why(self) -> str:
        return describe(self.reason, self.categories)

    @property
    def caution(self) -> str:
        return describe(self.warning, self.categories)


def describe(reason: Reason | None, categories: dict[str, str]) -> str:
    if reason is None:
        return ""
    count = int(reason.detail) if reason.detail.isdigit() else 0
    match reason.code:
        case "strength":
            return _("Good at %(strength)s") % {"strength": reason.detail}
        case "safe":
            return _("Someone you feel safe with")
        case "category":
            return _("Often a good fit for %(kind)s") % {
                "kind": categories.get(reason.detail, reason.detail).lower()
            }
        case "helped_before":
            return ngettext(
                "Said yes before", "Said yes %(count)d times before", count
            ) % {"count": count}
        case "helped_them":
            return _("You have helped them before")
        case "not_asked_lately":
            return _("You haven't asked them in a while")
        case "owed":
            return _("They have helped you more than you them: maybe offer one back")
        case "asked_often":
            return _(
                "You asked them %(count)d times this month: maybe spread the load"
            ) % {"count": count}
    return ""


def _day(moment):
    return timezone.localdate(moment) if moment else None


def suggest(user, need: str, category: str, categories: dict[str, str], exclude=None):
    """The user's people, best first, each with a line saying why."""
    now = timezone.now()
    asks = Ask.objects.for_user(user).filter(
        person__isnull=False, created_at__gte=now - timedelta(days=WINDOW_DAYS)
    )
    if exclude is not None:
        asks = asks.exclude(pk=exclude.pk)
    # One grouped query per table: joining both into one query would multiply
    # the rows it counts.
    by_person = {
        row["person"]: row
        for row in asks.values("person").annotate(
            yeses=Count("pk", filter=Q(outcome__in=SAID_YES)),
            asks_recent=Count(
                "pk", filter=Q(created_at__gte=now - timedelta(days=RECENT_DAYS))
            ),
            last_asked=Max("created_at"),
        )
    }
    given = dict(
        HelpGiven.objects.filter(owner=user)
        .values_list("person")
        .annotate(count=Count("pk"))
    )
    by_pk = {person.pk: person for person in Person.objects.for_user(user)}
    empty = {"yeses": 0, "asks_recent": 0, "last_asked": None}
    candidates = [
        Candidate(
            pk=p.pk,
            name=p.name,
            relationship=p.relationship,
            strengths=tuple(p.strengths),
            safe=p.safe,
            yeses=by_person.get(p.pk, empty)["yeses"],
            asks_recent=by_person.get(p.pk, empty)["asks_recent"],
            last_asked=_day(by_person.get(p.pk, empty)["last_asked"]),
            help_given=given.get(p.pk, 0),
        )
        for p in by_pk.values()
    ]
    return [
        Suggestion(by_pk[r.candidate.pk], r.reason, r.caution, categories)
        for r in rank(need, category, candidates, timezone.localdate())
    ]
