"""Sessions, as Django keeps them in the database, with the user each
belongs to (SESSION_ENGINE = "helpapp.sessions"), and calm when the database
goes away."""

from django.contrib.sessions import middleware
from django.contrib.sessions.backends import db
from django.contrib.sessions.exceptions import SessionInterrupted
from django.db import DatabaseError, InterfaceError, OperationalError
from django.http import HttpRequest, HttpResponse

# What the database raises when it cannot be reached or the connection drops
# (a query it refuses, such as bad data, is a DataError: a bug, not this).
OUTAGES = (OperationalError, InterfaceError)


def _outage(error: BaseException) -> DatabaseError | None:
    """The failure to reach the database somewhere behind this one, if any."""
    seen = error.__context__
    while seen is not None and not isinstance(seen, OUTAGES):
        seen = seen.__context__
    return seen


class SessionMiddleware(middleware.SessionMiddleware):
    """A session that cannot be saved because the database is out of reach
    is an outage, answered with the calm 503 page (helpapp.views.server_error),
    not a 400 "session interrupted"."""

    def process_response(
        self, request: HttpRequest, response: HttpResponse
    ) -> HttpResponse:
        try:
            return super().process_response(request, response)
        except SessionInterrupted as interrupted:
            if (outage := _outage(interrupted)) is None:
                raise
            raise outage from interrupted


class SessionStore(db.SessionStore):
    """Django's database sessions, in accounts.UserSession."""

    @classmethod
    def get_model_class(cls):
        from helpapp.accounts.models import UserSession

        return UserSession

    def create_model_instance(self, data):
        session = super().create_model_instance(data)
        user_id = data.get("_auth_user_id")
        session.user_id = int(user_id) if str(user_id or "").isdecimal() else None
        return session
