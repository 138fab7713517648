"""Loading of the shipped gazetteer (``innovation_news/data/gazetteer.tsv.gz``).

The file is read once, on first use, and kept in memory (``functools.cache``).  No
network, clock or locale is involved.
"""

from __future__ import annotations

import functools
import gzip
import re
import tomllib
from dataclasses import dataclass, field
from importlib import resources

from innovation_news.places._models import Level, Place

_LEVEL_RANK: dict[str, int] = {"province": 3, "prefecture": 2, "county": 1}

_KEY_DROP = re.compile(r"['’‘`\-\s]+")


def en_key(name: str) -> str:
    """Normalise an English spelling for lookup: lower case, no apostrophes/hyphens/spaces."""
    return _KEY_DROP.sub("", name).lower()


@dataclass(frozen=True, slots=True)
class Row:
    """One gazetteer row (internal)."""

    adcode: str
    name_zh: str
    short_zh: str
    name_en: str
    spellings: tuple[str, ...]
    level: Level
    parent: str | None
    lat: float | None
    lng: float | None
    weight: int

    @property
    def rank(self) -> int:
        return _LEVEL_RANK[self.level]


@dataclass(slots=True)
class Gazetteer:
    """In-memory gazetteer with lookup indexes (internal)."""

    rows: dict[str, Row]
    en_index: dict[str, tuple[str, ...]]
    zh_full: dict[str, tuple[str, ...]]
    zh_short: dict[str, tuple[str, ...]]
    en_stop: frozenset[str]
    zh_stop: frozenset[str]
    surnames: frozenset[str]
    features: frozenset[str]
    zh_first: dict[str, tuple[int, ...]]
    _places: dict[str, Place] = field(default_factory=dict)
    _chains: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def place(self, adcode: str) -> Place:
        """The :class:`Place` for ``adcode`` (created on demand and cached)."""
        p = self._places.get(adcode)
        if p is None:
            r = self.rows[adcode]
            p = Place(
                adcode=r.adcode,
                name_zh=r.name_zh,
                name_en=r.name_en,
                spellings=r.spellings,
                level=r.level,
                parent=r.parent,
                lat=r.lat,
                lng=r.lng,
            )
            self._places[adcode] = p
        return p

    def ancestors(self, adcode: str) -> tuple[str, ...]:
        """Adcodes of the divisions containing ``adcode``, nearest first."""
        chain = self._chains.get(adcode)
        if chain is None:
            out: list[str] = []
            cur = self.rows[adcode].parent
            while cur is not None and cur in self.rows and cur not in out:
                out.append(cur)
                cur = self.rows[cur].parent
            chain = tuple(out)
            self._chains[adcode] = chain
        return chain

    def parent_chain(self, adcode: str) -> list[Place]:
        if adcode not in self.rows:
            return []
        return [self.place(a) for a in self.ancestors(adcode)]

    def related(self, a: str, b: str) -> bool:
        """True when one of ``a``/``b`` contains the other (or they are equal)."""
        return a == b or b in self.ancestors(a) or a in self.ancestors(b)


def _read_text(name: str) -> bytes:
    return resources.files("innovation_news").joinpath("data", name).read_bytes()


def _opt_float(s: str) -> float | None:
    return float(s) if s else None


@functools.cache
def gazetteer() -> Gazetteer:
    """Load and index the shipped gazetteer (cached: read once per process)."""
    text = gzip.decompress(_read_text("gazetteer.tsv.gz")).decode("utf-8")
    rows: dict[str, Row] = {}
    en: dict[str, list[str]] = {}
    zfull: dict[str, list[str]] = {}
    zshort: dict[str, list[str]] = {}
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        code, name_zh, short_zh, name_en, extra, level, parent, lat, lng, weight = line.split("\t")
        spellings = (name_en, *extra.split("|")) if extra else (name_en,)
        row = Row(
            adcode=code,
            name_zh=name_zh,
            short_zh=short_zh,
            name_en=name_en,
            spellings=spellings,
            level=level,  # type: ignore[arg-type]
            parent=parent or None,
            lat=_opt_float(lat),
            lng=_opt_float(lng),
            weight=int(weight),
        )
        rows[code] = row
        for sp in spellings:
            lst = en.setdefault(en_key(sp), [])
            if code not in lst:
                lst.append(code)
        zfull.setdefault(name_zh, []).append(code)
        if short_zh != name_zh:
            zshort.setdefault(short_zh, []).append(code)
    stop = tomllib.loads(_read_text("place_stoplist.toml").decode("utf-8"))
    first: dict[str, set[int]] = {}
    for name in (*zfull, *zshort):
        if len(name) >= 2:
            first.setdefault(name[0], set()).add(len(name))
    return Gazetteer(
        rows=rows,
        en_index={k: tuple(v) for k, v in en.items()},
        zh_full={k: tuple(v) for k, v in zfull.items()},
        zh_short={k: tuple(v) for k, v in zshort.items()},
        en_stop=frozenset(en_key(w) for w in stop.get("english", [])),
        zh_stop=frozenset(stop.get("chinese", [])),
        surnames=frozenset(stop.get("surnames", [])),
        features=frozenset(stop.get("features", [])),
        zh_first={k: tuple(sorted(v, reverse=True)) for k, v in first.items()},
    )
