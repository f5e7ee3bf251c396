"""Error pages: a calm 503 while the database is out of reach, a plain 500
otherwise; neither touches the database."""

import pytest
from django.db import OperationalError, connection
from django.test import Client, RequestFactory
from django.utils import timezone

from helpapp.views import server_error
from helpapp.vocabulary import Status
from tests.conftest import make_ask


def test_a_database_outage_is_a_friendly_503():
    request = RequestFactory().get("/asks/")
    try:
        raise OperationalError("connection refused")
    except OperationalError:
        response = server_error(request)
    assert response.status_code == 503
    assert response["Retry-After"] == "10"
    assert b"LeanOn will be back in a moment" in response.content
    assert b"Traceback" not in response.content


def test_data_the_database_refuses_is_a_500_not_the_outage_page():
    """A NUL byte, say, refused by PostgreSQL: a bug to fix, not "we can't
    reach our database"."""
    from django.db import DataError

    request = RequestFactory().get("/")
    try:
        raise DataError("A string literal cannot contain NUL (0x00) characters.")
    except DataError:
        response = server_error(request)
    assert response.status_code == 500
    assert b"LeanOn will be back in a moment" not in response.content


def test_any_other_error_is_a_plain_500():
    request = RequestFactory().get("/")
    try:
        raise ValueError("bug")
    except ValueError:
        response = server_error(request)
    assert response.status_code == 500
    assert b"Something went wrong on our side" in response.content


@pytest.mark.django_db
def test_the_about_page_is_public(client):
    response = client.get("/about/")
    assert response.status_code == 200
    assert "never sends anything for you" in response.text


@pytest.mark.django_db
def test_a_session_that_cannot_be_saved_in_an_outage_is_the_503_too(alice):
    """The database goes away between reading the session and saving it
    (here: a page that shows, and so clears, a waiting message)."""
    client = Client(raise_request_exception=False)
    client.force_login(alice)
    ask = make_ask(alice, status=Status.SENT, sent_at=timezone.now())
    # A step of a sent request sends the user on with a message.
    assert client.get(f"/asks/{ask.pk}/need/").status_code == 302

    def refuse_session_writes(execute, sql, params, many, context):
        if sql.startswith("UPDATE") and "accounts_usersession" in sql:
            raise OperationalError("server closed the connection unexpectedly")
        return execute(sql, params, many, context)

    with connection.execute_wrapper(refuse_session_writes):
        response = client.get(f"/asks/{ask.pk}/")
    assert response.status_code == 503
    assert b"LeanOn will be back in a moment" in response.content
