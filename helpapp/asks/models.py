from django.conf import settings
from django.core.validators import MaxValueValidator
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from helpapp.once import save_once
from helpapp.people.models import Person
from helpapp.vocabulary import (
    MESSAGE_MAX,
    Category,
    Channel,
    Outcome,
    Size,
    Status,
    Tone,
)

# The answers that count as help received.
SAID_YES = (Outcome.YES, Outcome.PARTLY)
# A request the person has answered, whatever the answer.
ANSWERED = ~models.Q(outcome="")
# Ask.set_message(): leave the guess as it is.
UNCHANGED = object()


class Step(models.TextChoices):
    """The wizard's steps, in order; the value is the step's URL segment."""

    NEED = "need", _("The need")
    PERSON = "person", _("The person")
    MESSAGE = "message", _("The message")


class AskQuerySet(models.QuerySet):
    def for_user(self, user):
        return self.filter(owner=user)

    def drafts(self):
        return self.filter(status=Status.DRAFT)

    def said_yes(self):
        return self.filter(outcome__in=SAID_YES)

    def tally(self, **more) -> dict:
        """In one query: how many requests, how many were answered, how
        many got a yes or a partly yes; and any further aggregates."""
        return self.aggregate(
            total=models.Count("pk"),
            answered=models.Count("pk", filter=ANSWERED),
            yeses=models.Count("pk", filter=models.Q(outcome__in=SAID_YES)),
            **more,
        )

    def newest_first(self):
        return self.order_by("-created_at", "-pk")


class Ask(models.Model):
    """A request for help, from the first words of the need to "sent"."""

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="asks"
    )
    need = models.CharField(_("what you need"), max_length=500)
    category = models.CharField(_("category"), max_length=20, choices=Category.choices)
    size = models.CharField(_("size"), max_length=10, choices=Size.choices)
    due_date = models.DateField(_("by when"), null=True, blank=True)
    why = models.CharField(_("why it matters"), max_length=500, blank=True)
    person = models.ForeignKey(
        Person,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="asks",
        verbose_name=_("person"),
    )
    channel = models.CharField(
        _("channel"), max_length=20, choices=Channel.choices, default=Channel.TEXT
    )
    tone = models.CharField(
        _("tone"), max_length=10, choices=Tone.choices, default=Tone.CASUAL
    )
    subject = models.CharField(_("subject"), max_length=200, blank=True)
    message = models.TextField(_("message"), blank=True, max_length=MESSAGE_MAX)
    # False while the message is the composer's; True once the user edits it,
    # so a change of person or need never overwrites their words.
    message_edited = models.BooleanField(default=False)
    # The one-off key of the form that made it (step 1, or "Make this my
    # first ask"): a second submit of the same form (a double click, a
    # duplicated tab) finds this request instead of making another (see
    # helpapp/once.py).
    creation_key = models.UUIDField(null=True, blank=True, editable=False)
    # Started from a saved or starter template: its message, with
    # placeholders, is the draft instead of the composer's.
    template_body = models.TextField(blank=True, max_length=MESSAGE_MAX)
    # Which wording the composer uses: "Try another wording" moves it on.
    variant = models.PositiveSmallIntegerField(default=0)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.DRAFT
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    withdrawn_at = models.DateTimeField(null=True, blank=True)
    followed_up_at = models.DateTimeField(null=True, blank=True)
    outcome = models.CharField(
        _("what happened"), max_length=10, choices=Outcome.choices, blank=True
    )
    outcome_on = models.DateField(_("when they answered"), null=True, blank=True)
    outcome_notes = models.TextField(
        _("how it went"),
        blank=True,
        max_length=2000,
        help_text=_("The person's own notes on what happened. Optional."),
    )
    guess = models.PositiveSmallIntegerField(
        _("how likely is a yes?"),
        null=True,
        blank=True,
        validators=[MaxValueValidator(100)],
        help_text=_("0 to 100, your guess before sending. Optional."),
    )
    thanked_at = models.DateTimeField(null=True, blank=True)
    # A smaller first ask split off a big one ("start small").
    parent = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="parts",
        verbose_name=_("part of"),
    )

    objects = AskQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        indexes = [
            models.Index(fields=["owner", "-created_at"], name="ask_owner_created_idx"),
            models.Index(fields=["owner", "status"], name="ask_owner_status_idx"),
            models.Index(fields=["owner", "person"], name="ask_owner_person_idx"),
            models.Index(fields=["owner", "category"], name="ask_owner_category_idx"),
            # The short lists on My requests and the home page.
            models.Index(
                fields=["owner", "sent_at"],
                condition=models.Q(status="sent", outcome=""),
                name="ask_waiting_idx",
            ),
            models.Index(
                fields=["owner", "-outcome_on"],
                condition=models.Q(outcome__in=["yes", "partly"], thanked_at=None),
                name="ask_thanks_due_idx",
            ),
            models.Index(
                fields=["owner", "-updated_at"],
                condition=models.Q(status="draft"),
                name="ask_drafts_idx",
            ),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(status="draft") | models.Q(sent_at__isnull=False),
                name="ask_not_draft_has_sent_at",
            ),
            models.CheckConstraint(
                condition=models.Q(guess__isnull=True) | models.Q(guess__lte=100),
                name="ask_guess_0_to_100",
            ),
            models.UniqueConstraint(
                fields=["owner", "creation_key"],
                condition=models.Q(creation_key__isnull=False),
                name="ask_one_per_creation_key",
            ),
        ]
        verbose_name = _("request")
        verbose_name_plural = _("requests")

    def __str__(self) -> str:
        return self.need[:60]

    def get_absolute_url(self) -> str:
        return reverse("asks:detail", args=[self.pk])

    @property
    def is_draft(self) -> bool:
        return self.status == Status.DRAFT

    @property
    def next_step(self) -> Step:
        """The first step still to do: where "resume" takes the user."""
        if self.person_id is None:
            return Step.PERSON
        return Step.MESSAGE

    def step_reachable(self, step: Step) -> bool:
        """A step can be opened once every step before it is done."""
        order = list(Step)
        return order.index(step) <= order.index(self.next_step)

    def step_url(self, step: Step) -> str:
        return reverse(f"asks:{step.value}", args=[self.pk])

    def resume_url(self) -> str:
        if not self.is_draft:
            return self.get_absolute_url()
        return self.step_url(self.next_step)

    @property
    def is_sent(self) -> bool:
        return self.status == Status.SENT

    # What a person does with a request. Each saves only what it changes.

    def choose_person(self, person: Person) -> None:
        """Step 2: who to ask; the draft goes the way they like to be reached."""
        self.person = person
        self.channel = person.preferred_channel
        self.save(update_fields=["person", "channel", "updated_at"])

    def set_message(
        self, subject: str, message: str, composed: tuple[str, str], guess=UNCHANGED
    ) -> None:
        """Step 3: the words as the user has them. composed is the composer's
        (subject, body): words that differ from it are the user's own, and
        no later change of person or need replaces them unasked. The guess
        is saved when one is given (None clears it)."""
        self.subject, self.message = subject, message
        self.message_edited = (subject, message) != tuple(composed)
        fields = ["subject", "message", "message_edited", "updated_at"]
        if guess is not UNCHANGED:
            self.guess = guess
            fields.append("guess")
        self.save(update_fields=fields)

    def redraft(self, channel: str, tone: str, *, keep_words: bool, another: bool):
        """Another channel or tone. The user's words are kept when they say
        so; otherwise the composer writes a new draft (another wording when
        asked for one)."""
        self.channel, self.tone = channel, tone
        if keep_words:
            self.save(update_fields=["channel", "tone", "updated_at"])
            return
        if another:
            self.variant += 1
        self.subject, self.message, self.message_edited = "", "", False
        self.save(
            update_fields=[
                *("channel", "tone", "variant", "subject", "message"),
                *("message_edited", "updated_at"),
            ]
        )

    def split_off(self, need: str, key=None) -> "Ask":
        """Start small: a smaller first ask of this big one, with its date and
        why. The same smaller ask made again is the one made before; key is
        the form's one-off key (see helpapp/once.py)."""
        mine = Ask.objects.filter(owner_id=self.owner_id, parent=self, need=need)
        if part := mine.first():
            return part
        part, _created = save_once(
            Ask(
                owner_id=self.owner_id,
                parent=self,
                need=need,
                category=self.category,
                size=Size.SMALL,
                due_date=self.due_date,
                why=self.why,
            ),
            key,
        )
        return part

    def send(self) -> None:
        """ "I've sent it" (the user sends it themselves)."""
        self.status = Status.SENT
        self.sent_at = timezone.now()
        self.save(update_fields=["status", "sent_at", "updated_at"])

    def note_followed_up(self) -> None:
        self.followed_up_at = timezone.now()
        self.save(update_fields=["followed_up_at", "updated_at"])

    def note_thanked(self) -> None:
        self.thanked_at = timezone.now()
        self.save(update_fields=["thanked_at", "updated_at"])

    def withdraw(self) -> None:
        """ "Never mind", after the guard: undoable."""
        self.status = Status.WITHDRAWN
        self.withdrawn_at = timezone.now()
        self.save(update_fields=["status", "withdrawn_at", "updated_at"])

    def undo_withdraw(self) -> None:
        """Back to sent; a request that is not withdrawn stays as it is."""
        if self.status != Status.WITHDRAWN:
            return
        self.status = Status.SENT
        self.withdrawn_at = None
        self.save(update_fields=["status", "withdrawn_at", "updated_at"])


class SavedTemplateQuerySet(models.QuerySet):
    def for_user(self, user):
        return self.filter(owner=user)


class SavedTemplate(models.Model):
    """A user's own template for an ask that recurs. Its need and message
    use placeholders: {person}, {need}, {when}, {strength}."""

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="saved_templates",
    )
    title = models.CharField(_("title"), max_length=120)
    category = models.CharField(_("category"), max_length=20, choices=Category.choices)
    size = models.CharField(_("size"), max_length=10, choices=Size.choices)
    need = models.CharField(_("what you need"), max_length=500)
    body = models.TextField(_("message"), max_length=MESSAGE_MAX)
    usage_count = models.PositiveIntegerField(_("times used"), default=0)
    last_used_at = models.DateTimeField(_("last used"), null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    # The one-off key of the page that saved it ("Save as template"): the
    # same page sent twice keeps one template (see helpapp/once.py).
    creation_key = models.UUIDField(null=True, blank=True, editable=False)

    objects = SavedTemplateQuerySet.as_manager()

    class Meta:
        ordering = ["-last_used_at", "title", "pk"]
        indexes = [
            models.Index(fields=["owner", "title"], name="template_owner_title_idx")
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["owner", "creation_key"],
                condition=models.Q(creation_key__isnull=False),
                name="template_one_per_creation_key",
            ),
        ]
        verbose_name = _("saved template")
        verbose_name_plural = _("saved templates")

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("asks:template_edit", args=[self.pk])
