"""Find and resolve the calendar references in a text (English and Chinese)."""

from __future__ import annotations

import calendar
import datetime as _dt
import re
from typing import Literal


from innovation_news.context import Context
from innovation_news.dates._grammar import (
    BRANCH_ORDER,
    BRANCH_RES,
    CN_DIGITS,
    CORE_RE,
    DATE_RE,
    LEFT_EN_RE,
    LEFT_ZH_RE,
    MAY_BEFORE_WORDS,
    MONTHS,
    ORDINALS,
    WEEKDAYS,
    YEAR_BEFORE_WORDS,
    YEAR_NOUNS,
    ZH_MEASURE,
)
from innovation_news._construct import construct
from innovation_news.errors import ParseError, ensure_text
from innovation_news.models.quantities import DateRange, Granularity, Span

__all__ = ["find_dates", "parse_date"]

Edge = Literal["start", "mid", "end"] | None
_D = _dt.date

_DAY = Granularity.DAY
_MONTH = Granularity.MONTH
_QUARTER = Granularity.QUARTER
_HALF = Granularity.HALF
_YEAR = Granularity.YEAR
_DECADE = Granularity.DECADE

_EDGE_OF: dict[str, Edge] = {
    "early": "start", "beginning": "start", "start": "start",
    "mid": "mid", "middle": "mid",
    "late": "end", "end": "end", "end-": "end", "close": "end",
    "earlier": None, "later": None,
}
_ZH_MONTH_EDGE: dict[str, Edge] = {
    "上旬": "start", "初": "start", "中旬": "mid", "下旬": "end", "底": "end", "末": "end",
}
_ZH_EDGE: dict[str, Edge] = {
    "年底": "end", "年末": "end", "底": "end", "末": "end",
    "年初": "start", "初": "start", "年中": "mid",
}

_WORD_BEFORE = re.compile(r"([A-Za-z$¥€£]+\.?|US\$|HK\$)[ \t\u00a0]{0,2}\Z")
_WORD_AFTER = re.compile(r"[ \t\u00a0]{0,2}([A-Za-z%]+)")
_OF_AFTER = re.compile(r"[ \t\u00a0]{1,3}of[ \t\u00a0]")
_AND_DAY = re.compile(
    r"[ \t\u00a0]{1,3}(?:and|&)[ \t\u00a0]{1,3}(3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?"
    r"(?![0-9A-Za-z%])(?![ \t\u00a0]{1,3}(?!(?:this|last|next|of|in|at|to|respectively|when|"
    r"with|and|the|as|for|on|that|which|while)\b)[a-z])"
)
_NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                 "eight": 8, "nine": 9, "ten": 10, "eleven": 11}
_AFTER_MONTHS = re.compile(r"[ \t\u00a0]{1,3}(?:after|of|since|following|from)\b")
_CJK_CORE = frozenset("年月日季")
_ZH_YEAR_END = frozenset("底末初")
_GAP_CHARS = " \t\u00a0-:："
_WORD = re.compile(r"[A-Za-z0-9]+")
_DIGITS = re.compile(r"[0-9]*")
_WD_GAP = re.compile(r",?[ \t\u00a0]{1,2}(?=[0-9A-Z])")
_ZD_BAD_BEFORE = frozenset("第每近个前后数几这那当次周期余多约共逾超")


class _Item:
    """One date found, before it becomes a :class:`DateRange`."""

    __slots__ = ("start", "end", "first", "last", "gran", "edge", "year", "month", "day")

    def __init__(
        self,
        start: int,
        end: int,
        first: _D | None,
        last: _D | None,
        gran: Granularity,
        edge: Edge = None,
        year: int | None = None,
        month: int | None = None,
        day: int | None = None,
    ) -> None:
        self.start = start
        self.end = end
        self.first = first
        self.last = last
        self.gran = gran
        self.edge = edge
        self.year = year
        self.month = month
        self.day = day


# ---------------------------------------------------------------- calendar helpers


def _month_last(y: int, m: int) -> int:
    return calendar.monthrange(y, m)[1]


def _valid_day(y: int | None, m: int, d: int) -> bool:
    if not 1 <= m <= 12 or d < 1:
        return False
    return d <= _month_last(2000 if y is None else y, m)


def _ok_year(y: int) -> bool:
    return 1 <= y <= 9999


def _year_span(y: int | None) -> tuple[_D | None, _D | None]:
    if y is None or not _ok_year(y):
        return None, None
    return _D(y, 1, 1), _D(y, 12, 31)


def _month_span(y: int | None, m: int) -> tuple[_D | None, _D | None]:
    if y is None or not _ok_year(y):
        return None, None
    return _D(y, m, 1), _D(y, m, _month_last(y, m))


def _day_span(y: int | None, m: int, d: int) -> tuple[_D | None, _D | None]:
    if y is None or not _ok_year(y) or not _valid_day(y, m, d):
        return None, None
    day = _D(y, m, d)
    return day, day


def _quarter_span(y: int | None, q: int) -> tuple[_D | None, _D | None]:
    if y is None or not _ok_year(y):
        return None, None
    m2 = q * 3
    return _D(y, m2 - 2, 1), _D(y, m2, _month_last(y, m2))


def _half_span(y: int | None, h: int) -> tuple[_D | None, _D | None]:
    if y is None or not _ok_year(y):
        return None, None
    return (_D(y, 1, 1), _D(y, 6, 30)) if h == 1 else (_D(y, 7, 1), _D(y, 12, 31))


def _zh_int(s: str) -> int:
    """An integer written in Arabic digits or Chinese numerals (up to 99, or digit strings)."""
    if s.isdigit():
        return int(s)
    if "十" in s:
        tens, _, ones = s.partition("十")
        return (CN_DIGITS[tens] if tens else 1) * 10 + (CN_DIGITS[ones] if ones else 0)
    value = 0
    for ch in s:
        value = value * 10 + CN_DIGITS[ch]
    return value


def _month_of(word: str) -> int:
    return MONTHS[word.rstrip(".").lower()]


# ---------------------------------------------------------------- the scanner


class _Scanner:
    """Holds the text, the reference dates and the discourse state while scanning."""

    __slots__ = ("text", "pub", "ref_year", "ref_month", "last_year", "last_month")

    def __init__(
        self, text: str, pub: _D | None, ref_year: int | None, ref_month: int | None
    ) -> None:
        self.text = text
        self.pub = pub
        self.ref_year = ref_year
        self.ref_month = ref_month
        self.last_year: int | None = None
        self.last_month: int | None = None

    # -- relative years

    def rel_year(self, word: str) -> int | None:
        if self.ref_year is None:
            return None
        w = word.lower()
        if w in ("this", "今", "current"):
            return self.ref_year
        if w in ("last", "去", "previous", "preceding"):
            return self.ref_year - 1
        if w in ("next", "明", "coming"):
            return self.ref_year + 1
        return None

    def day_end(self, m: re.Match[str], group: str) -> int:
        end = m.end(group)
        if self.text[end:end + 2] in ("st", "nd", "rd", "th"):
            end += 2
        return end

    def word_before(self, pos: int) -> str:
        w = _WORD_BEFORE.search(self.text, max(0, pos - 16), pos)
        return w.group(1).lower() if w else ""

    def word_after(self, pos: int) -> str:
        w = _WORD_AFTER.match(self.text, pos)
        return w.group(1).lower() if w else ""

    # -- the dispatcher

    def handle(self, kind: str, m: re.Match[str]) -> list[_Item] | None:
        handler = getattr(self, "_" + kind)
        result: list[_Item] | None = handler(m)
        return result

    # -- English

    def _iso(self, m: re.Match[str]) -> list[_Item] | None:
        y, mo, d = int(m["iso_y"]), int(m["iso_m"]), int(m["iso_d"])
        if not _valid_day(y, mo, d):
            return None
        if m["iso_sep"] == "." and self.text[m.end():m.end() + 1].isdigit():
            return None
        self.last_year, self.last_month = y, mo
        day = _D(y, mo, d)
        return [_Item(m.start(), m.end(), day, day, _DAY, None, y, mo, d)]

    def _dmy(self, m: re.Match[str]) -> list[_Item] | None:
        y, mo, d = int(m["dmy_y"]), int(m["dmy_m"]), int(m["dmy_d"])
        if not _valid_day(y, mo, d):
            return None
        self.last_year, self.last_month = y, mo
        day = _D(y, mo, d)
        return [_Item(m.start(), m.end(), day, day, _DAY, None, y, mo, d)]

    def _md(self, m: re.Match[str]) -> list[_Item] | None:
        text = self.text
        mon = _month_of(m["md_mon"])
        d = int(m["md_d"])
        y_text = m["md_y"]
        rel = m["md_rel"]
        conn = m["md_conn"]
        start = m.start() if (m["md_from"] and conn) else m.start("md_mon")
        if conn is None or (conn == "and" and not m["md_from"]):
            # one date (perhaps followed by "and 15": two dates)
            y2_text = m["md_y2"] if conn else None
            first_end = m.end("md_y") if y_text else self.day_end(m, "md_d")
            y = int(y_text) if y_text else (int(y2_text) if y2_text else None)
            if y is None and rel:
                y = self.rel_year(rel)
            stated_y = y
            if y is None:
                y = self.ref_year
            if not _valid_day(y, mon, d):
                return None
            end = m.end() if conn is None else first_end
            items = [_Item(start, end, *_day_span(y, mon, d), _DAY, None, stated_y or y, mon, d)]
            if conn:
                mon2 = _month_of(m["md_mon2"]) if m["md_mon2"] else mon
                d2 = int(m["md_d2"])
                if _valid_day(y, mon2, d2):
                    items.append(_Item(m.start("md_mon2") if m["md_mon2"] else m.start("md_d2"),
                                       m.end(), *_day_span(y, mon2, d2), _DAY, None,
                                       stated_y or y, mon2, d2))
            elif not rel:
                more = _AND_DAY.match(text, m.end())
                if more:
                    d2 = int(more.group(1))
                    if _valid_day(y, mon, d2) and d2 > d:
                        items.append(_Item(more.start(1), more.end(), *_day_span(y, mon, d2),
                                           _DAY, None, stated_y or y, mon, d2))
            if y_text:
                self.last_year, self.last_month = int(y_text), mon
            return items
        # a range of days
        mon2 = _month_of(m["md_mon2"]) if m["md_mon2"] else mon
        d2 = int(m["md_d2"])
        y2 = int(m["md_y2"]) if m["md_y2"] else None
        y1 = int(y_text) if y_text else None
        if y1 is None and y2 is None and rel:
            y1 = y2 = self.rel_year(rel)
        if y1 is None:
            y1 = y2 if y2 is not None and (mon, d) <= (mon2, d2) else (
                y2 - 1 if y2 is not None else self.ref_year)
        if y2 is None:
            y2 = y1 if y1 is None or (mon2, d2) >= (mon, d) else y1 + 1
        if not (_valid_day(y1, mon, d) and _valid_day(y2, mon2, d2)):
            return None
        first = _day_span(y1, mon, d)[0]
        last = _day_span(y2, mon2, d2)[1]
        if first is not None and last is not None and first > last:
            return None
        if first is None or last is None:
            first = last = None
        same_y = y1 if y1 == y2 else None
        return [_Item(start, m.end(), first, last, _DAY, None, same_y,
                      mon if mon == mon2 else None, None)]

    def _dm(self, m: re.Match[str]) -> list[_Item] | None:
        mon = _month_of(m["dm_mon"])
        if m["dm_mon"].rstrip(".").lower() == "may" and not m["dm_y"] and not m["dm_mon"].istitle():
            return None
        d = int(m["dm_d"])
        y = int(m["dm_y"]) if m["dm_y"] else None
        if y is not None:
            self.last_year, self.last_month = y, mon
        ry = y if y is not None else self.ref_year
        if not _valid_day(ry, mon, d):
            return None
        return [_Item(m.start(), m.end(), *_day_span(ry, mon, d), _DAY, None, ry, mon, d)]

    def _my(self, m: re.Match[str]) -> list[_Item] | None:
        word = m["my_mon"]
        mon = _month_of(word)
        pre = m["my_pre"]
        frm = m["my_from"]
        conn = m["my_conn"]
        y_text, rel, the = m["my_y"], m["my_rel"], m["my_the"]
        start = m.start()
        edge: Edge = None
        pre_rel: str | None = None
        if pre:
            key = pre.split()[-1].lower() if " " in pre or "\t" in pre else pre.lower()
            if key == "of":
                key = pre.split()[-2].lower()
            if key in ("this", "last", "next"):
                pre_rel = key
            elif key in ("earlier", "later"):
                start = m.start("my_from") if frm else m.start("my_mon")
            else:
                edge = _EDGE_OF[key]
        if frm and not conn:
            start = m.start("my_mon") if not pre else start
        bare = not (pre or conn or y_text or rel or the)
        clean = word.rstrip(".")
        if bare:
            if clean.lower() != word.lower() or len(clean) <= 4 and clean != "June" and clean != "July" \
                    and clean != "May":
                return None  # a bare abbreviation ("Jan", "Dec.") is too often a name
            if clean == "May" and self.word_before(start) not in MAY_BEFORE_WORDS:
                return None
        # the year
        if y_text:
            y: int | None = int(y_text)
            self.last_year, self.last_month = y, mon
        elif rel:
            y = self.rel_year(rel)
        elif pre_rel is not None and self.pub is not None:
            cur = self.pub.month
            if pre_rel == "this":
                y = self.pub.year
            elif pre_rel == "last":
                y = self.pub.year if mon < cur else self.pub.year - 1
            else:
                y = self.pub.year if mon > cur else self.pub.year + 1
        elif pre_rel is not None:
            y = self.rel_year("this") if pre_rel == "this" else None
        else:
            y = self.ref_year
        if conn:
            mon2 = _month_of(m["my_mon2"])
            if conn == "and" and not frm:
                e1 = m.end("my_mon")
                return [
                    _Item(start, e1, *_month_span(y, mon), _MONTH, edge, y, mon),
                    _Item(m.start("my_mon2"), m.end(), *_month_span(y, mon2), _MONTH, None, y, mon2),
                ]
            if mon2 <= mon or edge is not None:
                return None
            first = _month_span(y, mon)[0]
            last = _month_span(y, mon2)[1]
            return [_Item(start, m.end(), first, last, _MONTH, None, y, None)]
        return [_Item(start, m.end(), *_month_span(y, mon), _MONTH, edge, y, mon)]

    def _year_spec(self, m: re.Match[str], prefix: str) -> tuple[int | None, bool]:
        """The year of a quarter/half: stated, relative, or (not stated) the reference year."""
        for g in ("_y", "_y2"):
            v = m[prefix + g]
            if v:
                return int(v), True
        for g in ("_rel", "_rel2"):
            v = m[prefix + g]
            if v:
                return self.rel_year(v), True
        if m[prefix + "_the"]:
            return self.ref_year, True
        return self.ref_year, False

    def _q(self, m: re.Match[str]) -> list[_Item] | None:
        ordinal = m["q_ord"].lower()
        y, stated = self._year_spec(m, "q")
        if not stated and _OF_AFTER.match(self.text, m.end()):
            return None  # "the first half of the plan period", "the first quarter of the game"
        if ordinal in ("last", "final") and not stated:
            return None
        n = ORDINALS[ordinal]
        if m["q_n"]:
            if ordinal != "first":
                return None
            count = 2 if m["q_n"] == "two" else 3
            first, last = _quarter_span(y, 1)[0], _quarter_span(y, count)[1]
            return [_Item(m.start(), m.end(), first, last, _QUARTER, None, y)]
        if m["q_unit"] == "half":
            if n > 2:
                return None
            if ordinal in ("last", "final"):
                n = 2
            return [_Item(m.start(), m.end(), *_half_span(y, n), _HALF, None, y)]
        return [_Item(m.start(), m.end(), *_quarter_span(y, n), _QUARTER, None, y)]

    def _fm(self, m: re.Match[str]) -> list[_Item] | None:
        y, stated = self._year_spec(m, "fm")
        if not stated and _AFTER_MONTHS.match(self.text, m.end()):
            return None  # "the first three months after the launch"
        word = m["fm_n"]
        n = int(word) if word.isdigit() else _NUMBER_WORDS[word]
        if y is None or not _ok_year(y):
            return [_Item(m.start(), m.end(), None, None, _MONTH, None, y)]
        return [_Item(m.start(), m.end(), _D(y, 1, 1), _D(y, n, _month_last(y, n)), _MONTH, None, y)]

    def _zrm(self, m: re.Match[str]) -> list[_Item] | None:
        w = m["zrm_w"]
        return self._rel_month(m.start(), m.end(), "this" if w == "本" else
                               "last" if w[0] == "上" else "next", None)

    def _qq(self, m: re.Match[str]) -> list[_Item] | None:
        n = int(m["qq_n"])
        y = int(m["qq_y"]) if m["qq_y"] else self.ref_year
        if m["qq_u"] == "H":
            if n > 2 or not m["qq_y"]:
                return None  # "H1" alone is as often a virus or a heading
            return [_Item(m.start(), m.end(), *_half_span(y, n), _HALF, None, y)]
        return [_Item(m.start(), m.end(), *_quarter_span(y, n), _QUARTER, None, y)]

    def _dec(self, m: re.Match[str]) -> list[_Item] | None:
        y = int(m["dec_y"])
        pre = m["dec_pre"]
        edge = _EDGE_OF[pre.lower()] if pre else None
        return [_Item(m.start(), m.end(), _D(y, 1, 1), _D(y + 9, 12, 31), _DECADE, edge, y)]

    def _ey(self, m: re.Match[str]) -> list[_Item] | None:
        pre = m["ey_pre"].split()
        key = pre[-2].lower() if pre[-1].lower() == "of" else pre[-1].lower()
        edge = _EDGE_OF[key]
        if key in ("earlier", "later") and not m["ey_rel"]:
            return None
        if m["ey_y"]:
            y: int | None = int(m["ey_y"])
            return [_Item(m.start(), m.end(), *_year_span(y), _YEAR, edge, y)]
        unit = m["ey_unit"] or m["ey_unit2"]
        word = m["ey_rel"] or "this"
        if unit == "year":
            y = self.rel_year(word)
            return [_Item(m.start(), m.end(), *_year_span(y), _YEAR, edge, y)]
        return self._rel_month(m.start(), m.end(), word, edge)

    def _rel_month(self, start: int, end: int, word: str, edge: Edge) -> list[_Item] | None:
        if self.pub is None:
            return [_Item(start, end, None, None, _MONTH, edge)]
        w = word.lower()
        y, mo = self.pub.year, self.pub.month
        if w in ("last", "previous", "preceding"):
            y, mo = (y, mo - 1) if mo > 1 else (y - 1, 12)
        elif w in ("next", "coming"):
            y, mo = (y, mo + 1) if mo < 12 else (y + 1, 1)
        elif w not in ("this", "current"):
            return None
        return [_Item(start, end, *_month_span(y, mo), _MONTH, edge, y, mo)]

    def _ry(self, m: re.Match[str]) -> list[_Item] | None:
        word = m["ry_w"].split()[-1].lower()
        if word in ("following", "next") and " " in m["ry_w"].strip():
            return None  # "the following year": relative to the story, not to publication
        if m["ry_unit"] == "month":
            return self._rel_month(m.start(), m.end(), word, None)
        y = self.rel_year(word)
        return [_Item(m.start(), m.end(), *_year_span(y), _YEAR, None, y)]

    def _range_years(self, start: int, end: int, y1: int, y2_text: str) -> list[_Item] | None:
        y2 = int(y2_text)
        if len(y2_text) == 2:
            y2 = y1 // 100 * 100 + y2
        if y2 <= y1 or y2 - y1 > 100:
            return None
        return [_Item(start, end, _D(y1, 1, 1), _D(y2, 12, 31), _YEAR)]

    def _yr(self, m: re.Match[str]) -> list[_Item] | None:
        y1 = int(m["yr_1"])
        conn = m["yr_conn"]
        y2_text = m["yr_2"]
        frm = m["yr_from"]
        start = m.start() if frm else m.start("yr_1")
        if conn == "and" and not frm:
            return None
        if len(y2_text) == 2 and conn == "-" and y2_text[0] == "0" and int(y2_text) <= y1 % 100:
            mo = int(y2_text)
            if 1 <= mo <= 12 and not self.text[m.end():m.end() + 1] == "-":
                self.last_year, self.last_month = y1, mo
                return [_Item(m.start("yr_1"), m.end(), *_month_span(y1, mo), _MONTH, None, y1, mo)]
            return None
        word = self.word_after(m.end())
        if word in YEAR_NOUNS:
            return None  # "2000-3000 yuan"
        return self._range_years(start, m.end(), y1, y2_text)

    def _iy(self, m: re.Match[str]) -> list[_Item] | None:
        y = int(m["iy_y"])
        if m["iy_y2"]:
            return self._range_years(m.start(), m.end(), y, m["iy_y2"])
        if self.word_after(m.end()) in YEAR_NOUNS:
            return None
        return [_Item(m.start(), m.end(), *_year_span(y), _YEAR, None, y)]

    def _wd(self, m: re.Match[str]) -> list[_Item] | None:
        # "Tuesday, May 8, 2018": the weekday belongs to the date that follows
        gap = _WD_GAP.match(self.text, m.end())
        if gap is not None:
            for name in ("iso", "md", "dm"):
                nxt = BRANCH_RES[name].match(self.text, gap.end())
                if nxt is not None:
                    items = self.handle(name, nxt)
                    if items is not None and len(items) == 1:
                        items[0].start = m.start()
                        return items
        wd = WEEKDAYS[m["wd_w"].lower()]
        if self.pub is None:
            return [_Item(m.start(), m.end(), None, None, _DAY)]
        day = self.pub - _dt.timedelta(days=(self.pub.weekday() - wd) % 7)
        return [_Item(m.start(), m.end(), day, day, _DAY, None, day.year, day.month, day.day)]

    def _mmdd(self, m: re.Match[str]) -> list[_Item] | None:
        mo, d = int(m["mmdd_m"]), int(m["mmdd_d"])
        if not _valid_day(None, mo, d):
            return None
        y = self.ref_year
        if y is not None and not _valid_day(y, mo, d):
            return None
        return [_Item(m.start(), m.end(), *_day_span(y, mo, d), _DAY, None, y, mo, d)]

    def _by(self, m: re.Match[str]) -> list[_Item] | None:
        text = self.text
        y = int(m["by_y"])
        if y < 1950 or y > 2099:
            return None
        end = m.end()
        nxt = text[end:end + 1]
        if nxt:
            if nxt.isalpha() and nxt.isascii():
                return None
            if nxt in ZH_MEASURE or nxt == "%" or nxt == "％":
                return None
        if self.word_after(end) in YEAR_NOUNS:
            return None
        if self.word_before(m.start()) in YEAR_BEFORE_WORDS:
            return None
        return [_Item(m.start(), end, *_year_span(y), _YEAR, None, y)]

    # -- Chinese

    def _zh_suffix(self, start: int, end: int, y: int | None, suf: str) -> list[_Item] | None:
        if suf == "上半年":
            return [_Item(start, end, *_half_span(y, 1), _HALF, None, y)]
        if suf == "下半年":
            return [_Item(start, end, *_half_span(y, 2), _HALF, None, y)]
        if suf == "前三季度":
            first, last = _quarter_span(y, 1)[0], _quarter_span(y, 3)[1]
            return [_Item(start, end, first, last, _QUARTER, None, y)]
        if suf.endswith("季度"):
            q = ORDINALS[suf[-3]]
            return [_Item(start, end, *_quarter_span(y, q), _QUARTER, None, y)]
        if suf == "代":
            if y is None or y % 10:
                return None
            return [_Item(start, end, _D(y, 1, 1), _D(y + 9, 12, 31), _DECADE, None, y)]
        return [_Item(start, end, *_year_span(y), _YEAR, _ZH_EDGE[suf], y)]

    def _zh_md(
        self, start: int, end: int, y: int | None, m: re.Match[str], p: str
    ) -> list[_Item] | None:
        """The month[-month][day[-day]] part of a Chinese date, ``p`` the group prefix."""
        mo_text = m[p + "_m"]
        if not mo_text:
            return [_Item(start, end, *_year_span(y), _YEAR, None, y)]
        mo = _zh_int(mo_text)
        if not 1 <= mo <= 12:
            return None
        mo2_text = m[p + "_m2"]
        d_text = m[p + "_d"] if (p + "_d") in m.re.groupindex else None
        self.last_month = mo
        if y is not None:
            self.last_year = y
        if mo2_text:
            mo2 = _zh_int(mo2_text)
            if not mo < mo2 <= 12 or d_text:
                return None
            return [_Item(start, end, _month_span(y, mo)[0], _month_span(y, mo2)[1], _MONTH, None, y)]
        if not d_text:
            msuf = m[p + "_ms"]
            edge = _ZH_MONTH_EDGE[msuf] if msuf else None
            return [_Item(start, end, *_month_span(y, mo), _MONTH, edge, y, mo)]
        d = _zh_int(d_text)
        if not _valid_day(y, mo, d):
            return None
        d2_text = m[p + "_d2"] if (p + "_d2") in m.re.groupindex else None
        if d2_text:
            dm2 = m[p + "_dm2"]
            mo_b = _zh_int(dm2) if dm2 else mo
            d2 = _zh_int(d2_text)
            if not _valid_day(y, mo_b, d2) or (mo_b, d2) <= (mo, d):
                return None
            first = _day_span(y, mo, d)[0]
            last = _day_span(y, mo_b, d2)[1]
            return [_Item(start, end, first, last, _DAY, None, y, mo if mo == mo_b else None)]
        return [_Item(start, end, *_day_span(y, mo, d), _DAY, None, y, mo, d)]

    def _zyr(self, m: re.Match[str]) -> list[_Item] | None:
        y1, y2 = _zh_int(m["zyr_1"]), _zh_int(m["zyr_2"])
        if not 1000 <= y1 < y2 <= 2999:
            return None
        return [_Item(m.start(), m.end(), _D(y1, 1, 1), _D(y2, 12, 31), _YEAR)]

    def _zy(self, m: re.Match[str]) -> list[_Item] | None:
        y = _zh_int(m["zy_y"])
        if not 1000 <= y <= 2999:
            return None
        self.last_year = y
        if m["zy_suf"]:
            return self._zh_suffix(m.start(), m.end(), y, m["zy_suf"])
        return self._zh_md(m.start(), m.end(), y, m, "zy")

    def _zr(self, m: re.Match[str]) -> list[_Item] | None:
        y = self.rel_year(m["zr_w"])
        if m["zr_suf"]:
            return self._zh_suffix(m.start(), m.end(), y, m["zr_suf"])
        return self._zh_md(m.start(), m.end(), y, m, "zr")

    def _zs(self, m: re.Match[str]) -> list[_Item] | None:
        return self._zh_suffix(m.start(), m.end(), self.ref_year, m["zs_suf"])

    def _zyd(self, m: re.Match[str]) -> list[_Item] | None:
        if self.pub is None:
            return [_Item(m.start(), m.end(), None, None, _DAY)]
        day = self.pub - _dt.timedelta(days=1)
        return [_Item(m.start(), m.end(), day, day, _DAY, None, day.year, day.month, day.day)]

    def _zm(self, m: re.Match[str]) -> list[_Item] | None:
        if not m["zm_d"] and not m["zm_m"].isdigit():
            return None  # "三月" alone: too often part of a phrase
        y = self.last_year if self.pub is None and self.last_year is not None else self.ref_year
        return self._zh_md(m.start(), m.end(), y, m, "zm")

    def _zd(self, m: re.Match[str]) -> list[_Item] | None:
        start = m.start()
        if start and self.text[start - 1] in _ZD_BAD_BEFORE:
            return None
        d = int(m["zd_d"])
        if self.last_month is not None:
            y, mo = (self.last_year if self.last_year is not None else self.ref_year), self.last_month
        elif self.ref_month is not None:
            y, mo = self.ref_year, self.ref_month
        else:
            return [_Item(start, m.end(), None, None, _DAY, None, None, None, d)]
        if not _valid_day(y, mo, d):
            return None
        return [_Item(start, m.end(), *_day_span(y, mo, d), _DAY, None, y, mo, d)]


# ---------------------------------------------------------------- public API


_URL_DATE = re.compile(
    r"https?://[^\s/]{1,80}/(?:[^\s/]{1,40}/){0,4}?(?:[a-z_]{0,12})"
    r"((?:19|20)[0-9]{2})[-_/]?(0[1-9]|1[0-2])(?:[-_/]?(?:0[1-9]|[12][0-9]|3[01]))?(?=[/_.\-])"
)


_ANCHOR_WITHIN = 1200  # the lead: a year stated further down is as often a target year


def _anchor(text: str, items: list[_Item]) -> tuple[int, int | None] | None:
    """The document's own year (and month) for when the publication date is unknown.

    A dated link to the article itself (``.../202110/480178.shtml``,
    ``.../2021-10/01/...``) gives year and month; otherwise the first year the text states
    explicitly in the lead (a dated header, a title such as "Summit 2022", "in 2018") gives
    the year.
    """
    url = _URL_DATE.search(text)
    if url is not None:
        return int(url.group(1)), int(url.group(2))
    for it in items:
        if it.start > _ANCHOR_WITHIN:
            break
        if it.year is not None and it.gran is not _DECADE:
            return it.year, None
        if it.first is not None and it.gran is not _DECADE:
            return it.first.year, None
    return None


def _to_model(text: str, it: _Item) -> DateRange:
    first, last = it.first, it.last
    if first is None or last is None or first > last:
        first = last = None
    span = construct(Span, {"start": it.start, "end": it.end, "text": text[it.start:it.end]})
    return construct(DateRange, {
        "span": span, "start": first, "end": last, "granularity": it.gran, "edge": it.edge,
        "year": it.year, "month": it.month, "day": it.day,
    })


def _scan(
    text: str, pub: _D | None, anchor: tuple[int, int | None] | None = None
) -> list[_Item]:
    if pub is not None:
        sc = _Scanner(text, pub, pub.year, pub.month)
    elif anchor is not None:
        sc = _Scanner(text, None, anchor[0], anchor[1])
    else:
        sc = _Scanner(text, None, None, None)
    out: list[_Item] = []
    core_search = CORE_RE.search
    left_en = LEFT_EN_RE.search
    left_zh = LEFT_ZH_RE.search
    date_match = DATE_RE.match
    floor = 0  # no date may start before this (the end of the last one)
    pos = 0
    n = len(text)
    while pos < n:
        core = core_search(text, pos)
        if core is None:
            break
        p = core.start()
        ch = text[p]
        # where the expression may start: the core, or a chain of keywords before it
        starts: list[int] = []
        lo = max(floor, p - 48)
        if lo < p:
            if ch < "\u3000":
                # a keyword chain ends in a space, hyphen or colon right after a letter
                before = text[max(lo, p - 5):p].rstrip(_GAP_CHARS)
                if not before or not before[-1].isalnum() or len(before) == p - max(lo, p - 5):
                    chain = None
                else:
                    chain = left_en(text, lo, p)
                if chain is not None:
                    starts = [w.start() for w in _WORD.finditer(text, chain.start(), p)]
            else:
                chain = left_zh(text, max(floor, p - 4), p)
                if chain is not None:
                    starts = list(range(chain.start(), p))
        if starts or ch not in _CJK_CORE or (ch == "年" and text[p + 1:p + 2] in _ZH_YEAR_END):
            starts.append(p)
        elif ch == "昨" or ch == "年":
            starts.append(p)
        items: list[_Item] | None = None
        for at in starts:
            m = date_match(text, at)
            if m is None or m.end() <= p:
                continue
            kind = m.lastgroup
            assert kind is not None
            kind = kind[2:]
            items = sc.handle(kind, m)
            if items is None:
                items = _retry(sc, kind, at, p)
            if items is not None:
                break
        if items is None:
            run = _DIGITS.match(text, p) if "0" <= ch <= "9" else None
            if run is not None:  # no date starts inside this run of digits
                pos = max(run.end(), p + 1)
            else:
                pos = p + 1
            continue
        out.extend(items)
        floor = pos = items[-1].end
    return out


def _retry(sc: _Scanner, kind: str, at: int, core: int) -> list[_Item] | None:
    """Try the branches after ``kind`` at position ``at`` (the match must pass ``core``)."""
    later = BRANCH_ORDER[BRANCH_ORDER.index(kind) + 1:]
    for name in later:
        m = BRANCH_RES[name].match(sc.text, at)
        if m is not None and m.end() > core:
            items = sc.handle(name, m)
            if items is not None:
                return items
    return None


def find_dates(
    text: str, context: Context | None = None, *, infer_year: bool = True
) -> list[DateRange]:
    """Every calendar reference in ``text``, in order and non-overlapping.

    Relative dates ("this year", "上半年", "June 8th") are resolved against
    ``context.published``. Without it, and with ``infer_year`` (the default), they are
    resolved against the document's own year: the date of a dated link to the article, or
    else the first year the text states; when the text states none (or ``infer_year`` is
    false) ``start``/``end`` are ``None`` and ``year``/``month``/``day`` keep what the text
    states.

    >>> from innovation_news.context import Context
    >>> import datetime
    >>> [d.span.text for d in find_dates("Work began in late April and ends in 2025.")]
    ['late April', 'in 2025']
    >>> d = find_dates("the first half of this year", Context(published=datetime.date(2021, 6, 8)))[0]
    >>> (d.start.isoformat(), d.end.isoformat(), d.granularity.value)
    ('2021-01-01', '2021-06-30', 'half')
    """
    ensure_text(text, "find_dates")
    pub = context.published if context is not None else None
    # "Copyright © 2021": a page-furniture year, not a date the article speaks of
    items = [it for it in _scan(text, pub) if not _is_copyright(text, it)]
    if pub is None and infer_year and any(it.first is None for it in items):
        anchor = _anchor(text, items)
        if anchor is not None:
            items = [it for it in _scan(text, None, anchor) if not _is_copyright(text, it)]
    return [_to_model(text, it) for it in items]


_COPYRIGHT = re.compile(r"(?:copyright|©|\(c\))\W{0,3}\Z", re.IGNORECASE)


def _is_copyright(text: str, it: _Item) -> bool:
    return it.end - it.start == 4 and _COPYRIGHT.search(text, max(0, it.start - 16), it.start) is not None


def parse_date(text: str, context: Context | None = None) -> DateRange:
    """Read ``text`` as exactly one date expression (surrounding whitespace allowed).

    Raises :class:`~innovation_news.errors.ParseError` (``reason`` ``"empty"``,
    ``"no-date"`` or ``"trailing-text"``) when it is not.

    >>> parse_date("Dec. 11, 2017").start
    datetime.date(2017, 12, 11)
    """
    ensure_text(text, "parse_date")
    stripped = text.strip()
    if not stripped:
        raise ParseError("no date in an empty string", text=text, reason="empty")
    items = _scan(text, context.published if context is not None else None)
    if not items:
        raise ParseError(f"no date in {text!r}", text=text, reason="no-date")
    lead = len(text) - len(text.lstrip())
    tail = len(text.rstrip())
    if len(items) != 1 or items[0].start != lead or items[0].end != tail:
        raise ParseError(f"{text!r} is not exactly one date expression", text=text,
                         reason="trailing-text")
    return _to_model(text, items[0])
