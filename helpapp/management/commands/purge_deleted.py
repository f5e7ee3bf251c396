"""Delete for good everyone's people whose undo window is over.

    python manage.py purge_deleted

Deleting someone in LeanOn can be undone for UNDO_WINDOW
(helpapp/people/models.py); after it, this removes the person, their
contact details and notes, and the help given them. Requests to them stay,
with no person. The app does the same for one user whenever they open My
people, try an undo, download their data or open the page that deletes
their account; run this on a schedule too (see the README), so that no one's
deleted people outlive the window for long, signed in or not.
"""

from django.core.management.base import BaseCommand

from helpapp.people.models import UNDO_MINUTES, Person


class Command(BaseCommand):
    help = (
        f"Delete for good the people deleted more than {UNDO_MINUTES} minutes "
        f"ago (their undo window is over), with the help given them."
    )

    def handle(self, *args, **options) -> None:
        purged = Person.objects.purge_deleted()
        people = "person" if purged == 1 else "people"
        self.stdout.write(
            f"Purged {purged} {people} deleted more than {UNDO_MINUTES} minutes ago."
        )
