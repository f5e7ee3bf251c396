from django.contrib import messages
from django.core.paginator import Paginator
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.cache import patch_vary_headers
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy
from django.views.decorators.http import require_GET, require_http_methods, require_POST
from django_htmx.http import HttpResponseClientRedirect

from helpapp.asks.drafts import compose_for, current_draft, mailto_link, sms_link
from helpapp.asks.forms import ChoosePersonForm, MessageForm, NeedForm
from helpapp.asks.models import Ask, Step
from helpapp.guidance.cached import crisis_phrases, tips_for
from helpapp.guidance.crisis import reads_like_crisis
from helpapp.guidance.views import crisis_context
from helpapp.people.forms import PersonForm
from helpapp.people.models import Person

PER_PAGE = 20
STEP_TITLES = {
    Step.NEED: _lazy("What do you need?"),
    Step.PERSON: _lazy("Who would you like to ask?"),
    Step.MESSAGE: _lazy("Your message"),
}


def _get_ask(request: HttpRequest, pk: int) -> Ask:
    """The user's own request; anyone else's is a 404."""
    return get_object_or_404(
        Ask.objects.select_related("person", "owner"), pk=pk, owner=request.user
    )


def _render_step(request: HttpRequest, context: dict) -> HttpResponse:
    """The whole page, or with htmx just the step's partial, which also tells
    htmx which address to show (the step's own, so reload shows this step)."""
    is_swap = bool(request.htmx) and not request.htmx.history_restore_request
    context["swap"] = is_swap
    template = "asks/step.html#step" if is_swap else "asks/step.html"
    response = render(request, template, context)
    if is_swap and request.method == "GET":
        response["HX-Push-Url"] = request.get_full_path()
    patch_vary_headers(response, ["HX-Request"])
    return response


def _leave_wizard(request: HttpRequest, to: str) -> HttpResponse:
    """Go to a page outside the wizard: with htmx, as a full page load."""
    if request.htmx:
        return HttpResponseClientRedirect(to)
    return redirect(to)


def _closed_or_unreachable(request: HttpRequest, ask: Ask, step: Step):
    """A redirect when this step cannot be shown: the request was sent, or an
    earlier step is not done yet (a step address typed by hand)."""
    if not ask.is_draft:
        messages.info(request, _("This request has been sent, so it can't be changed."))
        return _leave_wizard(request, ask.get_absolute_url())
    if not ask.step_reachable(step):
        messages.info(request, _("Let's finish this step first."))
        return redirect(ask.step_url(ask.next_step))
    return None


def _typed(data, prefix: str) -> dict:
    """What was typed into a prefixed form that is not being checked."""
    if data is None:
        return {}
    start = f"{prefix}-"
    return {k.removeprefix(start): v for k, v in data.items() if k.startswith(start)}


def _step_context(ask: Ask | None, step: Step, **extra) -> dict:
    steps = list(Step)
    number = steps.index(step) + 1
    back_url = ask.step_url(steps[number - 2]) if ask and number > 1 else None
    return {
        "ask": ask,
        "action": ask.step_url(step) if ask else reverse("asks:new"),
        "swap": False,
        "step": step,
        "step_template": f"asks/steps/{step.value}.html",
        "tips": tips_for(step.value),
        "title": STEP_TITLES[step],
        "step_number": number,
        "step_count": len(steps),
        "back_url": back_url,
        **extra,
    }


@require_http_methods(["GET", "POST"])
def step_need(request: HttpRequest, pk: int | None = None) -> HttpResponse:
    """Step 1. Without a pk it starts a new request, saved as a draft."""
    ask = _get_ask(request, pk) if pk is not None else None
    if ask and (response := _closed_or_unreachable(request, ask, Step.NEED)):
        return response
    form = NeedForm(request.POST or None, instance=ask)
    if request.method == "POST" and form.is_valid():
        ask = form.save(commit=False)
        ask.owner = request.user
        ask.save()
        if reads_like_crisis(f"{ask.need}\n{ask.why}", crisis_phrases()):
            return _leave_wizard(request, reverse("asks:support", args=[ask.pk]))
        return redirect(ask.step_url(Step.PERSON))
    return _render_step(request, _step_context(ask, Step.NEED, form=form))


@require_http_methods(["GET", "POST"])
def step_person(request: HttpRequest, pk: int) -> HttpResponse:
    ask = _get_ask(request, pk)
    if response := _closed_or_unreachable(request, ask, Step.PERSON):
        return response
    people = Person.objects.for_user(request.user)
    initial = {"who": str(ask.person_id)} if ask.person_id else {}
    data = request.POST or None
    choose = ChoosePersonForm(data, people=people, initial=initial)
    # The new person's fields are checked only when "Someone new" is chosen;
    # otherwise whatever was typed there is kept, unchecked.
    adding = data is not None and data.get("who") == ChoosePersonForm.NEW
    new_person = PersonForm(
        data if adding else None, prefix="new", initial=_typed(data, "new")
    )
    if choose.is_valid() and (not adding or new_person.is_valid()):
        if adding:
            new_person.instance.owner = request.user
            ask.person = new_person.save()
        else:
            ask.person = choose.cleaned_data["who"]
        ask.channel = ask.person.preferred_channel
        ask.save(update_fields=["person", "channel", "updated_at"])
        return redirect(ask.step_url(Step.MESSAGE))
    return _render_step(
        request,
        _step_context(
            ask,
            Step.PERSON,
            form=choose,
            new_person=new_person,
            has_people=bool(choose.people),
        ),
    )


@require_http_methods(["GET", "POST"])
def step_message(request: HttpRequest, pk: int) -> HttpResponse:
    ask = _get_ask(request, pk)
    if response := _closed_or_unreachable(request, ask, Step.MESSAGE):
        return response
    subject, message = current_draft(ask)
    form = MessageForm(
        request.POST or None,
        instance=ask,
        initial={"subject": subject, "message": message},
    )
    if request.method == "POST" and form.is_valid():
        _save_message(ask, form)
        messages.success(request, _("Draft saved."))
        return redirect(ask.step_url(Step.MESSAGE))
    return _message_page(request, ask, form)


@require_POST
def ask_sent(request: HttpRequest, pk: int) -> HttpResponse:
    """ "I've sent it": keeps the message as shown, then marks it sent."""
    ask = _get_ask(request, pk)
    if response := _closed_or_unreachable(request, ask, Step.MESSAGE):
        return response
    form = MessageForm(request.POST, instance=ask)
    if not form.is_valid():
        return _message_page(request, ask, form)
    with transaction.atomic():
        _save_message(ask, form)
        ask.mark_sent()
        ask.save(update_fields=["status", "sent_at", "updated_at"])
    messages.success(request, _("Marked as sent. Well done: asking is the hard part."))
    return _leave_wizard(request, ask.get_absolute_url())


def _message_page(request: HttpRequest, ask: Ask, form: MessageForm) -> HttpResponse:
    subject = form["subject"].value() or ""
    message = form["message"].value() or ""
    return _render_step(
        request,
        _step_context(
            ask,
            Step.MESSAGE,
            form=form,
            heading=_("Your message to %(name)s") % {"name": ask.person.name},
            mailto=mailto_link(subject, message),
            sms=sms_link(message),
        ),
    )


def _save_message(ask: Ask, form: MessageForm) -> None:
    composed = compose_for(ask)
    ask.subject = form.cleaned_data["subject"]
    ask.message = form.cleaned_data["message"]
    ask.message_edited = (ask.subject, ask.message) != (
        composed.subject,
        composed.body,
    )
    ask.save(update_fields=["subject", "message", "message_edited", "updated_at"])


@require_GET
def support(request: HttpRequest, pk: int) -> HttpResponse:
    """Shown after step 1 when the need reads like a crisis: the crisis lines
    first, then the way on with the request."""
    ask = _get_ask(request, pk)
    context = crisis_context(request)
    return render(request, "asks/support.html", {"ask": ask, **context})


@require_GET
def ask_list(request: HttpRequest) -> HttpResponse:
    asks = Ask.objects.for_user(request.user).select_related("person").newest_first()
    page = Paginator(asks, PER_PAGE).get_page(request.GET.get("page"))
    return render(request, "asks/ask_list.html", {"page": page})


@require_GET
def ask_detail(request: HttpRequest, pk: int) -> HttpResponse:
    ask = _get_ask(request, pk)
    tips = [] if ask.is_draft else tips_for("after_sent")
    return render(request, "asks/ask_detail.html", {"ask": ask, "tips": tips})
