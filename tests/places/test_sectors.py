"""Sectors: taxonomy, vocabulary and tagging (example sentences written for these tests)."""

from __future__ import annotations

import tomllib
from importlib import resources

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from innovation_news.sectors import Sector, SectorTag, sector_keywords, sectors_of, tag_sectors


def _toml() -> dict[str, dict[str, object]]:
    raw = resources.files("innovation_news").joinpath("data", "sectors.toml").read_bytes()
    return tomllib.loads(raw.decode("utf-8"))["sectors"]  # type: ignore[no-any-return]


def test_enum_matches_toml() -> None:
    assert set(_toml()) == {s.value for s in Sector}
    assert 12 <= len(Sector) <= 16


def test_every_sector_has_vocabulary_and_labels() -> None:
    for s in Sector:
        words = sector_keywords(s)
        assert any(w.isascii() for w in words), s
        assert any(not w.isascii() for w in words), s
        assert s.label and s.label_zh


def test_no_keyword_in_two_sectors() -> None:
    seen: dict[str, str] = {}
    for key, entry in _toml().items():
        for field in ("en", "en_cs", "zh"):
            for w in entry.get(field, []):  # type: ignore[attr-defined]
                norm = w if field == "en_cs" else w.lower()
                assert seen.setdefault(norm, key) == key, (w, key, seen[norm])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The firm builds lithium battery packs for electric vehicles.",
         [Sector.NEW_ENERGY, Sector.NEW_ENERGY_VEHICLES]),
        ("A wafer fab and an AI lab opened.",
         [Sector.INTEGRATED_CIRCUITS, Sector.ARTIFICIAL_INTELLIGENCE]),
        ("该园区重点发展生物医药和新材料产业。", [Sector.BIOMEDICINE, Sector.NEW_MATERIALS]),
        ("新能源汽车整车项目", [Sector.NEW_ENERGY_VEHICLES]),
        ("A liquid launch vehicle base and satellite plant.", [Sector.AEROSPACE]),
        ("Shipbuilding and deep-sea research.", [Sector.MARINE]),
        ("Nothing relevant here at all.", []),
    ],
)
def test_sectors_of(text: str, expected: list[Sector]) -> None:
    assert list(sectors_of(text)) == expected


def test_longest_keyword_wins_and_offsets() -> None:
    text = "New energy vehicles differ from new energy."
    tags = tag_sectors(text)
    assert [(t.sector, t.text) for t in tags] == [
        (Sector.NEW_ENERGY_VEHICLES, "New energy vehicles"),
        (Sector.NEW_ENERGY, "new energy"),
    ]
    for t in tags:
        assert isinstance(t, SectorTag) and text[t.start : t.end] == t.text


def test_word_boundaries_and_case() -> None:
    assert sectors_of("chipsets? no: potato chipper, FAIR, said") == ()
    assert sectors_of("ai is lowercase") == ()


def test_type_errors() -> None:
    with pytest.raises(TypeError):
        tag_sectors(b"chip")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        sectors_of(None)  # type: ignore[arg-type]


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_tagging_never_raises(text: str) -> None:
    for t in tag_sectors(text):
        assert text[t.start : t.end] == t.text
