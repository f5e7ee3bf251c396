"""Shared test setup: named users (alice, bob) and their data."""

import re
from datetime import timedelta

import pytest
from django.conf import settings
from django.core.cache import cache
from django.test import Client
from django.utils import timezone

from helpapp.accounts.models import User
from helpapp.asks.models import Ask
from helpapp.guidance.models import CrisisResource
from helpapp.people.models import Person
from helpapp.vocabulary import Category, Channel, Relationship, Size

PASSWORD = "a-long-enough-Passw0rd"


def pytest_configure(config):
    # Hashed static file names need `collectstatic` first; tests serve the
    # files by their plain names (test_static.py checks the hashed build).
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {
            "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        },
    }
    # Password hashing is deliberately slow; tests need speed, not secrecy.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    settings.WHITENOISE_USE_FINDERS = True
    settings.WHITENOISE_AUTOREFRESH = True


def pytest_collection_modifyitems(items):
    # pytest-playwright turns any test with an argument named "page" into a
    # browser test, which pytest-django then runs among the transactional
    # tests, after the database was emptied of the curated content.
    stray = [
        item.nodeid
        for item in items
        if "[chromium" in item.nodeid and "tests/browser/" not in item.nodeid
    ]
    if stray:
        raise pytest.UsageError(
            f"Only tests/browser/ may use Playwright's page: rename {stray[0]}'s "
            f"argument."
        )


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Cached content must not leak from one test to the next."""
    cache.clear()
    yield
    cache.clear()


def make_user(username: str) -> User:
    return User.objects.create_user(
        username, f"{username}@example.com", PASSWORD, first_name=username.title()
    )


def make_person(owner: User, name: str = "Sam", **fields) -> Person:
    fields = {
        "relationship": Relationship.FRIEND,
        "good_at": "driving",
        "preferred_channel": Channel.TEXT,
        **fields,
    }
    return Person.objects.create(owner=owner, name=name, **fields)


def make_ask(owner: User, need: str = "a lift to the station", **fields) -> Ask:
    fields = {
        "category": Category.PRACTICAL,
        "size": Size.SMALL,
        "due_date": timezone.localdate() + timedelta(days=3),
        **fields,
    }
    return Ask.objects.create(owner=owner, need=need, **fields)


def logged_in(user: User) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def alice(db) -> User:
    return make_user("alice")


@pytest.fixture
def bob(db) -> User:
    return make_user("bob")


@pytest.fixture
def alice_client(alice) -> Client:
    return logged_in(alice)


@pytest.fixture
def bob_client(bob) -> Client:
    return logged_in(bob)


def make_line(country: str, name: str, phone: str = "116 123", **fields):
    """A crisis line, dialled from the digits of its number."""
    return CrisisResource.objects.create(
        country=country,
        name=name,
        phone=phone,
        phone_dial=re.sub(r"[^0-9+]", "", phone),
        description=fields.pop("description", "Talk to someone."),
        source_url=fields.pop("source_url", "https://example.org/"),
        **fields,
    )
