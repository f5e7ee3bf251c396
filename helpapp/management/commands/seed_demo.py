"""Sample content for a local run: a demo user with a few trusted people and
requests. Safe to run again; it changes nothing once the demo user exists."""

from datetime import timedelta

from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from helpapp.accounts.models import User
from helpapp.asks.models import Ask
from helpapp.people.models import Person
from helpapp.vocabulary import Category, Channel, Relationship, Size, Status

USERNAME = "demo"
# A documented, local-only sample account.
PASSWORD = "lean-on-demo"  # noqa: S105 # nosec B105

PEOPLE = [
    ("Sam Okafor", Relationship.FRIEND, "driving, fixing bikes", Channel.TEXT),
    (
        "Priya Shah",
        Relationship.COLLEAGUE,
        "spreadsheets, presentations",
        Channel.EMAIL,
    ),
    ("Aunt Rosa", Relationship.FAMILY, "cooking, listening", Channel.CALL),
]
# Aunt Rosa is someone Alex feels safe with: the crisis page offers her.
# (A number from the range kept for drama and examples: it rings no one.)
SAFE = {"Aunt Rosa": "+447700900123"}


class Command(BaseCommand):
    help = "Create a demo user with sample people and requests (local use only)."

    @transaction.atomic
    def handle(self, *args, **options) -> None:
        if User.objects.filter(username=USERNAME).exists():
            self.stdout.write(f"Demo user already there: {USERNAME} / {PASSWORD}")
            return
        user = User.objects.create_user(
            USERNAME, "demo@example.com", PASSWORD, first_name="Alex"
        )
        sam, priya, _rosa = (
            Person.objects.create(
                owner=user,
                name=name,
                relationship=relationship,
                good_at=good_at,
                preferred_channel=channel,
                safe=name in SAFE,
                phone=SAFE.get(name, ""),
            )
            for name, relationship, good_at, channel in PEOPLE
        )
        today = timezone.localdate()
        sent = Ask.objects.create(
            owner=user,
            need="a second pair of eyes on my budget spreadsheet",
            category=Category.MONEY,
            size=Size.SMALL,
            due_date=today + timedelta(days=5),
            why="I want to start saving for a course",
            person=priya,
            channel=Channel.EMAIL,
            message="Hi Priya, could you look over my budget spreadsheet this week?",
            message_edited=True,
        )
        sent.send()
        Ask.objects.create(
            owner=user,
            need="a lift to the station on Saturday morning",
            category=Category.PRACTICAL,
            size=Size.SMALL,
            due_date=today + timedelta(days=6),
            person=sam,
            channel=Channel.TEXT,
            status=Status.DRAFT,
        )
        self.stdout.write(f"Created demo user: {USERNAME} / {PASSWORD}")
