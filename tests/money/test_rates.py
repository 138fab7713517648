"""Conversion at the shipped annual average rates (data/exchange_rates.toml)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal, localcontext

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from innovation_news.errors import ConversionError, InnovationNewsError, UnknownCurrencyError
from innovation_news.models import Money, Qualifier, Span
from innovation_news.money.rates import (
    convert_money,
    exchange_rate,
    rate_currencies,
    rate_table,
    rate_years,
)

SPAN = Span(start=3, end=9, text="1亿元人民币")
REQUIRED = ("CNY", "USD", "EUR", "HKD", "JPY", "GBP")


def money(value: str, currency: str, **kw: object) -> Money:
    return Money(span=SPAN, value=Decimal(value), currency=currency, **kw)


def div28(a: str, b: str) -> Decimal:
    with localcontext() as ctx:
        ctx.prec = 28
        return Decimal(a) / Decimal(b)


# --- worked examples, arithmetic checked by hand against the table ---------------------------

def test_cny_to_usd_2023() -> None:
    # 2023: 7.0809 CNY per USD -> 100,000,000 / 7.0809 = 14,122,498.55...
    out = convert_money(money("100000000", "CNY"), "USD", on=2023)
    assert out.currency == "USD"
    assert out.value == div28("100000000", "7.0809")
    assert out.value.quantize(Decimal("0.01")) == Decimal("14122498.55")


def test_usd_to_cny_2015_is_exact() -> None:
    # 2015: 6.2827 CNY per USD -> 1,000,000 USD = 6,282,700 CNY exactly
    assert convert_money(money("1000000", "USD"), "CNY", on=2015).value == Decimal("6282700")


def test_eur_to_cny_2020_crosses_through_usd() -> None:
    # 2020: 1 EUR = 1.1410 USD (published as USD per euro), 1 USD = 6.9042 CNY
    # 6.9042 * 1.141 = 6.9042 + 0.9734922 = 7.8776922
    assert convert_money(money("1", "EUR"), "CNY", on=2020).value == Decimal("7.8776922")


def test_gbp_to_jpy_2019() -> None:
    # 2019: 1 GBP = 1.2768 USD, 1 USD = 109.0188 JPY
    # 109.0188 * 1.2768 = 109.0188 + 30.17640384 = 139.19520384
    assert convert_money(money("1", "GBP"), "JPY", on=2019).value == Decimal("139.19520384")


def test_hkd_to_cny_2010() -> None:
    # 2010: 7.7687 HKD = 1 USD = 6.7696 CNY
    assert convert_money(money("7.7687", "HKD"), "CNY", on=2010).value == Decimal("6.7696")


def test_eur_2024_is_stored_as_euros_per_dollar() -> None:
    # 2024 euro figure is euros per dollar (0.9242): 0.9242 EUR -> 1 USD
    assert convert_money(money("0.9242", "EUR"), "USD", on=2024).value == Decimal("1")


def test_year_from_date_and_datetime() -> None:
    m = money("1000000", "USD")
    a = convert_money(m, "CNY", on=dt.date(2015, 12, 31))
    b = convert_money(m, "CNY", on=dt.datetime(2015, 1, 1, 8, 30))
    assert a.value == b.value == Decimal("6282700")


def test_target_by_name_or_symbol() -> None:
    m = money("1", "USD")
    for to in ("CNY", "cny", "RMB", "人民币", "元", "yuan", "CN¥"):
        assert convert_money(m, to, on=2023).currency == "CNY"
    assert convert_money(money("7.0809", "CNY"), "US$", on=2023).value == Decimal("1")
    assert convert_money(money("1", "CNY"), "美元", on=2023).currency == "USD"


def test_range_keeps_span_qualifier_and_assumption() -> None:
    m = Money(span=SPAN, qualifier=Qualifier.RANGE, low=Decimal("6282700"),
              high=Decimal("12565400"), currency="CNY", currency_assumed=True)
    out = convert_money(m, "USD", on=2015)
    assert (out.low, out.high, out.value) == (Decimal("1000000"), Decimal("2000000"), None)
    assert out.span == SPAN
    assert out.qualifier is Qualifier.RANGE
    assert out.currency_assumed is True
    assert m.currency == "CNY"  # the input is untouched (frozen model)


def test_qualifier_kept_for_single_value() -> None:
    out = convert_money(money("10", "USD", qualifier=Qualifier.OVER), "HKD", on=2021)
    assert out.qualifier is Qualifier.OVER
    assert out.value == Decimal("77.7270")


def test_same_currency_is_unchanged() -> None:
    m = money("123.456789", "JPY")
    out = convert_money(m, "yen", on=2001)
    assert out == m


def test_negative_and_zero_amounts() -> None:
    assert convert_money(money("0", "USD"), "CNY", on=2023).value == 0
    assert convert_money(money("-2", "USD"), "CNY", on=2023).value == Decimal("-14.1618")


def test_money_convert_method_delegates() -> None:
    assert money("1000000", "USD").convert("CNY", on=2015).value == Decimal("6282700")


def test_result_has_at_most_28_significant_digits() -> None:
    out = convert_money(money("1", "CNY"), "JPY", on=2012)
    assert out.value is not None
    assert len(out.value.as_tuple().digits) <= 28
    assert out.value == div28("79.8180", "6.3093")


def test_exchange_rate() -> None:
    assert exchange_rate("USD", "CNY", on=2023) == Decimal("7.0809")
    assert exchange_rate("GBP", "USD", on=2019) == Decimal("1.2768")
    assert exchange_rate("EUR", "EUR", on=2000) == 1


def test_caller_decimal_context_does_not_matter() -> None:
    with localcontext() as ctx:
        ctx.prec = 3
        out = convert_money(money("100000000", "CNY"), "USD", on=2023)
    assert out.value == div28("100000000", "7.0809")


# --- errors ----------------------------------------------------------------------------------

@pytest.mark.parametrize("year", [1999, 2026, 1900, 3000])
def test_year_outside_table(year: int) -> None:
    with pytest.raises(ConversionError, match=str(year)):
        convert_money(money("1", "USD"), "CNY", on=year)
    with pytest.raises(ConversionError):
        convert_money(money("1", "USD"), "CNY", on=dt.date(year, 1, 1))


def test_known_currency_without_rate() -> None:
    with pytest.raises(ConversionError, match="KRW"):
        convert_money(money("1", "USD"), "KRW", on=2020)
    with pytest.raises(ConversionError, match="KRW"):
        convert_money(money("1", "KRW"), "USD", on=2020)


def test_unknown_currency_name() -> None:
    with pytest.raises(UnknownCurrencyError):
        convert_money(money("1", "USD"), "dogecoin", on=2020)
    with pytest.raises(InnovationNewsError):
        convert_money(money("1", "USD"), "dogecoin", on=2020)
    with pytest.raises(ConversionError):
        convert_money(money("1", "XYZ"), "USD", on=2020)


@pytest.mark.parametrize("on", [True, "2020", 2020.0, None])
def test_bad_on_type(on: object) -> None:
    with pytest.raises(TypeError):
        convert_money(money("1", "USD"), "CNY", on=on)  # type: ignore[arg-type]


# --- table shape -----------------------------------------------------------------------------

def test_table_covers_2000_to_2025_for_required_currencies() -> None:
    assert rate_years() == tuple(range(2000, 2026))
    for year in rate_years():
        assert set(REQUIRED) <= rate_currencies(year)
    assert rate_currencies(1999) == frozenset()
    assert rate_table() is rate_table()  # loaded once


# --- properties ------------------------------------------------------------------------------

amounts = st.decimals(min_value=Decimal("-1e15"), max_value=Decimal("1e15"), allow_nan=False,
                      allow_infinity=False, places=6)
codes = st.sampled_from(REQUIRED)
years = st.sampled_from(tuple(range(2000, 2026)))


def close(a: Decimal, b: Decimal) -> bool:
    if b == 0:
        return a == 0
    return abs((a - b) / b) <= Decimal("1e-9")


@settings(max_examples=300)
@given(amount=amounts, source=codes, target=codes, year=years)
def test_round_trip_returns_original(amount: Decimal, source: str, target: str,
                                     year: int) -> None:
    m = money(str(amount), source)
    back = convert_money(convert_money(m, target, on=year), source, on=year)
    assert back.currency == source
    assert back.value is not None
    assert close(back.value, amount)


@given(low=amounts, width=st.decimals(min_value=0, max_value=Decimal("1e12"), places=2),
       source=codes, target=codes, year=years)
def test_range_round_trip_and_order(low: Decimal, width: Decimal, source: str, target: str,
                                    year: int) -> None:
    m = Money(span=SPAN, qualifier=Qualifier.VAGUE, low=low, high=low + width, currency=source)
    there = convert_money(m, target, on=year)
    assert there.low is not None and there.high is not None
    assert there.low <= there.high
    back = convert_money(there, source, on=year)
    assert back.low is not None and back.high is not None
    assert close(back.low, low) and close(back.high, low + width)
