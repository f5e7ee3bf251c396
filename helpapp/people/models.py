from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from phonenumber_field.modelfields import PhoneNumberField

from helpapp import links
from helpapp.vocabulary import Channel, Relationship


class PersonQuerySet(models.QuerySet):
    def for_user(self, user):
        """The user's people, leaving out any deleted (and still undoable)."""
        return self.filter(owner=user, deleted_at__isnull=True)

    def deleted(self):
        return self.filter(deleted_at__isnull=False)

    def safe_to_reach(self, user):
        """The user's people marked "someone I feel safe with" who can be
        called, texted or emailed: shown beside the crisis lines."""
        return (
            self.for_user(user)
            .filter(safe=True)
            .exclude(phone="", email="")
            .only("name", "phone", "email")
        )


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
        help_text=_(
            "A few words, separated by commas. For example: cooking, "
            "spreadsheets, listening, fixing bikes."
        ),
    )
    preferred_channel = models.CharField(
        _("how they like to be reached"),
        max_length=20,
        choices=Channel.choices,
        default=Channel.TEXT,
    )
    email = models.EmailField(_("email"), blank=True)
    phone = PhoneNumberField(_("phone"), blank=True)
    notes = models.TextField(_("notes"), blank=True, max_length=2000)
    safe = models.BooleanField(
        _("someone I feel safe with"),
        default=False,
        help_text=_("LeanOn suggests safe people first for hard asks."),
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    # Deleting keeps the row for a short while so the user can undo it.
    deleted_at = models.DateTimeField(null=True, blank=True, editable=False)
    # The one-off key of the form that added them ("Someone new" at step 2):
    # the same form sent twice adds one person (see helpapp/once.py).
    creation_key = models.UUIDField(null=True, blank=True, editable=False)

    objects = PersonQuerySet.as_manager()

    class Meta:
        ordering = ["name", "pk"]
        indexes = [models.Index(fields=["owner", "name"], name="person_owner_name_idx")]
        constraints = [
            models.UniqueConstraint(
                fields=["owner", "creation_key"],
                condition=models.Q(creation_key__isnull=False),
                name="person_one_per_creation_key",
            ),
        ]
        verbose_name = _("trusted person")
        verbose_name_plural = _("trusted people")

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("people:detail", args=[self.pk])

    @property
    def strengths(self) -> list[str]:
        """What they are good at, as separate tags."""
        return [tag.strip() for tag in self.good_at.split(",") if tag.strip()]

    @property
    def call_link(self) -> str:
        return links.tel(self.phone.as_e164) if self.phone else ""

    @property
    def text_link(self) -> str:
        return links.sms(self.phone.as_e164) if self.phone else ""

    @property
    def email_link(self) -> str:
        return links.mailto(self.email) if self.email else ""

    def soft_delete(self) -> None:
        self.deleted_at = timezone.now()

    def restore(self) -> None:
        self.deleted_at = None


class HelpGiven(models.Model):
    """A time the user helped one of their people: the other side of the
    ledger from the requests they made."""

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="help_given"
    )
    person = models.ForeignKey(
        Person, on_delete=models.CASCADE, related_name="help_given"
    )
    note = models.CharField(_("what you did"), max_length=200, blank=True)
    given_on = models.DateField(_("when"), default=timezone.localdate)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-given_on", "-pk"]
        indexes = [
            models.Index(fields=["owner", "person"], name="helpgiven_owner_person_idx")
        ]
        verbose_name = _("help given")
        verbose_name_plural = _("help given")

    def __str__(self) -> str:
        return f"{self.person} on {self.given_on}"
