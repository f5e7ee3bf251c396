from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django_htmx.http import HttpResponseClientRedirect

from helpapp.asks.models import Ask


def get_ask(request: HttpRequest, pk: int) -> Ask:
    """The user's own request; anyone else's is a 404, never a 403."""
    return get_object_or_404(
        Ask.objects.select_related("person", "owner"), pk=pk, owner=request.user
    )


def leave_wizard(request: HttpRequest, to: str) -> HttpResponse:
    """Go to a page outside the wizard: with htmx, as a full page load."""
    if request.htmx:
        return HttpResponseClientRedirect(to)
    return redirect(to)
