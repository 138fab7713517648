"""parse_zh_number / format_zh_number: a table of surfaces, error cases, round trips."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from innovation_news.errors import InnovationNewsError, InputTypeError, ParseError
from innovation_news.numbers.zh import format_zh_number, parse_zh_number

CASES: list[tuple[str, str]] = [
    # Arabic digits, with and without Chinese units
    ("4500", "4500"),
    ("0", "0"),
    ("3.75", "3.75"),
    ("1,250", "1250"),
    ("12,345,678", "12345678"),
    ("1.5亿", "150000000"),
    ("1,100.9亿", "110090000000"),
    ("120亿", "12000000000"),
    ("0.8万", "8000"),
    ("3万4000", "34000"),
    ("2亿3000万", "230000000"),
    ("1亿5000万", "150000000"),
    ("3.2万亿", "3200000000000"),
    ("5千", "5000"),
    ("6百", "600"),
    ("8千万", "80000000"),
    ("1.5千", "1500"),
    ("3万4", "34000"),
    # full-width digits
    ("１２３", "123"),
    ("６．２", "6.2"),
    ("２５０万", "2500000"),
    # Chinese numerals
    ("零", "0"),
    ("〇", "0"),
    ("一", "1"),
    ("两", "2"),
    ("十", "10"),
    ("十二", "12"),
    ("二十", "20"),
    ("三十五", "35"),
    ("九十九", "99"),
    ("一百", "100"),
    ("一百零五", "105"),
    ("一百一十", "110"),
    ("两千", "2000"),
    ("两千五", "2500"),
    ("三百五", "350"),
    ("一千零五", "1005"),
    ("一千零五十", "1050"),
    ("一万", "10000"),
    ("一万五", "15000"),
    ("一万零五", "10005"),
    ("十万", "100000"),
    ("五千万", "50000000"),
    ("一亿", "100000000"),
    ("一亿二千万", "120000000"),
    ("三亿零五万", "300050000"),
    ("二十万亿", "20000000000000"),
    ("一万五千亿", "1500000000000"),
    ("万", "10000"),
    ("亿", "100000000"),
    ("百万", "1000000"),
    ("千亿", "100000000000"),
    ("万亿", "1000000000000"),
    # financial and traditional forms
    ("壹佰贰拾叁", "123"),
    ("伍仟", "5000"),
    ("玖萬", "90000"),
    ("壹億", "100000000"),
    ("兩千", "2000"),
    # decimals with 点
    ("三点五", "3.5"),
    ("三点五亿", "350000000"),
    ("零点五", "0.5"),
    ("十二点五", "12.5"),
    ("六点二五", "6.25"),
    # digit by digit
    ("二〇二一", "2021"),
    ("一二三", "123"),
    # surrounding whitespace is ignored
    ("  五十 ", "50"),
]


@pytest.mark.parametrize(("surface", "expected"), CASES, ids=[c[0] for c in CASES])
def test_parse_zh_number(surface: str, expected: str) -> None:
    got = parse_zh_number(surface)
    assert got == Decimal(expected)
    assert isinstance(got, Decimal)


def test_values_are_tidy() -> None:
    assert str(parse_zh_number("1.5亿")) == "150000000"
    assert str(parse_zh_number("3.50")) == "3.5"


BAD = [
    ("", "empty"),
    ("   ", "empty"),
    ("abc", "invalid"),
    ("五元", "invalid"),
    ("1.5亿元", "invalid"),
    ("三百五千", "invalid"),
    ("万万", "invalid"),
    ("一亿亿", "invalid"),
    ("三十二十", "invalid"),
    ("3万40000", "invalid"),
    ("12千", "invalid"),
    ("1.2.3", "invalid"),
    ("-5", "invalid"),
    ("百分之五", "invalid"),
    ("2021年", "invalid"),
    ("1" * 60, "too-large"),
]


@pytest.mark.parametrize(("surface", "reason"), BAD, ids=[repr(b[0]) for b in BAD])
def test_parse_zh_number_errors(surface: str, reason: str) -> None:
    with pytest.raises(ParseError) as info:
        parse_zh_number(surface)
    assert info.value.reason == reason
    assert info.value.text == surface
    assert isinstance(info.value, InnovationNewsError)
    assert isinstance(info.value, ValueError)


def test_parse_zh_number_needs_str() -> None:
    with pytest.raises(InputTypeError):
        parse_zh_number(5)  # type: ignore[arg-type]


FORMATS = [
    (0, "零"),
    (7, "七"),
    (10, "十"),
    (15, "十五"),
    (20, "二十"),
    (105, "一百零五"),
    (110, "一百一十"),
    (1005, "一千零五"),
    (10_005, "一万零五"),
    (15_000, "一万五千"),
    (120_000_000, "一亿二千万"),
    (20 * 10**12, "二十万亿"),
    (15 * 10**11, "一万五千亿"),
    (100_000_010, "一亿零一十"),
]


@pytest.mark.parametrize(("n", "text"), FORMATS, ids=[str(f[0]) for f in FORMATS])
def test_format_zh_number(n: int, text: str) -> None:
    assert format_zh_number(n) == text
    assert parse_zh_number(text) == n


@pytest.mark.parametrize("bad", [-1, 10**16])
def test_format_zh_number_range(bad: int) -> None:
    with pytest.raises(ValueError):
        format_zh_number(bad)


@given(st.integers(min_value=0, max_value=10**30))
def test_arabic_round_trip(n: int) -> None:
    assert parse_zh_number(str(n)) == n


@given(st.integers(min_value=0, max_value=10**16 - 1))
def test_chinese_round_trip(n: int) -> None:
    assert parse_zh_number(format_zh_number(n)) == n


@given(st.integers(min_value=1, max_value=9999), st.sampled_from(["万", "亿", "万亿"]))
def test_arabic_with_unit(n: int, unit: str) -> None:
    factor = {"万": 10**4, "亿": 10**8, "万亿": 10**12}[unit]
    assert parse_zh_number(f"{n}{unit}") == n * factor


@given(st.text(max_size=30))
def test_never_crashes(s: str) -> None:
    try:
        v = parse_zh_number(s)
    except ParseError:
        return
    assert isinstance(v, Decimal)
