from django.apps import AppConfig


class PeopleConfig(AppConfig):
    name = "helpapp.people"
    verbose_name = "Trusted people"
