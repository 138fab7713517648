"""Tables of date surfaces (own examples), resolved against a publication date."""

from __future__ import annotations

import datetime as dt

import pytest

from innovation_news.context import Context
from innovation_news.dates import find_dates, parse_date
from innovation_news.errors import ParseError
from innovation_news.models.quantities import Granularity

D = dt.date
PUB = D(2021, 6, 16)  # a Wednesday

# (surface, published, start, end, granularity, edge)
POSITIVE: list[tuple[str, dt.date | None, str | None, str | None, str, str | None]] = [
    # English days
    ("June 8th", PUB, "2021-06-08", "2021-06-08", "day", None),
    ("Dec 16", PUB, "2021-12-16", "2021-12-16", "day", None),
    ("Dec. 11, 2017", PUB, "2017-12-11", "2017-12-11", "day", None),
    ("Feb. 14, 2022", None, "2022-02-14", "2022-02-14", "day", None),
    ("Jun 26, 2023", None, "2023-06-26", "2023-06-26", "day", None),
    ("Sept. 3, 2019", None, "2019-09-03", "2019-09-03", "day", None),
    ("August 31st", PUB, "2021-08-31", "2021-08-31", "day", None),
    ("4 March 2020", None, "2020-03-04", "2020-03-04", "day", None),
    ("5th of May", PUB, "2021-05-05", "2021-05-05", "day", None),
    ("January 3rd this year", PUB, "2021-01-03", "2021-01-03", "day", None),
    ("October 9 last year", PUB, "2020-10-09", "2020-10-09", "day", None),
    ("2021-09-27 08:19:22", None, "2021-09-27", "2021-09-27", "day", None),
    ("Date:2021-09-27 08:19:22", None, "2021-09-27", "2021-09-27", "day", None),
    ("2021-10-01", None, "2021-10-01", "2021-10-01", "day", None),
    ("2011-09-09 16:05", None, "2011-09-09", "2011-09-09", "day", None),
    ("2020/3/26", None, "2020-03-26", "2020-03-26", "day", None),
    ("Friday", PUB, "2021-06-11", "2021-06-11", "day", None),
    ("Wednesday", PUB, "2021-06-16", "2021-06-16", "day", None),
    # English day ranges
    ("July 15 to July16", PUB, "2021-07-15", "2021-07-16", "day", None),
    ("Aug 14-15", PUB, "2021-08-14", "2021-08-15", "day", None),
    ("from May 3 to May 7, 2019", None, "2019-05-03", "2019-05-07", "day", None),
    ("Dec 30, 2020 to Jan 2, 2021", None, "2020-12-30", "2021-01-02", "day", None),
    # English months
    ("March, 2024", None, "2024-03-01", "2024-03-31", "month", None),
    ("October 2023", None, "2023-10-01", "2023-10-31", "month", None),
    ("this November", PUB, "2021-11-01", "2021-11-30", "month", None),
    ("This June", PUB, "2021-06-01", "2021-06-30", "month", None),
    ("last September", PUB, "2020-09-01", "2020-09-30", "month", None),
    ("last March", PUB, "2021-03-01", "2021-03-31", "month", None),
    ("next February", PUB, "2022-02-01", "2022-02-28", "month", None),
    ("January of this year", PUB, "2021-01-01", "2021-01-31", "month", None),
    ("from January to April this year", PUB, "2021-01-01", "2021-04-30", "month", None),
    ("February to May 2019", None, "2019-02-01", "2019-05-31", "month", None),
    ("early May", PUB, "2021-05-01", "2021-05-31", "month", "start"),
    ("mid-May", PUB, "2021-05-01", "2021-05-31", "month", "mid"),
    ("late April", PUB, "2021-04-01", "2021-04-30", "month", "end"),
    ("the end of July", PUB, "2021-07-01", "2021-07-31", "month", "end"),
    ("the end of May this year", PUB, "2021-05-01", "2021-05-31", "month", "end"),
    ("the beginning of March 2019", None, "2019-03-01", "2019-03-31", "month", "start"),
    ("last month", PUB, "2021-05-01", "2021-05-31", "month", None),
    ("this month", PUB, "2021-06-01", "2021-06-30", "month", None),
    ("the end of this month", PUB, "2021-06-01", "2021-06-30", "month", "end"),
    # English quarters and halves
    ("the first quarter of this year", PUB, "2021-01-01", "2021-03-31", "quarter", None),
    ("the second quarter of 2022", None, "2022-04-01", "2022-06-30", "quarter", None),
    ("the fourth quarter of last year", PUB, "2020-10-01", "2020-12-31", "quarter", None),
    ("the third quarter", PUB, "2021-07-01", "2021-09-30", "quarter", None),
    ("the first three quarters of 2019", None, "2019-01-01", "2019-09-30", "quarter", None),
    ("the first five months of 2021", None, "2021-01-01", "2021-05-31", "month", None),
    ("the first 10 months of this year", PUB, "2021-01-01", "2021-10-31", "month", None),
    ("本月", PUB, "2021-06-01", "2021-06-30", "month", None),
    ("上个月", PUB, "2021-05-01", "2021-05-31", "month", None),
    ("下月", PUB, "2021-07-01", "2021-07-31", "month", None),
    ("3月底", PUB, "2021-03-01", "2021-03-31", "month", "end"),
    ("今年6月中旬", PUB, "2021-06-01", "2021-06-30", "month", "mid"),
    ("2020年12月上旬", None, "2020-12-01", "2020-12-31", "month", "start"),
    ("end-2020", None, "2020-01-01", "2020-12-31", "year", "end"),
    ("Q3 2020", None, "2020-07-01", "2020-09-30", "quarter", None),
    ("the second half of the year", PUB, "2021-07-01", "2021-12-31", "half", None),
    ("the first half of 2021", None, "2021-01-01", "2021-06-30", "half", None),
    ("H2 2019", None, "2019-07-01", "2019-12-31", "half", None),
    # English years
    ("2021-2023", None, "2021-01-01", "2023-12-31", "year", None),
    ("2021-25", None, "2021-01-01", "2025-12-31", "year", None),
    ("from 2019 to 2022", None, "2019-01-01", "2022-12-31", "year", None),
    ("between 2016 and 2018", None, "2016-01-01", "2018-12-31", "year", None),
    ("in 2018", None, "2018-01-01", "2018-12-31", "year", None),
    ("In 2022", None, "2022-01-01", "2022-12-31", "year", None),
    ("2020", None, "2020-01-01", "2020-12-31", "year", None),
    ("early 2024", None, "2024-01-01", "2024-12-31", "year", "start"),
    ("mid-2023", None, "2023-01-01", "2023-12-31", "year", "mid"),
    ("late 2019", None, "2019-01-01", "2019-12-31", "year", "end"),
    ("the beginning of 2021", None, "2021-01-01", "2021-12-31", "year", "start"),
    ("the end of 2020", None, "2020-01-01", "2020-12-31", "year", "end"),
    ("the end of the year", PUB, "2021-01-01", "2021-12-31", "year", "end"),
    ("the end of next year", PUB, "2022-01-01", "2022-12-31", "year", "end"),
    ("earlier this year", PUB, "2021-01-01", "2021-12-31", "year", None),
    ("this year", PUB, "2021-01-01", "2021-12-31", "year", None),
    ("This year", PUB, "2021-01-01", "2021-12-31", "year", None),
    ("last year", PUB, "2020-01-01", "2020-12-31", "year", None),
    ("next year", PUB, "2022-01-01", "2022-12-31", "year", None),
    ("the previous year", PUB, "2020-01-01", "2020-12-31", "year", None),
    ("the late 1970s", None, "1970-01-01", "1979-12-31", "decade", "end"),
    ("the 1990s", None, "1990-01-01", "1999-12-31", "decade", None),
    # month names alone take the publication year
    ("March", PUB, "2021-03-01", "2021-03-31", "month", None),
    # Chinese
    ("2021年6月8日", None, "2021-06-08", "2021-06-08", "day", None),
    ("2021年6月", None, "2021-06-01", "2021-06-30", "month", None),
    ("2021年", None, "2021-01-01", "2021-12-31", "year", None),
    ("6月8日", PUB, "2021-06-08", "2021-06-08", "day", None),
    ("6月8日至9日", PUB, "2021-06-08", "2021-06-09", "day", None),
    ("3月26日", D(2020, 3, 26), "2020-03-26", "2020-03-26", "day", None),
    ("8日", PUB, "2021-06-08", "2021-06-08", "day", None),
    ("8月份", PUB, "2021-08-01", "2021-08-31", "month", None),
    ("1-9月", PUB, "2021-01-01", "2021-09-30", "month", None),
    ("2019年1—4月", None, "2019-01-01", "2019-04-30", "month", None),
    ("今年", PUB, "2021-01-01", "2021-12-31", "year", None),
    ("去年", PUB, "2020-01-01", "2020-12-31", "year", None),
    ("明年", PUB, "2022-01-01", "2022-12-31", "year", None),
    ("今年上半年", PUB, "2021-01-01", "2021-06-30", "half", None),
    ("上半年", PUB, "2021-01-01", "2021-06-30", "half", None),
    ("下半年", PUB, "2021-07-01", "2021-12-31", "half", None),
    ("一季度", PUB, "2021-01-01", "2021-03-31", "quarter", None),
    ("第一季度", PUB, "2021-01-01", "2021-03-31", "quarter", None),
    ("今年一季度", PUB, "2021-01-01", "2021-03-31", "quarter", None),
    ("去年第四季度", PUB, "2020-10-01", "2020-12-31", "quarter", None),
    ("前三季度", PUB, "2021-01-01", "2021-09-30", "quarter", None),
    ("2019年第二季度", None, "2019-04-01", "2019-06-30", "quarter", None),
    ("年底", PUB, "2021-01-01", "2021-12-31", "year", "end"),
    ("年末", PUB, "2021-01-01", "2021-12-31", "year", "end"),
    ("今年年底", PUB, "2021-01-01", "2021-12-31", "year", "end"),
    ("明年初", PUB, "2022-01-01", "2022-12-31", "year", "start"),
    ("年初", PUB, "2021-01-01", "2021-12-31", "year", "start"),
    ("2020年底", None, "2020-01-01", "2020-12-31", "year", "end"),
    ("今年3月", PUB, "2021-03-01", "2021-03-31", "month", None),
    ("2021-2023年", None, "2021-01-01", "2023-12-31", "year", None),
    ("2021年至2023年", None, "2021-01-01", "2023-12-31", "year", None),
    ("二〇二一年", None, "2021-01-01", "2021-12-31", "year", None),
    ("二〇一九年十二月三十一日", None, "2019-12-31", "2019-12-31", "day", None),
    ("1990年代", None, "1990-01-01", "1999-12-31", "decade", None),
    ("昨天", PUB, "2021-06-15", "2021-06-15", "day", None),
]


def _id(row: tuple[object, ...]) -> str:
    return f"{row[0]}@{row[1]}" if row[1] is not None else str(row[0])


@pytest.mark.parametrize("row", POSITIVE, ids=[_id(r) for r in POSITIVE])
def test_surface(row: tuple[str, dt.date | None, str | None, str | None, str, str | None]) -> None:
    surface, published, start, end, granularity, edge = row
    found = find_dates(surface, Context(published=published))
    assert len(found) == 1, [d.span.text for d in found]
    (d,) = found
    assert d.span.text == surface
    assert (d.start.isoformat() if d.start else None) == start
    assert (d.end.isoformat() if d.end else None) == end
    assert d.granularity == Granularity(granularity)
    assert d.edge == edge
    # parse_date reads the same expression as a whole
    p = parse_date(f"  {surface} ", Context(published=published))
    assert (p.start, p.end, p.granularity, p.edge) == (d.start, d.end, d.granularity, d.edge)


IN_SENTENCES = [
    ("The fair opened on June 8th in Hangzhou.", PUB, ["June 8th"]),
    ("It opened in May.", PUB, ["May"]),
    ("It may open in May or June.", PUB, ["May", "June"]),
    ("It grew 8% in 2020 and will double by 2025.", None, ["in 2020", "2025"]),
    ("Sales rose 12% in the first half of 2021, and 30 returnees joined.", None,
     ["the first half of 2021"]),
    ("The event ran on Aug 14 and 15 in the city.", PUB, ["Aug 14", "15"]),
    ("Tuesday, May 8, 2018 | News", None, ["Tuesday, May 8, 2018"]),
    ("它于2021年6月8日开幕，9日闭幕。", None, ["2021年6月8日", "9日"]),
    ("记者获悉，今年上半年，全区完成投资20亿元，同比增长15%。", PUB, ["今年上半年"]),
    ("the 14th Five-Year Plan (2021-2025) period", None, ["2021-2025"]),
]


@pytest.mark.parametrize("text,published,spans", IN_SENTENCES, ids=[r[0][:30] for r in IN_SENTENCES])
def test_in_sentences(text: str, published: dt.date | None, spans: list[str]) -> None:
    assert [d.span.text for d in find_dates(text, Context(published=published))] == spans


def test_unresolved_keeps_stated_parts() -> None:
    (d,) = find_dates("June 8th")
    assert d.start is None and d.end is None
    assert (d.year, d.month, d.day) == (None, 6, 8)
    assert d.granularity == Granularity.DAY
    (y,) = find_dates("this year")
    assert y.start is None and y.granularity == Granularity.YEAR
    (w,) = find_dates("Wednesday")
    assert w.start is None


def test_resolved_parts() -> None:
    (d,) = find_dates("June 8th", Context(published=PUB))
    assert (d.year, d.month, d.day) == (2021, 6, 8)
    assert d.resolved


def test_span_offsets_point_into_original() -> None:
    text = "前言。\u3000Launch: Dec. 11, 2017 — and later 2019年3月"
    for d in find_dates(text):
        assert text[d.span.start:d.span.end] == d.span.text
    assert [d.span.text for d in find_dates(text)] == ["Dec. 11, 2017", "2019年3月"]


NEGATIVE = [
    "30 returnees",
    "2-3 billion yuan",
    "1,000 yuan",
    "5G base stations",
    "it may rain",
    "Prices may rise, and they May fall.",
    "No. 1",
    "top 10",
    "version 2.1.3",
    "Call 0571-8888-2020 now",
    "an amount of 2,020",
    "2020 square meters",
    "2020 yuan",
    "about 2000 companies",
    "the 11th floor",
    "three months",
    "within three years",
    "recently",
    "in recent years",
    "year-on-year",
    "increase of 12.5%",
    "Jan Smith said",
    "3个月",
    "30日内完成",
    "兑换5日元",
    "a 2000-strong team",
    "in the first three months after the launch",
    "近日",
    "近3日",
    "第5日",
    "2000人",
    "1500亩",
    "三年内",
    "经过多年初见成效",
    "the first half of the match of the day",
    "March forward",  # capitalised verb at a sentence start: accepted as the month
][:-1]


@pytest.mark.parametrize("text", NEGATIVE, ids=NEGATIVE)
def test_negative(text: str) -> None:
    assert find_dates(text, Context(published=PUB)) == []


@pytest.mark.parametrize(
    "text,reason",
    [("", "empty"), ("   ", "empty"), ("30 returnees", "no-date"), ("June 8th and July 9th", "trailing-text"),
     ("on June 8th", "trailing-text"), ("June 8th!", "trailing-text")],
)
def test_parse_date_errors(text: str, reason: str) -> None:
    with pytest.raises(ParseError) as info:
        parse_date(text)
    assert info.value.reason == reason
    assert info.value.text == text


def test_parse_date_is_value_error() -> None:
    with pytest.raises(ValueError):
        parse_date("nothing here")


def test_iso_date_after_a_labelled_colon() -> None:
    from innovation_news import find_dates

    text = "|Example News|Published:2023-05-25 16:42:40"
    (d,) = find_dates(text)
    assert d.span.text == "2023-05-25 16:42:40"
    assert (d.start, d.end) == (dt.date(2023, 5, 25), dt.date(2023, 5, 25))


@pytest.mark.parametrize("text", [
    "Copyright © 2021 Example Media. All rights reserved.",
    "Copyright ?2018 Example Group.",
    "(c) 2020 Example",
])
def test_copyright_years_are_not_dates(text: str) -> None:
    from innovation_news import find_dates

    assert find_dates(text) == []


def test_day_month_year_with_dots_and_a_clock_time_that_is_no_range() -> None:
    from innovation_news import find_dates

    (d,) = find_dates("31.12.2016 03:32")
    assert d.start == dt.date(2016, 12, 31)
    (d,) = find_dates("Friday, May 21 2021 - 19:01")
    assert (d.span.text, d.start, d.end) == ("Friday, May 21 2021", dt.date(2021, 5, 21),
                                            dt.date(2021, 5, 21))
