"""Dates: find and resolve calendar references in English and Chinese news text.

``find_dates`` returns every date expression in running text as a
:class:`~innovation_news.models.quantities.DateRange`; ``parse_date`` reads one whole
expression; ``find_published`` picks the publication date from a page header.
See ``docs/dates.md`` for what is read and how relative dates are resolved.
"""

from __future__ import annotations

from innovation_news.dates._finder import find_dates, parse_date
from innovation_news.dates.published import find_published

__all__ = ["find_dates", "parse_date", "find_published"]
