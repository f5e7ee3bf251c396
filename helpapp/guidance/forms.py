from django import forms
from django.utils.translation import gettext_lazy as _

from helpapp.formtools import LongSelect
from helpapp.guidance.countries import country_choices


class CountryForm(forms.Form):
    """Pick any country to see its crisis lines."""

    country = forms.ChoiceField(
        label=_("Show crisis lines for"),
        label_suffix="",
        choices=lambda: [("", _("Choose a country")), *country_choices()],
        required=False,
        widget=LongSelect(attrs={"class": "form-select w-auto mw-100"}),
    )
