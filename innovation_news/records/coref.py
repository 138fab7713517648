"""Group name mentions of one article into records (within-article coreference).

Mentions belong to the same record when they share a normalised key: the name lower-cased
without quotes and punctuation, without a leading "the", without parentheticals, without a
leading year or ordinal and a trailing year, without an "X-based" prefix, with apostrophes
inside words dropped ("Rui'an" = "Ruian"). A short form that is a word-suffix of a longer
name with at least one distinctive word ("the Returnee Town" of "Alumni Returnee Town
(Zhuji)") and an abbreviation given in parentheses ("(LPIP)") join the longer record.
The record's ``name`` is its fullest surface form; ``aliases`` every other form.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from functools import lru_cache

import attrs

from innovation_news.records.names import NameMention

__all__ = ["Group", "normal", "keys_of", "group_mentions"]

_QUOTES = re.compile(r"[\"'“”‘’«»「」『』《》]")
_NONWORD = re.compile(r"[^\w]+")
_PAREN = re.compile(r"\s*[(（][^()（）]*[)）]")
_LEAD_YEAR = re.compile(
    r"^(?:(?:19|20)\d\d|\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
    r"|eleventh|twelfth|thirteenth|fourteenth|fifteenth|第[一二三四五六七八九十百\d]+[届次期])\s*"
)
_LEAD_YEAR_ZH = re.compile(r"^(?:(?:19|20)\d\d年?|第[一二三四五六七八九十百\d]+[届次期])")
_TRAIL_YEAR = re.compile(r"\s+(?:19|20)\d\d$")
_MID_ABBREV = re.compile(r"^.*?\s*[(（]([A-Z][A-Z0-9&]{1,9})[)）]\s*(\S.*)$")
# the words between a name and another name for the same place or programme:
# "X (also known as Y)", "X, formerly Y", "X, dubbed Y", "X was renamed Y", "X（原名Y）"
_AKA = re.compile(
    r"(?is)(?:[^.;。；!?]{0,40}?[,，(（\[]\s*(?:(?:also|formerly|previously|originally|once|often|commonly|popularly|now)\s+)?"
    r"(?:known\s+as|called|named|dubbed|nicknamed|referred\s+to\s+as|a\.?k\.?a\.?|formerly|previously|originally)"
    r"|\s+(?:is|was|were|has\s+been|had\s+been)\s+(?:also\s+|often\s+|commonly\s+|popularly\s+|later\s+|officially\s+)?"
    r"(?:known\s+as|called|dubbed|nicknamed|referred\s+to\s+as|renamed(?:\s+(?:as|to|into))?))"
    r"\s+(?:the\s+)?[\"“'‘]?$"
    r"|[(（]?(?:又称|也称|亦称|原名|原称|原为|简称|俗称|别称|被称为|被誉为|誉为|称为|更名为)[\"“]?$"
)
_RENAMED = re.compile(r"(?i)renamed|更名为")  # the earlier name is the old one
_AKA_MAX_GAP = 60
_BASED = re.compile(r"^[\w'’]+-based\s+", re.I)
_APOS_IN_WORD = re.compile(r"(?<=\w)['’](?=\w)")


@lru_cache(maxsize=8192)
def normal(name: str) -> str:
    """The comparison form of a name (as the scorer compares names).

    >>> normal("the “Lakeside 100” Plan")
    'lakeside 100 plan'
    """
    name = _APOS_IN_WORD.sub("", name)
    name = _QUOTES.sub("", name).lower()
    name = _NONWORD.sub(" ", name).strip()
    return re.sub(r"^the ", "", name)


_HEAD_SYNONYMS = (
    (re.compile(r"\b(?:sci tech|science and technology|science technology|technology|science|hi tech|high tech|tech innovation|sci tech innovation|technological innovation|innovation)( park| city)$"), r"tech\1"),
    (re.compile(r"\bprogramme$"), "program"),
    (re.compile(r"\bcentre$"), "center"),
)


@lru_cache(maxsize=8192)
def _stripped(name: str) -> str:
    return canonical(_LEAD_YEAR.sub("", normal(_PAREN.sub("", name))))


_SPELLINGS = (
    (re.compile(r"\bhi tech\b"), "high tech"),
    (re.compile(r"\b(?:sci tech|science and technology|science technology)\b(?! park$| city$)"), "science technology"),
    (re.compile(r"\bindustry (park|zone|base|area)\b"), r"industrial \1"),
    (re.compile(r"\btechnological\b"), "technology"),
    (re.compile(r"\bnew district$"), "new area"),
)


def canonical(key: str) -> str:
    """A normalised key with spelling variants and head synonyms unified ("hi tech" =
    "high tech", "sci tech" = "science and technology", "sci tech park" = "tech park")."""
    for rx, repl in _SPELLINGS:
        key = rx.sub(repl, key)
    for rx, repl in _HEAD_SYNONYMS:
        key = rx.sub(repl, key)
    return key


def keys_of(name: str) -> set[str]:
    """Every normalised key a name is known by."""
    return set(_keys_of(name))


@lru_cache(maxsize=8192)
def _keys_of(name: str) -> frozenset[str]:
    keys = {normal(name)}
    base = _PAREN.sub("", name).strip()
    keys.add(normal(base))
    mid = _MID_ABBREV.match(name)
    if mid is not None:
        # "Huizhou Zhongkai (HZZK) High-tech Zone" is also "HZZK High-tech Zone"
        keys.add(normal(mid.group(1) + " " + mid.group(2)))
    for k in list(keys):
        k2 = _LEAD_YEAR.sub("", k)
        k2 = _TRAIL_YEAR.sub("", k2)
        keys.add(k2)
    nb = _BASED.sub("", base)
    if nb != base:
        keys.add(normal(nb))
    zh = _LEAD_YEAR_ZH.sub("", name)
    if zh != name:
        keys.add(normal(zh))
    keys.update([canonical(k) for k in keys])
    for k in list(keys):
        # "Zizhu High-Tech Park" = "Zizhu Hi-tech Zone" = "Zizhu Hi-tech Industrial Development Zone":
        # the same distinctive words before a high-tech park-type head
        hm = _HIGH_TECH_HEAD.match(k)
        if hm is not None and not set(hm.group(1).split()) <= _GENERIC_PREFIX_WORDS:
            keys.add(hm.group(1) + " high tech zone")
    keys.discard("")
    return frozenset(keys)


_HIGH_TECH_HEAD = re.compile(
    r"^(.+?) (?:hi|high) tech (?:industrial |industry )?(?:development )?(?:park|zone|area)$"
)
_GENERIC_PREFIX_WORDS = frozenset("national state provincial municipal china chinese new the".split())


@attrs.define
class Group:
    """Mentions of one record: ``mentions`` in text order, ``name`` the fullest form."""

    mentions: list[NameMention]
    category: str
    kind: str
    name: str
    aliases: list[str]
    level: str | None
    abbrevs: list[tuple[int, int]]


class _UF:
    def __init__(self, n: int) -> None:
        self.p = list(range(n))

    def find(self, x: int) -> int:
        while self.p[x] != x:
            self.p[x] = self.p[self.p[x]]
            x = self.p[x]
        return x

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            if ra < rb:
                self.p[rb] = ra
            else:
                self.p[ra] = rb


def _word_count(name: str) -> int:
    n = normal(name)
    if not n:
        return 0
    cjk = sum(1 for ch in n if "\u3400" <= ch <= "\u9fff")
    return len(n.split()) + cjk


_GENERIC_SUFFIX_WORDS = frozenset(
    """park parks zone zones area town city valley corridor base bases incubator port hub cluster
    industrial science sci tech technology high hi development economic innovation international
    new national provincial demonstration pilot plan program programme project projects policy
    conference summit forum competition contest campaign week fair expo and of the for
    special cooperation free trade functional""".split()
)


_WINDOW = 200  # distinct forms compared with each other for short forms


def group_mentions(text: str, mentions: Sequence[NameMention]) -> list[Group]:
    """Group ``mentions`` into records; groups come in order of their first mention."""
    n = len(mentions)
    uf = _UF(n)
    keyed: dict[str, int] = {}
    all_keys: list[set[str]] = []
    for i, m in enumerate(mentions):
        ks = keys_of(m.text)
        all_keys.append(ks)
        for k in ks:
            j = keyed.get(k)
            if j is None:
                keyed[k] = i
            elif _compatible(mentions[i], mentions[j]):
                uf.union(i, j)
    # another name given for it: "X (also known as Y)", "X, formerly Y"
    former: set[int] = set()  # mentions of a former name or a nickname (never the record's name)
    for i in range(1, n):
        prev, cur = mentions[i - 1], mentions[i]
        if (
            prev.end <= cur.start
            and cur.start - prev.end <= _AKA_MAX_GAP
            and _compatible(prev, cur)
            and _AKA.match(text, prev.end, cur.start) is not None
        ):
            uf.union(i - 1, i)
            gap = text[prev.end : cur.start]
            # the record keeps the first name; after "renamed" the new one
            former.add(i - 1 if _RENAMED.search(gap) else i)
    # a nickname right after the park it describes ("Zhongguancun -- “China's Silicon Valley”")
    for i in range(1, n):
        if mentions[i].nickname:
            j = i - 1
            while j >= 0 and (mentions[j].nickname or mentions[j].category != mentions[i].category):
                j -= 1
            if j >= 0:
                uf.union(j, i)
                former.add(i)
    # abbreviations given in parentheses
    abbrev_of: dict[str, int] = {}
    for i, m in enumerate(mentions):
        if m.abbrev is not None:
            a = normal(text[m.abbrev[0] : m.abbrev[1]])
            if a:
                abbrev_of.setdefault(a, i)
                abbrev_of.setdefault(a.split()[0], i)
    for i, m in enumerate(mentions):
        for k in all_keys[i]:
            j = abbrev_of.get(k)
            if j is not None and j != i:
                uf.union(i, j)
    # short forms: the words of a shorter name (with the same last word) inside a longer one.
    # Compared over distinct forms only, each against at most _WINDOW neighbours (linear).
    stripped = [_stripped(m.text) for m in mentions]
    forms: dict[tuple[str, str, str], list[int]] = {}
    for i, m in enumerate(mentions):
        forms.setdefault((stripped[i], m.category, m.kind), []).append(i)
    reps = list(forms.values())
    words = [stripped[r[0]].split() for r in reps]
    for fa, members_a in enumerate(reps):
        i = members_a[0]
        wi = words[fa]
        if not wi:
            continue
        cjk = _CJK.search(stripped[i]) is not None
        if not cjk and (len(wi) < 2 or all(w in _GENERIC_SUFFIX_WORDS for w in wi)):
            continue
        set_wi = set(wi)
        for fb in range(max(0, fa - _WINDOW), min(len(reps), fa + _WINDOW)):
            j = reps[fb][0]
            if fa == fb or not _compatible(mentions[i], mentions[j]) or mentions[i].kind != mentions[j].kind:
                continue
            if cjk:
                hit = _zh_short_form(stripped[i], stripped[j])
            else:
                wj = words[fb]
                hit = len(wj) > len(wi) and wj[-1] == wi[-1] and set_wi <= set(wj)
            if hit:
                for mi in members_a:
                    uf.union(mi, j)
                for mj in reps[fb]:
                    uf.union(mj, j)
    # a shared quoted brand: “Lakeside” functional area = “Lakeside” innovation zone
    quoted_core: dict[tuple[str, str], int] = {}
    for i, m in enumerate(mentions):
        q = _LEAD_QUOTE.match(m.text)
        if q is None and _CJK.search(m.text):
            q = _ANY_QUOTE.search(m.text)
        if q is None or q.end() >= len(m.text) - 1:
            continue
        key = (m.category, normal(q.group(1)))
        j = quoted_core.get(key)
        if j is None:
            quoted_core[key] = i
        else:
            uf.union(i, j)
    groups: dict[int, list[int]] = {}
    for i in range(n):
        groups.setdefault(uf.find(i), []).append(i)
    out: list[Group] = []
    for root in sorted(groups, key=lambda r: min(groups[r])):
        idx = groups[root]
        ms = [mentions[i] for i in idx]
        named = [mentions[i] for i in idx if i not in former] or ms
        cats = {m.category for m in ms}
        category = "talent" if "talent" in cats else ms[0].category
        if _CJK.search(ms[0].text):
            freq: dict[str, int] = {}
            for m in ms:
                freq[normal(m.text)] = freq.get(normal(m.text), 0) + 1
            best = max(named, key=lambda m: (freq[normal(m.text)], _word_count(m.text), -m.start))
        else:
            best = max(named, key=lambda m: (_word_count(m.text), -m.start))
        name = best.text
        seen = {normal(name)}
        aliases: list[str] = []
        abbrevs: list[tuple[int, int]] = []
        for m in ms:
            k = normal(m.text)
            if k and k not in seen:
                seen.add(k)
                aliases.append(m.text)
            if m.abbrev is not None:
                abbrevs.append(m.abbrev)
                a = text[m.abbrev[0] : m.abbrev[1]]
                ka = normal(a)
                if ka and ka not in seen:
                    seen.add(ka)
                    aliases.append(a)
        level = next((m.level for m in ms if m.level), None)
        out.append(Group(sorted(ms, key=lambda m: m.start), category, best.kind, name, aliases, level, abbrevs))
    return out


_CJK = re.compile(r"[\u3400-\u9fff]")
_LEAD_QUOTE = re.compile(r"^[“\"《]([^”\"》]{2,40})[”\"》]")
_ANY_QUOTE = re.compile(r"[“《]([^”》]{2,20})[”》]")
_ZH_HEAD_ABBREV = {
    "高新区": ("高新技术产业开发区", "高新技术产业园区", "高新技术开发区", "高新技术园区"),
    "经开区": ("经济技术开发区", "经济开发区"),
    "开发区": ("经济技术开发区", "经济开发区", "高新技术产业开发区"),
    "园": ("园区",),
}


def _zh_short_form(short: str, long: str) -> bool:
    """Whether Chinese ``short`` abbreviates ``long`` (天府新区 / 四川天府新区, 浙大X园 / 浙江大学X园,
    福州高新区 / 福州高新技术产业园区)."""
    if len(short) < 3 or len(short) >= len(long):
        return False
    if long.endswith(short):
        return True
    for head, fulls in _ZH_HEAD_ABBREV.items():
        if short.endswith(head):
            for full in fulls:
                if long.endswith(full):
                    return _subsequence(short[: -len(head)], long[: -len(full)]) and short[0] == long[0]
    if short[-1] == long[-1] and short[0] == long[0] and _subsequence(short, long):
        # same head, a shortened modifier: 浙大 for 浙江大学
        return len(short) >= 5
    return False


def _subsequence(a: str, b: str) -> bool:
    it = iter(b)
    return all(ch in it for ch in a)


_PAREN_PART = re.compile(r"[(（]([^()（）]+)[)）]")


def _different(a: str, b: str) -> bool:
    """Whether two parenthesised parts name different things (a misspelling is the same)."""
    return a != b and difflib.SequenceMatcher(None, a, b).ratio() < 0.75


def _compatible(a: NameMention, b: NameMention) -> bool:
    pa, pb = _PAREN_PART.search(a.text), _PAREN_PART.search(b.text)
    if pa is not None and pb is not None and _different(normal(pa.group(1)), normal(pb.group(1))):
        return False  # 西部(重庆)科学城 and 西部(成都)科学城: two places
    if a.category == b.category:
        return True
    return {a.category, b.category} <= {"initiative", "talent"}
