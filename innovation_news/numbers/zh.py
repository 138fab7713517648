"""Chinese numbers: :func:`parse_zh_number` and :func:`format_zh_number`.

Reads Arabic digits (ASCII or full-width, with ``,`` thousands separators and a decimal
point) with Chinese units (``1.5亿``, ``3万4000``, ``5千``), Chinese numerals in their
common and financial forms (``五千万``, ``一万五千亿``, ``一百零五``, ``壹佰``), decimals
written with ``点`` (``三点五亿``) and digit-by-digit strings (``二〇二一``).
All arithmetic is exact (:class:`~decimal.Decimal`). The vocabulary is in
``data/zh_numbers.toml``; see ``docs/chinese.md``.
"""

from __future__ import annotations

import functools
import re
import tomllib
from decimal import Context, Decimal
from importlib import resources
from typing import Any

import attrs

from innovation_news.errors import DataError, ParseError, ensure_text

__all__ = ["format_zh_number", "parse_zh_number"]

#: exact arithmetic for every number the module builds (inputs are capped at _MAX_DIGITS)
_CTX = Context(prec=80)
_MAX_DIGITS = 40
_ONE = Decimal(1)
_TEN = Decimal(10)
_WAN = Decimal(10_000)
_YI = Decimal(100_000_000)

_FULLWIDTH = str.maketrans("０１２３４５６７８９．，", "0123456789.,")


@attrs.frozen(slots=True)
class ZhVocab:
    """The parsed ``data/zh_numbers.toml`` (internal)."""

    digits: dict[str, int]
    small_units: dict[str, int]
    big_units: dict[str, int]
    points: frozenset[str]
    raw: dict[str, Any]


@functools.cache
def zh_vocab() -> ZhVocab:
    """The Chinese vocabulary table, loaded once (internal; also used by the scanner)."""
    try:
        raw = tomllib.loads(
            resources.files("innovation_news").joinpath("data/zh_numbers.toml").read_text("utf-8")
        )
        digits = {str(k): int(v) for k, v in raw["digits"].items()}
        small = {str(k): int(v) for k, v in raw["small_units"].items()}
        big = {str(k): int(v) for k, v in raw["big_units"].items()}
        points = frozenset(str(w) for w in raw["decimal_point"]["words"])
    except (KeyError, TypeError, ValueError, tomllib.TOMLDecodeError) as exc:  # pragma: no cover
        raise DataError(f"data/zh_numbers.toml is malformed: {exc}") from exc
    for table in (digits, small, big):
        for key in table:
            if len(key) != 1:
                raise DataError(f"zh_numbers.toml: numeral {key!r} must be one character")
    return ZhVocab(digits=digits, small_units=small, big_units=big, points=points, raw=raw)


@functools.cache
def _token_re() -> re.Pattern[str]:
    v = zh_vocab()
    cd = re.escape("".join(v.digits))
    pt = re.escape("".join(v.points))
    su = re.escape("".join(v.small_units))
    bu = re.escape("".join(v.big_units))
    return re.compile(
        rf"(?P<ar>[0-9]{{1,3}}(?:,[0-9]{{3}})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?)"
        rf"|(?P<cdec>[{cd}][{pt}][{cd}]+)"
        rf"|(?P<cd>[{cd}])"
        rf"|(?P<su>[{su}])"
        rf"|(?P<bu>[{bu}])"
    )


def _clean(d: Decimal) -> Decimal:
    """``150000000.0`` -> ``150000000``; ``3.50`` -> ``3.5`` (same value, tidy exponent)."""
    if d == d.to_integral_value(context=_CTX):
        return d.quantize(_ONE, context=_CTX)
    return d.normalize(_CTX)


class _Fail(Exception):
    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason


def _zh_decimal(tok: str, digits: dict[str, int], points: frozenset[str]) -> Decimal:
    for i, ch in enumerate(tok):
        if ch in points:
            whole = digits[tok[:i]]
            frac = "".join(str(digits[c]) for c in tok[i + 1:])
            return Decimal(f"{whole}.{frac}")
    raise _Fail("invalid", f"bad decimal {tok!r}")  # pragma: no cover - regex guarantees a point


def _parse(s: str) -> Decimal:
    """The value of a whole normalised numeral; raises :class:`_Fail`."""
    if not s:
        raise _Fail("empty", "empty number")
    v = zh_vocab()
    digits, small, big = v.digits, v.small_units, v.big_units
    tokens: list[tuple[str, str]] = []
    pos = 0
    rx = _token_re()
    n = len(s)
    while pos < n:
        m = rx.match(s, pos)
        if m is None:
            raise _Fail("invalid", f"unexpected {s[pos]!r} at {pos}")
        kind = m.lastgroup
        assert kind is not None
        tokens.append((kind, m.group()))
        pos = m.end()
    if sum(c.isdigit() for c in s) + sum(k == "cd" for k, _ in tokens) > _MAX_DIGITS:
        raise _Fail("too-large", "too many digits")

    # digit-by-digit form: two or more Chinese digits, nothing else ("二〇二一")
    if len(tokens) > 1 and all(k == "cd" for k, _ in tokens):
        return Decimal("".join(str(digits[t]) for _, t in tokens))

    yi_acc = Decimal(0)      # finished amount including every 亿
    wan_acc = Decimal(0)     # finished amount of the current 万 section (already x 1e4)
    section = Decimal(0)     # below 万
    number: Decimal | None = None
    number_single = False    # the pending number is one digit (for the "一万五" tail rule)
    after_zero = False
    last_small = 10**9       # units in a section must decrease
    last_unit = 0            # value of the unit just before the pending number
    seen_wan = False
    content = False
    add, mul = _CTX.add, _CTX.multiply

    for kind, tok in tokens:
        if kind == "ar" or kind == "cdec" or (kind == "cd" and digits[tok] != 0):
            if number is not None:
                raise _Fail("invalid", f"two numbers in a row at {tok!r}")
            if kind == "ar":
                number = Decimal(tok.replace(",", ""))
                number_single = len(tok) == 1
            elif kind == "cdec":
                number = _zh_decimal(tok, digits, v.points)
                number_single = False
            else:
                number = Decimal(digits[tok])
                number_single = True
            # an explicit number after a unit must be smaller than that unit ("3万4000")
            if (content and last_unit and not after_zero and not number_single
                    and number >= last_unit):
                raise _Fail("invalid", f"{tok!r} is too large after its unit")
            content = True
        elif kind == "cd":  # 零 / 〇 inside a numeral with units: a placeholder
            if number is not None or not content:
                if not content and len(tokens) == 1:
                    number = Decimal(0)
                    number_single = False
                    content = True
                    continue
                raise _Fail("invalid", "misplaced zero")
            after_zero = True
        elif kind == "su":
            u = small[tok]
            if u >= last_small:
                raise _Fail("invalid", f"unit {tok!r} out of order")
            if number is None:
                if after_zero:
                    raise _Fail("invalid", f"zero before unit {tok!r}")
                m_ = _ONE
            else:
                if number >= 10:
                    raise _Fail("invalid", f"{number} before {tok!r}")
                m_ = number
            section = add(section, mul(m_, Decimal(u)))
            number = None
            after_zero = False
            last_small = u
            last_unit = u
            content = True
        else:  # big unit
            b = big[tok]
            x = add(section, number if number is not None else Decimal(0))
            explicit = number is not None or section != 0
            if b == 10_000:
                if seen_wan:
                    raise _Fail("invalid", "万 twice in one section")
                if not explicit:
                    if content:
                        raise _Fail("invalid", f"nothing before {tok!r}")
                    x = _ONE
                wan_acc = mul(x, _WAN)
                seen_wan = True
            else:
                if yi_acc != 0:
                    raise _Fail("invalid", "亿 twice")
                x = add(x, wan_acc)
                if not explicit and not seen_wan:
                    if content:
                        raise _Fail("invalid", f"nothing before {tok!r}")
                    x = _ONE
                yi_acc = mul(add(yi_acc, x), _YI)
                wan_acc = Decimal(0)
                seen_wan = False
            section = Decimal(0)
            number = None
            after_zero = False
            last_small = 10**9
            last_unit = b
            content = True
    if not content:
        raise _Fail("no-number", "no number")
    tail = Decimal(0)
    if number is not None:
        tail = number
        if number_single and not after_zero and last_unit >= 100:
            tail = mul(number, Decimal(last_unit // 10))  # "一万五" = 15000, "三百五" = 350
    return _clean(add(add(add(yi_acc, wan_acc), section), tail))


def parse_zh_number(text: str) -> Decimal:
    """The exact value of one Chinese-script number.

    >>> parse_zh_number("1.5亿"), parse_zh_number("一万五千亿"), parse_zh_number("三点五亿")
    (Decimal('150000000'), Decimal('1500000000000'), Decimal('350000000'))
    >>> parse_zh_number("3万4000"), parse_zh_number("一百零五"), parse_zh_number("１２３")
    (Decimal('34000'), Decimal('105'), Decimal('123'))

    A trailing single digit after a unit is read the colloquial way (``一万五`` = 15000,
    ``两千五`` = 2500) unless a zero comes between (``一千零五`` = 1005).
    Raises :class:`~innovation_news.errors.ParseError` (``reason`` ``"empty"``,
    ``"invalid"``, ``"too-large"``) for anything that is not exactly one number.
    """
    ensure_text(text, "parse_zh_number")
    s = text.strip().translate(_FULLWIDTH)
    try:
        return _parse(s)
    except _Fail as exc:
        raise ParseError(f"not a Chinese number: {text!r} ({exc})", text=text,
                         reason=exc.reason) from None


@functools.lru_cache(maxsize=8192)
def zh_value(s: str) -> Decimal | None:
    """Internal fast path for the scanner: the value of ``s`` or ``None`` (cached)."""
    try:
        return _parse(s.translate(_FULLWIDTH))
    except _Fail:
        return None


_DIGIT_CHARS = "零一二三四五六七八九"


def _section(n: int) -> str:
    """``0 < n < 10000`` in Chinese, zeros written as one 零 between digits."""
    out: list[str] = []
    zero = False
    for unit, name in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        d = (n // unit) % 10
        if d:
            if zero and out:
                out.append("零")
            out.append(_DIGIT_CHARS[d] + name)
            zero = False
        else:
            zero = True
    return "".join(out)


def _format(n: int) -> str:
    if n >= 100_000_000:
        high, low = divmod(n, 100_000_000)
        s = _format(high) + "亿"
        if low:
            s += ("零" if low < 10_000_000 else "") + _format(low)
        return s
    if n >= 10_000:
        high, low = divmod(n, 10_000)
        s = _section(high) + "万"
        if low:
            s += ("零" if low < 1000 else "") + _section(low)
        return s
    return _section(n)


def format_zh_number(n: int) -> str:
    """``n`` written in Chinese numerals, the inverse of :func:`parse_zh_number`.

    >>> format_zh_number(105), format_zh_number(15), format_zh_number(2 * 10**13)
    ('一百零五', '十五', '二十万亿')

    Takes ``0 <= n < 10**16``; raises :class:`ValueError` otherwise.
    """
    if isinstance(n, bool) or not isinstance(n, int):
        raise TypeError(f"format_zh_number() takes an int, not {type(n).__name__}")
    if not 0 <= n < 10**16:
        raise ValueError(f"format_zh_number() takes 0 <= n < 10**16, not {n}")
    if n == 0:
        return "零"
    s = _format(n)
    return s[1:] if s.startswith("一十") else s
