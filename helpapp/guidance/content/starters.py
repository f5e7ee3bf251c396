"""The first starter templates: common asks, ready to adapt.

"need" fills the "What do you need help with?" box, written the way a person
would put it. "body" is a whole text-length message. It may use {person},
{need}, {when} and {strength}; {need} always follows a colon, so it reads
well whatever the user writes. Each one is specific, offers an easy no and
says thank you.
"""

STARTER_TEMPLATES: list[dict] = [
    # Practical
    {
        "title": "Ask a friend for a lift",
        "category": "practical",
        "size": "small",
        "need": "a lift to the hospital for my appointment on Thursday morning",
        "body": (
            "Hi {person}, I have a favour to ask: {need}. Could you help {when}? "
            "If it doesn't suit, that's completely fine; I'll find another way. "
            "Thank you, it would mean a lot."
        ),
    },
    {
        "title": "Ask for help moving house",
        "category": "practical",
        "size": "big",
        "need": "an extra pair of hands to carry boxes when I move flat, "
        "from 10am to 2pm on Saturday",
        "body": (
            "Hi {person}, I'm moving soon and I'd love your help: {need}. Would "
            "you be free? Lunch is on me. If you can't make it, that's fine; "
            "I'll understand. Thank you!"
        ),
    },
    {
        "title": "Ask a neighbour to feed your cat",
        "category": "practical",
        "size": "small",
        "need": "feeding my cat morning and evening while I'm away "
        "from Friday to Sunday",
        "body": (
            "Hi {person}, could I ask for your help while I'm away? Here it is: "
            "{need}. I'll leave food and a key for you. If it's not a good time, "
            "that's okay. Thank you, and I'd be glad to do the same for you."
        ),
    },
    {
        "title": "Ask someone to look after your children",
        "category": "practical",
        "size": "medium",
        "need": "someone to look after my two children from 3pm to 6pm "
        "on Wednesday, while I'm at a job interview",
        "body": (
            "Hi {person}, I have a favour to ask: {need}. I trust you with them "
            "completely. If it doesn't work for you, that's fine; I'll "
            "understand. Thank you so much."
        ),
    },
    # Work or study
    {
        "title": "Ask someone to read your CV",
        "category": "work_study",
        "size": "medium",
        "need": "someone to read my CV and tell me the two or three things "
        "to fix first",
        "body": (
            "Hi {person}, could I ask for your help? Here's what I need: {need}. "
            "You have a good eye for this, so I thought of you. Could you have a "
            "look {when}? If you're too busy, that's fine. Thank you, I'd really "
            "appreciate it."
        ),
    },
    {
        "title": "Ask your manager for more time",
        "category": "work_study",
        "size": "small",
        "need": "two more days on the quarterly report, moving the deadline "
        "from Wednesday to Friday",
        "body": (
            "Hello {person}, may I ask for some extra time? Here is what I'd "
            "like: {need}. It would let me finish the work properly. If that "
            "isn't possible, I'll understand and will plan around it. Thank you "
            "for considering it."
        ),
    },
    {
        "title": "Ask a classmate to explain a topic",
        "category": "work_study",
        "size": "medium",
        "need": "an hour going through the statistics homework together "
        "before Thursday's exam",
        "body": (
            "Hi {person}, I have a favour to ask: {need}. You explain things "
            "clearly, so I thought of you. Could you help {when}? Feel free to "
            "say no. Thanks so much, and I'd be glad to help you back."
        ),
    },
    # Emotional support
    {
        "title": "Tell a friend you are struggling",
        "category": "emotional",
        "size": "medium",
        "need": "an hour to talk, over a coffee or a walk, sometime this week",
        "body": (
            "Hi {person}, things have been hard for me lately, and you're "
            "someone I trust. Here's what I'm hoping for: {need}. If now isn't "
            "a good time, that's okay; tell me what suits you. Thank you for "
            "being there."
        ),
    },
    {
        "title": "Ask for company on a hard day",
        "category": "emotional",
        "size": "small",
        "need": "some company on Sunday, the anniversary of my dad's death; "
        "a walk or a cup of tea would help",
        "body": (
            "Hi {person}, I've got a hard day coming up and I'd rather not be "
            "alone. Here's what I'm hoping for: {need}. If you can't, that's "
            "completely okay. Thank you, it means a lot that I can ask you."
        ),
    },
    {
        "title": "Ask a friend to check in on you",
        "category": "emotional",
        "size": "small",
        "need": "a message from you each evening this week, asking how I'm doing",
        "body": (
            "Hi {person}, I'm going through a rough patch and I'd like some "
            "support: {need}. It would help me feel less alone. If it's too much "
            "right now, that's okay; I'll understand. Thank you for being such "
            "a good friend."
        ),
    },
    # Health and mental health
    {
        "title": "Ask a counsellor or doctor for a first appointment",
        "category": "health",
        "size": "medium",
        "need": "a first appointment to talk about my low mood and trouble sleeping",
        "body": (
            "Hello {person}, I'd like to ask about seeing someone. Here's what "
            "I'm looking for: {need}. "
            "Could you tell me which times are free? If you're not taking new "
            "people, that's fine; could you suggest someone else? Thank you for "
            "your help."
        ),
    },
    {
        "title": "Ask someone to come to an appointment with you",
        "category": "health",
        "size": "small",
        "need": "someone to come with me to my hospital scan on Tuesday at "
        "2pm and sit with me while I wait",
        "body": (
            "Hi {person}, I have a favour to ask: {need}. I'd feel a lot calmer "
            "with you there. If you can't make it, that's completely fine. "
            "Thank you, it would mean a lot."
        ),
    },
    {
        "title": "Ask someone to collect a prescription",
        "category": "health",
        "size": "small",
        "need": "picking up my prescription from the chemist on the high "
        "street, as I'm not well enough to go out",
        "body": (
            "Hi {person}, could I ask for your help? Here's what I need: {need}. "
            "Could you help {when}? If it's not a good time, that's okay; I'll "
            "sort something else. Thank you so much."
        ),
    },
    # Money
    {
        "title": "Ask for a small loan",
        "category": "money",
        "size": "medium",
        "need": "a loan of £60 until payday, which I'll pay back on the 28th",
        "body": (
            "Hi {person}, I have a favour to ask, and I've thought it through: "
            "{need}. Could you help {when}? I'll pay it back as promised. If "
            "it's not possible, I completely understand. Thank you for "
            "considering it."
        ),
    },
    {
        "title": "Ask for help making a budget",
        "category": "money",
        "size": "medium",
        "need": "an hour going through my bills with me to set up a simple "
        "monthly budget",
        "body": (
            "Hi {person}, I'd love your help with something: {need}. You're "
            "good with money, and I trust you. Could you help {when}? If now "
            "isn't a good time, that's fine. Thank you, and dinner's on me."
        ),
    },
    {
        "title": "Ask for help with a money form",
        "category": "money",
        "size": "medium",
        "need": "help filling in a form for support with my energy bills, "
        "which should take about an hour",
        "body": (
            "Hi {person}, could I ask for your help? Here's what I need: {need}. "
            "You're calm and clear with forms like this, so I thought of you. "
            "Could you help {when}? Feel free to say no. Thank you so much."
        ),
    },
    # Other
    {
        "title": "Ask for a recommendation",
        "category": "other",
        "size": "small",
        "need": "the name of a plumber you've used and would trust",
        "body": (
            "Hi {person}, could I ask your advice? Here's what I'm after: "
            "{need}. If nobody comes to mind, that's fine. Thank you, and I'd "
            "be glad to return the favour."
        ),
    },
    {
        "title": "Ask for advice on a big decision",
        "category": "other",
        "size": "medium",
        "need": "your honest view on whether to take the new job I've been "
        "offered, over a coffee this week",
        "body": (
            "Hi {person}, I have a big decision to make and I'd love your "
            "help: {need}. Could we talk {when}? If you're too busy, that's "
            "completely fine. Thank you, it would mean a lot."
        ),
    },
]
