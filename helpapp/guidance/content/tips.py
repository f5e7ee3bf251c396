"""The first tips LeanOn shows, before admins curate their own.

Each tip answers one worry (its "barrier") at one place in the app: while
naming the need, choosing the person, reading the draft, or after sending.
Tips that quote research give their source so people can look it up.
"""

TIPS: list[dict] = [
    # Step 1: naming the need. Mostly gentle answers to the worries that stop
    # people asking at all.
    {
        "place": "need",
        "barrier": "none",
        "title": "Say exactly what you need",
        "body": (
            "People find it easier to agree when they know exactly what you are "
            "asking. Try to name *what* you need, *when* you need it and "
            "roughly *how long* it will take.\n\n"
            "“Help with the move” is hard to answer. “Two hours carrying boxes "
            "on Saturday morning” is easy."
        ),
        "source": "",
        "order": 10,
    },
    {
        "place": "need",
        "barrier": "judgment",
        "title": "Needing help is normal",
        "body": (
            "Everyone needs a hand at some point. It is part of being a person, "
            "not a sign that you have failed.\n\n"
            "People you trust rarely think less of you for asking. Many feel "
            "closer to someone who trusted them with something real."
        ),
        "source": "",
        "order": 20,
    },
    {
        "place": "need",
        "barrier": "pride",
        "title": "Strong people ask too",
        "body": (
            "Doing everything alone can feel like strength. Often it makes "
            "things harder than they need to be.\n\n"
            "Coping well and asking for help go together. Knowing when to bring "
            "someone in is a skill, not a weakness."
        ),
        "source": "",
        "order": 30,
    },
    {
        "place": "need",
        "barrier": "burden",
        "title": "You are not a burden",
        "body": (
            "It is easy to think everyone is too busy. Yet most people are glad "
            "to be asked, especially for something they are good at. Helping "
            "someone feels good.\n\n"
            "You don't have to decide for them. Ask clearly, and let them choose."
        ),
        "source": "",
        "order": 40,
    },
    {
        "place": "need",
        "barrier": "control",
        "title": "Asking builds trust",
        "body": (
            "Asking can feel like handing over control. It is also a way of "
            "showing trust, and trust tends to grow when it goes both ways.\n\n"
            "You still choose what to ask for, who to ask and how much to share."
        ),
        "source": "",
        "order": 50,
    },
    {
        "place": "need",
        "barrier": "stigma",
        "title": "Professional help is real help",
        "body": (
            "Wanting to see a counsellor, therapist or doctor does not mean "
            "something is wrong with you. Helping people with this is their job, "
            "and asking them is a sensible step.\n\n"
            "If what you need is professional support, you can name that here too."
        ),
        "source": "",
        "order": 60,
    },
    {
        "place": "need",
        "barrier": "none",
        "title": "Start with something small",
        "body": (
            "If asking feels like a lot, begin with one small need and one "
            "person you trust.\n\n"
            "Each time you ask, the next time tends to feel easier."
        ),
        "source": "",
        "order": 70,
    },
    # Step 2: choosing the person.
    {
        "place": "person",
        "barrier": "judgment",
        "title": "Start with someone safe",
        "body": (
            "For a first ask, choose someone who has been kind to you before "
            "and who you feel at ease with.\n\n"
            "They don't have to be your closest friend. Pick the person you "
            "would feel calm talking to."
        ),
        "source": "",
        "order": 10,
    },
    {
        "place": "person",
        "barrier": "burden",
        "title": "People like helping with what they are good at",
        "body": (
            "Think about what each person does well or enjoys. A friend who "
            "loves cooking may be happy to bring round a meal. A colleague who "
            "writes well may like reading your cover letter.\n\n"
            "When the ask fits their strengths, a yes comes more easily. Add "
            "what they are good at, and your draft can mention it."
        ),
        "source": "",
        "order": 20,
    },
    {
        "place": "person",
        "barrier": "stigma",
        "title": "Professionals are trusted people too",
        "body": (
            "A counsellor, therapist, doctor or helpline is a fair person to "
            "ask. That is what they are there for.\n\n"
            "Finding someone who suits you can take more than one try. That is "
            "normal, not a sign that it won't work."
        ),
        "source": "",
        "order": 30,
    },
    {
        "place": "person",
        "barrier": "none",
        "title": "Look a little wider",
        "body": (
            "Friends and family are not the only options. Neighbours, "
            "colleagues, teachers, mentors and people from a club or group "
            "you belong to can help too.\n\n"
            "Sharing your asks around means no one person carries everything."
        ),
        "source": "",
        "order": 40,
    },
    {
        "place": "person",
        "barrier": "control",
        "title": "You choose who knows what",
        "body": (
            "You decide who to ask and how much they hear. It is fine to ask "
            "one person for a lift and someone else for a chat about how you "
            "are feeling."
        ),
        "source": "",
        "order": 50,
    },
    # Step 3: the message. The research figures live here, with sources.
    {
        "place": "message",
        "barrier": "burden",
        "title": "People say yes more often than we think",
        "body": (
            "In a set of studies, people asking others for favours expected "
            "to need about twice as many asks as it really took. We tend to "
            "underestimate the chance of a yes by about half.\n\n"
            "So your odds are better than they feel."
        ),
        "source": "Flynn & Lake, 2008, Journal of Personality and Social Psychology",
        "order": 10,
    },
    {
        "place": "message",
        "barrier": "none",
        "title": "Give a short reason",
        "body": (
            "Saying why it matters helps people say yes. In a well-known study, "
            "adding a reason to a request made people much more likely to "
            "agree.\n\n"
            "One short line is enough, such as “my train leaves at nine”."
        ),
        "source": (
            "Langer, Blank & Chanowitz, 1978, "
            "Journal of Personality and Social Psychology"
        ),
        "order": 20,
    },
    {
        "place": "message",
        "barrier": "none",
        "title": "Make it SMART",
        "body": (
            "A request works best when it is **S**pecific, **M**eaningful, "
            "**A**ction-oriented, **R**ealistic and **T**ime-bound.\n\n"
            "Your draft already names the need, the deadline and the time it "
            "asks for. Read it through and check that it sounds like you."
        ),
        "source": "Wayne Baker, 2020, All You Have to Do Is Ask (book)",
        "order": 30,
    },
    {
        "place": "message",
        "barrier": "none",
        "title": "Say thank you, now and later",
        "body": (
            "Thanks make a real difference. In one study, people who got a "
            "brief note of thanks were about twice as likely to help again: "
            "roughly 66% of them, compared with 32% of those who got no "
            "thanks.\n\n"
            "Thank them in your message, and once more after they have helped."
        ),
        "source": "Grant & Gino, 2010, Journal of Personality and Social Psychology",
        "order": 40,
    },
    {
        "place": "message",
        "barrier": "pride",
        "title": "Offer something back",
        "body": (
            "Researchers looked at 5,671 requests for help on an online forum. "
            "The ones that explained the need clearly, said thank you and "
            "offered to return the favour were the most likely to succeed.\n\n"
            "Your offer doesn't need to be big or right away. It keeps giving "
            "and taking in balance, so nobody keeps score."
        ),
        "source": (
            "Althoff, Danescu-Niculescu-Mizil & Jurafsky, 2014, "
            "ICWSM (International AAAI Conference on Web and Social Media)"
        ),
        "order": 50,
    },
    {
        "place": "message",
        "barrier": "none",
        "title": "Keep it short and plain",
        "body": (
            "A study of around 40 million emails found that messages of 50 to "
            "125 words, asking 1 to 3 questions, got the most replies. Simple "
            "words helped too.\n\n"
            "A text can be shorter still: say what you need, then stop."
        ),
        "source": "Boomerang, 2016, analysis of 40 million emails",
        "order": 60,
    },
    {
        "place": "message",
        "barrier": "control",
        "title": "Make it easy to say no",
        "body": (
            "When you tell someone a no is okay, neither of you feels cornered. "
            "A review of 42 studies found that reminding people they were free "
            "to refuse made them more likely to agree.\n\n"
            "A later look at the same studies found the effect was shaky in "
            "the strongest of them, so don't count on it. Offer a no because "
            "it's the kind thing to do, not as a way to get a yes."
        ),
        "source": (
            "Carpenter, 2013, Communication Studies (meta-analysis of 42 "
            "studies); a later re-analysis found the effect fragile"
        ),
        "order": 70,
    },
    {
        "place": "message",
        "barrier": "guilt",
        "title": "Be kind, not sorry",
        "body": (
            "Saying sorry for asking makes your need sound like a problem. "
            "Kindness about the other person's day is different. In a field "
            "study, a caring apology for something that was nobody's fault, "
            "like a spell of bad weather, made people more willing to help.\n\n"
            "So leave out apologies for yourself. A kind word for them, such "
            "as “sorry you've had such a long week”, is welcome."
        ),
        "source": (
            "Brooks, Dai & Schweitzer, 2014, "
            "Social Psychological and Personality Science"
        ),
        "order": 80,
    },
    {
        "place": "message",
        "barrier": "judgment",
        "title": "Leave out the shrinking words",
        "body": (
            "Words like “just”, “only” or “this is probably silly, but” make "
            "your need sound smaller than it is. That makes it harder for "
            "someone to take it seriously and say yes.\n\n"
            "Say it plainly. Your need is worth a clear sentence."
        ),
        "source": "",
        "order": 90,
    },
    # After the user marks the request sent.
    {
        "place": "after_sent",
        "barrier": "guilt",
        "title": "No need to take it back",
        "body": (
            "Once it is sent, you might feel the urge to add “never mind” or a "
            "long apology. You don't need to. Your message was clear and kind.\n\n"
            "Give them time to reply in their own way."
        ),
        "source": "",
        "order": 10,
    },
    {
        "place": "after_sent",
        "barrier": "guilt",
        "title": "One thank-you is enough",
        "body": (
            "When they help, thank them once, warmly, and say what difference "
            "it made.\n\n"
            "You don't owe extra apologies, gifts or favours to make up for it. "
            "You were never expected to earn it."
        ),
        "source": "",
        "order": 20,
    },
    {
        "place": "after_sent",
        "barrier": "none",
        "title": "Following up is fine",
        "body": (
            "If you haven't heard back after a few days, a short, friendly "
            "check-in is fine. Messages get missed all the time.\n\n"
            "After they have helped, tell them how it went. People like to "
            "know their help made a difference."
        ),
        "source": "",
        "order": 30,
    },
    {
        "place": "after_sent",
        "barrier": "judgment",
        "title": "If the answer is no",
        "body": (
            "A no is usually about their time or energy, not about you. Thank "
            "them for reading, and try the next person.\n\n"
            "Most needs are met by asking more than one person. That is true "
            "for everyone."
        ),
        "source": "",
        "order": 40,
    },
    {
        "place": "after_sent",
        "barrier": "pride",
        "title": "You did something hard",
        "body": (
            "Asking took courage. You named a need and trusted someone with "
            "it.\n\n"
            "Like any skill, it gets easier with practice."
        ),
        "source": "",
        "order": 50,
    },
    {
        "place": "after_sent",
        "barrier": "burden",
        "title": "Giving back can wait",
        "body": (
            "If you would like to return the favour, keep an eye out for a "
            "chance to help them. It doesn't need to be soon, or the same "
            "size.\n\n"
            "When you help others, they feel freer to ask you, too."
        ),
        "source": "",
        "order": 60,
    },
    {
        "place": "after_sent",
        "barrier": "stigma",
        "title": "If the first professional isn't right",
        "body": (
            "If you contacted a counsellor, therapist or doctor and it didn't "
            "feel right, you can try someone else. Many people need a few "
            "tries to find a good fit.\n\n"
            "Trying again is part of getting the right help. It is not a "
            "failure."
        ),
        "source": "",
        "order": 70,
    },
]
