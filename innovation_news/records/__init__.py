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


_WRAP_GAP = re.compile(r"[ \t\u3000]*\r?\n[ \t\u3000]*")
_OPEN_END = re.compile(r"[\w\u3400-\u9fff”\"]")
_HEAD_END_EN = re.compile(r"(?:Park|Zone|Area|Town|City|Valley|Corridor|Base|Incubator|Summit|Forum|Conference|Expo|Fair|Plan|Program|Programme|Competition|Contest)s?$")
# a short heading line: an optional numbering, then at most eight capitalised words and connectors
_HEADING_LINE = re.compile(
    r"(?:(?:[IVX]+|\d+|[A-Z])[.)、]\s*)?[A-Z][\w'’\-]*"
    r"(?:[ \t]+(?:[A-Z0-9][\w'’\-]*|&|and|of|for|the|in|on|to|a|an)){0,7}"
)
_HEADLINE_PUNCT = re.compile(r"[,，。.;；:：!！?？、]")


def join_wrapped(text: str, sentences: Sequence[Pair], paragraphs: Sequence[Pair] = ()) -> list[Pair]:
    """The sentences with hard line wraps undone: a sentence that ends a line without
    sentence punctuation joins the next when only one line break (no blank line) lies
    between them ("The Lakeside\nIndustrial Park", "武汉商控华顶\n工业园"). A first line
    without punctuation (a headline) and a line ending in a name head stay apart."""
    out: list[Pair] = []
    first_para = paragraphs[0] if paragraphs else None
    for s, e in sentences:
        if out:
            ps, pe = out[-1]
            gap = _WRAP_GAP.fullmatch(text, pe, s)
            if (
                gap is not None
                and _OPEN_END.match(text, pe - 1) is not None
                and (text[s].isalnum() or _CJK.match(text, s) is not None)
                and not _headline(text, ps, pe, first_para)
                and (_CJK.match(text, s) is not None or text[s].islower() or _english_wrap(text, ps, pe, first_para))
                and _HEAD_END_EN.search(text, max(ps, pe - 12), pe) is None
                and not _zh_head_end(text, ps, pe)
            ):
                out[-1] = (ps, e)
                continue
        out.append((s, e))
    return out


def _english_wrap(text: str, s: int, e: int, first_para: Pair | None) -> bool:
    """A line followed by a capitalised line: a wrap when it ends in a word (not a number,
    a time) and is not the first paragraph (a headline above a dateline)."""
    return text[e - 1].isalpha() and not (first_para is not None and first_para[0] <= s < first_para[1])


def _headline(text: str, s: int, e: int, first_para: Pair | None) -> bool:
    if _CJK.search(text, s, e) is not None:
        # a Chinese first line without any punctuation reads as a headline
        return first_para is not None and first_para[0] <= s < first_para[1] and _HEADLINE_PUNCT.search(text, s, e) is None
    line_start = text.rfind("\n", 0, s) + 1
    if e - line_start < 25:
        return True  # a short English line (a byline, a menu entry) is no wrapped sentence
    if _HEADING_LINE.fullmatch(text, line_start, e) is not None:
        return True  # "II. Application & Appraisal Schedule": a short title-case heading
    words = re.findall(r"[A-Za-z][\w'’\-]*", text[s:e])
    long_words = [w for w in words if len(w) >= 4]
    return len(long_words) >= 4 and sum(1 for w in long_words if w[0].isupper()) >= 0.85 * len(long_words)


def _zh_head_end(text: str, s: int, e: int) -> bool:
    from innovation_news.records.names_zh import ends_in_head

    return ends_in_head(text[max(s, e - 10) : e])


def _unwrap(text: str, mentions: list[NameMention], sentences: Sequence[Pair]) -> list[NameMention]:
    """Mentions found in joined lines: the name without its line break, and the body
    sentence holding it when it lies in one."""
    out: list[NameMention] = []
    for m in mentions:
        if "\n" in m.text:
            glue = "" if _CJK.search(m.text) else " "
            m = attrs.evolve(m, text=_WRAP_GAP.sub(glue, m.text))
        sent = _sentence_of(sentences, m.start)
        if sent is not None and sent[0] <= m.start and m.end <= sent[1]:
            m = attrs.evolve(m, sentence=sent)
        out.append(m)
    return out


def find_named_records(text: str, sentences: Sequence[Pair], paragraphs: Sequence[Pair] = ()) -> NamedRecords:
    """Find and group the parks, initiatives, talent programmes, organisations and people.

    ``sentences`` are the body sentences of ``text`` (half-open pairs), as
    :func:`innovation_news.text.split_text` gives them.
    """
    has_cjk = _CJK.search(text) is not None
    wrapped = join_wrapped(text, sentences, paragraphs)
    mentions = find_names_en(text, wrapped)
    if has_cjk:
        mentions.extend(find_names_zh(text, wrapped))
        mentions.sort(key=lambda m: m.start)
    if len(wrapped) != len(sentences):
        mentions = _unwrap(text, mentions, sentences)
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
