"""find_published on headers written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from innovation_news.dates import find_published

D = dt.date

CASES = [
    ("Home > News\nParks expand\nDate:2020-05-04 09:10:11 Source: City Daily\nBody text here.", D(2020, 5, 4)),
    ("A headline\ncitynews.cn | Updated: July 6, 2021 L M S\nThe zone said on Monday ...", D(2021, 7, 6)),
    ("A headline\nUpdated: 2019-11-02\n", D(2019, 11, 2)),
    ("Published: 2022-03-04 10:00\nText", D(2022, 3, 4)),
    ("Title\nRelease time: 2018/7/9\n", D(2018, 7, 9)),
    ("标题\n发布时间：2021年6月8日 10:30 来源：某某网\n正文。", D(2021, 6, 8)),
    ("标题\n时间：2020-01-15\n正文", D(2020, 1, 15)),
    ("某地新闻 2020-03-26 17:03 12345\n3月26日，项目开工。", D(2020, 3, 26)),
    ("2012-12-20 20:31:35  作者:某人  来源:某报\n正文", D(2012, 12, 20)),
    ("Title\nNANJING, China, Oct. 12, 2020 /PRNewswire/ -- A fund was set up.", D(2020, 10, 12)),
    ("Hefei, China, Sept. 3, 2019 (Xinhua) -- The park opened.", D(2019, 9, 3)),
    ("A headline\n2023-03-21\nText of the story follows here.", D(2023, 3, 21)),
    ("A headline\nMarch 21, 2023\nText", D(2023, 3, 21)),
    ("A headline | Updated: Jun 26, 2023\n", D(2023, 6, 26)),
    (" date 2021-07-12 The week is held every year since 2009.", D(2021, 7, 12)),
    ("Wednesday, May 9, 2018\nA blog\nUpdated: 2017-08-20\n", D(2017, 8, 20)),
    # no date stated
    ("On June 8th, the ceremony was held in Beijing.", None),
    ("In April 2010, the city announced a plan to attract 100 experts.", None),
    ("Copyright ©2018 Some Corp. All Rights Reserved.", None),
    ("10月27日消息，签约仪式举行。", None),
    ("Visit to the Province 2022\nRecently, the event ended.", None),
    ("", None),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:32] for c in CASES])
def test_find_published(text: str, expected: dt.date | None) -> None:
    assert find_published(text) == expected


def test_only_the_header_is_read() -> None:
    body = "\n".join(f"Paragraph {i} of the story, long enough to count as prose text." for i in range(30))
    assert find_published(body + "\nDate: 2020-01-01") is None


def test_header_line_opening_with_an_iso_date() -> None:
    from innovation_news.dates import find_published

    text = "A headline about a new industrial park\n2022-05-14 0 By Staff Writer\nThe park opened."
    assert find_published(text) == dt.date(2022, 5, 14)
    body_first = ("A long first paragraph of prose about the zone and its many new companies, "
                  "written as a body paragraph would be, well past a headline's length.\n"
                  "2022-05-14 0 By Staff Writer")
    assert find_published(body_first) is None
