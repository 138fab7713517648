"""The Chinese-script quantity scanner: money, areas, percentages and counts in running text.

:func:`scan_zh` finds every amount written with Chinese units or currency words
(``约15亿元人民币``, ``2-3亿美元``, ``数十亿元``, ``4500亩``, ``92万平方米``, ``31.8%``,
``百分之六点二``, ``300余家``) and returns :class:`~innovation_news._raw.Raw` values with
half-open offsets into the original string, in order and non-overlapping.

How it stays fast: one compiled regex (:func:`_Scanner.main`) does all the matching in C. It
can only start on an Arabic or full-width digit, a Chinese numeral character or one of a few
lead words (数, 几, 上, 百分之, 人民币, RMB, ¥), and it only succeeds when a unit follows, so
Python code runs once per quantity, never per character. A text with no CJK or full-width
character at all is rejected by a single search. Every repetition in the regex is either
bounded or possessive, and a number may not start inside another number, so matching is
linear in the length of the text. See ``docs/chinese.md`` for the rules.
"""

from __future__ import annotations

import functools
import re
from decimal import Context, Decimal

import attrs

from innovation_news._raw import Raw
from innovation_news.money.currency import currency_table
from innovation_news.numbers.zh import zh_value, zh_vocab

__all__ = ["scan_zh"]

_CJK_CHAR = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]")
_TEN = Decimal(10)
_CTX = Context(prec=80)
_mul = _CTX.multiply


def _alt(words: list[str] | set[str] | frozenset[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda s: (-len(s), s)))


def _is_cjk(ch: str) -> bool:
    return "\u2e80" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" or "\uff00" <= ch <= "\uffef"


@attrs.frozen(slots=True)
class _Unit:
    kind: str          # money / area / percent / count
    unit: str | None   # ISO code, AreaUnit value, "point", measure word
    factor: Decimal    # multiplier into ``unit`` (1 except for none so far)
    assumed: bool      # currency decided by a default
    ascii_only: bool   # written without any CJK character ("%"): needs a CJK neighbour


@attrs.frozen(slots=True)
class _Scanner:
    main: re.Pattern[str]
    single: re.Pattern[str]
    units: dict[str, _Unit]
    unit_chars: str                      # 十百千万亿 ... (rstrip argument)
    unit_set: frozenset[str]
    digit_set: frozenset[str]            # Arabic, full-width and Chinese digits
    zh_digit_set: frozenset[str]
    numeral_set: frozenset[str]          # Chinese digits and units
    before: dict[str, list[tuple[str, str, bool]]]   # last char -> (word, qualifier, inside)
    not_after: dict[str, str]
    after: dict[str, str]
    distant: re.Pattern[str]
    nouns: re.Pattern[str]
    currency_before: dict[str, tuple[str, bool]]
    dist_words: dict[str, str]
    dist_first: str


@functools.cache
def _scanner() -> _Scanner:
    v = zh_vocab()
    raw = v.raw
    cd = "".join(v.digits)
    su = "".join(v.small_units)
    bu = "".join(v.big_units)
    pt = "".join(v.points)
    CD, SU, BU, PT = (re.escape(x) for x in (cd, su, bu, pt))

    # --- units -------------------------------------------------------------------------
    units: dict[str, _Unit] = {}
    table = currency_table()
    for word, (iso, ambiguous) in table.words.items():
        if _CJK_CHAR.search(word):
            units[word] = _Unit("money", iso, Decimal(1), ambiguous, False)
    for word, (unit, factor) in raw["areas"].items():
        units[word] = _Unit("area", str(unit), Decimal(factor), False,
                            _CJK_CHAR.search(word) is None)
    for sign in raw["percent"]["signs"]:
        units[sign] = _Unit("percent", None, Decimal(1), False, _CJK_CHAR.search(sign) is None)
    for word in raw["percent"]["points"]:
        units[word] = _Unit("percent", "point", Decimal(1), False, False)
    for word in raw["counts"]["measure"]:
        units.setdefault(word, _Unit("count", word, Decimal(1), False, False))
    not_before: dict[str, list[str]] = {}
    for word, follow in raw["counts"].get("not_before", {}).items():
        not_before.setdefault(word, []).extend(follow)
    for word, follow in raw["money"].get("not_before", {}).items():
        not_before.setdefault(word, []).extend(follow)
    parts = []
    for word in sorted(units, key=lambda s: (-len(s), s)):
        esc = re.escape(word)
        if not_before.get(word):
            esc += f"(?!{_alt(not_before[word])})"
        parts.append(esc)
    UNITS = "(?:" + "|".join(parts) + ")"
    currencies = [w for w, u in units.items() if u.kind == "money"]
    CUR = "(?:" + _alt(currencies) + ")"

    q = raw["qualifiers"]
    after: dict[str, str] = {str(k): str(x) for k, x in q["after"].items()}
    suf_not = {str(k): [str(x) for x in v] for k, v in q.get("after_not_before", {}).items()}
    SUF = "(?:" + "|".join(
        re.escape(w) + (f"(?:(?!{_alt(suf_not[w])}))" if suf_not.get(w) else "")
        for w in sorted(after, key=lambda x: (-len(x), x)) if len(w) > 1) + ")"
    MID = "(?:余|多|来)"
    SP = "[ \u00a0\u3000]?"  # some sites put a space between digits and Chinese: "100 亿元"
    SEP = r"[ \u3000]?(?:[-－~～〜—–]|至|到)[ \u3000]?"

    AD = "0-9０-９"
    # thousands separators only in the standard form "1,234,567" (a leading group of at most
    # three digits): "2021,300万元" is two numbers, not 2021300万
    GROUPS = r"(?:,[0-9]{3}(?![0-9])){1,6}+(?![0-9,])"
    FRAC = rf"(?:[.．][{AD}]++)?+"
    AR = rf"(?:[{AD}]{{1,3}}{GROUPS}|[{AD}]++){FRAC}"
    CHDEC = rf"[{CD}][{PT}][{CD}]{{1,12}}+"
    NUM = rf"(?:{AR}|{CHDEC}|[{CD}{SU}{BU}]){{1,40}}+"
    UC = f"[{SU}{BU}]"
    vague = raw["vague"]
    several = re.escape("".join(vague["several"] + vague["reaching"]))
    ORDER = _alt(vague["order"])
    cur_before = raw["money"]["before"]
    pct_prefix = _alt(raw["percent"]["prefix"])

    # The regex starts with one character class (FIRST) so that the regex engine skips every
    # other character in C; each alternative then checks with a lookbehind which first
    # character it got and matches the rest.
    first = AD + cd + su + bu + "".join(sorted({w[0] for w in
                                                 vague["several"] + vague["reaching"]
                                                 + raw["percent"]["prefix"] + cur_before}))
    FIRST = "[" + AD + re.escape("".join(dict.fromkeys(first[len(AD):]))) + "]"
    AR_REST = rf"(?:[{AD}]{{0,2}}{GROUPS}|[{AD}]*+){FRAC}"
    NUM_REST = (rf"(?:(?<=[{AD}]){AR_REST}|(?<=[{CD}])(?:[{PT}][{CD}]{{1,12}}+)?+|(?<=[{SU}{BU}]))"
                rf"(?:{AR}|{CHDEC}|[{CD}{SU}{BU}]){{0,39}}+")

    def heads(words: list[str]) -> str:
        return "(?:" + "|".join(
            rf"(?<={re.escape(w[0])}){re.escape(w[1:])}" for w in sorted(words, key=len, reverse=True)
        ) + ")"

    def alternatives(with_range: bool) -> str:
        def rng(g: str) -> str:
            return rf"(?:(?P<{g}u1>{UNITS})?{SEP}(?P<{g}n2>{NUM}))?" if with_range else ""

        alts = [
            # 百亿级, 千万元级: an order of magnitude
            rf"(?<={UC}){UC}{{0,3}}+(?P<orde>)(?P<ordc>元)?(?:{ORDER})",
            # 百分之六点二, 百分之二十至百分之三十
            (rf"{heads(raw['percent']['prefix'])}(?P<pzn>{NUM})"
             + (rf"(?:{SEP}(?:{pct_prefix})?(?P<pzn2>{NUM}))?" if with_range else "")),
            # 人民币5000万元, ¥3亿
            (rf"{heads(cur_before)}(?P<cpe>)[ \u3000]?(?P<cn1>{NUM}){rng('c')}(?P<cmid>{MID})?"
             rf"(?P<cbig>{UC}{{1,3}}+)?(?:{SP}(?P<cunit>{CUR}))?"),
            # 数百万元, 几十亿, 上万
            rf"(?<=[{several}])(?P<vu>{UC}{{1,4}}+)(?:余|多)?(?P<vunit>{UNITS})",
            # 十几亿, 二十几个
            rf"(?:(?<=[{CD}])十几|(?<=十)几)(?P<tje>)(?P<tju>{UC}{{0,3}}+)(?P<tjunit>{UNITS})",
            # the general case: 1.5亿元, 2-3亿元, 300余家, 1000多平方米
            (rf"{NUM_REST}(?P<n1e>){rng('')}{SP}(?P<mid>{MID})?(?P<big2>{UC}{{1,3}}+)?{SP}"
             rf"(?P<unit>{UNITS})"),
        ]
        lead = rf"{FIRST}(?<![{AD}].)(?<![{AD}][.．].)"
        return lead + "(?:" + "|".join(alts) + rf")(?P<suf>{SUF})?"

    main = re.compile(alternatives(True))
    single = re.compile(alternatives(False))

    before: dict[str, list[tuple[str, str, bool]]] = {}
    for word, qual in q["before"].items():
        before.setdefault(word[-1], []).append((word, str(qual), True))
    for word, qual in q["verbs"].items():
        before.setdefault(word[-1], []).append((word, str(qual), False))
    for lst in before.values():
        lst.sort(key=lambda t: -len(t[0]))
    not_after = {str(k): str(x) for k, x in q.get("not_after", {}).items() if x}
    dist = q["distant"]
    distant = re.compile(
        rf"(?:{_alt(dist['words'])})[\u4e00-\u9fff]{{0,{int(dist['max_gap'])}}}$"
    )
    dist_words = {str(k): str(x) for k, x in dist["words"].items()}
    nouns = re.compile(_alt(raw["counts"]["nouns"]))
    currency_before: dict[str, tuple[str, bool]] = {}
    for w in cur_before:
        hit = table.symbols.get(w) or table.words.get(w.lower())
        if hit is not None:
            currency_before[w] = hit
    digit_set = frozenset("0123456789０１２３４５６７８９" + cd)
    unit_chars = su + bu
    s = _Scanner(
        main=main,
        single=single,
        units=units,
        unit_chars=unit_chars,
        unit_set=frozenset(unit_chars),
        digit_set=digit_set,
        zh_digit_set=frozenset(cd),
        numeral_set=frozenset(cd + su + bu),
        before=before,
        not_after=not_after,
        after=after,
        distant=distant,
        nouns=nouns,
        currency_before=currency_before,
        dist_words=dist_words,
        dist_first="".join(sorted({w[0] for w in dist_words})),
    )
    return s


def _prefix(sc: _Scanner, text: str, s: int, floor: int) -> tuple[int, str | None]:
    """``(new start, qualifier)`` from a qualifier word right before position ``s``."""
    j = s
    if j > floor and text[j - 1] in " \u3000":
        j -= 1
    if j <= floor:
        return s, None
    cands = sc.before.get(text[j - 1])
    if cands:
        for word, qual, inside in cands:
            k = j - len(word)
            if k >= floor and text.startswith(word, k):
                bad = sc.not_after.get(word)
                if bad and k > 0 and text[k - 1] in bad:
                    continue
                return (k if inside else s), qual
    return s, None


def _distant(sc: _Scanner, text: str, s: int, floor: int) -> str | None:
    m = sc.distant.search(text, max(floor, s - 8), s)
    if m is None:
        return None
    for word, qual in sc.dist_words.items():
        if m.group().startswith(word):
            return qual
    return None  # pragma: no cover


def _adjacent_pair(sc: _Scanner, s: str) -> tuple[Decimal, Decimal] | None:
    """Two neighbouring digits as a range: "两三亿" -> (2e8, 3e8), "七八" -> (7, 8)."""
    if len(s) < 2 or s[0] not in sc.zh_digit_set or s[1] not in sc.zh_digit_set:
        return None
    a, b = zh_value(s[0]), zh_value(s[1])
    if a is None or b is None or a == 0 or not (b == a + 1 or (a == 3 and b == 5)):
        return None
    f = zh_value("1" + s[2:]) if len(s) > 2 else Decimal(1)
    if f is None:
        return None
    return _mul(a, f), _mul(b, f)


def _trail_factor(sc: _Scanner, s: str) -> Decimal | None:
    """The multiplier written at the end of ``s`` ("3亿" -> 1e8, "5千万" -> 1e7, "30" -> 1)."""
    stem = s.rstrip(sc.unit_chars)
    if len(stem) == len(s):
        return Decimal(1)
    if not stem:
        return None
    return zh_value("1" + s[len(stem):])


def scan_zh(text: str) -> list[Raw]:
    """Every Chinese-script money, area, percentage and count expression in ``text``.

    In text order, non-overlapping, offsets into ``text`` itself. Dates (``2021年``,
    ``6月8日``), times and numbers without a unit are not returned.

    >>> [(r.kind, r.qualifier, r.value, r.unit) for r in scan_zh("总投资约15亿元,用地300亩")]
    [('money', 'approx', Decimal('1500000000'), 'CNY'), ('area', 'exact', Decimal('300'), 'mu')]
    """
    if not text or _CJK_CHAR.search(text) is None:
        return []
    sc = _scanner()
    out: list[Raw] = []
    search = sc.main.search
    pos = 0
    floor = 0
    n = len(text)
    while pos < n:
        m = search(text, pos)
        if m is None:
            break
        raw = _build(sc, text, m, floor)
        if raw is None and m.re is sc.main and (m["n2"] is not None or m["cn2"] is not None
                                                or m["pzn2"] is not None):
            m2 = sc.single.match(text, m.start())
            if m2 is not None:
                m = m2
                raw = _build(sc, text, m, floor)
        if raw is None:
            pos = m.start() + 1
            continue
        out.append(raw)
        pos = floor = raw.end
    out = _with_bare_money(text, out)
    return _with_enumerations(text, out) if out else out


# "专项资金500万", "奖励50万": an amount in 万/亿 with no currency, right after a money noun,
# is money in yuan (currency_assumed). Not when a unit follows (500万人, 500万平方米).
_BARE_MONEY = re.compile(
    r"(?:资金|基金|经费|补助|补贴|奖励|奖金|资助|投资|投入|扶持|融资)(?:总额|规模|金额)?"
    r"(?:达到|高达|共计|合计|约|达|为|共)?"
    r"(?P<n>\d{1,12}(?:\.\d{1,6})?)(?P<s>万亿|亿|万)"
    r"(?![元美港欧日英人名家个项平亩吨台辆户次件套位份张株头只米公千克级倍％%余多\d])"
)


def _with_bare_money(text: str, found: list[Raw]) -> list[Raw]:
    extra: list[Raw] = []
    for m in _BARE_MONEY.finditer(text):
        s, e = m.start("n"), m.end("s")
        if any(r.start < e and s < r.end for r in found):
            continue
        value = Decimal(m.group("n")) * _SCALE_CHARS[m.group("s")]
        extra.append(Raw("money", s, e, "exact", value, None, None, None, True))
    if not extra:
        return found
    return sorted([*found, *extra], key=lambda r: r.start)


_SCALE_CHARS = {"千": Decimal(1000), "万": Decimal(10_000), "亿": Decimal(100_000_000),
                "万亿": Decimal(1_000_000_000_000)}
_ENUM_ITEM = re.compile(r"(?<![\d.])(\d{1,12}(?:\.\d{1,6})?)(万亿|亿|万|千)?[ ]?(?:、|，|,|和|及|与)[ ]?\Z")
_LEAD_NUMBER = re.compile(r"\D{0,6}?\d{1,12}(?:\.\d{1,6})?(万亿|亿|万|千)?")


def _with_enumerations(text: str, found: list[Raw]) -> list[Raw]:
    """Amounts listed before one that carries the currency share it: in "800万、500万、300万元"
    the first two are money too (and "5、10、20万元" inherit the last one's 万)."""
    out: list[Raw] = []
    for i, raw in enumerate(found):
        if raw.kind == "money" and raw.value is not None:
            lead = _LEAD_NUMBER.match(text, raw.start, raw.end)
            scale_char = lead.group(1) if lead is not None else None
            floor = found[i - 1].end if i else 0
            items: list[Raw] = []
            pos = raw.start
            while True:
                m = _ENUM_ITEM.search(text, max(floor, pos - 24), pos)
                if m is None:
                    break
                if m.group(2) is None and len(m.group(1)) == 4 and m.group(1)[:2] in ("19", "20"):
                    break  # "建于2021,300万元": a year, not an amount
                scale = _SCALE_CHARS.get(m.group(2) or scale_char or "", Decimal(1))
                items.append(Raw("money", m.start(1), m.end(2) if m.group(2) else m.end(1),
                                 "exact", Decimal(m.group(1)) * scale, None, None, raw.unit,
                                 raw.assumed))
                pos = m.start()
            out.extend(reversed(items))
        out.append(raw)
    return out


def _build(sc: _Scanner, text: str, m: re.Match[str], floor: int) -> Raw | None:
    """The quantity of one regex match, or ``None`` when the rules reject it."""
    s, e = m.span()
    if s > 0 and (text[s - 1] == "第" or (s > 1 and text[s - 2] == "第"
                                          and text[s - 1] in " \u00a0\u3000")):
        return None  # an ordinal: 第3名
    if s > 0 and text[s] in sc.numeral_set and text[s - 1] in sc.numeral_set:
        return None  # inside a longer Chinese numeral
    g = m.group
    suf = g("suf")
    suf_q = sc.after[suf] if suf else None
    ranged = m.re is sc.main

    general = g("n1e") is not None
    if general or g("cn1") is not None:
        p = "" if general else "c"
        n1: str = text[s:m.end("n1e")] if general else g("cn1")
        u1: str | None = g(p + "u1") if ranged else None
        n2: str | None = g(p + "n2") if ranged else None
        mid: str | None = g("mid" if general else "cmid")
        big2: str = g("big2" if general else "cbig") or ""
        unit_word: str | None = g("unit" if general else "cunit")
        cp: str | None = None if general else text[s:m.end("cpe")]
        if unit_word is not None:
            u = sc.units[unit_word]
        else:
            # a currency sign or word before the number and no unit after: 人民币5000万, ¥3亿
            assert cp is not None
            if cp != "人民币" and sc.unit_set.isdisjoint(n1 + big2 + (n2 or "")):
                return None
            iso, amb = sc.currency_before[cp]
            u = _Unit("money", iso, Decimal(1), amb, False)
        if cp is not None and unit_word is not None and u.kind == "money":
            iso, amb = sc.currency_before[cp]
            if iso == u.unit:
                u = _Unit("money", iso, Decimal(1), u.assumed and amb, False)
        if u.ascii_only and _CJK_CHAR.search(text, s, e) is None:
            # "6.2%" right next to CJK text only: English text is the English scanner's
            b = s - 1 if s > 0 and text[s - 1] not in " \u00a0" else s - 2
            a = e if e < len(text) and text[e] not in " \u00a0" else e + 1
            before = text[b] if b >= 0 else ""
            after_ = text[a] if a < len(text) else ""
            if not (_is_cjk(before) or _is_cjk(after_)):
                return None
        if unit_word == "日元" and s > 0 and text[s - 1] == "月":
            return None  # 3月8日元宵: a date, not yen
        qual: str | None = None
        value: Decimal | None
        low = high = None
        if n2 is not None:
            hi = zh_value(n2 + big2)
            if hi is None:
                return None
            if u1 is None and sc.unit_set.isdisjoint(n1):
                f = _trail_factor(sc, n2 + big2)
                base = zh_value(n1)
                if f is None or base is None:
                    return None
                lo: Decimal | None = _mul(base, f)
            else:
                if u1 is not None and sc.units[u1].kind != u.kind:
                    return None
                lo = zh_value(n1)
            if lo is None or lo > hi:
                return None
            value, low, high, qual = None, _mul(lo, u.factor), _mul(hi, u.factor), "range"
        else:
            pair = _adjacent_pair(sc, n1 + big2)
            if pair is not None:
                value, low, high, qual = None, pair[0], pair[1], "range"
            else:
                val = zh_value(n1 + big2)
                if val is None:
                    return None
                value = _mul(val, u.factor)
        start = s
        start, pre_q = _prefix(sc, text, s, floor)
        mid_q = sc.after[mid] if mid else None
        if qual is None:
            qual = pre_q or mid_q or suf_q
        if n2 is None:
            if sc.digit_set.isdisjoint(n1):
                # no digit at all: "十万元" and "百万元" are amounts; "万家", "千亩" need a
                # qualifier ("超亿元", "千余家", "亿元以上")
                ok = n1[0] == "十" or (u.kind == "money" and not sc.unit_set.isdisjoint(
                    n1.rstrip("万亿萬億")))
                if not ok and qual is None:
                    return None
            elif (len(n1) == 1 and not big2 and n1 in sc.zh_digit_set
                  and (u.kind == "money" or (u.kind == "count" and n1 in "一壹"))):
                return None  # 一家, 一个 ("a"); 一元化, 三元 (not amounts in news)
        if qual is None:
            qual = _distant(sc, text, start, floor)
        unit = u.unit
        if u.kind == "count":
            # the counted noun when a known one follows ("13家企业" -> "企业"), else the
            # measure word; the noun stays outside the span
            nm = sc.nouns.match(text, e)
            if nm is not None:
                unit = nm.group()
        return Raw(kind=u.kind, start=start, end=e, qualifier=qual or "exact", value=value,
                   low=low, high=high, unit=unit, assumed=u.assumed)

    pzn = g("pzn")
    if pzn is not None:
        v1 = zh_value(pzn)
        if v1 is None:
            return None
        start, pre_q = _prefix(sc, text, s, floor)
        pzn2 = g("pzn2") if ranged else None
        if pzn2 is not None:
            v2 = zh_value(pzn2)
            if v2 is None or v1 > v2:
                return None
            return Raw(kind="percent", start=start, end=e, qualifier="range", value=None,
                       low=v1, high=v2)
        return Raw(kind="percent", start=start, end=e, qualifier=pre_q or suf_q or "exact",
                   value=v1)

    vu = g("vu")
    if vu is not None or g("orde") is not None:
        if vu is not None:
            base = zh_value(vu)
            u = sc.units[g("vunit")]
        else:
            order = text[s:m.end("orde")]
            if g("ordc") is None and "亿" not in order and "億" not in order:
                return None  # 千万级: an order of what? (users, visits...) -- not money
            base = zh_value(order)
            u = _Unit("money", "CNY", Decimal(1), g("ordc") is None, False)
        if base is None:
            return None
        start, _q = _prefix(sc, text, s, floor)
        unit = u.unit
        return Raw(kind=u.kind, start=start, end=e, qualifier="vague", value=None,
                   low=_mul(base, u.factor), high=_mul(_mul(base, _TEN), u.factor), unit=unit,
                   assumed=u.assumed)

    if g("tje") is not None:
        tj = text[s:m.end("tje")]
        tens = Decimal(10) if len(tj) == 2 else (zh_value(tj[0]) or Decimal(1)) * _TEN
        tju = g("tju")
        f = zh_value("1" + tju) if tju else Decimal(1)
        if f is None:
            return None
        u = sc.units[g("tjunit")]
        start, _q = _prefix(sc, text, s, floor)
        return Raw(kind=u.kind, start=start, end=e, qualifier="vague", value=None,
                   low=_mul(_mul(tens + 1, f), u.factor), high=_mul(_mul(tens + 9, f), u.factor), unit=u.unit,
                   assumed=u.assumed)
    return None  # pragma: no cover - every alternative is handled above
