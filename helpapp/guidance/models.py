"""Admin-curated guidance: tips, the phrase bank, starter templates, crisis
resources and the phrases that make a need read like a crisis.

Editors change these in the admin; users see the change on their next page
load (see helpapp.guidance.cached)."""

from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from helpapp import coach, links
from helpapp.coach.phrases import PLACEHOLDERS, placeholders_in
from helpapp.vocabulary import (
    MESSAGE_MAX,
    Barrier,
    Category,
    CheckCode,
    PhraseKind,
    Place,
    Size,
    Tone,
)

# A number as a phone dials it, for tel: and sms: links.
DIAL = RegexValidator(
    r"^\+?[0-9]{2,15}$",
    _("Only digits (2 to 15 of them), with an optional + at the start."),
)


def sms_link(dial: str, keyword: str = "") -> str:
    """A text link from a number's digits, with the keyword to send."""
    return links.sms(dial, keyword or None) if dial else ""


PLACEHOLDER_HELP = _(
    "You can use these placeholders: {person} (their first name), {need} (the "
    "user's own words), {when} (for example “by Friday”), {strength} (what the "
    "person is good at), {size} (how long it takes), {why} (the user's reason)."
)
# The request the admin's previews are written for.
SAMPLE_NEED = coach.Need(
    "a lift to the station on Saturday morning", why="my train leaves at nine"
)
SAMPLE_PERSON = coach.Helper("Sam", strength="driving")


def validate_placeholders(text: str) -> None:
    """Refuse text with an unknown placeholder such as {persn}."""
    try:
        names = placeholders_in(text)
    except ValueError:
        raise ValidationError(
            _("A { or } is not closed. Placeholders look like {person}."),
            code="braces",
        ) from None
    unknown = sorted({name for name in names if name not in PLACEHOLDERS})
    if unknown:
        raise ValidationError(
            _("Unknown placeholder %(unknown)s. Use only %(known)s."),
            params={"unknown": _braced(unknown), "known": _braced(PLACEHOLDERS)},
            code="unknown_placeholder",
        )


def _braced(names) -> str:
    return ", ".join(f"{{{name}}}" for name in names)


def render_sample(text: str, need: coach.Need = SAMPLE_NEED) -> str:
    """The text as a user asking Sam for this need would get it, for
    previews in the admin."""
    values = coach.placeholder_values(need, SAMPLE_PERSON, timezone.localdate())
    return coach.fill(text, values)


# The checker's word lists that editors can add to.
LEXICON_CODES = [
    CheckCode.SELF_BLAME,
    CheckCode.HEDGING,
    CheckCode.NO_TAKE_BACK,
    CheckCode.GRATITUDE,
    CheckCode.EASY_NO,
    CheckCode.OFFER_BACK,
    CheckCode.REASON,
    CheckCode.TIME_BOUND,
]


class ContentQuerySet(models.QuerySet):
    def active(self):
        return self.filter(active=True)


class Content(models.Model):
    active = models.BooleanField(
        _("active"), default=True, help_text=_("Untick to hide it from users.")
    )
    order = models.PositiveIntegerField(
        _("order"), default=100, help_text=_("Lower numbers show first.")
    )
    updated_at = models.DateTimeField(auto_now=True)

    objects = ContentQuerySet.as_manager()

    class Meta:
        abstract = True


class Tip(Content):
    place = models.CharField(
        _("where it shows"),
        max_length=20,
        choices=Place.choices,
        help_text=_("The wizard step (or the page after sending) that shows it."),
    )
    barrier = models.CharField(
        _("barrier it answers"),
        max_length=20,
        choices=Barrier.choices,
        default=Barrier.NONE,
        help_text=_("The worry this tip speaks to, if any."),
    )
    title = models.CharField(_("title"), max_length=120)
    body = models.TextField(
        _("body"),
        max_length=3000,
        help_text=_(
            "Plain text; leave a blank line between paragraphs. Markdown such as "
            "*emphasis* and **bold** works; HTML is removed."
        ),
    )
    source = models.CharField(
        _("source"),
        max_length=300,
        blank=True,
        help_text=_("For research figures: authors, year and where it was published."),
    )
    check_code = models.CharField(
        _("explains checklist item"),
        max_length=20,
        choices=CheckCode.choices,
        blank=True,
        help_text=_(
            "The message checker links this item to this tip (“why this helps”)."
        ),
    )

    class Meta:
        ordering = ["place", "order", "pk"]
        indexes = [
            models.Index(fields=["place", "active"], name="tip_place_active_idx")
        ]
        verbose_name = _("tip")
        verbose_name_plural = _("tips")

    def __str__(self) -> str:
        return self.title


class Phrase(Content):
    kind = models.CharField(
        _("kind"),
        max_length=20,
        choices=PhraseKind.choices,
        help_text=_("Which part of a request this phrase can be."),
    )
    for_text = models.BooleanField(_("text message"), default=True)
    for_email = models.BooleanField(_("email"), default=True)
    for_call = models.BooleanField(_("phone call"), default=True)
    for_in_person = models.BooleanField(_("in person"), default=True)
    tone = models.CharField(
        _("tone"), max_length=10, choices=Tone.choices, default=Tone.CASUAL
    )
    text = models.TextField(
        _("text"),
        max_length=1000,
        validators=[validate_placeholders],
        help_text=PLACEHOLDER_HELP,
    )

    CHANNEL_FIELDS = {
        "text": "for_text",
        "email": "for_email",
        "call": "for_call",
        "in_person": "for_in_person",
    }

    class Meta:
        ordering = ["kind", "tone", "order", "pk"]
        indexes = [
            models.Index(fields=["kind", "active"], name="phrase_kind_active_idx")
        ]
        verbose_name = _("phrase")
        verbose_name_plural = _("phrase bank")

    def __str__(self) -> str:
        return self.text[:60]

    @property
    def channels(self) -> tuple[str, ...]:
        return tuple(
            ch for ch, field in self.CHANNEL_FIELDS.items() if getattr(self, field)
        )

    def clean(self) -> None:
        if not self.channels:
            raise ValidationError(_("Tick at least one channel this phrase suits."))

    def preview(self) -> str:
        return render_sample(self.text)


class StarterTemplate(Content):
    title = models.CharField(_("title"), max_length=120)
    category = models.CharField(
        _("category"),
        max_length=20,
        choices=Category.choices,
    )
    size = models.CharField(_("size"), max_length=10, choices=Size.choices)
    need = models.CharField(
        _("suggested need"),
        max_length=500,
        help_text=_("Fills “What do you need help with?”; the user can change it."),
    )
    body = models.TextField(
        _("message"),
        max_length=MESSAGE_MAX,
        validators=[validate_placeholders],
        help_text=PLACEHOLDER_HELP,
    )

    class Meta:
        ordering = ["category", "order", "pk"]
        verbose_name = _("starter template")
        verbose_name_plural = _("starter templates")

    def __str__(self) -> str:
        return self.title

    def preview(self) -> str:
        """The message as a user gets it who keeps the suggested need."""
        return render_sample(self.body, coach.Need(self.need, self.size))


class CrisisResource(Content):
    country = CountryField(
        _("country"),
        blank=True,
        help_text=_("Leave empty for a resource shown in every country."),
    )
    name = models.CharField(_("name"), max_length=120)
    phone = models.CharField(
        _("phone"),
        max_length=40,
        blank=True,
        help_text=_("As people write it locally, for example “116 123”."),
    )
    phone_dial = models.CharField(
        _("phone: number to dial"),
        max_length=16,
        blank=True,
        validators=[DIAL],
        help_text=_(
            "Only the digits a phone dials (a leading + is allowed): 116123 for "
            "“116 123 (free, 24h)”, 18002738255 for “1-800-273-8255 (press 1)”. "
            "The call button uses this."
        ),
    )
    sms_number = models.CharField(_("text to"), max_length=40, blank=True)
    sms_dial = models.CharField(
        _("text to: number to dial"),
        max_length=16,
        blank=True,
        validators=[DIAL],
        help_text=_("Only the digits, as for the phone. The text button uses this."),
    )
    sms_keyword = models.CharField(
        _("text keyword"),
        max_length=40,
        blank=True,
        help_text=_("A word to text, if the service asks for one."),
    )
    web_url = models.URLField(_("website"), blank=True)
    hours = models.CharField(_("hours"), max_length=120, blank=True)
    description = models.CharField(_("one-line description"), max_length=200)
    source_url = models.URLField(
        _("source"),
        help_text=_("The official page that gives this number. Re-check it regularly."),
    )

    class Meta:
        ordering = ["country", "order", "pk"]
        indexes = [
            models.Index(fields=["country", "active"], name="crisis_country_active_idx")
        ]
        verbose_name = _("crisis resource")
        verbose_name_plural = _("crisis resources")

    def __str__(self) -> str:
        return f"{self.name} ({self.country.code or 'all'})"

    def clean(self) -> None:
        if not (self.phone or self.sms_number or self.web_url):
            raise ValidationError(
                _("Give at least a phone number, a text number or a website.")
            )
        errors = {}
        for shown, dial in (("phone", "phone_dial"), ("sms_number", "sms_dial")):
            if getattr(self, shown) and not getattr(self, dial):
                errors[dial] = _("Give the digits to dial for this number.")
            elif getattr(self, dial) and not getattr(self, shown):
                errors[shown] = _("Give the number as people write it, too.")
        if self.sms_keyword and not self.sms_number:
            errors["sms_number"] = _("A text keyword needs a number to text.")
        if errors:
            raise ValidationError(errors)

    @property
    def tel_link(self) -> str:
        return links.tel(self.phone_dial)

    @property
    def sms_link(self) -> str:
        return sms_link(self.sms_dial, self.sms_keyword)


class CrisisPhrase(models.Model):
    phrase = models.CharField(
        _("phrase"),
        max_length=100,
        unique=True,
        help_text=_(
            "Words that make a need read like a crisis, matched whole-word and "
            "ignoring case. Avoid everyday sayings (“killing me”, “dying to”)."
        ),
    )
    active = models.BooleanField(_("active"), default=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = ContentQuerySet.as_manager()

    class Meta:
        ordering = ["phrase"]
        verbose_name = _("crisis phrase")
        verbose_name_plural = _("crisis phrases")

    def __str__(self) -> str:
        return self.phrase


class LexiconEntry(models.Model):
    """Extra words for the message checker, on top of its built-in lists."""

    code = models.CharField(
        _("checklist item"),
        max_length=20,
        choices=[(code.value, code.label) for code in LEXICON_CODES],
        help_text=_(
            "Which item the words count for. For example, add “so sorry to pester "
            "you” to “No self-blame”, or “ta” to “Says thank you”."
        ),
    )
    phrase = models.CharField(
        _("words"),
        max_length=100,
        help_text=_("Matched as whole words, ignoring case."),
    )
    active = models.BooleanField(_("active"), default=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = ContentQuerySet.as_manager()

    class Meta:
        ordering = ["code", "phrase"]
        constraints = [
            models.UniqueConstraint(fields=["code", "phrase"], name="lexicon_unique")
        ]
        verbose_name = _("checker word")
        verbose_name_plural = _("checker words")

    def __str__(self) -> str:
        return f"{self.phrase} ({self.get_code_display()})"

    def clean(self) -> None:
        self.phrase = " ".join(self.phrase.split())
        if not self.phrase:
            raise ValidationError({"phrase": _("Enter the words to look for.")})
