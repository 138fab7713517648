"""``parse_article``: one raw news article -> an :class:`~innovation_news.models.records.Article`.

The steps, each on offsets into the caller's original text:

1. :func:`innovation_news.text.split_text` -- furniture, paragraphs, sentences, title, source;
2. publication date -- the ``published`` argument, else
   :func:`innovation_news.dates.find_published`;
3. quantities -- :func:`innovation_news.quantities.find_quantities` with that date as context;
4. named records -- :func:`innovation_news.records.find_named_records` (body sentences only);
5. investments -- :func:`innovation_news.records.investments.find_investments`, linked back
   to the parks they target (``Park.investments``);
6. locations and sectors of the records (:mod:`innovation_news.places`,
   :mod:`innovation_news.sectors`).

Every optional step is skipped quietly when its module is not installed.
"""

from __future__ import annotations

import datetime as _dt
from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any, TypeVar, Union

from innovation_news._construct import construct
from innovation_news.context import Context
from innovation_news.errors import InputTypeError
from innovation_news.models.quantities import DateRange, Quantities, Span
from innovation_news.models.records import (
    Article,
    ArticleMetadata,
    Initiative,
    Investment,
    Organization,
    Park,
    TalentProgram,
)
from innovation_news.records import NamedRecords, find_named_records
from innovation_news.records.attributes import attach_attributes
from innovation_news.text import Layout, spans, split_text

__all__ = ["parse_article"]

Pair = tuple[int, int]
Named = Union[Park, Initiative, TalentProgram, Organization]
R = TypeVar("R", Park, Initiative, TalentProgram)


def _optional(module: str, name: str) -> Callable[..., Any] | None:
    try:
        mod = __import__(module, fromlist=[name])
        fn = getattr(mod, name)
    except Exception:  # the module is not there yet / failed to import
        return None
    return fn if callable(fn) else None


def _coerce_date(value: _dt.date | str | None) -> _dt.date | None:
    if value is None:
        return None
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    text = str(value).strip()
    try:
        return _dt.date.fromisoformat(text[:10])
    except ValueError:
        from dateutil import parser as _dateparser

        try:
            return _dateparser.parse(text).date()
        except (ValueError, OverflowError) as exc:
            raise ValueError(f"parse_article(): cannot read published={value!r} as a date") from exc


def parse_article(
    text: str,
    *,
    published: _dt.date | str | None = None,
    url: str | None = None,
    id: str | None = None,
) -> Article:
    """Read one raw article (furniture included) into an :class:`Article`.

    ``published`` (a date or ISO string) wins over the date the text states; ``url`` and
    ``id`` are copied into the metadata. Every span indexes ``text`` as given.

    >>> a = parse_article("Lakeside Photonics Industrial Park (LPIP) opened in 2020.", published="2021-05-04")
    >>> [(p.name, p.aliases, p.kind.value) for p in a.parks]
    [('Lakeside Photonics Industrial Park', ('LPIP',), 'park')]
    """
    if not isinstance(text, str):
        raise InputTypeError(f"parse_article() expects str, got {type(text).__name__}")
    layout = split_text(text)
    pub = _coerce_date(published)
    if pub is None:
        finder = _optional("innovation_news.dates", "find_published")
        if finder is not None:
            try:
                found = finder(text)
            except Exception:
                found = None
            pub = found if isinstance(found, _dt.date) else None
    quantities = Quantities()
    fq = _optional("innovation_news.quantities", "find_quantities")
    if fq is not None:
        q = fq(text, Context(published=pub))
        if isinstance(q, Quantities):
            quantities = q
    named = find_named_records(text, layout.sentences, layout.paragraphs)
    sentence_spans = spans(text, layout.sentences)
    investments: list[Investment] = []
    fi = _optional("innovation_news.records.investments", "find_investments")
    if fi is not None and quantities.money:
        targets: list[Named] = [*named.parks, *named.initiatives, *named.talent_programs, *named.organizations]
        result = fi(
            text,
            sentences=sentence_spans,
            money=quantities.money,
            dates=quantities.dates,
            named=targets,
        )
        investments = [x for x in result if isinstance(x, Investment)]
    parks, initiatives, talents, investments = _enrich(text, layout, named, investments,
                                                       quantities.dates)
    parks, initiatives, talents = attach_attributes(
        text, layout.sentences, quantities, parks, initiatives, talents, named.organizations,
        investments,
    )
    metadata = ArticleMetadata(
        id=id,
        url=url,
        title=text[layout.title[0] : layout.title[1]] if layout.title else None,
        title_span=_span(text, layout.title),
        published=pub,
        published_span=_published_span(quantities.dates, pub, layout) if pub else None,
        source=text[layout.source[0] : layout.source[1]] if layout.source else None,
        source_span=_span(text, layout.source),
    )
    return Article(
        metadata=metadata,
        paragraphs=spans(text, layout.paragraphs),
        sentences=sentence_spans,
        furniture=spans(text, layout.furniture),
        quantities=quantities,
        parks=parks,
        initiatives=initiatives,
        talent_programs=talents,
        investments=tuple(investments),
        organizations=named.organizations,
        people=named.people,
    )


def _span(text: str, pair: Pair | None) -> Span | None:
    if pair is None:
        return None
    return Span(start=pair[0], end=pair[1], text=text[pair[0] : pair[1]])


def _published_span(dates: Sequence[DateRange], pub: _dt.date, layout: Layout) -> Span | None:
    """The first date in the text that states exactly the publication day."""
    for d in dates:
        if d.start == pub and d.end == pub:
            return d.span
    return None


# ----------------------------------------------------------------------------- enrichment


def _enrich(
    text: str, layout: Layout, named: NamedRecords, investments: Sequence[Investment],
    dates: Sequence[DateRange],
) -> tuple[tuple[Park, ...], tuple[Initiative, ...], tuple[TalentProgram, ...], list[Investment]]:
    parks = list(named.parks)
    initiatives = list(named.initiatives)
    talents = list(named.talent_programs)
    # Park.investments: ids of investments whose target is the park
    by_target: dict[str, list[str]] = {}
    for inv in investments:
        if inv.target_id:
            by_target.setdefault(inv.target_id, []).append(inv.id)
    parks = [
        p.model_copy(update={"investments": tuple(by_target[p.id])}) if p.id in by_target else p for p in parks
    ]
    if not (parks or initiatives or talents or investments):
        return tuple(parks), tuple(initiatives), tuple(talents), list(investments)
    records: list[Park | Initiative | TalentProgram] = [*parks, *initiatives, *talents]
    regions = sorted(
        {(m.sentence.start, m.sentence.end) for r in records for m in r.mentions if m.sentence is not None}
        | {(i.sentence.start, i.sentence.end) for i in investments if i.sentence is not None}
    )
    if layout.title is not None:
        regions.insert(0, layout.title)
    locate = _Locator.build(text, regions)
    tag = _optional("innovation_news.sectors", "tag_sectors")
    tags: list[Any] = []
    if tag is not None:
        tagged: list[Park | Initiative] = [*parks, *initiatives]
        park_regions = sorted(
            {(m.sentence.start, m.sentence.end) for r in tagged for m in r.mentions[:3] if m.sentence is not None}
            | {(i.sentence.start, i.sentence.end) for i in investments if i.sentence is not None}
        )
        for s, e in park_regions:
            try:
                tags.extend((s + t.start, str(getattr(t.sector, "value", t.sector))) for t in tag(text[s:e]))
            except Exception:
                break

    def fill(record: R) -> R:
        update: dict[str, Any] = {}
        if locate is not None:
            found = locate.where(record)
            if found is not None:
                update["location"], update["location_span"], update["place"] = found
        if tags and isinstance(record, (Park, Initiative)):
            spans_ = [(m.sentence.start, m.sentence.end) for m in record.mentions if m.sentence is not None]
            values = tuple(dict.fromkeys(v for pos, v in tags if any(s <= pos < e for s, e in spans_)))
            if values:
                update["sectors"] = values
        return record.model_copy(update=update) if update else record

    def fill_investment(inv: Investment) -> Investment:
        update: dict[str, Any] = {}
        sent = inv.sentence
        if sent is not None:
            if locate is not None:
                found = locate.in_sentence(sent, inv.amount.span.start)
                if found is not None:
                    update["location"], update["location_span"], update["place"] = found
            values = tuple(dict.fromkeys(v for pos, v in tags if sent.start <= pos < sent.end))
            if values:
                update["sectors"] = values
            when = [d for d in dates if sent.start <= d.span.start < sent.end]
            if when:
                update["date"] = min(when, key=lambda d: abs(d.span.start - inv.amount.span.start))
        return inv.model_copy(update=update) if update else inv

    return (tuple(fill(p) for p in parks), tuple(fill(i) for i in initiatives),
            tuple(fill(t) for t in talents), [fill_investment(i) for i in investments])


_LEVEL_RANK = {"county": 0, "prefecture": 1, "province": 2}


class _Locator:
    """Ties records to the most specific place the text gives them."""

    def __init__(self, text: str, places: list[Any]) -> None:
        self.text = text
        self.places = places
        self.starts = [p.start for p in places]
        counts = Counter(p.place.adcode for p in places)
        self.dominant: Any | None = None
        if places:
            best = max(
                places,
                key=lambda p: (counts[p.place.adcode], -_LEVEL_RANK.get(str(p.place.level), 3), -p.start),
            )
            self.dominant = best

    @classmethod
    def build(cls, text: str, regions: Sequence[Pair]) -> _Locator | None:
        """Places in the given regions (the sentences that name records, and the title)."""
        fp = _optional("innovation_news.places", "find_places")
        if fp is None:
            return None
        places: list[Any] = []
        try:
            for s, e in regions:
                for p in fp(text[s:e]):
                    places.append(construct(type(p), {"place": p.place, "start": p.start + s,
                                                      "end": p.end + s, "text": p.text}))
        except Exception:
            return None
        return cls(text, places)

    def _inside(self, start: int, end: int) -> list[Any]:
        return [p for p in self.places if start <= p.start and p.end <= end]

    def where(self, record: Park | Initiative | TalentProgram) -> tuple[str, Span, Any] | None:
        # 1. a place inside one of the record's names
        inside: list[Any] = []
        for m in record.mentions:
            inside.extend(self._inside(m.span.start, m.span.end))
        if inside:
            # the most specific place the name holds ("Zhuji Science City" -> Zhuji); when its
            # places lie in different provinces ("Hainan Yangpu ..." where the gazetteer's
            # Yangpu is in Shanghai), they contradict each other: the widest one
            if len({_province(p) for p in inside}) > 1:
                best = max(inside, key=lambda p: (_LEVEL_RANK.get(str(p.place.level), 3), -p.start))
            else:
                best = min(inside, key=lambda p: (_LEVEL_RANK.get(str(p.place.level), 3), p.start))
            return self._result(best)
        # 2. a place in the sentence of the first mention ("in X", "X's")
        for m in record.mentions:
            if m.sentence is None:
                continue
            near = self._inside(m.sentence.start, m.sentence.end)
            if near:
                best = min(near, key=lambda p: (abs(p.start - m.span.start), _LEVEL_RANK.get(str(p.place.level), 3)))
                # "Huzhou's Deqing county": a place named inside the nearest one is more specific
                inner = [p for p in near if p.place.adcode != best.place.adcode and _within(p, best)]
                if inner:
                    best = min(inner, key=lambda p: _LEVEL_RANK.get(str(p.place.level), 3))
                return self._result(best)
        # 3. the article's dominant place
        if self.dominant is not None:
            return self._result(self.dominant)
        return None

    def _result(self, p: Any) -> tuple[str, Span, Any]:
        name = str(p.place.name_zh if _is_cjk(p.text) else p.place.name_en)
        return name, Span(start=p.start, end=p.end, text=self.text[p.start : p.end]), p.place

    def in_sentence(self, sentence: Span, near: int) -> tuple[str, Span, Any] | None:
        """The place in ``sentence`` nearest to ``near`` (the most specific of a chain), else
        the article's dominant place."""
        inside = self._inside(sentence.start, sentence.end)
        if inside:
            best = min(inside, key=lambda p: abs(p.start - near))
            inner = [p for p in inside if p.place.adcode != best.place.adcode and _within(p, best)]
            if inner:
                best = min(inner, key=lambda p: _LEVEL_RANK.get(str(p.place.level), 3))
            return self._result(best)
        return self._result(self.dominant) if self.dominant is not None else None


def _province(mention: Any) -> str:
    try:
        return str(mention.place.province.adcode)
    except Exception:
        return str(mention.place.adcode)


def _within(inner: Any, outer: Any) -> bool:
    try:
        return bool(inner.place.is_within(outer.place))
    except Exception:
        return False


def _is_cjk(s: str) -> bool:
    return any("\u3400" <= ch <= "\u9fff" for ch in s)
