"""The first guidance content, so every fresh install has tips, a phrase
bank, starter templates and crisis lines. Admins edit it from then on.

It loads a frozen copy (_content_0003.py) of helpapp.guidance.content as it
was then, written for LeanOn from the guidance brief (see the docstrings there
for sources and the date crisis lines were checked), so editing the seed
content later never changes what this migration does.
"""

from django.db import migrations

from helpapp.guidance.migrations._content_0003 import (
    CRISIS_PHRASES,
    CRISIS_RESOURCES,
    PHRASES,
    STARTER_TEMPLATES,
    TIPS,
)

CHANNEL_FIELDS = {
    "text": "for_text",
    "email": "for_email",
    "call": "for_call",
    "in_person": "for_in_person",
}


def load(apps, schema_editor):
    Tip = apps.get_model("guidance", "Tip")
    Phrase = apps.get_model("guidance", "Phrase")
    StarterTemplate = apps.get_model("guidance", "StarterTemplate")
    CrisisResource = apps.get_model("guidance", "CrisisResource")
    CrisisPhrase = apps.get_model("guidance", "CrisisPhrase")

    Tip.objects.bulk_create(Tip(**tip) for tip in TIPS)
    Phrase.objects.bulk_create(
        Phrase(
            kind=p["kind"],
            tone=p["tone"],
            text=p["text"],
            order=(number + 1) * 10,
            **{field: ch in p["channels"] for ch, field in CHANNEL_FIELDS.items()},
        )
        for number, p in enumerate(PHRASES)
    )
    StarterTemplate.objects.bulk_create(
        StarterTemplate(order=(number + 1) * 10, **template)
        for number, template in enumerate(STARTER_TEMPLATES)
    )
    # Keys added to the content later (the numbers to dial) are filled in by
    # the migration that adds their fields.
    fields = {f.name for f in CrisisResource._meta.get_fields()}
    CrisisResource.objects.bulk_create(
        CrisisResource(**{k: v for k, v in resource.items() if k in fields})
        for resource in CRISIS_RESOURCES
    )
    CrisisPhrase.objects.bulk_create(
        CrisisPhrase(phrase=phrase) for phrase in dict.fromkeys(CRISIS_PHRASES)
    )


def unload(apps, schema_editor):
    for name in ["Tip", "Phrase", "StarterTemplate", "CrisisResource", "CrisisPhrase"]:
        apps.get_model("guidance", name).objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [("guidance", "0002_curators_group")]

    operations = [migrations.RunPython(load, unload)]
