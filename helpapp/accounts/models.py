from django.contrib.auth.models import AbstractUser
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
