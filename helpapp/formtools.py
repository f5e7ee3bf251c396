"""Small helpers shared by every app's forms."""

from django import forms


def drop_maxlength(field: forms.Field) -> None:
    """Let the browser accept any length so nothing pasted is silently cut;
    the form then explains the limit next to the field."""
    field.widget.attrs.pop("maxlength", None)
