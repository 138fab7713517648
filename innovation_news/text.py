"""Split a raw article into page furniture and body, paragraphs and sentences.

Everything here works on offsets into the caller's ORIGINAL string: :func:`split_text`
returns a :class:`Layout` of half-open ``(start, end)`` pairs, and :func:`spans` turns such
pairs into :class:`~innovation_news.models.Span` models.

Page furniture is whatever a web page wraps around the article: breadcrumbs
(``Home > News``), ``Date: ... Source: ...`` headers, ``Fonts:[ Large Medium Small ]``,
``Updated: ...`` lines, copyright and "Produced By" footers, share/print widgets, comment
widgets (``评论 0``, ``我要评论``), navigation menus, image file names, bylines.
A paragraph is one non-blank line of body text (trimmed); sentences split paragraphs on
``. ! ?`` (English, with abbreviation handling: ``Co., Ltd.``, ``Dr.``, ``No. 5``,
``Feb. 14``, ``U.S.``) and on ``。！？；`` (Chinese).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import attrs

from innovation_news._construct import construct
from innovation_news.models.quantities import Span

__all__ = ["Layout", "split_text", "spans", "sentence_at"]

Pair = tuple[int, int]


@attrs.frozen(slots=True)
class Layout:
    """Where the furniture, paragraphs, sentences, title and source of a text are.

    All items are half-open ``(start, end)`` offsets into the original text; ``furniture``,
    ``paragraphs`` and ``sentences`` are in text order and do not overlap one another
    (sentences lie inside paragraphs; furniture and paragraphs are disjoint).
    """

    furniture: tuple[Pair, ...]
    paragraphs: tuple[Pair, ...]
    sentences: tuple[Pair, ...]
    title: Pair | None = None
    source: Pair | None = None


# ----------------------------------------------------------------------------- furniture

_SOCIAL = r"(?:Twitter|Facebook|Myspace|Yahoo!?|Linkedin|LinkedIn|Mixx|Weibo|WeChat|Email|E-mail|Print|Share(?: to)?|Tweet|QQ|微博|微信|QQ空间|分享到?:?)"

_FURNITURE_LINE = re.compile(
    r"""(?ix)
    (?:
      [-–—•·|>*_=~]+                                            # separators, bullets
    | (?:home|首页|you\ are\ here|您当前所在的?位置|当前位置)\s*[:：>»].*  # breadcrumbs
    | [^>\n]{0,40}(?:->|>>|»|>)\s*[^>\n]{0,40}(?:(?:->|>>|»|>)\s*[^>\n]{0,40})+
    | [^>\n]{0,30}-?>\s*
    | (?:date|日期|发布时间|发布日期)\s*[:：].{0,160}
    | (?:source|来源|稿源|出处)\s*[:：].{0,160}
    | .{0,80}\bupdated\s*[:：]\s*[\w ,:\-/]{4,40}(?:\s+L\s+M\s+S)?
    | updated\s*[:：].{0,60}
    | fonts?\s*[:：].{0,60}
    | (?:copyright|©|版权所有|\(?版权作品).{0,200}
    | all\ rights\ reserved.{0,80}
    | produced\ by.{0,80}
    | (?:editor|责任编辑|责编|编辑)\s*[:：].{0,40}
    | [【\[(（]\s*(?:责任编辑|责编|编辑)\s*[:：][^】\])）]{0,30}[】\])）]
    | [(（][^()（）\n]{0,30}记者[^()（）\n]{0,40}[)）]
    | [^\s]{0,12}记者\s*\S{2,4}
    | by\ [A-Z][\w.\- ]{1,60}(?:\([^()]{1,40}\))?
    | (?:""" + _SOCIAL + r"""\s*)+
    | (?:print|share|close|back\ to\ (?:the\ )?top|skip\ to\ (?:main\ )?content|top|more|related\ (?:news|stories|articles))
    | (?:image\ attachments?\ links?|attachments?|contact\ information|for\ more\ information.{0,60}|related\ links?)\s*:?
    | (?:link|caption|tel|fax|e-?mail|phone|photo|图|摄影|图片来源)\s*[:：].{0,200}
    | [\[(（]?photo(?:/[^\]\n]{0,80})?[\])）]?
    | .{0,80}\.(?:jpe?g|png|gif|bmp|webp)
    | [\d\s]+
    | (?:[A-Z][a-z]+day,\ )?(?:January|February|March|April|May|June|July|August|September|October|November|December)\ \d{1,2},?\ \d{4}
    | \d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?(?:\s+\S.{0,40})?
    | .{1,30}\s\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s+\d+)?
    | (?:评论|评论数|阅读|阅读数|点赞|收藏|转发)\s*[:：]?\s*\d*
    | 我要评论|发表评论|去APP中.{0,20}|快去APP.{0,20}|还没有添加任何评论.{0,40}|一周热门|热点专题|相关阅读|相关新闻|延伸阅读|推荐阅读
    | .{0,20}点击排行.{0,40}
    | 在线翻译\s*[:：]?
    | 【?字号.{0,20}
    | .{0,20}该文章已上链.{0,10}
    | 本文来源.{0,200}
    | .{0,10}\{\{.{0,80}\}\}.{0,20}
    | [(（]?(?:完|end)[)）]?
    )
    """
)

#: a prefix of a body line that is furniture ("date 2021-07-12 ", "(长江日报 记者X 通讯员Y)")
_FURNITURE_PREFIX = re.compile(
    r"(?i)^[ \t]*(?:date\s+\d{4}-\d{1,2}-\d{1,2}[ \t]+|[(（][^()（）\n]{0,30}记者[^()（）\n]{0,40}[)）][ \t]*)"
)

#: title then "| Updated: ..." or " Updated: ..." on one line
_TITLE_UPDATED = re.compile(r"(?i)^[ \t]*(?P<title>\S.{8,200}?)[ \t]*\|?[ \t]*(?=updated\s*[:：])")

_SOURCE_IN_LINE = re.compile(
    r"(?i)(?:\bsource|来源|稿源)\s*[:：]\s*(?P<src>[^\s|【\[(（][^|【\[\n]{0,60}?)"
    r"(?=\s+(?:fonts?|作者|编辑|责任编辑|字号|date|updated)\b|\s{2,}|\s*[|【\[]|,\s*(?:作者|原文)|,|，|$)"
)
_SOURCE_BEFORE_UPDATED = re.compile(r"(?i)^[ \t]*(?P<src>[\w.\-]+\.(?:com|cn|net|org|gov\.cn|com\.cn))\s*\|\s*updated")
_SOURCE_DATETIME = re.compile(
    r"^[ \t]*(?:(?P<pre>[^\d\s][^\n]{1,30}?)\s+\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s+\d+)?"
    r"|\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?\s+(?P<post>[^\d\s][^\n]{1,40}?))[ \t]*$"
)
_SOURCE_BYLINE = re.compile(r"(?i)^[ \t]*by\s+[^()\n]{2,60}\((?P<src>[^()\n]{2,40})\)[ \t]*$")
_SOURCE_ARTICLE_FROM = re.compile(r"本文来源(?P<src>[^,，:：\s]{2,20})")
_SOURCE_BYLINE_ZH = re.compile(r"^[ \t]*[(（](?P<src>[^()（）\s]{2,12}?)\s*记者")

_WORD = re.compile(r"[A-Za-z0-9][\w'’\-]*")
_CJK = re.compile(r"[\u3400-\u9fff]")
_END_PUNCT = re.compile(r"[.!?。！？;；:：,，]\s*[\"”’')）]*\s*$")


def _is_short(line: str) -> bool:
    """A menu-like line: at most three words / eight CJK characters, no sentence punctuation."""
    if _END_PUNCT.search(line) or any(c.isdigit() for c in line):
        return False
    cjk = len(_CJK.findall(line))
    if cjk:
        return cjk <= 8 and len(line) <= 12
    return len(line.split()) <= 3 and len(line) <= 30


def _looks_like_title(line: str) -> bool:
    if not line or not (line[0].isalnum() or line[0] in "“\"‘'《"):
        return False
    cjk = len(_CJK.findall(line))
    if cjk >= 6:
        return len(line) <= 80 and not re.search(r"[。！？；]\s*$", line)
    words = _WORD.findall(line)
    if not 4 <= len(words) <= 40 or line[0].islower():
        return False
    return not re.search(r"[.!?;:,]\s*[\"”’')]*\s*$", line) or line.rstrip().endswith("?")


# ----------------------------------------------------------------------------- sentences

_EN_BOUNDARY = re.compile(r"[.!?]+[\"”’')\]]*(?=\s+[\"“‘'(\[]?[A-Z0-9\u3400-\u9fff])|[.!?]+[\"”’')\]]*\s*$")
_ZH_BOUNDARY = re.compile(r"[。！？；!?]+[”’」』)）]*")
_PREV_WORD = re.compile(r"([A-Za-z][A-Za-z.]*)$")
_NO_SPLIT_ABBREV = frozenset(
    """mr mrs ms dr prof st mt no nos vol fig figs art sec gen rep sen gov col lt sgt capt
    jan feb mar apr jun jul aug sep sept oct nov dec approx vs e.g i.e u.s u.k u.n p.r
    a.m p.m dept est ave rd jr sr op ed eds pp cf""".split()
)
# a word ending in 2+ lower-case letters, a full stop, a capitalised word (no space between)
_GLUED_STOP = re.compile(r"(?<![\w.@/])([A-Za-z]*[a-z]{2})\.([A-Z][a-z]+)(?=[\s,;:])")
_COMPANY_ABBREV = frozenset("co ltd inc corp plc llc bhd gmbh ag etc".split())


def _sentences_in(text: str, start: int, end: int, out: list[Pair]) -> None:
    """Append the sentences of ``text[start:end]`` (a trimmed paragraph) to ``out``."""
    cuts: list[int] = []
    has_cjk = _CJK.search(text, start, end) is not None
    if has_cjk:
        for m in _ZH_BOUNDARY.finditer(text, start, end):
            cuts.append(m.end())
    for m in _EN_BOUNDARY.finditer(text, start, end):
        if m.end() >= end:
            continue
        dot = m.start()
        if text[dot] == ".":
            prev = _PREV_WORD.search(text, max(start, dot - 16), dot)
            if prev is not None:
                word = prev.group(1).lower()
                nxt = end
                for i in range(m.end(), end):
                    if not text[i].isspace():
                        nxt = i
                        break
                following = text[nxt] if nxt < end else ""
                if word in _NO_SPLIT_ABBREV or (len(word) == 1 and word.isalpha()):
                    continue
                if "." in word and len(word) <= 5:  # U.S.  e.g.  a.m.
                    continue
                if word in _COMPANY_ABBREV and not following.isupper():
                    continue
            if dot > start and text[dot - 1].isdigit() and dot + 1 < end and text[dot + 1].isdigit():
                continue
        cuts.append(m.end())
    for m in _GLUED_STOP.finditer(text, start, end):
        # "…High-tech Zone.It will…": a full stop with the space missing
        if m.group(1).lower() not in _NO_SPLIT_ABBREV and m.group(1).lower() not in _COMPANY_ABBREV:
            cuts.append(m.start(2))
    cuts.sort()
    pos = start
    for cut in cuts:
        if cut <= pos:
            continue
        _append_trimmed(text, pos, cut, out)
        pos = cut
    if pos < end:
        _append_trimmed(text, pos, end, out)


def _append_trimmed(text: str, start: int, end: int, out: list[Pair]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append((start, end))


# ----------------------------------------------------------------------------- split


def split_text(text: str) -> Layout:
    """Split ``text`` into furniture, paragraphs and sentences; find its title and source.

    >>> text = "Home > News\\nLakeside Park Opens New Lab\\nIt opened. Dr. Lin came."
    >>> layout = split_text(text)
    >>> [text[s:e] for s, e in layout.furniture]
    ['Home > News']
    >>> [text[s:e] for s, e in layout.sentences]
    ['Lakeside Park Opens New Lab', 'It opened.', 'Dr. Lin came.']
    """
    furniture: list[Pair] = []
    paragraphs: list[Pair] = []
    title: Pair | None = None
    source: Pair | None = None
    lines: list[tuple[int, int, str]] = []  # (start, end, stripped) of non-blank lines
    pos = 0
    blank_before: list[bool] = []
    was_blank = True
    for raw in text.splitlines(keepends=True):
        s = raw.strip()
        if s:
            lstart = pos + (len(raw) - len(raw.lstrip()))
            lend = lstart + len(s)
            lines.append((lstart, lend, s))
            blank_before.append(was_blank)
            was_blank = False
        else:
            was_blank = True
        pos += len(raw)

    n = len(lines)
    kinds = [0] * n  # 0 body, 1 furniture
    for i, (_, _, s) in enumerate(lines):
        if len(s) <= 260 and _FURNITURE_LINE.fullmatch(s):
            kinds[i] = 1
    # navigation menus: runs of >= 4 adjacent short lines
    i = 0
    while i < n:
        if kinds[i] == 0 and _is_short(lines[i][2]) or lines[i][2] in ("-", "|"):
            j = i
            while j + 1 < n and not blank_before[j + 1] and (
                _is_short(lines[j + 1][2]) or kinds[j + 1] == 1
            ):
                j += 1
            if j - i + 1 >= 4:
                for k in range(i, j + 1):
                    kinds[k] = 1
            i = j + 1
        else:
            i += 1

    title_checked = 0
    for i, (lstart, lend, s) in enumerate(lines):
        if source is None:
            source = _find_source(text, lstart, lend)
        if kinds[i] == 1:
            tm = _TITLE_UPDATED.match(s)
            if tm is not None and title is None and title_checked < 3:
                t = tm.group("title").rstrip(" |")
                if _looks_like_title(t):
                    title = (lstart, lstart + len(t))
                    furniture.append(_trim_pair(text, lstart + tm.end(), lend))
                    title_checked = 99
                    continue
            furniture.append((lstart, lend))
            continue
        body_start = lstart
        pm = _FURNITURE_PREFIX.match(text, lstart, lend)
        if pm is not None and pm.end() > lstart:
            fend = pm.end()
            furniture.append(_trim_pair(text, lstart, fend))
            body_start = fend
            while body_start < lend and text[body_start].isspace():
                body_start += 1
        if body_start >= lend:
            continue
        if title is None and title_checked < 3:
            title_checked += 1
            t = text[body_start:lend].rstrip(" |")
            if _looks_like_title(t):
                title = (body_start, body_start + len(t))
                title_checked = 99
            elif len(t) > 40 or _END_PUNCT.search(t):
                title_checked = 99  # the article starts with body text: no title
        paragraphs.append((body_start, lend))

    sentences: list[Pair] = []
    for ps, pe in paragraphs:
        _sentences_in(text, ps, pe, sentences)
    furniture = [f for f in furniture if f[1] > f[0]]
    return Layout(tuple(furniture), tuple(paragraphs), tuple(sentences), title, source)


def _trim_pair(text: str, start: int, end: int) -> Pair:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _find_source(text: str, start: int, end: int) -> Pair | None:
    line = text[start:end]
    for rx in (_SOURCE_IN_LINE, _SOURCE_BEFORE_UPDATED, _SOURCE_BYLINE, _SOURCE_ARTICLE_FROM, _SOURCE_BYLINE_ZH):
        m = rx.search(line)
        if m is not None:
            s, e = _trim_pair(line, m.start("src"), m.end("src"))
            if e > s:
                return start + s, start + e
    m = _SOURCE_DATETIME.match(line)
    if m is not None:
        group = "pre" if m.group("pre") else "post"
        s, e = _trim_pair(line, m.start(group), m.end(group))
        if e > s and not any(ch.isdigit() for ch in line[s:e]) and not line[s:e].endswith((":", "：")):
            return start + s, start + e
    return None


def spans(text: str, pairs: Iterable[Pair]) -> tuple[Span, ...]:
    """``Span`` models for ``(start, end)`` pairs of ``text``."""
    return tuple(construct(Span, {"start": s, "end": e, "text": text[s:e]}) for s, e in pairs)


def sentence_at(sentences: tuple[Pair, ...] | list[Pair], offset: int) -> Pair | None:
    """The sentence holding character ``offset`` (binary search), or ``None``."""
    lo, hi = 0, len(sentences)
    while lo < hi:
        mid = (lo + hi) // 2
        if sentences[mid][1] <= offset:
            lo = mid + 1
        else:
            hi = mid
    if lo < len(sentences) and sentences[lo][0] <= offset < sentences[lo][1]:
        return sentences[lo]
    return None
