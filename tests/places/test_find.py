"""find_places on running text (example sentences written for these tests)."""

from __future__ import annotations

import time
from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from innovation_news.places import PlaceMention, find_places


def found(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.place.adcode) for m in find_places(text)]


def test_english_sentence_with_suffixes() -> None:
    text = (
        "The Wenzhou-based fund opened an office in Rui'an (county-level) city and another "
        "in Pudong New Area, while East China's Zhejiang province backed both."
    )
    assert found(text) == [
        ("Wenzhou", "330300"),
        ("Rui'an (county-level) city", "330381"),
        ("Pudong New Area", "310115"),
        ("Zhejiang province", "330000"),
    ]


def test_offsets_slice_original() -> None:
    text = "Robots made in Kunshan, Jiangsu ship to Xi’an and 泸州市古蔺县."
    ms = find_places(text)
    assert [m.text for m in ms] == ["Kunshan", "Jiangsu", "Xi’an", "泸州市", "古蔺县"]
    for m in ms:
        assert text[m.start : m.end] == m.text
    assert all(a.end <= b.start for a, b in pairwise(ms))


def test_homonyms_in_text() -> None:
    assert found("A new lab in Taizhou, Zhejiang")[0] == ("Taizhou", "331000")
    assert found("A new lab in Taizhou, Jiangsu")[0] == ("Taizhou", "321200")
    text = "Investors from Nanjing and Changzhou toured Taizhou last week."
    assert ("Taizhou", "321200") in found(text)
    text = "Investors from Ningbo and Jinhua toured Taizhou last week."
    assert ("Taizhou", "331000") in found(text)
    assert found("浙江台州和江苏泰州")[1] == ("台州", "331000")


def test_chinese_text() -> None:
    text = "该项目落户四川省泸州市古蔺县，并与浙江大学合作。"
    assert found(text) == [("四川省", "510000"), ("泸州市", "510500"), ("古蔺县", "510525"), ("浙江", "330000")]


def test_chinese_common_words_not_places() -> None:
    # 新兴 (a county in Guangdong) and 合作 (a city in Gansu) are everyday words here
    assert found("发展战略性新兴产业，加强国际合作，推动和平发展") == []
    # a full name with suffix is still found
    assert found("新兴县的园区") == [("新兴县", "445321")]


def test_english_false_friends() -> None:
    assert found("He said the Guide to the Mile race was a Saga.") == []
    assert found("Xi Jinping spoke.") == []
    assert found("The team crossed Taihu Lake.") == []


def test_multiword_names() -> None:
    assert found("Inner Mongolia and Hong Kong") == [("Inner Mongolia", "150000"), ("Hong Kong", "810000")]


def test_lowercase_and_embedded_words_ignored() -> None:
    assert found("wuhan hangzhoubased XWuhan") == []


def test_type_error() -> None:
    with pytest.raises(TypeError):
        find_places(None)  # type: ignore[arg-type]
    assert find_places("") == []


def test_hostile_input_is_fast() -> None:
    for text in ("A" + "a" * 200_000, "Xi'" * 50_000, "城" * 200_000, "Wuhan " * 20_000,
                 " " * 200_000 + "city", "Rui'an (county-level)" * 10_000):
        t = time.perf_counter()
        find_places(text)
        assert time.perf_counter() - t < 2.0


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_never_raises_and_slices(text: str) -> None:
    ms = find_places(text)
    last = 0
    for m in ms:
        assert isinstance(m, PlaceMention)
        assert text[m.start : m.end] == m.text
        assert m.start >= last and m.end > m.start
        last = m.end


_ALPHABET = st.sampled_from(
    ["Taizhou", "Suzhou", ", ", " ", "Jiangsu", "Zhejiang", "city", "County", "(county-level)",
     "New Area", "-based", "'s", "Rui'an", "浙江", "台州", "市", "县", "新区", "Xi", "an", "'"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_ALPHABET, max_size=30).map("".join))
def test_place_like_noise(text: str) -> None:
    for m in find_places(text):
        assert text[m.start : m.end] == m.text


def test_named_buildings_and_streets_are_not_divisions() -> None:
    from innovation_news.places import find_places

    assert find_places("guests of the Xinluo Hotel") == []
    assert find_places("a shop on Shangdu Road") == []
    assert [m.text for m in find_places("the Xinluo District government")] == ["Xinluo District"]
