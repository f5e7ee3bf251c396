from django.apps import AppConfig


class AsksConfig(AppConfig):
    name = "helpapp.asks"
    verbose_name = "Help requests"
