import sys

from django.contrib.auth.decorators import login_not_required
from django.core.exceptions import RequestDataTooBig, TooManyFieldsSent
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.views.decorators.http import require_GET

from helpapp.asks.models import Ask
from helpapp.sessions import OUTAGES
from helpapp.vocabulary import MESSAGE_MAX

RECENT_DRAFTS = 5


@require_GET
@login_not_required
def home(request: HttpRequest) -> HttpResponse:
    """The landing page; signed in, a start page with drafts to resume."""
    if not request.user.is_authenticated:
        return render(request, "landing.html")
    drafts = (
        Ask.objects.for_user(request.user)
        .drafts()
        .select_related("person")
        .order_by("-updated_at")[:RECENT_DRAFTS]
    )
    return render(request, "home.html", {"drafts": drafts})


@require_GET
@login_not_required
def about(request: HttpRequest) -> HttpResponse:
    """What LeanOn is and is not; a page with no queries of its own."""
    return render(request, "about.html")


def server_error(request: HttpRequest) -> HttpResponse:
    """The 500 handler. When the database is out of reach it is a calm 503
    that says to try again shortly (the app reconnects by itself), not a
    traceback. Only a failure to reach the database is that outage: a query
    the database refuses (bad data) is a 500 like any other bug. Neither
    page touches the database."""
    if isinstance(sys.exception(), OUTAGES):
        response = HttpResponse(render_to_string("503.html"), status=503)
        response["Retry-After"] = "10"
        return response
    return HttpResponse(render_to_string("500.html"), status=500)


def bad_request(request: HttpRequest, exception: Exception) -> HttpResponse:
    """The 400 handler. A form sent with far more text than any field takes
    (DATA_UPLOAD_MAX_MEMORY_SIZE), or with more fields than any form has, is
    refused before any work; the page says so, and that going back keeps
    what was typed. Neither page touches the
    database."""
    too_big = isinstance(exception, RequestDataTooBig | TooManyFieldsSent)
    context = {"too_big": too_big, "message_max": f"{MESSAGE_MAX:,}"}
    status = 413 if too_big else 400
    return HttpResponse(render_to_string("400.html", context), status=status)
