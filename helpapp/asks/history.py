"""My requests: the history with filters and search, the requests waiting
on a reply or a thank-you, and the user's guesses beside what happened."""

from datetime import timedelta

from django.core.paginator import Paginator
from django.db.models import Avg, Exists, OuterRef, Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_GET

from helpapp.asks.forms import HistoryFilterForm, OutcomeForm
from helpapp.asks.models import ANSWERED, Ask
from helpapp.asks.shortcuts import get_ask
from helpapp.guidance.cached import tips_for
from helpapp.guidance.views import crisis_notice
from helpapp.people.models import Person
from helpapp.vocabulary import Status

PER_PAGE = 20
WAITING_AFTER = timedelta(days=3)
SHOWN = 5
MIN_OUTCOMES = 3
LATEST = 100  # answered requests in the guesses-and-yeses figures


def summary(user) -> dict:
    """How the user's latest answered requests went (at most LATEST of them,
    so the page costs the same however long the history), and what they
    guessed for those: one query."""
    latest = Ask.objects.for_user(user).filter(ANSWERED).newest_first()[:LATEST]
    return latest.tally(guess=Avg("guess"))


def guesses_and_yeses(numbers: dict) -> dict | None:
    """Average guess beside the actual yes-rate, once there are enough
    answers to mean something."""
    if numbers["answered"] < MIN_OUTCOMES:
        return None
    return {
        "answered": numbers["answered"],
        "latest": numbers["answered"] == LATEST,
        "rate": round(100 * numbers["yeses"] / numbers["answered"]),
        "guess": None if numbers["guess"] is None else round(numbers["guess"]),
    }


def _filter_people(user):
    """The people to filter by: the user's own, and those they deleted who
    still have requests in the history (marked as deleted in the list)."""
    has_asks = Exists(Ask.objects.filter(person=OuterRef("pk")))
    return Person.objects.filter(owner=user).filter(
        Q(deleted_at__isnull=True) | has_asks
    )


@require_GET
def ask_list(request: HttpRequest) -> HttpResponse:
    mine = Ask.objects.for_user(request.user)
    filters = HistoryFilterForm(
        request.GET or None, people=_filter_people(request.user)
    )
    asks = filters.apply(mine).select_related("person").newest_first()
    numbers = summary(request.user)
    paginator = Paginator(asks, PER_PAGE)
    page = paginator.get_page(request.GET.get("page"))
    waiting = (
        mine.filter(
            status=Status.SENT, outcome="", sent_at__lte=timezone.now() - WAITING_AFTER
        )
        .select_related("person")
        .order_by("sent_at")[:SHOWN]
    )
    thanks_due = (
        mine.said_yes()
        .filter(thanked_at__isnull=True)
        .select_related("person")
        .order_by("-outcome_on")[:SHOWN]
    )
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "asks/ask_list.html",
        {
            "page": page,
            "filters": filters,
            "filtered": any(request.GET.get(name) for name in filters.FILTERS),
            "query": query.urlencode(),
            "waiting": waiting,
            "thanks_due": thanks_due,
            "stats": guesses_and_yeses(numbers),
        },
    )


def detail_page(request: HttpRequest, ask: Ask, outcome_form=None) -> HttpResponse:
    if outcome_form is None and ask.is_sent:
        outcome_form = OutcomeForm(instance=ask)
    return render(
        request,
        "asks/ask_detail.html",
        {
            "ask": ask,
            "tips": [] if ask.is_draft else tips_for("after_sent"),
            "outcome_form": outcome_form,
            "parts": ask.parts.all(),
            # What the person wrote after step 1 (the message they sent, the
            # notes on how it went), read again for signs of a crisis.
            "crisis": crisis_notice(request, ask.message, ask.subject, message=True)
            or crisis_notice(request, ask.outcome_notes),
        },
    )


@require_GET
def ask_detail(request: HttpRequest, pk: int) -> HttpResponse:
    return detail_page(request, get_ask(request, pk))
