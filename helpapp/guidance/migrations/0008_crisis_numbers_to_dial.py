"""Crisis lines get the digits to dial beside the number as written, so a
call or text link never dials digits pulled out of notes ("116 123 (free,
24h)" dials 116123); and the lines for the countries added with it.

Lines that came with LeanOn take their digits from the content; a line an
editor added takes the digits of its number up to any note in brackets (the
admin asks for them on the next edit if that is not right). A country's new
lines are added only where it has none yet, so nothing a curator removed or
changed comes back.
"""

import re

from django.db import migrations, models

import helpapp.guidance.models
from helpapp.guidance.migrations._content_0003 import CRISIS_RESOURCES

# Countries whose lines came with this migration.
NEW_COUNTRIES = {
    "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR",
    "HR", "HU", "IS", "IT", "LI", "LT", "LU", "LV", "MT", "NL", "NO", "PL",
    "PT", "RO", "SE", "SI", "SK", "IN", "ZA", "SG", "PH", "NG", "KE",
}


def digits(written: str) -> str:
    number = re.split(r"[(\[]", written, maxsplit=1)[0]
    return "".join(ch for ch in number if ch.isdigit() or ch == "+")[:16]


def forwards(apps, schema_editor):
    CrisisResource = apps.get_model("guidance", "CrisisResource")
    fields = {f.name for f in CrisisResource._meta.get_fields()}
    shipped = {(r["country"], r["name"]): r for r in CRISIS_RESOURCES}
    for row in CrisisResource.objects.all():
        known = shipped.get((row.country, row.name), {})
        row.phone_dial = (
            known.get("phone_dial") if known.get("phone") == row.phone else None
        ) or digits(row.phone)
        row.sms_dial = (
            known.get("sms_dial") if known.get("sms_number") == row.sms_number else None
        ) or digits(row.sms_number)
        row.save(update_fields=["phone_dial", "sms_dial"])
    present = set(CrisisResource.objects.values_list("country", flat=True))
    CrisisResource.objects.bulk_create(
        CrisisResource(**{k: v for k, v in r.items() if k in fields})
        for r in CRISIS_RESOURCES
        if r["country"] in NEW_COUNTRIES and r["country"] not in present
    )


def backwards(apps, schema_editor):
    CrisisResource = apps.get_model("guidance", "CrisisResource")
    for r in CRISIS_RESOURCES:
        if r["country"] in NEW_COUNTRIES:
            CrisisResource.objects.filter(country=r["country"], name=r["name"]).delete()


class Migration(migrations.Migration):
    dependencies = [("guidance", "0007_tip_study_size")]

    operations = [
        migrations.AlterField(
            model_name="crisisresource",
            name="phone",
            field=models.CharField(
                blank=True,
                help_text="As people write it locally, for example “116 123”.",
                max_length=40,
                verbose_name="phone",
            ),
        ),
        migrations.AddField(
            model_name="crisisresource",
            name="phone_dial",
            field=models.CharField(
                blank=True,
                help_text="Only the digits a phone dials (a leading + is allowed): 116123 for “116 123 (free, 24h)”, 18002738255 for “1-800-273-8255 (press 1)”. The call button uses this.",
                max_length=16,
                validators=[helpapp.guidance.models.DIAL],
                verbose_name="phone: number to dial",
            ),
        ),
        migrations.AddField(
            model_name="crisisresource",
            name="sms_dial",
            field=models.CharField(
                blank=True,
                help_text="Only the digits, as for the phone. The text button uses this.",
                max_length=16,
                validators=[helpapp.guidance.models.DIAL],
                verbose_name="text to: number to dial",
            ),
        ),
        migrations.RunPython(forwards, backwards),
    ]
