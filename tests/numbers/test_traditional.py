"""Traditional-script Chinese quantities and dates, read through a same-length mapping."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from innovation_news import find_quantities
from innovation_news.numbers._traditional import _PAIRS, _TABLE, has_traditional, simplified


def test_table_is_one_to_one_and_keeps_length() -> None:
    pairs = _PAIRS.split()
    assert all(len(p) == 2 and p[0] != p[1] for p in pairs)
    assert len({p[0] for p in pairs}) == len(pairs), "a Traditional character listed twice"
    text = "萬億約畝項目"
    assert len(simplified(text)) == len(text) and simplified(text) == "万亿约亩项目"
    assert has_traditional(text) and not has_traditional("万亿")
    assert all(chr(k) != chr(v) for k, v in _TABLE.items())


def test_traditional_amounts_areas_and_dates() -> None:
    text = "新園區擬投資8億元，佔地約260畝，計劃2025年底投產。"
    q = find_quantities(text, None)
    (money,) = q.money
    assert (money.span.text, money.value, money.currency) == ("8億元", Decimal("800000000"), "CNY")
    (area,) = q.areas
    assert (area.span.text, area.value, area.qualifier.value) == ("約260畝", Decimal("260"), "approx")
    (date,) = q.dates
    assert date.span.text == "2025年底" and date.end == dt.date(2025, 12, 31)
    for item in (money, area, date):
        assert text[item.span.start:item.span.end] == item.span.text
