from django.apps import AppConfig


class AsksConfig(AppConfig):
    name = "helpapp.asks"
    verbose_name = "Help requests"

    def ready(self) -> None:
        from helpapp import pagecache
        from helpapp.asks.models import Ask, SavedTemplate

        pagecache.follow(Ask)
        pagecache.follow(SavedTemplate)
