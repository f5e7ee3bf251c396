"""Links that open the person's own phone or mail app, ready to send.
LeanOn never sends anything itself. Pure Python."""

from urllib.parse import quote


def tel(number: str) -> str:
    """A call link ("" without a number)."""
    return f"tel:{quote(number, safe='+')}" if number else ""


def sms(to: str, body: str | None = None) -> str:
    """A text link; with a body, the message is filled in. `to` may be ""
    (the person picks who to text)."""
    link = f"sms:{quote(to, safe='+')}"
    return link if body is None else f"{link}?&body={quote(body, safe='')}"


def mailto(to: str, subject: str | None = None, body: str | None = None) -> str:
    """A mail link; with a subject or body, both are filled in."""
    link = f"mailto:{quote(to, safe='@')}"
    if subject is None and body is None:
        return link
    return (
        f"{link}?subject={quote(subject or '', safe='')}"
        f"&body={quote(body or '', safe='')}"
    )
