"""Small helpers shared by every app's models."""

from functools import lru_cache

from django.db import models
from django.utils.translation import get_language


@lru_cache(maxsize=256)
def _labels(field: models.Field, language: str | None) -> dict:
    return {value: str(label) for value, label in field.flatchoices}


class QuickLabels:
    """get_FOO_display() from a table built once per field and language.
    Django's own rebuilds the table, translating every label, on each call,
    which for a list of 20 requests cost more than rendering the list."""

    def _get_FIELD_display(self, field: models.Field) -> str:
        value = getattr(self, field.attname)
        return _labels(field, get_language()).get(value, value)
