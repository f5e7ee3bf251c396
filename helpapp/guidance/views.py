from django.contrib.auth.decorators import login_not_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET
from django_countries import countries

from helpapp import pagecache
from helpapp.guidance import cached
from helpapp.guidance.countries import country_for
from helpapp.guidance.forms import CountryForm


def crisis_context(request: HttpRequest) -> dict:
    """The crisis lines to show: for the country picked on the page, else the
    user's own, else a guess from the browser's languages."""
    form = CountryForm(request.GET or None)
    country = form.cleaned_data["country"] if form.is_valid() else ""
    country = country or country_for(request)
    if not request.GET:
        form = CountryForm(initial={"country": country})
    local, anywhere = cached.crisis_resources(country)
    return {
        "country_form": form,
        "country": country,
        "country_name": countries.name(country) if country else "",
        "local": local,
        "anywhere": anywhere,
    }


@require_GET
@login_not_required
@pagecache.per_user
def crisis(request: HttpRequest) -> HttpResponse:
    """ "Need help now?": crisis lines, one click from every page."""
    return render(request, "guidance/crisis.html", crisis_context(request))
