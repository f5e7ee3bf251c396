"""Error pages: a calm 503 while the database is out of reach, a plain 500
otherwise; neither touches the database."""

import pytest
from django.db import OperationalError
from django.test import RequestFactory

from helpapp.views import server_error


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
