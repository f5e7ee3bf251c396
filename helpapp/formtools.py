"""Small helpers shared by every app's forms."""

from django import forms
from django.forms.utils import flatatt
from django.utils.html import conditional_escape as escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

LENGTH_MESSAGE = _(
    "Keep it to %(limit_value)d characters or fewer (it has %(show_value)d)."
)


class ExplainsLimits:
    """A form mixin for fields with a length limit: the browser accepts any
    length, so nothing pasted is silently cut, and the form says the limit
    next to the field, keeping what was typed. A field's own message for
    "max_length" (from Meta.error_messages) wins."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            if getattr(field, "max_length", None):
                field.widget.attrs.pop("maxlength", None)
                field.error_messages.setdefault("max_length", LENGTH_MESSAGE)


class LongSelect(forms.Select):
    """A <select> for long lists (every country): the options are built in
    one pass instead of one template per option, which for 250 countries
    cost more than the rest of the page."""

    def render(self, name, value, attrs=None, renderer=None):
        chosen = {str(v) for v in self.format_value(value)}
        final = self.build_attrs(self.attrs, attrs)
        final["name"] = name
        # Every part is escaped (flatatt and _options).
        html = f"<select{flatatt(final)}>{_options(self.choices, chosen)}</select>"
        return mark_safe(html)  # noqa: S308 # nosec B308 B703


def _options(choices, chosen: set[str]) -> str:
    return "".join(
        f'<option value="{escape(str(key))}"'
        f"{' selected' if str(key) in chosen else ''}>{escape(str(label))}</option>"
        for key, label in choices
    )


# --- Lean Bootstrap 5 fields ------------------------------------------------
# One field as crispy-forms' bootstrap5 pack marks it up (label, input, help
# text and errors, tied together by aria-describedby), built in one pass.
# crispy's filter and Django's widget templates cost 0.3 to 1 ms a field (a
# template per radio option), and a wizard step shows up to ten fields.
# Widgets not listed here are rendered by Django inside the same markup.

_INPUTS = (
    forms.TextInput,
    forms.EmailInput,
    forms.NumberInput,
    forms.DateInput,
    forms.URLInput,
    forms.PasswordInput,
    forms.CheckboxInput,
)


def _attrs(bf: forms.BoundField, css: str, **more) -> dict:
    """The widget's attributes as Django builds them, plus Bootstrap's class;
    True adds a bare attribute and False or None leaves it out (flatatt)."""
    widget = bf.field.widget
    extra = {"class": " ".join(filter(None, [widget.attrs.get("class"), css]))}
    if bf.auto_id:
        extra["id"] = widget.attrs.get("id", bf.auto_id)
    return {**widget.build_attrs(widget.attrs, bf.build_widget_attrs(extra)), **more}


def _chosen(bf: forms.BoundField) -> set[str]:
    return {str(value) for value in bf.field.widget.format_value(bf.value())}


def _input(bf: forms.BoundField, invalid: str) -> str:
    widget = bf.field.widget
    if isinstance(widget, forms.CheckboxInput):
        checked = widget.check_test(bf.value())
        attrs = _attrs(bf, "form-check-input" + invalid, checked=checked)
    else:
        value = None if widget.input_type == "password" else bf.value()
        attrs = _attrs(bf, "form-control" + invalid, value=widget.format_value(value))
    return f'<input type="{widget.input_type}" name="{bf.html_name}"{flatatt(attrs)}>'


def _textarea(bf: forms.BoundField, invalid: str) -> str:
    attrs = _attrs(bf, "textarea form-control" + invalid)
    value = escape(bf.field.widget.format_value(bf.value()) or "")
    return f'<textarea name="{bf.html_name}"{flatatt(attrs)}>\n{value}</textarea>'


def _select(bf: forms.BoundField, invalid: str) -> str:
    options = _options(bf.field.widget.choices, _chosen(bf))
    attrs = _attrs(bf, "form-select" + invalid)
    return f'<select name="{bf.html_name}"{flatatt(attrs)}>{options}</select>'


def _radios(bf: forms.BoundField, invalid: str) -> str:
    chosen = _chosen(bf)
    attrs = _attrs(bf, "form-check-input" + invalid)
    own_id = attrs.pop("id", "")
    attrs.pop("aria-describedby", None)  # the fieldset's
    shared = f'<input type="radio" name="{bf.html_name}"{flatatt(attrs)}'
    options = []
    for index, (key, label) in enumerate(bf.field.widget.choices):
        value = escape(str(key))
        checked = " checked" if str(key) in chosen else ""
        option_id = f' id="{own_id}_{index}"' if own_id else ""
        label_for = f' for="{own_id}_{index}"' if own_id else ""
        options.append(
            f'<div class="form-check">{shared} value="{value}"{option_id}{checked}>'
            f'<label{label_for} class="form-check-label">'
            f"{escape(str(label))}</label></div>"
        )
    return "".join(options)


def _widget(bf: forms.BoundField, invalid: str) -> str:
    widget = bf.field.widget
    flat = not any(
        isinstance(label, list | tuple) for _, label in getattr(widget, "choices", ())
    )
    if type(widget) is forms.RadioSelect and flat:
        return _radios(bf, invalid)
    if type(widget) in (forms.Select, LongSelect) and flat:
        return _select(bf, invalid)
    if type(widget) is forms.Textarea:
        return _textarea(bf, invalid)
    if type(widget) in _INPUTS:
        return _input(bf, invalid)
    css = "form-select" if isinstance(widget, forms.Select) else "form-control"
    classes = " ".join(filter(None, [widget.attrs.get("class"), css + invalid]))
    return str(bf.as_widget(attrs={"class": classes}))


def lean_field(bf: forms.BoundField) -> str:
    """A field with its label, help text and errors, in Bootstrap 5 markup
    (the ids and classes crispy-forms gives it); escaped throughout."""
    if bf.is_hidden:
        return mark_safe(str(bf))  # noqa: S308 # nosec B308 B703 - Django's own
    field_id = bf.auto_id
    invalid = " is-invalid" if bf.errors else ""
    required = bf.field.required
    label = escape(str(bf.label or ""))
    star = '<span class="asteriskField">*</span>' if required else ""
    needed = " requiredField" if required else ""
    errors = ""
    if bf.errors:
        errors = (
            f'<div id="{field_id}_error" class="invalid-feedback d-block">'
            + "".join(
                f'<p id="error_{n}_{field_id}"><strong>{escape(str(e))}</strong></p>'
                for n, e in enumerate(bf.errors, 1)
            )
            + "</div>"
        )
    help_text = ""
    if bf.help_text:
        # help_text is the form's own (not user input): it may hold markup.
        help_text = (
            f'<div id="{field_id}_helptext" class="form-text">{bf.help_text}</div>'
        )
    widget = _widget(bf, invalid)
    if isinstance(bf.field.widget, forms.CheckboxInput):
        html = (
            f'<div class="mb-3"><div id="div_{field_id}" class="form-check">{widget}'
            f'<label for="{bf.id_for_label}" class="form-check-label{needed}">'
            f"{label}{star}</label>{errors}{help_text}</div></div>"
        )
    elif bf.use_fieldset:
        described = bf.aria_describedby
        described = f' aria-describedby="{described}"' if described else ""
        html = (
            f'<div id="div_{field_id}" class="mb-3"><fieldset{described}>'
            f'<legend class="form-label{needed} fs-6">{label}{star}</legend>'
            f"{widget}{errors}{help_text}</fieldset></div>"
        )
    else:
        label_html = (
            f'<label for="{bf.id_for_label}" class="form-label{needed}">'
            f"{label}{star}</label>"
            if label
            else ""
        )
        html = (
            f'<div id="div_{field_id}" class="mb-3">{label_html}{widget}'
            f"{errors}{help_text}</div>"
        )
    # Every value in the markup is escaped above.
    return mark_safe(html)  # noqa: S308 # nosec B308 B703
