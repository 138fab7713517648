"""The fast constructor gives exactly what pydantic's ``model_construct`` gives."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from pydantic import BaseModel

from innovation_news._construct import construct
from innovation_news.models.quantities import (
    Area,
    AreaUnit,
    Count,
    Money,
    Percentage,
    Qualifier,
    Span,
)

SPAN = Span(start=0, end=3, text="abc")
COMMON: dict[str, Any] = {"span": SPAN, "qualifier": Qualifier.OVER, "value": Decimal(5),
                          "low": None, "high": None}


@pytest.mark.parametrize(("cls", "values"), [
    (Span, {"start": 1, "end": 2, "text": "x"}),
    (Money, {**COMMON, "currency": "CNY", "currency_assumed": True}),
    (Area, {**COMMON, "unit": AreaUnit.MU}),
    (Percentage, {**COMMON, "points": False}),
    (Count, {**COMMON, "noun": "firms"}),
])
def test_same_as_model_construct(cls: type[BaseModel], values: dict[str, Any]) -> None:
    fast = construct(cls, dict(values))
    slow = cls.model_construct(**values)
    assert fast == slow
    assert fast.model_dump() == slow.model_dump()
    assert fast.model_fields_set == slow.model_fields_set
    assert set(values) == set(cls.model_fields), "construct() needs every field"
    assert hash(fast) == hash(slow)
    with pytest.raises(Exception):
        fast.start = 9  # type: ignore[attr-defined]  # frozen
