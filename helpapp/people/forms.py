from django import forms
from django.utils.translation import gettext_lazy as _

from helpapp.people.models import Person


class PersonForm(forms.ModelForm):
    """Add or edit a trusted person. Used inline on the wizard's person step."""

    class Meta:
        model = Person
        fields = ["name", "relationship", "good_at", "preferred_channel"]
        widgets = {"preferred_channel": forms.RadioSelect}
        error_messages = {
            "name": {"required": _("Enter the person's name.")},
            "relationship": {"required": _("Choose how you know them.")},
        }

    def clean_name(self) -> str:
        name = " ".join(self.cleaned_data["name"].split())
        if not name:
            raise forms.ValidationError(_("Enter the person's name."))
        return name

    def clean_good_at(self) -> str:
        return " ".join(self.cleaned_data["good_at"].split())
