"""Money: amounts with a currency, normalised to ISO 4217 and :class:`~decimal.Decimal`."""

from __future__ import annotations

from innovation_news._api import find_kind, parse_kind
from innovation_news.context import Context
from innovation_news.models.quantities import Money
from innovation_news.money.currency import currency_code

__all__ = ["find_money", "parse_money", "currency_code"]


def find_money(text: str, context: Context | None = None) -> list[Money]:
    """Every amount of money in running text, in order, never overlapping.

    >>> [(m.span.text, str(m.value), m.currency, m.qualifier.value)
    ...  for m in find_money("It will invest more than 1.5 billion yuan ($232 million).")]
    [('more than 1.5 billion yuan', '1500000000', 'CNY', 'over'), ('$232 million', '232000000', 'USD', 'exact')]
    """
    return find_kind(text, context, Money, "find_money")


def parse_money(text: str, context: Context | None = None) -> Money:
    """One whole money expression, e.g. ``"2-3 billion yuan"`` or ``"约1.5亿元"``.

    Raises :class:`~innovation_news.errors.ParseError` if ``text`` is not exactly one amount.

    >>> m = parse_money("2-3 billion yuan")
    >>> m.qualifier.value, str(m.low), str(m.high), m.currency
    ('range', '2000000000', '3000000000', 'CNY')
    """
    return parse_kind(text, context, Money, "parse_money")
