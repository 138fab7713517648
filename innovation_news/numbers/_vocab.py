"""Load the English numeral vocabulary (``data/en_numbers.toml``) and compile its regexes once."""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Iterable
from decimal import Decimal
from importlib import resources
from typing import Any

import attrs

from innovation_news.models.quantities import AreaUnit

__all__ = ["EnVocab", "en_vocab", "load_toml", "alternation"]


def load_toml(name: str) -> dict[str, Any]:
    """A shipped TOML table from ``innovation_news/data``."""
    text = resources.files("innovation_news").joinpath(f"data/{name}").read_text("utf-8")
    return tomllib.loads(text)


def alternation(words: Iterable[str], *, spaces: bool = True, space: str = r"\s+") -> str:
    """A regex matching any of ``words``, built as a character trie.

    A trie ("t(?:en|wo|h(?:ree|irty))") lets the regex engine reject a position after one
    character instead of trying every word, which makes scanning several times faster than a
    flat alternation; at each level the longer continuation is tried first, so the longest
    word wins. With ``spaces`` an inner space matches ``space`` (one or more whitespace
    characters by default). An empty list gives a pattern that never matches.
    """
    trie: dict[str, Any] = {}
    words = set(words)
    if not words or "" in words:
        words.discard("")
        if not words:
            return "(?!)"
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_regex(trie, space if spaces else None)


def _trie_regex(node: dict[str, Any], space: str | None) -> str:
    ends = "" in node
    branches = []
    for ch in sorted(k for k in node if k):
        atom = space if (ch == " " and space is not None) else re.escape(ch)
        branches.append(atom + _trie_regex(node[ch], space))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:
        return "(?:" + body + ")?" if len(branches) == 1 else body + "?"
    return body


@attrs.frozen(slots=True)
class EnVocab:
    units: dict[str, int]
    scales: dict[str, int]
    abbreviations: dict[str, int]
    vague: dict[str, tuple[Decimal, Decimal]]
    qualifier_before: dict[str, str]
    qualifier_after: dict[str, str]
    qualifier_verbs: dict[str, str]
    area_units: dict[str, AreaUnit]
    percent_words: frozenset[str]
    point_words: frozenset[str]
    count_stopwords: frozenset[str]
    fractions: dict[str, Decimal]
    change_verbs: frozenset[str]
    bare_money_nouns: frozenset[str]
    bare_money_before: frozenset[str]


def _norm(s: str) -> str:
    return " ".join(s.lower().split())


def _invert(table: dict[str, list[str]], what: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for key, words in table.items():
        for w in words:
            n = _norm(w)
            if n in out and out[n] != key:
                raise ValueError(f"{what}: {w!r} maps to {out[n]} and {key}")
            out[n] = key
    return out


@functools.cache
def en_vocab() -> EnVocab:
    raw = load_toml("en_numbers.toml")
    vague = {_norm(k): (Decimal(v[0]), Decimal(v[1])) for k, v in raw["vague"].items()}
    areas = {k: AreaUnit(u) for k, u in _invert(raw["area_units"], "area unit").items()}
    return EnVocab(
        units={k: int(v) for k, v in raw["units"].items()},
        scales={k: int(v) for k, v in raw["scales"].items()},
        abbreviations={k: int(v) for k, v in raw["scale_abbreviations"].items()},
        vague=vague,
        qualifier_before=_invert(raw["qualifiers"]["before"], "qualifier"),
        qualifier_after=_invert(raw["qualifiers"]["after"], "qualifier"),
        qualifier_verbs=_invert(raw["qualifiers"]["verbs"], "qualifier verb"),
        area_units=areas,
        percent_words=frozenset(_norm(w) for w in raw["percent"]["words"]),
        point_words=frozenset(_norm(w) for w in raw["percent"]["points"]),
        count_stopwords=frozenset(raw["count_stopwords"]["words"]),
        fractions={_norm(k): Decimal(x) for k, x in raw["fractions"].items()},
        change_verbs=frozenset(raw["change_verbs"]["words"]),
        bare_money_nouns=frozenset(raw["bare_money"]["nouns"]),
        bare_money_before=frozenset(raw["bare_money"]["before"]),
    )
