from django.contrib import admin

from helpapp.people.models import HelpGiven, Person


@admin.register(Person)
class PersonAdmin(admin.ModelAdmin):
    list_display = [
        "name",
        "owner",
        "relationship",
        "preferred_channel",
        "safe",
        "created_at",
        "deleted_at",
    ]
    list_filter = [
        "relationship",
        "preferred_channel",
        "safe",
        ("deleted_at", admin.EmptyFieldListFilter),
    ]
    search_fields = ["name", "owner__username"]
    raw_id_fields = ["owner"]


@admin.register(HelpGiven)
class HelpGivenAdmin(admin.ModelAdmin):
    list_display = ["person", "owner", "given_on", "note"]
    list_filter = ["given_on"]
    search_fields = ["note", "person__name", "owner__username"]
    raw_id_fields = ["owner", "person"]
    date_hierarchy = "given_on"
