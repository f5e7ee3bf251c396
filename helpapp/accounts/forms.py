from django import forms
from django.contrib.auth.forms import PasswordChangeForm, UserCreationForm
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from helpapp.accounts.models import User
from helpapp.accounts.throttling import check_own_password
from helpapp.formtools import ExplainsLimits, LongSelect
from helpapp.guidance.countries import country_choices

COUNTRY_LABEL = _("Your country")
COUNTRY_HELP = _("Decides which crisis lines “Need help now?” shows first.")


def choose_country(field: forms.Field) -> None:
    """Every country by name in the person's language, none chosen first."""
    field.choices = [("", _("Choose your country")), *country_choices()]
    field.widget = LongSelect(attrs={"autocomplete": "country"}, choices=field.choices)


class SignUpForm(ExplainsLimits, UserCreationForm):
    email = forms.EmailField(
        label=_("Email"),
        help_text=_(
            "Only used to reset your password. We never write to your people for you."
        ),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )

    class Meta(UserCreationForm.Meta):
        model = User
        fields = ["username", "email", "country"]
        labels = {"country": COUNTRY_LABEL}
        help_texts = {"country": COUNTRY_HELP}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        choose_country(self.fields["country"])

    def clean_email(self) -> str:
        email = self.cleaned_data["email"].strip().lower()
        if User.objects.filter(email__iexact=email).exists():
            raise forms.ValidationError(
                _(
                    "An account already uses this email. Try logging in, or reset "
                    "your password."
                )
            )
        return email


class ProfileForm(ExplainsLimits, forms.ModelForm):
    class Meta:
        model = User
        fields = ["first_name", "country"]
        labels = {"first_name": _("Your first name"), "country": COUNTRY_LABEL}
        help_texts = {
            "first_name": _("Used to sign the emails LeanOn drafts for you."),
            "country": COUNTRY_HELP,
        }
        widgets = {
            "first_name": forms.TextInput(attrs={"autocomplete": "given-name"}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        choose_country(self.fields["country"])


class ThrottledPasswordChangeForm(PasswordChangeForm):
    """Django's password change, the old password under the session's limit."""

    def __init__(self, user: User, *args, request: HttpRequest, **kwargs) -> None:
        self.request = request
        super().__init__(user, *args, **kwargs)

    def clean_old_password(self) -> str:
        old_password = self.cleaned_data["old_password"]
        wrong = self.error_messages["password_incorrect"]
        check_own_password(self.request, self.user, old_password, wrong)
        return old_password


class DeleteAccountForm(forms.Form):
    """Asks for the password before the account and everything in it go."""

    password = forms.CharField(
        label=_("Your password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
        error_messages={"required": _("Enter your password to delete your account.")},
    )

    def __init__(self, request: HttpRequest, *args, **kwargs) -> None:
        self.request = request
        self.user = request.user
        super().__init__(*args, **kwargs)

    def clean_password(self) -> str:
        password = self.cleaned_data["password"]
        wrong = _("That is not your password. Nothing has been deleted.")
        check_own_password(self.request, self.user, password, wrong)
        return password
