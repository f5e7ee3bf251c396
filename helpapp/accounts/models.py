from django.contrib.auth.models import AbstractUser


class User(AbstractUser):
    """A LeanOn user. Kept as our own model so profile fields can be added."""

    class Meta(AbstractUser.Meta):
        swappable = "AUTH_USER_MODEL"
