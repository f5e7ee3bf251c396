"""Everything a user owns: found, counted, and written out as JSON and CSV.

What a user owns is discovered, not listed. It is every row of every
installed model with a ForeignKey named ``owner`` to the user model, so a new
model with an owner shows up in the export, and in the counts on the delete
page, with no change here. (Deleting the account removes those rows because
each owner key cascades; tests/test_your_data.py checks that it does.)

Each of the functions below first deletes for good the user's people whose
undo window is over (helpapp.people.models.UNDO_WINDOW), so the export never
holds anyone the user can no longer bring back.

The JSON file has this shape, and its keys do not change between exports:

    {
      "exported_at": "2026-05-01T09:30:00+00:00",
      "user": {"username", "email", "first_name", "country", "date_joined"},
      "people": [...],           # helpapp.people Person, with any deleted
                                 # less than UNDO_WINDOW ago (deleted_at set):
                                 # the user can still undo those
      "help_given": [...],       # helpapp.people HelpGiven
      "asks": [...],             # helpapp.asks Ask (requests)
      "saved_templates": [...]   # helpapp.asks SavedTemplate
    }

Each list is keyed by the owner field's ``related_name`` (the name the code
already uses, as in ``user.asks``), or the model's database table when it has
none. Each row holds every concrete field except ``owner`` (always the user):
dates and times in ISO 8601 (times in UTC), phone numbers in E.164, countries
as ISO 3166 codes, choices as their stored codes, and a foreign key as
``<field>_id`` with, when it points at something the user also owns, a
readable ``<field>_name`` (for example ``person_name`` on a request).

The "user" part is an allow-list on purpose: the password hash, and the
staff flags, never leave the server.

The CSV is for people, not programs: one row per request, newest first, with
choices shown by their labels and times in the site's time zone.
"""

import csv
import datetime
import decimal
import io
import json
import uuid
from collections.abc import Iterator

from django.apps import apps
from django.conf import settings
from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.utils import timezone
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django_countries.fields import Country
from phonenumber_field.phonenumber import PhoneNumber

from helpapp.accounts.models import User
from helpapp.asks.models import Ask
from helpapp.people.models import Person

OWNER = "owner"
USER_FIELDS = ["username", "email", "first_name", "country", "date_joined"]


def owned_models() -> list[tuple[str, type[models.Model]]]:
    """(key, model) for every model whose rows a user owns, in app order."""
    found = []
    for model in apps.get_models():
        try:
            field = model._meta.get_field(OWNER)
        except FieldDoesNotExist:
            continue
        if isinstance(field, models.ForeignKey) and _is_user_model(field.related_model):
            related_name = field.remote_field.related_name
            if not related_name or related_name.endswith("+"):
                related_name = model._meta.db_table
            found.append((related_name, model))
    return found


def _is_user_model(model) -> bool:
    return model is not None and model._meta.label == settings.AUTH_USER_MODEL


def _rows(model: type[models.Model], user: User) -> models.QuerySet:
    # The base manager, not the default: a manager that hides rows (such as
    # people deleted and still undoable) must not hide them from their
    # owner's export.
    return model._base_manager.filter(**{OWNER: user})


def _purge_expired(user: User) -> None:
    """Delete for good the user's people whose undo window is over."""
    Person.objects.filter(owner=user).purge_deleted()


def counts(user: User) -> list[tuple[str, int]]:
    """How many rows of each kind the user owns, labelled for people."""
    _purge_expired(user)
    return [
        (capfirst(model._meta.verbose_name_plural), _rows(model, user).count())
        for _key, model in owned_models()
    ]


def as_json(value):
    """One field's value as a JSON type."""
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, PhoneNumber):
        return value.as_e164
    if isinstance(value, Country):
        return value.code or ""
    if isinstance(value, datetime.datetime):
        if timezone.is_aware(value):
            value = value.astimezone(datetime.UTC)
        return value.isoformat()
    if isinstance(value, datetime.date | datetime.time):
        return value.isoformat()
    if isinstance(value, decimal.Decimal | uuid.UUID):
        return str(value)
    if isinstance(value, bytes | memoryview):
        return bytes(value).hex()
    return str(value)


def _row(obj: models.Model, owned: set[type[models.Model]]) -> dict:
    row = {}
    for field in obj._meta.concrete_fields:
        if field.name == OWNER:
            continue
        if field.is_relation:
            related_id = getattr(obj, field.attname)
            row[field.attname] = as_json(related_id)
            if field.related_model in owned:
                row[f"{field.name}_name"] = _own_name(obj, field)
            continue
        row[field.name] = as_json(field.value_from_object(obj))
    return row


def _own_name(obj: models.Model, field: models.Field) -> str | None:
    """The name of the row a foreign key points at, if that row has the same
    owner: never a word of anyone else's, even if a key went astray."""
    if getattr(obj, field.attname) is None:
        return None
    related = getattr(obj, field.name)
    if getattr(related, f"{OWNER}_id") != getattr(obj, f"{OWNER}_id"):
        return None
    return str(related)


def user_data(user: User) -> dict:
    """Everything the user owns, as plain JSON types (see the module's doc)."""
    _purge_expired(user)
    found = owned_models()
    owned = {model for _key, model in found}
    data = {
        "exported_at": as_json(timezone.now()),
        "user": {
            name: as_json(User._meta.get_field(name).value_from_object(user))
            for name in USER_FIELDS
        },
    }
    for key, model in found:
        to_follow = [
            f.name
            for f in model._meta.concrete_fields
            if f.is_relation and f.related_model in owned and f.name != OWNER
        ]
        rows = _rows(model, user).order_by("pk")
        if to_follow:
            rows = rows.select_related(*to_follow)
        data[key] = [_row(obj, owned) for obj in rows]
    return data


def user_data_json(user: User) -> str:
    return json.dumps(user_data(user), indent=2, ensure_ascii=False) + "\n"


# A spreadsheet runs a cell that starts with one of these as a formula, so a
# need typed as "=HYPERLINK(...)" could fetch a web page or worse when the
# user opens their own file. A leading ' makes the cell plain text (and the
# spreadsheet hides the '). Tab and carriage return are on OWASP's list too.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value) -> str:
    """A value for a CSV cell that a spreadsheet will not run as a formula."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def _local(moment: datetime.datetime | None) -> str:
    return (
        "" if moment is None else timezone.localtime(moment).strftime("%Y-%m-%d %H:%M")
    )


def _date(day: datetime.date | None) -> str:
    return "" if day is None else day.isoformat()


def _ask_cells(ask: Ask) -> list:
    return [
        _local(ask.created_at),
        ask.get_status_display(),
        ask.get_category_display(),
        ask.get_size_display(),
        ask.need,
        ask.why,
        _date(ask.due_date),
        _own_name(ask, Ask._meta.get_field("person")) or "",
        ask.get_channel_display(),
        ask.subject,
        ask.message,
        _local(ask.sent_at),
        ask.get_outcome_display(),
        _date(ask.outcome_on),
        ask.outcome_notes,
        "" if ask.guess is None else ask.guess,
    ]


def csv_header() -> list[str]:
    return [
        _("Created"),
        _("Status"),
        _("Category"),
        _("Size"),
        _("Need"),
        _("Why"),
        _("Due date"),
        _("Person name"),
        _("Channel"),
        _("Subject"),
        _("Message"),
        _("Sent at"),
        _("Outcome"),
        _("Outcome date"),
        _("Outcome notes"),
        _("Guess"),
    ]


def _csv_rows(user: User) -> Iterator[list[str]]:
    yield csv_header()
    asks = Ask.objects.for_user(user).select_related("person").newest_first()
    for ask in asks:
        yield [safe_cell(cell) for cell in _ask_cells(ask)]


def requests_csv(user: User) -> str:
    """The user's requests as CSV. It starts with a byte order mark so that
    Excel reads it as UTF-8 (other programs skip the mark)."""
    _purge_expired(user)
    out = io.StringIO()
    out.write("\ufeff")
    csv.writer(out).writerows(_csv_rows(user))
    return out.getvalue()
