"""Template helpers shared by every app's pages."""

from django import template
from django.forms import BaseForm, Form
from django.forms.forms import NON_FIELD_ERRORS

from helpapp.formtools import lean_field

register = template.Library()


def _field_anchor(form: Form, name: str) -> str:
    """The id to jump to for a field: its input, or a group's first option."""
    field = form[name]
    if field.field.widget.use_fieldset and field.subwidgets:
        return field.subwidgets[0].id_for_label
    return field.id_for_label


@register.inclusion_tag("includes/error_summary.html")
def error_summary(*forms: Form | str) -> dict:
    """A list of every error on the page, each a link to its field. Names
    that are not forms on this page (rendered as "") are passed over."""
    errors = []
    for form in forms:
        if not isinstance(form, BaseForm) or not form.is_bound:
            continue
        for name, messages in form.errors.items():
            anchor = "" if name == NON_FIELD_ERRORS else _field_anchor(form, name)
            errors.extend({"anchor": anchor, "message": m} for m in messages)
    return {"errors": errors}


@register.filter
def field(bound_field) -> str:
    """``{{ form.need|field }}``: the field in Bootstrap 5 markup, built in
    one pass (see helpapp.formtools.lean_field)."""
    return lean_field(bound_field)
