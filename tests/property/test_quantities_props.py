"""Hypothesis invariants of the quantity normalisers (after quantulum3's ``test_hypothesis``).

* ``find_quantities`` never raises on any ``str``, hostile ones included;
* every span slices the caller's text to its ``span.text``;
* each list is in text order and no two items of any lists overlap;
* ``low <= high`` for ranges and vague sizes, a value and no bounds otherwise;
* ``parse_number`` reads back ``str(n)`` and ``f"{n:,}"``;
* ``Money.format(locale="en")`` reads back through ``parse_money``;
* hostile texts of up to 200,000 characters are scanned (no timing asserted: they only have
  to return), and the scanner's work is counted to stay linear.
"""

from __future__ import annotations

from decimal import Decimal
from itertools import pairwise

import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from innovation_news import (
    Money,
    ParseError,
    Qualifier,
    Quantities,
    Span,
    find_quantities,
    parse_money,
    parse_number,
)

# --------------------------------------------------------------------------- strategies

# fragments that steer random text towards the scanner's paths
_FRAGMENTS = [
    "1", "2,000", "1.5", "3.14", "0", "007", "1,", ",", ".", "-", "–", "~", " ", "  ", "\n",
    "\t", "more than ", "over ", "about ", "nearly ", "up to ", "at least", " or more",
    "between ", " and ", " to ", "from ", "hundreds of ", "tens of ", "billions of ",
    "thousands", "several ", "a few ", "half a ", "three quarters ", "one ", "twenty-five ",
    "hundred", "thousand", "million", "billion", "trillion", "bn", "m", "k", "mn", "b",
    "yuan", "RMB", "CNY", "USD", "US$", "HK$", "$", "¥", "￥", "€", "£", "yen", "dollars",
    "euros", "mu", "hectares", "ha", "sq km", "km²", "square meters", "㎡", "m²", "acres",
    "%", "％", " percent", " per cent", " percentage points", "companies", "returnees",
    "in 2021", "June 8", "2021-2023", "5G", "COVID-19", "Room 302", "(", ")", "亿元", "约",
    "万亩", "平方公里", "百分之", "多家企业", "10亿", "三十", "，", "。", "\x00", "\x1b",
    "\u200b", "\ufeff", "\U0001f600", "é",
]

hostile_text = st.one_of(
    st.text(max_size=200),
    st.lists(st.sampled_from(_FRAGMENTS), max_size=40).map("".join),
    st.lists(
        st.one_of(st.sampled_from(_FRAGMENTS), st.text(max_size=5),
                  st.integers(0, 10**15).map(str), st.integers(0, 10**12).map("{:,}".format)),
        max_size=30,
    ).map("".join),
)


# --------------------------------------------------------------------------- helpers

def _items(q: Quantities) -> list[tuple[str, object, Span]]:
    out: list[tuple[str, object, Span]] = []
    for name in ("money", "areas", "percentages", "counts", "dates"):
        out.extend((name, x, x.span) for x in getattr(q, name))
    return out


def check_invariants(text: str, q: Quantities) -> None:
    assert isinstance(q, Quantities)
    for name in ("money", "areas", "percentages", "counts", "dates"):
        items = getattr(q, name)
        starts = [x.span.start for x in items]
        assert starts == sorted(starts), f"{name} not in text order: {starts}"
    spans = []
    for name, x, span in _items(q):
        assert 0 <= span.start <= span.end <= len(text), (name, span)
        assert text[span.start:span.end] == span.text, (name, span)
        assert span.end > span.start, f"empty {name} span {span}"
        spans.append((span.start, span.end, name))
        if name == "dates":
            continue
        assert isinstance(x, (Money,)) or hasattr(x, "qualifier")
        qual = x.qualifier  # type: ignore[attr-defined]
        value, low, high = x.value, x.low, x.high  # type: ignore[attr-defined]
        if qual in (Qualifier.RANGE, Qualifier.VAGUE):
            assert value is None and low is not None and high is not None, x
            assert low <= high, x
            lo, hi = x.bounds  # type: ignore[attr-defined]
            assert (lo, hi) == (low, high)
        else:
            assert value is not None and low is None and high is None, x
            assert x.bounds == (value, value)  # type: ignore[attr-defined]
        for d in (value, low, high):
            assert d is None or (isinstance(d, Decimal) and d.is_finite()), x
    spans.sort()
    for (s1, e1, n1), (s2, e2, n2) in pairwise(spans):
        assert e1 <= s2, f"{n1} [{s1}, {e1}) overlaps {n2} [{s2}, {e2})"


# --------------------------------------------------------------------------- properties


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(hostile_text)
@example("")
@example("more than 1 billion yuan ($144.6 billion) and 2-3 billion yuan")
@example("1,,,,2..3--4~~5 to to 6 billion billion yuan yuan")
@example("约1.5亿元 and about RMB 620 million, 2,000 mu (133 ha), 6.2%")
@example("\x00\x01\x1b[31m1 billion\x1b[0m yuan\u200b")
@example("between between 1 and and 2 and 3 mu")
def test_find_quantities_invariants(text: str) -> None:
    check_invariants(text, find_quantities(text))


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=300))
def test_find_quantities_any_unicode(text: str) -> None:
    check_invariants(text, find_quantities(text))


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(_FRAGMENTS), max_size=40).map("".join),
       st.sampled_from(["en", "zh", None]))
def test_find_quantities_with_language(text: str, language: str | None) -> None:
    from innovation_news import Context

    check_invariants(text, find_quantities(text, Context(language=language)))  # type: ignore[arg-type]


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0, max_value=10**18 - 1))
def test_parse_number_reads_ints(n: int) -> None:
    """Up to 18 digits (23 characters with separators): numerals of more than 24 characters
    are identifiers by design (``numbers.en._MAX_NUMERAL``)."""
    assert parse_number(str(n)) == n
    assert parse_number(f"{n:,}") == n


@settings(max_examples=200, deadline=None)
@given(st.decimals(min_value=0, max_value=10**12, places=3, allow_nan=False,
                   allow_infinity=False))
def test_parse_number_reads_decimals(d: Decimal) -> None:
    text = f"{d:f}"
    assume(not text.startswith("-"))
    assert parse_number(text) == d
    if d >= 1000:
        assert parse_number(f"{d:,f}") == d


@settings(max_examples=200, deadline=None)
@given(
    st.decimals(min_value=Decimal("0.01"), max_value=Decimal(10) ** 13, places=2,
                allow_nan=False, allow_infinity=False),
    st.sampled_from(["CNY", "USD", "EUR", "GBP", "HKD"]),
)
def test_money_format_round_trip(amount: Decimal, currency: str) -> None:
    """``format(locale="en")`` -> ``parse_money`` keeps value and currency.

    JPY is left out: babel writes it ``¥`` in English, which reads back as CNY (the
    documented default for a bare ``¥``).
    """
    text = "x" * 0
    m = Money(span=Span(start=0, end=0, text=text), value=amount, currency=currency)
    written = m.format(locale="en")
    back = parse_money(written)
    assert back.value == amount, (written, back)
    assert back.currency == currency, (written, back)
    assert back.qualifier is Qualifier.EXACT


_LONG = [
    "9" * 40 + " yuan",
    "12345678901234567890123456789 companies",
    "1" + ",000" * 10 + " mu",
    "RMB " + "9" * 29,
]


@pytest.mark.parametrize("text", _LONG)
def test_long_numbers_do_not_raise(text: str) -> None:
    """Once a crash (decimal.InvalidOperation from quantize beyond 28 digits)."""
    check_invariants(text, find_quantities(text))


@settings(max_examples=100, deadline=None)
@given(st.integers(min_value=10**18, max_value=10**60))
def test_parse_number_huge_ints_read_exactly_or_rejected(n: int) -> None:
    """A long numeral is read exactly or rejected as an identifier, never an ArithmeticError."""
    for text in (str(n), f"{n:,}"):
        try:
            got = parse_number(text)
        except ParseError as exc:
            assert len(text) > 24, (text, exc.reason)
        else:
            assert got == n


# --------------------------------------------------------------------------- linear time

_HOSTILE = {
    "comma-runs": "1," * 100_000,
    "spaces": " " * 200_000,
    "qualifiers": "more than " * 20_000,
    "nines": "9" * 200_000,
    "nines-spaced": "99 " * 66_000,
    "decimal-runs": "1." * 100_000,
    "range-chain": "1-" * 10_000,  # slow (about 0.1 ms a character), so shorter
    "scale-words": "billion " * 25_000,
    "vague-chain": "hundreds of " * 16_000,
    "currency-signs": "$" * 200_000,
    "mixed": ("约1.5亿元 RMB 2 bn 3 mu 4% " * 8_000)[:200_000],
    "cjk-digits": ("一二三四五六七八九十百千万亿" * 15_000)[:200_000],
    "newlines": "1\n" * 100_000,
}


@pytest.mark.parametrize("name", sorted(_HOSTILE))
def test_hostile_text_is_scanned(name: str) -> None:
    text = _HOSTILE[name]
    check_invariants(text, find_quantities(text))


# Number-word chains are read again from every word of the chain: quadratic work, so a
# 200,000-character "twenty-five twenty-five ..." takes minutes (535 s measured). Timing is
# never asserted; instead the scanner's reads are counted: the characters covered by every
# number it reads (``numbers.en._read_number``) must stay within a constant times the
# text's length.
_WORK_CASES = {
    "digits": "1 " * 2_000,
    "comma-runs": "1," * 2_000,
    "range-chain": "1-" * 2_000,
    "to-chain": "1 to " * 800,
    "scale-words": "billion " * 500,
    "vague-chain": "hundreds of " * 350,
    "money-chain": "1 yuan " * 600,
}
_WORK_BUGS = {
    "one-chain": "one " * 1_000,
    "word-numbers": "twenty-five " * 350,
    "ten-thousand": "ten thousand " * 300,
    "and-chain": "one hundred and " * 250,
}


def _work(text: str, monkeypatch: pytest.MonkeyPatch) -> int:
    import innovation_news.numbers.en as en

    total = 0
    original = en._read_number

    def counting(text_: str, m: object, p: object, v: object) -> object:
        nonlocal total
        n = original(text_, m, p, v)  # type: ignore[arg-type]
        if n is not None:
            total += n.end - n.start
        return n

    monkeypatch.setattr(en, "_read_number", counting)
    find_quantities(text)
    return total


@pytest.mark.parametrize(
    "name",
    [*sorted(_WORK_CASES), *sorted(_WORK_BUGS)],
)
def test_scanner_work_is_linear(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    text = {**_WORK_CASES, **_WORK_BUGS}[name]
    work = _work(text, monkeypatch)
    assert work <= 20 * len(text), f"read {work} characters for a text of {len(text)}"
