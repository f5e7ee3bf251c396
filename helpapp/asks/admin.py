from django.contrib import admin

from helpapp.asks.models import Ask


@admin.register(Ask)
class AskAdmin(admin.ModelAdmin):
    list_display = ["__str__", "owner", "status", "category", "channel", "created_at"]
    list_filter = ["status", "category", "size", "channel"]
    search_fields = ["need", "owner__username"]
    raw_id_fields = ["owner", "person"]
    ordering = ["-created_at"]
