"""The coach's word lists: every phrase check() looks for, in one place.

Each entry is a small regular-expression fragment, written to read like the
phrase it finds. When the lists are compiled:

- matching ignores case and sits on word boundaries ("just" never matches
  inside "justice" or "adjust");
- a space matches any run of whitespace, including a line break, and " ?"
  any or none;
- an apostrophe is optional and matches a typographic one too, so "don't"
  finds "don't", "don’t" and "dont".

Admins can extend most lists (see ``EXTENDABLE``): their extra phrases are
plain text, not patterns, found as the crisis phrases are (see matching.py).

How matching stays fast (check() must take under a millisecond on a long
draft): every fragment is rewritten into alternatives that start with a
literal word ("(?:could|can) you" becomes "could you" and "can you"), and
all alternatives of all lists that start with the same word become one
pattern, with a named group per list. A draft is split into words once,
noting where each such first word starts; a common first word ("the", "a")
is only noted when the next word can continue one of its fragments. Each
pattern is then tried only where its word is. The word boundary before a
match is a lookbehind placed after the word, so every pattern starts with
a literal. Fragments that start with a number are tried where numbers
start; the few that start with part of a word or a symbol ("£") are
searched for when that text is in the draft.
"""

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import accumulate, compress, count
from operator import itemgetter

from helpapp.coach.syllables import syllables

# Codes whose lists admins may extend with extra phrases. For the first
# seven an extra phrase counts in the draft's favour (a found phrase makes
# the finding ok); for the last three it counts against it (a found phrase
# is flagged, or counted as a hedge).
EXTENDABLE = (
    "clear_ask",
    "specific",
    "time_bound",
    "reason",
    "gratitude",
    "easy_no",
    "offer_back",
    "self_blame",
    "hedging",
    "no_take_back",
)

# Ways of asking. A question also counts as an ask unless it is small talk
# or rhetorical (SMALL_TALK below).
REQUEST = (
    r"(?:could|can|would|will|might|may) (?:you|u|ya|we|I|someone|anyone)"
    r"(?! (?:believe|imagine)\b)",
    r"would it be possible",
    r"is it possible",
    r"is there any (?:chance|way)",
    r"any chance",
    r"(?:would|do) you mind",
    r"do you (?:think you could|have time|fancy)",
    r"are you (?:able|free|around|available|up for)",
    r"why don't you",
    r"(?:wondering|wonder|wondered|asking|ask) (?:whether|if)",
    r"(?:hoping|hope) (?:you|that you) (?:can|could|might|would|will|'d)",
    r"(?:maybe|perhaps) you (?:can|could|might|would)",
    r"(?:grateful|thankful|appreciative) if you",
    r"appreciate it if you",
    r"(?:love|like) it if you",
    r"if you could",
    r"(?:a |one )?favou?r to ask",
    r"ask (?:you )?(?:a |for a )?favou?r",
    r"ask for your help",
    r"(?:I'd|I would|would) (?:love|really love|appreciate|really appreciate|value)"
    r" (?:your help|some help|a hand|help)",
    r"I need (?:your help|you to)",
    r"would love your (?:eyes|thoughts|help|input|advice|opinion|take)",
    r"(?:I'd|I would) (?:respectfully |like to )?request",
    r"request that you",
    r"please(?! (?:don't|do not|feel free|ignore|disregard|forgive|excuse|say so)\b)",
    r"let me know if you (?:can|could|are|'re|have)",
)

# Imperative requests at the start of a sentence ("Help me move on Sunday").
IMPERATIVE = (
    r"(?:help|give|lend|send|bring|pass|grab|fetch|call|ring|text|phone) me",
    r"pick (?:me|us) up",
    r"come (?:round|over|with me|and help)",
)

# Questions that do not ask for anything: small talk and rhetoric.
SMALL_TALK = (
    r"how (?:are|r) (?:you|u|things)",
    r"how's (?:it|things|life|your|the)",
    r"how (?:was|were|did|have you been|is your|is the)",
    r"what's (?:up|new)",
    r"(?:are|r) you (?:ok|okay|alright|well|still)",
    r"did you (?:get|have|see|hear|enjoy|manage)",
    r"you (?:ok|okay|alright)",
    r"(?:can|could|would) you (?:believe|imagine)",
    r"guess what",
    r"(?:you )?know what I mean",
    r"(?:do )?you know what",
    r"who (?:knew|knows|would have thought)",
    r"what's the point",
    r"what (?:a|are the odds|could go wrong)",
    r"(?:isn't|wasn't|aren't|don't) (?:it|they|you think)",
    r"why (?:does|do|is|am|are|can't|won't|must|did)",
    r"how (?:hard|bad) can",
    r"how come",
    r"is it (?:only|just) me",
    r"right(?=\?)",
    r"(?:are|r) you (?:doing|up to) (?:anything|much)",
    r"what (?:are|r) you (?:up to|doing)",
    r"(?:any|got any) (?:plans|news)",
)

# Words that do not make an ask specific: they could be about anything.
# Whatever else follows a request form ("Could you ... ?") makes it specific.
VAGUE = frozenset(
    """
    a an the this that these those it its me my you your yours u ur us our we
    i i'm i'd i'll him her his them their they someone anyone somebody anybody
    something anything stuff things thing favour favor hand bit help helping
    assist support do doing does did done give get got have has having be being
    been am is are was were will would could can might may shall should must
    come go going look see know think want need needs like love mind ask asking
    talk talked discuss discussed mention mentioned said say spoke sort sorted
    situation problem problems issue issues matter life way point time times
    moment sometime while some few couple lot lots little out up around free
    able available to with for of on in at by from about into over through and
    or but if so as than then when what which who how why where there here
    please maybe possibly perhaps probably just really actually honestly kindly
    lol ha haha anyway again too very much more all any also still even
    today tonight tomorrow tmrw tmr morning afternoon evening night day days
    week weeks weekend month later soon now next last this
    monday tuesday wednesday thursday friday saturday sunday
    mon tue tues wed weds thu thur thurs fri sat sun
    trouble bother hassle okay ok fine sure yes no not don't can't won't
    """.split()
)

# How much or how long: numbers with units, money, durations.
QUANTITY = (
    r"\d+(?:[.,]\d+)?(?: |-)?(?:minutes?|mins?|hours?|hrs?|days?|nights?|weeks?"
    r"|months?|pages?|words?|boxes|bags|items|miles?|km|kg|people|quid|pounds?"
    r"|euros?|dollars?|p|page|word|minute|hour|scoops?|chords?|presents?|bulbs?)",
    r"[£$€]\d+(?:[.,]\d+)?",
    r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen"
    r"|twenty|thirty|forty|fifty|sixty|hundred)(?: |-)[a-z]{3,}",
    r"(?:half an?|an|a|one) (?:hour|day|afternoon|morning|evening)",
    r"a (?:few|couple of) (?:minutes|hours|pages|boxes)",
)

# Statements of need that carry a specific ask even without a request form.
NEED_STATEMENT = (
    r"(?:I|we|kinda)(?: (?:really|probably|just|still|kinda|kind of|also|urgently))?"
    r" need",
    r"I'm looking for",
    r"I am looking for",
)

WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)days?"
MONTH = (
    r"(?:january|february|march|april|june|july|august|september|october"
    r"|november|december)"
)
MONTH_ABBREVIATION = r"(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?"
ORDINAL = r"\d{1,2}(?:st|nd|rd|th)"

TIME_BOUND = (
    WEEKDAY,
    MONTH,
    r"(?-i:(?:Mon|Tue|Tues|Wed|Weds|Thu|Thur|Thurs|Fri|Sat|Sun))\.?",
    rf"\d{{1,2}}(?:st|nd|rd|th)?(?: of)? (?:may|{MONTH_ABBREVIATION})",
    rf"(?:may|{MONTH_ABBREVIATION}) \d{{1,2}}(?:st|nd|rd|th)?",
    r"(?:in|by|before|until|till|since|early|late|mid|of) may",
    r"today|tonight|tomorrow|tmrw|tmr|2moro|tomoz",
    r"(?:this|tomorrow|next|on \w+) (?:morning|afternoon|evening|night)",
    r"in the (?:morning|afternoon|evening)",
    r"(?:this|next|coming|over the|at the|on the|by the) weekend",
    r"(?:this|next) (?:week|month|year|term|fortnight)",
    r"(?:within|in) (?:the next |the |a |an |\d+ |two |three |a few )?"
    r"(?:hour|day|week|fortnight|month)s?",
    r"(?:by|before|until|till|prior to) (?:the )?end of",
    r"end of (?:the |this |next )?(?:day|week|month|term|year|quarter)",
    r"prior to",
    r"the new year|new year's|christmas|easter|half-term|boxing day|eid|diwali",
    r"\d{1,2}(?:[:.]\d{2})? ?(?:am|pm)",
    r"\d{1,2}[:.]\d{2}",
    r"(?:at|from|by|before|after|until|till) \d{1,2}",
    r"at half (?:past )?\w+",
    r"at (?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)",
    r"noon|midday|midnight|o'clock",
    r"(?:on )?the " + ORDINAL,
    ORDINAL,
    r"\d{1,2}/\d{1,2}(?:/\d{2,4})?",
    r"\d{4}-\d{2}-\d{2}",
    r"deadline|first thing|later",
)

REASON = (
    r"because|cos|coz|cuz",
    # "so" gives a reason mid-sentence ("..., so I can"), not as an opener
    # ("So I was thinking").
    r"(?<=[\w,;] )so that",
    r"(?<=[\w,;] )so (?:I|we|they|he|she)(?:'m|'ll|'d|'ve)?"
    r"(?! (?:was|thought|wondered|guess|figured|decided)\b)",
    r"(?<=[\w,;] )so (?:it|this|my|our|you can)",
    r"since (?:I|we|it|there|my \w+|our \w+|the \w+)(?:'m|'re|'s|'ve)?"
    r" (?:am|are|is|have|has|can't|cannot|don't|won't|need|got)",
    r"since (?:I'm|we're|it's|there's)",
    r"as (?:I|we)(?:'m|'ve| am| have| can't| cannot| don't| won't| need| will)",
    r"as my \w+ (?:is|are|has|won't|can't|isn't|doesn't)",
    r"in order to",
    r"the reason (?:is|being|I)",
    r"(?:that's|which is) why",
    r"due to",
    r"thanks to (?:the|a|an|my|this|that|all|his|her|their|our|some)",
    r"in case",
    r"otherwise I",
    r"(?:would|will|'d|it'll|it'd) (?:really |so |genuinely )?(?:help|mean)",
    r"(?:it|this|that) (?:might|may|could|should) (?:really )?help",
    r"make (?:a|such a|all the) (?:big |real |huge )?difference",
    r"(?:would|will|'d|could) make (?:it|things|life|this) (?:much |a lot |so |far )?"
    r"(?:easier|simpler|possible|less stressful)",
    r"thereby|so as to|in order that",
    r"matters?",
    r"means? (?:a lot|so much|the world|everything|a great deal) to (?:me|us)",
    r"(?:important|crucial|vital|a big deal) (?:to|for) (?:me|us)",
    # A stated circumstance is a reason too: "I'm stuck at work", "My shift
    # starts at 8", "She's had a fall", "It's been a rough day".
    r"I(?:'m| am) (?:\w+ )?(?:stuck|stranded|ill|unwell|sick|poorly|struggling"
    r"|snowed under|swamped|overwhelmed|exhausted|anxious|worried|nervous|scared"
    r"|desperate|skint|broke|locked out|in hospital|off work|short of)",
    r"(?:while|when) (?:I'm|we're|I am|we are|I'll be|we'll be) (?:away|abroad"
    r"|in|at|on holiday|working|out)",
    r"I(?:'ve| have) (?:\w+ )?(?:been|got|had) (?:\w+ )?(?:ill|unwell|sick|poorly"
    r"|covid|flu|an operation|surgery)",
    r"(?:'s|'ve|has|have) had (?:a|an) (?:fall|accident|operation|op|baby)",
    r"I(?:'ve| have)(?: just)? moved (?:in|into|house|here)",
    r"I (?:have|'ve got|have got) (?:a|an|my) (?:[\w']+ )?(?:appointment|interview"
    r"|exam|deadline|shift|meeting|operation|flight|train|test|scan)",
    r"my (?:\w+ )?(?:shift|flight|train|bus|exam|interview|appointment|deadline"
    r"|rent|car|boiler|back|knee|laptop|phone|lease|job)(?:'s| is| starts| leaves"
    r"| was| broke| died| has| won't| isn't| ends)",
    r"(?:it's|it has|it is|things have|things are|life's|life has|today's|today has)"
    r" (?:been )?(?:a |such a )?(?:rough|hard|tough|long|bad|awful|horrible"
    r"|difficult|crazy|lot|nightmare|overwhelming)",
    r"(?:takes|needs) (?:two|2|three|3) (?:people|ppl|of us|pairs of hands)",
    r"(?:can't|cannot|don't want to) (?:\w+ ){0,2}(?:on my own|alone|by myself)",
    r"locked (?:myself )?out",
    r"(?:'s|is|has been) (?:ill|unwell|sick|poorly|limping|in hospital|not well)",
    r"(?:is|'s|keeps) (?:broken|leaking|not working|playing up"
    r"|making [^.!?\n]{0,20}noise)",
    r"I (?:need|have) to (?:get|be|leave|go|finish|take|pick|collect|catch)",
    r"I want (?:to|it to|them to|this to)(?! (?:ask|say)\b)",
    r"I don't want to(?! (?:bother|be a|impose|trouble|ask)\b)",
    r"I (?:don't|do not) know (?:how|what|where|if|whether|anyone)",
    r"I'd feel (?:better|safer|happier|more confident|less)",
    r"I(?:'m| am) (?:still )?(?:unsure|not sure how|confused)",
    r"(?:'s|is|are|got) (?:dying|broken|stolen|nicked|due|flat|dead|cancelled"
    r"|delayed|off sick|in hospital)",
)

GRATITUDE = (
    r"thank (?:you|u|ya)",
    r"thanks(?! to (?:the|a|an|my|this|that|all|his|her|their|our|some|it)\b)",
    r"thankful|thx|cheers|grateful|gratitude|much obliged|ta",
    r"apprecia\w*",
    r"(?:it|this|that|you|your help) (?:really )?means? "
    r"(?:a lot|so much|the world|a great deal)(?! to (?:me|us) to)",
    r"you're (?:a |an |the )?(?:star|legend|lifesaver|life saver|gem|hero|angel"
    r"|best)",
)

EASY_NO = (
    r"(?:a |that )?no is (?:a |an )?(?:perfectly |totally |completely |absolutely )?"
    r"(?:fine|ok|okay|good|great|fair|acceptable)",
    r"(?:fine|ok|okay|alright|all right|cool) (?:to say no|if you"
    r" (?:can't|cannot|don't|do not|are busy|'re busy|'d rather not"
    r"|would rather not))",
    r"free to (?:say no|decline|pass)",
    r"say no if",
    r"saying no is",
    r"no (?:pressure|obligation|hard feelings)",
    r"(?:don't|do not) feel (?:obliged|obligated|you have to|bad)",
    r"(?:no worries|no problem|not a problem|all good) if",
    r"if (?:not|you can't|you cannot|you're too busy|you're busy|you are busy"
    r"|you're tired|you're swamped|you'd rather not|you would rather not"
    r"|it's not possible|it is not possible|it's not a good time"
    r"|it doesn't work|it does not work|you don't have (?:the )?time"
    r"|you do not have (?:the )?time|now isn't a good time)",
    r"if\b[^.!?\n;]{1,80}?\b(?:that's|that is|it's|it is|that'd be)"
    r" (?:completely |totally |perfectly |absolutely |honestly |really |also )?"
    r"(?:fine|ok|okay|alright|all right|understandable)",
    r"I(?:'ll|'d| will| would)? (?:completely |totally |entirely |fully |of course )?"
    r"understand(?: completely| entirely| totally)?(?: if)?",
    r"(?:ask|find) someone else",
    r"(?:entirely |completely )?up to you",
    r"(?:I'll|I will|I can) ask (?:\w+ )?(?:else|instead)",
    r"whatever you (?:decide|choose)|no matter what you decide",
    r"either way is (?:fine|ok|okay)|(?:glad|happy) to hear either way",
    r"if (?:that's|it's|this is) a problem",
    r"only if you (?:can|want|fancy|have time|'re free|are free)",
    r"no (?:stress|biggie|big deal)",
    r"(?:it's|that's|it is|that is) (?:completely |totally |perfectly )?"
    r"(?:fine|ok|okay|alright) if",
)

OFFER_BACK = (
    r"in return|in exchange|reciprocate",
    r"return the favou?r",
    r"(?:I'll|I will|I'd|I would) (?:happily |gladly )?(?:return|repay)",
    r"owe you(?! (?:an apology|an explanation|money)\b)",
    r"(?:happy|glad|keen|delighted) to (?:help|do|cover|cook|bake|babysit|swap|lend"
    r"|give|return|feed|water|look after|drive|take|buy|make|pick)",
    r"(?:I'll|I will|I'd|I would|I can|let me) (?:happily |gladly )?"
    r"(?:buy|cook|make|bake|get) (?:you|us|dinner|lunch|breakfast|tea)",
    r"(?:I'll|I will|I can) (?:happily )?(?:cover|do|take) (?:one of )?(?:yours|your)",
    r"(?:coffee|lunch|dinner|breakfast|drinks?|pizza|beers?|a pint|tickets?|cake"
    r"|the next round)(?:'s|'re| is| are)? on (?:me|us)",
    r"my treat",
    r"(?:I|we)'ll bring (?:you (?:\w+ ){0,2}back|[^.!?\n]{0,30}?(?:pizza|cake|snacks"
    r"|food|wine|beer|drinks|biscuits|coffee|lunch|dinner|breakfast|rolls|treats"
    r"|pastries|chocolates?|doughnuts|croissants|flowers))",
    r"(?:I'll|I will|we'll|let me) (?:buy|get) (?:you |us )?(?:the |a )?(?:coffees?"
    r"|drinks?|lunch|dinner|breakfast|a round|pints?|beers?|pizza|cake)",
    r"treat you",
    r"(?:pizza|food|tea|drinks|lunch|dinner|snacks|beers?|cake|coffee)"
    r"(?: and \w+)? (?:provided|included)",
    r"(?:I'll|I will|will|happy to|I can|I'd) (?:pay|chip in) for (?:the )?(?:petrol"
    r"|fuel|gas|parking|taxi|lunch|dinner|coffee|drinks)",
    r"if (?:I can|you) ever",
    r"(?:next time|whenever|any ?time) you (?:need|want|'re|are)",
    r"make it up to you",
    r"(?:do|return) the same for you",
    r"I'm all ears",
)

SELF_BLAME = (
    r"sorry (?:to|for) (?:bother|bothering|trouble|troubling|ask|asking|disturb"
    r"|disturbing|pester|pestering|impose|imposing|intrude|intruding|interrupt"
    r"|be a|be such|be so|being|keep|always|constantly|put|putting|dump|dumping"
    r"|burden|burdening|spring|drag|dragging|land|landing|the trouble|the hassle"
    r"|the bother|the inconvenience|the imposition|the long|the late|the rambling|this"
    r"|all this)(?: you)?",
    r"sorry (?:if|that) (?:this|I|I'm|it's|it is|that's|my)\b",
    r"sorry about (?:this|that|all this|asking|the bother|the hassle|the trouble"
    r"|the inconvenience)",
    r"sorry (?:again|in advance)",
    r"sorry(?:[ ,.!…-]+sorry)*[,.!…]+(?! ?(?:to hear|that sounds|that's (?:awful"
    r"|rough|hard|tough|horrible|terrible|sad)|about your|you|for your|I heard))",
    r"apolog(?:ies|ise|ize|ising|izing)(?: in advance| for (?:bothering|asking"
    r"|disturbing|troubling|this|being|the trouble|the bother|the inconvenience"
    r"|the imposition))",
    r"I hate (?:to |having to |that I have to |that I need to )?(?:ask|asking"
    r"|bother|bothering|impose|imposing|be a|being a)",
    r"(?:I'm|I am|I feel like|I feel like I'm|being|to be) (?:such |so )?(?:a |an )?"
    r"(?:burden|nuisance|pain|pest|imposition)",
    r"(?:this|it)(?:'s| is| might be| may be| must be| will be)"
    r"(?: probably| really| so| such| a bit)*(?: a)? (?:stupid|dumb|silly|pathetic"
    r"|ridiculous)",
    r"(?:stupid|dumb|silly) question",
    r"(?:might|may|will) (?:sound|seem) (?:silly|stupid|dumb|daft|weird|pathetic)",
    r"I feel (?:so |really |very )?(?:awful|terrible|bad|guilty|horrible|stupid"
    r"|useless) (?:asking|about asking|for asking|to ask|even asking)",
    r"I'm (?:so |such |completely |totally |really )?(?:useless|hopeless|rubbish"
    r"|terrible|awful|clueless) (?:at|with)",
    r"I'm (?:so |such |completely |totally |really )?(?:an idiot|stupid|pathetic"
    r"|useless|hopeless|a failure|a mess)\b",
    r"I should be able to (?:do|handle|manage|sort|fix|figure)",
    r"(?:forgive|pardon) me for (?:asking|bothering)",
    r"I know (?:it's|this is|that's) (?:a lot|too much|a big ask|a pain"
    r"|an imposition|asking a lot)",
    r"I hate (?:being|to be) (?:that person|the one|needy|annoying|such)",
)

HEDGING = (
    r"(?<!'ve )(?<!have )(?<!has )(?<!had )(?<!'d )just(?! (?:in case|in time|as"
    r"|like|moved|arrived|got back|finished|heard|started|left)\b)",
    r"(?<!the )(?<!an )(?<!not )(?<!if )only(?! (?:child|one who|person who)\b)",
    r"maybe|perhaps|probably|possibly|kinda|sorta|somewhat",
    r"kind of|sort of|I guess|I suppose",
    r"a (?:little |tiny |wee )?bit",
    r"a little(?! (?:boy|girl|one|ones|while|brother|sister|kid)\b)",
    r"tiny|teeny",
    r"if it's (?:not too much|no) (?:trouble|bother|hassle)",
    r"if it's not too much",
    r"if you don't mind",
)

NO_TAKE_BACK = (
    r"never mind|nevermind|nvm",
    r"(?<!never )(?<!won't )(?<!not )(?<!don't )(?<!'ll )(?<!wont )(?<!dont )"
    r"forget (?:it|I asked|about it|that|this|I said anything)",
    r"ignore (?:this|me|that|my (?:last )?(?:message|text|email))",
    r"disregard (?:this|that|my)",
    r"(?:don't|do not|dont) worry about it",
    r"it's not important|it doesn't matter|scratch that",
)

# "No worries if not" takes the ask back only when it is the last words.
NO_WORRIES_AT_END = (
    r"no (?:worries|problem|prob|probs) if (?:not|you (?:can't|cannot|can not"
    r"|don't|do not|are busy)|you're busy|it's too much)[\W_]*(?:x+o*[\W_]*)?\Z"
)

DEFAULTS: dict[str, tuple[str, ...]] = {
    "clear_ask": REQUEST,
    "specific": QUANTITY,
    "time_bound": TIME_BOUND,
    "reason": REASON,
    "gratitude": GRATITUDE,
    "easy_no": EASY_NO,
    "offer_back": OFFER_BACK,
    "self_blame": SELF_BLAME,
    "hedging": HEDGING,
    "no_take_back": NO_TAKE_BACK,
}


@dataclass
class Words:
    """A draft prepared for one Lexicon: lowercased, counted, and where each
    of the lexicon's first words is."""

    original: str  # apostrophes straightened, same length as the draft
    lower: str  # lowercased, every space a plain " ", same length
    count: int  # words, as a reader counts them
    pieces: int  # pieces of text between spaces, as str.split() gives them
    syllables: int  # estimated, for reading ease
    # Where each of the lexicon's first words starts ("#" for numbers),
    # leaving out a common word when the next word cannot continue it.
    positions: dict[str, list[int]]

    @classmethod
    def of(cls, original: str, lexicon: "Lexicon") -> "Words":
        lower = original.lower()
        if len(lower) != len(original):  # e.g. "İ" lowercases to two characters
            lower = "".join(c if len(c.lower()) != 1 else c.lower() for c in original)
        for space in _SPACES:
            if space in lower:
                lower = lower.replace(space, " ")
        pieces = lower.split(" ")
        known = lexicon.pieces
        entries = [known.get(piece) or lexicon.piece(piece) for piece in pieces]
        # Where each piece starts: the lengths before it, and a space each.
        lengths = list(accumulate(map(len, pieces), initial=0))
        positions: defaultdict[str, list[int]] = defaultdict(list)
        last = len(entries) - 1
        for index in compress(count(), map(_TRIGGERS, entries)):
            start = lengths[index] + index
            for word, offset, allowed in entries[index][2]:
                if allowed is not None:  # only before certain words
                    following = entries[index + 1][3] if index < last else ""
                    if not following and index < last:
                        following = _next_word(entries, index)
                    if following not in allowed and not (
                        following[:1].isdigit() and "#" in allowed
                    ):
                        continue
                positions[word].append(start + offset)
        return cls(
            original,
            lower,
            sum(map(_COUNT, entries)),
            len(pieces) - pieces.count(""),
            sum(map(_SYLLABLES, entries)),
            positions,
        )


# A piece of text between spaces, as a lexicon sees it: how many words it
# holds, their syllables, the lexicon's first words in it as (word, offset,
# the words that must follow for it to count, or None), and its first word.
Trigger = tuple[str, int, frozenset[str] | None]
Piece = tuple[int, int, tuple[Trigger, ...], str]
_COUNT, _SYLLABLES, _TRIGGERS = (itemgetter(i) for i in range(3))
# Every character str.split() splits on, so that pieces are its words.
_SPACES = tuple(c for c in map(chr, range(0x3001)) if c.isspace() and c != " ")
EDGES = "!\"#%&()*+,./:;<=>?@[\\]^_`{|}~-“”„«»–—…•·¡¿'"
_WORD_PART = re.compile(r"[^\W_]+(?:'[^\W_]+)*")
_PIECES_KEPT = 50_000


def _next_word(entries: list[Piece], index: int) -> str:
    """The first word of the next piece that has one ("" if none)."""
    for entry in entries[index + 1 : index + 4]:
        if entry[0]:
            return entry[3]
    return ""


def words_in(piece: str) -> list[tuple[str, int]]:
    """The words in one piece of text between spaces, with their offsets:
    "you?" -> [("you", 0)]; "(5.30pm" -> [("5", 1), ("30pm", 3)]."""
    word = piece.strip(EDGES)
    if word and word.replace("'", "").isalnum():
        return [(word, piece.index(word))]
    return [(m.group(), m.start()) for m in _WORD_PART.finditer(piece)]


@dataclass
class Lexicon:
    """Finds the fragments of several lists in a draft, one pattern per first
    word (see the module docstring). spans() returns, for each list, the
    (start, end) of every fragment found."""

    codes: tuple[str, ...]
    by_word: dict[str, list[tuple[re.Pattern, tuple[str, ...]]]]
    by_substring: dict[str, list[tuple[re.Pattern, tuple[str, ...]]]]
    at_numbers: tuple[re.Pattern, tuple[str, ...]] | None
    always: list[tuple[str, re.Pattern]]
    cased_by_word: dict[str, list[tuple[re.Pattern, tuple[str, ...]]]]
    # For a first word whose fragments all go on with a known word, those
    # words ("#": a number): "the" only matters before "end", "5th"...
    after: dict[str, frozenset[str]]
    # What the lexicon has learnt about each piece of text it has seen.
    pieces: dict[str, Piece] = field(default_factory=dict)

    def piece(self, piece: str) -> Piece:
        """What this lexicon needs to know about one piece of text, kept."""
        found = words_in(piece)
        triggers = []
        for index, (word, offset) in enumerate(found):
            last = index == len(found) - 1
            names = [(word, offset)]
            if "'" in word:  # "ziggy's" is also "ziggy", "s" and "'s"
                at = 0
                for part_index, part in enumerate(word.split("'")):
                    if part:
                        names.append((part, offset + at))
                        if part_index:
                            names.append(("'" + part, offset + at - 1))
                    at += len(part) + 1
            for name, at in names:
                if name in self.by_word or name in self.cased_by_word:
                    # A word followed by more in the same piece ("i" in
                    # "i,you") is kept; the pattern decides.
                    allowed = self.after.get(name) if last else None
                    triggers.append((name, at, allowed))
            if word[0].isdigit():
                triggers.append(("#", offset, None))
        entry: Piece = (
            len(found),
            sum(syllables(word) for word, _ in found),
            tuple(dict.fromkeys(triggers)),
            found[0][0] if found else "",
        )
        if len(self.pieces) >= _PIECES_KEPT:
            self.pieces.clear()
        self.pieces[piece] = entry
        return entry

    def forget(self) -> None:
        """Forget the pieces of text seen so far."""
        self.pieces.clear()

    def spans(self, draft: Words) -> dict[str, list[tuple[int, int]]]:
        """Every fragment found in a draft prepared for this lexicon."""
        found: dict[str, list[tuple[int, int]]] = {code: [] for code in self.codes}
        lower, positions = draft.lower, draft.positions
        for word in self.by_word.keys() & positions.keys():
            starts = positions[word]
            for pattern, codes in self.by_word[word]:
                match = pattern.match
                if len(codes) == 1:
                    code = codes[0]
                    for start in starts:
                        if m := match(lower, start):
                            found[code].append((start, m.end(code)))
                else:
                    _collect(
                        [m for s in starts if (m := match(lower, s))], codes, found
                    )
        if self.at_numbers is not None and "#" in positions:
            pattern, codes = self.at_numbers
            match = pattern.match
            numbers = positions["#"]
            _collect([m for s in numbers if (m := match(lower, s))], codes, found)
        original = draft.original
        for word in self.cased_by_word.keys() & positions.keys():
            starts = positions[word]
            for pattern, codes in self.cased_by_word[word]:
                match = pattern.match
                _collect([m for s in starts if (m := match(original, s))], codes, found)
        self._search_the_rest(lower, found)
        return found

    def _search_the_rest(self, lower: str, found: dict) -> None:
        """Fragments starting with part of a word or with a symbol."""
        for substring, patterns in self.by_substring.items():
            if substring in lower:
                for pattern, codes in patterns:
                    _collect(pattern.finditer(lower), codes, found)
        for code, pattern in self.always:
            found[code] += [
                m.span()
                for m in pattern.finditer(lower)
                if not m.start() or not lower[m.start() - 1].isalnum()
            ]


def _collect(matches: Iterable[re.Match], codes: tuple[str, ...], found: dict) -> None:
    if len(codes) == 1:
        (code,) = codes
        found[code] += [(m.start(), m.end(code)) for m in matches]
        return
    for m in matches:
        start = m.start()
        for code in codes:
            end = m.end(code)
            if end != -1:
                found[code].append((start, end))


def compile_lexicon(lists: dict[str, Iterable[str]]) -> Lexicon:
    """A Lexicon for several named lists of fragments."""
    # (kind, word) -> code -> what follows the word in each fragment
    groups: dict[tuple[str, str], dict[str, list[str]]] = {}
    numbers: dict[str, list[str]] = {}
    always: list[tuple[str, re.Pattern]] = []
    for code, fragments in lists.items():
        for fragment in fragments:
            cased = fragment.startswith("(?-i:")
            if cased:  # "(?-i:Sat)": case matters, so match the original text
                end = _group_end(fragment)
                fragment = "(?:" + fragment[5:end] + ")" + fragment[end + 1 :]
            for alternative in _split_top(fragment):
                behinds, source = _take_lookbehinds(alternative)
                for kind, word, rest in _leads(behinds, source, cased):
                    if kind == "number":
                        numbers.setdefault(code, []).append(rest)
                    elif kind == "always":
                        always.append((code, re.compile(rest + r"(?!\w)")))
                    else:
                        by_code = groups.setdefault((kind, word), {})
                        by_code.setdefault(code, []).append(rest)
    by_word: dict = {}
    by_substring: dict = {}
    cased_by_word: dict = {}
    after: dict[str, frozenset[str]] = {}
    for (kind, word), by_code in groups.items():
        pattern = _word_pattern(word, by_code, keep_case=kind == "cased")
        entry = (pattern, tuple(by_code))
        if kind == "cased":
            cased_by_word.setdefault(word.lower(), []).append(entry)
        elif kind == "substring":
            by_substring.setdefault(word, []).append(entry)
        else:
            by_word.setdefault(word, []).append(entry)
            nexts = [_next_words(rest) for rests in by_code.values() for rest in rests]
            if all(n is not None for n in nexts):
                after[word] = frozenset().union(*nexts)
    at_numbers = None
    if numbers:
        at_numbers = (_alternatives_pattern("", numbers), tuple(numbers))
    return Lexicon(
        tuple(lists), by_word, by_substring, at_numbers, always, cased_by_word, after
    )


def _next_words(rest: str) -> frozenset[str] | None:
    """The words that can come after a fragment's first word ("#" for a
    number), or None when it could be anything ("on Sunday morning")."""
    _, rest = _take_lookbehinds(rest)
    if not rest.startswith(" "):
        return None
    rest = rest[1:]
    if rest.startswith("(?:"):
        split = _group_alternatives(rest)
        if split is None:
            return None
        alternatives, after = split
        found: set[str] = set()
        for alternative in alternatives:
            words = _next_words(" " + alternative + after)
            if words is None:
                return None
            found |= words
        return frozenset(found)
    if rest.startswith(("\\d", "[0-9]")):
        return frozenset({"#"})
    length = 0
    while length < len(rest) and (rest[length].isalnum() or rest[length] == "'"):
        length += 1
    word, tail = rest[:length].lower(), rest[length:]
    if not word.strip("'"):
        return None
    words = {word}
    if tail.startswith("?"):  # "days?": "day" or "days"
        words.add(word[:-1])
        tail = tail[1:]
    elif tail[:1].isalnum() or tail.startswith(("(?:", "\\w", "[", "*", "+", "{")):
        return None  # the word goes on in ways not worked out here
    return frozenset(words | {w.replace("'", "") for w in words})


def _word_pattern(
    word: str, by_code: dict[str, list[str]], keep_case: bool = False
) -> re.Pattern:
    """One pattern for every fragment, of every list, starting with word.

    It starts with the word itself (and the space after it, when every
    fragment goes on after a space), which the regex engine finds quickly;
    the check that the word does not start mid-word comes right after, as
    a lookbehind. What follows is one named group per list, so a single
    match reports every list that matched.
    """
    case = (lambda source: source) if keep_case else _lower
    head = re.escape(word)
    rests = [rest for rests in by_code.values() for rest in rests]
    spaced = all(_take_lookbehinds(rest)[1].startswith(" ") for rest in rests)
    space = " " if spaced else ""
    follows = {}
    for code, code_rests in by_code.items():
        alternatives = []
        for rest in dict.fromkeys(code_rests):
            behinds, rest = _take_lookbehinds(rest)
            moved = "".join(b[:-1] + head + space + ")" for b in behinds)
            if spaced:
                alternatives.append(case(moved) + r"\s*" + case(_loosen(rest[1:])))
            else:
                alternatives.append(case(moved) + case(_loosen(rest)))
        follows[code] = alternatives
    return _alternatives_pattern(f"{head}{space}(?<!\\w{head}{space})", follows)


def _alternatives_pattern(start: str, follows: dict[str, list[str]]) -> re.Pattern:
    """start, then what follows for each list, in a group named after it.
    With several lists, each group sits in an optional lookahead, and a
    match needs at least one of them."""
    if len(follows) == 1:
        ((code, alternatives),) = follows.items()
        return re.compile(f"{start}(?P<{code}>(?:{'|'.join(alternatives)})(?!\\w))")
    every = "|".join(a for alternatives in follows.values() for a in alternatives)
    parts = [f"{start}(?=(?:{every})(?!\\w))"]
    for code, alternatives in follows.items():
        parts.append(f"(?:(?=(?P<{code}>(?:{'|'.join(alternatives)})(?!\\w))))?")
    return re.compile("".join(parts))


def compile_anchored(fragments: Iterable[str]) -> re.Pattern:
    """A pattern for fragments that must start a sentence: use its match()
    at the sentence's first character."""
    body = "|".join(_loosen(f) for f in fragments)
    return re.compile(rf"\s*(?:please\s+)?(?:{body})(?!\w)", re.IGNORECASE)


def _split_top(source: str) -> list[str]:
    """source split on "|" outside groups and character classes."""
    parts, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(source):
        c = source[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            parts.append(source[start:i])
            start = i + 1
        i += 1
    parts.append(source[start:])
    return parts


def _group_end(source: str) -> int:
    """The index of the ")" closing the group that opens source."""
    depth, i, in_class = 0, 0, False
    while i < len(source):
        c = source[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    raise ValueError(f"unbalanced group in {source!r}")


def _take_lookbehinds(source: str) -> tuple[list[str], str]:
    behinds = []
    while source.startswith(("(?<!", "(?<=")):
        end = _group_end(source)
        behinds.append(source[: end + 1])
        source = source[end + 1 :]
    return behinds, source


def _group_alternatives(source: str) -> tuple[list[str], str] | None:
    """For source opening with "(?:...)" or "(?:...)?": the alternatives and
    what follows the group; None if the group repeats (*, + or {n,m})."""
    end = _group_end(source)
    inner, after = source[3:end], source[end + 1 :]
    alternatives = _split_top(inner)
    if after.startswith("?"):
        return [*alternatives, ""], after[1:]
    if after[:1] in ("*", "+", "{"):
        return None
    return alternatives, after


def _leads(
    behinds: list[str], source: str, cased: bool = False
) -> list[tuple[str, str, str]]:
    """(kind, first word, what follows it) for each way source can start.

    kind is "word" (a whole word), "substring" (the start of a word, or a
    symbol), "cased" (a word whose case matters), "number" (source starts
    with a digit) or "always" (no literal start). For the first three, what
    follows is still in fragment syntax with the lookbehinds in front; for
    the last two it is a complete pattern.
    """
    if source.startswith("(?:"):
        split = _group_alternatives(source)
        if split is None:
            return [("always", "", _lower("".join(behinds) + _loosen(source)))]
        alternatives, after = split
        return [
            lead for a in alternatives for lead in _leads(behinds, a + after, cased)
        ]
    if source.startswith(("\\d", "[0-9]")) and not behinds:
        return [("number", "", _lower(_loosen(source)))]
    symbols = re.match(r"\[([^\]\\^-]+)\]", source)
    if symbols:  # "[£$€]\d+": each symbol is a literal start
        after = "".join(behinds) + source[symbols.end() :]
        return [("substring", symbol, after) for symbol in symbols.group(1)]
    length = 0
    while length < len(source) and (source[length].isalnum() or source[length] == "'"):
        length += 1
    word, rest = source[:length], source[length:]
    if not word.strip("'"):
        return [("always", "", _lower("".join(behinds) + _loosen(source)))]
    if rest.startswith("?"):  # the last letter is optional: "favou?r"
        return _leads(behinds, word[:-1] + rest[1:], cased) + _leads(
            behinds, word + rest[1:], cased
        )
    if "'" in word:  # apostrophes are optional: "don't" and "dont"
        bare = word.replace("'", "")
        leads = _leads(behinds, bare + rest, cased) if bare else []
        kind = "substring" if word.startswith("'") or cased else "word"
        return [*leads, (kind, word.lower(), "".join(behinds) + rest)]
    if rest.startswith("(?:"):
        split = _group_alternatives(rest)
        if split is not None:
            alternatives, after = split
            return [
                lead
                for a in alternatives
                for lead in _leads(behinds, word + a + after, cased)
            ]
    complete = (
        not rest
        or rest[0] == " "
        or rest.startswith(
            ("(?!", "(?=", "(?<", "\\s", "\\b", "\\.", "\\Z", "\\-", "-")
        )
    )
    if cased and complete:
        return [("cased", word, "".join(behinds) + rest)]
    kind = "word" if complete else "substring"
    return [(kind, word.lower(), "".join(behinds) + rest)]


def _loosen(source: str) -> str:
    """Spaces match any whitespace (an optional space, " ?", any or none);
    apostrophes are optional."""
    return source.replace(" ?", r"\s*").replace(" ", r"\s+").replace("'", "'?")


def _lower(source: str) -> str:
    """source lowercased, leaving escapes (\\W, \\S, \\Z) alone."""
    out, i = [], 0
    while i < len(source):
        if source[i] == "\\":
            out.append(source[i : i + 2])
            i += 2
        else:
            out.append(source[i].lower())
            i += 1
    return "".join(out)
