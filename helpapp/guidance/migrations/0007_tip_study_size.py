"""Correct the size of the study the "Offer something back" tip cites: the
Random Acts of Pizza data holds 5,671 requests, not about 21,000. A tip a
curator has edited since is left alone."""

from django.db import migrations

TITLE = "Offer something back"
OLD = "Researchers looked at about 21,000 requests on an online forum. "
NEW = "Researchers looked at 5,671 requests for help on an online forum. "
REST = (
    "The ones that explained the need clearly, said thank you and "
    "offered to return the favour were the most likely to succeed.\n\n"
    "Your offer doesn't need to be big or right away. It keeps giving "
    "and taking in balance, so nobody keeps score."
)


def forwards(apps, schema_editor):
    Tip = apps.get_model("guidance", "Tip")
    Tip.objects.filter(title=TITLE, body=OLD + REST).update(body=NEW + REST)


def backwards(apps, schema_editor):
    Tip = apps.get_model("guidance", "Tip")
    Tip.objects.filter(title=TITLE, body=NEW + REST).update(body=OLD + REST)


class Migration(migrations.Migration):
    dependencies = [("guidance", "0006_official_source_urls")]

    operations = [migrations.RunPython(forwards, backwards)]
