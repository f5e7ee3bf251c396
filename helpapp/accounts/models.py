from django.contrib.auth.models import AbstractUser
from django.contrib.sessions.base_session import AbstractBaseSession
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField


class User(AbstractUser):
    """A LeanOn user."""

    country = CountryField(
        _("country"),
        blank=True,
        help_text=_("Used to show the right crisis lines under “Need help now?”."),
    )

    class Meta(AbstractUser.Meta):
        swappable = "AUTH_USER_MODEL"


class UserSession(AbstractBaseSession):
    """A signed-in session, as Django keeps it, with the user it belongs to,
    so that deleting an account ends every session of it (the rows go with
    the user) and a user's sessions can be found without reading them all."""

    user = models.ForeignKey(
        User, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )

    @classmethod
    def get_session_store_class(cls):
        from helpapp.sessions import SessionStore

        return SessionStore
