"""Attach the quantities an article states *about* a record to that record.

A quantity belongs to a record when it stands in a sentence that names the record (one of
its mentions); when a sentence names several records, to the one mentioned nearest before
the quantity (else the nearest after). The rules:

* ``Park.area`` -- the first area; ``Park.counts`` -- the counts ("home to 47 companies");
* ``Initiative.date`` -- the date nearest its first dated mention; ``Initiative.targets`` --
  its counts; ``Initiative.organisers`` -- organisations introduced by "organised/hosted/
  sponsored/launched (jointly) by" or 主办/承办 in its sentences;
* ``TalentProgram.funding`` -- its money; ``recruited`` -- its counts; ``sponsor`` -- an
  organisation introduced as for organisers, else a government body in its sentences.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import Any, TypeVar

from innovation_news.models.quantities import Quantities
from innovation_news.models.records import (
    Initiative,
    Investment,
    Organization,
    OrganizationKind,
    Park,
    TalentProgram,
)

__all__ = ["attach_attributes"]

R = TypeVar("R", Park, Initiative, TalentProgram)

_BY = re.compile(
    r"(?:organi[sz]ed|hosted|sponsored|launched|initiated|held|undertaken|co-organi[sz]ed|"
    r"supported|guided)\s+(?:jointly\s+)?by\s+(?:the\s+)?\Z|(?:主办|承办|发起)(?:单位)?[:：]?\s*\Z",
    re.IGNORECASE,
)


def _owner(in_sentence: Sequence[tuple[int, int, Any]], pos: int) -> Any | None:
    """The record whose mention (``(start, end, record)`` in one sentence) is nearest before
    ``pos``, else nearest after."""
    best: tuple[int, Any] | None = None
    after: tuple[int, Any] | None = None
    for start, end, r in in_sentence:
        if end <= pos:
            if best is None or pos - end < best[0]:
                best = (pos - end, r)
        elif start >= pos and (after is None or start - pos < after[0]):
            after = (start - pos, r)
    if best is not None:
        return best[1]
    return after[1] if after is not None else None


def attach_attributes(
    text: str,
    sentences: Sequence[tuple[int, int]],
    quantities: Quantities,
    parks: Sequence[Park],
    initiatives: Sequence[Initiative],
    talents: Sequence[TalentProgram],
    organizations: Sequence[Organization],
    investments: Sequence[Investment] = (),
) -> tuple[tuple[Park, ...], tuple[Initiative, ...], tuple[TalentProgram, ...]]:
    """The records with ``area``/``counts``, ``date``/``targets``/``organisers`` and
    ``funding``/``recruited``/``sponsor`` filled from the sentences that name them.

    An amount that an investment already ties to a target belongs to that target only."""
    records: list[Any] = [*parks, *initiatives, *talents]
    if not records or not sentences:
        return tuple(parks), tuple(initiatives), tuple(talents)
    starts = [s for s, _ in sentences]

    def sentence_of(pos: int) -> tuple[int, int] | None:
        i = bisect.bisect_right(starts, pos) - 1
        if i >= 0 and pos < sentences[i][1]:
            return sentences[i]
        return None

    # the record mentions of each sentence, so that owning a quantity looks at one sentence
    by_sentence: dict[tuple[int, int], list[tuple[int, int, Any]]] = {}
    for r in records:
        for m in r.mentions:
            if m.sentence is not None:
                by_sentence.setdefault((m.sentence.start, m.sentence.end), []).append(
                    (m.span.start, m.span.end, r))
    found: dict[str, dict[str, list[Any]]] = {r.id: {} for r in records}

    def assign(kind: str, items: Sequence[Any]) -> None:
        for q in items:
            sent = sentence_of(q.span.start)
            if sent is None or sent not in by_sentence:
                continue
            owner = _owner(by_sentence[sent], q.span.start)
            if owner is not None:
                found[owner.id].setdefault(kind, []).append(q)

    assign("areas", quantities.areas)
    assign("counts", quantities.counts)
    claimed = {(i.amount.span.start, i.amount.span.end): i.target_id for i in investments}
    free = [m for m in quantities.money if (m.span.start, m.span.end) not in claimed]
    assign("money", free)
    for inv in investments:
        if inv.target_id in found:
            found[inv.target_id].setdefault("money", []).append(inv.amount)
    assign("dates", quantities.dates)
    for org in organizations:
        for m in org.mentions:
            lo = max(0, m.span.start - 48)
            if _BY.search(text, lo, m.span.start) is None and not (
                org.kind == OrganizationKind.GOVERNMENT
            ):
                continue
            sent = sentence_of(m.span.start)
            if sent is None or sent not in by_sentence:
                continue
            owner = _owner(by_sentence[sent], m.span.start)
            if owner is not None:
                key = "by" if _BY.search(text, lo, m.span.start) else "gov"
                found[owner.id].setdefault(key, []).append(org.name)

    def fill(record: R) -> R:
        got = found[record.id]
        update: dict[str, Any] = {}
        names = tuple(dict.fromkeys(got.get("by", [])))
        if isinstance(record, Park):
            if got.get("areas"):
                update["area"] = got["areas"][0]
            if got.get("counts"):
                update["counts"] = tuple(got["counts"])
        elif isinstance(record, Initiative):
            if got.get("dates"):
                update["date"] = got["dates"][0]
            if got.get("counts"):
                update["targets"] = tuple(got["counts"])
            if names:
                update["organisers"] = names
        else:
            if got.get("money"):
                update["funding"] = tuple(got["money"])
            if got.get("counts"):
                update["recruited"] = tuple(got["counts"])
            sponsor = names[0] if names else (got.get("gov") or [None])[0]
            if sponsor is not None:
                update["sponsor"] = sponsor
        return record.model_copy(update=update) if update else record

    return (tuple(fill(p) for p in parks), tuple(fill(i) for i in initiatives),
            tuple(fill(t) for t in talents))
