"""Amounts listed before the one that carries the currency; identifiers and huge numbers."""

from __future__ import annotations

from decimal import Decimal

import pytest

from innovation_news import find_money, find_quantities, parse_number
from innovation_news._decimal import clean


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("分别奖励600万、300万、100万元", ["6000000", "3000000", "1000000"]),
        ("补助标准为2、5、8万元", ["20000", "50000", "80000"]),
        ("两个基金规模分别为10亿和5亿元", ["1000000000", "500000000"]),
        ("投资12亿元、8亿元", ["1200000000", "800000000"]),
    ],
)
def test_listed_amounts_share_the_currency(text: str, expected: list[str]) -> None:
    found = find_money(text)
    assert [str(m.value) for m in found] == expected
    assert all(m.currency == "CNY" for m in found)
    for m in found:
        assert text[m.span.start:m.span.end] == m.span.text


def test_years_in_a_list_are_not_money() -> None:
    assert [m.span.text for m in find_money("2022年、2023年共投入9亿元")] == ["9亿元"]


@pytest.mark.parametrize("text", [
    "a fund of 100000000000000000000 billion yuan",
    "共计100000000000000000000亿元",
    "order 12345678901234567890123456789 yuan",
    "9" * 5000 + " yuan",
])
def test_huge_numbers_never_crash(text: str) -> None:
    q = find_quantities(text)
    for m in q.money:
        assert m.value is None or m.value > 0


def test_long_digit_runs_are_identifiers_in_running_text() -> None:
    assert find_money("ticket 1234567890123456789012345 yuan") == []
    # but a whole number given to parse_number may be any size
    assert parse_number("1" * 40) == Decimal("1" * 40)


@pytest.mark.parametrize(("raw", "cleaned"), [
    (Decimal("1500000000.0"), "1500000000"),
    (Decimal("2.470"), "2.47"),
    (Decimal("1E+30"), "1000000000000000000000000000000"),
    (Decimal("0.50"), "0.5"),
])
def test_clean(raw: Decimal, cleaned: str) -> None:
    assert str(clean(raw)) == cleaned


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("设立创业专项资金300万，支持团队", "300万", "3000000"),
    ("给予奖励20万。", "20万", "200000"),
    ("投资达到5亿，建设期三年", "5亿", "500000000"),
])
def test_bare_chinese_amount_after_a_money_noun(text: str, surface: str, value: str) -> None:
    (m,) = find_money(text)
    assert (m.span.text, str(m.value), m.currency, m.currency_assumed) == (surface, value, "CNY", True)


@pytest.mark.parametrize("text", ["吸引游客500万人次", "规划建筑面积500万平方米", "资金500万元"])
def test_no_bare_amount_when_a_unit_follows(text: str) -> None:
    assert all(m.currency_assumed is False for m in find_money(text))
