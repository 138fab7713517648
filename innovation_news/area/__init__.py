"""Areas: mu, hectares, square kilometres, square metres, acres; exact conversion."""

from __future__ import annotations

import functools
from decimal import Decimal, InvalidOperation
from fractions import Fraction

from innovation_news._api import find_kind, parse_kind
from innovation_news.context import Context
from innovation_news.errors import ConversionError, UnknownUnitError, ensure_text
from innovation_news.models.quantities import AREA_FACTORS, Area, AreaUnit

__all__ = ["find_areas", "parse_area", "area_unit", "convert_area", "AREA_FACTORS"]


@functools.cache
def _unit_names() -> dict[str, AreaUnit]:
    from innovation_news.numbers._vocab import en_vocab

    names: dict[str, AreaUnit] = {u.value: u for u in AreaUnit}
    names.update(en_vocab().area_units)
    names.update({"亩": AreaUnit.MU, "公顷": AreaUnit.HECTARE, "平方米": AreaUnit.SQUARE_METER,
                  "平方公里": AreaUnit.SQUARE_KILOMETER, "平方千米": AreaUnit.SQUARE_KILOMETER})
    return names


def area_unit(name: str) -> AreaUnit:
    """The :class:`AreaUnit` named by ``name`` ("mu", "hectares", "km²", "sq m", "亩", ...).

    >>> area_unit("sq km"), area_unit("mou")
    (<AreaUnit.SQUARE_KILOMETER: 'square_kilometer'>, <AreaUnit.MU: 'mu'>)
    """
    ensure_text(name, "area_unit")
    unit = _unit_names().get(" ".join(name.lower().split()))
    if unit is None:
        raise UnknownUnitError(f"unknown area unit: {name!r}")
    return unit


def convert_area(value: Decimal | int | str, from_unit: AreaUnit | str,
                 to_unit: AreaUnit | str) -> Decimal:
    """``value`` in ``from_unit`` expressed in ``to_unit``, computed exactly then rounded to
    Decimal's context precision (28 digits).

    >>> convert_area(15, "mu", "square_meter"), convert_area(1, "hectare", "mu")
    (Decimal('10000'), Decimal('15'))
    """
    f = area_unit(from_unit) if isinstance(from_unit, str) else from_unit
    t = area_unit(to_unit) if isinstance(to_unit, str) else to_unit
    try:
        exact = Fraction(Decimal(value)) * AREA_FACTORS[f] / AREA_FACTORS[t]
    except (InvalidOperation, ValueError, TypeError, OverflowError):
        raise ConversionError(f"convert_area(): not a finite number: {value!r}") from None
    return Decimal(exact.numerator) / Decimal(exact.denominator)


def find_areas(text: str, context: Context | None = None) -> list[Area]:
    """Every land or floor area in running text, in order, never overlapping.

    >>> [(a.span.text, str(a.square_meters)) for a in find_areas("a 2,000-mu site and 3 ha")]
    [('2,000-mu', '1333333.333333333333333333333'), ('3 ha', '30000')]
    """
    return find_kind(text, context, Area, "find_areas")


def parse_area(text: str, context: Context | None = None) -> Area:
    """One whole area expression, e.g. ``"about 70.7 hectares"``; raises ``ParseError``."""
    return parse_kind(text, context, Area, "parse_area")
