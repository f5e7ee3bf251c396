from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "helpapp.accounts"
    verbose_name = "Accounts"

    def ready(self) -> None:
        from helpapp import pagecache
        from helpapp.accounts.models import User

        pagecache.follow(User, owner="pk")
