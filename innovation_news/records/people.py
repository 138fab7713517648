"""Organisations and people named in an article (kept modest: they are not scored, but
investments and programmes refer to them as investors, sponsors and organisers).

Organisations: a run of capitalised words ending in an organisation word (``Co., Ltd.``,
``Group``, ``University``, ``Institute``, ``Academy``, ``Laboratory``, ``Association``,
``Committee``, ``Bureau``, ``Government``, ``Center`` ...) or a Chinese run ending in
``公司``, ``集团``, ``大学``, ``研究院`` .... People: "said Lin Hao, director of ...",
"Lin Hao, deputy mayor of ..., said", Chinese "局长张三".
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from innovation_news._construct import construct
from innovation_news.models.quantities import Span
from innovation_news.models.records import Mention, Organization, OrganizationKind, Person
from innovation_news.records.coref import normal

__all__ = ["find_organizations", "find_people"]

Pair = tuple[int, int]

_CAP = r"(?:[A-Z][\w'’\-&]*|[A-Z]{2,}|\d+(?:st|nd|rd|th)?)"
_CONN = r"(?:\s+(?:of|for|and|on|in|the|&)\s+|\s+|-)"
_ORG_EN_UNUSED = re.compile(
    r"(?<![\w\-])(?:the\s+)?(?P<name>" + _CAP + r"(?:" + _CONN + _CAP + r"){0,9}?"
    r"(?:\s+(?:Co\.,?\s*Ltd\.?|Co\.?\s*Ltd\.?|Corp(?:oration)?\.?(?:\s+Ltd\.?)?|Group(?:\s+Co\.,?\s*Ltd\.?)?|Inc\.|Ltd\.?"
    r"|University|College|Institute|Academy|Laboratory|Lab|Association|Committee|Bureau|Government"
    r"|Ministry|Department|Commission|Administration|Center|Centre|Society|Federation|Council|Chamber(?:\s+of\s+Commerce)?"
    r"|Office|Hospital|Bank|Alliance)"
    r"(?:\s+of\s+(?:the\s+)?" + _CAP + r"(?:\s+" + _CAP + r"){0,4})?))"
)
_ORG_ZH = re.compile(
    r"(?P<name>[\u3400-\u9fffA-Za-z0-9（）()]{2,24}?(?:有限责任公司|股份有限公司|有限公司|公司|集团|大学|学院|研究院|研究所|实验室|协会|委员会|管委会|政府|发展改革委))"
)
_KIND = (
    (re.compile(r"(?i)\b(?:co\.|ltd|corp|group|inc\.|company|bank)|公司|集团"), OrganizationKind.COMPANY),
    (re.compile(r"(?i)\b(?:university|college)|大学|学院"), OrganizationKind.UNIVERSITY),
    (re.compile(r"(?i)\b(?:institute|academy|center|centre)|研究院|研究所"), OrganizationKind.INSTITUTE),
    (re.compile(r"(?i)\b(?:laboratory|lab)\b|实验室"), OrganizationKind.LABORATORY),
    (re.compile(r"(?i)\b(?:association|society|federation|council|chamber|alliance)|协会"), OrganizationKind.ASSOCIATION),
    (re.compile(r"(?i)\b(?:government|ministry|bureau|department|commission|committee|administration|office)|政府|委员会|管委会|发展改革委"), OrganizationKind.GOVERNMENT),
)
_BAD_START = frozenset("The A An This That These Those It Its In On At As By For From With Since After Before During".split())

_PERSON_NAME = r"(?P<name>[A-Z][a-z]+(?:[ \-][A-Z][a-z]+){1,2})"
_TITLE = (
    r"(?P<title>(?:the\s+)?(?:[a-z\-]+\s+){0,3}(?:director|secretary|mayor|governor|chairman|chairwoman|president|head|chief|manager|"
    r"professor|member|founder|engineer|dean|minister|officer|leader|deputy|vice|general manager|CEO|Chief\s+\w+|Secretary|Director|Mayor|Chairman|President|Professor)"
    r"[^.;\"”]{0,100}?)"
)
_SAID_PERSON = re.compile(r"\bsaid\s+" + _PERSON_NAME + r",\s+" + _TITLE + r"(?=[.;\"”]|,\s|$)")
_PERSON_SAID = re.compile(r"(?<![\w])" + _PERSON_NAME + r",\s+" + _TITLE + r",\s+(?:said|says|noted|added|stressed)\b")
_TITLE_PERSON = re.compile(r"\b(?P<title>(?:Professor|Academician|Dr\.|Mr\.|Ms\.|Mayor|Governor|Director|Secretary))\s+" + _PERSON_NAME)


def _span(text: str, s: int, e: int) -> Span:
    # a slice of the text by construction: no validation needed
    return construct(Span, {"start": s, "end": e, "text": text[s:e]})


_ORG_HEAD_EN = re.compile(
    r"(?<![\w\-])(?:Co\.,?\s*Ltd\.?|Co\.?\s+Ltd\.?|Corp(?:oration)?\b\.?(?:\s+Ltd\.?)?|Group\b(?:\s+Co\.,?\s*Ltd\.?)?|Inc\."
    r"|Ltd\b\.?|(?:University|College|Institute|Academy|Laboratory|Lab|Association|Committee|Bureau|Government"
    r"|Ministry|Department|Commission|Administration|Center|Centre|Society|Federation|Council|Chamber|Office"
    r"|Hospital|Bank|Alliance)\b)"
)
_LEFT_WORD = re.compile(r"[A-Z0-9][\w'’\-&]*|of|for|and|on|in|the|&|\(|\)|[^\s]")
_ORG_TAIL = re.compile(r"\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'’\-]*(?:(?:\s+and\s+|\s+)[A-Z][\w'’\-]*){0,5}")
_CONNECT = frozenset(("of", "for", "on", "in", "&"))


def _org_start(text: str, lo: int, head_start: int) -> int | None:
    """Start of the capitalised run that ends right before ``head_start`` (None if none)."""
    toks = [(m.start(), m.group()) for m in _LEFT_WORD.finditer(text, lo, head_start)]
    start: int | None = None
    i = len(toks) - 1
    n = 0
    while i >= 0 and n < 10:
        pos, w = toks[i]
        if w[0].isupper() or w[0].isdigit():
            start = pos
            n += 1
        elif w in _CONNECT and i > 0 and (toks[i - 1][1][0].isupper()) and w != "the":
            pass
        else:
            break
        i -= 1
    return start


def find_organizations(text: str, sentences: Sequence[Pair]) -> list[Organization]:
    """Organisations named in the body sentences, one record per normalised name."""
    by_key: dict[str, tuple[str, OrganizationKind, list[Mention]]] = {}
    order: list[str] = []
    has_cjk = _HAS_CJK.search(text) is not None
    for s, e in sentences:
        sent: Span | None = None
        found: list[tuple[int, int]] = []
        for m in _ORG_HEAD_EN.finditer(text, s, e):
            ns = _org_start(text, max(s, m.start() - 160), m.start())
            if ns is None:
                continue
            ne = m.end()
            tail = _ORG_TAIL.match(text, ne, e)
            if tail is not None and m.group().split()[0] in ("University", "Institute", "Academy", "Ministry", "Department", "Bureau", "Commission", "Government", "Committee", "Society", "Association", "Chamber", "Office", "Administration"):
                ne = tail.end()
            found.append((ns, ne))
        if has_cjk:
            found.extend(m.span("name") for m in _ORG_ZH.finditer(text, s, e))
        for ns, ne in found:
            name = text[ns:ne]
            first = name.split()[0] if " " in name else name
            if first in _BAD_START:
                ns = ns + len(first) + 1
                name = text[ns:ne]
            if len(name) < 3 or ns >= ne:
                continue
            key = normal(name)
            kind = OrganizationKind.OTHER
            for krx, k in _KIND:
                if krx.search(name):
                    kind = k
                    break
            if sent is None:
                sent = _span(text, s, e)
            mention = construct(Mention, {"span": _span(text, ns, ne), "sentence": sent})
            if key not in by_key:
                by_key[key] = (name, kind, [mention])
                order.append(key)
            elif all(x.span.start != ns for x in by_key[key][2]):
                by_key[key][2].append(mention)
    out: list[Organization] = []
    for i, key in enumerate(order, 1):
        name, kind, mentions = by_key[key]
        out.append(Organization(id=f"org-{i}", name=name, kind=kind, mentions=tuple(mentions)))
    return out


# one character-trie alternation: far cheaper to scan than a flat list of words
_PEOPLE_CUE = re.compile(
    r"(?:\b(?:sa(?:id|ys)|noted|added|stressed)\b"
    r"|A(?:cademician)|D(?:r\.|irector)|G(?:overnor)|M(?:ayor|[rs]\.)|Professor|Secretary)"
)
_HAS_CJK = re.compile("[\u3400-\u9fff]")


def find_people(text: str, sentences: Sequence[Pair]) -> list[Person]:
    """People quoted or introduced with a title ("said Lin Hao, director of ...")."""
    by_name: dict[str, tuple[str | None, list[Mention]]] = {}
    order: list[str] = []
    # one pass over the text for the cues, then only the sentences that hold one
    cues = [m.start() for m in _PEOPLE_CUE.finditer(text)]
    if not cues:
        return []
    for s, e in sentences:
        i = bisect.bisect_left(cues, s)
        if i == len(cues) or cues[i] >= e:
            continue
        sent = _span(text, s, e)
        for rx in (_SAID_PERSON, _PERSON_SAID, _TITLE_PERSON):
            for m in rx.finditer(text, s, e):
                ns, ne = m.span("name")
                name = text[ns:ne]
                title = m.group("title").strip().rstrip(",") if m.group("title") else None
                mention = construct(Mention, {"span": _span(text, ns, ne), "sentence": sent})
                if name not in by_name:
                    by_name[name] = (title, [mention])
                    order.append(name)
                elif all(x.span.start != ns for x in by_name[name][1]):
                    by_name[name][1].append(mention)
    out: list[Person] = []
    for i, name in enumerate(order, 1):
        title, mentions = by_name[name]
        org = None
        if title:
            om = re.search(r"\bof\s+(?:the\s+)?(.+)$", title)
            if om:
                org = om.group(1).strip()
        out.append(Person(id=f"person-{i}", name=name, title=title, organization=org, mentions=tuple(mentions)))
    return out
