"""After a request is sent: what happened, a gentle follow-up, a thank-you,
and the "never mind" guard that stands between a user and withdrawing a
request they have sent."""

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from helpapp import links
from helpapp.asks.drafts import (
    contact_of,
    follow_up_for,
    thank_you_for,
)
from helpapp.asks.forms import OutcomeForm
from helpapp.asks.history import detail_page
from helpapp.asks.models import SAID_YES, Ask
from helpapp.asks.shortcuts import get_ask
from helpapp.guidance.screening import reads_like_crisis
from helpapp.vocabulary import Status


def _only_sent(request: HttpRequest, ask: Ask):
    if not ask.is_sent:
        messages.info(request, _("This is only for requests you have sent."))
        return redirect(ask)
    return None


@require_http_methods(["GET", "POST"])
def follow_up(request: HttpRequest, pk: int) -> HttpResponse:
    """A drafted follow-up to send yourself; POST records that you did."""
    ask = get_ask(request, pk)
    if response := _only_sent(request, ask):
        return response
    if request.method == "POST":
        ask.note_followed_up()
        messages.success(request, _("Noted. Following up is kind to both of you."))
        return redirect(ask)
    return _draft_page(request, ask, follow_up_for(ask), "asks/follow_up.html")


def _draft_page(request: HttpRequest, ask: Ask, draft, template: str) -> HttpResponse:
    contact = contact_of(ask)
    return render(
        request,
        template,
        {
            "ask": ask,
            "draft": draft,
            "mailto": links.mailto(contact["email"], draft.subject, draft.body),
            "sms": links.sms(contact["phone"], draft.body),
        },
    )


@require_POST
def record_outcome(request: HttpRequest, pk: int) -> HttpResponse:
    """What happened: yes, partly, no or no reply, and when."""
    ask = get_ask(request, pk)
    if response := _only_sent(request, ask):
        return response
    form = OutcomeForm(request.POST, instance=ask)
    if not form.is_valid():
        return detail_page(request, ask, outcome_form=form)
    form.save()
    if reads_like_crisis(ask.outcome_notes):
        # The request's page, which puts the crisis lines first.
        messages.success(request, _("Saved."))
        return redirect(ask)
    if ask.outcome in SAID_YES:
        messages.success(request, _("Wonderful. A thank-you is drafted for you below."))
        return redirect("asks:thanks", pk=ask.pk)
    messages.success(request, _("Saved. Thank you for asking: that was the hard part."))
    return redirect(ask)


@require_http_methods(["GET", "POST"])
def thanks(request: HttpRequest, pk: int) -> HttpResponse:
    """A thank-you drafted for the same channel; POST marks it sent."""
    ask = get_ask(request, pk)
    if ask.outcome not in SAID_YES:
        messages.info(request, _("A thank-you is drafted once they have helped."))
        return redirect(ask)
    if request.method == "POST":
        ask.note_thanked()
        messages.success(request, _("Marked as thanked."))
        return redirect(ask)
    return _draft_page(request, ask, thank_you_for(ask), "asks/thanks.html")


@require_http_methods(["GET", "POST"])
def withdraw(request: HttpRequest, pk: int) -> HttpResponse:
    """The "never mind" guard: the user's own record and the research first,
    then three choices: wait, follow up, or withdraw anyway (POST)."""
    ask = get_ask(request, pk)
    if response := _only_sent(request, ask):
        return response
    if request.method == "POST":
        ask.withdraw()
        messages.success(request, _("Withdrawn. You can undo this below."))
        return redirect(ask)
    record = Ask.objects.for_user(request.user).exclude(pk=ask.pk).tally()
    return render(request, "asks/withdraw.html", {"ask": ask, **record})


@require_POST
def undo_withdraw(request: HttpRequest, pk: int) -> HttpResponse:
    ask = get_ask(request, pk)
    if ask.status == Status.WITHDRAWN:
        ask.undo_withdraw()
        messages.success(request, _("Back to sent."))
    return redirect(ask)
