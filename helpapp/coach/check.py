"""Check a draft request: what helps it work, and what to watch out for.

``check(text, channel, lexicon=None)`` returns one ``Finding`` per code in
``CODES``, always in that order. ``HELPS`` are the six things that help (the
"4 of 6" count); ``WATCH_OUTS`` are the rest; ``TITLES`` label them for a
checklist. Each finding's ``spans`` are (start, end) character ranges in the
text as given (typographic apostrophes and all) that triggered it.

The word lists live in ``helpapp.coach.lexicon``. Admins can extend the lists
of the codes in ``lexicon.EXTENDABLE`` (clear_ask, specific, time_bound,
reason, gratitude, easy_no, offer_back, self_blame, hedging, no_take_back)
by passing plain phrases: ``lexicon={"hedging": ["a wee bit"]}``. They match
as the crisis phrases do (``helpapp.coach.matching``): any case, whole words,
any apostrophe, a space or a hyphen between words.

How the less obvious codes decide:

- clear_ask: a request form ("could you", "would you mind", "please", "I was
  wondering if", an imperative like "Help me move on Sunday"), or a question
  that is not small talk or rhetoric ("How are you?", "Can you believe it?").
- specific: a quantity or duration ("30 minutes", "two boxes", "£50"), or a
  word after a request form that names the task or thing ("Could you look
  over my CV?"), where "help me with something" names nothing.
- reason: an explanation ("because", "so that", "since I'm", "it would help")
  or a stated circumstance behind the ask ("I'm stuck at work", "my shift
  starts at 8", "she's had a fall"); not why-you ("you're good at this").
- easy_no and offer_back are suggestions: when missing, the message says so.
- self_blame: apologising for asking or running oneself down ("sorry to
  bother you", "I'm useless at this"); an empathic apology ("sorry to hear
  about your week", "sorry about the rain") is fine.
- hedging: minimisers counted as whole words ("just" but not "justice" or
  "I've just moved"; "only" but not "the only" or "only child"). Flagged when
  there are more than max(1, 2 per 100 words): two or more in a short
  message, more than two per hundred words in a long one.
- no_take_back: "never mind", "forget it", "ignore this", "don't worry
  about it" anywhere; "no worries if not" only as the last words.
- questions: one to three, or none when there is a clear ask without one.
  A question mark inside a link is not a question; "?!" is one question.
- length: a text fits in TEXT_LIMIT characters, an email body has
  EMAIL_WORDS words, a call or in-person script at most SCRIPT_WORDS.
- reading_ease: the Flesch-Kincaid grade level,
  0.39 * words / sentences + 11.8 * syllables / words - 15.59,
  must be below READING_GRADE (9.0, "about grade 8": an 8.x grade is eighth
  grade). Texts under ten words always pass. Syllables are estimated as in
  ``helpapp.coach.syllables``; a line of a script counts as a sentence.

Speed: every pattern is compiled once, at import; a draft is split into
words once and only the patterns whose first word is in it are run (see
lexicon.py). What is learnt about each piece of text (its words, syllables
and first words) is kept, so checking a draft again, as someone types, is
cheaper; admin phrases are compiled once per distinct set.
"""

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache

from helpapp.coach import lexicon as words
from helpapp.coach.matching import compile_phrases, straighten

TEXT_LIMIT = 320
EMAIL_WORDS = (50, 125)
SCRIPT_WORDS = 150
READING_GRADE = 9.0
SHORT_TEXT_WORDS = 10
SCRIPT_CHANNELS = ("call", "in_person")

HELPS = ("specific", "time_bound", "reason", "gratitude", "easy_no", "offer_back")
WATCH_OUTS = (
    "clear_ask",
    "self_blame",
    "hedging",
    "no_take_back",
    "questions",
    "length",
    "reading_ease",
)
CODES = ("clear_ask", *HELPS, *WATCH_OUTS[1:])
# Suggestions: when missing, the message says they are optional.
OPTIONAL = ("easy_no", "offer_back")

TITLES = {
    "clear_ask": "Asks clearly",
    "specific": "Says what you need",
    "time_bound": "Has a time frame",
    "reason": "Says why it matters",
    "gratitude": "Says thank you",
    "easy_no": "Makes no easy",
    "offer_back": "Offers help back",
    "self_blame": "No apologising for asking",
    "hedging": "Few softening words",
    "no_take_back": "Lets the ask stand",
    "questions": "One to three questions",
    "length": "Fits the channel",
    "reading_ease": "Easy to read",
}

MESSAGES = {
    # code: (when ok, when not ok)
    "clear_ask": (
        "You ask for something clearly.",
        "Try asking directly, for example “Could you …?”.",
    ),
    "specific": (
        "You say what you need.",
        "Say exactly what you need, and how long it might take.",
    ),
    "time_bound": (
        "You say when.",
        "Add a day or time, like “by Friday” or “this weekend”.",
    ),
    "reason": (
        "You say why it matters.",
        "A few words on why it matters, like “because …”, can help.",
    ),
    "gratitude": (
        "You say thank you.",
        "A short thank-you makes it easier to say yes.",
    ),
    "easy_no": (
        "You make it easy to say no.",
        "Optional: saying a no is fine can make it easier to say yes.",
    ),
    "offer_back": (
        "You offer something back.",
        "Optional: offering help in return, some day, keeps things balanced.",
    ),
    "self_blame": (
        "No apologising for asking. Asking is ordinary.",
        "You don't need to apologise for asking; try leaving out {quoted}.",
    ),
    "hedging": (
        "Your words are direct.",
        "Words like {quoted} make your ask sound smaller than it is; "
        "try leaving some out.",
    ),
    "no_take_back": (
        "Your ask stands on its own.",
        "{quoted} takes your ask back; you can let it stand.",
    ),
    "questions": (
        "Easy to answer.",
        "{detail}",
    ),
    "length": (
        "A good length for {channel_name}.",
        "{detail}",
    ),
    "reading_ease": (
        "Easy to read.",
        "Shorter sentences and everyday words will make it easier to read.",
    ),
}

CHANNEL_NAMES = {
    "text": "a text",
    "email": "an email",
    "call": "a call",
    "in_person": "a chat in person",
}


@dataclass(frozen=True)
class Finding:
    """One thing check() noticed. spans are (start, end) character ranges
    in the checked text that triggered it; empty when nothing did."""

    code: str
    ok: bool
    message: str
    spans: tuple[tuple[int, int], ...] = ()

    @property
    def title(self) -> str:
        return TITLES[self.code]


Spans = tuple[tuple[int, int], ...]

_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_SCRIPT_LABEL = re.compile(
    r"^[ \t]*(?:opener|the ask|the easy no|the thanks)[ \t]*:",
    re.IGNORECASE | re.MULTILINE,
)
_MARKS = ".!?…\n"
_CLOSERS = " \t\r\n\"')]\u00a0"
_HAS_WORD = re.compile(r"[^\W_]")
_GREETING = re.compile(
    r"\s*(?:hi|hey|hello|hiya|dear|yo|morning|evening|chào)\b[^,!.?\n]{0,40}[,!]\s*",
    re.IGNORECASE,
)
_TRAILING = re.compile(r"[\W_]+\Z")
_PIECE = re.compile(r"\S+")
# No word that names a task is longer; a longer run is not read as one.
_LONGEST_WORD = 100

_IMPERATIVE = words.compile_anchored(words.IMPERATIVE)
_LEXICON = words.compile_lexicon(
    {
        **words.DEFAULTS,
        "small_talk": words.SMALL_TALK,
        "need_statement": words.NEED_STATEMENT,
        "no_worries_at_end": (words.NO_WORRIES_AT_END,),
    }
)


def _blank_out(text: str, ranges: list[tuple[int, int]]) -> str:
    """text with each (start, end) range replaced by as many spaces."""
    parts, at = [], 0
    for start, end in sorted(ranges):
        start = max(start, at)
        if end > start:
            parts += [text[at:start], " " * (end - start)]
            at = end
    parts.append(text[at:])
    return "".join(parts)


def _any_between(positions: list[int], start: int, end: int) -> bool:
    """Whether any of the sorted positions is in [start, end)."""
    index = bisect_left(positions, start)
    return index < len(positions) and positions[index] < end


def _naming_word(piece: str, at: int) -> tuple[int, int] | None:
    """The span of piece's word (starting at position at) if it names a
    task or thing: a number, or a word of three or more letters (or an
    abbreviation in capitals) that is not vague like "something"."""
    word = piece.strip(words.EDGES)
    if word and (
        word.isdigit()
        or (
            (len(word) > 2 or word.isupper())
            and word.lower() not in words.VAGUE
            and word.replace("'", "").isalpha()
        )
    ):
        start = at + piece.index(word)
        return (start, start + len(word))
    return None


def _all_positions(text: str, mark: str) -> list[int]:
    positions = []
    position = text.find(mark)
    while position != -1:
        positions.append(position)
        position = text.find(mark, position + 1)
    return positions


def clear_caches() -> None:
    """Forget what has been learnt about words seen so far (for benchmarks)."""
    _LEXICON.forget()


def check(
    text: str,
    channel: str = "text",
    lexicon: Mapping[str, Iterable[str]] | None = None,
) -> list[Finding]:
    """One finding per code in CODES, in that order."""
    draft = _Draft(text, channel, _additions(lexicon))

    def found(code: str) -> Spans:
        return tuple(sorted(set(draft.found[code])))

    asks = draft.asks()
    return [
        _helps("clear_ask", tuple(span for span, _ in asks)),
        _helps("specific", draft.specific(asks)),
        _helps("time_bound", found("time_bound")),
        _helps("reason", found("reason")),
        _helps("gratitude", found("gratitude")),
        _helps("easy_no", found("easy_no")),
        _helps("offer_back", found("offer_back")),
        _watch("self_blame", text, found("self_blame")),
        _hedging(text, found("hedging"), draft.word_count),
        _watch("no_take_back", text, draft.take_backs(found("no_take_back"))),
        _questions(draft, bool(asks)),
        _length(text, channel, draft.words.pieces),
        _reading_ease(draft),
    ]


def _helps(code: str, spans: Spans) -> Finding:
    ok_message, missing_message = MESSAGES[code]
    if spans:
        return Finding(code, True, ok_message, spans)
    return Finding(code, False, missing_message)


def _quote(text: str, spans: Spans, limit: int = 2) -> str:
    """The first few distinct phrases found, in quotes: “just” and “maybe”."""
    seen: dict[str, str] = {}
    for start, end in spans:
        phrase = " ".join(text[start:end].split()).rstrip(",.!…")
        seen.setdefault(phrase.lower(), phrase)
        if len(seen) == limit:
            break
    return " and ".join(f"“{p}”" for p in seen.values())


def _watch(code: str, text: str, spans: Spans) -> Finding:
    ok_message, flagged_message = MESSAGES[code]
    if not spans:
        return Finding(code, True, ok_message)
    quoted = _quote(text, spans)
    message = flagged_message.format(quoted=quoted)
    return Finding(code, False, message[0].upper() + message[1:], spans)


def hedge_limit(word_count: int) -> int:
    """How many hedges a draft of this length can carry before it is
    flagged: one in a short message, two per hundred words in a long one."""
    return max(1, 2 * word_count // 100)


def _hedging(text: str, spans: Spans, word_count: int) -> Finding:
    ok_message, flagged_message = MESSAGES["hedging"]
    if len(spans) <= hedge_limit(word_count):
        return Finding("hedging", True, ok_message, spans)
    message = flagged_message.format(quoted=_quote(text, spans))
    return Finding("hedging", False, message, spans)


def _questions(draft: "_Draft", has_ask: bool) -> Finding:
    ok_message, _ = MESSAGES["questions"]
    spans = draft.question_marks
    count = len(spans)
    if 1 <= count <= 3 or (count == 0 and has_ask):
        return Finding("questions", True, ok_message, spans)
    if count == 0:
        detail = "Try ending with one clear question, so they know what to answer."
    else:
        detail = (
            f"There are {count} questions; one to three are easier to answer. "
            "Try keeping the one that matters most."
        )
    return Finding("questions", False, detail, spans)


def _length(text: str, channel: str, words: int) -> Finding:
    """words: the words as a reader counts them (as text.split() does)."""
    name = CHANNEL_NAMES.get(channel, "this message")
    ok_message = MESSAGES["length"][0].format(channel_name=name)
    if channel == "email":
        count = words
        low, high = EMAIL_WORDS
        if count < low:
            detail = (
                f"Emails of {low} to {high} words tend to get replies; this one "
                f"has {count}. A line on why it matters or a thank-you would help."
            )
        elif count > high:
            detail = (
                f"Emails of {low} to {high} words tend to get replies; this one "
                f"has {count}. Try keeping the ask, the time and the thanks, "
                "and cutting the rest."
            )
        else:
            return Finding("length", True, ok_message)
        return Finding("length", False, detail)
    if channel in SCRIPT_CHANNELS:
        count = words
        if count <= SCRIPT_WORDS:
            return Finding("length", True, ok_message)
        detail = (
            f"This script has {count} words; under {SCRIPT_WORDS} is easier to "
            "say out loud. Try one sentence per line."
        )
        return Finding("length", False, detail)
    if len(text) <= TEXT_LIMIT:
        return Finding("length", True, ok_message)
    detail = (
        f"Texts read best under {TEXT_LIMIT} characters; this one has "
        f"{len(text)}. Try cutting it to the ask, the time and a thank-you."
    )
    return Finding("length", False, detail, ((TEXT_LIMIT, len(text)),))


def reading_grade(text: str) -> float:
    """The Flesch-Kincaid grade level of text (0 for text without words)."""
    return _Draft(text, "text").grade


def _reading_ease(draft: "_Draft") -> Finding:
    ok_message, hard_message = MESSAGES["reading_ease"]
    if draft.word_count < SHORT_TEXT_WORDS or draft.grade < READING_GRADE:
        return Finding("reading_ease", True, ok_message)
    long_sentences = tuple(
        (start, end)
        for start, end, _ in draft.sentences
        if len(draft.masked[start:end].split()) > 20
    )
    return Finding("reading_ease", False, hard_message, long_sentences)


class _Draft:
    """The text prepared once for all checks: typographic apostrophes made
    straight and links and script labels blanked out, keeping every
    character's position so that spans index the original text."""

    def __init__(self, text: str, channel: str, extra: tuple = ()):
        self.text = text
        self.channel = channel
        masked = straighten(text)
        blanks = []
        if "://" in masked or "www." in masked or "WWW." in masked:
            blanks += [m.span() for m in _URL.finditer(masked)]
        if channel in SCRIPT_CHANNELS:
            blanks += [m.span() for m in _SCRIPT_LABEL.finditer(masked)]
        if blanks:
            masked = _blank_out(masked, blanks)
        self.masked = masked
        self.words = words.Words.of(masked, _LEXICON)
        self.found = _LEXICON.spans(self.words)
        for code, patterns in extra:
            self.found[code] += [
                m.span() for _, pattern in patterns for m in pattern.finditer(masked)
            ]
        self.sentences = self._split()
        self._ends = [end for _, end, _ in self.sentences]
        self.question_marks = tuple(
            (end - 1, end) for _, end, question in self.sentences if question
        )
        self.word_count = self.words.count
        self.grade = self._grade()

    def _split(self) -> list[tuple[int, int, bool]]:
        """(start, end, is_question) for each sentence or line with words.

        A run of ".", "!", "?" or "…" ends a sentence when a space, a closing
        quote or bracket, or the end follows ("5.30pm" goes on); a line
        break always does."""
        masked = self.masked
        marks = sorted(
            position for mark in _MARKS for position in _all_positions(masked, mark)
        )
        sentences = []
        start = 0
        length = len(masked)
        index = 0
        while index < len(marks):
            first = marks[index]
            end = first + 1
            while index + 1 < len(marks) and marks[index + 1] == end:
                index += 1
                end += 1
            index += 1
            run = masked[first:end]
            if "\n" not in run and end < length and masked[end] not in _CLOSERS:
                continue  # "5.30pm", "e.g.this"
            if _HAS_WORD.search(masked, start, end):
                question = "?" in run
                if question:
                    end = first + run.rindex("?") + 1
                sentences.append((start, end, question))
            start = first + len(run)
        if _HAS_WORD.search(masked, start):
            sentences.append((start, length, False))
        return sentences

    def _sentence_end(self, position: int) -> int:
        index = bisect_right(self._ends, position)
        return self._ends[index] if index < len(self._ends) else len(self.masked)

    def asks(self) -> list[tuple[tuple[int, int], int]]:
        """Each way the draft asks: (span of the ask, where the words that
        say what is asked start). Request forms, imperatives, and questions
        that are neither small talk nor rhetoric."""
        masked = self.masked
        spans = self.found["clear_ask"]
        asks = [(span, span[1]) for span in spans]
        # Where request forms and small talk start, to look up by sentence.
        taken = sorted(
            [start for start, _ in spans]
            + [start for start, _ in self.found["small_talk"]]
        )
        for start, end, question in self.sentences:
            greeting = _GREETING.match(masked, start, end)
            begin = greeting.end() if greeting else start
            imperative = _IMPERATIVE.match(masked, begin, end)
            if imperative:
                asks.append(((begin, imperative.end()), imperative.end()))
            elif question and not _any_between(taken, start, end):
                asks.append(((begin, end), begin))
        asks.sort()
        return asks

    def specific(self, asks: list[tuple[tuple[int, int], int]]) -> Spans:
        """Quantities anywhere, and the first word naming the task after
        each ask, in the rest of its sentence."""
        spans = list(self.found["specific"])
        starts = {words_start for _, words_start in asks}
        starts.update(end for _, end in self.found["need_statement"])
        naming: dict[int, tuple[list[int], list[tuple[int, int]]]] = {}
        for words_start in sorted(starts):
            sentence = bisect_right(self._ends, words_start)
            if sentence not in naming:
                naming[sentence] = self._naming_words(sentence)
            starts_at, found = naming[sentence]
            end = self._sentence_end(words_start)
            if span := self._naming_in_part(words_start, end):
                spans.append(span)  # a word cut by where the ask ends
            elif (index := bisect_left(starts_at, words_start)) < len(found):
                spans.append(found[index])
        return tuple(sorted(set(spans)))

    def _naming_words(self, sentence: int) -> tuple[list[int], list[tuple[int, int]]]:
        """Where each piece that names a task starts in one sentence (the
        text up to its end, from the end of the one before), and its word."""
        start = self._ends[sentence - 1] if sentence else 0
        end = self._sentence_end(start)
        starts_at, found = [], []
        for piece in _PIECE.finditer(self.masked, start, end):
            if span := _naming_word(piece.group(), piece.start()):
                starts_at.append(piece.start())
                found.append(span)
        return starts_at, found

    def _naming_in_part(self, words_start: int, end: int) -> tuple[int, int] | None:
        """The naming word in the rest of a piece an ask ends inside of
        ("please,help"), if any: such a piece is read from the ask's end."""
        masked = self.masked
        if not words_start or masked[words_start - 1].isspace():
            return None
        if words_start >= end or masked[words_start].isspace():
            return None
        rest = _PIECE.match(masked, words_start, end)
        if rest.end() - words_start > _LONGEST_WORD:
            return None
        return _naming_word(rest.group(), words_start)

    def take_backs(self, spans: Spans) -> Spans:
        """Take-back phrases, and "no worries if not" as the last words."""
        at_end = self.found["no_worries_at_end"]
        if not at_end:
            return spans
        start, end = at_end[0]
        end = start + len(_TRAILING.sub("", self.masked[start:end]))
        return tuple(sorted({*spans, (start, end)}))

    def _grade(self) -> float:
        count = self.words.count
        if not count:
            return 0.0
        sentences = max(1, len(self.sentences))
        grade = 0.39 * count / sentences + 11.8 * self.words.syllables / count - 15.59
        return round(grade, 1)


def _additions(lexicon: Mapping[str, Iterable[str]] | None) -> tuple:
    """Admin phrases as (code, compiled phrases), compiled once per distinct
    set of phrases and matched as plain phrases (see matching.py)."""
    if not lexicon:
        return ()
    compiled = []
    for code, phrases in lexicon.items():
        if code not in words.EXTENDABLE:
            raise ValueError(
                f"{code!r} does not take extra phrases; "
                f"these do: {', '.join(words.EXTENDABLE)}."
            )
        if isinstance(phrases, str):
            phrases = (phrases,)
        if found := _compiled(code, tuple(phrases)):
            compiled.append((code, found))
    return tuple(compiled)


@lru_cache(maxsize=256)
def _compiled(code: str, phrases: tuple[str, ...]) -> tuple:
    return compile_phrases(phrases)
