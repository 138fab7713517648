"""Decimal helpers shared by the scanners and the public models."""

from __future__ import annotations

from decimal import Decimal

__all__ = ["clean"]

_ONE = Decimal(1)


def clean(d: Decimal) -> Decimal:
    """``Decimal('1500000000.0')`` -> ``Decimal('1500000000')``; fractions keep their digits
    without trailing zeros (``Decimal('2.470')`` -> ``Decimal('2.47')``)."""
    if d == d.to_integral_value():
        return d.quantize(_ONE)
    return d.normalize()
