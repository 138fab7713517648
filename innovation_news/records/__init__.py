"""Named records of one article: parks, initiatives, talent programmes, organisations, people.

:func:`find_named_records` finds name mentions (English: :mod:`.names`, Chinese:
:mod:`.names_zh`), groups the mentions of one record (:mod:`.coref`) and builds the public
models with their evidence spans. Investments are found by :mod:`.investments`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from innovation_news._construct import construct
from innovation_news.models.quantities import Span
from innovation_news.models.records import (
    Initiative,
    InitiativeKind,
    Level,
    Mention,
    Organization,
    Park,
    ParkKind,
    Person,
    TalentProgram,
)
from innovation_news.records.coref import Group, group_mentions, normal
from innovation_news.records.names import NameMention, find_names_en, promote_talent
from innovation_news.records.names_zh import find_names_zh
from innovation_news.records.people import find_organizations, find_people

__all__ = ["NamedRecords", "find_named_records", "NameMention", "normal"]

Pair = tuple[int, int]


@attrs.frozen(slots=True)
class NamedRecords:
    """The named records of one article, each tuple in order of first mention."""

    parks: tuple[Park, ...] = ()
    initiatives: tuple[Initiative, ...] = ()
    talent_programs: tuple[TalentProgram, ...] = ()
    organizations: tuple[Organization, ...] = ()
    people: tuple[Person, ...] = ()
    groups: tuple[Group, ...] = ()


_CJK = re.compile(r"[\u3400-\u9fff]")


def _span(text: str, s: int, e: int) -> Span:
    # a slice of the text by construction: no validation needed
    return construct(Span, {"start": s, "end": e, "text": text[s:e]})


def _mentions(text: str, group: Group, extra: Sequence[tuple[int, int, Pair | None]] = ()) -> tuple[Mention, ...]:
    seen: set[tuple[int, int]] = set()
    items: list[tuple[int, int, Pair | None]] = []
    for m in group.mentions:
        items.append((m.start, m.end, m.sentence))
    for a in group.abbrevs:
        items.append((a[0], a[1], None))
    items.extend(extra)
    out: list[Mention] = []
    for s, e, sent in sorted(items, key=lambda x: x[0]):
        if (s, e) in seen or e <= s:
            continue
        seen.add((s, e))
        out.append(construct(Mention, {"span": _span(text, s, e), "sentence": _span(text, *sent) if sent else None}))
    return tuple(out)


def _abbrev_mentions(text: str, group: Group, sentences: Sequence[Pair]) -> list[tuple[int, int, Pair | None]]:
    """Stand-alone uses of a record's parenthesised abbreviation elsewhere in the body."""
    out: list[tuple[int, int, Pair | None]] = []
    abbrs = {text[a[0] : a[1]].split()[0] for a in group.abbrevs}
    for abbr in abbrs:
        if len(abbr) < 2:
            continue
        rx = re.compile(r"(?<![\w\-])" + re.escape(abbr) + r"(?![\w\-])")
        for s, e in sentences:
            for m in rx.finditer(text, s, e):
                out.append((m.start(), m.end(), (s, e)))
    return out


def _sentence_of(sentences: Sequence[Pair], offset: int) -> Pair | None:
    from innovation_news.text import sentence_at

    return sentence_at(list(sentences), offset)


def find_named_records(text: str, sentences: Sequence[Pair], paragraphs: Sequence[Pair] = ()) -> NamedRecords:
    """Find and group the parks, initiatives, talent programmes, organisations and people.

    ``sentences`` are the body sentences of ``text`` (half-open pairs), as
    :func:`innovation_news.text.split_text` gives them.
    """
    has_cjk = _CJK.search(text) is not None
    mentions = find_names_en(text, sentences)
    if has_cjk:
        mentions.extend(find_names_zh(text, sentences))
        mentions.sort(key=lambda m: m.start)
    mentions = promote_talent(text, mentions, paragraphs)
    groups = group_mentions(text, mentions)
    parks: list[Park] = []
    initiatives: list[Initiative] = []
    talents: list[TalentProgram] = []
    for g in groups:
        extra = _abbrev_mentions(text, g, sentences) if g.abbrevs else []
        mentions_t = _mentions(text, g, extra)
        level = Level(g.level) if g.level else None
        aliases = tuple(g.aliases)
        if g.category == "park":
            parks.append(
                Park(
                    id=f"park-{len(parks) + 1}",
                    name=g.name,
                    aliases=aliases,
                    kind=ParkKind(g.kind),
                    level=level,
                    mentions=mentions_t,
                )
            )
        elif g.category == "talent":
            talents.append(
                TalentProgram(
                    id=f"talent-{len(talents) + 1}",
                    name=g.name,
                    aliases=aliases,
                    level=level,
                    mentions=mentions_t,
                )
            )
        elif g.category == "initiative":
            initiatives.append(
                Initiative(
                    id=f"initiative-{len(initiatives) + 1}",
                    name=g.name,
                    aliases=aliases,
                    kind=InitiativeKind(g.kind),
                    mentions=mentions_t,
                )
            )
    orgs = find_organizations(text, sentences)
    people = find_people(text, sentences)
    return NamedRecords(tuple(parks), tuple(initiatives), tuple(talents), tuple(orgs), tuple(people), tuple(groups))
