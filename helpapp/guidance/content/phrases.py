"""The first phrase bank: the pieces the coach builds a request from.

The coach picks one phrase of each kind for the chosen channel and tone, in
this order: greeting, ask, reason, time_frame, why_you, easy_no, offer_back,
thanks (and a closing for email). "Try another wording" moves to the next
phrase of each kind, so most kinds have several.

Placeholders: {person} (first name), {need} (the user's own words, so it
always follows a colon or ends a sentence), {when} ("by Friday", "today",
"in the next week or two", so it follows "help"), {strength} (what the person is
good at), {size} ("half an hour or so") and {why} (the reason, without
"because"). A phrase with {strength} or {why} is skipped when that is unknown.

Text-message phrases are kept short, so a whole request fits in one text.
Nothing here apologises for asking or makes the need sound small.
"""

ALL = ("text", "email", "call", "in_person")
TEXT = ("text",)
EMAIL = ("email",)
WRITTEN = ("text", "email")
SPOKEN = ("call", "in_person")
LONGER = ("email", "call", "in_person")


def _phrase(kind: str, channels: tuple[str, ...], tone: str, text: str) -> dict:
    return {"kind": kind, "channels": list(channels), "tone": tone, "text": text}


PHRASES: list[dict] = [
    # Greetings. Written ones end with a comma; spoken ones open the talk.
    _phrase("greeting", WRITTEN, "casual", "Hi {person},"),
    _phrase("greeting", WRITTEN, "casual", "Hey {person},"),
    _phrase("greeting", TEXT, "casual", "Hi {person}!"),
    _phrase("greeting", EMAIL, "casual", "Hello {person},"),
    _phrase(
        "greeting", ("call",), "casual", "Hi {person}, is now a good time to talk?"
    ),
    _phrase("greeting", ("call",), "casual", "Hi {person}, it's good to hear you."),
    _phrase("greeting", SPOKEN, "casual", "Hey {person}, have you got a few minutes?"),
    _phrase("greeting", ("in_person",), "casual", "Hi {person}, good to see you."),
    _phrase("greeting", WRITTEN, "formal", "Hello {person},"),
    _phrase("greeting", EMAIL, "formal", "Dear {person},"),
    _phrase("greeting", TEXT, "formal", "Hi {person},"),
    _phrase("greeting", ("call",), "formal", "Hello {person}, is this a good time?"),
    _phrase(
        "greeting", ("call",), "formal", "Hello {person}, thank you for picking up."
    ),
    _phrase(
        "greeting",
        ("in_person",),
        "formal",
        "Hello {person}, do you have a few minutes to talk?",
    ),
    _phrase("greeting", SPOKEN, "formal", "Hello {person}, it's good to speak to you."),
    # The ask: {need} after a colon or as a sentence of its own.
    _phrase("ask", TEXT, "casual", "I've got a favour to ask: {need}."),
    _phrase("ask", TEXT, "casual", "Could I ask a favour? {need}."),
    _phrase("ask", TEXT, "casual", "I'd love your help with this: {need}."),
    _phrase("ask", TEXT, "casual", "Can you help me with something? {need}."),
    _phrase("ask", LONGER, "casual", "I've got a favour to ask: {need}."),
    _phrase(
        "ask", LONGER, "casual", "I'm hoping you can help me with something: {need}."
    ),
    _phrase("ask", SPOKEN, "casual", "Could I ask you a favour? {need}."),
    _phrase(
        "ask",
        EMAIL,
        "casual",
        "I'm writing because I'd love your help with something: {need}.",
    ),
    _phrase("ask", TEXT, "formal", "May I ask a favour? {need}."),
    _phrase("ask", TEXT, "formal", "I would value your help with this: {need}."),
    _phrase(
        "ask",
        EMAIL,
        "formal",
        "I am writing to ask for your help with something: {need}.",
    ),
    _phrase("ask", LONGER, "formal", "May I ask for your help with something? {need}."),
    _phrase(
        "ask",
        LONGER,
        "formal",
        "I would be glad of your help with something: {need}.",
    ),
    _phrase(
        "ask",
        SPOKEN,
        "formal",
        "I wanted to ask for your help with something: {need}.",
    ),
    # Why it matters: {why} is the user's reason, without "because".
    _phrase("reason", TEXT, "casual", "It matters because {why}."),
    _phrase("reason", TEXT, "casual", "I'm asking because {why}."),
    _phrase("reason", TEXT, "casual", "It'd really help, as {why}."),
    _phrase("reason", LONGER, "casual", "It matters to me because {why}."),
    _phrase("reason", LONGER, "casual", "It would make a real difference, as {why}."),
    _phrase("reason", LONGER, "casual", "I'm asking now because {why}."),
    _phrase("reason", TEXT, "formal", "It matters to me because {why}."),
    _phrase("reason", TEXT, "formal", "I am asking because {why}."),
    _phrase("reason", LONGER, "formal", "It matters a great deal to me, as {why}."),
    _phrase("reason", LONGER, "formal", "This is important to me because {why}."),
    _phrase("reason", LONGER, "formal", "I am asking now because {why}."),
    # How long and by when: {when} always follows "help".
    _phrase("time_frame", TEXT, "casual", "Could you help {when}? It'd take {size}."),
    _phrase("time_frame", TEXT, "casual", "It'd take {size}. Can you help {when}?"),
    _phrase("time_frame", TEXT, "casual", "Would you have {size} to help {when}?"),
    _phrase(
        "time_frame", LONGER, "casual", "It should take {size}. Could you help {when}?"
    ),
    _phrase(
        "time_frame", LONGER, "casual", "Would you have {size} free to help {when}?"
    ),
    _phrase(
        "time_frame",
        LONGER,
        "casual",
        "Could you help {when}? I'd need {size} of your time.",
    ),
    _phrase(
        "time_frame", TEXT, "formal", "Could you help {when}? It would take {size}."
    ),
    _phrase(
        "time_frame", TEXT, "formal", "It would take {size}. Could you help {when}?"
    ),
    _phrase(
        "time_frame",
        LONGER,
        "formal",
        "It would take {size}. Would you be able to help {when}?",
    ),
    _phrase(
        "time_frame",
        LONGER,
        "formal",
        "Would you be able to help {when}? I expect it would take {size}.",
    ),
    _phrase(
        "time_frame",
        LONGER,
        "formal",
        "Would you have {size} available to help {when}?",
    ),
    # Why this person. Each channel and tone has some without {strength}.
    _phrase("why_you", TEXT, "casual", "You're great at {strength}, so I asked you."),
    _phrase("why_you", TEXT, "casual", "I trust you, so I asked you first."),
    _phrase("why_you", TEXT, "casual", "You were the first person I thought of."),
    _phrase(
        "why_you",
        LONGER,
        "casual",
        "I thought of you because you're great at {strength}.",
    ),
    _phrase(
        "why_you",
        LONGER,
        "casual",
        "You came to mind because you know a lot about {strength}.",
    ),
    _phrase("why_you", LONGER, "casual", "I thought of you because I trust you."),
    _phrase(
        "why_you",
        LONGER,
        "casual",
        "You were the first person I thought of, because I trust you.",
    ),
    _phrase(
        "why_you", TEXT, "formal", "Your skill with {strength} made me think of you."
    ),
    _phrase("why_you", TEXT, "formal", "I am asking you as I value your judgement."),
    _phrase("why_you", TEXT, "formal", "You were the first person I thought of."),
    _phrase(
        "why_you",
        LONGER,
        "formal",
        "I am asking you because of your experience with {strength}.",
    ),
    _phrase(
        "why_you",
        LONGER,
        "formal",
        "I am asking you because I value your judgement.",
    ),
    _phrase(
        "why_you",
        LONGER,
        "formal",
        "You were the first person I thought of, as I trust you.",
    ),
    # The easy no: kind, plain, and it leaves the ask standing.
    _phrase("easy_no", TEXT, "casual", "If it doesn't suit, that's fine."),
    _phrase("easy_no", TEXT, "casual", "It's fine to say no, honestly."),
    _phrase("easy_no", TEXT, "casual", "If you can't, that's okay."),
    _phrase(
        "easy_no",
        LONGER,
        "casual",
        "If now isn't a good time, that's completely fine; I'll understand.",
    ),
    _phrase(
        "easy_no",
        LONGER,
        "casual",
        "No is a perfectly good answer, and I'll understand.",
    ),
    _phrase(
        "easy_no",
        LONGER,
        "casual",
        "If it doesn't work for you, that's okay; I'll ask someone else.",
    ),
    _phrase("easy_no", TEXT, "formal", "Please feel free to say no."),
    _phrase("easy_no", TEXT, "formal", "If it isn't possible, I'll understand."),
    _phrase("easy_no", TEXT, "formal", "A no is perfectly fine."),
    _phrase(
        "easy_no",
        LONGER,
        "formal",
        "Please feel free to say no if it is not a good time.",
    ),
    _phrase(
        "easy_no",
        LONGER,
        "formal",
        "If it is not possible, I will completely understand.",
    ),
    _phrase(
        "easy_no",
        LONGER,
        "formal",
        "Please don't feel obliged; a no is perfectly fine.",
    ),
    # Offering help back, now or later.
    _phrase("offer_back", TEXT, "casual", "Happy to return the favour."),
    _phrase("offer_back", TEXT, "casual", "I'd love to help you back sometime."),
    _phrase("offer_back", TEXT, "casual", "Tell me if I can ever help you."),
    _phrase(
        "offer_back",
        LONGER,
        "casual",
        "I'd be glad to help you with something in return.",
    ),
    _phrase(
        "offer_back",
        LONGER,
        "casual",
        "Happy to return the favour whenever you need it.",
    ),
    _phrase(
        "offer_back",
        LONGER,
        "casual",
        "Let me know if there's ever something I can do for you.",
    ),
    _phrase("offer_back", TEXT, "formal", "I'd be glad to return the favour."),
    _phrase("offer_back", TEXT, "formal", "Do say if I can help you in return."),
    _phrase(
        "offer_back", LONGER, "formal", "I would be very happy to return the favour."
    ),
    _phrase(
        "offer_back",
        LONGER,
        "formal",
        "Please let me know if I can ever help you in return.",
    ),
    _phrase(
        "offer_back",
        LONGER,
        "formal",
        "If there is anything I can do for you in return, I would be glad to.",
    ),
    # Thanks in the request itself.
    _phrase("thanks", TEXT, "casual", "Thank you!"),
    _phrase("thanks", TEXT, "casual", "Thanks so much."),
    _phrase("thanks", TEXT, "casual", "Thank you, it means a lot."),
    _phrase("thanks", LONGER, "casual", "Thank you, it means a lot."),
    _phrase("thanks", LONGER, "casual", "Thank you, I really appreciate it."),
    _phrase("thanks", EMAIL, "casual", "Thanks for reading this; I'm grateful."),
    _phrase("thanks", SPOKEN, "casual", "Thanks for hearing me out."),
    _phrase("thanks", TEXT, "formal", "Thank you for considering it."),
    _phrase("thanks", TEXT, "formal", "Many thanks."),
    _phrase("thanks", LONGER, "formal", "Thank you for considering it."),
    _phrase("thanks", LONGER, "formal", "I am very grateful for your time."),
    _phrase("thanks", EMAIL, "formal", "Many thanks for reading this."),
    _phrase("thanks", SPOKEN, "formal", "Thank you for listening."),
    # Email sign-offs (the sender's name goes on the next line).
    _phrase("closing", EMAIL, "casual", "Best wishes,"),
    _phrase("closing", EMAIL, "casual", "All the best,"),
    _phrase("closing", EMAIL, "casual", "Take care,"),
    _phrase("closing", EMAIL, "formal", "Kind regards,"),
    _phrase("closing", EMAIL, "formal", "Best regards,"),
    _phrase("closing", EMAIL, "formal", "Warm regards,"),
    # Whole messages for later: a gentle check-in when there is no reply yet.
    _phrase(
        "follow_up",
        WRITTEN,
        "casual",
        "Hi {person}, I'm following up on my message from the other day. "
        "Here it is again: {need}. Whatever you decide is fine. Thank you!",
    ),
    _phrase(
        "follow_up",
        TEXT,
        "casual",
        "Hey {person}, checking in on my earlier message in case it got lost. "
        "A no is completely fine; I'd be glad to hear either way.",
    ),
    _phrase(
        "follow_up",
        SPOKEN,
        "casual",
        "Hi {person}, I wanted to check in about what I asked you the other day: "
        "{need}. Whatever you decide is completely fine.",
    ),
    _phrase(
        "follow_up",
        ALL,
        "formal",
        "Hello {person}, I am following up on my earlier request: {need}. "
        "If it is not possible, I will understand. Thank you for considering it.",
    ),
    _phrase(
        "follow_up",
        EMAIL,
        "formal",
        "Dear {person}, I wanted to follow up on my message of last week. My "
        "request was this: {need}. Please do let me know either way; a no is "
        "perfectly fine.",
    ),
    # Whole messages for later: one warm thank-you after they have helped.
    _phrase(
        "thank_you_after",
        ALL,
        "casual",
        "Hi {person}, thank you again for your help. It made a real difference to me.",
    ),
    _phrase(
        "thank_you_after",
        ALL,
        "casual",
        "Hi {person}, thank you so much for helping me with this: {need}. It "
        "meant a lot to me.",
    ),
    _phrase(
        "thank_you_after",
        WRITTEN,
        "casual",
        "Hey {person}, thanks again for your help. If I can ever return the "
        "favour, tell me.",
    ),
    _phrase(
        "thank_you_after",
        ALL,
        "formal",
        "Hello {person}, thank you for your help with this: {need}. It made a "
        "real difference, and I am very grateful.",
    ),
    _phrase(
        "thank_you_after",
        EMAIL,
        "formal",
        "Dear {person}, I wanted to thank you properly for your help. It meant "
        "a great deal to me.",
    ),
    _phrase(
        "thank_you_after",
        ALL,
        "formal",
        "Hello {person}, thank you for your help the other day. Please let me "
        "know if I can ever return the favour.",
    ),
]
