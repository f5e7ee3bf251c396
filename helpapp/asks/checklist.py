"""The message checklist a user sees beside their draft: the coach's findings,
in friendly words, each with its tip and the words that triggered it."""

from dataclasses import dataclass

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from helpapp.coach import HELPS, check
from helpapp.guidance.cached import TipView, lexicon, tips_by_check
from helpapp.vocabulary import CheckCode


@dataclass(frozen=True)
class Item:
    code: str
    title: str
    ok: bool
    message: str
    words: tuple[str, ...]
    tip: TipView | None
    helps: bool


@dataclass(frozen=True)
class Checklist:
    helps: list[Item]
    watch_outs: list[Item]
    highlighted: SafeString

    @property
    def helps_present(self) -> int:
        return sum(item.ok for item in self.helps)

    @property
    def problems(self) -> list[Item]:
        return [item for item in self.watch_outs if not item.ok]


def build(text: str, channel: str) -> Checklist:
    findings = check(text, channel=channel, lexicon=lexicon())
    tips = tips_by_check()
    items = [
        Item(
            code=f.code,
            title=str(CheckCode(f.code).label),
            ok=f.ok,
            message=f.message,
            words=tuple(dict.fromkeys(text[start:end] for start, end in f.spans)),
            tip=tips.get(f.code),
            helps=f.code in HELPS,
        )
        for f in findings
    ]
    marks = [
        (start, end, "help" if f.code in HELPS else "watch", CheckCode(f.code).label)
        for f in findings
        # Highlight what helps when it is there, and what to watch when it is.
        if (f.code in HELPS) == f.ok
        for start, end in f.spans
    ]
    return Checklist(
        helps=[item for item in items if item.helps],
        watch_outs=[item for item in items if not item.helps],
        highlighted=highlight(text, marks),
    )


def highlight(text: str, marks: list[tuple[int, int, str, str]]) -> SafeString:
    """The text, escaped, with <mark> around each marked range. Where ranges
    overlap, a watch-out wins over a help, then the earlier range."""
    ordered = sorted(marks, key=lambda m: (m[0], m[2] != "watch", -m[1]))
    pieces, position = [], 0
    for start, end, kind, title in ordered:
        if start < position or start >= end:
            continue
        pieces.append(escape(text[position:start]))
        pieces.append(
            f'<mark class="mark-{kind}" title="{escape(title)}">'
            f"{escape(text[start:end])}</mark>"
        )
        position = end
    pieces.append(escape(text[position:]))
    # Every piece is escaped above.
    return mark_safe("".join(pieces).replace("\n", "<br>"))  # noqa: S308 # nosec B308 B703
