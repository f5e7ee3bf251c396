from django import forms
from django.utils.translation import gettext_lazy as _
from django_countries import countries


class CountryForm(forms.Form):
    """Pick any country to see its crisis lines."""

    country = forms.ChoiceField(
        label=_("Show crisis lines for"),
        label_suffix="",
        choices=lambda: [("", _("Choose a country")), *countries],
        required=False,
        widget=forms.Select(attrs={"class": "form-select w-auto mw-100"}),
    )
