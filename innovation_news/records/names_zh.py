"""Find candidate names of parks, initiatives and talent programmes in Chinese text.

A Chinese name is a run of name characters (CJK, Latin letters, digits, ``·•`` and paired
quotes) that ends in a head (``产业园``, ``开发区``, ``新区``, ``基地``, ``科创园``,
``计划``, ``大赛``, ``洽谈会`` ...; vocabularies in ``data/records_zh.toml``), bounded on
the left by punctuation or by a boundary word (``的``, ``在``, ``举办``, ``位于``, ``对接`` ...).

* An event name runs from the previous event head ("…大赛大鹏新区" gives the contest and
  the park ``大鹏新区``); a park inside an event name is also a park of its own
  ("X产业园招商推介会"). Coordination (``与``, ``和``) may sit inside an event name;
  ``A会暨B会`` is one event unless B opens with a year or an edition (``第三届``).
* A park name never contains coordination or clause verbs (``标志着``, ``布局``, ``根据``,
  ``建设``, ``发挥``, ``推动`` ... ``park_boundaries``), loses a leading year, and is dropped
  when it opens with a generic determiner (``全市``, ``该``), is followed by a company
  suffix (``…园区建设发展有限公司``), lies inside a 《title》, or is longer than 24 characters.
* A 《title》 ending in an initiative head (``规划``, ``方案``, ``意见`` ...) is a plan/policy.
* Names whose modifier is only generic (``优惠政策``, ``高峰论坛``, ``共建园区``) are dropped.
"""

from __future__ import annotations

import bisect
import re
import tomllib
from collections.abc import Sequence
from importlib import resources
from typing import Any

import attrs

from innovation_news.numbers._vocab import alternation
from innovation_news.records.names import NameMention

__all__ = ["find_names_zh", "ends_in_head"]

Pair = tuple[int, int]

_VOCAB: dict[str, Any] | None = None


def _vocab() -> dict[str, Any]:
    global _VOCAB
    if _VOCAB is None:
        data = resources.files("innovation_news").joinpath("data", "records_zh.toml").read_text(encoding="utf-8")
        _VOCAB = tomllib.loads(data)
    return _VOCAB


class _Compiled:
    def __init__(self) -> None:
        v = _vocab()
        self.heads: dict[str, tuple[str, str]] = {}
        for h, k in v["park_heads"].items():
            self.heads[h] = ("park", k)
        for h, k in v["initiative_heads"].items():
            self.heads[h] = ("initiative", k)
        w = v["words"]
        heads = sorted(self.heads, key=len, reverse=True)
        bnd = sorted(w["boundaries"], key=len, reverse=True)
        self.boundary = re.compile(alternation(bnd, spaces=False))
        self.talent = re.compile(alternation(w["talent_words"], spaces=False))
        self.generic = frozenset(w["generic"])
        self.head_rx = re.compile(alternation(heads, spaces=False) + "(?!区|园|会|赛|城|谷)")
        self.quoted_only = frozenset(w["quoted_only"])
        mods = sorted(w["generic_modifiers"], key=len, reverse=True)
        self.generic_mod = re.compile("(?:" + alternation(mods, spaces=False) + r"|第?[一二三四五六七八九十\d]+[届次期个家项])")
        pbnd = sorted(w["park_boundaries"], key=len, reverse=True)
        self.park_boundary = re.compile(alternation(pbnd, spaces=False))
        self.park_openers = tuple(w["park_generic_openers"])
        self.initiative_openers = tuple(w["initiative_generic_openers"])
        self.head_end = re.compile(alternation(heads, spaces=False) + "$")


_C: _Compiled | None = None


def _c() -> _Compiled:
    global _C
    if _C is None:
        _C = _Compiled()
    return _C


_LEVEL_ZH = (
    (re.compile(r"国家级|国家"), "national"),
    (re.compile(r"省级|省"), "provincial"),
    (re.compile(r"市级"), "municipal"),
    (re.compile(r"区级|县级"), "district"),
)
_RUN = re.compile(
    "(?:[\u3400-\u9fffA-Za-z0-9·•“”\"《》]"
    "|(?<=[”\"]) "
    # a single dash between name characters ("中国—东盟博览会", "“青山—绿水杯”"), not "——"
    "|(?<=[\u3400-\u9fff“”])[—－–-](?=[\u3400-\u9fff“])"
    # a short parenthesised part inside a name ("中国(重庆)眼镜产业园")
    "|[(（][\u3400-\u9fff]{1,8}[)）](?=[\u3400-\u9fff“])"
    # a hard line wrap (one line break, no blank line) between two CJK characters
    "|(?<=[\u3400-\u9fff])[ \t\u3000]*\r?\n[ \t\u3000]*(?=[\u3400-\u9fff])"
    ")+"
)
_HAS_CJK = re.compile("[\u3400-\u9fff]")
_LEVEL_PREFIX = re.compile(r"^(?:国家级|省级|市级|区级|县级|国家|省|市)")
_NUM_PREFIX = re.compile(r"(?:(?:共有|还有|有|共|约|近|超)?)(?:\d+|[一二三四五六七八九十百千万]+)(?:个|家|项|大(?![学会赛厦道])|支|类|期)|前[一二三四五六七八九十\d]+[届期]")
_DATE_INSIDE = re.compile(r"\d+月|\d+日|[一二三四五六七八九十]+月")


_TITLE = re.compile(r"《([^《》\s]{2,40})》")
_LEAD_YEAR = re.compile(r"^(?:(?:19|20)\d\d年?(?:度)?|第[一二三四五六七八九十百\d]+[届次期])")
# Traditional characters of name heads and boundary words, beyond the quantity table
_NAME_TRAD = str.maketrans(
    "簽構範電創學術領興協議戰綜體運營務導備態聯網雲鎮廠醫樓場環線鐵橋島灣東廣門華陽會賽動辦舉啟參與議舊鄉縣鎮優勢勵獎補貼稅進應積極龍頭態圖書館總規劃專項負責擴國訪問時訂踐",
    "签构范电创学术领兴协议战综体运营务导备态联网云镇厂医楼场环线铁桥岛湾东广门华阳会赛动办举启参与议旧乡县镇优势励奖补贴税进应积极龙头态图书馆总规划专项负责扩国访问时订践",
)
_CONJ = "和与及暨并、"
_AMOUNT_INSIDE = re.compile(r"[\d一二三四五六七八九十百千两]+(?:\.\d+)?\s*[万亿]?\s*(?:元|美元|港元)")
_CAMPUS = re.compile(r"医院|学校|大学|学院|中学|小学")
_CAMPUS_END = re.compile(r"(?:医院|学校|大学|学院|中学|小学)$")
_CAMPUS_AFTER = re.compile(r"院区|校区")
# a valley brand that is a company: "央企X光谷", "X光谷公司", "X光谷与Y市签订…协议"
_COMPANY_BEFORE = re.compile(r"(?:企业|公司|集团|央企|国企)$")
_SIGNS = re.compile(r"^[与和同][^，。；,;]{0,24}?签[订訂署约約]")


def _company_valley(text: str, start: int, end: int, sentence: Pair) -> bool:
    if _COMPANY_BEFORE.search(text, max(sentence[0], start - 4), start) is not None:
        return True
    if _COMPANY_AFTER.match(text, end) is not None and re.match(r"[\u3400-\u9fff]{0,4}?(?:公司|集团)", text[end:]):
        return True
    return _SIGNS.match(text[end : min(sentence[1], end + 40)]) is not None
_COMPANY_AFTER = re.compile(r"[\u3400-\u9fff]{0,10}?(?:有限责任公司|有限公司|股份公司|公司|集团)")
_MAX_PARK = 24  # characters of a Chinese park name
_MAX_INITIATIVE = 40


def find_names_zh(text: str, sentences: Sequence[Pair]) -> list[NameMention]:
    """Every Chinese park / initiative / talent-programme name mention, in text order."""
    from innovation_news.numbers._traditional import has_traditional, simplified

    if has_traditional(text):
        # Traditional script: scan the same-length Simplified reading, name the original text
        src = simplified(text).translate(_NAME_TRAD)
        found = [attrs.evolve(m, text=text[m.start : m.end]) for m in _find_names_zh(src, sentences)]
    else:
        found = _find_names_zh(text, sentences)
    return [_zh_post(text, m) for m in found]


_EVENT_TAIL_HEAD = re.compile(r"[月周节会赛展坛]$")
_ZH_TALENT_SENT = re.compile(r"人才|引才|英才|专家|博士|团队|院士")


def _zh_post(text: str, m: NameMention) -> NameMention:
    """Cut a ceremony after an event head ("…宣传月启动仪式" -> "…宣传月"); a 计划/工程 named in a
    sentence about talent is a talent programme ("符合“绿扬金凤计划”资助条件的人才团队")."""
    if m.category == "initiative" and m.kind == "event":
        for tail in _vocab()["words"]["trailing_subevents"]:
            rest = m.text[: -len(tail)]
            if m.text.endswith(tail) and len(rest) >= 4 and _EVENT_TAIL_HEAD.search(rest):
                return attrs.evolve(m, end=m.end - len(tail), text=rest)
    if (
        m.category == "initiative"
        and m.kind == "plan"
        and m.text.rstrip("”’」』》\"").endswith(("计划", "工程"))
        and m.sentence is not None
        and _ZH_TALENT_SENT.search(text, m.sentence[0], m.sentence[1]) is not None
    ):
        return attrs.evolve(m, category="talent")
    return m


def _find_names_zh(text: str, sentences: Sequence[Pair]) -> list[NameMention]:
    c = _c()
    out: list[NameMention] = []
    for s_start, s_end in sentences:
        if _HAS_CJK.search(text, s_start, s_end) is None:
            continue
        titles: list[Pair] = []
        for t in _TITLE.finditer(text, s_start, s_end):
            titles.append(t.span())
            _title(text, t, (s_start, s_end), c, out)
        for run in _RUN.finditer(text, s_start, s_end):
            for r_start, r_end in _pieces(text, run.start(), run.end(), c):
                _scan_run(text, r_start, r_end, titles, (s_start, s_end), c, out)
    return out


_PAREN_RX = re.compile(r"[(（]([^()（）]*)[)）]")


def _pieces(text: str, r_start: int, r_end: int, c: _Compiled) -> list[Pair]:
    """A run split around a parenthetical that is a name of its own ("…开发区（…经开区）")."""
    out: list[Pair] = []
    pos = r_start
    for pm in _PAREN_RX.finditer(text, r_start, r_end):
        if c.head_rx.search(text, pm.start(1), pm.end(1)) is not None:
            out.append((pos, pm.start()))
            out.append((pm.start(1), pm.end(1)))
            pos = pm.end()
    out.append((pos, r_end))
    return [p for p in out if p[1] > p[0]]


def _scan_run(
    text: str, r_start: int, r_end: int, titles: list[Pair], sentence: Pair, c: _Compiled, out: list[NameMention]
) -> None:
    """The names in one run of name characters."""
    s_start, s_end = sentence
    if _HAS_CJK.search(text, r_start, r_end) is None:
        return
    seg_start = r_start
    heads = [h for h in c.head_rx.finditer(text, r_start, r_end) if _real_head(text, h, r_start)]
    in_head: set[int] = set()
    for h in heads:
        in_head.update(range(h.start(), h.end()))
    cuts = [
        (b.start(), b.end())
        for b in c.boundary.finditer(text, r_start, r_end)
        if not any(k in in_head for k in range(b.start(), b.end()))
        and not _in_place(text, b.start(), b.end(), r_start, r_end)
    ]
    pcuts = [
        (b.start(), b.end())
        for b in c.park_boundary.finditer(text, r_start, r_end)
        if not any(k in in_head for k in range(b.start(), b.end()))
        and not _in_place(text, b.start(), b.end(), r_start, r_end)
    ]
    cuts.append((r_end, r_end))
    hi = pi = 0
    for b_start, b_end in cuts:
        if b_start > seg_start:
            while hi < len(heads) and heads[hi].start() < seg_start:
                hi += 1
            while pi < len(pcuts) and pcuts[pi][0] < seg_start:
                pi += 1
            seg_heads = []
            k = hi
            while k < len(heads) and heads[k].end() <= b_start:
                seg_heads.append(heads[k])
                k += 1
            seg_pcuts = []
            k = pi
            while k < len(pcuts) and pcuts[k][1] <= b_start:
                seg_pcuts.append(pcuts[k])
                k += 1
            if seg_heads:
                _segment(text, seg_start, b_start, seg_heads, seg_pcuts, titles, (s_start, s_end), c, out)
        seg_start = max(seg_start, b_end)


_CJK_CHAR = re.compile("[\u3400-\u9fff]")


def _real_head(text: str, h: re.Match[str], r_start: int) -> bool:
    """A head inside a parenthetical ("…高新区(光谷)") or inside quotes with more of the
    quoted name after it ("“…新兴战略支点”") ends no name."""
    lo = max(r_start, h.start() - _MAX_INITIATIVE)  # a bounded look-back keeps the scan linear
    p = max(text.rfind("(", lo, h.start()), text.rfind("（", lo, h.start()))
    if p >= 0 and max(text.rfind(")", p, h.start()), text.rfind("）", p, h.start())) < 0:
        return False
    q = text.rfind("“", lo, h.start())
    if q >= 0 and text.find("”", q, h.start()) < 0 and h.end() < len(text) and _CJK_CHAR.match(text, h.end()):
        return False
    return True


_PLACE_LOOKBACK = 6


def _in_place(text: str, b_start: int, b_end: int, r_start: int, r_end: int) -> bool:
    """Whether a boundary word lies inside a known place name (都 in 成都, 和 in 和平区):
    a full division name, or the short name of a province or prefecture."""
    try:
        from innovation_news.places._gazetteer import gazetteer

        g = gazetteer()
    except Exception:  # places module missing or failing: no place guard
        return False
    for j in range(max(r_start, b_start - _PLACE_LOOKBACK), b_start + 1):
        lens = g.zh_first.get(text[j])
        if lens is None:
            continue
        for ln in lens:
            if j + ln <= b_start or j + ln > r_end:
                continue
            sub = text[j : j + ln]
            if sub in g.zh_stop:
                continue
            if sub in g.zh_full:
                return True
            codes = g.zh_short.get(sub)
            if codes is not None and any(g.rows[x].level in ("province", "prefecture") for x in codes):
                return True
    return False


def ends_in_head(s: str) -> bool:
    """Whether ``s`` ends in a park or initiative head (a line ending in one ends a name)."""
    return _c().head_end.search(s) is not None


def _inside(titles: list[Pair], start: int, end: int) -> bool:
    i = bisect.bisect_left(titles, (end, -1))
    return i > 0 and titles[i - 1][1] > start


def _title(text: str, m: re.Match[str], sentence: Pair, c: _Compiled, out: list[NameMention]) -> None:
    """A document title in 《》 ending in an initiative head is a plan or policy (never a park)."""
    content = m.group(1)
    hm = c.head_end.search(content)
    if hm is None or c.heads[hm.group()][0] != "initiative" or content in c.generic:
        return
    category, kind = c.heads[hm.group()]
    if kind not in ("plan", "policy", "other"):
        return
    if c.talent.search(content):
        category = "talent"
    level = _level(text, m.start(), m.end(), sentence)
    out.append(NameMention(m.start(), m.end(), m.group(), category, kind, level, None, sentence, True))


def _level(text: str, start: int, end: int, sentence: Pair) -> str | None:
    for rx, lv in _LEVEL_ZH:
        if rx.search(text, max(sentence[0], start - 3), end):
            return lv
    return None


def _segment(
    text: str,
    start: int,
    end: int,
    heads: list[re.Match[str]],
    pcuts: list[Pair],
    titles: list[Pair],
    sentence: Pair,
    c: _Compiled,
    out: list[NameMention],
) -> None:
    """Names ending in the heads of one segment: an event name runs from the previous event
    head (a park inside it stays in the name and is also a park of its own); a park name
    runs from the previous event head or park boundary word."""
    prev_init = start  # where the current name may start: after the previous event head
    last_init: NameMention | None = None
    n = len(heads)
    pc = 0  # pcuts[:pc] end at or before the current head (both lists are in text order)
    for k, h in enumerate(heads):
        category = c.heads[h.group()][0]
        while pc < len(pcuts) and pcuts[pc][1] <= h.start():
            pc += 1
        if category == "park":
            if k + 1 < n and c.heads[heads[k + 1].group()][0] == "park":
                # "生物谷…产业园": an inner head, unless a boundary word separates the two
                q = pc
                while q < len(pcuts) and pcuts[q][0] < h.end():
                    q += 1
                if not (q < len(pcuts) and pcuts[q][1] <= heads[k + 1].start()):
                    continue
            n_start = prev_init
            if pc > 0 and pcuts[pc - 1][1] > n_start:
                n_start = pcuts[pc - 1][1]
            if _inside(titles, n_start, h.end()):
                continue
            if _COMPANY_AFTER.match(text, h.end(), end) is not None:
                continue  # "X园区建设发展有限公司": a company
            m = _candidate(text, n_start, h, sentence, c, park=True)
            if m is not None:
                out.append(m)
            continue
        if k + 1 < n and c.heads[h.group()][1] not in ("event", "competition") and text[h.end()] not in _CONJ + "“《":
            continue  # an inner plan/policy word ("…战略合作…签约仪式", "…基金池合作基金…") ends no name
        n_start = prev_init
        # "A交流会暨B推动会" is one event; "A对接会暨2018 B大赛" (an edition of its own) is two
        joined = (
            last_init is not None
            and text[prev_init : prev_init + 1] == "暨"
            and _LEAD_YEAR.match(text[prev_init + 1 : h.end()]) is None
            and not text[prev_init + 1 : prev_init + 3].isdigit()
        )
        # a conjunction inside an event name whose left part is no event: the name starts after it
        j = text.rfind("暨", prev_init + 1, h.start())
        if j >= 0:
            n_start = j + 1
        prev_init = h.end()
        if _inside(titles, n_start, h.end()):
            last_init = None
            continue
        m = _candidate(text, n_start, h, sentence, c, park=False)
        if m is None:
            if joined and last_init is not None and n_start == last_init.end and _generic_event(text, n_start + 1, h, c):
                # "A推介会暨签约仪式": the generic second event joins the first
                out.remove(last_init)
                last_init = attrs.evolve(last_init, end=h.end(), text=text[last_init.start : h.end()])
                out.append(last_init)
                continue
            last_init = None
            continue
        if joined and last_init is not None and n_start == last_init.end:
            # "A交流会暨B推动会": one event
            out.remove(last_init)
            m = attrs.evolve(m, start=last_init.start, text=text[last_init.start : m.end])
        elif (
            last_init is not None
            and m.start == last_init.end
            and c.heads[h.group()][1] == "event"
            and _generic_modifier(text[m.start : h.start()], c)
        ):
            # "X文化节重点项目推介会": an event of an event keeps the first event's name
            m = attrs.evolve(m, start=last_init.start, text=text[last_init.start : m.end])
        out.append(m)
        last_init = m


def _generic_modifier(modifier: str, c: _Compiled) -> bool:
    """Whether ``modifier`` is made of generic modifiers only ("重点项目", "")."""
    pos = 0
    while pos < len(modifier):
        gm = c.generic_mod.match(modifier, pos)
        if gm is None or gm.end() == pos:
            return False
        pos = gm.end()
    return True


def _generic_event(text: str, start: int, head_m: re.Match[str], c: _Compiled) -> bool:
    """Whether ``text[start:head end]`` is a generic event ("签约仪式", "重点项目签约仪式")."""
    head = head_m.group()
    kind = c.heads[head]
    return kind[0] == "initiative" and kind[1] == "event" and _generic_modifier(text[start : head_m.start()], c)


def _candidate(
    text: str, start: int, head_m: re.Match[str], sentence: Pair, c: _Compiled, *, park: bool
) -> NameMention | None:
    n_start, n_end = start, head_m.end()
    while n_start < n_end and text[n_start] in "”》 " + _CONJ and not _in_place(text, n_start, n_start + 1, n_start, n_end):
        n_start += 1
    name = text[n_start:n_end]
    if name.count("“") > name.count("”") and name.startswith("“"):
        n_start += 1
    nm = _NUM_PREFIX.match(text, n_start, n_end)
    if nm is not None:
        n_start = nm.end()
    name = text[n_start:n_end]
    # an unmatched opening quote inside: the name starts after it
    k = name.rfind("“")
    if k > 0 and "”" not in name[k:]:
        n_start += k + 1
        name = text[n_start:n_end]
    if park:
        ym = _LEAD_YEAR.match(name)
        if ym is not None:
            n_start += ym.end()
            name = text[n_start:n_end]
        if len(name) > _MAX_PARK or name.startswith(c.park_openers):
            return None
    elif len(name) > _MAX_INITIATIVE or name.startswith(c.initiative_openers):
        return None
    if "《" in name or "》" in name:
        return None
    head = head_m.group()
    bare = _LEVEL_PREFIX.sub("", name)
    if name in c.generic or bare in c.generic or len(bare) - len(head) < 2:
        return None
    if _DATE_INSIDE.search(name) or _AMOUNT_INSIDE.search(name):
        return None
    if park and (_CAMPUS.search(name, 0, len(name) - len(head)) is not None and _CAMPUS_END.search(name[: len(name) - len(head)])
                 or _CAMPUS_AFTER.match(text, n_end) is not None):
        return None  # "…医院科学城院区": a hospital or school campus, not a park
    if park and head.endswith("光谷") and _company_valley(text, n_start, n_end, sentence):
        return None
    modifier = bare[: len(bare) - len(head)].strip("“”\" ")
    pos = 0
    while pos < len(modifier):
        gm = c.generic_mod.match(modifier, pos)
        if gm is None or gm.end() == pos:
            break
        pos = gm.end()
    if pos >= len(modifier) and not (c.heads[head][0] == "initiative" and head not in c.generic):
        return None
    quoted = any(q in text[max(start, n_start - 1) : n_end] for q in "“《\"")
    if head in c.quoted_only and not quoted and not c.talent.search(name):
        return None
    category, kind = c.heads[head]
    if category == "initiative" and kind in ("plan", "policy", "other") and c.talent.search(name):
        category = "talent"
    level = _level(text, n_start, n_end, sentence)
    return NameMention(n_start, n_end, name, category, kind, level, None, sentence, quoted)
