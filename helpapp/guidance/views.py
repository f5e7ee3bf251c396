from django.contrib import messages
from django.contrib.auth.decorators import login_not_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST
from django_countries import countries

from helpapp.guidance import cached
from helpapp.guidance.countries import country_for
from helpapp.guidance.emergency import emergency_number
from helpapp.guidance.forms import CountryForm
from helpapp.guidance.screening import reads_like_crisis
from helpapp.people.models import Person


def crisis_context(request: HttpRequest) -> dict:
    """The crisis lines to show: for the country picked on the page, else the
    user's own, else a guess from the browser's languages."""
    form = CountryForm(request.GET or None)
    country = form.cleaned_data["country"] if form.is_valid() else ""
    country = country or country_for(request)
    if not request.GET:
        form = CountryForm(initial={"country": country})
    local, anywhere = cached.crisis_resources(country)
    has_emergency_line = any(line.order == 0 and line.phone_dial for line in local)
    user = request.user
    return {
        "country_form": form,
        "country": country,
        "country_name": countries.name(country) if country else "",
        "local": local,
        "anywhere": anywhere,
        # Every country's emergency number, unless a curated line gives it.
        "emergency": "" if has_emergency_line else emergency_number(country),
        "safe_people": list(Person.objects.safe_to_reach(user))
        if user.is_authenticated
        else [],
    }


def crisis_notice(
    request: HttpRequest, *texts: str, message: bool = False
) -> dict | None:
    """The crisis lines to show beside what the person wrote, if it reads
    like a crisis; None if it does not. message: a message to someone."""
    return (
        crisis_context(request) if reads_like_crisis(*texts, message=message) else None
    )


@require_GET
@login_not_required
def crisis(request: HttpRequest) -> HttpResponse:
    """ "Need help now?": crisis lines, one click from every page."""
    return render(request, "guidance/crisis.html", crisis_context(request))


@require_POST
def save_country(request: HttpRequest) -> HttpResponse:
    """ "Make it my country", from the crisis page (signed in)."""
    form = CountryForm(request.POST)
    if form.is_valid() and form.cleaned_data["country"]:
        request.user.country = form.cleaned_data["country"]
        request.user.save(update_fields=["country"])
        messages.success(
            request,
            _("Saved. LeanOn shows the crisis lines for %(country)s first.")
            % {"country": countries.name(form.cleaned_data["country"])},
        )
    else:
        messages.error(request, _("Choose a country first."))
    return redirect("crisis")
