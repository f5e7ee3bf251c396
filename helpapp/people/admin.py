from django.contrib import admin

from helpapp.people.models import Person


@admin.register(Person)
class PersonAdmin(admin.ModelAdmin):
    list_display = ["name", "owner", "relationship", "preferred_channel", "created_at"]
    list_filter = ["relationship", "preferred_channel"]
    search_fields = ["name", "owner__username"]
    raw_id_fields = ["owner"]
