"""Locale-aware writing of :class:`~innovation_news.models.Money` amounts through babel.

babel is imported inside :func:`format_money`, not at module import, so that importing the
package stays cheap.
"""

from __future__ import annotations

import decimal
from decimal import Decimal
from typing import TYPE_CHECKING

from innovation_news.errors import InputTypeError

if TYPE_CHECKING:
    from innovation_news.models.quantities import Money

__all__ = ["format_money", "RANGE_SEPARATOR"]

#: between the two bounds of a range or vague size (U+2013 EN DASH, no spaces)
RANGE_SEPARATOR = "\u2013"


def _precision_for(amount: Decimal) -> int:
    # babel quantizes to the currency's minor unit in the *current* decimal context; an amount
    # with more integer digits than the context precision would raise InvalidOperation, so
    # give it room (digits before the point + 2 minor digits + slack).
    if not amount.is_finite() or amount.is_zero():
        return 28
    integer_digits = amount.adjusted() + 1
    return max(28, integer_digits + 10)


def format_money(money: Money, *, locale: str = "en") -> str:
    """``money`` written for readers of ``locale`` with babel's currency format.

    The locale is always explicit (default ``"en"``; ``"zh_CN"`` and ``"zh-CN"`` are both
    accepted), never the machine's. The amount is rounded to the currency's usual minor unit
    (2 decimals for yuan, dollars, euros, pounds; none for yen) half-even, as babel does.
    Ranges and vague sizes are written ``low–high`` (en dash); the qualifier is not written.

    >>> from decimal import Decimal
    >>> from innovation_news.models import Money, Qualifier, Span
    >>> span = Span(start=0, end=5, text="6.2亿元")
    >>> yuan = Money(span=span, value=Decimal("620000000"), currency="CNY")
    >>> format_money(yuan)
    'CN¥620,000,000.00'
    >>> format_money(yuan, locale="zh_CN")
    '¥620,000,000.00'
    >>> dollars = Money(span=span, value=Decimal("1234.5"), currency="USD")
    >>> format_money(dollars), format_money(dollars, locale="zh_CN")
    ('$1,234.50', 'US$1,234.50')
    >>> yen = Money(span=span, value=Decimal("3000000"), currency="JPY")
    >>> format_money(yen), format_money(yen, locale="zh_CN")
    ('¥3,000,000', 'JP¥3,000,000')
    >>> rng = Money(span=span, qualifier=Qualifier.RANGE, low=Decimal("5e8"),
    ...             high=Decimal("8e8"), currency="EUR")
    >>> format_money(rng)
    '€500,000,000.00–€800,000,000.00'
    >>> format_money(rng, locale="zh_CN")
    '€500,000,000.00–€800,000,000.00'

    An unknown locale raises babel's ``UnknownLocaleError``; a locale string that is not a
    locale identifier at all raises :class:`ValueError`.
    """
    from babel.numbers import format_currency

    if not isinstance(locale, str):
        raise InputTypeError(f"locale must be a str, not {type(locale).__name__}")
    loc = locale.strip().replace("-", "_")
    if not loc:
        raise ValueError("locale must not be empty")

    def one(amount: Decimal) -> str:
        with decimal.localcontext() as ctx:
            ctx.prec = _precision_for(amount)
            ctx.rounding = decimal.ROUND_HALF_EVEN
            return str(format_currency(amount, money.currency, locale=loc))

    if money.value is not None:
        return one(money.value)
    low, high = money.bounds
    return f"{one(low)}{RANGE_SEPARATOR}{one(high)}"
