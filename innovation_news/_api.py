"""Shared machinery behind the public ``find_*``/``parse_*`` functions of each dimension."""

from __future__ import annotations

from typing import TypeVar

from innovation_news._build import build, scan_numeric
from innovation_news.context import DEFAULT_CONTEXT, Context
from innovation_news.errors import ParseError, ensure_text
from innovation_news.models.quantities import Area, Count, Money, Percentage

__all__ = ["find_kind", "parse_kind"]

Q = TypeVar("Q", Money, Area, Percentage, Count)


_FIELD: dict[type, str] = {Money: "money", Area: "areas", Percentage: "percentages",
                           Count: "counts"}


def find_kind(text: str, context: Context | None, cls: type[Q], function: str) -> list[Q]:
    """Every quantity of type ``cls`` in running text (the all-at-once pass, filtered)."""
    ensure_text(text, function)
    from innovation_news._build import find_all

    found: list[Q] = getattr(find_all(text, context), _FIELD[cls])
    return found


def parse_kind(text: str, context: Context | None, cls: type[Q], function: str) -> Q:
    """One whole expression of type ``cls``; offsets index ``text`` as given."""
    ensure_text(text, function)
    stripped = text.strip()
    if not stripped:
        raise ParseError(f"{function}(): empty text", text=text, reason="empty")
    ctx = context if context is not None else DEFAULT_CONTEXT
    lead = len(text) - len(text.lstrip())
    raws = scan_numeric(text, ctx)
    found = [build(text, r, ctx) for r in raws]
    whole = [x for x in found if x.span.start == lead and x.span.end == lead + len(stripped)]
    if len(whole) == 1 and isinstance(whole[0], cls):
        return whole[0]
    kind = cls.__name__.lower()
    if any(isinstance(x, cls) for x in found):
        raise ParseError(f"{function}(): {text!r} holds a {kind} but also other text",
                         text=text, reason="trailing-text")
    if found:
        other = type(found[0]).__name__.lower()
        raise ParseError(f"{function}(): {text!r} is a {other}, not a {kind}", text=text,
                         reason="wrong-kind")
    raise ParseError(f"{function}(): no {kind} in {text!r}", text=text, reason="no-match")
