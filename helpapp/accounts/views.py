from django.contrib import messages
from django.contrib.auth import login, logout
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_not_required
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.http import content_disposition_header
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods

from helpapp.accounts import export
from helpapp.accounts.forms import (
    DeleteAccountForm,
    ProfileForm,
    SignUpForm,
    ThrottledPasswordChangeForm,
)
from helpapp.guidance.countries import guess_country
from helpapp.people.models import UNDO_MINUTES


@require_http_methods(["GET", "POST"])
@login_not_required
def signup(request: HttpRequest) -> HttpResponse:
    if request.user.is_authenticated:
        return redirect("home")
    # The country is pre-selected from the browser's languages ("en-GB").
    form = SignUpForm(request.POST or None, initial={"country": guess_country(request)})
    if request.method == "POST" and form.is_valid():
        user = form.save()
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        return redirect("home")
    return render(request, "registration/signup.html", {"form": form})


@require_http_methods(["GET", "POST"])
def account(request: HttpRequest) -> HttpResponse:
    form = ProfileForm(request.POST or None, instance=request.user)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Saved."))
        return redirect("account")
    return render(request, "accounts/account.html", {"form": form})


@require_GET
def export_page(request: HttpRequest) -> HttpResponse:
    return render(request, "accounts/export.html", {"undo_minutes": UNDO_MINUTES})


def _download(
    request: HttpRequest, body: str, content_type: str, ext: str
) -> HttpResponse:
    """A file to save, named for the user and the day; never cached, since
    it holds everything they wrote."""
    day = timezone.localdate().isoformat()
    filename = f"leanon-{request.user.get_username()}-{day}.{ext}"
    response = HttpResponse(body, content_type=content_type)
    response["Content-Disposition"] = content_disposition_header(True, filename)
    return response


@require_GET
@never_cache
def export_json(request: HttpRequest) -> HttpResponse:
    body = export.user_data_json(request.user)
    return _download(request, body, "application/json; charset=utf-8", "json")


@require_GET
@never_cache
def export_csv(request: HttpRequest) -> HttpResponse:
    body = export.requests_csv(request.user)
    return _download(request, body, "text/csv; charset=utf-8", "csv")


@require_http_methods(["GET", "POST"])
@never_cache
def delete_account(request: HttpRequest) -> HttpResponse:
    user = request.user
    form = DeleteAccountForm(request, request.POST or None)
    if request.method == "POST" and form.is_valid():
        # Every row the user owns cascades from the user row (see
        # helpapp.accounts.export); so do their admin log entries. Logging
        # out first ends this session; in one transaction, so a failure
        # leaves both the account and the session as they were.
        with transaction.atomic():
            logout(request)
            user.delete()
        messages.success(
            request, _("Your account and everything in it has been deleted.")
        )
        return redirect("home")
    context = {"form": form, "counts": export.counts(user)}
    return render(request, "accounts/delete.html", context)


class PasswordChangeView(auth_views.PasswordChangeView):
    """The old password is checked under the session's own limit."""

    form_class = ThrottledPasswordChangeForm

    def get_form_kwargs(self) -> dict:
        return {**super().get_form_kwargs(), "request": self.request}
