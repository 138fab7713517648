"""Hypothesis properties: find_dates never raises and its results are well formed."""

from __future__ import annotations

import datetime as dt
import time

from hypothesis import given, settings
from hypothesis import strategies as st

from innovation_news.context import Context
from innovation_news.dates import find_dates

# pieces that look like dates, to make the random texts hit the grammar often
_PIECES = [
    "June", "May", "Dec.", "Sept", "8th", "15", "2021", "1999", "-", "–", " to ", " and ",
    "this year", "last", "the end of", "early", "mid-", "the first", "quarter", "half", "of",
    "in ", "In ", "from ", "between ", "2021-09-27", " 08:19", "Date:", "Q3", "H1", "1970s",
    "年", "月", "日", "今年", "去年", "上半年", "一季度", "第", "季度", "年底", "底", "旬", "至",
    "二〇二一", "十二", "昨天", "3", "12", "31", "0", "yuan", "%", ",", ".", " ", "\n", "Tuesday",
    "months", "five", "10", "本", "个", "上旬", "份", "代", "Jan", "-", "Q", "the same", "year",
]

_texts = st.one_of(
    st.text(max_size=200),
    st.lists(st.sampled_from(_PIECES), max_size=40).map("".join),
    st.lists(st.one_of(st.sampled_from(_PIECES), st.text(max_size=3)), max_size=40).map("".join),
)
_published = st.one_of(st.none(), st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2200, 12, 31)))


@settings(max_examples=600, deadline=None)
@given(text=_texts, published=_published)
def test_find_dates_is_total_and_well_formed(text: str, published: dt.date | None) -> None:
    found = find_dates(text, Context(published=published))
    last_end = 0
    for d in found:
        assert text[d.span.start:d.span.end] == d.span.text
        assert d.span.start < d.span.end
        assert d.span.start >= last_end, "results overlap or are out of order"
        last_end = d.span.end
        assert (d.start is None) == (d.end is None)
        if d.start is not None and d.end is not None:
            assert d.start <= d.end
        # the models are valid as constructed
        assert type(d).model_validate(d.model_dump()) == d


@settings(max_examples=200, deadline=None)
@given(text=_texts)
def test_infer_year_off_leaves_relative_dates_unresolved(text: str) -> None:
    for d in find_dates(text, infer_year=False):
        assert d.span.text == text[d.span.start:d.span.end]


def test_linear_time_on_hostile_input() -> None:
    # long runs of the characters the grammar branches on must not blow up
    hostile = [
        "2021-" * 20000,
        "June " * 20000,
        "the end of " * 10000,
        "1" * 100000,
        "年月日" * 30000,
        "二〇" * 50000,
        "this last next early " * 5000,
        ("Aug 14 and " * 10000),
    ]
    for text in hostile:
        t0 = time.perf_counter()
        find_dates(text)
        assert time.perf_counter() - t0 < 5.0, text[:20]
