"""Corpus tests: one expected value, many surfaces (after Duckling's ``Corpus.hs``).

Every file ``tests/corpus/<dimension>/<lang>.toml`` is collected, for any language code
(``en.toml`` now, ``zh.toml`` whenever someone adds it: nothing here is English-specific).
Known dimensions and the functions they test::

    money    find_money        / parse_money        -> Money
    area     find_areas        / parse_area         -> Area
    percent  find_percentages  / parse_percentage   -> Percentage
    count    find_counts       / parse_count        -> Count
    numbers  parse_number                            -> Decimal
    negative texts in which the named finders must find nothing

File format
===========

Values are TOML *strings* holding decimals (``value = "1500000000"``, ``"0.5"``) so that
nothing passes through a float; they are compared with the library's ``Decimal`` by
``Decimal`` equality.  A per-file or per-row ``context`` table is passed to the functions as
:class:`innovation_news.Context` (``context = {language = "zh", default_currency = "USD"}``);
without it the default context is used.

``[[example]]`` -- one expected value and many surfaces::

    [[example]]
    value = "1000000000"          # or low = "..." + high = "..." for ranges and vague sizes
    currency = "CNY"              # money: ISO 4217 code
    currency_assumed = false      # money, optional: the default decided the currency
    qualifier = "over"            # exact | approx | over | under | range | vague
    unit = "mu"                   # area: an AreaUnit value
    square_meters = "4000000/3"   # area, optional: exact value in m², a Fraction string;
                                  #   also square_meters_low / square_meters_high
    points = true                 # percent, optional: percentage points (default false)
    noun = "companies"            # count: the counted noun (it stays outside the span)
    surfaces = ["more than 1 billion yuan", "over RMB 1 billion"]
    sentences = ["The firm will invest more than 1 billion yuan in the plant."]
    note = "free text"
    xfail = true                  # a known failure: run as xfail(strict=True)

Each surface is one test (id ``money/en#3 'over RMB 1 billion'``, the number being the
example's index in its file): ``find_X(surface)`` must return exactly ONE result, covering
the whole surface (``span.start == 0``, ``span.end == len(surface)``, ``span.text ==
surface``), with every field the row states; ``parse_X(surface)`` must return the same
model.  For counts the noun is not part of the span, so the span must start at 0 and
what follows it must be the noun (``"more than 40 companies"`` -> span ``"more than
40"``, noun ``"companies"``).  Fields a row leaves out are not checked, except that a row
with ``value`` requires ``low``/``high`` to be null and vice versa.

Each ``sentences`` entry embeds one of the row's surfaces in running text, to test the
boundaries: the finder must return exactly one result, and it must be that surface at
that place (the longest of the row's surfaces found in the sentence), with the row's
values.

``[[sentence]]`` -- running text with several expected results, all of them, in order::

    [[sentence]]
    text = "It raised 1 trillion yuan ($144.6 billion) last year."
    expect = [
      {surface = "1 trillion yuan", value = "1000000000000", currency = "CNY"},
      {surface = "$144.6 billion", value = "144600000000", currency = "USD", currency_assumed = true},
    ]

``surface`` is the expected ``span.text`` (its first occurrence after the previous
expected result); the other keys are checked as for ``[[example]]``.

``numbers/<lang>.toml`` uses ``[[example]]`` with ``value`` and ``surfaces`` for
:func:`innovation_news.parse_number`, and ``[[invalid]]`` with ``texts`` (and an optional
``reason``) for strings it must reject with ``ParseError``.

``negative/<lang>.toml`` holds ``[[negative]]`` rows::

    [[negative]]
    dimensions = ["money"]        # any of money, area, percent, count
    texts = ["1 billion", "30 returnees"]
    note = "no currency"

In each text every listed finder must find nothing (text order does not matter, one test
per text and dimension).

A row marked ``xfail = true`` (with a ``note`` saying what goes wrong) is run with
``pytest.mark.xfail(strict=True)``: when the library is fixed the test XPASSes and fails,
so the fix must move the row out of the backlog.
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable, Iterator
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest

import innovation_news as inn
from innovation_news import Context, ParseError
from innovation_news.models.quantities import Quantity

CORPUS = Path(__file__).parent / "corpus"

FINDERS: dict[str, tuple[Callable[..., list[Any]], Callable[..., Any]]] = {
    "money": (inn.find_money, inn.parse_money),
    "area": (inn.find_areas, inn.parse_area),
    "percent": (inn.find_percentages, inn.parse_percentage),
    "count": (inn.find_counts, inn.parse_count),
}
SPECIAL = {"numbers", "negative"}

# keys a row may carry; anything else is a typo and fails collection
_VALUE_KEYS = {"value", "low", "high", "qualifier", "currency", "currency_assumed", "unit",
               "square_meters", "square_meters_low", "square_meters_high", "points", "noun"}
_ROW_KEYS = _VALUE_KEYS | {"surfaces", "sentences", "note", "xfail", "context"}


def _files() -> list[tuple[str, str, Path]]:
    out = []
    for path in sorted(CORPUS.glob("*/*.toml")):
        dimension, lang = path.parent.name, path.stem
        if dimension not in FINDERS and dimension not in SPECIAL:
            raise ValueError(f"{path}: unknown corpus dimension {dimension!r}")
        out.append((dimension, lang, path))
    return out


def _load(path: Path) -> dict[str, Any]:
    with path.open("rb") as fh:
        return tomllib.load(fh)


def _context(file_data: dict[str, Any], row: dict[str, Any]) -> Context | None:
    raw = row.get("context", file_data.get("context"))
    return None if raw is None else Context(**raw)


def _marks(row: dict[str, Any]) -> list[pytest.MarkDecorator]:
    if row.get("xfail"):
        return [pytest.mark.xfail(strict=True, reason=row.get("note", "known failure"))]
    return []


def _short(s: str, n: int = 60) -> str:
    return s if len(s) <= n else s[: n - 1] + "…"


# --------------------------------------------------------------------------- collection


def _example_params() -> Iterator[Any]:
    for dimension, lang, path in _files():
        if dimension not in FINDERS:
            continue
        data = _load(path)
        for i, row in enumerate(data.get("example", []), 1):
            unknown = set(row) - _ROW_KEYS
            if unknown:
                raise ValueError(f"{path} example #{i}: unknown keys {sorted(unknown)}")
            if not row.get("surfaces"):
                raise ValueError(f"{path} example #{i}: no surfaces")
            ctx = _context(data, row)
            for surface in row["surfaces"]:
                yield pytest.param(dimension, surface, row, ctx, marks=_marks(row),
                                   id=f"{dimension}/{lang}#{i} {surface!r}")


def _sentence_params() -> Iterator[Any]:
    for dimension, lang, path in _files():
        if dimension not in FINDERS:
            continue
        data = _load(path)
        for i, row in enumerate(data.get("example", []), 1):
            ctx = _context(data, row)
            for sentence in row.get("sentences", []):
                inside = [s for s in row["surfaces"] if s in sentence]
                if not inside:
                    raise ValueError(f"{path} example #{i}: no surface in {sentence!r}")
                surface = max(inside, key=len)
                expect = [{**{k: row[k] for k in _VALUE_KEYS if k in row}, "surface": surface}]
                yield pytest.param(dimension, sentence, expect, ctx, marks=_marks(row),
                                   id=f"{dimension}/{lang}#{i} in {_short(sentence)!r}")
        for j, row in enumerate(data.get("sentence", []), 1):
            for k, e in enumerate(row.get("expect", [])):
                unknown = set(e) - _VALUE_KEYS - {"surface"}
                if unknown:
                    raise ValueError(f"{path} sentence #{j} result {k}: unknown {sorted(unknown)}")
            yield pytest.param(dimension, row["text"], row.get("expect", []),
                               _context(data, row), marks=_marks(row),
                               id=f"{dimension}/{lang}/sentence#{j} {_short(row['text'])!r}")


def _number_params() -> Iterator[Any]:
    for dimension, lang, path in _files():
        if dimension != "numbers":
            continue
        data = _load(path)
        for i, row in enumerate(data.get("example", []), 1):
            for surface in row["surfaces"]:
                yield pytest.param(surface, row["value"], marks=_marks(row),
                                   id=f"numbers/{lang}#{i} {surface!r}")


def _invalid_number_params() -> Iterator[Any]:
    for dimension, lang, path in _files():
        if dimension != "numbers":
            continue
        data = _load(path)
        for i, row in enumerate(data.get("invalid", []), 1):
            for text in row["texts"]:
                yield pytest.param(text, row.get("reason"), marks=_marks(row),
                                   id=f"numbers/{lang}/invalid#{i} {text!r}")


def _negative_params() -> Iterator[Any]:
    for dimension, lang, path in _files():
        if dimension != "negative":
            continue
        data = _load(path)
        for i, row in enumerate(data.get("negative", []), 1):
            dims = row["dimensions"]
            bad = set(dims) - set(FINDERS)
            if bad:
                raise ValueError(f"{path} negative #{i}: unknown dimensions {sorted(bad)}")
            ctx = _context(data, row)
            for text in row["texts"]:
                for dim in dims:
                    yield pytest.param(dim, text, ctx, marks=_marks(row),
                                       id=f"negative/{lang}#{i} {dim} {_short(text)!r}")


# --------------------------------------------------------------------------- checking


def _dec(s: str | int) -> Decimal:
    return Decimal(str(s))


def _check_values(found: Any, row: dict[str, Any], where: str) -> None:
    """Every value key of ``row`` against the model ``found``."""
    got = _describe(found)
    msg = f"{where}: expected {_expected(row)}, got {got}"
    assert isinstance(found, Quantity), msg
    if "value" in row:
        assert found.value is not None and found.value == _dec(row["value"]), msg
        assert found.low is None and found.high is None, msg
    if "low" in row or "high" in row:
        assert found.value is None, msg
        assert found.low is not None and found.low == _dec(row["low"]), msg
        assert found.high is not None and found.high == _dec(row["high"]), msg
    if "qualifier" in row:
        assert found.qualifier.value == row["qualifier"], msg
    if "currency" in row:
        assert found.currency == row["currency"], msg
    if "currency_assumed" in row:
        assert found.currency_assumed is row["currency_assumed"], msg
    if "unit" in row:
        assert found.unit.value == row["unit"], msg
    exact = found.square_meters_exact() if hasattr(found, "square_meters_exact") else None
    for i, key in enumerate(("square_meters", "square_meters_low", "square_meters_high")):
        if key in row:
            assert exact is not None and exact[i] == Fraction(row[key]), (
                f"{msg}; {key} {exact[i] if exact else None} != {Fraction(row[key])}")
    if "points" in row:
        assert found.points is row["points"], msg
    elif hasattr(found, "points"):
        assert found.points is False, msg
    if "noun" in row:
        assert found.noun == row["noun"], msg


def _expected(row: dict[str, Any]) -> str:
    return "{" + ", ".join(f"{k}={row[k]!r}" for k in sorted(row) if k in _VALUE_KEYS) + "}"


def _describe(x: Any) -> str:
    if not isinstance(x, Quantity):
        return repr(x)
    d = x.model_dump(exclude={"span"}, exclude_none=True)
    parts = [f"span={x.span.text!r}@{x.span.start}"]
    for k, v in d.items():
        parts.append(f"{k}={getattr(v, 'value', v)!s}")
    return "{" + ", ".join(parts) + "}"


def _covers(dimension: str, found: Any, surface: str, start: int = 0) -> bool:
    """Whether ``found``'s span is ``surface`` at ``start`` (for counts: up to the noun)."""
    span = found.span
    if span.start != start:
        return False
    end = start + len(surface)
    if span.end == end and span.text == surface:
        return True
    if dimension == "count" and found.noun and span.end < end:
        rest = surface[span.end - start:].strip(" -")
        return rest == found.noun and span.text == surface[: span.end - start]
    return False


# --------------------------------------------------------------------------- tests


@pytest.mark.parametrize(("dimension", "surface", "row", "ctx"), list(_example_params()))
def test_example(dimension: str, surface: str, row: dict[str, Any], ctx: Context | None) -> None:
    find, parse = FINDERS[dimension]
    found = find(surface, ctx)
    listing = [_describe(x) for x in found]
    assert len(found) == 1, f"{surface!r}: expected one {dimension}, found {listing}"
    (one,) = found
    assert _covers(dimension, one, surface), (
        f"{surface!r}: the span does not cover the whole surface: {listing}")
    assert surface[one.span.start:one.span.end] == one.span.text
    _check_values(one, row, repr(surface))
    # the all-at-once pass agrees with the dimension's finder
    q = inn.find_quantities(surface, ctx)
    lists = {"money": q.money, "area": q.areas, "percent": q.percentages, "count": q.counts}
    assert lists[dimension] == found, f"{surface!r}: find_quantities disagrees"
    try:
        parsed = parse(surface, ctx)
    except ParseError as exc:
        pytest.fail(f"{surface!r}: parse raised ParseError({exc.reason!r}): {exc}")
    assert parsed == one, f"{surface!r}: parse gave {_describe(parsed)}, find gave {listing}"


@pytest.mark.parametrize(("dimension", "text", "expect", "ctx"), list(_sentence_params()))
def test_sentence(dimension: str, text: str, expect: list[dict[str, Any]],
                  ctx: Context | None) -> None:
    find, _ = FINDERS[dimension]
    found = find(text, ctx)
    listing = [_describe(x) for x in found]
    want = [e["surface"] for e in expect]
    assert len(found) == len(expect), f"{text!r}: expected {want}, found {listing}"
    pos = 0
    for e, x in zip(expect, found, strict=True):
        at = text.find(e["surface"], pos)
        assert at >= 0, f"{text!r}: {e['surface']!r} is not in the text (after {pos})"
        assert _covers(dimension, x, e["surface"], at) or (
            x.span.start == at and x.span.text == e["surface"]), (
            f"{text!r}: expected {e['surface']!r} at {at}, found {listing}")
        assert text[x.span.start:x.span.end] == x.span.text
        _check_values(x, e, f"{e['surface']!r} in {text!r}")
        pos = x.span.end


@pytest.mark.parametrize(("surface", "value"), list(_number_params()))
def test_number(surface: str, value: str) -> None:
    try:
        got = inn.parse_number(surface)
    except ParseError as exc:
        pytest.fail(f"parse_number({surface!r}) raised ParseError({exc.reason!r})")
    assert isinstance(got, Decimal)
    assert got == _dec(value), f"parse_number({surface!r}) = {got}, expected {value}"


@pytest.mark.parametrize(("text", "reason"), list(_invalid_number_params()))
def test_invalid_number(text: str, reason: str | None) -> None:
    with pytest.raises(ParseError) as info:
        got = inn.parse_number(text)
        pytest.fail(f"parse_number({text!r}) returned {got}, expected ParseError")
    if reason is not None:
        assert info.value.reason == reason


@pytest.mark.parametrize(("dimension", "text", "ctx"), list(_negative_params()))
def test_negative(dimension: str, text: str, ctx: Context | None) -> None:
    find, _ = FINDERS[dimension]
    found = find(text, ctx)
    assert found == [], f"{text!r}: expected no {dimension}, found {[_describe(x) for x in found]}"


def test_corpus_is_collected() -> None:
    """The corpus folders exist and every file parses; catches an emptied or misnamed file."""
    files = _files()
    dims = {d for d, _, _ in files}
    assert {"money", "area", "percent", "count", "numbers", "negative"} <= dims
    for dimension, _, path in files:
        data = _load(path)
        assert data, f"{path} is empty"
        for row in data.get("example", []):
            if dimension in FINDERS:
                assert "qualifier" in row, f"{path}: every example states its qualifier: {row}"
