from django.contrib import admin, messages
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from helpapp.guidance import cached
from helpapp.guidance.models import (
    CrisisPhrase,
    CrisisResource,
    LexiconEntry,
    Phrase,
    StarterTemplate,
    Tip,
)


def _set_active(modeladmin, request, queryset, active: bool) -> None:
    count = queryset.update(active=active)
    cached.invalidate(queryset.model)  # update() sends no save signals
    message = (
        ngettext(
            "%(count)d item is now shown.", "%(count)d items are now shown.", count
        )
        if active
        else ngettext(
            "%(count)d item is now hidden.", "%(count)d items are now hidden.", count
        )
    )
    modeladmin.message_user(request, message % {"count": count}, messages.SUCCESS)


@admin.action(description=_("Show the selected items to users"))
def make_active(modeladmin, request, queryset):
    _set_active(modeladmin, request, queryset, True)


@admin.action(description=_("Hide the selected items from users"))
def make_inactive(modeladmin, request, queryset):
    _set_active(modeladmin, request, queryset, False)


class ContentAdmin(admin.ModelAdmin):
    actions = [make_active, make_inactive]
    list_per_page = 50


@admin.register(Tip)
class TipAdmin(ContentAdmin):
    list_display = ["title", "place", "barrier", "check_code", "active", "order"]
    list_editable = ["active", "order"]
    list_filter = ["place", "barrier", "check_code", "active"]
    search_fields = ["title", "body", "source"]
    ordering = ["place", "order"]
    fields = [
        "place",
        "barrier",
        "title",
        "body",
        "source",
        "check_code",
        "order",
        "active",
    ]


@admin.register(Phrase)
class PhraseAdmin(ContentAdmin):
    list_display = ["text", "kind", "tone", "channel_list", "active", "order"]
    list_editable = ["active", "order"]
    list_filter = [
        "kind",
        "tone",
        "for_text",
        "for_email",
        "for_call",
        "for_in_person",
        "active",
    ]
    search_fields = ["text"]
    ordering = ["kind", "tone", "order"]
    readonly_fields = ["preview"]
    fieldsets = [
        (None, {"fields": ["kind", "tone", "text", "preview"]}),
        (
            _("Channels it suits"),
            {"fields": ["for_text", "for_email", "for_call", "for_in_person"]},
        ),
        (None, {"fields": ["order", "active"]}),
    ]

    @admin.display(description=_("channels"))
    def channel_list(self, phrase: Phrase) -> str:
        return ", ".join(phrase.channels)

    @admin.display(description=_("preview with sample values"))
    def preview(self, phrase: Phrase) -> str:
        return format_html("<blockquote>{}</blockquote>", phrase.preview())


@admin.register(StarterTemplate)
class StarterTemplateAdmin(ContentAdmin):
    list_display = ["title", "category", "size", "active", "order"]
    list_editable = ["active", "order"]
    list_filter = ["category", "size", "active"]
    search_fields = ["title", "need", "body"]
    ordering = ["category", "order"]
    readonly_fields = ["preview"]
    fields = ["title", "category", "size", "need", "body", "preview", "order", "active"]

    @admin.display(description=_("preview with sample values"))
    def preview(self, template: StarterTemplate) -> str:
        return format_html("<blockquote>{}</blockquote>", template.preview())


@admin.register(CrisisResource)
class CrisisResourceAdmin(ContentAdmin):
    list_display = [
        "name",
        "country",
        "phone",
        "sms_number",
        "hours",
        "active",
        "order",
    ]
    list_editable = ["active", "order"]
    list_filter = ["country", "active"]
    search_fields = ["name", "phone", "description", "country"]
    ordering = ["country", "order"]
    fields = [
        "country",
        "name",
        "phone",
        "phone_dial",
        "sms_number",
        "sms_dial",
        "sms_keyword",
        "web_url",
        "hours",
        "description",
        "source_url",
        "order",
        "active",
    ]


@admin.register(CrisisPhrase)
class CrisisPhraseAdmin(admin.ModelAdmin):
    list_display = ["phrase", "active", "updated_at"]
    list_editable = ["active"]
    list_filter = ["active"]
    search_fields = ["phrase"]
    ordering = ["phrase"]
    actions = [make_active, make_inactive]


@admin.register(LexiconEntry)
class LexiconEntryAdmin(admin.ModelAdmin):
    list_display = ["phrase", "code", "active", "updated_at"]
    list_editable = ["active"]
    list_filter = ["code", "active"]
    search_fields = ["phrase"]
    ordering = ["code", "phrase"]
    actions = [make_active, make_inactive]
