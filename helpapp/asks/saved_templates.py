"""Templates for asks that recur: the user's own (saved from a draft, with
the request's values turned into placeholders) and the admin's starters."""

from uuid import UUID

from django import forms
from django.contrib import messages
from django.db.models import F
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from helpapp.asks.drafts import to_template
from helpapp.asks.forms import SavedTemplateForm
from helpapp.asks.models import SavedTemplate
from helpapp.guidance.cached import Starter, starter_templates
from helpapp.once import save_once

TITLE_WORDS = 6


def get_template(request: HttpRequest, pk: int) -> SavedTemplate:
    """The user's own template; anyone else's is a 404."""
    return get_object_or_404(SavedTemplate, pk=pk, owner=request.user)


class _StartFrom(forms.Form):
    """?template= (one of the user's own) or ?starter= (a starter template):
    ids as the database can hold them; anything else is a 404."""

    template = forms.IntegerField(required=False, min_value=1, max_value=2**31 - 1)
    starter = forms.IntegerField(required=False, min_value=1, max_value=2**31 - 1)


def starting_template(request: HttpRequest) -> SavedTemplate | Starter | None:
    """The template a new request starts from (?template= or ?starter=, kept
    in the form as a hidden field), or None."""
    data = request.POST if request.method == "POST" else request.GET
    start = _StartFrom(data)
    if not start.is_valid():
        raise Http404
    if own := start.cleaned_data["template"]:
        return get_template(request, own)
    if starter := start.cleaned_data["starter"]:
        found = [t for t in starter_templates() if t.pk == starter]
        if not found:
            raise Http404
        return found[0]
    return None


def template_initial(template) -> dict:
    return {"need": template.need, "category": template.category, "size": template.size}


def template_choices(user) -> dict:
    return {
        "own": list(SavedTemplate.objects.for_user(user)[:10]),
        "starters": starter_templates(),
    }


def record_use(template) -> None:
    if isinstance(template, SavedTemplate):
        SavedTemplate.objects.filter(pk=template.pk).update(
            usage_count=F("usage_count") + 1, last_used_at=timezone.now()
        )


def save_template_from(ask, key: UUID | None) -> SavedTemplate:
    """A template of the request's saved message, with its own values
    turned into placeholders. Saving the same message again keeps one
    template; so does the same page sent twice at once (its key)."""
    body = to_template(ask, ask.message)
    mine = SavedTemplate.objects.for_user(ask.owner)
    if same := mine.filter(need=ask.need, body=body).first():
        return same
    words = ask.need.split()
    title = " ".join(words[:TITLE_WORDS]) + ("…" if len(words) > TITLE_WORDS else "")
    template, _created = save_once(
        SavedTemplate(
            owner=ask.owner,
            title=title[:120],
            category=ask.category,
            size=ask.size,
            need=ask.need,
            body=body,
        ),
        key,
    )
    return template


@require_GET
def template_list(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "asks/template_list.html",
        {
            "templates": SavedTemplate.objects.for_user(request.user),
            "starters": starter_templates(),
        },
    )


@require_http_methods(["GET", "POST"])
def template_edit(request: HttpRequest, pk: int) -> HttpResponse:
    template = get_template(request, pk)
    form = SavedTemplateForm(request.POST or None, instance=template)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Template saved."))
        return redirect("asks:templates")
    return render(
        request, "asks/template_form.html", {"form": form, "template": template}
    )


@require_http_methods(["GET", "POST"])
def template_delete(request: HttpRequest, pk: int) -> HttpResponse:
    template = get_template(request, pk)
    if request.method == "POST":
        template.delete()
        messages.success(
            request, _("Deleted the template “%(title)s”.") % {"title": template.title}
        )
        return redirect("asks:templates")
    return render(request, "asks/template_delete.html", {"template": template})
