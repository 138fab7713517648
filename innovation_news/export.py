"""Flatten an :class:`~innovation_news.models.Article` into plain JSON-ready dictionaries.

The shape is the one ``innovation-news parse`` prints: the keys of the corpus annotation
format (``money``, ``areas``, ``percentages``, ``dates``, ``parks``, ``initiatives``,
``talent_programs``, ``investments`` with ``span`` as ``[start, end)``) plus everything else the
article holds (counts, organisations, people, spans of every mention).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from innovation_news.models.quantities import (
    Area,
    Count,
    DateRange,
    Money,
    Percentage,
    Quantities,
    Span,
)
from innovation_news.models.records import Article

__all__ = ["article_to_dict", "quantities_to_dict", "number"]


def number(d: Decimal | None) -> int | float | None:
    """A JSON number for a Decimal: an int when integral, else the nearest float."""
    if d is None:
        return None
    if d == d.to_integral_value():
        return int(d)
    return float(d)


def _span(s: Span) -> list[int]:
    return [s.start, s.end]


def _money(m: Money) -> dict[str, Any]:
    return {"span": _span(m.span), "text": m.span.text, "value": number(m.value),
            "low": number(m.low), "high": number(m.high), "currency": m.currency,
            "qualifier": m.qualifier.value, "currency_assumed": m.currency_assumed}


def _area(a: Area) -> dict[str, Any]:
    return {"span": _span(a.span), "text": a.span.text, "square_meters": number(a.square_meters),
            "low": number(a.square_meters_low), "high": number(a.square_meters_high),
            "qualifier": a.qualifier.value, "value": number(a.value),
            "value_low": number(a.low), "value_high": number(a.high), "unit": a.unit.value}


def _percentage(p: Percentage) -> dict[str, Any]:
    return {"span": _span(p.span), "text": p.span.text, "value": number(p.value),
            "low": number(p.low), "high": number(p.high), "qualifier": p.qualifier.value,
            "points": p.points}


def _count(c: Count) -> dict[str, Any]:
    return {"span": _span(c.span), "text": c.span.text, "value": number(c.value),
            "low": number(c.low), "high": number(c.high), "qualifier": c.qualifier.value,
            "noun": c.noun}


def _date(d: DateRange) -> dict[str, Any]:
    out: dict[str, Any] = {
        "span": _span(d.span), "text": d.span.text,
        "start": d.start.isoformat() if d.start else None,
        "end": d.end.isoformat() if d.end else None,
        "granularity": d.granularity.value, "year": d.year, "month": d.month, "day": d.day,
    }
    if d.edge is not None:
        out["edge"] = d.edge
    return out


def quantities_to_dict(q: Quantities) -> dict[str, list[dict[str, Any]]]:
    """The quantity lists of :class:`Quantities` as JSON-ready dictionaries."""
    return {
        "money": [_money(m) for m in q.money],
        "areas": [_area(a) for a in q.areas],
        "percentages": [_percentage(p) for p in q.percentages],
        "counts": [_count(c) for c in q.counts],
        "dates": [_date(d) for d in q.dates],
    }


def _record(model: Any) -> dict[str, Any]:
    data: dict[str, Any] = model.model_dump(mode="json", exclude={"mentions"})
    data["mentions"] = [_span(m.span) for m in getattr(model, "mentions", ())]
    return data


def article_to_dict(article: Article) -> dict[str, Any]:
    """One article's full output as a JSON-ready dictionary (see the module docstring)."""
    md = article.metadata
    out: dict[str, Any] = {
        "id": md.id,
        "url": md.url,
        "title": md.title,
        "published": md.published.isoformat() if md.published else None,
        "source": md.source,
    }
    out.update(quantities_to_dict(article.quantities))
    out["parks"] = [_record(p) for p in article.parks]
    out["initiatives"] = [_record(i) for i in article.initiatives]
    out["talent_programs"] = [_record(t) for t in article.talent_programs]
    invs = []
    for inv in article.investments:
        d = inv.model_dump(mode="json", exclude={"amount"})
        d["amount"] = _money(inv.amount)
        d["span"] = _span(inv.amount.span)
        invs.append(d)
    out["investments"] = invs
    out["organizations"] = [_record(o) for o in article.organizations]
    out["people"] = [_record(p) for p in article.people]
    out["paragraphs"] = [_span(s) for s in article.paragraphs]
    out["sentences"] = [_span(s) for s in article.sentences]
    return out
