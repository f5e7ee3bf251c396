"""The "Curators" group: may view, add, change and delete guidance content,
and nothing else. Give a curator staff status and this group."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUP = "Curators"
MODELS = ["tip", "phrase", "startertemplate", "crisisresource", "crisisphrase"]


def create_group(apps, schema_editor):
    # Permissions are normally created after all migrations; make sure the
    # guidance app's exist now so the group can be given them.
    app_config = apps.get_app_config("guidance")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name=GROUP)
    group.permissions.add(
        *Permission.objects.filter(
            content_type__app_label="guidance", content_type__model__in=MODELS
        )
    )


def remove_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=GROUP).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("guidance", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_group, remove_group)]
