"""Find candidate names of parks, initiatives and talent programmes in English text.

A name is found from its head word ("Industrial Park", "Zone", "Summit", "Plan",
"Measures" ...; vocabularies in ``data/records_en.toml``): the finder walks left from the
head over capitalised words, connectors ("of", "and", "&", "-"), parentheticals and quoted
parts, then right over a plural "s", a parenthetical (a place, years, or an abbreviation
that becomes an alias), a trailing year, and -- for initiatives -- prepositional tails
("... Plan for Promoting X", "Conference on Y") whose object is not an organisation.
Quoted names ("the “Lakeside 100 Plan”") are read from inside the quotes; a quoted name
followed by a lower-case head ('"Harbour First" plan') is taken with its head.

Every result is a :class:`NameMention` with offsets into the original text.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence
from importlib import resources
from typing import Any, NamedTuple

import attrs

from innovation_news.numbers._vocab import alternation

__all__ = ["NameMention", "find_names_en", "load_vocabulary", "initials_match", "promote_talent"]

Pair = tuple[int, int]


@attrs.frozen(slots=True)
class NameMention:
    """One mention of a name: ``text[start:end]`` is the name as written.

    ``category`` is ``"park"``, ``"initiative"``, ``"talent"`` or ``"organization"``;
    ``kind`` the park/initiative kind read from the head; ``level`` a level word in or just
    before the name; ``abbrev`` the span of an abbreviation given in parentheses right after
    the name; ``sentence`` the sentence holding it.
    """

    start: int
    end: int
    text: str
    category: str
    kind: str
    level: str | None = None
    abbrev: Pair | None = None
    sentence: Pair | None = None
    quoted: bool = False
    nickname: bool = False


def _load(name: str) -> dict[str, Any]:
    data = resources.files("innovation_news").joinpath("data", name).read_text(encoding="utf-8")
    return tomllib.loads(data)


_VOCAB: dict[str, Any] | None = None


def load_vocabulary() -> dict[str, Any]:
    """The parsed ``records_en.toml`` (cached)."""
    global _VOCAB
    if _VOCAB is None:
        _VOCAB = _load("records_en.toml")
    return _VOCAB


def _alternation(phrases: Sequence[str]) -> str:
    # a character trie (longest word first at each branch): far faster to scan than a flat list
    return alternation(phrases)


class _Vocab:
    def __init__(self) -> None:
        v = load_vocabulary()
        self.heads: dict[str, tuple[str, str]] = {}
        for phrase, kind in v["park_heads"].items():
            self.heads[phrase] = ("park", kind)
        for phrase, kind in v["initiative_heads"].items():
            self.heads[phrase] = ("initiative", kind)
        self.lower_heads: dict[str, tuple[str, str]] = {}
        for phrase, kind in v["park_heads_lower"].items():
            self.lower_heads[phrase] = ("park", kind)
        for phrase, kind in v["initiative_heads_lower"].items():
            self.lower_heads[phrase] = ("initiative", kind)
        w = v["words"]
        self.head_first = frozenset(w["head_first"])
        self.org_heads = frozenset(w["organisation_heads"])
        self.generic = frozenset(w["generic"])
        self.connectors = frozenset(w["connectors"])
        self.prepositions = frozenset(w["prepositions"])
        self.ordinals = frozenset(w["ordinals"])
        self.stop_lower = frozenset(w["stop_lower"])
        self.talent = frozenset(w["talent_words"])
        self.headline_verbs = frozenset(w["headline_verbs"])
        self.plain = frozenset(w["plain_words"])
        self.transport = frozenset(w["transport_words"])
        self.foreign = frozenset(w["foreign_nicknames"])
        self.famous_rx = re.compile(r"(?<![\w\-])(?:" + _alternation(w["famous_zones"]) + r")(?![\w\-])")
        # capitalised heads (the last word of every head phrase, capitalised) -- anchors
        # one pass for both: capitalised heads (group "cap") and lower-case heads (group "low");
        # the look-ahead on the first letter lets most positions fail at once
        self.any_head_rx = re.compile(
            r"(?<![\w\-])(?:(?=[A-Z])(?P<cap>" + _alternation(list(self.heads)) + r")"
            r"|(?=[a-z])(?P<low>" + _alternation(list(self.lower_heads)) + r"))(?![\w\-])"
        )
        self.talent_rx = re.compile(
            r"(?i)(?<![\w])(?:" + _alternation(sorted(self.talent)) + r"|thousand talents?)(?![\w])"
        )


_V: _Vocab | None = None


def _vocab() -> _Vocab:
    global _V
    if _V is None:
        _V = _Vocab()
    return _V


# ----------------------------------------------------------------------------- tokens

_TOKEN = re.compile(
    r"(?P<w>[A-Za-z0-9](?:[A-Za-z0-9'’\-.&]*[A-Za-z0-9])?(?:['’]s|(?<=s)['’](?=\s+[A-Z]))?)"
    r"|(?P<q>[“”\"‘«»「」『』《》]|(?<![A-Za-z])'|'(?![A-Za-z]))"
    r"|(?P<p>[()（）\[\]])"
    r"|(?P<s>[&·•–—\-/+])"
    r"|(?P<o>[^\s\w])"
)

_OPEN_Q = "“‘«「『《"
_CLOSE_Q = "”’»」』》"
_YEAR = re.compile(r"(?:19|20)\d\d(?:-(?:19|20)?\d\d)?")
_ORDINAL_NUM = re.compile(r"\d+(?:st|nd|rd|th)")
_ABBREV = re.compile(r"[A-Z][A-Z0-9&]{1,9}s?(?:\s+[A-Z][a-z]+)?")
_SLOGAN = re.compile(
    r"(?i)(?:one|two|three|four|five|six|seven|eight|nine|ten|double|\d+)\s+[A-Za-z\-]+"
    r"(?:\s*(?:,|，|、|and|&)\s*(?:and\s+)?(?:one|two|three|four|five|six|seven|eight|nine|ten|double|\d+)\s+[A-Za-z\-]+)+"
)
_PRONOUN = re.compile(r"(?i)\b(?:we|i|you|our|us|they|it|he|she|my|your)\b")
_LEVEL = (
    (re.compile(r"(?i)\b(?:national|state|state-level|national-level|country-level)\b"), "national"),
    (re.compile(r"(?i)\b(?:provincial|province-level|provincial-level)\b"), "provincial"),
    (re.compile(r"(?i)\b(?:municipal|city-level|municipal-level)\b"), "municipal"),
    (re.compile(r"(?i)\b(?:district-level|county-level)\b"), "district"),
)
_TALENT_CONTEXT = re.compile(
    r"(?i)\b(?:attract\w*|recruit\w*|introduc\w*|draw\w*|woo\w*|lur\w*|bring\w* in|gather\w*)\b"
    r"[^.;]{0,60}\b(?:talent\w*|professionals|experts|scientists|returnees|engineers)\b"
    r"|\btalent(?:s|ed)?\s+(?:plan|program|programme|scheme|policy|project|recruitment)"
)


class _Tok(NamedTuple):
    start: int
    end: int
    kind: str  # w q p s o
    text: str


_NEW = tuple.__new__


def _tokens(text: str, start: int, end: int) -> list[_Tok]:
    # tuple.__new__ skips the NamedTuple constructor's Python frame (this is the hot loop)
    return [_NEW(_Tok, (m.start(), m.end(), m.lastgroup, m.group())) for m in _TOKEN.finditer(text, start, end)]


def _is_cap(tok: _Tok) -> bool:
    c = tok.text[0]
    return tok.kind == "w" and (c.isupper() or c.isdigit())


def _quote_pairs(toks: list[_Tok]) -> dict[int, int]:
    """Map token index of every opening quote to its closing quote index (and back)."""
    pairs: dict[int, int] = {}
    open_at: int | None = None
    straight_open: int | None = None
    single_open: int | None = None
    for i, t in enumerate(toks):
        if t.kind != "q":
            continue
        ch = t.text
        if ch == "'":
            if single_open is None:
                single_open = i
            else:
                if i - single_open <= 12:
                    pairs[single_open] = i
                    pairs[i] = single_open
                single_open = None
            continue
        if ch == '"':
            if straight_open is None:
                straight_open = i
            else:
                if i - straight_open <= 40:
                    pairs[straight_open] = i
                    pairs[i] = straight_open
                straight_open = None
        elif ch in _OPEN_Q:
            if ch == "‘" and open_at is not None:
                continue
            open_at = i
        elif ch in _CLOSE_Q and open_at is not None:
            if ch == "’" and toks[open_at].text != "‘":
                continue
            if i - open_at <= 40:
                pairs[open_at] = i
                pairs[i] = open_at
            open_at = None
    return pairs


def _paren_close(toks: list[_Tok], i: int, limit: int = 14) -> int | None:
    """Index of the ``)`` (or ``]``) closing the ``(`` (``[``) at ``i`` (no nesting), within
    ``limit`` tokens."""
    close = "]" if toks[i].text == "[" else ")）"
    for j in range(i + 1, min(len(toks), i + limit)):
        if toks[j].text in close:
            return j
        if toks[j].text in "(（[" or toks[j].text in ".;。":
            return None
    return None


def _paren_open(toks: list[_Tok], i: int, limit: int = 14) -> int | None:
    for j in range(i - 1, max(-1, i - limit), -1):
        if toks[j].text in "(（":
            return j
        if toks[j].text in ")）.;。":
            return None
    return None


def initials_match(words: Sequence[str], abbrev: str) -> bool:
    """Whether the capitalised ``words`` spell ``abbrev`` by their initials.

    >>> initials_match(["Lakeside", "Photonics", "Industrial", "Park"], "LPIP")
    True
    """
    letters = "".join(w[0] for w in words if w and (w[0].isupper()))
    return letters.upper() == abbrev.upper() and len(letters) >= 2


# ----------------------------------------------------------------------------- finder


class _Sentence:
    __slots__ = ("start", "end", "toks", "quotes", "index_at", "_title_case", "in_quote", "_talent_ctx", "text")

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text = text
        self.start = start
        self.end = end
        self.toks = _tokens(text, start, end)
        self.quotes = _quote_pairs(self.toks)
        self.index_at = {t.start: i for i, t in enumerate(self.toks)}
        # the opening-quote index enclosing each token (quote pairs span at most 40 tokens,
        # so this is linear in the sentence)
        self.in_quote: dict[int, int] = {}
        for o, c in self.quotes.items():
            if o < c:
                for k in range(o + 1, c):
                    self.in_quote[k] = o
        self._talent_ctx: bool | None = None
        self._title_case: bool | None = None

    @property
    def title_case(self) -> bool:
        """Whether the sentence is a title-case headline (computed on first use)."""
        if self._title_case is None:
            long_words = [t.text for t in self.toks if t.kind == "w" and len(t.text) >= 4 and t.text[0].isalpha()]
            caps = sum(1 for w in long_words if w[0].isupper())
            self._title_case = (
                len(long_words) >= 4
                and caps >= 0.85 * len(long_words)
                and not self.text[self.start : self.end].rstrip("\"”’' ").endswith((".", "!", "?"))
            )
        return self._title_case

    def talent_context(self) -> bool:
        """Whether the sentence speaks of attracting talent (computed once)."""
        if self._talent_ctx is None:
            self._talent_ctx = _TALENT_CONTEXT.search(self.text, self.start, self.end) is not None
        return self._talent_ctx


def _level_of(text: str, start: int, end: int, sent_start: int) -> str | None:
    window = text[max(sent_start, start - 24) : end]
    for rx, level in _LEVEL:
        if rx.search(window):
            return level
    return None


def find_names_en(text: str, sentences: Sequence[Pair]) -> list[NameMention]:
    """Every park / initiative / talent-programme name mention in ``text``, in text order.

    ``sentences`` are the body sentences (from :func:`innovation_news.text.split_text`);
    names are only looked for inside them, and never cross a sentence boundary.
    """
    v = _vocab()
    orig = text
    text = _title_caps(text)
    found: list[NameMention] = []
    for s_start, s_end in sentences:
        heads: list[re.Match[str]] = []
        lheads: list[re.Match[str]] = []
        for hm in v.any_head_rx.finditer(text, s_start, s_end):
            (heads if hm.lastgroup == "cap" else lheads).append(hm)
        famous = list(v.famous_rx.finditer(text, s_start, s_end))
        if not heads and not lheads and not famous:
            continue
        sent = _Sentence(text, s_start, s_end)
        cands: list[NameMention] = []
        for m in heads:
            c = _from_head(text, sent, m.start(), m.end(), v, lower=False)
            if c is not None:
                cands.append(c)
        for m in lheads:
            c = _from_head(text, sent, m.start(), m.end(), v, lower=True)
            if c is not None:
                cands.append(c)
        cands.extend(_quoted_names(text, sent, v))
        cands.extend(_famous_zones(text, sent, famous, cands))
        found.extend(_best(text, cands))
    found.sort(key=lambda c: c.start)
    # a bare famous zone named in full elsewhere ("Zhangjiang" beside "Zhangjiang High-tech Zone")
    # is that park, not one of its own
    fuller = {m.text.split()[0] for m in found if m.category == "park" and " " in m.text}
    found = [m for m in found if not (m.category == "park" and m.text in fuller and v.famous_rx.fullmatch(m.text))]
    found = _foreign_and_towns(text, found, v)
    out = [_or_abbrev(text, m) for m in found if not _plain_name(m, v)]
    if text is not orig:
        out = [attrs.evolve(m, text=orig[m.start : m.end]) for m in out]
    return out


_CAPS_RUN = re.compile(r"(?<![\w\-])[A-Z]{2,}(?:[ \t]+[A-Z]{2,}){2,}(?![\w\-])")
_CAPS_WORD = re.compile(r"[A-Z]{2,}")


def _title_caps(text: str) -> str:
    """``text`` with runs of three or more ALL-CAPS words title-cased (same length and offsets):
    "YUNNAN DIAN ZHONG NEW AREA" reads as a capitalised name; lone abbreviations stay."""
    if _CAPS_RUN.search(text) is None:
        return text
    return _CAPS_RUN.sub(lambda m: _CAPS_WORD.sub(lambda w: w.group().capitalize(), m.group()), text)


_GAP_NICK = re.compile(r"[\s,:;(\-–—“”\"'‘’]{0,8}")
_POSSESSIVE_LEAD = re.compile(r"^(?:the\s+)?[\w\-]+['’]s\s+")


def _foreign_and_towns(text: str, found: list[NameMention], v: _Vocab) -> list[NameMention]:
    """Drop famous foreign names ("Silicon Valley"; "China's Silicon Valley" right after a park is
    its nickname) and ordinary administrative towns ("Leping Town": a place word + "Town")."""
    out: list[NameMention] = []
    for m in found:
        if m.category == "park":
            lead = _POSSESSIVE_LEAD.match(m.text)
            core = m.text[lead.end() :] if lead else m.text
            if core.startswith("the "):
                core = core[4:]
            if core in v.foreign:
                prev = out[-1] if out else None
                if (
                    lead is not None
                    and prev is not None
                    and prev.category == "park"
                    and prev.end <= m.start
                    and _GAP_NICK.fullmatch(text, prev.end, m.start) is not None
                ):
                    out.append(attrs.evolve(m, nickname=True))
                continue
            words = core.split()
            if m.kind == "town" and len(words) == 2 and words[1] == "Town" and _is_known_place(words[0]):
                continue
        out.append(m)
    return out


def _famous_zones(text: str, sent: _Sentence, found: list[re.Match[str]], cands: list[NameMention]) -> list[NameMention]:
    """A famous zone named without a head ("Zhongguancun", "Beijing's Zhongguancun"), unless
    it opens or sits inside a longer name ("Zhongguancun Forum", "Zhongguancun Science Park")."""
    out: list[NameMention] = []
    toks = sent.toks
    for fm in found:
        if any(c.start < fm.end() and fm.start() < c.end for c in cands):
            continue
        i = sent.index_at.get(fm.start())
        if i is None:
            continue
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if nxt is not None and (nxt.kind == "w" and _is_cap(nxt) or nxt.text in "-–·&" and nxt.start == fm.end()):
            continue  # "Zhongguancun Forum", "Zhongguancun-based"
        prev = toks[i - 1] if i > 0 else None
        if prev is not None and prev.kind == "w" and _is_cap(prev) and _strip_possessive(prev.text) == prev.text and i - 1 > 0:
            continue  # inside a run of name words ("Greater Zhangjiang")
        if toks[i].text != fm.group():
            continue  # "Zhongguancun's": the possessive names what follows
        level = _level_of(text, fm.start(), fm.end(), sent.start)
        out.append(NameMention(fm.start(), fm.end(), fm.group(), "park", "zone", level, None, (sent.start, sent.end), False))
    return out


_NAME_WORD = re.compile(r"[A-Za-z][\w'’\-]*|\d+")


def _plain_name(m: NameMention, v: _Vocab) -> bool:
    """A generic phrase ("News and Policies", "the provincial scheme") or a transport project
    ("X Highway Composite Corridor") is no name."""
    words = _NAME_WORD.findall(m.text)
    if words and all(w.lower() in v.plain for w in words):
        return True
    if m.category == "park" and m.kind == "corridor" and any(w in v.transport for w in words):
        return True
    return False


_OR_ABBREV = re.compile(r"\s*,?\s*(?:or|aka|a\.k\.a\.)\s+([A-Z][A-Z0-9&]{1,9})(?=\s*[)）\],.;])")


def _or_abbrev(text: str, m: NameMention) -> NameMention:
    """"… (also known as Optics Valley of China, or OVC)": an abbreviation after "or" that
    spells the name becomes its abbreviation."""
    if m.abbrev is not None:
        return m
    am = _OR_ABBREV.match(text, m.end)
    if am is None or not initials_match(re.findall(r"[\w'’\-]+", m.text), am.group(1)):
        return m
    return attrs.evolve(m, abbrev=am.span(1))


def _best(text: str, cands: list[NameMention]) -> list[NameMention]:
    """Drop candidates inside a longer one (the longer keeps its own head); the left part
    of "A Zone – B Area" stays a name of its own."""
    cands.sort(key=lambda c: (c.start, -(c.end - c.start)))
    out: list[NameMention] = []
    keep: list[NameMention] = []
    for c in cands:
        if out and c.start < out[-1].end:
            last = out[-1]
            if c.end <= last.end:
                if c.start == last.start and (
                    re.match(r"\s*[–—]\s", text[c.end : c.end + 3])
                    or c.category == "park" and last.category != "park" and not c.quoted
                ):
                    keep.append(c)
                continue
            if c.end - c.start > last.end - last.start:
                out[-1] = c
            continue
        out.append(c)
    return out + keep


def _head_kind(text: str, start: int, end: int, v: _Vocab, lower: bool) -> tuple[str, str] | None:
    phrase = re.sub(r"\s+", " ", text[start:end])
    table = v.lower_heads if lower else v.heads
    return table.get(phrase)


_TITLES = frozenset(
    """Secretary Director Mayor Governor Chairman Chairwoman President Head Chief Member Deputy Vice
    Minister Dean Professor Manager Officer Engineer Leader Founder General Party Standing""".split()
)
_STOP_NAMES = re.compile(r"(?i)people['’]s congress|party congress|political consultative|\bcppcc\b|\bnpc\b")
_QUOTE_CHARS = _OPEN_Q + _CLOSE_Q + '"\''


def _strip_possessive(word: str) -> str:
    if word.endswith(("'s", "’s")):
        return word[:-2]
    if word.endswith(("s'", "s’")):
        return word[:-1]
    return word


def _from_head(
    text: str, sent: _Sentence, hstart: int, hend: int, v: _Vocab, *, lower: bool
) -> NameMention | None:
    toks = sent.toks
    hi = sent.index_at.get(hstart)
    if hi is None:
        return None
    he = hi
    while he + 1 < len(toks) and toks[he + 1].start < hend:
        he += 1
    cat_kind = _head_kind(text, hstart, hend, v, lower)
    if cat_kind is None:
        return None
    category, kind = cat_kind
    # inside quotes? then the quote content is the name (handled by _quoted_names)
    o = sent.in_quote.get(hi)
    if o is not None and sent.quotes[o] > he:
        return None
    head_word = _strip_possessive(toks[he].text)
    possessive = head_word != toks[he].text
    first = _walk_left(text, sent, hi, v, lower=lower, category=category)
    if first is None:
        return None
    if possessive:
        last, abbrev, alias = he, None, None
    elif lower:
        last, abbrev, alias = he, None, None
    else:
        last, abbrev, alias = _walk_right(text, sent, first, he, v, category, head_word)
    # trim leading connectors / "the"
    while first < last and toks[first].kind != "q" and (
        toks[first].text.lower() in ("the", "a", "an", "and", "of", "for", "to", "in", "on", "at", "as")
        or toks[first].kind in "so"
    ):
        first += 1
    start, end = toks[first].start, toks[last].end
    if last == he and possessive:
        end = toks[he].start + len(head_word)
    name = text[start:end]
    if not _distinctive(sent, first, last, v):
        return None
    if _STOP_NAMES.search(name):
        return None
    if category == "park" and _generic_plural_park(sent, first, he, head_word, v):
        return None
    if category == "initiative" and head_word in ("Project", "Projects", "project"):
        if not v.talent_rx.search(name):
            return None
    if category == "park" and kind == "zone" and head_word == "Area" and possessive and _is_known_place(name):
        return None
    quoted = any(toks[i].kind == "q" for i in range(first, last + 1))
    if category == "initiative" and kind in ("plan", "policy", "other"):
        if _is_talent(text, name, sent, v, head_word):
            category = "talent"
    level = _level_of(text, start, end, sent.start)
    if alias is not None:
        abbrev = alias
    return NameMention(start, end, name, category, kind, level, abbrev, (sent.start, sent.end), quoted)


_PLACE_NOUNS = frozenset(
    "City Cities Village County District Province Island Street Road Avenue Capital Prefecture Municipality".split()
)
_MONTHS = frozenset(
    """January February March April May June July August September October November December Jan Feb Mar
    Apr Jun Jul Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday Friday Saturday Sunday""".split()
)
_MAX_LEFT = 24  # tokens a name may reach left of its head
_MAX_RUN = 20  # tokens of one prepositional tail


def _walk_left(text: str, sent: _Sentence, hi: int, v: _Vocab, *, lower: bool, category: str) -> int | None:
    """Index of the first token of the name whose head starts at token ``hi``."""
    toks = sent.toks
    first = hi
    i = hi - 1
    if lower:
        # lower-case head: lower-case modifiers back to a quoted part or a distinctive cap word
        n_mod = 0
        while i >= 0 and toks[i].kind == "w" and toks[i].text[0].islower() and (
            toks[i].text not in v.stop_lower or toks[i].text == "and" and n_mod > 0
        ):
            n_mod += 1
            i -= 1
            if n_mod > 7:
                return None
        if i >= 1 and i + 1 == hi and toks[i].text == "and" and _head_kind(text, toks[i - 1].start, toks[i - 1].end, v, True):
            # "“X” exchange and exhibition": two lower-case heads
            i -= 2
            while i >= 0 and toks[i].kind == "w" and toks[i].text[0].islower() and toks[i].text not in v.stop_lower:
                i -= 1
        if i + 1 < hi and toks[i + 1].text == "and":
            return None
        if any(_strip_possessive(toks[k].text) != toks[k].text for k in range(i + 1, hi)):
            return None  # "the zone's policies": a generic mention
        if i >= 0 and toks[i].kind == "q" and toks[i].text in _CLOSE_Q + '"\'' and i in sent.quotes:
            o = sent.quotes[i]
            if o < i - 1 and (_is_cap(toks[o + 1])):
                first = o
                j = o - 1
                if j >= 0 and toks[j].kind == "w" and (
                    _YEAR.fullmatch(toks[j].text) or toks[j].text in v.ordinals or _ORDINAL_NUM.fullmatch(toks[j].text)
                ):
                    first = j
                return first
            return None
        if i >= 0 and _is_cap(toks[i]) and n_mod <= 4 and toks[i].text not in v.generic:
            word = toks[i].text
            if _strip_possessive(word) != word or word[0].isdigit():
                return None
            # an all-caps brand, or a capitalised name word that is not sentence-initial
            if word.isupper() and len(word) >= 2 or i > 0:
                j = i
                while j - 1 >= 0 and i - j < 8 and _is_cap(toks[j - 1]) and toks[j - 1].text not in v.generic:
                    j -= 1
                if _is_known_place(text[toks[j].start : toks[i].end]):
                    return None
                q = j - 1
                if q >= 1 and toks[q].kind == "q" and q in sent.quotes and sent.quotes[q] < q - 1:
                    o = sent.quotes[q]
                    if _is_cap(toks[o + 1]) and q - o <= 8:
                        return o  # '"Ningbo 3315" Excellence plan': the quoted part belongs to it
                return j
        return None
    n_cap = 0
    while i >= 0:
        if hi - i > _MAX_LEFT:
            return None  # runs on and on: not a name (and keeps the walk linear)
        t = toks[i]
        if t.kind == "w" and t.text in v.headline_verbs and sent.title_case and not (
            t.text == "New" and i > 0 and _is_cap(toks[i - 1]) and toks[i - 1].text not in v.headline_verbs
        ):
            break  # ("Huguang New Energy … Base": "New" inside a run of name words is no verb)
        if t.kind == "w":
            if t.text == "The" and i > 0 and first > i and toks[i - 1].kind == "w":
                break  # "… Schedule The 2024 X Programme": a capitalised "The" opens a new name
            if _is_cap(t):
                if _strip_possessive(t.text) != t.text and (
                    _strip_possessive(t.text) in ("China", "Country", "City", "Province", "County", "District")
                    or _is_known_place(_strip_possessive(t.text))
                ):
                    break
                first = i
                n_cap += 1
                i -= 1
                continue
            low = t.text
            if low in v.ordinals:
                if first == i + 1:
                    first = i
                break
            if low in v.connectors:
                if i - 1 < 0:
                    break
                prev = toks[i - 1]
                if low == "and":
                    nxt = toks[i + 1] if i + 1 < len(toks) else None
                    if nxt is None or nxt.text == "the" or nxt.text in v.head_first or nxt.kind == "q":
                        break
                    if not _is_cap(prev) or _ends_with_head(prev.text, v):
                        break
                    if category == "park" and prev.text in _PLACE_NOUNS:
                        break  # "X Ancient City and Y Port Town": two names
                    i -= 1
                    continue
                if (
                    category == "park"
                    and low == "of"
                    and not sent.title_case
                    and _is_cap(prev)
                    and i + 1 < len(toks)
                    and _is_cap(toks[i + 1])
                    and prev.text not in v.org_heads
                    and prev.text not in _TITLES
                    and prev.text not in _PLACE_NOUNS
                    and not _ends_with_head(prev.text, v)
                    and _strip_possessive(prev.text) == prev.text
                    and _distinctive(sent, i + 1, hi - 1, v)
                    and prev.text not in _DOC_TITLE_WORDS
                    and not _in_doc_title(sent, i - 1)
                ):
                    i -= 1  # "Internet of Things Industrial Park"
                    continue
                if sent.title_case or category == "park":
                    break  # no other prepositions inside park names or title-case headlines
                if low == "the":
                    if prev.kind == "w" and prev.text in v.prepositions:
                        i -= 1
                        continue
                    break
                if prev.kind == "w" and (prev.text in v.org_heads or prev.text in _TITLES):
                    break
                if prev.kind == "w" and _is_cap(prev) or prev.kind == "q" or prev.text in ")）":
                    i -= 1
                    continue
                break
            break
        if t.kind == "s" and t.text in "&·•-/–":
            if i - 1 >= 0 and (_is_cap(toks[i - 1]) or toks[i - 1].text in ")）"):
                i -= 1
                continue
            break
        if t.kind == "p" and t.text in ")）":
            po = _paren_open(toks, i)
            if po is None or po == 0:
                break
            o = po
            inner = toks[o + 1 : i]
            if not inner or not all(_is_cap(x) or x.kind == "s" or x.text in ",，" for x in inner):
                break
            if not (_is_cap(toks[o - 1]) or toks[o - 1].kind == "q"):
                break
            i = o - 1
            continue
        if t.kind == "q" and i in sent.quotes and sent.quotes[i] < i:
            o = sent.quotes[i]
            inner = toks[o + 1 : i]
            if not inner or len(inner) > 14 or not _is_cap(inner[0]):
                break
            first = o
            i = o - 1
            continue
        break
    return first


_DOC_TITLE_WORDS = frozenset(
    "Report Reports Evaluation Evaluations Ranking Rankings List Lists Index Indices Assessment Survey Study Paper".split()
)


def _in_doc_title(sent: _Sentence, j: int) -> bool:
    """Whether the run of capitalised words ending at token ``j`` follows a document title
    ("Evaluation Report on the …", "Ranking of …")."""
    toks = sent.toks
    k = j
    while k >= 0 and toks[k].kind == "w" and _is_cap(toks[k]):
        k -= 1
    if k >= 0 and toks[k].text in ("the", "a", "an"):
        k -= 1
    return k >= 1 and toks[k].text in ("on", "of", "for") and toks[k - 1].text in _DOC_TITLE_WORDS


_PLURAL_PARK_MODIFIERS = frozenset("Key Major Leading Priority Featured Characteristic High Low".split())


def _generic_plural_park(sent: _Sentence, first: int, he: int, head_word: str, v: _Vocab) -> bool:
    """A plural park head after only generic words, or after an event's year ("2012 Hunan
    Key Parks", "National High Technology Industry Development Zones"), names no park."""
    if not head_word.endswith("s") or head_word[:-1] not in v.heads:
        return False
    toks = sent.toks
    if toks[first].kind == "w" and _YEAR.fullmatch(toks[first].text):
        return True
    if he >= 1 and toks[he - 1].text in ("Key", "Major", "Leading", "Priority"):
        return True
    return all(
        t.kind != "w" or t.text in v.generic or t.text in _PLURAL_PARK_MODIFIERS or not _is_cap(t)
        for t in toks[first : he + 1]
    )


def _ends_with_head(word: str, v: _Vocab) -> bool:
    kind = v.heads.get(_strip_possessive(word))
    return kind is not None and word not in ("Action", "Integration", "Drive", "Visit", "Brand", "List", "Pilot")


def _paren_part(
    text: str, toks: list[_Tok], i: int, v: _Vocab, category: str
) -> tuple[str, int, Pair | None]:
    """Read a parenthetical at token ``i``: ("alias", close, span) for an abbreviation or a
    name of the same kind, ("part", close, None) for a place/years, ("", -1, None) else."""
    c = _paren_close(toks, i)
    if c is None or c <= i + 1:
        return "", -1, None
    inner = toks[i + 1 : c]
    span = (toks[i + 1].start, toks[c - 1].end)
    inner_text = text[span[0] : span[1]]
    if _ABBREV.fullmatch(inner_text) and inner_text.split()[0].isupper():
        return "alias", c, span
    last_word = inner[-1].text
    if len(inner) >= 2 and all(_is_cap(x) for x in inner if x.kind == "w"):
        hk = v.heads.get(last_word) or v.heads.get(" ".join(x.text for x in inner[-2:]))
        if hk is not None and hk[0] == category:
            return "alias", c, span
    if len(inner) <= 7 and all(_is_cap(x) or x.kind == "s" or x.text in ",，" for x in inner):
        return "part", c, None
    return "", -1, None


def _walk_right(
    text: str, sent: _Sentence, first: int, he: int, v: _Vocab, category: str, head_word: str
) -> tuple[int, Pair | None, Pair | None]:
    toks = sent.toks
    last = he
    abbrev: Pair | None = None
    n = len(toks)
    i = he + 1
    if category == "park" and i + 1 < n and toks[i].text == "of" and toks[i + 1].text == "China" and not (
        i + 2 < n and _is_cap(toks[i + 2])
    ):
        # "Optics Valley of China": a national nickname keeps its "of China"
        last = i + 1
        i += 2
    if i < n and toks[i].text in "(（[":
        what, c, span = _paren_part(text, toks, i, v, category)
        if what == "alias":
            abbrev = span
        elif what == "part" and toks[i].text != "[":
            last = c
            i = c + 1
    # a trailing year: "Summit 2022"
    if i < n and toks[i].kind == "w" and _YEAR.fullmatch(toks[i].text) and category != "park":
        last = i
        i += 1
    if category == "park" or abbrev is not None:
        # abbreviation-guided extension: "X Corridor around Y Mountain (XCYM)"
        if abbrev is None:
            j = i
            while j < n and j - i < 6 and (toks[j].kind == "w" and (_is_cap(toks[j]) or toks[j].text in v.prepositions or toks[j].text == "the")):
                j += 1
            if j < n and j > i and toks[j].text in "(（":
                pc = _paren_close(toks, j)
                if pc is not None and pc == j + 2 and toks[j + 1].text.isupper():
                    words = [t.text for t in toks[first:j] if t.kind == "w" and _is_cap(t)]
                    if initials_match(words, toks[j + 1].text):
                        return j - 1, (toks[j + 1].start, toks[j + 1].end), None
            # "Industrial Park for High-level Returned Talent": a capitalised "for" tail
            if i < n and toks[i].text == "for" and not sent.title_case:
                end_j = _title_run(sent, i + 1, v)
                if end_j is not None:
                    # the tail ends before a location or date phrase ("... Talent in Yuhang")
                    for k in range(i + 2, end_j):
                        if toks[k].text in ("in", "at", "on"):
                            end_j = k - 1
                            break
                if end_j is not None and end_j > i + 1 and toks[i + 1].text not in _MONTHS:
                    last_word = _last_word(toks, i + 1, end_j)
                    obj = text[toks[i + 1].start : toks[end_j].end]
                    if last_word not in v.org_heads and last_word not in _PLACE_NOUNS and not _is_known_place(obj):
                        return end_j, abbrev, None
        return last, abbrev, None
    # prepositional tails for initiatives: "Plan for ...", "Conference on ...", "Competition in ..."
    tails = 0
    max_tails = 6 if _starts_with_head_first(toks, first, he, v) else 2
    while i < n and tails < max_tails:
        t = toks[i]
        if t.kind == "w" and t.text == "and" and i + 1 < n and _is_cap(toks[i + 1]):
            # "Investment Fair and Signing Ceremony of ...": a second event head joins the name
            k = i + 1
            while k < n and k - i <= 5 and _is_cap(toks[k]) and toks[k].text not in v.head_first:
                k += 1
            hk = v.heads.get(toks[k - 1].text)
            if k - 1 > i and hk is not None and hk[0] == "initiative" and hk[1] == "event":
                last = k - 1
                i = k
                tails += 1
                continue
            break
        if not (t.kind == "w" and t.text in v.prepositions):
            break
        j = i + 1
        if j < n and toks[j].text in ("the", "a", "an"):
            j += 1
        if j < n and (toks[j].text in _MONTHS or _YEAR.fullmatch(toks[j].text)):
            break  # "Festival on May 26", "Competition in 2023": a date, not part of the name
        end_j = _title_run(sent, j, v)
        if end_j is None:
            break
        # "... of International Talents in November": a date after a preposition ends the name
        for k in range(j + 1, end_j):
            if toks[k].text in v.prepositions and (toks[k + 1].text in _MONTHS or _YEAR.fullmatch(toks[k + 1].text)):
                end_j = k - 1
                break
        last_word = _last_word(toks, j, end_j)
        if last_word in v.org_heads:
            break
        obj = text[toks[j].start : toks[end_j].end]
        if t.text in ("in", "at") and (
            _strip_possessive(toks[j].text) != toks[j].text
            or last_word in ("Province", "City", "County", "District", "Prefecture") or _is_known_place(obj)
        ):
            break
        last = end_j
        i = end_j + 1
        tails += 1
        if i < n and toks[i].text in "(（":
            what, c, span = _paren_part(text, toks, i, v, category)
            if what == "alias":
                abbrev = span
                break
            if what == "part":
                last = c
                i = c + 1
        if i < n and toks[i].kind == "w" and _YEAR.fullmatch(toks[i].text):
            last = i
            i += 1
    return last, abbrev, None


def _starts_with_head_first(toks: list[_Tok], first: int, he: int, v: _Vocab) -> bool:
    j = first
    while j <= he and (toks[j].kind != "w" or _YEAR.fullmatch(toks[j].text) or toks[j].text in v.ordinals):
        j += 1
    if j > he:
        return False
    w = toks[j].text
    two = w + " " + toks[j + 1].text if j + 1 <= he else w
    return w in v.head_first or two in v.head_first


def _title_run(sent: _Sentence, j: int, v: _Vocab) -> int | None:
    """Last index of a run of capitalised words / connectors / quoted parts starting at ``j``."""
    toks = sent.toks
    n = min(len(toks), j + _MAX_RUN)
    last: int | None = None
    while j < n:
        t = toks[j]
        if t.kind == "w" and _is_cap(t):
            last = j
            j += 1
            continue
        if t.kind == "q" and j in sent.quotes and sent.quotes[j] > j:
            c = sent.quotes[j]
            last = c
            j = c + 1
            continue
        if t.kind == "w" and t.text in ("and", "of", "for", "to", "in", "on", "the", "a", "an", "as") and last is not None:
            # continue only if a capitalised word follows soon
            k = j + 1
            while k < n and toks[k].kind == "w" and toks[k].text in ("the", "a", "an"):
                k += 1
            if k < n and (_is_cap(toks[k]) or toks[k].kind == "q" and k in sent.quotes and sent.quotes[k] > k):
                if t.text == "and" and toks[k].text in v.head_first:
                    break
                if t.text in ("in", "at") and _strip_possessive(toks[k].text) != toks[k].text:
                    break  # "… in Beijing's Chaoyang": a location, not more of the name
                j = k
                continue
            break
        if t.kind == "s" and t.text in "&·•-–/" and last is not None:
            if t.text in "-–" and (t.start > toks[j - 1].end or j + 1 < len(toks) and toks[j + 1].start > t.end):
                break  # " -- ", " – ": a spaced dash opens an aside, not more of the name
            j += 1
            continue
        break
    return last


def _last_word(toks: list[_Tok], j: int, end_j: int) -> str:
    for k in range(end_j, j - 1, -1):
        if toks[k].kind == "w":
            return toks[k].text.rstrip(".")
    return ""


def _distinctive(sent: _Sentence, first: int, last: int, v: _Vocab) -> bool:
    toks = sent.toks
    for k in range(first, last + 1):
        t = toks[k]
        if t.kind == "q":
            return True
        if t.kind != "w":
            continue
        w = t.text
        if w[0].isdigit():
            return True
        if w[0].isupper() and w not in v.generic:
            base = w[:-2] if w.endswith(("'s", "’s")) else w
            if base in v.generic:
                continue
            if k == 0 and w in ("The", "A", "An", "This", "That"):
                continue
            return True
    return False


def _is_org_name(toks: list[_Tok], first: int, last: int, he: int, v: _Vocab) -> bool:
    return False


def _is_talent(text: str, name: str, sent: _Sentence, v: _Vocab, head_word: str) -> bool:
    if v.talent_rx.search(name):
        return True
    words = [w for w in re.findall(r"[\w'’\-]+", name)]
    short = len(words) <= 3 and not any(w.lower() in ("of", "for", "on", "to") for w in words)
    if short and head_word.lower() in ("plan", "program", "programme", "scheme", "project", "policy"):
        if sent.talent_context():
            return True
    return False


_COORD = re.compile(r"\s*(?:,|，|、|and|&|as well as|or)\s*(?:the\s+)?(?:[\w'’]+['’]s\s+|national\s+|provincial\s+|municipal\s+)?$")
_NUMERIC_NAME = re.compile(r"^\d[\d+\-]*\s+(?:[A-Za-z\-]+\s+)?(?:plan|program|programme|project|scheme)$", re.I)
_TALENT_PARA = re.compile(r"(?i)\b(?:talent\w*|experts?|scholars?|returnees?|recruit\w*|professionals)\b|人才|英才|专家")


def promote_talent(text: str, mentions: list[NameMention], paragraphs: Sequence[Pair] = ()) -> list[NameMention]:
    """Turn plan-like initiatives into talent programmes when they are listed with one
    ("the "12 Plan" and "Pelican Talent Plan"") or, for a bare number plan ("the "88 plan""),
    when their paragraph is about talent."""
    out = list(mentions)
    for i, m in enumerate(out):
        if m.category != "initiative" or m.kind not in ("plan", "policy", "other"):
            continue
        promote = False
        for j in (i - 1, i + 1):
            if 0 <= j < len(out) and out[j].category == "talent" and out[j].sentence == m.sentence:
                a, b = (out[j], m) if j < i else (m, out[j])
                gap = text[a.end : b.start]
                gap = gap.strip("\"“”'’ ")
                if len(gap) <= 30 and _COORD.match(" " + gap + " ") is not None or gap in (",", "and", "、", "，"):
                    promote = True
        if not promote and _NUMERIC_NAME.match(m.text.strip("\"“”")):
            for ps, pe in paragraphs:
                if ps <= m.start < pe:
                    promote = _TALENT_PARA.search(text, ps, pe) is not None
                    break
        if promote:
            out[i] = attrs.evolve(m, category="talent")
    return out


_PLACE_CACHE: dict[str, bool] = {}


def _is_known_place(name: str) -> bool:
    """Whether ``name`` as a whole is an administrative division ("Pudong New Area")."""
    hit = _PLACE_CACHE.get(name)
    if hit is not None:
        return hit
    ok = False
    try:
        from innovation_news.places import find_places

        ok = any(m.start == 0 and m.end == len(name) for m in find_places(name))
    except Exception:  # places module missing or failing: assume not a place
        ok = False
    _PLACE_CACHE[name] = ok
    return ok


# ----------------------------------------------------------------------------- quoted names


def _quoted_names(text: str, sent: _Sentence, v: _Vocab) -> list[NameMention]:
    """Names written inside quotes whose content ends in (or starts with) a head word."""
    toks = sent.toks
    out: list[NameMention] = []
    for o, c in sent.quotes.items():
        if o >= c or c - o < 2:
            continue
        inner = toks[o + 1 : c]
        if len(inner) > 24:
            continue
        words = [t for t in inner if t.kind == "w"]
        if not words:
            continue
        k = len(inner)
        while k > 1 and inner[k - 1].kind == "o" and inner[k - 1].text in ".,;:!?":
            k -= 1
        start, end = inner[0].start, inner[k - 1].end
        content = text[start:end]
        cat_kind: tuple[str, str] | None = None
        # head at the end (any case) ...
        tail = re.sub(r"\s+", " ", content).rstrip(".,;:")
        tail = re.sub(r" (?:19|20)\d\d$", "", tail)  # "Photonics Summit 2024"
        for n_words in (3, 2, 1):
            ws = tail.split(" ")
            if len(ws) < n_words:
                continue
            phrase = " ".join(ws[-n_words:])
            cat_kind = v.heads.get(phrase) or v.lower_heads.get(phrase) or v.heads.get(phrase.title())
            if cat_kind is not None:
                break
        head_word = tail.split(" ")[-1] if tail else ""
        # ... or a head-first document name ("Measures to ...")
        if cat_kind is None:
            ws = tail.split(" ")
            for n_words in (2, 1):
                phrase = " ".join(ws[:n_words])
                if phrase in v.head_first and len(ws) > n_words + 1:
                    cat_kind = v.heads.get(ws[n_words - 1]) or ("initiative", "policy")
                    head_word = ws[n_words - 1]
                    break
        if cat_kind is None:
            # a capitalised head followed by a preposition: "Twelve Articles of ...", "Guidelines for ..."
            ws = tail.split(" ")
            for k in range(len(ws) - 2):
                hk = v.heads.get(ws[k])
                if hk is not None and hk[0] == "initiative" and ws[k + 1] in v.prepositions and ws[k][0].isupper():
                    cat_kind, head_word = hk, ws[k]
                    break
        if _SLOGAN.fullmatch(tail):
            cat_kind, head_word = ("initiative", "plan"), "plan"
        if cat_kind is None:
            continue
        if content.rstrip("\"”’' ").endswith((".", "!", "?")) or _PRONOUN.search(content):
            caps = [w for w in words if len(w.text) >= 4]
            if not caps or sum(1 for w in caps if w.text[0].isupper()) < 0.7 * len(caps):
                continue
        if not (words[0].text[0].isupper() or words[0].text[0].isdigit()) and len(words) < 3:
            # a short lower-case quoted name must be a talent scheme ("pelican plan")
            if not (cat_kind[0] == "initiative" and _is_talent(text, content, sent, v, head_word)):
                continue
        category, kind = cat_kind
        if category == "park" and head_word[0].islower() and len(words) < 2:
            continue
        if len(words) == 1:
            continue
        if category == "initiative" and kind in ("plan", "policy", "other"):
            if _is_talent(text, content, sent, v, head_word):
                category = "talent"
        level = _level_of(text, toks[o].start, end, sent.start)
        abbrev: Pair | None = None
        if c + 3 < len(toks) and toks[c + 1].text in "(（" and toks[c + 3].text in ")）" and toks[c + 2].text.isupper():
            abbrev = (toks[c + 2].start, toks[c + 2].end)
        out.append(NameMention(start, end, content, category, kind, level, abbrev, (sent.start, sent.end), True))
    return out
