from django.apps import AppConfig


class AsksConfig(AppConfig):
    name = "helpapp.asks"
    verbose_name = "Help requests"

    def ready(self) -> None:
        from django.core.cache import cache
        from django.db.models.signals import post_delete, post_save

        from helpapp.asks.history import summary_key
        from helpapp.asks.models import Ask

        def drop_summary(sender, instance, **kwargs) -> None:
            cache.delete(summary_key(instance.owner_id))

        post_save.connect(drop_summary, sender=Ask, weak=False)
        post_delete.connect(drop_summary, sender=Ask, weak=False)
