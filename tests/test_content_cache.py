"""A curator's change to the curated content reaches every page at once,
even when a page is read between the admin's save and its commit."""

import threading

import pytest
from django.db import connection, transaction

from helpapp.guidance.cached import crisis_resources
from helpapp.guidance.models import CrisisResource
from tests.conftest import make_line


def read_in_another_connection() -> list[str]:
    """What a page served by another request, mid-save, puts in the cache."""
    names: list[str] = []

    def read() -> None:
        try:
            names.extend(r.name for r in crisis_resources("GB")[0])
        finally:
            connection.close()

    reader = threading.Thread(target=read)
    reader.start()
    reader.join()
    return names


@pytest.mark.django_db(transaction=True)
def test_a_page_read_during_the_save_does_not_keep_the_old_line():
    if connection.vendor == "sqlite":
        pytest.skip(
            "SQLite's shared in-memory test database lets no other connection "
            "read a table while a transaction writes to it"
        )
    CrisisResource.objects.all().delete()
    line = make_line("GB", "Old name")
    assert [r.name for r in crisis_resources("GB")[0]] == ["Old name"]

    with transaction.atomic():  # as the admin saves a change
        line.name = "New name"
        line.save()
        # Another request reads before the commit: it sees, and caches, the
        # row as it was.
        assert read_in_another_connection() == ["Old name"]

    assert [r.name for r in crisis_resources("GB")[0]] == ["New name"]


@pytest.mark.django_db(transaction=True)
def test_a_deleted_line_disappears_after_its_commit():
    CrisisResource.objects.all().delete()
    line = make_line("GB", "Going")
    assert crisis_resources("GB")[0]
    with transaction.atomic():
        line.delete()
    assert crisis_resources("GB")[0] == []
