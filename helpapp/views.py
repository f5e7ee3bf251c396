from django.contrib.auth.decorators import login_not_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from helpapp.asks.models import Ask

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
