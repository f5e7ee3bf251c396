from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from helpapp.asks.models import Ask, Category, Size
from helpapp.people.models import Person

NEED_MAX = Ask._meta.get_field("need").max_length
SIZE_LABELS = {
    Size.SMALL: _("Small: under an hour"),
    Size.MEDIUM: _("Medium: an hour or two"),
    Size.BIG: _("Big: a day or more"),
}


def drop_maxlength(field: forms.Field) -> None:
    """Let the browser accept any length so nothing pasted is silently cut;
    the form then explains the limit next to the field."""
    field.widget.attrs.pop("maxlength", None)


class NeedForm(forms.ModelForm):
    no_deadline = forms.BooleanField(label=_("No deadline"), required=False)

    class Meta:
        model = Ask
        fields = ["need", "category", "size", "due_date", "no_deadline", "why"]
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
                "max_length": _(
                    "Keep it to %(limit_value)d characters or fewer "
                    "(it has %(show_value)d)."
                ),
            },
            "category": {"required": _("Choose what kind of help it is.")},
            "size": {"required": _("Choose how big it is.")},
            "due_date": {"invalid": _("Enter a real date, for example 2026-12-24.")},
            "why": {
                "max_length": _(
                    "Keep it to %(limit_value)d characters or fewer "
                    "(it has %(show_value)d)."
                ),
            },
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["size"].choices = [
            (value, SIZE_LABELS[value]) for value, _label in Size.choices
        ]
        self.fields["category"].choices = Category.choices
        drop_maxlength(self.fields["need"])
        drop_maxlength(self.fields["why"])
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
            (pk, _describe(person)) for pk, person in self.people.items()
        ] + [(self.NEW, _("Someone new"))]
        if not self.people:
            self.fields["who"].widget = forms.HiddenInput()
            self.fields["who"].initial = self.NEW

    def clean_who(self) -> Person | str:
        value = self.cleaned_data["who"]
        return self.people.get(value, self.NEW)


def _describe(person: Person) -> str:
    parts = [person.name, f"({person.get_relationship_display().lower()})"]
    if person.good_at:
        parts.append(_("good at %(good_at)s") % {"good_at": person.good_at})
    return " ".join(str(part) for part in parts)


class MessageForm(forms.ModelForm):
    class Meta:
        model = Ask
        fields = ["subject", "message"]
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

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["message"].required = True
        drop_maxlength(self.fields["subject"])

    def clean_message(self) -> str:
        message = self.cleaned_data["message"].strip()
        if not message:
            raise forms.ValidationError(_("Write your message, or use the draft."))
        return message

    def clean_subject(self) -> str:
        return " ".join(self.cleaned_data["subject"].split())
