"""Rows a form makes once: a double click, a duplicated tab or four
submits at the same moment give one row, never two.

The page that shows a form for something new carries a one-off key (a
UUID in a hidden field). The row it makes keeps the key as its
``creation_key``, and a unique constraint on (owner, creation_key) lets
only one row have it. A second submit finds that row; two at the same
moment both try, one insert fails, and that one returns the row the
other made.
"""

from uuid import UUID

from django.db import IntegrityError, models, transaction


def save_once(row: models.Model, key: UUID | None) -> tuple[models.Model, bool]:
    """(the row saved with this key, True), or (the row this key already
    made for the same owner, False). Without a key the row is saved as it
    is. row is new and has its owner set."""
    mine = type(row)._default_manager.filter(owner_id=row.owner_id)
    if key is not None and (made := mine.filter(creation_key=key).first()):
        return made, False
    row.creation_key = key
    try:
        with transaction.atomic():
            row.save()
    except IntegrityError:
        if key is None:
            raise
        return mine.get(creation_key=key), False
    return row, True
