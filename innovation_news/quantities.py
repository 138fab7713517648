"""The all-at-once quantity pass."""

from __future__ import annotations

from innovation_news._build import find_all
from innovation_news.context import Context
from innovation_news.errors import ensure_text
from innovation_news.models.quantities import Quantities

__all__ = ["find_quantities"]


def find_quantities(text: str, context: Context | None = None) -> Quantities:
    """Money, areas, percentages, counts and dates in ``text``, found in one pass.

    Nothing is counted twice: a number inside an amount of money is not also a count or a
    date, and a date's digits are not a count. Each list is in text order.

    >>> q = find_quantities("Since 2018 it has drawn 30 returnees and 1.2 billion yuan.")
    >>> [m.span.text for m in q.money], [c.span.text for c in q.counts]
    (['1.2 billion yuan'], ['30'])
    """
    ensure_text(text, "find_quantities")
    return find_all(text, context)
