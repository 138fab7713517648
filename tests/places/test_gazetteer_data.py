"""Integrity of the shipped gazetteer."""

from __future__ import annotations

import gzip
import subprocess
import sys
from importlib import resources

from innovation_news.places import all_places, get_place
from innovation_news.places._gazetteer import gazetteer


def _lines() -> list[str]:
    raw = resources.files("innovation_news").joinpath("data", "gazetteer.tsv.gz").read_bytes()
    return gzip.decompress(raw).decode("utf-8").splitlines()


def test_header_cites_source_and_licence() -> None:
    header = "\n".join(line for line in _lines() if line.startswith("#"))
    assert "cpca" in header and "MIT" in header and "pypinyin" in header


def test_row_count_in_range() -> None:
    assert 3000 <= len(all_places()) <= 3700


def test_no_duplicate_adcodes() -> None:
    codes = [line.split("\t")[0] for line in _lines() if line and not line.startswith("#")]
    assert len(codes) == len(set(codes))
    assert all(len(c) == 6 and c.isdigit() for c in codes)


def test_every_parent_exists_and_levels_are_consistent() -> None:
    rank = {"province": 3, "prefecture": 2, "county": 1}
    for p in all_places():
        if p.level == "province":
            assert p.parent is None
            continue
        assert p.parent is not None
        parent = get_place(p.parent)
        assert parent is not None, p
        assert rank[parent.level] > rank[p.level], p
        assert p.adcode[:2] == parent.adcode[:2]


def test_levels_present() -> None:
    levels = {p.level for p in all_places()}
    assert levels == {"province", "prefecture", "county"}
    assert sum(p.level == "province" for p in all_places()) == 34


def test_names_and_spellings() -> None:
    for p in all_places():
        assert p.name_zh and p.name_en
        assert p.spellings[0] == p.name_en
        assert len(set(p.spellings)) == len(p.spellings)


def test_coordinates_plausible() -> None:
    for p in all_places():
        if p.lat is not None and p.lng is not None:
            assert 3 < p.lat < 54 and 73 < p.lng < 136, p


def test_file_is_small() -> None:
    raw = resources.files("innovation_news").joinpath("data", "gazetteer.tsv.gz").read_bytes()
    assert len(raw) < 1_000_000


def test_get_place_accepts_12_digit_codes() -> None:
    assert get_place("330381000000") == get_place("330381")
    assert get_place("999999") is None


def test_lazy_load_and_no_build_time_imports() -> None:
    code = (
        "import sys\n"
        "import innovation_news.places as p\n"
        "from innovation_news.places._gazetteer import gazetteer\n"
        "assert gazetteer.cache_info().currsize == 0\n"
        "p.resolve_place('Wenzhou')\n"
        "assert 'cpca' not in sys.modules and 'pypinyin' not in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_cached() -> None:
    assert gazetteer() is gazetteer()
