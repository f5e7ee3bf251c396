from django.apps import AppConfig


class GuidanceConfig(AppConfig):
    name = "helpapp.guidance"
    verbose_name = "Guidance content"
