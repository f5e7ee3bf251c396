"""Small helpers shared by every app's forms."""

from html import escape

from django import forms
from django.forms.utils import flatatt
from django.utils.safestring import mark_safe


def drop_maxlength(field: forms.Field) -> None:
    """Let the browser accept any length so nothing pasted is silently cut;
    the form then explains the limit next to the field."""
    field.widget.attrs.pop("maxlength", None)


class LongSelect(forms.Select):
    """A <select> for long lists (every country): the options are built in
    one pass instead of one template per option, which for 250 countries
    cost more than the rest of the page."""

    def render(self, name, value, attrs=None, renderer=None):
        chosen = {str(v) for v in self.format_value(value)}
        final = self.build_attrs(self.attrs, attrs)
        final["name"] = name
        options = "".join(
            f'<option value="{escape(str(key))}"'
            f"{' selected' if str(key) in chosen else ''}>{escape(str(label))}</option>"
            for key, label in self.choices
        )
        # Every part is escaped above.
        return mark_safe(f"<select{flatatt(final)}>{options}</select>")  # noqa: S308 # nosec B308 B703
