from django import forms
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from helpapp.asks.models import Ask, SavedTemplate
from helpapp.formtools import ExplainsLimits, LongSelect
from helpapp.guidance.models import validate_placeholders
from helpapp.people.forms import PersonForm
from helpapp.people.models import Person
from helpapp.vocabulary import Category, Channel, Outcome, Size, Status, Tone

NEED_MAX = Ask._meta.get_field("need").max_length
SIZE_LABELS = {
    Size.SMALL: _("Small: under an hour"),
    Size.MEDIUM: _("Medium: an hour or two"),
    Size.BIG: _("Big: a day or more"),
}


class NeedForm(ExplainsLimits, forms.ModelForm):
    no_deadline = forms.BooleanField(label=_("No deadline"), required=False)
    # A new request's one-off key (see helpapp/once.py).
    key = forms.UUIDField(required=False, widget=forms.HiddenInput)

    class Meta:
        model = Ask
        fields = ["need", "category", "size", "due_date", "no_deadline", "why", "key"]
        labels = {
            "need": _("What do you need help with?"),
            "category": _("What kind of help is it?"),
            "size": _("How big is it?"),
            "due_date": _("Date"),
            "why": _("Why does it matter to you? (optional)"),
        }
        help_texts = {
            "need": _(
                "In your own words, as specifically as you can. For example: "
                "a lift to the station on Saturday morning."
            ),
            "due_date": _("Pick a date, or tick “No deadline”."),
            "why": _(
                "A reason helps the other person understand. Only you see this "
                "unless you keep it in the message."
            ),
        }
        widgets = {
            "need": forms.Textarea(attrs={"rows": 3}),
            "category": forms.RadioSelect,
            "size": forms.RadioSelect,
            "due_date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "why": forms.Textarea(attrs={"rows": 2}),
        }
        error_messages = {
            "need": {
                "required": _("Say what you need help with."),
            },
            "category": {"required": _("Choose what kind of help it is.")},
            "size": {"required": _("Choose how big it is.")},
            "due_date": {"invalid": _("Enter a real date, for example 2026-12-24.")},
            "why": {},
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["size"].choices = [
            (value, SIZE_LABELS[value]) for value, _label in Size.choices
        ]
        self.fields["category"].choices = Category.choices
        if self.instance.pk and self.instance.due_date is None:
            self.initial.setdefault("no_deadline", True)

    def clean_need(self) -> str:
        need = self.cleaned_data["need"].strip()
        if not need:
            raise forms.ValidationError(_("Say what you need help with."))
        return need

    def clean_why(self) -> str:
        return self.cleaned_data["why"].strip()

    def clean_due_date(self):
        due = self.cleaned_data["due_date"]
        if due is not None and due < timezone.localdate():
            raise forms.ValidationError(_("The date must be today or later."))
        return due

    def clean(self):
        cleaned = super().clean()
        due = cleaned.get("due_date")
        no_deadline = cleaned.get("no_deadline")
        if "due_date" in self.errors:
            return cleaned
        if due is None and not no_deadline:
            self.add_error("due_date", _("Enter a date, or tick “No deadline”."))
        elif due is not None and no_deadline:
            self.add_error("due_date", _("Clear the date, or untick “No deadline”."))
        return cleaned


class ChoosePersonForm(forms.Form):
    """Pick one of the user's own people, or say they are adding someone."""

    NEW = "new"

    who = forms.ChoiceField(
        label=_("Who would you like to ask?"),
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Choose someone to ask, or add someone new."),
            "invalid_choice": _("Choose one of your people, or add someone new."),
        },
    )

    def __init__(self, *args, people, **kwargs):
        super().__init__(*args, **kwargs)
        self.people = {str(person.pk): person for person in people}
        self.fields["who"].choices = [
            (pk, person.name) for pk, person in self.people.items()
        ] + [(self.NEW, _("Someone new"))]
        if not self.people:
            self.fields["who"].widget = forms.HiddenInput()
            self.fields["who"].initial = self.NEW

    def clean_who(self) -> Person | str:
        value = self.cleaned_data["who"]
        return self.people.get(value, self.NEW)


class NewPersonForm(PersonForm):
    """ "Someone new" at step 2, with the page's one-off key (see
    helpapp/once.py)."""

    key = forms.UUIDField(required=False, widget=forms.HiddenInput)


class MessageForm(ExplainsLimits, forms.ModelForm):
    # The page's one-off key for "Save as template" (see helpapp/once.py).
    key = forms.UUIDField(required=False, widget=forms.HiddenInput)
    guess = forms.IntegerField(
        label=_("How likely is a yes? (optional)"),
        help_text=_(
            "Your guess from 0 to 100. Later, LeanOn shows your guesses beside "
            "what really happened."
        ),
        required=False,
        min_value=0,
        max_value=100,
        error_messages={
            "invalid": _("Enter a number from 0 to 100."),
            "min_value": _("Enter a number from 0 to 100."),
            "max_value": _("Enter a number from 0 to 100."),
        },
    )

    class Meta:
        model = Ask
        fields = ["subject", "message", "guess", "key"]
        labels = {
            "subject": _("Email subject"),
            "message": _("Your message"),
        }
        help_texts = {
            "message": _("Change anything you like; it is your message."),
        }
        widgets = {"message": forms.Textarea(attrs={"rows": 10})}
        error_messages = {
            "message": {"required": _("Write your message, or use the draft.")},
        }

    def __init__(self, *args, live_check_url: str = "", **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["message"].required = True
        if live_check_url:
            # With htmx: check (and save) the draft as the user types.
            live = {
                "hx-post": live_check_url,
                "hx-trigger": "input changed delay:500ms",
                "hx-target": "#checklist",
                "hx-swap": "outerHTML",
                "hx-include": "closest form",
                "hx-sync": "closest form:queue last",
            }
            for name in ("subject", "message"):
                self.fields[name].widget.attrs.update(live)

    def clean_message(self) -> str:
        message = self.cleaned_data["message"].strip()
        if not message:
            raise forms.ValidationError(_("Write your message, or use the draft."))
        return message

    def clean_subject(self) -> str:
        return " ".join(self.cleaned_data["subject"].split())


class RecomposeForm(forms.Form):
    """Change how the message is sent or worded. When the user has edited the
    draft, a new one replaces their words only once they confirm."""

    SWITCH, ANOTHER = "switch", "another"
    REPLACE, KEEP = "replace", "keep"

    channel = forms.ChoiceField(
        label=_("Send it by"), choices=Channel.choices, widget=forms.RadioSelect
    )
    tone = forms.ChoiceField(
        label=_("Tone"), choices=Tone.choices, widget=forms.RadioSelect
    )
    action = forms.ChoiceField(
        choices=[(SWITCH, SWITCH), (ANOTHER, ANOTHER)], widget=forms.HiddenInput
    )
    confirm = forms.ChoiceField(
        choices=[("", ""), (REPLACE, REPLACE), (KEEP, KEEP)],
        required=False,
        widget=forms.HiddenInput,
    )


class OutcomeForm(ExplainsLimits, forms.ModelForm):
    """What happened after sending."""

    class Meta:
        model = Ask
        fields = ["outcome", "outcome_on", "outcome_notes"]
        labels = {
            "outcome": _("What happened?"),
            "outcome_on": _("When?"),
            "outcome_notes": _("How did it go? (optional)"),
        }
        help_texts = {
            "outcome_notes": _("A few words for yourself. Only you can see them."),
        }
        widgets = {
            "outcome": forms.RadioSelect,
            "outcome_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "outcome_notes": forms.Textarea(attrs={"rows": 3}),
        }
        error_messages = {
            "outcome": {"required": _("Choose what happened.")},
            "outcome_on": {"invalid": _("Enter a real date, for example 2026-12-24.")},
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["outcome"].required = True
        self.fields["outcome"].choices = Outcome.choices
        self.fields["outcome_on"].required = True
        self.fields["outcome_on"].error_messages["required"] = _("Enter the date.")
        if not self.initial.get("outcome_on"):
            self.initial["outcome_on"] = timezone.localdate()

    def clean_outcome_on(self):
        day = self.cleaned_data["outcome_on"]
        if day > timezone.localdate():
            raise forms.ValidationError(_("The date can't be in the future."))
        sent = self.instance.sent_at
        if sent and day < timezone.localdate(sent):
            raise forms.ValidationError(_("The date can't be before you sent it."))
        return day


class SplitForm(ExplainsLimits, forms.Form):
    """Start small: a smaller first ask split off a big one."""

    # The page's one-off key (see helpapp/once.py).
    key = forms.UUIDField(required=False, widget=forms.HiddenInput)

    need = forms.CharField(
        label=_("Your smaller first ask"),
        max_length=NEED_MAX,
        widget=forms.Textarea(attrs={"rows": 2}),
        error_messages={
            "required": _("Say what the smaller first ask is."),
        },
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)

    def clean_need(self) -> str:
        need = self.cleaned_data["need"].strip()
        if not need:
            raise forms.ValidationError(_("Say what the smaller first ask is."))
        return need


class HistoryFilterForm(ExplainsLimits, forms.Form):
    q = forms.CharField(
        label=_("Search"),
        required=False,
        max_length=200,
        error_messages={
            "max_length": _(
                "Search for up to %(limit_value)d characters. This search was "
                "not applied."
            )
        },
    )
    status = forms.ChoiceField(
        label=_("Status"),
        required=False,
        choices=[("", _("Any")), *Status.choices],
        error_messages={
            "invalid_choice": _("That is not a status, so this shows any status.")
        },
    )
    person = forms.ChoiceField(
        label=_("Person"),
        required=False,
        error_messages={
            "invalid_choice": _(
                "That person is not in your list any more, so this shows "
                "requests to anyone."
            )
        },
    )
    category = forms.ChoiceField(
        label=_("Kind of help"),
        required=False,
        choices=[("", _("Any")), *Category.choices],
        error_messages={
            "invalid_choice": _("That is not a kind of help, so this shows every kind.")
        },
    )

    FILTERS = ("q", "status", "person", "category")

    def __init__(self, *args, people, **kwargs):
        super().__init__(*args, **kwargs)
        # The people in one query, for the choices and the check alike.
        self.people = {str(p.pk): p for p in people}
        self.fields["person"].choices = [
            ("", _("Anyone")),
            *((pk, self._label(p)) for pk, p in self.people.items()),
        ]
        for name in ("status", "person", "category"):
            field = self.fields[name]
            field.widget = LongSelect(
                attrs={"class": "form-select"}, choices=field.choices
            )

    @staticmethod
    def _label(person: Person) -> str:
        if person.deleted_at:
            return _("%(name)s (deleted)") % {"name": person.name}
        return person.name

    def clean_person(self) -> Person | None:
        return self.people.get(self.cleaned_data["person"])

    def _valid(self) -> dict:
        """The filters that are valid: one that is not (a person deleted
        since, say) is shown with its message and left out, not the rest."""
        if not self.is_bound:
            return dict.fromkeys(self.FILTERS)
        self.is_valid()
        return {name: self.cleaned_data.get(name) for name in self.FILTERS}

    @property
    def narrows(self) -> bool:
        """Whether apply() leaves out any requests."""
        return any(self._valid().values())

    def apply(self, asks):
        data = self._valid()
        if data["q"]:
            asks = asks.filter(
                Q(need__icontains=data["q"]) | Q(message__icontains=data["q"])
            )
        if data["status"]:
            asks = asks.filter(status=data["status"])
        if data["person"]:
            asks = asks.filter(person=data["person"])
        if data["category"]:
            asks = asks.filter(category=data["category"])
        return asks


class SavedTemplateForm(ExplainsLimits, forms.ModelForm):
    class Meta:
        model = SavedTemplate
        fields = ["title", "category", "size", "need", "body"]
        labels = {"need": _("What you need"), "body": _("Message")}
        help_texts = {
            "body": _(
                "{person}, {need}, {when} and {strength} are filled in when you "
                "use it: the person's first name, what you need, the deadline and "
                "what they are good at."
            )
        }
        widgets = {
            "need": forms.Textarea(attrs={"rows": 2}),
            "body": forms.Textarea(attrs={"rows": 6}),
        }
        error_messages = {
            "title": {"required": _("Give the template a title.")},
            "need": {"required": _("Say what you need.")},
            "body": {"required": _("Write the message.")},
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["body"].validators.append(validate_placeholders)
