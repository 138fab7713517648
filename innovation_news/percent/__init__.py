"""Percentages: "6.2%", "41.7 percent", "64.9 per cent", "百分之三十"; points kept apart."""

from __future__ import annotations

from innovation_news._api import find_kind, parse_kind
from innovation_news.context import Context
from innovation_news.models.quantities import Percentage

__all__ = ["find_percentages", "parse_percentage"]


def find_percentages(text: str, context: Context | None = None) -> list[Percentage]:
    """Every percentage in running text, in order.

    >>> [(p.span.text, str(p.value), p.points) for p in find_percentages(
    ...     "up 6.2% and 1.5 percentage points")]
    [('6.2%', '6.2', False), ('1.5 percentage points', '1.5', True)]
    """
    return find_kind(text, context, Percentage, "find_percentages")


def parse_percentage(text: str, context: Context | None = None) -> Percentage:
    """One whole percentage expression; raises ``ParseError`` otherwise."""
    return parse_kind(text, context, Percentage, "parse_percentage")
