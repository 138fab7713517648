"""Turn internal scanner results (:class:`~innovation_news._raw.Raw`) into public models, and
run every scanner over a text once without double counting."""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal
from typing import TypeVar

from innovation_news._construct import construct
from innovation_news._decimal import clean
from innovation_news._raw import Raw
from innovation_news.context import DEFAULT_CONTEXT, Context
from innovation_news.models.quantities import (
    Area,
    AreaUnit,
    Count,
    DateRange,
    Money,
    Percentage,
    Qualifier,
    Quantities,
    Span,
)

__all__ = ["scan_numeric", "build", "find_all"]

Q = TypeVar("Q", Count, DateRange)

_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")

# currencies that share a sign or word with the table's default reading of it
_SHARED_SIGN = {
    "USD": frozenset({"USD", "HKD", "TWD", "SGD", "AUD", "CAD"}),
    "CNY": frozenset({"CNY", "JPY"}),
    "GBP": frozenset({"GBP"}),
}


def _clean(d: Decimal | None) -> Decimal | None:
    return None if d is None else clean(d)


def scan_numeric(text: str, context: Context) -> list[Raw]:
    """English and Chinese numeric quantities, in order, non-overlapping (longer wins)."""
    from innovation_news.numbers.en import scan_en

    raws: list[Raw] = []
    if context.language != "zh":
        raws = scan_en(text)
    if context.language != "en" and _CJK.search(text) is not None:
        from innovation_news.numbers._traditional import has_traditional, simplified
        from innovation_news.numbers._zh_scan import scan_zh

        # Traditional script is read through a same-length Simplified copy: offsets carry over
        zh = scan_zh(simplified(text) if has_traditional(text) else text)
        if zh:
            raws = _merge(raws, zh) if raws else zh
    return raws


def _merge(a: list[Raw], b: list[Raw]) -> list[Raw]:
    both = sorted(a + b, key=lambda r: (r.start, -(r.end - r.start)))
    out: list[Raw] = []
    for r in both:
        if out and r.start < out[-1].end:
            prev = out[-1]
            if (r.end - r.start) > (prev.end - prev.start):
                out[-1] = r
            continue
        out.append(r)
    return out


def build(text: str, raw: Raw, context: Context) -> Money | Area | Percentage | Count:
    """The public model of one scanner result.

    The scanners guarantee the models' invariants (a span that slices the text; a value, or
    both bounds with low < high), so the models are built as ``model_construct`` would
    build them (:func:`~innovation_news._construct.construct`): no validation, and no schema
    to build on first use (pydantic's ``defer_build``), which keeps a fresh process fast.
    """
    span = construct(Span, {"start": raw.start, "end": raw.end,
                            "text": text[raw.start:raw.end]})
    common = {"span": span, "qualifier": Qualifier(raw.qualifier), "value": _clean(raw.value),
              "low": _clean(raw.low), "high": _clean(raw.high)}
    if raw.kind == "money":
        # no currency written: the context's default (currency_assumed says so)
        currency = raw.unit if raw.unit is not None else context.default_currency
        if raw.assumed and context.default_currency in _SHARED_SIGN.get(currency, ()):
            currency = context.default_currency
        return construct(Money, {**common, "currency": currency,
                                 "currency_assumed": raw.assumed})
    if raw.kind == "area":
        assert raw.unit is not None
        return construct(Area, {**common, "unit": AreaUnit(raw.unit)})
    if raw.kind == "percent":
        return construct(Percentage, {**common, "points": raw.unit == "point"})
    return construct(Count, {**common, "noun": raw.unit})


def _not_overlapping(items: list[Q], taken: list[tuple[int, int]]) -> list[Q]:
    """The items (in text order) whose spans overlap none of ``taken`` (sorted, disjoint):
    one merge-like sweep, linear in both lists."""
    out: list[Q] = []
    i = 0
    for item in items:
        s, e = item.span.start, item.span.end
        while i < len(taken) and taken[i][1] <= s:
            i += 1
        if i < len(taken) and taken[i][0] < e:
            continue
        out.append(item)
    return out


def _dates(text: str, ctx: Context, find_dates: Callable[..., list[DateRange]]) -> list[DateRange]:
    """Dates, Traditional script read through a same-length Simplified copy (the spans then
    take their text from the original)."""
    from innovation_news.numbers._traditional import has_traditional, simplified

    if not has_traditional(text):
        return find_dates(text, ctx)
    out = []
    for d in find_dates(simplified(text), ctx):
        s, e = d.span.start, d.span.end
        span = construct(Span, {"start": s, "end": e, "text": text[s:e]})
        out.append(d.model_copy(update={"span": span}))
    return out


def find_all(text: str, context: Context | None = None) -> Quantities:
    """Every quantity of every dimension in ``text`` (see :func:`innovation_news.find_quantities`)."""
    from innovation_news.dates import find_dates

    ctx = context if context is not None else DEFAULT_CONTEXT
    money: list[Money] = []
    areas: list[Area] = []
    percentages: list[Percentage] = []
    counts: list[Count] = []
    strong: list[tuple[int, int]] = []
    for raw in scan_numeric(text, ctx):
        model = build(text, raw, ctx)
        if isinstance(model, Money):
            money.append(model)
        elif isinstance(model, Area):
            areas.append(model)
        elif isinstance(model, Percentage):
            percentages.append(model)
        else:
            counts.append(model)
            continue
        strong.append((raw.start, raw.end))
    dates = _not_overlapping(_dates(text, ctx, find_dates), strong)
    if dates and counts:
        taken = [(d.span.start, d.span.end) for d in dates]
        counts = _not_overlapping(counts, taken)
    return construct(Quantities, {"money": money, "areas": areas, "percentages": percentages,
                                  "counts": counts, "dates": dates})
