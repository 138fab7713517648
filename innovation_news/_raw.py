"""Internal value objects passed between the scanners and the public models."""

from __future__ import annotations

from decimal import Decimal

import attrs

__all__ = ["Raw"]


@attrs.frozen(slots=True)
class Raw:
    """One numeric quantity found by a scanner, before it becomes a public model.

    ``kind`` is ``"money"``, ``"area"``, ``"percent"`` or ``"count"``. ``unit`` is the ISO code
    for money (``None`` when no currency is written and the context's default applies), the :class:`~innovation_news.models.AreaUnit` value for areas, ``"point"`` for
    percentage points (else ``None``) and the noun for counts. ``value``/``low``/``high`` are in
    that unit. ``assumed`` marks a currency decided by a default.
    """

    kind: str
    start: int
    end: int
    qualifier: str
    value: Decimal | None
    low: Decimal | None = None
    high: Decimal | None = None
    unit: str | None = None
    assumed: bool = False
