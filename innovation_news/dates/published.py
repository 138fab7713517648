"""Pick the publication date from the header lines of a news page.

A page states its date near the top, in one of a few shapes (most trusted first):

1. a labelled date: ``Date:2021-09-27 08:19:22``, ``Updated: July 6, 2021``,
   ``Published: 2021-07-06``, ``Release time: ...``, ``发布时间：2021年7月6日``, ``时间：...``;
2. a wire dateline: ``BEIJING, June 8, 2021 /PRNewswire/ --``, ``Guangzhou, China, Aug. 10,
   2016 (Xinhua) --``;
3. a date with a clock time: ``2012-12-20 20:31:35 作者:...``, ``Foshan China 2024-02-20 17:42``;
4. a line that is only a date: ``2023-03-21``, ``Jun 26, 2023``, ``2021年6月8日``.

Only the header is read: the first lines, skipping menu furniture, up to the first dozen
lines of prose. Dates inside sentences ("In April 2010, ...") are never taken.
"""

from __future__ import annotations

import datetime as _dt
import re

from innovation_news.dates._grammar import MONTHS

__all__ = ["find_published"]

_MON = (
    r"(?P<mon>(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)(?![A-Za-z]))"
)
_DAY = r"(?P<day>3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?(?![0-9])"
_YEAR = r"(?P<year>(?:19|20)[0-9]{2})(?![0-9])"

# the date shapes, each with groups year/mon(th)/day
_EN_DATE = rf"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s{{1,2}})?{_MON}\s{{0,2}}{_DAY},?\s{{0,2}}{_YEAR}"
_DMY_DATE = rf"{_DAY}\s{{1,2}}{_MON},?\s{{0,2}}{_YEAR}"
_ISO_DATE = (
    r"(?<![0-9])(?P<year>(?:19|20)[0-9]{2})(?P<sep>[-/.])(?P<month>1[0-2]|0?[1-9])(?P=sep)"
    r"(?P<day>3[01]|[12][0-9]|0?[1-9])(?![0-9])"
)
_ZH_DATE = (
    r"(?<![0-9])(?P<year>(?:19|20)[0-9]{2})\s?年\s?(?P<month>1[0-2]|0?[1-9])\s?月\s?"
    r"(?P<day>3[01]|[12][0-9]|0?[1-9])\s?[日号]"
)
_NUM_DMY_DATE = (  # 31.12.2016
    r"(?<![0-9.])(?P<day>3[01]|[12][0-9]|0?[1-9])\.(?P<month>1[0-2]|0?[1-9])\."
    r"(?P<year>(?:19|20)[0-9]{2})(?![0-9])"
)
_TIME = r"(?:\s{1,3}|T)[0-2]?[0-9]:[0-5][0-9]"
_LEADING_ISO = re.compile(
    r"^\W{0,3}(?P<year>(?:19|20)[0-9]{2})-(?P<month>1[0-2]|0[1-9])-(?P<day>3[01]|[12][0-9]|0[1-9])"
    r"(?![0-9])\s"
)
_LEADING_LINES = 8

_SHAPES = [_EN_DATE, _DMY_DATE, _ISO_DATE, _ZH_DATE, _NUM_DMY_DATE]

_LABEL = re.compile(
    r"(?:\b(?:[Dd]ate|DATE|[Uu]pdated?|UPDATED|[Pp]ublished|PUBLISHED|[Pp]osted|[Rr]eleased?"
    r"|[Rr]elease\s(?:[Tt]ime|[Dd]ate)|[Pp]ublish(?:ing)?\s(?:[Tt]ime|[Dd]ate)|[Tt]ime)\b\s{0,3}(?:on\b)?"
    r"|发布时间|发布日期|发表时间|更新时间|时间|日期|发布于)\s{0,3}[:：]?\s{0,3}$"
)
_DATELINE = [re.compile(rf"{s}\s{{0,3}}(?:/|\(|--|–|—|-\s)") for s in (_EN_DATE, _DMY_DATE)]
_WITH_TIME = [re.compile(rf"{s}{_TIME}") for s in (_ISO_DATE, _ZH_DATE, _NUM_DMY_DATE)]
_ONLY_DATE = [
    re.compile(rf"^\W{{0,3}}{s}(?:{_TIME}(?::[0-5][0-9])?)?\W{{0,3}}$") for s in _SHAPES
]

_SHAPE_RES = [re.compile(s) for s in _SHAPES]
_MAX_PROSE_LINES = 12
_DIGIT = re.compile(r"(?<![0-9])(?:19|20)[0-9]{2}(?![0-9])")
_MAX_LINES = 250
_MAX_CHARS = 8000


def _date_of(m: re.Match[str]) -> _dt.date | None:
    groups = m.groupdict()
    try:
        year = int(groups["year"])
        mon = groups.get("mon")
        month = MONTHS[mon.rstrip(".").lower()] if mon else int(groups["month"])
        return _dt.date(year, month, int(groups["day"]))
    except (KeyError, TypeError, ValueError):
        return None


def _first_date(line: str, pos: int = 0) -> tuple[_dt.date, int] | None:
    """The earliest date of any shape starting at or after ``pos``, and its start."""
    best: tuple[_dt.date, int] | None = None
    for rx in _SHAPE_RES:
        m = rx.search(line, pos)
        if m is not None and (best is None or m.start() < best[1]):
            day = _date_of(m)
            if day is not None:
                best = (day, m.start())
    return best


def _header_lines(text: str) -> list[str]:
    lines: list[str] = []
    prose = 0
    for line in text[:_MAX_CHARS].splitlines()[:_MAX_LINES]:
        line = line.strip()
        if not line:
            continue
        lines.append(line)
        if len(line) >= 40:
            prose += 1
            if prose >= _MAX_PROSE_LINES:
                break
    return lines


def find_published(text: str) -> _dt.date | None:
    """The publication date stated in the header of ``text``, or ``None``.

    >>> find_published("Some headline\\nUpdated: July 6, 2021\\nThe park opened ...")
    datetime.date(2021, 7, 6)
    >>> find_published("封面新闻 2020-03-26 17:03\\n3月26日，项目开工。")
    datetime.date(2020, 3, 26)
    >>> find_published("In April 2010, the city announced a plan.") is None
    True
    """
    # every shape of date holds a four-digit year: other lines are skipped at C speed
    lines = [line for line in _header_lines(text) if _DIGIT.search(line) is not None]
    # 1. a labelled date
    for line in lines:
        for labelled, start in _iter_dates(line):
            if _LABEL.search(line, 0, start):
                return labelled
    # 2. a wire dateline; 3. a date with a clock time near the start of a line
    for shapes, limit in ((_DATELINE, 60), (_WITH_TIME, 40)):
        for line in lines:
            for rx in shapes:
                m = rx.search(line)
                if m is not None and m.start() < limit:
                    stated = _date_of(m)
                    if stated is not None:
                        return stated
    # 4. a line that is only a date
    for line in lines:
        for rx in _ONLY_DATE:
            m = rx.match(line)
            if m is not None:
                alone = _date_of(m)
                if alone is not None:
                    return alone
    # 5. a header line that opens with a full ISO date ("2022-05-14 0 By ..."), before prose
    for line in _header_lines(text)[:_LEADING_LINES]:
        if len(line) >= 120 and not _LEADING_ISO.match(line):
            break  # the body has begun
        m = _LEADING_ISO.match(line)
        if m is not None:
            lead = _date_of(m)
            if lead is not None:
                return lead
    return None


def _iter_dates(line: str) -> list[tuple[_dt.date, int]]:
    out: list[tuple[_dt.date, int]] = []
    pos = 0
    while True:
        found = _first_date(line, pos)
        if found is None:
            return out
        out.append(found)
        pos = found[1] + 1
