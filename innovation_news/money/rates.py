"""Currency conversion at annual average exchange rates (``data/exchange_rates.toml``).

The table gives, for each year, units of each currency per 1 US dollar (Federal Reserve
G.5A annual averages; see the file header for the source and its caveats). A conversion
from ``A`` to ``B`` in year ``y`` is the cross rate through the dollar::

    amount_B = amount_A * per_usd[y][B] / per_usd[y][A]

computed exactly with :class:`fractions.Fraction` and rounded once, to 28 significant digits
(``ROUND_HALF_EVEN``), into a :class:`~decimal.Decimal`. Nothing is quantized to cents: round
for display with :func:`innovation_news.money.formatting.format_money`. The table is read
lazily, once; nothing here reads the network or the clock.
"""

from __future__ import annotations

import datetime as _dt
import decimal
import functools
import tomllib
from collections.abc import Mapping
from decimal import Decimal
from fractions import Fraction
from importlib import resources
from types import MappingProxyType
from typing import TYPE_CHECKING

from innovation_news.errors import ConversionError, DataError, InputTypeError, UnknownCurrencyError
from innovation_news.money.currency import currency_code

if TYPE_CHECKING:
    from innovation_news.models.quantities import Money

__all__ = [
    "PRECISION",
    "convert_money",
    "exchange_rate",
    "rate_table",
    "rate_years",
    "rate_currencies",
]

#: significant digits of every converted amount and rate (one rounding, half-even)
PRECISION = 28


def _parse_rate(text: object, where: str) -> Fraction:
    if not isinstance(text, str):
        raise DataError(f"exchange rate {where} must be a string, not {type(text).__name__}")
    try:
        if "/" in text:
            num, _, den = text.partition("/")
            rate = Fraction(Decimal(num.strip())) / Fraction(Decimal(den.strip()))
        else:
            rate = Fraction(Decimal(text.strip()))
    except (ArithmeticError, ValueError) as exc:
        raise DataError(f"exchange rate {where} is not a number: {text!r}") from exc
    if rate <= 0:
        raise DataError(f"exchange rate {where} must be positive: {text!r}")
    return rate


@functools.cache
def rate_table() -> Mapping[int, Mapping[str, Fraction]]:
    """The shipped table as ``{year: {ISO code: units per 1 USD}}`` (exact fractions, read-only).

    Raises :class:`~innovation_news.errors.DataError` if the shipped file is malformed.
    """
    raw = tomllib.loads(
        resources.files("innovation_news").joinpath("data/exchange_rates.toml").read_text("utf-8")
    )
    rates = raw.get("rates")
    if not isinstance(rates, dict) or not rates:
        raise DataError("exchange_rates.toml has no [rates.<year>] tables")
    table: dict[int, Mapping[str, Fraction]] = {}
    for year_key, entries in rates.items():
        try:
            year = int(year_key)
        except ValueError as exc:
            raise DataError(f"exchange_rates.toml: {year_key!r} is not a year") from exc
        if not isinstance(entries, dict):
            raise DataError(f"exchange_rates.toml: [rates.{year_key}] is not a table")
        row = {
            code: _parse_rate(value, f"{code} {year}") for code, value in entries.items()
        }
        if row.get("USD") != 1:
            raise DataError(f"exchange_rates.toml: USD must be 1 in {year}")
        table[year] = MappingProxyType(row)
    return MappingProxyType(dict(sorted(table.items())))


def rate_years() -> tuple[int, ...]:
    """The years the table covers, ascending."""
    return tuple(rate_table())


def rate_currencies(year: int) -> frozenset[str]:
    """ISO codes with a rate in ``year`` (empty if the year is not covered)."""
    row = rate_table().get(year)
    return frozenset(row) if row is not None else frozenset()


def _year(on: _dt.date | int) -> int:
    if isinstance(on, bool) or not isinstance(on, (int, _dt.date)):
        raise InputTypeError(f"'on' must be a datetime.date or a year (int), not {type(on).__name__}")
    return on.year if isinstance(on, _dt.date) else on


def _row(year: int) -> Mapping[str, Fraction]:
    row = rate_table().get(year)
    if row is None:
        years = rate_years()
        raise ConversionError(
            f"no exchange rates for {year}; the table covers {years[0]}-{years[-1]}"
        )
    return row


def _per_usd(row: Mapping[str, Fraction], code: str, year: int) -> Fraction:
    rate = row.get(code)
    if rate is None:
        raise ConversionError(
            f"no {year} exchange rate for {code}; the table has {', '.join(sorted(row))}"
        )
    return rate


def _to_decimal(value: Fraction) -> Decimal:
    with decimal.localcontext() as ctx:
        ctx.prec = PRECISION
        ctx.rounding = decimal.ROUND_HALF_EVEN
        ctx.traps[decimal.Inexact] = False
        ctx.traps[decimal.Rounded] = False
        return Decimal(value.numerator) / Decimal(value.denominator)


def _ratio(source: str, target: str, year: int) -> Fraction:
    row = _row(year)
    return _per_usd(row, target, year) / _per_usd(row, source, year)


def exchange_rate(source: str, target: str, *, on: _dt.date | int) -> Decimal:
    """Units of ``target`` per 1 unit of ``source`` at the annual average of ``on``'s year.

    ``source``/``target`` are codes, names or symbols (see
    :func:`~innovation_news.money.currency.currency_code`).

    >>> exchange_rate("USD", "CNY", on=2023)
    Decimal('7.0809')
    >>> exchange_rate("美元", "人民币", on=2015)
    Decimal('6.2827')

    Raises :class:`~innovation_news.errors.ConversionError` for a year or currency the table
    lacks (:class:`~innovation_news.errors.UnknownCurrencyError` for an unknown name).
    """
    year = _year(on)
    return _to_decimal(_ratio(currency_code(source), currency_code(target), year))


def convert_money(money: Money, to: str, *, on: _dt.date | int) -> Money:
    """``money`` expressed in currency ``to`` at the annual average rate of ``on``'s year.

    ``value``, ``low`` and ``high`` are converted through the US dollar with exact rational
    arithmetic and rounded once to 28 significant digits; the span, qualifier and
    ``currency_assumed`` are kept, and ``currency`` becomes the ISO code of ``to`` (a code,
    name or symbol such as ``"USD"``, ``"US$"`` or ``"美元"``). Converting to the same
    currency returns the amounts unchanged.

    >>> import datetime
    >>> from innovation_news.models import Money, Span
    >>> m = Money(span=Span(start=0, end=6, text="1亿元人民币"), value=100_000_000, currency="CNY")
    >>> convert_money(m, "USD", on=2023).value
    Decimal('14122498.55244389837450041661')
    >>> convert_money(m, "港元", on=datetime.date(2020, 6, 1)).currency
    'HKD'

    Raises :class:`~innovation_news.errors.ConversionError` when the table has no rate for
    the year or for either currency, or the amount is not finite;
    :class:`~innovation_news.errors.UnknownCurrencyError` when ``to`` is not a currency.
    """
    year = _year(on)
    target = currency_code(to)
    try:
        source = currency_code(money.currency)
    except UnknownCurrencyError:
        source = money.currency.strip().upper()  # reported below as "no rate for ..."
    ratio = _ratio(source, target, year)

    def conv(amount: Decimal | None) -> Decimal | None:
        if amount is None:
            return None
        if not amount.is_finite():
            raise ConversionError(f"cannot convert a non-finite amount: {amount}")
        if ratio == 1:
            return amount
        return _to_decimal(Fraction(amount) * ratio)

    return money.model_copy(
        update={
            "currency": target,
            "value": conv(money.value),
            "low": conv(money.low),
            "high": conv(money.high),
        }
    )
