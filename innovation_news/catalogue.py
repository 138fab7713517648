"""Merge the named records of many articles into one catalogue.

Records of different articles are the same entry when one's name or alias, normalised
(lower case, no quotes or punctuation, no leading "the", parentheticals and leading
years/ordinals dropped, head synonyms unified), equals one of the other's. Entry ids are
stable: a slug of the entry's name prefixed by its category (``park:lakeside-photonics-
industrial-park``), so the same input always gives the same ids whatever the article order.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from pydantic import BaseModel, ConfigDict

from innovation_news.models.records import Article, Initiative, Park, TalentProgram
from innovation_news.records.coref import keys_of, normal

__all__ = ["CatalogueEntry", "Catalogue", "merge_records"]


class CatalogueEntry(BaseModel):
    """One park, initiative or talent programme across articles.

    ``id`` -- stable slug id; ``category`` -- ``"park"``, ``"initiative"`` or ``"talent_program"``;
    ``name`` -- the longest name any article used; ``aliases`` -- every other name and alias;
    ``kind`` -- the park/initiative kind most articles gave (``None`` for talent programmes);
    ``articles`` -- ids of the articles it came from (in input order; an article without an
    id is named ``"#<index>"``); ``record_ids`` -- ``(article id, record id)`` pairs.
    """

    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)

    id: str
    category: str
    name: str
    aliases: tuple[str, ...] = ()
    kind: str | None = None
    location: str | None = None
    articles: tuple[str, ...] = ()
    record_ids: tuple[tuple[str, str], ...] = ()


class Catalogue(BaseModel):
    """Every entry, parks first, then initiatives, then talent programmes, each by name."""

    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)

    parks: tuple[CatalogueEntry, ...] = ()
    initiatives: tuple[CatalogueEntry, ...] = ()
    talent_programs: tuple[CatalogueEntry, ...] = ()

    def find(self, name: str) -> CatalogueEntry | None:
        """The entry known by ``name`` (any alias, compared normalised), or ``None``."""
        keys = keys_of(name)
        for entry in (*self.parks, *self.initiatives, *self.talent_programs):
            for n in (entry.name, *entry.aliases):
                if keys & keys_of(n):
                    return entry
        return None


_SLUG = re.compile(r"[^\w]+")


def _slug(name: str) -> str:
    return _SLUG.sub("-", normal(name)).strip("-") or "x"


class _Acc:
    def __init__(self, category: str) -> None:
        self.category = category
        self.names: list[str] = []
        self.kinds: list[str] = []
        self.locations: list[str] = []
        self.articles: list[str] = []
        self.records: list[tuple[str, str]] = []
        self.keys: set[str] = set()


def merge_records(articles: Iterable[Article]) -> Catalogue:
    """Merge the parks, initiatives and talent programmes of ``articles`` into a catalogue.

    >>> from innovation_news.article import parse_article
    >>> a = parse_article("The Lakeside Photonics Industrial Park opened.", id="a")
    >>> b = parse_article("Firms moved to the Lakeside Photonics Industrial Park (LPIP).", id="b")
    >>> c = merge_records([a, b])
    >>> [(e.id, e.aliases, e.articles) for e in c.parks]
    [('park:lakeside-photonics-industrial-park', ('LPIP',), ('a', 'b'))]
    """
    accs: dict[str, list[_Acc]] = {"park": [], "initiative": [], "talent_program": []}
    for index, article in enumerate(articles):
        aid = article.metadata.id or f"#{index}"
        groups: list[tuple[str, tuple[Park, ...] | tuple[Initiative, ...] | tuple[TalentProgram, ...]]] = [
            ("park", article.parks),
            ("initiative", article.initiatives),
            ("talent_program", article.talent_programs),
        ]
        for category, records in groups:
            for record in records:
                names = [record.name, *record.aliases]
                keys: set[str] = set()
                for n in names:
                    keys |= keys_of(n)
                matches = [acc for acc in accs[category] if acc.keys & keys]
                if matches:
                    acc = matches[0]
                    for other in matches[1:]:  # the record bridges two entries: merge them
                        acc.names += other.names
                        acc.kinds += other.kinds
                        acc.locations += other.locations
                        acc.articles += other.articles
                        acc.records += other.records
                        acc.keys |= other.keys
                        accs[category].remove(other)
                else:
                    acc = _Acc(category)
                    accs[category].append(acc)
                acc.names += names
                acc.keys |= keys
                kind = getattr(record, "kind", None)
                if kind is not None:
                    acc.kinds.append(str(kind.value))
                if record.location:
                    acc.locations.append(record.location)
                if aid not in acc.articles:
                    acc.articles.append(aid)
                acc.records.append((aid, record.id))
    out: dict[str, list[CatalogueEntry]] = {}
    for category, items in accs.items():
        entries: list[CatalogueEntry] = []
        used: set[str] = set()
        for acc in items:
            name = max(acc.names, key=lambda n: (len(normal(n).split()), len(n), n))
            seen = {normal(name)}
            aliases: list[str] = []
            for n in acc.names:
                k = normal(n)
                if k not in seen:
                    seen.add(k)
                    aliases.append(n)
            kind = max(set(acc.kinds), key=lambda k: (acc.kinds.count(k), k)) if acc.kinds else None
            location = max(set(acc.locations), key=lambda x: (acc.locations.count(x), x)) if acc.locations else None
            prefix = "talent" if category == "talent_program" else category
            eid = f"{prefix}:{_slug(name)}"
            suffix = 2
            while eid in used:
                eid = f"{prefix}:{_slug(name)}-{suffix}"
                suffix += 1
            used.add(eid)
            entries.append(
                CatalogueEntry(
                    id=eid,
                    category=category,
                    name=name,
                    aliases=tuple(aliases),
                    kind=kind,
                    location=location,
                    articles=tuple(acc.articles),
                    record_ids=tuple(acc.records),
                )
            )
        out[category] = sorted(entries, key=lambda e: normal(e.name))
    return Catalogue(parks=tuple(out["park"]), initiatives=tuple(out["initiative"]), talent_programs=tuple(out["talent_program"]))
