from django.contrib.auth.decorators import login_not_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET


@require_GET
@login_not_required
def crisis(request: HttpRequest) -> HttpResponse:
    """ "Need help now?": crisis lines, reachable from every page."""
    return render(request, "guidance/crisis.html")
