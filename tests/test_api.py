"""The public facade: names, error behaviour, unit and currency helpers."""

from __future__ import annotations

import importlib
import subprocess
import sys
from decimal import Decimal
from fractions import Fraction

import pytest

import innovation_news as inn
from innovation_news import (
    Area,
    AreaUnit,
    InnovationNewsError,
    InputTypeError,
    ParseError,
    UnknownCurrencyError,
    UnknownUnitError,
)
from innovation_news.models.quantities import AREA_FACTORS

# --------------------------------------------------------------------------- the facade


@pytest.mark.parametrize("name", inn.__all__)
def test_every_public_name_imports(name: str) -> None:
    value = getattr(inn, name)
    assert value is not None
    namespace: dict[str, object] = {}
    exec(f"from innovation_news import {name}", namespace)  # noqa: S102
    assert namespace[name] is value


def test_all_has_no_duplicates_and_dir_lists_it() -> None:
    assert len(inn.__all__) == len(set(inn.__all__))
    assert set(inn.__all__) <= set(dir(inn))


def test_unknown_attribute_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no_such_name"):
        inn.no_such_name  # noqa: B018


def test_import_is_lazy() -> None:
    """``import innovation_news`` does not load the scanners, pydantic models or data."""
    code = ("import sys, innovation_news; "
            "print(sorted(m for m in sys.modules if m.startswith('innovation_news.')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert out.strip() == "[]", out


def test_error_hierarchy() -> None:
    for cls in (InputTypeError, ParseError, UnknownCurrencyError, UnknownUnitError,
                inn.ConversionError, inn.DataError):
        assert issubclass(cls, InnovationNewsError)
    assert issubclass(ParseError, ValueError)
    assert issubclass(InputTypeError, TypeError)
    assert issubclass(UnknownCurrencyError, KeyError)
    assert issubclass(UnknownUnitError, KeyError)
    assert issubclass(inn.ConversionError, ValueError)


# --------------------------------------------------------------------------- parse_* errors

PARSERS = {
    "parse_money": inn.parse_money,
    "parse_area": inn.parse_area,
    "parse_percentage": inn.parse_percentage,
    "parse_count": inn.parse_count,
}
FINDERS = {
    "find_money": inn.find_money,
    "find_areas": inn.find_areas,
    "find_percentages": inn.find_percentages,
    "find_counts": inn.find_counts,
    "find_dates": inn.find_dates,
    "find_quantities": inn.find_quantities,
}


@pytest.mark.parametrize("name", sorted(PARSERS))
@pytest.mark.parametrize(
    ("text", "reasons"),
    [
        ("", {"empty"}),
        ("   \n ", {"empty"}),
        ("hello world", {"no-match"}),
        ("1 billion people", {"no-match", "wrong-kind", "trailing-text"}),
        ("in 2021", {"no-match", "wrong-kind"}),
    ],
)
def test_parse_errors(name: str, text: str, reasons: set[str]) -> None:
    with pytest.raises(ParseError) as info:
        PARSERS[name](text)
    err = info.value
    assert isinstance(err, InnovationNewsError)
    assert isinstance(err, ValueError)
    assert err.reason in reasons, err.reason
    assert err.text == text
    assert str(err)


@pytest.mark.parametrize(
    ("name", "text", "reason"),
    [
        ("parse_money", "2,000 mu", "wrong-kind"),
        ("parse_money", "6.2%", "wrong-kind"),
        ("parse_area", "1 billion yuan", "wrong-kind"),
        ("parse_percentage", "3 ha", "wrong-kind"),
        ("parse_area", "2,000 mu and 3 ha", "trailing-text"),
        ("parse_money", "5 yuan and 6 yuan", "trailing-text"),
        ("parse_money", "RMB 5 million was raised", "trailing-text"),
    ],
)
def test_parse_error_reasons(name: str, text: str, reason: str) -> None:
    with pytest.raises(ParseError) as info:
        PARSERS[name](text)
    assert info.value.reason == reason


def test_parse_offsets_index_the_text_as_given() -> None:
    text = "  about 620 million yuan \n"
    m = inn.parse_money(text)
    assert (m.span.start, m.span.end) == (2, 24)
    assert text[m.span.start:m.span.end] == m.span.text == "about 620 million yuan"


@pytest.mark.parametrize("bad", [None, 5, 1.5, b"1 billion yuan", ["1 yuan"], Decimal(1)])
@pytest.mark.parametrize(
    "function",
    [*PARSERS.values(), *FINDERS.values(), inn.parse_number, inn.parse_date, inn.area_unit,
     inn.currency_code],
    ids=lambda f: f.__name__,
)
def test_non_str_input_is_an_input_type_error(function: object, bad: object) -> None:
    with pytest.raises(InputTypeError) as info:
        function(bad)  # type: ignore[operator]
    assert isinstance(info.value, TypeError)
    assert isinstance(info.value, InnovationNewsError)
    assert type(bad).__name__ in str(info.value)


def test_parse_number_errors() -> None:
    with pytest.raises(ParseError) as info:
        inn.parse_number("not a number")
    assert info.value.reason == "no-number"
    with pytest.raises(ParseError) as info:
        inn.parse_number("12 apples")
    assert info.value.reason == "trailing-text"


# --------------------------------------------------------------------------- areas


@pytest.mark.parametrize(
    ("name", "unit"),
    [
        ("mu", AreaUnit.MU), ("mou", AreaUnit.MU), ("亩", AreaUnit.MU),
        ("hectares", AreaUnit.HECTARE), ("ha", AreaUnit.HECTARE), ("公顷", AreaUnit.HECTARE),
        ("sq km", AreaUnit.SQUARE_KILOMETER), ("km²", AreaUnit.SQUARE_KILOMETER),
        ("km2", AreaUnit.SQUARE_KILOMETER), ("square kilometres", AreaUnit.SQUARE_KILOMETER),
        ("平方公里", AreaUnit.SQUARE_KILOMETER),
        ("sq m", AreaUnit.SQUARE_METER), ("m²", AreaUnit.SQUARE_METER),
        ("㎡", AreaUnit.SQUARE_METER), ("Square  Meters", AreaUnit.SQUARE_METER),
        ("平方米", AreaUnit.SQUARE_METER),
        ("acres", AreaUnit.ACRE), ("sq ft", AreaUnit.SQUARE_FOOT),
        ("square miles", AreaUnit.SQUARE_MILE),
        ("square_meter", AreaUnit.SQUARE_METER), ("hectare", AreaUnit.HECTARE),
    ],
)
def test_area_unit(name: str, unit: AreaUnit) -> None:
    assert inn.area_unit(name) is unit


@pytest.mark.parametrize("name", ["", "metres", "km", "square", "furlongs", "mu mu"])
def test_area_unit_unknown(name: str) -> None:
    with pytest.raises(UnknownUnitError) as info:
        inn.area_unit(name)
    assert isinstance(info.value, KeyError) and isinstance(info.value, InnovationNewsError)
    assert repr(name) in str(info.value)


def test_every_area_unit_has_a_factor_and_a_name() -> None:
    assert set(AREA_FACTORS) == set(AreaUnit)
    for unit in AreaUnit:
        assert inn.area_unit(unit.value) is unit


@pytest.mark.parametrize(
    ("value", "src", "dst", "expected"),
    [
        (15, "mu", "square_meter", Decimal(10000)),
        (1, "hectare", "mu", Decimal(15)),
        ("1", "km2", "hectare", Decimal(100)),
        ("1", "sq km", "mu", Decimal(1500)),
        (1, "acre", "square_meter", Decimal("4046.8564224")),
        (Decimal("2.5"), AreaUnit.HECTARE, AreaUnit.SQUARE_METER, Decimal(25000)),
        (3, "mu", "mu", Decimal(3)),
        (0, "acre", "mu", Decimal(0)),
    ],
)
def test_convert_area(value: object, src: object, dst: object, expected: Decimal) -> None:
    assert inn.convert_area(value, src, dst) == expected  # type: ignore[arg-type]


def test_convert_area_is_exact_then_rounded() -> None:
    one_mu = inn.convert_area(1, "mu", "square_meter")
    assert one_mu == Decimal(10000) / Decimal(15)
    # the rounded 666.66...67 converts back to 1 at 28 significant digits
    assert inn.convert_area(one_mu, "square_meter", "mu") == Decimal(1)


def test_convert_area_unknown_unit() -> None:
    with pytest.raises(UnknownUnitError):
        inn.convert_area(1, "furlong", "mu")
    with pytest.raises(UnknownUnitError):
        inn.convert_area(1, "mu", "cubits")


def test_convert_area_bad_value_is_a_package_error() -> None:
    with pytest.raises(InnovationNewsError):
        inn.convert_area("lots", "mu", "hectare")


def test_area_to() -> None:
    a = inn.parse_area("about 2,000 mu")
    h = a.to("hectare")
    assert isinstance(h, Area)
    assert h.unit is AreaUnit.HECTARE
    assert h.value == Decimal(2000) / Decimal(15)
    assert h.span == a.span and h.qualifier == a.qualifier
    assert a.to(AreaUnit.SQUARE_KILOMETER).value == Decimal(2000) / Decimal(1500)
    # .to() rounds to 28 digits; the exact value stays available on the original
    assert a.to("sq m").value == Decimal(4_000_000) / 3
    assert a.square_meters_exact()[0] == Fraction(4_000_000, 3)
    assert a.to("mu") == a


def test_area_to_keeps_bounds() -> None:
    r = inn.parse_area("20-30 mu")
    s = r.to("square_meter")
    assert s.value is None
    assert s.low is not None and s.high is not None
    assert abs(s.low - Decimal(40000) / 3) < Decimal("1e-20")
    assert s.high == Decimal(20000)
    assert r.square_meters is None
    assert r.square_meters_exact() == (None, Fraction(40000, 3), Fraction(20000))


def test_area_to_unknown_unit() -> None:
    with pytest.raises(UnknownUnitError):
        inn.parse_area("3 ha").to("furlongs")


def test_area_square_meters() -> None:
    a = inn.parse_area("70.7 hectares")
    assert a.square_meters == Decimal(707000)
    assert a.square_meters_exact() == (Fraction(707000), None, None)
    assert inn.parse_area("1 mu").square_meters_exact()[0] == Fraction(2000, 3)


# --------------------------------------------------------------------------- currencies


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("yuan", "CNY"), ("RMB", "CNY"), ("rmb", "CNY"), ("renminbi", "CNY"), ("CNY", "CNY"),
        ("¥", "CNY"), ("￥", "CNY"), ("元", "CNY"), ("人民币", "CNY"),
        ("$", "USD"), ("US$", "USD"), ("US $", "USD"), ("USD", "USD"), ("dollars", "USD"),
        ("U.S. dollars", "USD"), ("美元", "USD"),
        ("HK$", "HKD"), ("Hong Kong dollars", "HKD"), ("港元", "HKD"),
        ("€", "EUR"), ("euro", "EUR"), ("euros", "EUR"), ("EUR", "EUR"),
        ("£", "GBP"), ("pounds", "GBP"), ("GBP", "GBP"),
        ("yen", "JPY"), ("JPY", "JPY"), ("日元", "JPY"),
        ("  RMB  ", "CNY"),
    ],
)
def test_currency_code(name: str, code: str) -> None:
    assert inn.currency_code(name) == code


@pytest.mark.parametrize("name", ["", "doubloons", "XYZ", "bitcoin", "$$", "yuan yuan"])
def test_currency_code_unknown(name: str) -> None:
    with pytest.raises(UnknownCurrencyError) as info:
        inn.currency_code(name)
    assert isinstance(info.value, KeyError) and isinstance(info.value, InnovationNewsError)
    assert repr(name) in str(info.value)  # a readable message, not KeyError's repr


def test_money_currency_is_always_a_known_code() -> None:
    from innovation_news.money.currency import currency_table

    codes = currency_table().codes
    text = ("1 billion yuan, $2 million, HK$3 million, €4 million, £5 million, 6 million yen, "
            "KRW 7 million, S$8 million")
    found = inn.find_money(text)
    assert len(found) == 8
    assert all(m.currency in codes for m in found)


# --------------------------------------------------------------------------- context


def test_context_default_currency() -> None:
    assert inn.parse_money("$5").currency == "USD"
    hk = inn.parse_money("$5", inn.Context(default_currency="hkd"))
    assert hk.currency == "HKD" and hk.currency_assumed
    # a currency the bare sign cannot stand for keeps the table's reading
    assert inn.parse_money("$5", inn.Context(default_currency="EUR")).currency == "USD"
    # a named currency is never assumed
    m = inn.parse_money("US$5", inn.Context(default_currency="HKD"))
    assert m.currency == "USD" and not m.currency_assumed


def test_context_is_validated() -> None:
    with pytest.raises(ValueError):
        inn.Context(default_currency="dollars")
    with pytest.raises(ValueError):
        inn.Context(language="fr")  # type: ignore[arg-type]


def test_models_are_frozen() -> None:
    m = inn.parse_money("5 yuan")
    with pytest.raises(ValueError):
        m.value = Decimal(6)  # type: ignore[misc]
    assert hash(m.span) == hash(m.span.model_copy())


def test_modules_import_cleanly() -> None:
    for module in ("innovation_news.money", "innovation_news.area", "innovation_news.percent",
                   "innovation_news.count", "innovation_news.numbers",
                   "innovation_news.quantities", "innovation_news.models"):
        importlib.import_module(module)
