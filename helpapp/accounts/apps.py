from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "helpapp.accounts"
    verbose_name = "Accounts"
