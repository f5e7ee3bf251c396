from datetime import datetime, timedelta

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from phonenumber_field.modelfields import PhoneNumberField

from helpapp import links
from helpapp.vocabulary import Channel, Relationship

# How long deleting someone can be undone. After it they are deleted for
# good (PersonQuerySet.purge_deleted), and so is the help given them; the
# requests to them stay, with no person.
UNDO_WINDOW = timedelta(minutes=10)
UNDO_MINUTES = UNDO_WINDOW // timedelta(minutes=1)  # as the pages say it


def _undo_cutoff(now: datetime | None = None) -> datetime:
    """Anyone deleted at or before this moment can no longer be brought back."""
    return (now or timezone.now()) - UNDO_WINDOW


class PersonQuerySet(models.QuerySet):
    def for_user(self, user):
        """The user's people, leaving out any deleted (and still undoable)."""
        return self.filter(owner=user, deleted_at__isnull=True)

    def deleted(self):
        return self.filter(deleted_at__isnull=False)

    def undoable(self, now: datetime | None = None):
        """Deleted less than UNDO_WINDOW ago: the delete can still be undone."""
        return self.filter(deleted_at__gt=_undo_cutoff(now))

    def expired(self, now: datetime | None = None):
        """Deleted UNDO_WINDOW ago or more: to be deleted for good."""
        return self.filter(deleted_at__lte=_undo_cutoff(now))

    def purge_deleted(self, now: datetime | None = None) -> int:
        """Delete for good the people whose undo window is over, with the
        help given them (CASCADE); their requests stay, with no person
        (SET_NULL). Returns how many people went. With nothing to purge it
        costs one query, so the app runs it for one user on My people, the
        undo and the data export; `manage.py purge_deleted` runs it for
        everyone."""
        _total, per_model = self.expired(now).delete()
        return per_model.get(self.model._meta.label, 0)

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
    # Deleting keeps the row for UNDO_WINDOW so the user can undo it; then
    # purge_deleted removes it.
    deleted_at = models.DateTimeField(null=True, blank=True, editable=False)
    # The one-off key of the form that added them ("Someone new" at step 2):
    # the same form sent twice adds one person (see helpapp/once.py).
    creation_key = models.UUIDField(null=True, blank=True, editable=False)

    objects = PersonQuerySet.as_manager()

    class Meta:
        ordering = ["name", "pk"]
        indexes = [
            models.Index(fields=["owner", "name"], name="person_owner_name_idx"),
            # The few deleted rows, for purging everyone's expired ones.
            models.Index(
                fields=["deleted_at"],
                condition=models.Q(deleted_at__isnull=False),
                name="person_deleted_idx",
            ),
        ]
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
        """Delete, undoably for UNDO_WINDOW."""
        self.deleted_at = timezone.now()
        self.save(update_fields=["deleted_at"])

    def restore(self) -> bool:
        """Undo a delete, if its window is not over: whether the person is
        back in the user's people (someone not deleted already is)."""
        if self.deleted_at is None:
            return True
        # One conditional UPDATE, so a purge running at the same moment
        # cannot leave half a restore.
        row = type(self).objects.filter(pk=self.pk)
        if not row.undoable().update(deleted_at=None):
            return False
        self.deleted_at = None
        return True


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
