"""Finding and resolving place names (internal; see :mod:`innovation_news.places`)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise

from innovation_news._construct import construct
from innovation_news.errors import InputTypeError
from innovation_news.places._gazetteer import Gazetteer, en_key, gazetteer
from innovation_news.places._models import Place, PlaceMention

# A capitalised English word, optionally with one apostrophe syllable ("Rui'an", "Xi’an").
# Possessive quantifiers and fixed-width look-arounds keep it linear on any input.
_TOKEN = re.compile(r"(?<![A-Za-z0-9'’])[A-Z][a-z]++(?:['’][a-z]++)?+(?![A-Za-z0-9])")

# An administrative suffix right after a name ("city", "(county-level) city", "New Area").
_SUFFIX = re.compile(
    r"(?P<cl>[ \t]{1,3}\((?:county|prefecture)-level\))?[ \t]{1,3}"
    r"(?:(?P<prov>province|autonomous[ \t]region|municipality|special[ \t]administrative[ \t]region|sar)"
    r"|(?P<pref>autonomous[ \t]prefecture|prefecture|league)"
    r"|(?P<cnty>new[ \t]area|new[ \t]district|district|autonomous[ \t]county|county|banner)"
    r"|(?P<city>city))(?![A-Za-z])",
    re.IGNORECASE,
)
# The same suffixes at the end of a stand-alone name (for resolve_place).
_TAIL = re.compile(
    r"(?:[ \t]{1,3}\((?:county|prefecture)-level\))?[ \t]{1,3}"
    r"(?:(?P<prov>province|autonomous[ \t]region|municipality|special[ \t]administrative[ \t]region|sar)"
    r"|(?P<pref>autonomous[ \t]prefecture|prefecture|league)"
    r"|(?P<cnty>new[ \t]area|new[ \t]district|district|autonomous[ \t]county|county|banner)"
    r"|(?P<city>city))\Z",
    re.IGNORECASE,
)
_CJK_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
# What may stand between two names that name one place ("Taizhou, Zhejiang", "浙江台州").
_ADJ_GAP = re.compile(r"(?:[ \t]{0,2}[,，、][ \t]{0,2}|[ \t]{1,2}|['’]s[ \t]|[ \t](?:in|of)[ \t]|)\Z")
_REGION_PREFIX = re.compile(
    r"\A(?:the[ \t]+)?(?:(?:north|south|east|west|central|northeast|northwest|southeast|southwest|"
    r"northern|southern|eastern|western)[ \t]+china['’]s[ \t]+)",
    re.IGNORECASE,
)
_SPLIT = re.compile(r"[,，、;；]")
_MAX_NAME = 300

# level hint -> (allowed levels, preferred endings of the Chinese name)
_Hint = tuple[frozenset[str], tuple[str, ...]]
_HINTS: dict[str, _Hint] = {
    "prov": (frozenset({"province"}), ("省", "自治区", "市", "特别行政区")),
    "pref": (frozenset({"prefecture"}), ("自治州", "地区", "盟")),
    "county": (frozenset({"county"}), ("县", "旗")),
    "district": (frozenset({"county"}), ("区",)),
    "newarea": (frozenset({"county"}), ("新区", "区")),
    "city": (frozenset({"prefecture", "county"}), ("市",)),
    "cl": (frozenset({"county"}), ("市",)),
}


@dataclass(slots=True)
class _Raw:
    start: int
    end: int
    cands: tuple[str, ...]
    chosen: str | None = None


def _hint(m: re.Match[str]) -> _Hint:
    if m.group("prov"):
        return _HINTS["prov"]
    if m.group("pref"):
        return _HINTS["pref"]
    word = m.group("cnty")
    if word:
        w = word.lower()
        if w.startswith("new"):
            return _HINTS["newarea"]
        if w == "district":
            return _HINTS["district"]
        return _HINTS["county"]
    if "cl" in m.re.groupindex and m.group("cl"):
        return _HINTS["cl"]
    return _HINTS["city"]


def _filter(g: Gazetteer, cands: tuple[str, ...], hint: _Hint | None) -> tuple[str, ...]:
    if hint is None or len(cands) < 2:
        return cands
    levels, endings = hint
    kept = tuple(c for c in cands if g.rows[c].level in levels) or cands
    if len(kept) > 1:
        kept = tuple(c for c in kept if g.rows[c].name_zh.endswith(endings)) or kept
    return kept


def _scan_english(g: Gazetteer, text: str, out: list[_Raw]) -> None:
    toks = list(_TOKEN.finditer(text))
    n = len(toks)
    i = 0
    while i < n:
        tok = toks[i]
        start = tok.start()
        end = tok.end()
        cands: tuple[str, ...] = ()
        used = 1
        # two-word names: "Inner Mongolia", "Hong Kong", "Shangri-La", "He County"
        if i + 1 < n:
            nxt = toks[i + 1]
            if text[end : nxt.start()] in (" ", "-"):
                key2 = en_key(tok.group() + nxt.group())
                c2 = g.en_index.get(key2)
                if c2 and key2 not in g.en_stop:
                    cands, used, end = c2, 2, nxt.end()
        if not cands:
            word = tok.group()
            key = en_key(word)
            c1 = g.en_index.get(key)
            if c1 is None and word[-2:] in ("'s", "’s"):
                key = en_key(word[:-2])
                c1 = g.en_index.get(key)
                if c1:
                    end -= 2
            if c1 is None:
                i += 1
                continue
            cands = c1
            suf = _SUFFIX.match(text, end)
            if suf is None:
                if key in g.en_stop:
                    i += 1
                    continue
                if i + 1 < n:
                    nxt = toks[i + 1]
                    if nxt.group() in g.features and text[end : nxt.start()] == " ":
                        i += 1
                        continue
                if i > 0:
                    prev = toks[i - 1]
                    if (
                        prev.group() in g.surnames
                        and text[prev.end() : start] == " "
                        and all(g.rows[c].level != "province" for c in cands)
                    ):
                        i += 1
                        continue
        suf = _SUFFIX.match(text, end)
        if suf is not None:
            cands = _filter(g, cands, _hint(suf))
            end = suf.end()
        out.append(_Raw(start, end, cands))
        i += used
        # skip tokens swallowed by the suffix ("New Area", "City")
        while i < n and toks[i].start() < end:
            i += 1


def _scan_chinese(g: Gazetteer, text: str, out: list[_Raw]) -> None:
    first = g.zh_first
    full = g.zh_full
    short = g.zh_short
    stop = g.zh_stop
    for run in _CJK_RUN.finditer(text):
        s = run.group()
        base = run.start()
        n = len(s)
        i = 0
        while i < n:
            lens = first.get(s[i])
            hit = 0
            cands: tuple[str, ...] = ()
            if lens is not None:
                for ln in lens:
                    if i + ln > n:
                        continue
                    sub = s[i : i + ln]
                    c = full.get(sub)
                    if c is not None:
                        if sub in stop:
                            continue
                        cands, hit = c, ln
                        break
                    c = short.get(sub)
                    if c is not None and sub not in stop:
                        if s.startswith("新区", i + ln) and all(
                            g.rows[x].level == "county" and g.rows[x].name_zh != sub + "新区"
                            for x in c
                        ):
                            # "江北新区" in Nanjing is not 江北区 of Ningbo
                            continue
                        cands, hit = c, ln
                        break
            if hit:
                out.append(_Raw(base + i, base + i + hit, cands))
                i += hit
            else:
                i += 1


def _score(g: Gazetteer, code: str, ctx: Iterable[str]) -> tuple[int, int]:
    best = 0
    count = 0
    for x in ctx:
        if x == code or g.related(code, x):
            t = 3
        elif code[:4] == x[:4] and g.rows[code].level == "county" and g.rows[x].level == "county":
            t = 2
        elif code[:2] == x[:2]:
            t = 1
        else:
            continue
        count += t
        best = max(best, t)
    return best, count


def _best(g: Gazetteer, cands: Sequence[str], ctx: Sequence[str]) -> str:
    """Pick the most plausible candidate (see the module docs for the rule)."""
    if len(cands) == 1:
        return cands[0]
    own = set(cands)
    others = [x for x in ctx if x not in own]

    def key(c: str) -> tuple[int, int, int, int, int]:
        row = g.rows[c]
        tier, count = _score(g, c, others)
        return (tier, count, row.rank, row.weight, -int(c))

    return max(cands, key=key)


def _disambiguate(g: Gazetteer, raws: list[_Raw], text: str, extra: Sequence[str] = ()) -> None:
    # 1. adjacent names that contain each other ("Taizhou, Jiangsu", "浙江台州")
    for a, b in pairwise(raws):
        if len(a.cands) == 1 and len(b.cands) == 1:
            continue
        if b.start - a.end > 6 or not _ADJ_GAP.match(text[a.end : b.start]):
            continue
        pairs = [(x, y) for x in a.cands for y in b.cands if x != y and g.related(x, y)]
        if pairs:
            a.cands = tuple(dict.fromkeys(x for x, _ in pairs))
            b.cands = tuple(dict.fromkeys(y for _, y in pairs))
    # 2. the rest of the text: first against unambiguous names, then against all choices
    fixed = [r.cands[0] for r in raws if len(r.cands) == 1]
    ctx = [*extra, *fixed]
    for r in raws:
        r.chosen = _best(g, r.cands, ctx)
    ctx2 = [*extra, *(r.chosen for r in raws if r.chosen is not None)]
    for r in raws:
        if len(r.cands) > 1:
            r.chosen = _best(g, r.cands, ctx2)


def _scan(g: Gazetteer, text: str, extra: Sequence[str] = ()) -> list[_Raw]:
    raws: list[_Raw] = []
    _scan_english(g, text, raws)
    _scan_chinese(g, text, raws)
    raws.sort(key=lambda r: (r.start, -r.end))
    # non-overlapping, leftmost-longest
    kept: list[_Raw] = []
    last_end = -1
    for r in raws:
        if r.start >= last_end:
            kept.append(r)
            last_end = r.end
    _disambiguate(g, kept, text, extra)
    return kept


def find_places(text: str) -> list[PlaceMention]:
    """Find every place mention in English or Chinese running text.

    Mentions are returned in text order and never overlap; ``mention.text ==
    text[mention.start:mention.end]``.  A following administrative suffix ("city",
    "(county-level) city", "District", "New Area", "province" ...) belongs to the mention
    and narrows the level; "-based" and a possessive "'s" do not.  Homonyms ("Taizhou") are
    resolved with the other places of the same text (see :func:`resolve_place`).

    >>> [(m.text, m.place.adcode) for m in find_places("Yiwu, Zhejiang province")]
    [('Yiwu', '330782'), ('Zhejiang province', '330000')]
    """
    if not isinstance(text, str):
        raise InputTypeError(f"find_places() expects str, got {type(text).__name__}")
    if not text:
        return []
    g = gazetteer()
    # slices of the text by construction: built without validation
    return [
        construct(PlaceMention, {"place": g.place(r.chosen or r.cands[0]), "start": r.start,
                                 "end": r.end, "text": text[r.start : r.end]})
        for r in _scan(g, text)
    ]


def _context_codes(context: Sequence[Place] | str | None) -> list[str]:
    if context is None:
        return []
    if isinstance(context, str):
        return [m.place.adcode for m in find_places(context)]
    out: list[str] = []
    for p in context:
        if not isinstance(p, Place):
            raise InputTypeError(f"context items must be Place, got {type(p).__name__}")
        out.append(p.adcode)
    return out


def _clean(name: str) -> str:
    s = name.strip().strip("\"'“”‘’「」《》()（）[]").strip()
    s = _REGION_PREFIX.sub("", s)
    if s[:4].lower() == "the ":
        s = s[4:]
    low = s.lower()
    if low.endswith("-based"):
        s = s[:-6]
    elif low.endswith(("'s", "’s")):
        s = s[:-2]
    return s.strip()


def _lookup(g: Gazetteer, s: str) -> tuple[str, ...]:
    """Candidates for a whole name (no embedded search)."""
    c = g.zh_full.get(s) or g.zh_short.get(s)
    if c:
        return c
    hint: _Hint | None = None
    base = s
    tail = _TAIL.search(s)
    if tail is not None and tail.start() > 0:
        base = s[: tail.start()]
        hint = _hint(tail)
    found = g.en_index.get(en_key(base))
    if found:
        return _filter(g, found, hint)
    found = g.en_index.get(en_key(s))
    return found or ()


def _embedded(g: Gazetteer, s: str, ctx: Sequence[str]) -> str | None:
    raws = _scan(g, s, ctx)
    if not raws:
        return None
    codes = [r.chosen or r.cands[0] for r in raws]
    if len(codes) == 1:
        return codes[0]

    def consistent(i: int) -> int:
        return sum(1 for j, o in enumerate(codes) if j != i and g.related(codes[i], o))

    counts = [consistent(i) for i in range(len(codes))]
    full = [i for i, k in enumerate(counts) if k == len(codes) - 1]
    if full:
        # every name agrees: the most specific one
        return min((codes[i] for i in full), key=lambda c: (g.rows[c].rank, codes.index(c)))
    best = max(counts)
    return codes[counts.index(best)] if best else codes[0]


def _resolve(g: Gazetteer, name: str, ctx: Sequence[str]) -> str | None:
    if len(name) > _MAX_NAME:
        return _embedded(g, name, ctx)
    s = _clean(name)
    if not s:
        return None
    parts = [p.strip() for p in _SPLIT.split(s) if p.strip()]
    if len(parts) > 1:
        outer = [o for o in (_resolve(g, p, ctx) for p in parts[1:]) if o is not None]
        head = _clean(parts[0])
        cands = _lookup(g, head)
        if cands:
            if not outer:
                return _best(g, cands, ctx)
            inside = [c for c in cands if any(g.related(c, o) for o in outer)]
            if inside:
                return _best(g, inside, [*ctx, *outer])
            return min(outer, key=lambda c: -g.rows[c].rank)  # "X, Y" with X not in Y
        emb = _embedded(g, head, [*ctx, *outer])
        if emb is not None and (not outer or any(g.related(emb, o) for o in outer)):
            return emb
        return min(outer, key=lambda c: -g.rows[c].rank) if outer else emb
    cands = _lookup(g, s)
    if cands:
        return _best(g, cands, ctx)
    return _embedded(g, s, ctx)


def resolve_place(
    name: str, *, context: Sequence[Place] | str | None = None
) -> Place | None:
    """Resolve one place name (English or Chinese, with or without suffix) to a division.

    ``context`` -- places known to be nearby (a sequence of :class:`Place`) or a text whose
    places are used as context (typically the whole article) -- breaks homonyms.

    The rule, in order:

    1. A name of the form ``"X, Y"`` (``"Taizhou, Jiangsu"``, ``"古蔺, 泸州"``) means X inside
       Y: X's candidates inside Y win; if none of them is inside Y, Y itself is returned.
    2. Among the candidates for the whole name (an administrative suffix such as "city",
       "district", "province" first narrows the level), the one related to the context
       wins: an ancestor or descendant in the context beats a sibling in the same
       prefecture, which beats one in the same province; more such context places beat
       fewer.
    3. Then the higher level (province over prefecture-level city over county-level unit).
    4. Then the more prominent (provincial capitals and large cities; units of those).
    5. Then the lower adcode (deterministic).
    6. When the whole string is not a name ("Optics Valley in Wuhan", "余杭径山"), the
       names inside it are found and the most specific one that agrees with all the others
       is returned (else the first one).

    Returns ``None`` when nothing in ``name`` is a known division.

    >>> resolve_place("Taizhou", context="Nanjing and Yangzhou").name_zh
    '泰州市'
    """
    if not isinstance(name, str):
        raise InputTypeError(f"resolve_place() expects str, got {type(name).__name__}")
    g = gazetteer()
    code = _resolve(g, name, _context_codes(context))
    return g.place(code) if code is not None else None


def get_place(adcode: str) -> Place | None:
    """The division with this 6-digit adcode (12-digit codes are accepted), or ``None``."""
    if not isinstance(adcode, str):
        raise InputTypeError(f"get_place() expects str, got {type(adcode).__name__}")
    code = adcode.strip()
    if len(code) == 12 and code.endswith("000000"):
        code = code[:6]
    g = gazetteer()
    return g.place(code) if code in g.rows else None


def all_places() -> list[Place]:
    """Every division in the shipped gazetteer, ordered by adcode."""
    g = gazetteer()
    return [g.place(c) for c in sorted(g.rows)]
