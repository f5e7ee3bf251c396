from django.apps import AppConfig


class GuidanceConfig(AppConfig):
    name = "helpapp.guidance"
    verbose_name = "Guidance content"

    def ready(self) -> None:
        from django.db.models.signals import post_delete, post_save

        from helpapp.guidance import cached, models

        def drop_cached(sender, **kwargs) -> None:
            cached.invalidate(sender)

        for model in (
            models.Tip,
            models.Phrase,
            models.StarterTemplate,
            models.CrisisResource,
            models.CrisisPhrase,
            models.LexiconEntry,
        ):
            post_save.connect(drop_cached, sender=model, weak=False)
            post_delete.connect(drop_cached, sender=model, weak=False)
