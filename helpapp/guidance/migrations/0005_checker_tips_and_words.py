"""Link the first tips to the message checker's items, add tips for the items
that had none, and let Curators edit the checker's extra words."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

TIP_FOR_CHECK = {
    "specific": "Say exactly what you need",
    "time_bound": "Make it SMART",
    "reason": "Give a short reason",
    "gratitude": "Say thank you, now and later",
    "easy_no": "Make it easy to say no",
    "offer_back": "Offer something back",
    "self_blame": "Be kind, not sorry",
    "hedging": "Leave out the shrinking words",
    "no_take_back": "No need to take it back",
    "length": "Keep it short and plain",
}

NEW_TIPS = [
    {
        "check_code": "clear_ask",
        "title": "Ask the question out loud",
        "body": (
            "It is easy to describe a problem and hope the other person offers. "
            "They often won't, because they can't tell what you want.\n\n"
            "Put the ask in its own sentence: “Could you…?” or “Would you be "
            "able to…?”. It gives them something they can say yes to."
        ),
        "order": 200,
    },
    {
        "check_code": "questions",
        "title": "One to three questions",
        "body": (
            "A message with one clear question is easy to answer. Several "
            "questions in a row can feel like a form to fill in.\n\n"
            "If you have many, keep the main one and save the rest for when "
            "they reply."
        ),
        "source": (
            "Boomerang, 2016, study of 40 million emails: 1 to 3 questions got "
            "the most replies"
        ),
        "order": 210,
    },
    {
        "check_code": "reading_ease",
        "title": "Short sentences, everyday words",
        "body": (
            "Messages written in plain words get more replies. Short sentences "
            "are quicker to read on a phone.\n\n"
            "Try splitting one long sentence into two, and swap a long word "
            "for a short one."
        ),
        "source": (
            "Boomerang, 2016: emails at about a third-grade reading level got "
            "the most replies"
        ),
        "order": 220,
    },
]


def forwards(apps, schema_editor):
    Tip = apps.get_model("guidance", "Tip")
    for code, title in TIP_FOR_CHECK.items():
        Tip.objects.filter(title=title, check_code="").update(check_code=code)
    for tip in NEW_TIPS:
        Tip.objects.create(place="message", barrier="none", **tip)

    app_config = apps.get_app_config("guidance")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name="Curators")
    group.permissions.add(
        *Permission.objects.filter(
            content_type__app_label="guidance", content_type__model="lexiconentry"
        )
    )


def backwards(apps, schema_editor):
    Tip = apps.get_model("guidance", "Tip")
    Tip.objects.filter(title__in=[t["title"] for t in NEW_TIPS]).delete()
    Tip.objects.update(check_code="")


class Migration(migrations.Migration):
    dependencies = [("guidance", "0004_tip_check_code_lexiconentry")]

    operations = [migrations.RunPython(forwards, backwards)]
