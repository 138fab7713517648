"""Integrity of the English numeral vocabulary (data/en_numbers.toml) and its unit table."""

from __future__ import annotations

import tomllib
from importlib import resources

import pytest

from innovation_news.models.quantities import AREA_FACTORS, AreaUnit
from innovation_news.money.currency import currency_table
from innovation_news.numbers._vocab import en_vocab

RAW = tomllib.loads(
    resources.files("innovation_news").joinpath("data/en_numbers.toml").read_text("utf-8")
)


def test_every_area_unit_named_in_the_table_has_a_factor() -> None:
    for unit in RAW["area_units"]:
        assert AreaUnit(unit) in AREA_FACTORS


def test_every_area_unit_has_surfaces_and_a_positive_factor() -> None:
    for unit in AreaUnit:
        assert RAW["area_units"].get(unit.value), f"{unit} has no surface forms"
        assert AREA_FACTORS[unit] > 0


def test_no_area_surface_maps_twice() -> None:
    seen: dict[str, str] = {}
    for unit, surfaces in RAW["area_units"].items():
        for s in surfaces:
            key = " ".join(s.lower().split())
            assert seen.setdefault(key, unit) == unit, f"{s!r} is {seen[key]} and {unit}"


@pytest.mark.parametrize("section", ["before", "after", "verbs"])
def test_no_qualifier_word_has_two_meanings(section: str) -> None:
    seen: dict[str, str] = {}
    for meaning, words in RAW["qualifiers"][section].items():
        assert meaning in {"approx", "over", "under"}
        for w in words:
            assert seen.setdefault(w.lower(), meaning) == meaning, w


def test_vague_bounds_are_ordered_powers() -> None:
    for word, (low, high) in en_vocab().vague.items():
        assert 0 < low < high, word


def test_scales_and_abbreviations_are_powers_of_ten() -> None:
    v = en_vocab()
    assert all(1 <= e <= 12 for e in (*v.scales.values(), *v.abbreviations.values()))
    assert v.scales["billion"] == v.abbreviations["bn"] == 9


def test_number_words_are_not_currency_or_unit_words() -> None:
    v = en_vocab()
    words = set(v.units) | set(v.scales) | set(v.vague)
    assert not words & set(currency_table().words)
    assert not words & set(v.area_units)


def test_change_and_bare_money_vocabulary_present() -> None:
    v = en_vocab()
    assert "increas" in v.change_verbs
    assert {"fund", "investment"} <= v.bare_money_nouns
