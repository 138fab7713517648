"""English numerals and the English quantity scanner (money, areas, percentages, counts).

The scanner finds *anchors* (a run of digits, a number word, a vague size word) with one
compiled regex, then reads outwards from each anchor with small anchored regexes: a scale
word ("billion", "bn"), a second number making a range ("2-3 billion", "between 2 and 3"),
a unit (currency, area unit, percent sign, a counted noun), a currency sign or code before
the number, and qualifier words on either side. Every regex here is free of nested unbounded
quantifiers, so matching is linear in the text's length.
"""

from __future__ import annotations

import functools
import re
from decimal import Decimal, InvalidOperation

import attrs

from innovation_news._raw import Raw
from innovation_news.errors import ParseError
from innovation_news.money.currency import currency_table
from innovation_news.numbers._vocab import EnVocab, alternation, en_vocab

__all__ = ["parse_en_number", "scan_en"]

_TEN = Decimal(10)


@attrs.frozen(slots=True)
class _Num:
    """A number phrase: ``value`` or vague ``low``/``high``; ``scale`` is the power of ten
    written ("billion"), ``abbr`` an abbreviated scale that needs a currency to count."""

    start: int
    end: int
    value: Decimal | None
    low: Decimal | None
    high: Decimal | None
    scale: int | None
    abbr_end: int | None = None  # end if the abbreviated scale is accepted
    abbr_scale: int = 0
    plus: bool = False  # "10+ billion": more than


@attrs.frozen(slots=True)
class _Patterns:
    code_tails: frozenset[str]  # last three letters of currency codes written before numbers
    symbol_tails: frozenset[str]  # last characters of currency symbols
    qualifier_tails: frozenset[str]  # last words of qualifiers and qualifying verbs (and a/an/the)
    anchor: re.Pattern[str]
    numeral: re.Pattern[str]
    scale_ahead: re.Pattern[str]
    article: re.Pattern[str]
    unit_word_ahead: re.Pattern[str]
    scale: re.Pattern[str]
    abbr: re.Pattern[str]
    word_number: re.Pattern[str]
    vague_of: re.Pattern[str]
    range_sep: re.Pattern[str]
    cur_before: re.Pattern[str]
    cur_prefix_at: re.Pattern[str]
    cur_after: re.Pattern[str]
    area_after: re.Pattern[str]
    percent_after: re.Pattern[str]
    qual_before: re.Pattern[str]
    qual_after: re.Pattern[str]
    qual_verb: re.Pattern[str]
    between_before: re.Pattern[str]
    count_noun: re.Pattern[str]
    cents: re.Pattern[str]
    phrasal_up: re.Pattern[str]
    from_before: re.Pattern[str]
    change_verb: re.Pattern[str]
    list_last: re.Pattern[str]
    and_half: re.Pattern[str]
    of_after: re.Pattern[str]
    list_item: re.Pattern[str]
    bare_money_after: re.Pattern[str]
    bare_money_before: re.Pattern[str]


_NUMERAL = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"

# Spaces inside an expression: never a line break, never more than three, so that every
# pattern below does bounded work at each position.
_SP = {r"\s*": r"[^\S\n]{0,3}", r"\s+": r"[^\S\n]{1,3}", r"\s?": r"[^\S\n]?"}
_SP_RE = re.compile(r"\\s[*+?]")


def _c(pattern: str, flags: int = re.IGNORECASE) -> re.Pattern[str]:
    """Compile with ``\\s*``/``\\s+``/``\\s?`` bounded to a few spaces on one line."""
    return re.compile(_SP_RE.sub(lambda m: _SP[m.group()], pattern), flags)


@functools.cache
def _patterns() -> _Patterns:
    v = en_vocab()
    table = currency_table()
    word_numbers = alternation(list(v.units))
    scales = alternation(list(v.scales))
    abbrs = alternation(list(v.abbreviations), spaces=False)
    vague_words = alternation(list(v.vague))
    # currency words that may follow a number: Latin-script names and codes only
    latin_words = [w for w in table.words if w.isascii()]
    codes = [w for w in latin_words if len(w) == 3]
    symbols = alternation(list(table.symbols), spaces=False)
    money_words = alternation(["dollar", "euro", "pound", "yuan", "yen"])
    quals = [*v.qualifier_before, *v.qualifier_verbs]
    return _Patterns(
        code_tails=frozenset(c[-3:] for c in codes),
        symbol_tails=frozenset(sym[-1] for sym in table.symbols),
        qualifier_tails=frozenset(
            [q.split()[-1] for q in quals] + [q.split()[-1].rstrip(".") for q in quals]
            + ["a", "an", "the"]
        ),
        # the scan: a run of digits (validated by _anchor), or a number word; a trie of
        # words after \b keeps this one pass fast
        anchor=_c(
            rf"(?P<num>\d[\d,.]*)|\b(?P<w>{alternation([*v.units, *v.vague, *v.fractions, 'a', 'an'])})\b"
        ),
        numeral=_c(rf"(?!0\d){_NUMERAL}"),
        scale_ahead=_c(rf"\s+(?:an?\s+)?{scales}\b"),
        article=_c(r"\s+an?(?=\s)"),
        unit_word_ahead=_c(rf"\s+(?:{scales}|{money_words})\b"),
        scale=_c(rf"(?:\s*-\s*|\s+)(?P<s>{scales})s?\b"),
        abbr=_c(rf"(?:\s*-\s*|\s?)(?P<s>{abbrs})(?![\w])"),
        word_number=_c(rf"(?:\s*-\s*|\s+(?:(?P<and>and)\s+)?)(?P<w>{word_numbers}|{scales})\b"),
        vague_of=_c(rf"\s+of\s+(?P<w>{vague_words})\b"),
        range_sep=_c(r"\s*(?:-|–|—|~|to\b|and\b|or\b)\s*"),
        cur_before=_c(
            rf"(?:(?<![\w$€£¥￥])(?P<sym>{symbols})|\b(?P<code>{alternation(codes)}))\s?\Z"
        ),
        cur_prefix_at=_c(rf"(?:{symbols}|{alternation(codes)}\b)\s?"),
        cur_after=_c(
            rf"(?:\s*-\s*|\s*)(?:of\s+)?(?:(?P<m>M)(?P<mc>{alternation(codes)})(?![\w$])"
            rf"|(?P<c>{alternation(latin_words)})(?![\w$])|(?P<sym>{symbols})(?!\s?\d))"
            rf"(?:\s+(?P<s>{scales})\b)?"
        ),
        area_after=_c(
            rf"(?:\s*-\s*|\s*)(?:of\s+)?(?P<u>{alternation(list(v.area_units))})(?![\w²^])"
        ),
        percent_after=_c(
            rf"(?:\s*-\s*|\s*)(?P<p>{alternation(list(v.point_words | v.percent_words))})(?![\w])"
        ),
        qual_before=_c(rf"(?<![\w])(?P<q>{alternation(list(v.qualifier_before))})\s*\Z"),
        qual_after=_c(rf"\s*,?\s*(?P<q>{alternation(list(v.qualifier_after))})(?![\w])"),
        qual_verb=_c(
            rf"(?<![\w])(?P<q>{alternation(list(v.qualifier_verbs))})\s+(?:(?:a|an|the)\s+)?\Z"
        ),
        between_before=_c(
            rf"(?<![\w])(?P<b>between|from)\s+(?:{symbols}|{alternation(codes)}\b)?\s?\Z"
        ),
        count_noun=_c(
            r"(?:\s*-\s*|\s+)(?P<n>[A-Za-z][A-Za-z'’]*(?:-[A-Za-z]+)?)\b"
            r"(?:\s+(?P<n2>[A-Za-z][A-Za-z'’]*(?:-[A-Za-z]+)?)\b)?"
            r"(?:\s+(?P<n3>[A-Za-z][A-Za-z'’]*(?:-[A-Za-z]+)?)\b)?",
            0,
        ),
        cents=_c(
            rf"(?:\s*,?\s*and\s+|\s*)(?P<n>\d{{1,2}}|{word_numbers}(?:-{word_numbers})?)"
            r"\s*(?:c|cents?|pence|p)\b"
        ),
        # "add up to" is a verb of totalling, not the qualifier "up to"
        phrasal_up=_c(r"(?<![\w])(?:add|adds|added|adding|sum|sums|summed)\s+\Z"),
        from_before=_c(r"(?<![\w])from\s+\Z"),
        bare_money_after=_c(
            r"(?:\s+of)?(?:\s+[a-z][a-z-]*){0,2}?\s+"
            rf"(?:{alternation(list(v.bare_money_nouns))})\b",
            0,
        ),
        bare_money_before=_c(
            rf"(?<![\w])(?:{alternation(list(v.bare_money_before))})\s+"
            rf"(?:{alternation(list(v.qualifier_before))}\s+)?\Z"
        ),
        and_half=_c(r"\s+and\s+a\s+half\b"),
        of_after=_c(r"\s+of\b"),
        # "1 million, 500,000 and 200,000 yuan": amounts listed before the one with the unit
        list_last=_c(rf"(?<![\w.,])(?P<n>{_NUMERAL})(?:\s+(?P<s>{scales}))?"
                     r"(?:\s*,\s*(?:and|or)\s+|\s+(?:and|or)\s+)\Z"),
        list_item=_c(rf"(?<![\w.,])(?P<n>{_NUMERAL})(?:\s+(?P<s>{scales}))?\s*,\s*\Z"),
        change_verb=_c(rf"(?<![\w])(?:{alternation(list(v.change_verbs))})[a-z]{{0,4}}\b"),
    )


@attrs.frozen(slots=True)
class _Anchor:
    kind: str  # "num", "vague", "frac" or "word"
    start: int
    end: int
    surface: str


#: longer digit runs (with separators) are identifiers, never quantities
_MAX_NUMERAL = 24

_NOT_BEFORE_DIGITS = frozenset(".,%/=&?#_0123456789")


def _anchor(text: str, m: re.Match[str], p: _Patterns, v: EnVocab,
            scanning: bool = True) -> _Anchor | None:
    """Classify and validate one match of the scan regex (in running text, very long digit
    runs are identifiers; a whole expression given to ``parse_en_number`` may be any size)."""
    start = m.start()
    if m.group("num") is not None:
        # not glued to another number, a decimal point or URL/markup characters
        if start > 0 and text[start - 1] in _NOT_BEFORE_DIGITS:
            return None
        mn = p.numeral.match(text, start)
        if mn is None or (scanning and mn.end() - start > _MAX_NUMERAL):
            return None  # an identifier, not an amount
        return _Anchor("num", start, mn.end(), mn.group())
    surface = m.group("w")
    key = " ".join(surface.lower().split())
    if key in v.vague:
        return _Anchor("vague", start, m.end(), key)
    if key in v.fractions:
        if p.scale_ahead.match(text, m.end()) is None:
            return None
        return _Anchor("frac", start, m.end(), key)
    if key in ("a", "an") and p.unit_word_ahead.match(text, m.end()) is None:
        return None
    return _Anchor("word", start, m.end(), key)


def _anchor_at(text: str, pos: int, p: _Patterns, v: EnVocab,
               scanning: bool = True) -> _Anchor | None:
    m = p.anchor.match(text, pos)
    return None if m is None else _anchor(text, m, p, v, scanning)


def _numeral_value(s: str) -> Decimal:
    return Decimal(s.replace(",", ""))


_MAX_NUMBER_WORDS = 12

# what may follow what in a cardinal: u = one..nine, t = ten..nineteen, x = twenty..ninety,
# h = hundred, k = thousand, z = zero
_FOLLOWS: dict[str, str] = {"u": "hk", "t": "hk", "x": "uk", "h": "utxk", "k": "utx", "z": ""}


def _word_kind(w: str, v: EnVocab) -> str:
    if w in v.units:
        n = v.units[w]
        return "z" if n == 0 else "u" if n < 10 else "t" if n < 20 else "x"
    scale = v.scales.get(w)
    return "h" if scale == 2 else "k" if scale == 3 else "big"


def _words_value(words: list[str], v: EnVocab) -> Decimal | None:
    """Value of a sequence like ["two", "hundred", "fifty"] or ["ten", "thousand"]."""
    total = 0
    current = 0
    seen = False
    for w in words:
        if w in v.units:
            current += v.units[w]
            seen = True
        elif w in v.scales:
            mult = 10 ** v.scales[w]
            if not seen:
                current = 1
            if mult == 100:
                current *= mult
            else:
                total += current * mult
                current = 0
            seen = True
        else:
            return None
    return Decimal(total + current) if seen else None


def _read_number(text: str, m: _Anchor, p: _Patterns, v: EnVocab) -> _Num | None:
    start = m.start
    value: Decimal | None
    low: Decimal | None = None
    high: Decimal | None = None
    scale: int | None = None
    plus = False
    if m.kind == "num":
        try:
            value = _numeral_value(m.surface)
        except InvalidOperation:  # pragma: no cover - the regex admits only digits
            return None
        end = m.end
        if text.startswith("+", end) and not text[end + 1 : end + 2].isdigit():
            plus, end = True, end + 1
    elif m.kind == "vague":
        low, high = v.vague[m.surface]
        value = None
        end = m.end
        # "hundreds of billions", "tens of thousands of" (at most three links)
        for _ in range(3):
            mo = p.vague_of.match(text, end)
            if mo is None:
                break
            l2, h2 = v.vague[" ".join(mo.group("w").lower().split())]
            if l2 < 1000:
                break
            low, high, end = low * l2, high * l2 / 10, mo.end()
        # "several million", "a few hundred thousand"
        for _ in range(3):
            ms = p.scale.match(text, end)
            if ms is None:
                break
            mult = _TEN ** v.scales[ms.group("s").lower()]
            low, high, end = low * mult, high * mult, ms.end()
            scale = (scale or 0) + v.scales[ms.group("s").lower()]
        return _Num(start, end, None, low, high, scale)
    elif m.kind == "frac":
        value = v.fractions[m.surface]
        end = m.end
        # "half a million"
        ma = p.article.match(text, end)
        if ma is not None:
            end = ma.end()
    else:
        words = [m.surface]
        end = m.end
        if words[0] in ("a", "an"):
            words[0] = "one"
        # a grammatical cardinal, read word by word: "two hundred and fifty", "twenty-five
        # thousand three hundred"; "one one" or "ten thousand ten thousand" stop after the
        # first number, so that every word is read a bounded number of times
        prev = _word_kind(words[0], v)
        thousands = prev == "k"
        while len(words) < _MAX_NUMBER_WORDS and (mw := p.word_number.match(text, end)):
            w = mw.group("w").lower()
            kind = _word_kind(w, v)
            if kind == "big" or kind not in _FOLLOWS[prev]:
                break
            if kind == "k" and thousands:
                break
            if mw.group("and") is not None and prev not in ("h", "k"):
                break
            thousands = thousands or kind == "k"
            words.append(w)
            prev = kind
            end = mw.end()
        value = _words_value(words, v)
        if value is None:
            return None
    # "one and a half billion", "2 and a half million"
    mh = p.and_half.match(text, end)
    if mh is not None and p.scale_ahead.match(text, mh.end()) is not None:
        value, end = value + Decimal("0.5"), mh.end()
    # scale words: "1.5 billion", "2 hundred million" (at most three)
    for _ in range(3):
        ms = p.scale.match(text, end)
        if ms is None:
            break
        s = v.scales[ms.group("s").lower()]
        value = value * _TEN**s
        scale = (scale or 0) + s
        end = ms.end()
    abbr_end = None
    abbr_scale = 0
    if scale is None and m.kind == "num":
        ma = p.abbr.match(text, end)
        if ma is not None:
            abbr_end, abbr_scale = ma.end(), v.abbreviations[ma.group("s").lower()]
    return _Num(start, end, value, None, None, scale, abbr_end, abbr_scale, plus)


def _with_abbr(n: _Num) -> _Num:
    assert n.value is not None and n.abbr_end is not None
    return attrs.evolve(
        n, end=n.abbr_end, value=n.value * _TEN**n.abbr_scale, scale=n.abbr_scale, abbr_end=None
    )


def _word_before(text: str, pos: int, lo: int) -> str:
    """The lower-cased word (letters and dots) ending right before ``pos``, after at most a
    few spaces; ``""`` if there is none. A cheap test before a regex search."""
    k = pos
    while k > lo and pos - k < 3 and text[k - 1] in " \t\u00a0":
        k -= 1
    j = k
    while j > lo and k - j < 16 and (text[j - 1].isalpha() or text[j - 1] == "."):
        j -= 1
    return text[j:k].lower()


def _currency_before(text: str, start: int, p: _Patterns,
                     floor: int = 0) -> tuple[int, str, bool] | None:
    lo = max(floor, start - 8)
    if start <= lo:
        return None
    prev = text[start - 1] if text[start - 1] not in " \t\u00a0" else text[start - 2 : start - 1]
    if not prev or (prev.isalpha() and _word_before(text, start, lo)[-3:] not in p.code_tails):
        return None
    if not prev.isalpha() and prev not in p.symbol_tails:
        return None
    mc = p.cur_before.search(text, lo, start)
    if mc is None:
        return None
    table = currency_table()
    if mc.group("sym") is not None:
        hit = table.symbols.get(mc.group("sym")) or table.symbols.get(
            mc.group("sym").upper().replace(" ", "")
        )
    else:
        hit = table.words.get(mc.group("code").lower())
    if hit is None:
        return None
    return mc.start(), hit[0], hit[1]


def _currency_after(text: str, end: int, p: _Patterns) -> tuple[int, str, bool, int] | None:
    """(end, ISO code, ambiguous, power of ten) of a currency written after a number:
    "yuan", "US dollars", "€", "MEUR" (millions of euros), "USD million"."""
    mc = p.cur_after.match(text, end)
    if mc is None:
        return None
    table = currency_table()
    exp = 0
    if mc.group("mc") is not None:
        if mc.group("m") != "M":
            return None
        hit = table.words.get(mc.group("mc").lower())
        exp = 6
    elif mc.group("c") is not None:
        hit = table.words.get(" ".join(mc.group("c").lower().split()))
    else:
        hit = table.symbols.get(mc.group("sym"))
    if hit is None:
        return None
    if mc.group("s") is not None:
        if exp:
            return None
        exp = en_vocab().scales[mc.group("s").lower()]
    return mc.end(), hit[0], hit[1], exp


def _qualifier(text: str, start: int, end: int, p: _Patterns, v: EnVocab,
               floor: int = 0) -> tuple[int, int, str]:
    """(new start, new end, qualifier) from the words around ``[start, end)``; nothing before
    ``floor`` (the end of the previous quantity) is looked at."""
    qual = "exact"
    lo = max(floor, start - 40)
    word = _word_before(text, start, lo)
    if word not in p.qualifier_tails:
        mq = mv = None
    else:
        mq = p.qual_before.search(text, lo, start)
    if mq is not None and not (
        mq.group("q").lower().startswith("up")
        and p.phrasal_up.search(text, max(0, mq.start() - 10), mq.start()) is not None
    ):
        qual = v.qualifier_before[" ".join(mq.group("q").lower().split())]
        start = mq.start()
    elif word in p.qualifier_tails:
        mv = p.qual_verb.search(text, lo, start)
        if mv is not None:
            qual = v.qualifier_verbs[" ".join(mv.group("q").lower().split())]
    ma = p.qual_after.match(text, end)
    if ma is not None and qual == "exact":
        qual = v.qualifier_after[" ".join(ma.group("q").lower().split())]
        end = ma.end()
    return start, end, qual


def _range_second(
    text: str, n1: _Num, p: _Patterns, v: EnVocab, pos: int
) -> tuple[_Num, int] | None:
    """A second number after ``pos`` that makes ``n1`` a range, and the separator start."""
    ms = p.range_sep.match(text, pos)
    if ms is None or n1.value is None:
        return None
    sep = ms.group().strip().lower()
    q = ms.end()
    mp = p.cur_prefix_at.match(text, q)
    if mp is not None:
        q = mp.end()
    ma = _anchor_at(text, q, p, v)
    if ma is None or ma.kind == "vague":
        return None
    n2 = _read_number(text, ma, p, v)
    if n2 is None or n2.value is None:
        return None
    if sep in ("and", "or"):
        if sep == "and" and p.between_before.search(text, max(0, n1.start - 16), n1.start) is None:
            return None
        if sep == "or" and n1.scale is None and n2.scale is None:
            return None
    return n2, ms.start()


def _is_change(text: str, start: int, p: _Patterns) -> bool:
    """Whether "from X <unit> to Y <unit>" at ``start`` reads as a change of value (two
    quantities: "grew from 95 km² to 220 km²") rather than a range ("ranging from ..."):
    a verb of change in the few words before "from", within the sentence."""
    mf = p.from_before.search(text, max(0, start - 8), start)
    if mf is None:
        return False
    lo = max(0, mf.start() - 64)
    stop = max(text.rfind(". ", lo, mf.start()), text.rfind("\n", lo, mf.start()))
    return p.change_verb.search(text, max(lo, stop + 1), mf.start()) is not None


def _scaled(n: _Num, exp: int) -> _Num:
    assert n.value is not None
    return attrs.evolve(n, value=n.value * _TEN**exp, scale=exp, abbr_end=None)


def _cents(text: str, end: int, p: _Patterns, v: EnVocab) -> tuple[int, Decimal] | None:
    """ "... dollars and 43 cents": (end, 0.43)."""
    mc = p.cents.match(text, end)
    if mc is None:
        return None
    n = mc.group("n").lower()
    if n.isdigit():
        value = Decimal(n)
    else:
        words = n.split("-")
        total = sum(v.units.get(w, 100) for w in words)
        if total >= 100:
            return None
        value = Decimal(total)
    return mc.end(), value / 100


def _make(kind: str, start: int, end: int, n1: _Num, n2: _Num | None, unit: str | None,
          assumed: bool, text: str, p: _Patterns, v: EnVocab, floor: int) -> Raw | None:
    if n2 is not None:
        assert n1.value is not None and n2.value is not None
        lo, hi = n1.value, n2.value
        if n1.scale is None and n2.scale is not None:
            # "2-3 billion": the first end shares the second's scale; "500,000 to 2 million":
            # a first end written in full stands alone; "5 or 2 million" is no range
            mantissa = hi / _TEN**n2.scale
            if lo < mantissa:
                lo = lo * _TEN**n2.scale
            elif lo < 1000:
                return None
        if not lo < hi:
            return None
        mb = p.between_before.search(text, max(floor, start - 12), start)
        if mb is not None:
            start = mb.start()
        return Raw(kind, start, end, "range", None, lo, hi, unit, assumed)
    if n1.value is None:
        return Raw(kind, start, end, "vague", None, n1.low, n1.high, unit, assumed)
    s, e, q = _qualifier(text, start, end, p, v, floor)
    if n1.plus and q == "exact":
        q = "over"
    return Raw(kind, s, e, q, n1.value, None, None, unit, assumed)


#: characters that may start what follows a number: a unit sign, a range separator, a suffix
_FOLLOWERS = frozenset("%％$€£¥￥₩₽₹㎡㎢²-–—~+(")


def _nothing_follows(text: str, end: int) -> bool:
    """Whether the next non-space character after ``end`` can start nothing the scanner reads
    (a unit, a currency, a range, a noun): a cheap exit for years, list numbers and the like."""
    i = end
    n = len(text)
    while i < n and i - end < 3 and text[i] in " \t\u00a0":
        i += 1
    if i >= n:
        return True
    c = text[i]
    return not (c.isalpha() or c in _FOLLOWERS)


def _scan_one(text: str, m: _Anchor, p: _Patterns, v: EnVocab, floor: int) -> Raw | None:
    n1 = _read_number(text, m, p, v)
    if n1 is None:
        return None
    start = n1.start
    pre = _currency_before(text, start, p, floor)
    # a letter glued before digits is only allowed for a currency code ("RMB5bn")
    if m.kind == "num" and pre is None and start > 0 and text[start - 1].isalpha():
        return None
    if pre is None and _nothing_follows(text, n1.end):
        return None  # "in 2021, the ...", "No. 3.": no unit, separator or noun can follow
    # --- money -----------------------------------------------------------------------
    num = n1
    if num.abbr_end is not None and (pre is not None or _currency_after(text, num.abbr_end, p)):
        num = _with_abbr(num)
    rng = _range_second(text, num, p, v, num.end)
    n2 = None
    end = num.end
    if rng is not None:
        n2 = rng[0]
        if n2.abbr_end is not None and (pre is not None or _currency_after(text, n2.abbr_end, p)):
            n2 = _with_abbr(n2)
        end = n2.end
    post = _currency_after(text, end, p)
    if pre is not None and post is not None and post[1] != pre[1]:
        post = None
    if post is not None and post[3]:
        # "75 USD million", "120 MEUR": the scale comes with the currency
        if (n2 or num).scale is not None:
            post = None
        elif n2 is None:
            num = _scaled(num, post[3])
        else:
            num, n2 = _scaled(num, post[3]), _scaled(n2, post[3])
    if post is not None and n2 is None:
        # "1,000 yuan to 10,000 yuan": a unit at each end
        rng2 = _range_second(text, num, p, v, post[0])
        if rng2 is not None and not _is_change(text, start, p):
            second = _currency_after(text, rng2[0].end, p)
            if second is not None and second[1] == post[1] and not second[3]:
                return _make("money", start, second[0], num, rng2[0], post[1], post[2],
                             text, p, v, floor)
    if pre is not None or post is not None:
        cur = pre if pre is not None else post
        assert cur is not None
        s = pre[0] if pre is not None else start
        e = post[0] if post is not None else end
        # a written name ("US dollars") after an ambiguous sign settles the currency
        assumed = cur[2] and not (post is not None and not post[2])
        if n2 is None and num.value is not None and num.scale is None:
            cents = _cents(text, e, p, v)
            if cents is not None:
                e, num = cents[0], attrs.evolve(num, value=num.value + cents[1])
        return _make("money", s, e, num, n2, cur[1], assumed, text, p, v, floor)
    # --- money with no currency written ---------------------------------------------------
    if (num.scale is not None or num.value is None) and (
        p.bare_money_after.match(text, end) is not None
        or p.bare_money_before.search(text, max(floor, start - 40), start) is not None
    ):
        return _make("money", start, end, num, n2, None, True, text, p, v, floor)
    # --- areas -------------------------------------------------------------------------
    n2 = None
    end = n1.end
    rng = _range_second(text, n1, p, v, n1.end)
    ua = p.area_after.match(text, n1.end)
    if ua is None and rng is not None:
        ua = p.area_after.match(text, rng[0].end)
        if ua is not None:
            n2 = rng[0]
    elif ua is not None:
        # "20 mu to 30 mu"
        rng2 = _range_second(text, n1, p, v, ua.end())
        if rng2 is not None and not _is_change(text, start, p):
            ub = p.area_after.match(text, rng2[0].end)
            if ub is not None and v.area_units[" ".join(ub.group("u").lower().split())] == \
                    v.area_units[" ".join(ua.group("u").lower().split())]:
                n2, ua = rng2[0], ub
    if ua is not None:
        unit = v.area_units[" ".join(ua.group("u").lower().split())]
        return _make("area", start, ua.end(), n1, n2, unit.value, False, text, p, v, floor)
    # --- percentages -------------------------------------------------------------------
    mp = p.percent_after.match(text, n1.end)
    if mp is None and rng is not None:
        mp = p.percent_after.match(text, rng[0].end)
        if mp is not None:
            n2 = rng[0]
    if mp is not None:
        word = " ".join(mp.group("p").lower().split())
        unit_p = "point" if word in v.point_words else None
        end = mp.end()
        if n2 is None and not _is_change(text, start, p):
            # "10% to 15%", "10%-15%": the sign at each end
            rng2 = _range_second(text, n1, p, v, end)
            if rng2 is not None:
                mp2 = p.percent_after.match(text, rng2[0].end)
                if mp2 is not None and (
                    " ".join(mp2.group("p").lower().split()) in v.point_words
                ) == (unit_p is not None):
                    n2, end = rng2[0], mp2.end()
        return _make("percent", start, end, n1, n2, unit_p, False, text, p, v, floor)
    # --- counts ------------------------------------------------------------------------
    return _count(text, n1, rng, p, v, floor)


_MONTHS = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)


_NOT_PLURAL_ENDINGS = ("ss", "us", "is", "ous", "'s", "’s")


def _is_plural(word: str) -> bool:
    w = word.lower()
    return w.endswith("s") and not w.endswith(_NOT_PLURAL_ENDINGS) and len(w) > 2


def _count(text: str, n1: _Num, rng: tuple[_Num, int] | None, p: _Patterns,
           v: EnVocab, floor: int) -> Raw | None:
    """A count: the number (and qualifier) in the span, the counted noun phrase in ``unit``.

    The noun phrase is up to three lower-case words after the number ending in a plural head
    ("more than 40 high-tech companies" -> "high-tech companies"); "one" may count a singular
    ("one park"). Bare years, and words that cannot be counted (stopwords, months, adverbs),
    make no count.
    """
    n2 = rng[0] if rng is not None else None
    end = n2.end if n2 is not None else n1.end
    if n1.value is not None and n1.scale is None and n2 is None:
        raw = text[n1.start:n1.end]
        if raw.isdigit() and len(raw) == 4 and 1900 <= int(raw) <= 2100:
            return None
    # "50 or more teams": a qualifier between the number and its noun
    after_qual = None
    if n2 is None and n1.value is not None:
        ma = p.qual_after.match(text, end)
        if ma is not None:
            after_qual, end = v.qualifier_after[" ".join(ma.group("q").lower().split())], ma.end()
    # "hundreds of engineers": a vague size counts what follows "of"
    if n1.value is None:
        mo = p.of_after.match(text, end)
        if mo is not None:
            end = mo.end()
    mn = p.count_noun.match(text, end)
    if mn is None:
        return None
    words = [w for w in (mn.group("n"), mn.group("n2"), mn.group("n3")) if w is not None]
    first = words[0].lower()
    if (first in v.count_stopwords or first in _MONTHS or not words[0].islower()
            or first.endswith("ly")):
        return None
    noun = None
    for i, w in enumerate(words):
        if not w.islower() or w.lower() in v.count_stopwords:
            break
        if _is_plural(w):
            noun = " ".join(words[: i + 1])
            break
    if noun is None:
        if n1.value != 1 or n2 is not None:
            return None
        noun = words[0]
    made = _make("count", n1.start, end, n1, n2, noun, False, text, p, v, floor)
    if made is not None and after_qual is not None and made.qualifier == "exact":
        made = attrs.evolve(made, qualifier=after_qual)
    return made


def _listed(text: str, found: list[Raw], p: _Patterns, v: EnVocab) -> list[Raw]:
    """Money listed before an amount that carries the currency after it: "prizes of 1 million,
    500,000 and 200,000 yuan" gives three amounts. The list must end in "and"/"or"; bare
    years are never items."""
    out: list[Raw] = []
    for i, raw in enumerate(found):
        if raw.kind == "money" and raw.value is not None and text[raw.start].isdigit():
            floor = found[i - 1].end if i else 0
            items: list[Raw] = []
            pattern = p.list_last
            # "10, 5 or 2 million yuan": items without a scale share the last one's
            mn = p.numeral.match(text, raw.start)
            ms = p.scale.match(text, mn.end()) if mn is not None else None
            shared = v.scales[ms.group("s").lower()] if ms is not None else 0
            pos = raw.start
            while len(items) < 12:
                m = pattern.search(text, max(floor, pos - 48), pos)
                if m is None:
                    break
                digits = m.group("n")
                if m.group("s") is None and digits.isdigit() and len(digits) == 4:
                    break  # "in 2020 and 3 billion yuan": a year, not an amount
                value = _numeral_value(digits)
                value *= _TEN ** (v.scales[m.group("s").lower()] if m.group("s") else shared)
                items.append(Raw("money", m.start(), m.end("s") if m.group("s") else m.end("n"),
                                 "exact", value, None, None, raw.unit, raw.assumed))
                pos, pattern = m.start(), p.list_item
            out.extend(reversed(items))
        out.append(raw)
    return out


def scan_en(text: str) -> list[Raw]:
    """Every English money, area, percentage and count expression in ``text``, in order and
    non-overlapping, as internal :class:`~innovation_news._raw.Raw` values."""
    p = _patterns()
    v = en_vocab()
    out: list[Raw] = []
    last = 0
    for match in p.anchor.finditer(text):
        if match.start() < last:
            continue
        m = _anchor(text, match, p, v)
        if m is None:
            continue
        r = _scan_one(text, m, p, v, last)
        if r is None:
            continue
        if out and r.start < out[-1].end:
            continue
        out.append(r)
        last = r.end
    if any(r.kind == "money" for r in out):
        return _listed(text, out, p, v)
    return out


def parse_en_number(text: str) -> Decimal:
    """The value of one English number expression: digits with separators and decimals,
    number words, scale words and abbreviations.

    >>> parse_en_number("1.5 billion"), parse_en_number("two hundred"), parse_en_number("3bn")
    (Decimal('1500000000.0'), Decimal('200'), Decimal('3000000000'))
    """
    if not isinstance(text, str):
        raise TypeError(f"parse_en_number() takes a str, not {type(text).__name__}")
    s = text.strip()
    if not s:
        raise ParseError("empty number", text=text, reason="empty")
    p = _patterns()
    v = en_vocab()
    m = _anchor_at(s, 0, p, v, scanning=False)
    if m is None or m.kind == "vague":
        raise ParseError(f"not a number: {text!r}", text=text, reason="no-number")
    n = _read_number(s, m, p, v)
    if n is None or n.value is None:
        raise ParseError(f"not a number: {text!r}", text=text, reason="no-number")
    if n.abbr_end is not None and n.abbr_end == len(s):
        n = _with_abbr(n)
    if n.end != len(s) or n.value is None:
        raise ParseError(f"unexpected text after the number in {text!r}", text=text,
                         reason="trailing-text")
    return n.value
