"""Counts of things with their noun and qualifier ("more than 40 companies")."""

from __future__ import annotations

from innovation_news._api import find_kind, parse_kind
from innovation_news.context import Context
from innovation_news.models.quantities import Count

__all__ = ["find_counts", "parse_count"]


def find_counts(text: str, context: Context | None = None) -> list[Count]:
    """Every count in running text; the span holds the number and its qualifier, ``noun``
    the counted noun. Numbers inside money, areas, percentages or dates are not counts.

    >>> [(c.span.text, str(c.value), c.qualifier.value, c.noun)
    ...  for c in find_counts("home to more than 40 companies and 30 returnees")]
    [('more than 40', '40', 'over', 'companies'), ('30', '30', 'exact', 'returnees')]
    """
    return find_kind(text, context, Count, "find_counts")


def parse_count(text: str, context: Context | None = None) -> Count:
    """One count expression such as ``"nearly 300 firms"`` (the noun may follow the number);
    raises ``ParseError`` if the text is not one count.

    >>> c = parse_count("nearly 300 firms")
    >>> c.span.text, str(c.value), c.qualifier.value, c.noun
    ('nearly 300', '300', 'under', 'firms')
    """
    found = find_counts(text, context)
    if len(found) == 1:
        c = found[0]
        lead = len(text) - len(text.lstrip())
        # the whole text is the count and, after its span, exactly its noun
        if c.span.start == lead and text[c.span.end:].strip() in ("", c.noun):
            return c
    return parse_kind(text, context, Count, "parse_count")
