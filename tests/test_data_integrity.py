"""Integrity of the shipped data tables (a failure here is a packaging bug).

Other data tables may add their own checks to this file.
"""

from __future__ import annotations

import tomllib
from decimal import Decimal
from fractions import Fraction
from importlib import resources
from typing import Any

import pytest
from babel.numbers import get_currency_name, is_currency


def load(name: str) -> dict[str, Any]:
    text = resources.files("innovation_news").joinpath(f"data/{name}").read_text("utf-8")
    return tomllib.loads(text)


def norm(alias: str) -> str:  # as innovation_news.money.currency._norm
    return " ".join(alias.lower().split())


# --- currencies.toml -------------------------------------------------------------------------

CURRENCIES = load("currencies.toml")


def test_currency_table_not_empty() -> None:
    assert {"CNY", "USD", "EUR", "HKD", "JPY", "GBP"} <= set(CURRENCIES)


@pytest.mark.parametrize("code", sorted(CURRENCIES))
def test_currency_code_known_to_babel(code: str) -> None:
    assert len(code) == 3 and code.isascii() and code.isupper()
    for locale in ("en", "zh_CN"):
        assert is_currency(code, locale=locale), (code, locale)
        name = get_currency_name(code, locale=locale)
        assert name and name != code, (code, locale)


@pytest.mark.parametrize("code", sorted(CURRENCIES))
def test_currency_entry_shape(code: str) -> None:
    entry = CURRENCIES[code]
    assert set(entry) <= {"names", "codes", "symbols", "ambiguous"}, entry
    names = entry.get("names", [])
    assert names, f"{code} has no names"
    for field in ("names", "codes", "symbols", "ambiguous"):
        values = entry.get(field, [])
        assert isinstance(values, list)
        assert all(isinstance(v, str) and v.strip() == v and v for v in values), (code, field)
    aliases = set(names) | set(entry.get("codes", [])) | set(entry.get("symbols", []))
    assert set(entry.get("ambiguous", [])) <= aliases, f"{code}: ambiguous form not listed"


def test_no_alias_maps_to_two_codes() -> None:
    words: dict[str, str] = {}
    symbols: dict[str, str] = {}
    clashes = []
    for code, entry in CURRENCIES.items():
        for alias in [*entry.get("names", []), *entry.get("codes", []), code]:
            key = norm(alias)
            if words.setdefault(key, code) != code:
                clashes.append((alias, words[key], code))
        for sym in entry.get("symbols", []):
            if symbols.setdefault(sym, code) != code:
                clashes.append((sym, symbols[sym], code))
    assert not clashes


def test_currency_module_loads_table() -> None:
    from innovation_news.money.currency import currency_table

    currency_table.cache_clear()
    assert currency_table().codes == frozenset(CURRENCIES)


# --- exchange_rates.toml ---------------------------------------------------------------------

RATES = load("exchange_rates.toml")
ROWS: dict[str, dict[str, str]] = RATES["rates"]


def parse(text: str) -> Fraction:
    num, _, den = text.partition("/")
    return Fraction(Decimal(num)) / (Fraction(Decimal(den)) if den else 1)


def test_rates_meta() -> None:
    meta = RATES["meta"]
    assert meta["base"] == "USD"
    assert "per 1 USD" in meta["unit"]
    assert meta["source"] and meta["retrieved"]


def test_rate_years_contiguous() -> None:
    years = sorted(int(y) for y in ROWS)
    assert years == list(range(years[0], years[-1] + 1))
    assert years[0] <= 2000 and years[-1] >= 2025


def test_every_year_has_every_currency() -> None:
    all_codes = set().union(*(set(row) for row in ROWS.values()))
    assert {"CNY", "USD", "EUR", "HKD", "JPY", "GBP"} <= all_codes
    for year, row in ROWS.items():
        assert set(row) == all_codes, f"{year} lacks {sorted(all_codes - set(row))}"


def test_rate_currencies_are_in_currency_table() -> None:
    for row in ROWS.values():
        assert set(row) <= set(CURRENCIES)


def test_rates_are_positive_decimal_strings() -> None:
    for year, row in ROWS.items():
        assert row["USD"] == "1", year
        for code, text in row.items():
            assert isinstance(text, str), (year, code)  # never a TOML float
            assert parse(text) > 0, (year, code, text)


def test_no_implausible_year_on_year_jump() -> None:
    # catches a typo (a slipped digit, an inverted quote): no listed currency moved more
    # than 40% against the dollar between two consecutive annual averages in 2000-2025
    years = sorted(ROWS, key=int)
    for prev, cur in zip(years, years[1:]):
        for code in ROWS[cur]:
            a, b = parse(ROWS[prev][code]), parse(ROWS[cur][code])
            assert Fraction(5, 7) < b / a < Fraction(7, 5), (code, prev, cur)


def test_rates_module_matches_file() -> None:
    from innovation_news.money.rates import rate_table

    table = rate_table()
    assert sorted(table) == sorted(int(y) for y in ROWS)
    for year, row in ROWS.items():
        assert dict(table[int(year)]) == {code: parse(text) for code, text in row.items()}
