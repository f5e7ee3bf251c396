"""The words the apps share: one home for each list of choices.

The coach (pure Python) keeps plain string constants of its own for the
ones it needs; tests/test_vocabulary.py checks that the two agree.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

# The longest message or template anyone can save (a long email is about
# 1,000 characters): room to spare, and every check of it stays quick.
MESSAGE_MAX = 4000


class Category(models.TextChoices):
    PRACTICAL = "practical", _("Practical")
    WORK_STUDY = "work_study", _("Work or study")
    EMOTIONAL = "emotional", _("Emotional support")
    HEALTH = "health", _("Health and mental health")
    MONEY = "money", _("Money")
    OTHER = "other", _("Other")


class Size(models.TextChoices):
    SMALL = "small", _("Small")
    MEDIUM = "medium", _("Medium")
    BIG = "big", _("Big")


class Tone(models.TextChoices):
    CASUAL = "casual", _("Casual")
    FORMAL = "formal", _("Formal")


class Status(models.TextChoices):
    DRAFT = "draft", _("Draft")
    SENT = "sent", _("Sent")
    WITHDRAWN = "withdrawn", _("Withdrawn")


class Outcome(models.TextChoices):
    YES = "yes", _("Yes")
    PARTLY = "partly", _("Partly")
    NO = "no", _("No")
    NO_REPLY = "no_reply", _("No reply")


class Channel(models.TextChoices):
    TEXT = "text", _("Text message")
    EMAIL = "email", _("Email")
    CALL = "call", _("Phone call")
    IN_PERSON = "in_person", _("In person")


class Relationship(models.TextChoices):
    FRIEND = "friend", _("Friend")
    FAMILY = "family", _("Family")
    PARTNER = "partner", _("Partner")
    COLLEAGUE = "colleague", _("Colleague")
    MANAGER = "manager", _("Manager")
    NEIGHBOUR = "neighbour", _("Neighbour")
    MENTOR = "mentor", _("Mentor")
    COUNSELLOR = "counsellor", _("Counsellor or therapist")
    DOCTOR = "doctor", _("Doctor")
    OTHER = "other", _("Other")


class Place(models.TextChoices):
    NEED = "need", _("Need step")
    PERSON = "person", _("Person step")
    MESSAGE = "message", _("Message step")
    AFTER_SENT = "after_sent", _("After sending")


class Barrier(models.TextChoices):
    JUDGMENT = "judgment", _("Fear of judgment")
    PRIDE = "pride", _("Pride, self-reliance")
    BURDEN = "burden", _("Being a burden")
    CONTROL = "control", _("Loss of control")
    GUILT = "guilt", _("Guilt after asking")
    STIGMA = "stigma", _("Stigma of professional help")
    NONE = "none", _("None")


class PhraseKind(models.TextChoices):
    GREETING = "greeting", _("Greeting")
    ASK = "ask", _("The ask")
    REASON = "reason", _("Why it matters")
    TIME_FRAME = "time_frame", _("Time frame")
    WHY_YOU = "why_you", _("Why you")
    EASY_NO = "easy_no", _("Permission to say no")
    OFFER_BACK = "offer_back", _("Offer to help back")
    THANKS = "thanks", _("Thanks")
    CLOSING = "closing", _("Closing")
    FOLLOW_UP = "follow_up", _("Follow-up")
    THANK_YOU_AFTER = "thank_you_after", _("Thank-you after help")


class CheckCode(models.TextChoices):
    """The draft checker's items (see helpapp.coach.check)."""

    CLEAR_ASK = "clear_ask", _("Asks clearly")
    SPECIFIC = "specific", _("Says what you need")
    TIME_BOUND = "time_bound", _("Has a time frame")
    REASON = "reason", _("Says why it matters")
    GRATITUDE = "gratitude", _("Says thank you")
    EASY_NO = "easy_no", _("Makes no easy")
    OFFER_BACK = "offer_back", _("Offers help back")
    SELF_BLAME = "self_blame", _("No apologising for asking")
    HEDGING = "hedging", _("Few softening words")
    NO_TAKE_BACK = "no_take_back", _("Lets the ask stand")
    QUESTIONS = "questions", _("One to three questions")
    LENGTH = "length", _("Fits the channel")
    READING_EASE = "reading_ease", _("Easy to read")
