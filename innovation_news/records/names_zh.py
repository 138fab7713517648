"""Find candidate names of parks, initiatives and talent programmes in Chinese text.

A Chinese name is the longest run of name characters (CJK, Latin letters, digits, ``·•``
and paired quotes “”《》) that ends in a head (``产业园``, ``开发区``, ``新区``, ``基地``,
``计划``, ``大赛``, ``洽谈会`` ...; vocabularies in ``data/records_zh.toml``), bounded on
the left by punctuation or by a boundary word (``的``, ``在``, ``与``, ``举办``, ``位于`` ...).
A sub-event at the end ("...大赛颁奖典礼", "...总决赛") is cut off.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence
from importlib import resources
from typing import Any

from innovation_news.records.names import NameMention

__all__ = ["find_names_zh"]

Pair = tuple[int, int]

_VOCAB: dict[str, Any] | None = None


def _vocab() -> dict[str, Any]:
    global _VOCAB
    if _VOCAB is None:
        data = resources.files("innovation_news").joinpath("data", "records_zh.toml").read_text(encoding="utf-8")
        _VOCAB = tomllib.loads(data)
    return _VOCAB


class _Compiled:
    def __init__(self) -> None:
        v = _vocab()
        self.heads: dict[str, tuple[str, str]] = {}
        for h, k in v["park_heads"].items():
            self.heads[h] = ("park", k)
        for h, k in v["initiative_heads"].items():
            self.heads[h] = ("initiative", k)
        w = v["words"]
        heads = sorted(self.heads, key=len, reverse=True)
        subs = sorted(w["trailing_subevents"], key=len, reverse=True)
        # name chars: CJK, latin, digits, middle dots, quotes
        name_char = r"[\u3400-\u9fffA-Za-z0-9·•“”\"《》]"
        self.rx = re.compile(
            "(?P<name>" + name_char + "{1,40}?(?:" + "|".join(map(re.escape, heads)) + "))"
            "(?P<sub>" + "|".join(map(re.escape, subs)) + ")?"
            r"(?![\u3400-\u9fff]{0,1}(?:区|园|会|赛|城))"
        )
        bnd = sorted(w["boundaries"], key=len, reverse=True)
        self.boundary = re.compile("|".join(map(re.escape, bnd)))
        self.talent = re.compile("|".join(map(re.escape, w["talent_words"])))
        self.generic = frozenset(w["generic"])
        self.head_rx = re.compile("(?:" + "|".join(map(re.escape, heads)) + ")(?!区|园|会|赛|城|谷)")
        self.quoted_only = frozenset(w["quoted_only"])
        mods = sorted(w["generic_modifiers"], key=len, reverse=True)
        self.generic_mod = re.compile("(?:" + "|".join(map(re.escape, mods)) + r"|第?[一二三四五六七八九十\d]+[届次期个家项])")
        self.head_end = re.compile("(?:" + "|".join(map(re.escape, heads)) + ")$")


_C: _Compiled | None = None


def _c() -> _Compiled:
    global _C
    if _C is None:
        _C = _Compiled()
    return _C


_LEVEL_ZH = (
    (re.compile(r"国家级|国家"), "national"),
    (re.compile(r"省级|省"), "provincial"),
    (re.compile(r"市级"), "municipal"),
    (re.compile(r"区级|县级"), "district"),
)
_RUN = re.compile("(?:[\u3400-\u9fffA-Za-z0-9·•“”\"《》]|(?<=[”\"]) )+")
_HAS_CJK = re.compile("[\u3400-\u9fff]")
_LEVEL_PREFIX = re.compile(r"^(?:国家级|省级|市级|区级|县级|国家|省|市)")
_NUM_PREFIX = re.compile(r"(?:\d+|[一二三四五六七八九十百千万]+)(?:个|家|项|大|支|类|期)|前[一二三四五六七八九十\d]+[届期]")
_DATE_INSIDE = re.compile(r"\d+月|\d+日|[一二三四五六七八九十]+月")


def find_names_zh(text: str, sentences: Sequence[Pair]) -> list[NameMention]:
    """Every Chinese park / initiative / talent-programme name mention, in text order."""
    c = _c()
    out: list[NameMention] = []
    for s_start, s_end in sentences:
        for run in _RUN.finditer(text, s_start, s_end):
            r_start, r_end = run.span()
            if _HAS_CJK.search(text, r_start, r_end) is None:
                continue
            seg_start = r_start
            in_head: set[int] = set()
            for h in c.head_rx.finditer(text, r_start, r_end):
                in_head.update(range(h.start(), h.end()))
            cuts = [
                (b.start(), b.end())
                for b in c.boundary.finditer(text, r_start, r_end)
                if not any(k in in_head for k in range(b.start(), b.end()))
            ]
            cuts.append((r_end, r_end))
            for b_start, b_end in cuts:
                if b_start > seg_start:
                    _segment(text, seg_start, b_start, (s_start, s_end), c, out)
                seg_start = max(seg_start, b_end)
    return out


def _segment(text: str, start: int, end: int, sentence: Pair, c: _Compiled, out: list[NameMention]) -> None:
    last: re.Match[str] | None = None
    for m in c.head_rx.finditer(text, start, end):
        last = m
    if last is None:
        return
    n_start, n_end = start, last.end()
    while n_start < n_end and text[n_start] in "”》 ":
        n_start += 1
    name = text[n_start:n_end]
    if name.count("“") > name.count("”") and name.startswith("“"):
        n_start += 1
    nm = _NUM_PREFIX.match(text, n_start, n_end)
    if nm is not None:
        n_start = nm.end()
    name = text[n_start:n_end]
    # an unmatched opening quote inside: the name starts after it
    k = name.rfind("“")
    if k > 0 and "”" not in name[k:]:
        n_start += k + 1
        name = text[n_start:n_end]
    head = last.group()
    bare = _LEVEL_PREFIX.sub("", name)
    if name in c.generic or bare in c.generic or len(bare) - len(head) < 2:
        return
    if _DATE_INSIDE.search(name):
        return
    modifier = bare[: len(bare) - len(head)].strip("“”\" ")
    pos = 0
    while pos < len(modifier):
        gm = c.generic_mod.match(modifier, pos)
        if gm is None or gm.end() == pos:
            break
        pos = gm.end()
    if pos >= len(modifier) and not (c.heads[head][0] == "initiative" and head not in c.generic):
        return
    quoted = any(q in text[max(start, n_start - 1) : n_end] for q in "“《\"")
    if head in c.quoted_only and not quoted and not c.talent.search(name):
        return
    category, kind = c.heads[head]
    if category == "initiative" and kind in ("plan", "policy", "other") and c.talent.search(name):
        category = "talent"
    level = None
    for rx, lv in _LEVEL_ZH:
        if rx.search(text, max(sentence[0], n_start - 3), n_end):
            level = lv
            break
    out.append(NameMention(n_start, n_end, name, category, kind, level, None, sentence, quoted))
