"""Decimal helpers shared by the scanners and the public models."""

from __future__ import annotations

from decimal import Decimal

__all__ = ["clean"]

def clean(d: Decimal) -> Decimal:
    """``Decimal('1500000000.0')`` -> ``Decimal('1500000000')``; fractions keep their digits
    without trailing zeros (``Decimal('2.470')`` -> ``Decimal('2.47')``)."""
    if not d.is_finite():
        return d
    if d == d.to_integral_value():
        # int() is exact at any size (quantize would overflow the 28-digit context)
        return Decimal(int(d))
    return d.normalize()
