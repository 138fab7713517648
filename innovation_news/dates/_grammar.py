"""The one compiled regular expression that finds date candidates, and its vocabulary.

Every branch of :data:`DATE_RE` is wrapped in a named group ``k_<kind>``; because that outer
group closes last, ``match.lastgroup`` names the branch that matched. All quantifiers are
bounded or applied to single characters/fixed alternatives, so matching is linear in the
length of the input (no nested unbounded repetition).
"""

from __future__ import annotations

import re

__all__ = [
    "DATE_RE",
    "CORE_RE",
    "LEFT_EN_RE",
    "LEFT_ZH_RE",
    "BRANCH_ORDER",
    "BRANCH_RES",
    "MONTHS",
    "ORDINALS",
    "WEEKDAYS",
    "CN_DIGITS",
    "YEAR_NOUNS",
    "YEAR_BEFORE_WORDS",
    "MAY_BEFORE_WORDS",
    "ZH_MEASURE",
]

#: month name or abbreviation (lower case) -> month number
MONTHS: dict[str, int] = {
    "january": 1, "jan": 1,
    "february": 2, "feb": 2,
    "march": 3, "mar": 3,
    "april": 4, "apr": 4,
    "may": 5,
    "june": 6, "jun": 6,
    "july": 7, "jul": 7,
    "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9,
    "october": 10, "oct": 10,
    "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}

WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3,
    "friday": 4, "saturday": 5, "sunday": 6,
}

ORDINALS: dict[str, int] = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3,
    "fourth": 4, "4th": 4, "last": 4, "final": 4,
    "一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4,
}

CN_DIGITS: dict[str, int] = {
    "〇": 0, "零": 0, "○": 0, "Ｏ": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
    "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
}

#: words after a bare 4-digit number that make it a count, an amount or a measure
YEAR_NOUNS: frozenset[str] = frozenset("""
yuan rmb cny usd hkd eur dollar dollars euro euros pounds yen won
mu hectare hectares ha acre acres square sq km km2 kilometer kilometers kilometre kilometres
meter meters metre metres m m2 sqm ton tons tonne tonnes kg kilograms kw kwh mw gw mwh gwh
people persons person residents companies company enterprises enterprise firms businesses
projects project units sets pieces households jobs employees workers staff students
talents teams items patents cases times returnees experts researchers scientists members
participants visitors contracts deals investors institutions startups start-ups products
vehicles cars beds rooms seats hours days weeks months years billion million thousand
mln bln bn percent per pct points graduates doctors engineers buildings stores shops
villages schools hospitals universities colleges labs laboratories platforms
""".split())

#: words just before a bare 4-digit number that make it a count or an amount
YEAR_BEFORE_WORDS: frozenset[str] = frozenset("""
no no. nos number room rm line flight route article document doc issue vol volume page
tel phone fax code id order top about around approximately nearly almost over some
than total exceeding exceeded rmb usd cny hk$ us$ $ ¥ € £
""".split())

#: the word before a bare "May" that makes it the month rather than the modal verb
MAY_BEFORE_WORDS: frozenset[str] = frozenset("""
in early late mid since until till from by this last next of during before after through
throughout between and to on
""".split())

#: characters after a bare Chinese 4-digit number that make it a count/amount/measure
ZH_MEASURE: frozenset[str] = frozenset(
    "个家人名元亩平万亿千百多余台套件项位户吨米次种所座条辆批份张篇株头只支间处栋层款根块片期届天小分秒周度倍强美欧港日英公斤升瓦千克兆"
)

_MON_FULL = "January|February|March|April|May|June|July|August|September|October|November|December"
_MON_ABBR = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"


def _mon(name: str) -> str:
    """A month name or abbreviation (abbreviations may carry a full stop)."""
    return rf"(?P<{name}>(?:{_MON_FULL}|(?:{_MON_ABBR})\.?)(?![A-Za-z]))"


def _day(name: str) -> str:
    # not a clock time: "May 21 2021 - 19:01" ends at the year
    return rf"(?P<{name}>3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?(?![0-9A-Za-z%]|:[0-9])"


def _year(name: str) -> str:
    return rf"(?P<{name}>(?:19|20)[0-9]{{2}})(?![0-9])"


_REL = r"[Tt]his|[Ll]ast|[Nn]ext"
_TO = r"(?:-|–|—|~|to|through|until|till|and)"
# "early/late/mid ...", "the beginning/end of ..."
_EDGE = (
    r"(?:[Tt]he\s{1,3}(?:very\s{1,3})?(?:end|beginning|start|middle|close)\s{1,3}of"
    r"|(?:[Ee]nd|[Bb]eginning|[Ss]tart|[Mm]iddle)\s{1,3}of"
    r"|[Ee]nd(?=-)|[Ee]arly|[Ll]ate|[Mm]id|[Ee]arlier|[Ll]ater)"
)

# Chinese components
_ZY = r"(?:19|20)[0-9]{2}(?![0-9])|[一二][〇零○一二三四五六七八九]{3}"
_ZM = r"1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九]"
_ZD = r"3[01]|[12][0-9]|0?[1-9]|三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九]"
_ZTO = r"[-—–~～至到]"
_ZMSUF = r"上旬|中旬|下旬|底|末|初(?![步期始次])"
_ZSUF = (
    r"上半年|下半年|前三季度|第?[一二三四1-4]季度|年底|年末|年初(?!步)|年中|底|末|初(?![步期始次])|代"
)

_SPACE = r"[ \t\u00a0]"

_BRANCHES: list[tuple[str, str]] = [
    # 2021-09-27 08:19:22 / Date:2021-09-27 / 2021/9/27
    ("iso", rf"""
        (?:(?P<iso_hdr>Date{_SPACE}{{0,3}}[:：]{_SPACE}{{0,3}})|(?<![0-9.\-/:])|(?<=[A-Za-z][:：]))
        (?P<iso_y>(?:19|20)[0-9]{{2}})(?P<iso_sep>[-/.])
        (?P<iso_m>1[0-2]|0?[1-9])(?P=iso_sep)(?P<iso_d>3[01]|[12][0-9]|0?[1-9])(?![0-9])
        (?:(?:T|{_SPACE}{{1,2}})[0-2]?[0-9]:[0-5][0-9](?::[0-5][0-9])?(?![0-9]))?
    """),
    # 31.12.2016 03:32 (day.month.year, as some page headers write it)
    ("dmy", rf"""
        (?<![0-9.\-/:])(?P<dmy_d>3[01]|[12][0-9]|0?[1-9])\.(?P<dmy_m>1[0-2]|0?[1-9])\.
        (?P<dmy_y>(?:19|20)[0-9]{{2}})(?![0-9A-Za-z]|\.[0-9])
        (?:{_SPACE}{{1,2}}[0-2]?[0-9]:[0-5][0-9](?::[0-5][0-9])?(?![0-9]))?
    """),
    # 2021-2023年 / 2021年至2023年
    ("zyr", rf"""
        (?<![0-9.\-/])(?P<zyr_1>{_ZY})\s?年?\s?{_ZTO}\s?(?P<zyr_2>{_ZY})\s?年
    """),
    # 2021年6月8日, 2021年6月, 2021年, 2012年1-4月, 2020年第一季度, 2020年底, 6月8日至9日
    ("zy", rf"""
        (?<![0-9.\-/])(?P<zy_y>{_ZY})\s?年
        (?:(?P<zy_suf>{_ZSUF})
          |(?P<zy_m>{_ZM})\s?(?:{_ZTO}\s?(?P<zy_m2>{_ZM})\s?)?月份?
           (?:(?P<zy_ms>{_ZMSUF})|(?P<zy_d>{_ZD})\s?[日号]
              (?:\s?{_ZTO}\s?(?:(?P<zy_dm2>{_ZM})\s?月)?(?P<zy_d2>{_ZD})\s?[日号]?)?)?)?
    """),
    # 今年, 去年上半年, 明年初, 今年3月8日
    ("zr", rf"""
        (?P<zr_w>[今去明])年
        (?:(?P<zr_suf>{_ZSUF})
          |(?P<zr_m>{_ZM})\s?(?:{_ZTO}\s?(?P<zr_m2>{_ZM})\s?)?月份?
           (?:(?P<zr_ms>{_ZMSUF})|(?P<zr_d>{_ZD})\s?[日号])?)?
    """),
    # 上半年 / 下半年 / 一季度 / 前三季度 / 年底 / 年初
    ("zs", r"(?<![年今去明多近几数每余个0-9一二三四五六七八九十两百千万])(?P<zs_suf>上半年|下半年|前三季度|第?[一二三四1-4]季度|年底|年末|年初)"),
    # 昨天 / 昨日
    ("zyd", r"(?P<zyd_w>昨天|昨日)"),
    # 本月 / 上月 / 上个月 / 下个月
    ("zrm", r"(?P<zrm_w>本|上个?|下个?)月(?![份额])"),
    # 6月8日, 6月, 1-9月, 6月8日至9日, 6月8日-7月2日
    ("zm", rf"""
        (?<![0-9.\-/:])(?P<zm_m>{_ZM})\s?(?:{_ZTO}\s?(?P<zm_m2>{_ZM})\s?)?月(?!份额)份?
        (?:(?P<zm_ms>{_ZMSUF})|(?P<zm_d>{_ZD})\s?[日号]
           (?:\s?{_ZTO}\s?(?:(?P<zm_dm2>{_ZM})\s?月)?(?P<zm_d2>{_ZD})\s?[日号]?)?)?
    """),
    # 24日 (a day of the month in running text)
    ("zd", r"(?<![0-9.\-/:])(?P<zd_d>3[01]|[12][0-9]|0?[1-9])日(?![内均元])"),
    # (from) June 8(th)(, 2021)( to/- (June) 9(, 2021))( this year)
    ("md", rf"""
        (?P<md_from>(?:[Ff]rom|[Bb]etween){_SPACE}{{1,3}})?
        {_mon("md_mon")}{_SPACE}{{0,2}}{_day("md_d")}
        (?:,?{_SPACE}{{0,2}}{_year("md_y")})?
        (?:{_SPACE}{{0,2}}(?P<md_conn>{_TO}){_SPACE}{{0,2}}
           (?:{_mon("md_mon2")}{_SPACE}{{0,2}})?{_day("md_d2")}
           (?:,?{_SPACE}{{0,2}}{_year("md_y2")})?)?
        (?:,?{_SPACE}{{1,3}}(?:of{_SPACE}{{1,3}})?(?P<md_rel>{_REL}){_SPACE}{{1,3}}year(?![A-Za-z-]))?
    """),
    # 8 June 2021 / 8th of June
    ("dm", rf"""
        (?<![0-9.,\-/:$])
        {_day("dm_d")}{_SPACE}{{1,2}}(?:of{_SPACE}{{1,2}})?{_mon("dm_mon")}
        (?:,?{_SPACE}{{0,2}}{_year("dm_y")})?
    """),
    # (the end of) (from) March (to May)( 2021 | this year | of the year)
    ("my", rf"""
        (?:(?P<my_pre>{_REL}|{_EDGE})(?:-|{_SPACE}{{1,3}}))?
        (?P<my_from>(?:[Ff]rom|[Bb]etween){_SPACE}{{1,3}})?
        {_mon("my_mon")}
        (?:{_SPACE}{{0,2}}(?P<my_conn>{_TO}){_SPACE}{{0,2}}{_mon("my_mon2")})?
        (?:,?{_SPACE}{{1,3}}(?:of{_SPACE}{{1,3}})?{_year("my_y")}
          |,?{_SPACE}{{1,3}}(?:of{_SPACE}{{1,3}})?(?P<my_rel>{_REL}){_SPACE}{{1,3}}year(?![A-Za-z-])
          |{_SPACE}{{1,3}}of{_SPACE}{{1,3}}the{_SPACE}{{1,3}}(?:same{_SPACE}{{1,3}})?(?P<my_the>year)(?![A-Za-z-]))?
    """),
    # the first quarter of this year / the second half of 2022 / the first three quarters
    ("q", rf"""
        (?:[Tt]he{_SPACE}{{1,3}})?
        (?P<q_ord>[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|1st|2nd|3rd|4th|[Ll]ast|[Ff]inal)
        (?:{_SPACE}{{1,3}}(?P<q_n>two|three){_SPACE}{{1,3}}(?P<q_units>quarters))?
        (?(q_n)|(?:-|{_SPACE}{{1,3}})(?P<q_unit>quarter|half)(?![A-Za-z-]))
        (?:{_SPACE}{{1,3}}of{_SPACE}{{1,3}}(?:(?P<q_the>the{_SPACE}{{1,3}}(?:same{_SPACE}{{1,3}})?year)
                                          |(?P<q_rel>{_REL}){_SPACE}{{1,3}}year
                                          |{_year("q_y")})(?![A-Za-z-])
          |,?{_SPACE}{{1,3}}{_year("q_y2")}
          |{_SPACE}{{1,3}}(?P<q_rel2>{_REL}){_SPACE}{{1,3}}year(?![A-Za-z-]))?
    """),
    # the first five months (of 2021 / of this year)
    ("fm", rf"""
        (?:[Tt]he{_SPACE}{{1,3}})?[Ff]irst{_SPACE}{{1,3}}
        (?P<fm_n>two|three|four|five|six|seven|eight|nine|ten|eleven|1[01]|[2-9]){_SPACE}{{1,3}}months
        (?:{_SPACE}{{1,3}}of{_SPACE}{{1,3}}(?:{_year("fm_y")}|(?P<fm_rel>{_REL}){_SPACE}{{1,3}}year
                                          |(?P<fm_the>the){_SPACE}{{1,3}}year)(?![A-Za-z-])
          |,?{_SPACE}{{1,3}}{_year("fm_y2")}
          |{_SPACE}{{1,3}}(?P<fm_rel2>{_REL}){_SPACE}{{1,3}}year(?![A-Za-z-]))?
    """),
    # Q1 2022 / H1 / 1H
    ("qq", rf"""
        (?<![A-Za-z0-9])(?P<qq_u>[QH])(?P<qq_n>[1-4])(?![A-Za-z0-9])
        (?:(?:,?{_SPACE}{{1,2}}|'){_year("qq_y")})?
    """),
    # (the) (late) 1970s
    ("dec", r"""
        (?:[Tt]he[ \t]{1,3})?(?:(?P<dec_pre>[Ee]arly|[Ll]ate|[Mm]id)(?:-|[ \t]{1,3}))?
        (?<![0-9])(?P<dec_y>(?:1[89]|20)[0-9]0)'?s(?![A-Za-z0-9])
    """),
    # early 2024, the end of 2020, the end of the year, mid-2021, earlier this year
    ("ey", rf"""
        (?P<ey_pre>{_EDGE})(?:-|{_SPACE}{{1,3}})
        (?:{_year("ey_y")}
          |(?P<ey_rel>{_REL}){_SPACE}{{1,3}}(?P<ey_unit>year|month)(?![A-Za-z-])
          |(?P<ey_the>the){_SPACE}{{1,3}}(?P<ey_unit2>year|month)(?![A-Za-z-]))
    """),
    # (from) 2021-2023 / 2021 to 2025 / between 2021 and 2023 / 2021-22
    ("yr", rf"""
        (?P<yr_from>(?:[Ff]rom|[Bb]etween){_SPACE}{{1,3}})?
        (?<![0-9.,\-/:$¥])(?P<yr_1>(?:19|20)[0-9]{{2}})
        (?:{_SPACE}{{0,2}}(?P<yr_conn>-|–|—|~|to|through|until|and){_SPACE}{{0,2}}
           (?P<yr_2>(?:19|20)[0-9]{{2}}|[0-9]{{2}})(?![0-9.,%]))
    """),
    # this year / last year / the previous year / next month
    ("ry", rf"""
        (?P<ry_w>{_REL}|[Tt]he{_SPACE}{{1,3}}(?:previous|current|coming|following|next|preceding))
        {_SPACE}{{1,3}}(?P<ry_unit>year|month)(?![A-Za-z-])
    """),
    # in 2018 / in 2021-2023
    ("iy", rf"""
        (?P<iy_w>[Ii]n){_SPACE}{{1,3}}{_year('iy_y')}
        (?:{_SPACE}{{0,2}}(?:-|–|—|~|to){_SPACE}{{0,2}}(?P<iy_y2>(?:19|20)[0-9]{{2}}|[0-9]{{2}})(?![0-9.,%]))?
        (?![.,][0-9])
    """),
    # Wednesday
    ("wd", r"(?P<wd_w>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?![A-Za-z])"),
    # 02-06 (month-day with zero-padded month, no year)
    ("mmdd", r"(?<![0-9.\-/:])(?P<mmdd_m>0[1-9])-(?P<mmdd_d>[0-3][0-9])(?![0-9\-:.])"),
    # a bare year: 2020
    ("by", r"(?<![0-9.,\-/:$¥#+_A-Za-z])(?P<by_y>(?:19|20)[0-9]{2})(?![0-9]|[.,][0-9]|-[0-9A-Za-z]|:[0-9])"),
]

DATE_RE: re.Pattern[str] = re.compile(
    "|".join(f"(?P<k_{name}>{body})" for name, body in _BRANCHES), re.VERBOSE
)

#: the branch names in the order the alternation tries them
BRANCH_ORDER: tuple[str, ...] = tuple(name for name, _ in _BRANCHES)

#: each branch compiled on its own, to try the later branches at a position where the
#: branch that matched first was rejected by the checks in Python
class _LazyBranches(dict[str, re.Pattern[str]]):
    """Compiled on first use: most texts never need a branch on its own, and compiling all of
    them up front would double the cost of a fresh process's first call."""

    _bodies = dict(_BRANCHES)

    def __missing__(self, name: str) -> re.Pattern[str]:
        pattern = re.compile(f"(?P<k_{name}>{self._bodies[name]})", re.VERBOSE)
        self[name] = pattern
        return pattern


BRANCH_RES: dict[str, re.Pattern[str]] = _LazyBranches()


#: a "core" that every date expression contains: a digit, a month or weekday name, the words
#: year/month/quarter/half, Q1-Q4/H1-H2, or one of 年月日季昨. It starts with one character
#: class, so the regex engine skips everything else at C speed.
CORE_RE: re.Pattern[str] = re.compile(
    r"""[0-9年月日季昨JFMASONDTWQHymqh]
    (?:(?<=[年月日季昨])
      |(?<=[0-9])(?<![0-9].)    # a digit run that can start a date:
       (?:(?<=1)[89][0-9]{2}(?![0-9])|(?<=2)0[0-9]{2}(?![0-9])    # a year 1800-2099,
         |[0-9]?(?![0-9])                                         # or 1-2 digits before
          (?=(?:st|nd|rd|th)?[ \t\u00a0]{0,2}[月日号\-—–~～至到]     # 月/日 or a dash,
            |(?:st|nd|rd|th)?[ \t\u00a0]{1,2}(?:of[ \t\u00a0]{1,2})?[A-Z]  # a month name,
            |[/.][0-9]))                                           # or a separator
      |(?<![A-Za-z].)
       (?:(?<=J)(?:an|u[nl])|(?<=F)(?:eb|ri)|(?<=M)(?:a[ry]|on)|(?<=A)(?:pr|ug)
         |(?<=S)(?:ep|at|un)|(?<=O)ct|(?<=N)ov|(?<=D)(?:ec|ate)|(?<=T)(?:ue|hu)|(?<=W)ed
         |(?<=[QH])[1-4]|(?<=y)ear|(?<=m)onth|(?<=q)uarter|(?<=h)alf))""",
    re.VERBOSE,
)

_KEYWORDS = (
    "[0-9]{1,2}|the|this|last|next|from|between|early|late|mid|middle|end|beginning|start|close|very|of|in"
    "|earlier|later|first|second|third|fourth|final|1st|2nd|3rd|4th|previous|current|coming"
    "|following|preceding|same|two|three|four|five|six|seven|eight|nine|ten|eleven|date"
)

#: the words that may stand before a core inside one date expression ("the end of", "from",
#: "In"), matched backwards from the core: the chain must end right at the core
LEFT_EN_RE: re.Pattern[str] = re.compile(
    rf"(?<![A-Za-z])(?:(?i:{_KEYWORDS})(?:[ \t\u00a0]{{1,3}}|-|[:：][ \t\u00a0]{{0,3}}))+\Z"
)

#: Chinese characters that may stand before 年/月/日/季 inside one date expression
LEFT_ZH_RE: re.Pattern[str] = re.compile(r"[今去明上下半前第本个〇零○一二三四五六七八九十两]{1,4}\Z")
