"""Public pydantic models (the package's contract)."""

from innovation_news.models.quantities import (
    Area,
    AreaUnit,
    Count,
    DateRange,
    Granularity,
    Money,
    Percentage,
    Qualifier,
    Quantities,
    Quantity,
    Span,
)

__all__ = [
    "Area",
    "AreaUnit",
    "Count",
    "DateRange",
    "Granularity",
    "Money",
    "Percentage",
    "Qualifier",
    "Quantities",
    "Quantity",
    "Span",
]
