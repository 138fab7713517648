"""Public, frozen pydantic models for the quantities found in text.

Every model carries a :class:`Span` -- half-open ``[start, end)`` character offsets into the
caller's original string plus the surface text, so that ``text[span.start:span.end] ==
span.text`` always holds -- and, for numeric quantities, a :class:`Qualifier` with
``value``/``low``/``high`` as :class:`~decimal.Decimal`.
"""

from __future__ import annotations

import datetime as _dt
from decimal import Decimal
from enum import Enum
from fractions import Fraction
from typing import TYPE_CHECKING, Literal

from pydantic import BaseModel, ConfigDict, model_validator

if TYPE_CHECKING:
    from typing import Self

__all__ = [
    "Span",
    "Qualifier",
    "Quantity",
    "Money",
    "Area",
    "AreaUnit",
    "Percentage",
    "Count",
    "DateRange",
    "Granularity",
    "Quantities",
]

_CONFIG = ConfigDict(frozen=True, extra="forbid", defer_build=True)


class Span(BaseModel):
    """Half-open character offsets ``[start, end)`` into the caller's text, and that text."""

    model_config = _CONFIG

    start: int
    end: int
    text: str

    @model_validator(mode="after")
    def _check(self) -> Self:
        if not 0 <= self.start <= self.end:
            raise ValueError("span needs 0 <= start <= end")
        if self.end - self.start != len(self.text):
            raise ValueError("span text length must equal end - start")
        return self


class Qualifier(str, Enum):
    """How the stated number relates to the true one.

    ``exact`` -- as stated; ``approx`` -- about/around/some/约/左右; ``over`` -- more than,
    at least, exceeding, 超过, 以上, 余, 多; ``under`` -- less than, up to, nearly, almost,
    近, 不到, 最高; ``range`` -- two stated bounds; ``vague`` -- a size class such as
    "hundreds of millions" (bounds, no value).
    """

    EXACT = "exact"
    APPROX = "approx"
    OVER = "over"
    UNDER = "under"
    RANGE = "range"
    VAGUE = "vague"


class Quantity(BaseModel):
    """Common shape of the numeric quantities.

    Either ``value`` is set (``exact``/``approx``/``over``/``under``) and ``low``/``high``
    are ``None``, or ``value`` is ``None`` and both bounds are set (``range``/``vague``).
    """

    model_config = _CONFIG

    span: Span
    qualifier: Qualifier = Qualifier.EXACT
    value: Decimal | None = None
    low: Decimal | None = None
    high: Decimal | None = None

    @model_validator(mode="after")
    def _check_bounds(self) -> Self:
        if self.qualifier in (Qualifier.RANGE, Qualifier.VAGUE):
            if self.value is not None or self.low is None or self.high is None:
                raise ValueError(f"a {self.qualifier.value} quantity needs low and high, no value")
            if self.low > self.high:
                raise ValueError("low must not exceed high")
        elif self.value is None or self.low is not None or self.high is not None:
            raise ValueError(f"an {self.qualifier.value} quantity needs a value and no bounds")
        return self

    @property
    def bounds(self) -> tuple[Decimal, Decimal]:
        """``(low, high)``; for a single value, ``(value, value)``."""
        if self.value is not None:
            return self.value, self.value
        assert self.low is not None and self.high is not None
        return self.low, self.high


class Money(Quantity):
    """An amount of money in units of ``currency`` (ISO 4217), e.g. 620 million yuan.

    ``currency_assumed`` is true when the text did not name the currency unambiguously
    (a bare ``$`` or ``¥``, "dollars") and the context's default decided it.
    """

    currency: str
    currency_assumed: bool = False

    def convert(self, to: str, *, on: _dt.date | int) -> Money:
        """The same amount in currency ``to`` at the annual average rate of ``on``'s year.

        Uses the shipped table of annual averages (see ``docs/money.md``); raises
        :class:`~innovation_news.errors.ConversionError` for a year or currency it lacks.
        """
        from innovation_news.money.rates import convert_money

        return convert_money(self, to, on=on)

    def format(self, locale: str = "en") -> str:
        """The amount written for people in ``locale`` through babel, e.g. ``'CN¥620,000,000.00'``.

        Ranges and vague sizes are written ``low–high``; a qualifier is not written.
        """
        from innovation_news.money.formatting import format_money

        return format_money(self, locale=locale)


class AreaUnit(str, Enum):
    """Area units the normalisers read and convert between."""

    SQUARE_METER = "square_meter"
    SQUARE_KILOMETER = "square_kilometer"
    HECTARE = "hectare"
    MU = "mu"
    ACRE = "acre"
    SQUARE_FOOT = "square_foot"
    SQUARE_MILE = "square_mile"


#: exact square metres per unit (1 mu = 10000/15 m^2, 1 acre = 4046.8564224 m^2)
AREA_FACTORS: dict[AreaUnit, Fraction] = {
    AreaUnit.SQUARE_METER: Fraction(1),
    AreaUnit.SQUARE_KILOMETER: Fraction(1_000_000),
    AreaUnit.HECTARE: Fraction(10_000),
    AreaUnit.MU: Fraction(10_000, 15),
    AreaUnit.ACRE: Fraction("4046.8564224"),
    AreaUnit.SQUARE_FOOT: Fraction("0.09290304"),
    AreaUnit.SQUARE_MILE: Fraction("2589988.110336"),
}


def _to_decimal(value: Fraction) -> Decimal:
    return Decimal(value.numerator) / Decimal(value.denominator)


class Area(Quantity):
    """A land or floor area: ``value``/``low``/``high`` in the stated ``unit``.

    ``square_meters`` (and ``square_meters_low``/``_high``) give the canonical value; the
    exact rational value is :meth:`square_meters_exact`.
    """

    unit: AreaUnit

    def square_meters_exact(self) -> tuple[Fraction | None, Fraction | None, Fraction | None]:
        """``(value, low, high)`` in square metres as exact fractions."""
        factor = AREA_FACTORS[self.unit]

        def conv(x: Decimal | None) -> Fraction | None:
            return None if x is None else Fraction(x) * factor

        return conv(self.value), conv(self.low), conv(self.high)

    @property
    def square_meters(self) -> Decimal | None:
        """The value in square metres (``None`` for ranges and vague sizes)."""
        v = self.square_meters_exact()[0]
        return None if v is None else _to_decimal(v)

    @property
    def square_meters_low(self) -> Decimal | None:
        v = self.square_meters_exact()[1]
        return None if v is None else _to_decimal(v)

    @property
    def square_meters_high(self) -> Decimal | None:
        v = self.square_meters_exact()[2]
        return None if v is None else _to_decimal(v)

    def to(self, unit: AreaUnit | str) -> Area:
        """The same area expressed in ``unit`` (an :class:`AreaUnit` or a unit name such as
        ``"mu"``, ``"hectare"``, ``"km2"``); the span and qualifier are kept."""
        from innovation_news.area import area_unit

        target = area_unit(unit) if isinstance(unit, str) else unit
        ratio = AREA_FACTORS[self.unit] / AREA_FACTORS[target]

        def conv(x: Decimal | None) -> Decimal | None:
            return None if x is None else _to_decimal(Fraction(x) * ratio)

        return self.model_copy(
            update={"unit": target, "value": conv(self.value), "low": conv(self.low),
                    "high": conv(self.high)}
        )


class Percentage(Quantity):
    """A percentage such as ``6.2%`` (value 6.2); ``points`` marks percentage points."""

    points: bool = False


class Count(Quantity):
    """A count of things, e.g. "more than 40 companies" -> 40, over, noun "companies"."""

    noun: str | None = None


class Granularity(str, Enum):
    """How precise a date is."""

    DAY = "day"
    MONTH = "month"
    QUARTER = "quarter"
    HALF = "half"
    YEAR = "year"
    DECADE = "decade"


class DateRange(BaseModel):
    """A calendar reference as a period with inclusive ``start``/``end`` days.

    ``start``/``end`` are ``None`` when the year cannot be known (no publication date for a
    relative date, or a day and month with no year); ``year``/``month``/``day`` keep what the
    text did state. ``edge`` marks "early/beginning" (``start``), "mid" and "late/end"
    (``end``) of the period, which itself is the whole month/year.
    """

    model_config = _CONFIG

    span: Span
    start: _dt.date | None = None
    end: _dt.date | None = None
    granularity: Granularity
    edge: Literal["start", "mid", "end"] | None = None
    year: int | None = None
    month: int | None = None
    day: int | None = None

    @model_validator(mode="after")
    def _check(self) -> Self:
        if (self.start is None) != (self.end is None):
            raise ValueError("start and end are both set or both None")
        if self.start is not None and self.end is not None and self.start > self.end:
            raise ValueError("start must not be after end")
        return self

    @property
    def resolved(self) -> bool:
        """Whether the period is known (``start``/``end`` set)."""
        return self.start is not None


class Quantities(BaseModel):
    """Everything :func:`innovation_news.find_quantities` found, each list in text order;
    no two items of any lists overlap."""

    model_config = _CONFIG

    money: list[Money] = []
    areas: list[Area] = []
    percentages: list[Percentage] = []
    counts: list[Count] = []
    dates: list[DateRange] = []
