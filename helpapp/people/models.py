from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Channel(models.TextChoices):
    TEXT = "text", _("Text message")
    EMAIL = "email", _("Email")
    CALL = "call", _("Phone call")
    IN_PERSON = "in_person", _("In person")


class Relationship(models.TextChoices):
    FRIEND = "friend", _("Friend")
    FAMILY = "family", _("Family")
    PARTNER = "partner", _("Partner")
    COLLEAGUE = "colleague", _("Colleague")
    MANAGER = "manager", _("Manager")
    NEIGHBOUR = "neighbour", _("Neighbour")
    MENTOR = "mentor", _("Mentor")
    COUNSELLOR = "counsellor", _("Counsellor or therapist")
    DOCTOR = "doctor", _("Doctor")
    OTHER = "other", _("Other")


class PersonQuerySet(models.QuerySet):
    def for_user(self, user):
        return self.filter(owner=user)


class Person(models.Model):
    """Someone the user trusts and might ask for help."""

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="people"
    )
    name = models.CharField(_("name"), max_length=100)
    relationship = models.CharField(
        _("relationship"), max_length=20, choices=Relationship.choices
    )
    good_at = models.CharField(
        _("what they are good at"),
        max_length=200,
        blank=True,
        help_text=_("For example: cooking, spreadsheets, listening, fixing bikes."),
    )
    preferred_channel = models.CharField(
        _("how they like to be reached"),
        max_length=20,
        choices=Channel.choices,
        default=Channel.TEXT,
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = PersonQuerySet.as_manager()

    class Meta:
        ordering = ["name", "pk"]
        indexes = [models.Index(fields=["owner", "name"], name="person_owner_name_idx")]
        verbose_name = _("trusted person")
        verbose_name_plural = _("trusted people")

    def __str__(self) -> str:
        return self.name
