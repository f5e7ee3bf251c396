from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from phonenumber_field.formfields import PhoneNumberField
from phonenumbers import SUPPORTED_REGIONS

from helpapp.formtools import ExplainsLimits
from helpapp.people.models import HelpGiven, Person


def normalise_tags(text: str) -> str:
    """ "Cooking ,  bikes,,maths, cooking" -> "Cooking, bikes, maths": single
    spaces, no empty tags, each tag once whatever its case."""
    tags: dict[str, str] = {}
    for tag in text.split(","):
        tag = " ".join(tag.split())
        if tag:
            tags.setdefault(tag.casefold(), tag)
    return ", ".join(tags.values())


class PersonForm(ExplainsLimits, forms.ModelForm):
    """Add a trusted person with the essentials. Used inline on the wizard's
    person step; PersonDetailsForm adds the rest."""

    class Meta:
        model = Person
        fields = ["name", "relationship", "good_at", "preferred_channel"]
        widgets = {"preferred_channel": forms.RadioSelect}
        error_messages = {
            "name": {"required": _("Enter the person's name.")},
            "relationship": {"required": _("Choose how you know them.")},
            "preferred_channel": {"required": _("Choose how they like to be reached.")},
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)

    def clean_name(self) -> str:
        name = " ".join(self.cleaned_data["name"].split())
        if not name:
            raise forms.ValidationError(_("Enter the person's name."))
        return name

    def clean_good_at(self) -> str:
        return normalise_tags(self.cleaned_data["good_at"])


class PersonDetailsForm(PersonForm):
    """Everything about a person, for My people: contact details, notes and
    whether the user feels safe with them.

    Phone numbers may be typed the way the user's country writes them
    ("07400 123456" in the UK) or with a "+" and a country code."""

    class Meta(PersonForm.Meta):
        fields = [*PersonForm.Meta.fields, "email", "phone", "notes", "safe"]
        labels = {
            "email": _("Email (optional)"),
            "notes": _("Notes (optional)"),
        }
        help_texts = {
            "notes": _("Anything worth remembering. Only you see this."),
        }
        widgets = {
            **PersonForm.Meta.widgets,
            "email": forms.EmailInput(attrs={"autocomplete": "off"}),
            "notes": forms.Textarea(attrs={"rows": 3}),
        }
        error_messages = {
            **PersonForm.Meta.error_messages,
            "email": {
                "invalid": _(
                    "Enter a valid email address, for example sam@example.com."
                )
            },
        }

    def __init__(self, *args, region: str = "", **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["phone"] = PhoneNumberField(
            label=_("Phone (optional)"),
            required=False,
            region=region if region in SUPPORTED_REGIONS else None,
            help_text=_("With the country code if they live abroad, e.g. +44."),
            error_messages={
                "invalid": _("Enter a valid phone number, for example +44 7400 123456.")
            },
        )


class HelpGivenForm(ExplainsLimits, forms.ModelForm):
    """ "I helped them": what the user did, and when (today unless told)."""

    class Meta:
        model = HelpGiven
        fields = ["note", "given_on"]
        labels = {
            "note": _("What did you do? (optional)"),
            "given_on": _("When"),
        }
        help_texts = {"given_on": _("Leave it as today, or pick an earlier day.")}
        widgets = {
            "given_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        }
        error_messages = {
            "note": {},
            "given_on": {"invalid": _("Enter a real date, for example 2026-03-14.")},
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        given_on = self.fields["given_on"]
        given_on.required = False
        given_on.show_hidden_initial = False  # set for the model's callable default
        self.initial.setdefault("given_on", timezone.localdate())

    def clean_note(self) -> str:
        return " ".join(self.cleaned_data["note"].split())

    def clean_given_on(self):
        given_on = self.cleaned_data["given_on"] or timezone.localdate()
        if given_on > timezone.localdate():
            raise forms.ValidationError(
                _("The date can't be in the future. Log help once you have given it.")
            )
        return given_on
