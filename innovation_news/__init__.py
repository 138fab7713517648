"""innovation_news: regional innovation news -> typed, span-anchored data.

The public names below are imported lazily on first use, so ``import innovation_news`` stays
cheap; ``from innovation_news import find_money`` works as usual.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

# public name -> module that defines it
_EXPORTS: dict[str, str] = {
    # context and errors
    "Context": "innovation_news.context",
    "InnovationNewsError": "innovation_news.errors",
    "InputTypeError": "innovation_news.errors",
    "ParseError": "innovation_news.errors",
    "UnknownCurrencyError": "innovation_news.errors",
    "UnknownUnitError": "innovation_news.errors",
    "ConversionError": "innovation_news.errors",
    "DataError": "innovation_news.errors",
    # quantity models
    "Span": "innovation_news.models.quantities",
    "Qualifier": "innovation_news.models.quantities",
    "Quantity": "innovation_news.models.quantities",
    "Money": "innovation_news.models.quantities",
    "Area": "innovation_news.models.quantities",
    "AreaUnit": "innovation_news.models.quantities",
    "Percentage": "innovation_news.models.quantities",
    "Count": "innovation_news.models.quantities",
    "DateRange": "innovation_news.models.quantities",
    "Granularity": "innovation_news.models.quantities",
    "Quantities": "innovation_news.models.quantities",
    # normalisers
    "parse_number": "innovation_news.numbers",
    "currency_code": "innovation_news.money",
    "find_money": "innovation_news.money",
    "parse_money": "innovation_news.money",
    "find_areas": "innovation_news.area",
    "parse_area": "innovation_news.area",
    "area_unit": "innovation_news.area",
    "convert_area": "innovation_news.area",
    "find_percentages": "innovation_news.percent",
    "parse_percentage": "innovation_news.percent",
    "find_counts": "innovation_news.count",
    "parse_count": "innovation_news.count",
    "find_dates": "innovation_news.dates",
    "parse_date": "innovation_news.dates",
    "find_quantities": "innovation_news.quantities",
    "find_published": "innovation_news.dates",
    # articles and records
    "parse_article": "innovation_news.article",
    "Article": "innovation_news.models.records",
    "ArticleMetadata": "innovation_news.models.records",
    "Park": "innovation_news.models.records",
    "Initiative": "innovation_news.models.records",
    "TalentProgram": "innovation_news.models.records",
    "Investment": "innovation_news.models.records",
    "Organization": "innovation_news.models.records",
    "Person": "innovation_news.models.records",
    "Mention": "innovation_news.models.records",
    "merge_records": "innovation_news.catalogue",
    "Catalogue": "innovation_news.catalogue",
    "CatalogueEntry": "innovation_news.catalogue",
    # places and sectors
    "Place": "innovation_news.places",
    "PlaceMention": "innovation_news.places",
    "find_places": "innovation_news.places",
    "resolve_place": "innovation_news.places",
    "Sector": "innovation_news.sectors",
    "SectorTag": "innovation_news.sectors",
    "tag_sectors": "innovation_news.sectors",
    "sectors_of": "innovation_news.sectors",
}

__all__ = ["__version__", *_EXPORTS]

if TYPE_CHECKING:
    from innovation_news.article import parse_article
    from innovation_news.catalogue import Catalogue, CatalogueEntry, merge_records
    from innovation_news.area import area_unit, convert_area, find_areas, parse_area
    from innovation_news.context import Context
    from innovation_news.count import find_counts, parse_count
    from innovation_news.dates import find_dates, find_published, parse_date
    from innovation_news.errors import (
        ConversionError,
        DataError,
        InnovationNewsError,
        InputTypeError,
        ParseError,
        UnknownCurrencyError,
        UnknownUnitError,
    )
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
    from innovation_news.models.records import (
        Article,
        ArticleMetadata,
        Initiative,
        Investment,
        Mention,
        Organization,
        Park,
        Person,
        TalentProgram,
    )
    from innovation_news.money import currency_code, find_money, parse_money
    from innovation_news.numbers import parse_number
    from innovation_news.percent import find_percentages, parse_percentage
    from innovation_news.places import Place, PlaceMention, find_places, resolve_place
    from innovation_news.sectors import Sector, SectorTag, sectors_of, tag_sectors
    from innovation_news.quantities import find_quantities


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'innovation_news' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
