"""Currency vocabulary (from ``data/currencies.toml``) and :func:`currency_code`."""

from __future__ import annotations

import functools
import tomllib
from importlib import resources

import attrs

from innovation_news.errors import DataError, InputTypeError, UnknownCurrencyError

__all__ = ["currency_code", "CurrencyTable", "currency_table"]


@attrs.frozen(slots=True)
class CurrencyTable:
    """Lookup tables built once from the TOML file.

    ``words`` maps a lower-cased name or code to ``(iso, ambiguous)``; ``symbols`` maps an exact
    symbol (``"US$"``, ``"¥"``) to ``(iso, ambiguous)``.
    """

    words: dict[str, tuple[str, bool]]
    symbols: dict[str, tuple[str, bool]]
    codes: frozenset[str]


def _norm(alias: str) -> str:
    return " ".join(alias.lower().split())


@functools.cache
def currency_table() -> CurrencyTable:
    raw = tomllib.loads(
        resources.files("innovation_news").joinpath("data/currencies.toml").read_text("utf-8")
    )
    words: dict[str, tuple[str, bool]] = {}
    symbols: dict[str, tuple[str, bool]] = {}
    for iso, entry in raw.items():
        ambiguous = set(entry.get("ambiguous", []))
        for alias in [*entry.get("names", []), *entry.get("codes", []), iso]:
            key = _norm(alias)
            if key in words and words[key][0] != iso:
                raise DataError(f"currency alias {alias!r} maps to {words[key][0]} and {iso}")
            words[key] = (iso, alias in ambiguous)
        for sym in entry.get("symbols", []):
            if sym in symbols and symbols[sym][0] != iso:
                raise DataError(f"currency symbol {sym!r} maps to {symbols[sym][0]} and {iso}")
            symbols[sym] = (iso, sym in ambiguous)
    return CurrencyTable(words=words, symbols=symbols, codes=frozenset(raw))


def currency_code(name: str) -> str:
    """The ISO 4217 code of a currency name, code or symbol, English or Chinese.

    >>> currency_code("RMB"), currency_code("US$"), currency_code("港元"), currency_code("euros")
    ('CNY', 'USD', 'HKD', 'EUR')

    Ambiguous forms get their documented default (``"$"`` -> ``USD``, ``"¥"`` -> ``CNY``).
    Raises :class:`~innovation_news.errors.UnknownCurrencyError` for anything else.
    """
    if not isinstance(name, str):
        raise InputTypeError(f"currency_code() takes a str, not {type(name).__name__}")
    table = currency_table()
    stripped = name.strip()
    hit = table.symbols.get(stripped) or table.words.get(_norm(stripped))
    if hit is None:
        compact = stripped.replace(" ", "")
        hit = table.symbols.get(compact)
    if hit is None:
        raise UnknownCurrencyError(f"unknown currency: {name!r}")
    return hit[0]
