from django.contrib import messages
from django.db.models.functions import Lower
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from helpapp.people.forms import HelpGivenForm, PersonDetailsForm
from helpapp.people.models import UNDO_MINUTES, HelpGiven, Person
from helpapp.people.offer import Ledger, draft_offer

SHOWN = 10  # requests listed on a person's page


def get_person(request: HttpRequest, pk: int) -> Person:
    """The user's own person; anyone else's, or a deleted one, is a 404."""
    return get_object_or_404(Person, pk=pk, owner=request.user, deleted_at__isnull=True)


def _purge_expired(request: HttpRequest) -> None:
    """Delete for good the user's people whose undo window is over: one
    query, so nothing outlives the window by much even with no scheduled
    `manage.py purge_deleted`."""
    Person.objects.filter(owner=request.user).purge_deleted()


def _details_form(
    request: HttpRequest, person: Person | None = None
) -> PersonDetailsForm:
    return PersonDetailsForm(
        request.POST or None,
        instance=person,
        region=request.user.country.code or "",
    )


@require_GET
def person_list(request: HttpRequest) -> HttpResponse:
    """Who they are and what they are good at. How often each was asked is on
    their own page: counting it here for everyone meant reading every request
    the user ever made."""
    _purge_expired(request)
    people = Person.objects.for_user(request.user).order_by(Lower("name"), "pk")
    return render(request, "people/person_list.html", {"people": people})


@require_http_methods(["GET", "POST"])
def person_add(request: HttpRequest) -> HttpResponse:
    form = _details_form(request)
    if request.method == "POST" and form.is_valid():
        form.instance.owner = request.user
        person = form.save()
        messages.success(request, _("%(name)s is in your people.") % {"name": person})
        return redirect(person)
    return render(request, "people/person_form.html", {"form": form})


@require_http_methods(["GET", "POST"])
def person_edit(request: HttpRequest, pk: int) -> HttpResponse:
    person = get_person(request, pk)
    saved_name = person.name  # checking the form writes the typed one onto person
    form = _details_form(request, person)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Saved."))
        return redirect(person)
    return render(
        request,
        "people/person_form.html",
        {"form": form, "person": person, "saved_name": saved_name},
    )


@require_GET
def person_detail(request: HttpRequest, pk: int) -> HttpResponse:
    return _detail_page(request, get_person(request, pk), HelpGivenForm())


@require_POST
def helped(request: HttpRequest, pk: int) -> HttpResponse:
    """ "I helped them": one more line on the user's side of the ledger."""
    person = get_person(request, pk)
    form = HelpGivenForm(request.POST)
    if not form.is_valid():
        return _detail_page(request, person, form)
    form.instance.owner = request.user
    form.instance.person = person
    form.save()
    messages.success(request, _("Noted: you helped %(name)s.") % {"name": person})
    return redirect(person)


@require_http_methods(["GET", "POST"])
def remove_help(request: HttpRequest, pk: int) -> HttpResponse:
    """Take a line off the "help you gave" side of the ledger (logged by
    mistake, or twice). GET asks to confirm; POST removes it."""
    help_given = get_object_or_404(
        HelpGiven, pk=pk, owner=request.user, person__deleted_at__isnull=True
    )
    person = help_given.person
    if request.method == "GET":
        return render(request, "people/help_confirm_remove.html", {"help": help_given})
    help_given.delete()
    messages.success(
        request, _("Removed from the help you gave %(name)s.") % {"name": person}
    )
    return redirect(person)


def _detail_page(
    request: HttpRequest, person: Person, helped_form: HelpGivenForm
) -> HttpResponse:
    theirs = person.asks.for_user(request.user)
    counts = theirs.tally()
    # Every line of help given, so each can be seen and removed: a person's
    # list stays short, unlike their requests.
    given = list(person.help_given.all())
    ledger = Ledger(received=counts["yeses"], given=len(given))
    return render(
        request,
        "people/person_detail.html",
        {
            "person": person,
            # The latest few; "See all" opens My requests filtered to them.
            "asks": theirs.newest_first()[:SHOWN],
            "ask_count": counts["total"],
            "received": theirs.said_yes().newest_first()[:SHOWN],
            "given": given,
            "ledger": ledger,
            "offer": draft_offer(person) if ledger.lopsided else None,
            "form": helped_form,
        },
    )


@require_http_methods(["GET", "POST"])
def person_delete(request: HttpRequest, pk: int) -> HttpResponse:
    """GET asks to confirm; POST deletes, with an Undo in the message (on My
    people, which also purges anyone whose undo window is over)."""
    person = get_person(request, pk)
    context = {"person": person, "undo_minutes": UNDO_MINUTES}
    if request.method == "GET":
        return render(request, "people/person_confirm_delete.html", context)
    person.soft_delete()
    undo = render_to_string("people/person_list.html#undo", context, request)
    messages.success(request, undo)
    return redirect("people:list")


@require_POST
def person_restore(request: HttpRequest, pk: int) -> HttpResponse:
    """Undo a delete, within its window. Restoring someone who is not deleted
    changes nothing. After the window the person is deleted for good: the
    answer is a page that says so, a 404 like the one for anyone else's id,
    so it tells no one whose it was."""
    _purge_expired(request)
    person = Person.objects.filter(owner=request.user, pk=pk).first()
    if person is None or not person.restore():
        return render(
            request,
            "people/undo_too_late.html",
            {"undo_minutes": UNDO_MINUTES},
            status=404,
        )
    messages.success(request, _("%(name)s is back in your people.") % {"name": person})
    return redirect(person)
