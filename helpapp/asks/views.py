import uuid

from django.contrib import messages
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.cache import patch_vary_headers
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from helpapp import links
from helpapp.asks import checklist
from helpapp.asks.drafts import (
    compose_for,
    contact_of,
    current_draft,
    suggest_first_step,
)
from helpapp.asks.forms import (
    ChoosePersonForm,
    MessageForm,
    NeedForm,
    NewPersonForm,
    RecomposeForm,
    SplitForm,
)
from helpapp.asks.models import UNCHANGED, Ask, Step
from helpapp.asks.saved_templates import (
    record_use,
    save_template_from,
    starting_template,
    template_choices,
    template_initial,
)
from helpapp.asks.shortcuts import get_ask, leave_wizard
from helpapp.asks.suggestions import suggest
from helpapp.guidance.cached import tips_for
from helpapp.guidance.screening import reads_like_crisis
from helpapp.guidance.views import crisis_context, crisis_notice
from helpapp.once import save_once
from helpapp.people.models import Person
from helpapp.vocabulary import Category, Size

# Step 2 lists the best few matches; "Show everyone" lists them all.
BEST_FEW = 5

STEP_TITLES = {
    Step.NEED: _lazy("What do you need?"),
    Step.PERSON: _lazy("Who would you like to ask?"),
    Step.MESSAGE: _lazy("Your message"),
}


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


def _closed_or_unreachable(request: HttpRequest, ask: Ask, step: Step):
    """A redirect when this step cannot be shown: the request was sent, or an
    earlier step is not done yet (a step address typed by hand)."""
    if not ask.is_draft:
        messages.info(request, _("This request has been sent, so it can't be changed."))
        return leave_wizard(request, ask.get_absolute_url())
    if not ask.step_reachable(step):
        messages.info(request, _("Let's finish this step first."))
        return redirect(ask.step_url(ask.next_step))
    return None


def _new_person(user, form: NewPersonForm) -> Person:
    """The person "Someone new" adds. One of the user's people with exactly
    these details already (a second submit, another tab) is reused."""
    fields = {name: form.cleaned_data[name] for name in form.Meta.fields}
    if same := Person.objects.for_user(user).filter(**fields).first():
        return same
    form.instance.owner = user
    person, _created = save_once(form.instance, form.cleaned_data["key"])
    return person


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
def new_ask(request: HttpRequest) -> HttpResponse:
    """Step 1 of a new request, saved as a draft when submitted, optionally
    from one of the user's templates or a starter template. Never from the
    page cache: each form carries a fresh key against double submits."""
    return _need(request, None)


@require_http_methods(["GET", "POST"])
def step_need(request: HttpRequest, pk: int) -> HttpResponse:
    """Step 1 of a request already saved."""
    return _need(request, pk)


def _need(request: HttpRequest, pk: int | None) -> HttpResponse:
    ask = get_ask(request, pk) if pk is not None else None
    if ask and (response := _closed_or_unreachable(request, ask, Step.NEED)):
        return response
    template = None if ask else starting_template(request)
    initial = template_initial(template) if template else {}
    if ask is None:
        initial["key"] = uuid.uuid4()
    form = NeedForm(request.POST or None, instance=ask, initial=initial)
    if request.method == "POST" and form.is_valid():
        if ask is None:
            ask, created = save_once(
                _new_ask(request.user, form, template), form.cleaned_data["key"]
            )
            if not created:  # the same form, submitted again
                return redirect(ask.resume_url())
            if template:
                record_use(template)
        else:
            ask = form.save()
        if reads_like_crisis(ask.need, ask.why, f"{ask.need}\n{ask.why}"):
            return leave_wizard(request, reverse("asks:support", args=[ask.pk]))
        return redirect(ask.step_url(Step.PERSON))
    return _render_step(
        request,
        _step_context(
            ask,
            Step.NEED,
            form=form,
            template=template,
            templates=None if ask or template else template_choices(request.user),
        ),
    )


def _new_ask(user, form: NeedForm, template) -> Ask:
    ask = form.save(commit=False)
    ask.owner = user
    if template:
        ask.template_body = template.body
    return ask


@require_POST
def split(request: HttpRequest, pk: int) -> HttpResponse:
    """Start small: make a smaller first ask from a big one, linked to it."""
    ask = get_ask(request, pk)
    if response := _closed_or_unreachable(request, ask, Step.PERSON):
        return response
    form = SplitForm(request.POST)
    if not form.is_valid():
        return _person_page(request, ask, split_form=form)
    part = ask.split_off(form.cleaned_data["need"], form.cleaned_data["key"])
    messages.success(
        request,
        _("Your smaller first ask is saved. The big one waits in My requests."),
    )
    return redirect(part.step_url(Step.PERSON))


@require_http_methods(["GET", "POST"])
def step_person(request: HttpRequest, pk: int) -> HttpResponse:
    ask = get_ask(request, pk)
    if response := _closed_or_unreachable(request, ask, Step.PERSON):
        return response
    return _person_page(request, ask, data=request.POST or None)


def _person_page(request, ask: Ask, data=None, split_form=None) -> HttpResponse:
    suggestions = suggest(
        request.user, ask.need, ask.category, dict(Category.choices), exclude=ask
    )
    chosen = ask.person_id in {s.person.pk for s in suggestions}
    initial = {"who": str(ask.person_id)} if chosen else {}
    # "Show everyone" is the same page with every person listed: nothing is
    # checked or saved, and what was typed and chosen stays.
    everyone = data is not None and "everyone" in data
    typed = _typed(data, "new")
    if everyone:
        initial = {"who": data.get("who", "")}
        data = None
    choose = ChoosePersonForm(
        data, people=[s.person for s in suggestions], initial=initial
    )
    # The new person's fields are checked only when "Someone new" is chosen;
    # otherwise whatever was typed there is kept, unchecked.
    adding = data is not None and data.get("who") == ChoosePersonForm.NEW
    new_person = NewPersonForm(
        data if adding else None, prefix="new", initial={"key": uuid.uuid4(), **typed}
    )
    if choose.is_valid() and (not adding or new_person.is_valid()):
        if adding:
            ask.choose_person(_new_person(request.user, new_person))
        else:
            ask.choose_person(choose.cleaned_data["who"])
        return redirect(ask.step_url(Step.MESSAGE))
    offer_split = ask.size == Size.BIG and ask.parent_id is None
    if offer_split and split_form is None:
        split_form = SplitForm(
            initial={"need": suggest_first_step(ask.need), "key": uuid.uuid4()}
        )
    picked = str(choose["who"].value() or "")
    shown = _best_few(suggestions, picked, everyone)
    return _render_step(
        request,
        _step_context(
            ask,
            Step.PERSON,
            form=choose,
            new_person=new_person,
            split_form=split_form if offer_split else None,
            has_people=bool(suggestions),
            shown=shown,
            picked=picked,
            hidden_count=len(suggestions) - len(shown),
        ),
    )


def _best_few(suggestions: list, picked: str, everyone: bool) -> list:
    """The first BEST_FEW, and the one picked if it is further down; all of
    them when asked for, or when only one more would be left out."""
    if everyone or len(suggestions) <= BEST_FEW + 1:
        return suggestions
    return [
        s
        for i, s in enumerate(suggestions)
        if i < BEST_FEW or str(s.person.pk) == picked
    ]


@require_http_methods(["GET", "POST"])
def step_message(request: HttpRequest, pk: int) -> HttpResponse:
    ask = get_ask(request, pk)
    if response := _closed_or_unreachable(request, ask, Step.MESSAGE):
        return response
    subject, message = current_draft(ask)
    form = _message_form(ask, request.POST or None, subject, message)
    if request.method == "POST" and form.is_valid():
        _save_message(ask, form)
        messages.success(request, _("Draft saved."))
        return redirect(ask.step_url(Step.MESSAGE))
    return _message_page(request, ask, form)


@require_POST
def ask_sent(request: HttpRequest, pk: int) -> HttpResponse:
    """ "I've sent it": keeps the message as shown, then marks it sent."""
    ask = get_ask(request, pk)
    if response := _closed_or_unreachable(request, ask, Step.MESSAGE):
        return response
    form = _message_form(ask, request.POST)
    if not form.is_valid():
        return _message_page(request, ask, form)
    with transaction.atomic():
        _save_message(ask, form)
        ask.send()
    messages.success(request, _("Marked as sent. Well done: asking is the hard part."))
    return leave_wizard(request, ask.get_absolute_url())


@require_POST
def recompose(request: HttpRequest, pk: int) -> HttpResponse:
    """Another channel, tone or wording. The user's words are saved first and
    are only replaced once they confirm."""
    ask = get_ask(request, pk)
    if response := _closed_or_unreachable(request, ask, Step.MESSAGE):
        return response
    form = _message_form(ask, request.POST)
    if form.is_valid():
        _save_message(ask, form)
    choice = RecomposeForm(request.POST)
    if not choice.is_valid():
        return _message_page(request, ask, form, choice)
    wanted = choice.cleaned_data
    if ask.message_edited and not wanted["confirm"]:
        return _message_page(request, ask, form, choice, confirm=True)
    keep = wanted["confirm"] == RecomposeForm.KEEP
    ask.redraft(
        wanted["channel"],
        wanted["tone"],
        keep_words=keep,
        another=wanted["action"] == RecomposeForm.ANOTHER,
    )
    messages.success(
        request, _("Kept your words.") if keep else _("Here is a new draft.")
    )
    return redirect(ask.step_url(Step.MESSAGE))


@require_POST
def live_check(request: HttpRequest, pk: int) -> HttpResponse:
    """As the user types (htmx): save the draft and return the checklist."""
    ask = get_ask(request, pk)
    if response := _closed_or_unreachable(request, ask, Step.MESSAGE):
        return response
    form = _message_form(ask, request.POST)
    form.is_valid()
    # Save the words as they are typed, even while the guess field has a
    # problem (it is checked when the user saves or sends).
    problems = form.errors.get("message") or form.errors.get("subject")
    if not problems:
        _save_message(ask, form, with_guess=False)
    if not request.htmx:
        return redirect(ask.step_url(Step.MESSAGE))
    message = form["message"].value() or ""
    context = {
        "ask": ask,
        "checklist": checklist.build(message, ask.channel),
        "crisis": crisis_notice(
            request, message, form["subject"].value() or "", message=True
        ),
        "saved": not problems,
        "not_saved": problems[0] if problems else "",
        "oob": True,
    }
    return HttpResponse(
        "".join(
            render_to_string(f"asks/steps/message.html#{part}", context, request)
            for part in ("checklist", "save_status", "crisis_notice")
        )
    )


def _message_form(ask: Ask, data, subject: str = "", message: str = "") -> MessageForm:
    return MessageForm(
        data,
        instance=ask,
        initial={"subject": subject, "message": message, "key": uuid.uuid4()},
        live_check_url=reverse("asks:check", args=[ask.pk]),
    )


def _message_page(
    request: HttpRequest,
    ask: Ask,
    form: MessageForm,
    choice: RecomposeForm | None = None,
    confirm: bool = False,
) -> HttpResponse:
    subject = form["subject"].value() or ""
    message = form["message"].value() or ""
    contact = contact_of(ask)
    choice = choice or RecomposeForm(
        initial={"channel": ask.channel, "tone": ask.tone, "action": "switch"}
    )
    return _render_step(
        request,
        _step_context(
            ask,
            Step.MESSAGE,
            form=form,
            heading=_("Your message to %(name)s") % {"name": ask.person.name},
            recompose=choice,
            confirm=confirm,
            checklist=checklist.build(message, ask.channel),
            crisis=crisis_notice(request, message, subject, message=True),
            mailto=links.mailto(contact["email"], subject, message),
            sms=links.sms(contact["phone"], message),
        ),
    )


def _save_message(ask: Ask, form: MessageForm, with_guess: bool = True) -> None:
    composed = compose_for(ask)
    data = form.cleaned_data
    ask.set_message(
        data["subject"],
        data["message"],
        (composed.subject, composed.body),
        guess=data["guess"] if with_guess else UNCHANGED,
    )


@require_POST
def save_as_template(request: HttpRequest, pk: int) -> HttpResponse:
    """ "Save as template" on step 3: the message as shown is kept as the
    draft, and becomes a template with this request's own values turned
    into placeholders. A message the form refuses (empty, too long) comes
    back with its field's message."""
    ask = get_ask(request, pk)
    if response := _closed_or_unreachable(request, ask, Step.MESSAGE):
        return response
    form = _message_form(ask, request.POST)
    form.is_valid()
    if form.has_error("message") or form.has_error("subject"):
        return _message_page(request, ask, form)
    _save_message(ask, form, with_guess=False)
    template = save_template_from(ask, form.cleaned_data.get("key"))
    messages.success(
        request, _("Saved as a template. Check its title and wording below.")
    )
    return leave_wizard(request, template.get_absolute_url())


@require_GET
def support(request: HttpRequest, pk: int) -> HttpResponse:
    """Shown after step 1 when the need reads like a crisis: the crisis lines
    first, then the way on with the request."""
    ask = get_ask(request, pk)
    context = crisis_context(request)
    return render(request, "asks/support.html", {"ask": ask, **context})
