"""The ranking of helpapp.people.ranking, fed from the database and told in
words: who to ask for this need, and why."""

from dataclasses import dataclass
from datetime import timedelta

from django.db.models import Count, Max, Q
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from helpapp.people.models import Person
from helpapp.people.ranking import Candidate, Reason, rank

RECENT_DAYS = 30


@dataclass(frozen=True)
class Suggestion:
    person: Person
    why: str
    caution: str


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


def suggest(user, need: str, category: str, categories: dict[str, str], exclude=None):
    """The user's people, best first, each with a line saying why."""
    now = timezone.now()
    others = ~Q(asks__pk=exclude.pk) if exclude is not None else Q()
    people = Person.objects.for_user(user).annotate(
        yeses=Count(
            "asks",
            filter=Q(asks__outcome__in=["yes", "partly"]) & others,
            distinct=True,
        ),
        asks_recent=Count(
            "asks",
            filter=Q(asks__created_at__gte=now - timedelta(days=RECENT_DAYS)) & others,
            distinct=True,
        ),
        last_asked=Max("asks__created_at", filter=others),
        given=Count("help_given", distinct=True),
    )
    by_pk = {person.pk: person for person in people}
    candidates = [
        Candidate(
            pk=p.pk,
            name=p.name,
            relationship=p.relationship,
            strengths=tuple(p.strengths),
            safe=p.safe,
            yeses=p.yeses,
            asks_recent=p.asks_recent,
            last_asked=timezone.localdate(p.last_asked) if p.last_asked else None,
            help_given=p.given,
        )
        for p in by_pk.values()
    ]
    return [
        Suggestion(
            by_pk[r.candidate.pk],
            describe(r.reason, categories),
            describe(r.caution, categories),
        )
        for r in rank(need, category, candidates, timezone.localdate())
    ]
