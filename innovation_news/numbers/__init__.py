"""The shared numeral layer: English and Chinese numbers, scale words, vague sizes."""

from __future__ import annotations

import re
from decimal import Decimal

from innovation_news._decimal import clean
from innovation_news.errors import ensure_text

__all__ = ["parse_number"]

_CJK_NUMERAL = re.compile(r"[\u3007\u3400-\u9fff\uff10-\uff19]")


def parse_number(text: str) -> Decimal:
    """The value of one number expression, English or Chinese.

    >>> parse_number("1.5 billion"), parse_number("twenty-five"), parse_number("1,100.9亿")
    (Decimal('1500000000'), Decimal('25'), Decimal('110090000000'))

    Raises :class:`~innovation_news.errors.ParseError` if ``text`` is not one number.
    """
    ensure_text(text, "parse_number")
    if _CJK_NUMERAL.search(text) is not None:
        from innovation_news.numbers.zh import parse_zh_number

        return clean(parse_zh_number(text))
    from innovation_news.numbers.en import parse_en_number

    return clean(parse_en_number(text))
