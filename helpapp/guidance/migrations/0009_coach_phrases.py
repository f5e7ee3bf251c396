"""The coach's own phrases that the first bank (0003) did not hold, added
to the admin's bank so that a fresh install writes as the coach does on its
own. Add-only: a phrase already there, or one a curator has since removed
and re-added with other words, is left as it is; nothing is changed or
deleted. The list is frozen here, as it was when this was written."""

from django.db import migrations

CHANNEL_FIELDS = {
    "text": "for_text",
    "email": "for_email",
    "call": "for_call",
    "in_person": "for_in_person",
}

PHRASES = [
    {
        "kind": "reason",
        "channels": ["text", "email", "call", "in_person"],
        "tone": "casual",
        "text": "It would really help, because {why}.",
        "order": 400,
    },
    {
        "kind": "reason",
        "channels": ["text", "email", "call", "in_person"],
        "tone": "formal",
        "text": "It matters a great deal to me, because {why}.",
        "order": 410,
    },
    {
        "kind": "time_frame",
        "channels": ["text", "email", "call", "in_person"],
        "tone": "casual",
        "text": "It would take {size}. Could you help {when}?",
        "order": 530,
    },
    {
        "kind": "time_frame",
        "channels": ["email", "call", "in_person"],
        "tone": "casual",
        "text": "Could you help {when}? It should take {size}.",
        "order": 540,
    },
    {
        "kind": "time_frame",
        "channels": ["text", "email", "call", "in_person"],
        "tone": "formal",
        "text": "Might you have {size} free to help {when}?",
        "order": 550,
    },
    {
        "kind": "easy_no",
        "channels": ["text", "email", "call", "in_person"],
        "tone": "casual",
        "text": "If it doesn't work for you, that's completely fine.",
        "order": 810,
    },
    {
        "kind": "easy_no",
        "channels": ["text", "email", "call", "in_person"],
        "tone": "casual",
        "text": "No is a perfectly good answer, I'll understand.",
        "order": 820,
    },
    {
        "kind": "easy_no",
        "channels": ["text"],
        "tone": "casual",
        "text": "It's fine to say no.",
        "order": 830,
    },
    {
        "kind": "offer_back",
        "channels": ["text", "email", "call", "in_person"],
        "tone": "casual",
        "text": "I owe you one, and I'm here for you whenever you need it.",
        "order": 950,
    },
    {
        "kind": "thanks",
        "channels": ["text", "email", "call", "in_person"],
        "tone": "casual",
        "text": "Thanks so much for thinking about it.",
        "order": 1070,
    },
    {
        "kind": "thanks",
        "channels": ["text", "email", "call", "in_person"],
        "tone": "formal",
        "text": "Many thanks in advance for your time.",
        "order": 1080,
    },
    {
        "kind": "follow_up",
        "channels": ["text", "email", "call", "in_person"],
        "tone": "casual",
        "text": "I wanted to check in about what I asked: {need}. Would you still have "
        "{size} to help {when}?",
        "order": 1150,
    },
    {
        "kind": "follow_up",
        "channels": ["text", "email", "call", "in_person"],
        "tone": "casual",
        "text": "I'm following up on my note about this: {need}. Could you still help "
        "{when}? It would take {size}.",
        "order": 1160,
    },
    {
        "kind": "follow_up",
        "channels": ["text", "email", "call", "in_person"],
        "tone": "formal",
        "text": "I am writing to follow up on my message about this: {need}. Would you "
        "be able to help {when}? It would take {size}.",
        "order": 1170,
    },
    {
        "kind": "follow_up",
        "channels": ["text", "email", "call", "in_person"],
        "tone": "formal",
        "text": "I wanted to follow up on my request: {need}. Might you have {size} to "
        "help {when}?",
        "order": 1180,
    },
    {
        "kind": "follow_up",
        "channels": ["text", "email", "call", "in_person"],
        "tone": "casual",
        "text": "I wanted to check in about my last message. Would you still have {size} "
        "to help {when}?",
        "order": 1190,
    },
    {
        "kind": "follow_up",
        "channels": ["text", "email", "call", "in_person"],
        "tone": "formal",
        "text": "I am writing to follow up on my last message. Would you be able to help "
        "{when}? It would take {size}.",
        "order": 1200,
    },
    {
        "kind": "thank_you_after",
        "channels": ["text", "email", "call", "in_person"],
        "tone": "casual",
        "text": "Thank you so much for helping with this: {need}. It made a real "
        "difference.",
        "order": 1260,
    },
    {
        "kind": "thank_you_after",
        "channels": ["text", "email", "call", "in_person"],
        "tone": "casual",
        "text": "Thanks again for your help with this: {need}. I'm really grateful.",
        "order": 1270,
    },
    {
        "kind": "thank_you_after",
        "channels": ["email"],
        "tone": "casual",
        "text": "Thank you so much for helping with this: {need}. It made a real "
        "difference, and I wanted to tell you properly. Your help took a weight "
        "off my mind, and I won't forget your kindness. I hope you know how much "
        "it meant.",
        "order": 1280,
    },
    {
        "kind": "thank_you_after",
        "channels": ["text", "email", "call", "in_person"],
        "tone": "casual",
        "text": "Thank you so much for your help. It made a real difference.",
        "order": 1290,
    },
    {
        "kind": "thank_you_after",
        "channels": ["text", "email", "call", "in_person"],
        "tone": "formal",
        "text": "Thank you for your help. I am very grateful.",
        "order": 1300,
    },
    {
        "kind": "thank_you_after",
        "channels": ["email"],
        "tone": "casual",
        "text": "Thank you so much for your help the other day. It made a real "
        "difference, and I wanted to tell you properly. It took a weight off my "
        "mind, and I won't forget how kind you were. I hope you know how much it "
        "meant.",
        "order": 1310,
    },
    {
        "kind": "thank_you_after",
        "channels": ["email"],
        "tone": "formal",
        "text": "I wanted to thank you properly for your help. It made a real difference "
        "to me, and I am very grateful for your time and your kindness. It meant "
        "a great deal to me.",
        "order": 1320,
    },
    {
        "kind": "thank_you_after",
        "channels": ["text", "email", "call", "in_person"],
        "tone": "formal",
        "text": "Thank you for your help with this: {need}. I am very grateful.",
        "order": 1330,
    },
    {
        "kind": "thank_you_after",
        "channels": ["email"],
        "tone": "formal",
        "text": "I wanted to thank you properly for your help with this: {need}. It made "
        "a real difference to me, and I am very grateful for your time and your "
        "kindness. It meant a great deal.",
        "order": 1340,
    },
]


def add(apps, schema_editor):
    Phrase = apps.get_model("guidance", "Phrase")
    have = set(Phrase.objects.values_list("kind", "tone", "text"))
    Phrase.objects.bulk_create(
        Phrase(
            kind=p["kind"],
            tone=p["tone"],
            text=p["text"],
            order=p["order"],
            **{field: ch in p["channels"] for ch, field in CHANNEL_FIELDS.items()},
        )
        for p in PHRASES
        if (p["kind"], p["tone"], p["text"]) not in have
    )


class Migration(migrations.Migration):
    dependencies = [("guidance", "0008_crisis_numbers_to_dial")]

    operations = [migrations.RunPython(add, migrations.RunPython.noop)]
