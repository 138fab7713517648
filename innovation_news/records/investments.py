"""Investments: which amounts of money are committed, planned or spent on something, and on what.

:func:`find_investments` reads the money amounts another finder already located and keeps the
ones that the sentence binds to an investment, a fund or a grant ("a total investment of X",
"planned to invest X", "a fund of X", "X industry fund", "a subsidy of up to X", "总投资X"),
drops the ones that measure something else (output value, revenue, GDP, tax, sales ...), and
names the receiving project, park, company or fund. The vocabulary is data
(``data/investments.toml``); the grammar is a few precompiled, linear-time patterns applied
around each amount. See ``docs/investments.md``.
"""

from __future__ import annotations

import bisect
import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from importlib import resources
from typing import Any, Union

from innovation_news.models.quantities import DateRange, Money, Qualifier, Span
from innovation_news.models.records import (
    Initiative,
    Investment,
    InvestmentKind,
    InvestmentStatus,
    Organization,
    Park,
    TalentProgram,
)
from innovation_news.numbers._traditional import has_traditional, simplified
from innovation_news.numbers._vocab import alternation

__all__ = ["find_investments", "Named"]

Named = Union[Park, Initiative, TalentProgram, Organization]

_EXCLUDE = "exclude"
# below these amounts a sum is a small prize or a travel allowance, not an investment
_SMALL = {"CNY": Decimal(100_000), "USD": Decimal(15_000), "EUR": Decimal(15_000),
          "HKD": Decimal(100_000), "JPY": Decimal(2_000_000), "KRW": Decimal(20_000_000)}
_HAN = re.compile(r"[\u4e00-\u9fff]")
# Traditional forms of cue and head characters beyond the shared table (one for one: offsets hold)
_MORE_SIMPLIFIED = str.maketrans(
    "簽協議訂貸銷稅營進務納費損傳場廠團礎鎮導體電動網絡裝備製構術獎勵補貼運",
    "签协议订贷销税营进务纳费损传场厂团础镇导体电动网络装备制构术奖励补贴运",
)


def _simplified(text: str) -> str:
    """``text`` in Simplified script, character for character (same length, same offsets)."""
    return simplified(text).translate(_MORE_SIMPLIFIED) if has_traditional(text) else text


# ----------------------------------------------------------------------------- vocabulary


def _norm(phrase: str) -> str:
    return re.sub(r"[\s\-]+", " ", phrase.strip().lower())


def _en_alternation(phrases: Sequence[str]) -> re.Pattern[str]:
    # a character trie: far faster to scan than a flat, longest-first list
    body = alternation({_norm(p) for p in phrases if p.strip()}, space=r"[\s\-]+")
    return re.compile(rf"(?<![\w\-])(?:{body})(?![\w\-])", re.IGNORECASE)


def _zh_alternation(phrases: Sequence[str]) -> re.Pattern[str]:
    return re.compile(alternation({p.strip() for p in phrases if p.strip()}, spaces=False),
                      re.IGNORECASE)


@dataclass(frozen=True)
class _Table:
    """A set of phrases, each with a label, and one pattern finding any of them."""

    pattern: re.Pattern[str]
    label: dict[str, str]

    @classmethod
    def build(cls, groups: dict[str, list[str]], *, chinese: bool) -> _Table:
        label: dict[str, str] = {}
        phrases: list[str] = []
        for name, words in groups.items():
            for w in words:
                label[w.strip() if chinese else _norm(w)] = name
                phrases.append(w)
        pattern = _zh_alternation(phrases) if chinese else _en_alternation(phrases)
        return cls(pattern, label)

    def kind_of(self, match: re.Match[str], *, chinese: bool) -> str:
        key = match.group() if chinese else _norm(match.group())
        return self.label.get(key, self.label.get(key.upper(), ""))


@dataclass(frozen=True)
class _Vocab:
    en_cues: _Table
    en_right: _Table
    en_status: _Table
    en_context_phrases: frozenset[str]
    en_context: re.Pattern[str]
    en_weak: frozenset[str]
    en_reach: int
    en_weak_reach: int
    en_invest_verbs: re.Pattern[str]
    en_to_verbs: re.Pattern[str]
    en_heads: frozenset[str]
    en_generic: frozenset[str]
    en_stop: frozenset[str]
    en_opener: re.Pattern[str]
    en_respectively: re.Pattern[str]
    zh_cues: _Table
    zh_right: _Table
    zh_status: _Table
    zh_heads: re.Pattern[str]
    zh_head_words: tuple[str, ...]
    zh_generic: frozenset[str]
    zh_stop: re.Pattern[str]
    en_places: frozenset[str]
    en_passive: _Table
    en_give: re.Pattern[str]
    en_fund_money: frozenset[str]
    small_keep: frozenset[str]
    small_drop: re.Pattern[str]
    zh_clause_verb: re.Pattern[str]
    en_not_targets: frozenset[str]
    zh_adverb: re.Pattern[str]
    zh_contribute: frozenset[str]
    en_money_nouns: frozenset[str]
    en_weak_targets: frozenset[str]
    en_people: frozenset[str]
    en_givers: frozenset[str]


@lru_cache(maxsize=1)
def _vocab() -> _Vocab:
    raw: dict[str, Any] = tomllib.loads(
        resources.files("innovation_news").joinpath("data/investments.toml").read_text("utf-8")
    )
    en, zh = raw["en"], raw["zh"]
    openers = sorted({_norm(w) for w in en["openers"]["words"]}, key=len, reverse=True)
    preps = sorted({_norm(w) for w in en["openers"]["prepositions"]}, key=len, reverse=True)
    opener_words = "|".join(r"\s+".join(map(re.escape, w.split(" "))) for w in openers)
    prep_words = "|".join(r"\s+".join(map(re.escape, w.split(" "))) for w in preps)
    en_opener = re.compile(
        rf"\s*(?:(?:{opener_words})\s*,?\s+|(?:{prep_words})\s[^,;:]{{1,160}}?,\s+"
        r"|it\s+is\s+(?:reported|understood|learned|learnt|said|expected)\s+that\s+)",
        re.IGNORECASE,
    )
    heads = [h.strip() for h in en["respectively"]["heads"]]
    counts = r"(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a|an)"
    en_respectively = re.compile(
        rf"\b{counts}\s+((?:[A-Za-z][\w\-]*\s+){{0,3}}?(?:{'|'.join(map(re.escape, heads))}))\b",
        re.IGNORECASE,
    )
    zh_heads = sorted(zh["heads"]["nouns"], key=len, reverse=True)
    return _Vocab(
        en_cues=_Table.build(en["cues"], chinese=False),
        en_right=_Table.build(en["right"], chinese=False),
        en_status=_Table.build(en["status"], chinese=False),
        en_context_phrases=frozenset(_norm(p) for p in en["needs_context"]["phrases"]),
        en_context=_en_alternation(en["needs_context"]["context"]),
        en_weak=frozenset(_norm(p) for p in en["reach"]["weak_phrases"]),
        en_reach=int(en["reach"]["default"]),
        en_weak_reach=int(en["reach"]["weak"]),
        en_invest_verbs=_en_alternation(en["invest_verbs"]["verbs"]),
        en_to_verbs=_en_alternation(en["invest_verbs"]["to_verbs"]),
        en_heads=frozenset(_norm(h) for h in en["heads"]["nouns"]),
        en_generic=frozenset(_norm(h) for h in en["heads"]["generic"]),
        en_stop=frozenset(_norm(h) for h in en["heads"]["stop"]),
        en_opener=en_opener,
        en_respectively=en_respectively,
        zh_cues=_Table.build(zh["cues"], chinese=True),
        zh_right=_Table.build(zh["right"], chinese=True),
        zh_status=_Table.build(zh["status"], chinese=True),
        zh_heads=re.compile("|".join(map(re.escape, zh_heads))),
        zh_head_words=tuple(zh_heads),
        zh_generic=frozenset(zh["heads"]["generic"]),
        zh_stop=_zh_alternation(zh["heads"]["stop"]),
        en_places=frozenset(_norm(h) for h in en["heads"]["places"]),
        en_passive=_Table.build(en["passive"], chinese=False),
        en_give=re.compile(
            rf"(?<![\w\-])(?:{'|'.join(map(re.escape, sorted(set(en['give']['verbs']), key=len, reverse=True)))})"
            r"\s+(?:with\s+)?(?:(?:a|an|the|each|every|them|him|her|qualified|eligible)\s+)?(?:[\w\-]+\s+){0,3}?"
            r"(?:(?:a\s+)?(?:maximum|total|sum)\s+of\s+)?\Z",
            re.IGNORECASE,
        ),
        zh_contribute=frozenset(zh["contribute"]["cues"]),
        zh_adverb=re.compile(
            "(?:" + "|".join(map(re.escape, sorted(zh["heads"]["clause_adverbs"], key=len, reverse=True))) + ")+"
        ),
        en_not_targets=frozenset(_norm(w) for w in en["heads"]["not_targets"]),
        en_money_nouns=frozenset(_norm(w) for w in en["heads"]["money_nouns"]),
        en_weak_targets=frozenset(_norm(w) for w in en["heads"]["weak_targets"]),
        en_people=frozenset(_norm(w) for w in en["heads"]["people"]),
        en_givers=frozenset(_norm(w) for w in en["heads"]["givers"]),
        en_fund_money=frozenset(_norm(w) for w in en["fund_money"]["cues"]),
        small_keep=frozenset(_norm(w) for w in raw["small"]["keep_cues"]),
        small_drop=re.compile(
            "|".join(
                (re.escape(w) if _HAN.search(w) else rf"\b{re.escape(w)}\b")
                for w in sorted(raw["small"]["drop_context"], key=len, reverse=True)
            ),
            re.IGNORECASE,
        ),
        zh_clause_verb=re.compile(
            "(?:" + "|".join(map(re.escape, sorted(zh["heads"]["clause_adverbs"], key=len, reverse=True))) + ")"
            "新?(?:" + "|".join(map(re.escape, sorted(zh["heads"]["clause_verbs"], key=len, reverse=True))) + ")[了的]?"
            "|(?:" + "|".join(map(re.escape, sorted(zh["heads"]["clause_verbs"], key=len, reverse=True))) + ")[了的]"
        ),
    )


# ----------------------------------------------------------------------------- patterns

_WORD = re.compile(r"[A-Za-z0-9](?:[\w'’.&\-]|,(?=\d{3}))*|[(（][^()（）]{1,40}[)）]|[–—]")
_SEPARATOR = re.compile(r"\A\s*(?:,|，|、|;|and|or|to|,\s*and|,\s*or|和|及|以及|或|至|到)?\s*\Z", re.IGNORECASE)
_PAREN = re.compile(r"[(（][^()（）]{0,80}[)）]")
_CONVERSION_GAP = re.compile(
    r"\A\s*(?:[(（\[]\s*(?:about|around|approximately|roughly|some|or|equivalent\s+to|i\.e\.|约)?"
    r"|,\s*or\s+(?:about\s+|around\s+|roughly\s+)?)\s*\Z",
    re.IGNORECASE,
)
_CONVERSION_NEXT = re.compile(r"\A\s*(?:,|/|;|or|，|、)\s*\Z")
_RIGHT_NP = re.compile(r"\A\s*(?:(?:in|of|as|for)\s+)?((?:[\w\-]+[ \t]*){1,6})", re.IGNORECASE)
_IN_NP = re.compile(r"\s*(?:[(（][^()（）]{0,60}[)）]\s*)?(?:in|into|for|on)\s+([^,;.:()]{2,120})",
                    re.IGNORECASE)
_OF_NP = re.compile(r"\s*(?:[(（][^()（）]{0,60}[)）]\s*)?of\s+(?:the\s+|a\s+|an\s+)?([^,;.:()]{2,120})", re.IGNORECASE)
_TO_NP = re.compile(r"\bto\s+([^,;.:()]{2,100})", re.IGNORECASE)
_TO_STRIP = re.compile(r"\A(?:those|people|persons|teams?|individuals|firms|companies)\s+"
                       r"(?:who\s+(?:are|is)\s+|that\s+are\s+|with\s+)?(?:\w+ing\s+)?", re.IGNORECASE)
_BY_NP = re.compile(r"\bby\s+((?:[A-Z][\w'’.&\-]*\s*){1,6})")
_RELATIVE = re.compile(r"\s+(?:that|which|who|whose|where)\b.*\Z", re.IGNORECASE | re.DOTALL)
_TARGET_TRIM = re.compile(r"\A(?:the|a|an|this|that|these|those|its|their|our|such)\s+", re.IGNORECASE)
_ANAPHOR = re.compile(r"\A(?:the|this|that|these|its|their|such)\s+", re.IGNORECASE)
_OF_GENERIC = re.compile(
    r"\b(?:of|in|for|into|on)\s+((?:the|this|that|its)\s+(?:[a-z\-]+\s+){0,2}?"
    r"(?:project|park|zone|base|fund|center|centre|company|plant|program|programme|platform|town|city|valley))\b",
    re.IGNORECASE,
)
_LABEL_LINE = re.compile(r"\s*(?:total\s+investment|investment|总投资|投资总额)\s*[:：]", re.IGNORECASE)
_FUND_HEAD = re.compile(r"\b(?:fund|funds|pool)\b|基金|资金池", re.IGNORECASE)
_PHASE_NEAR = re.compile(r"\b(?:first|second|third|initial)\s+(?:phase|stage)\b|\bphase\s+(?:one|two|i|ii)\b"
                         r"|一期|首期|二期", re.IGNORECASE)
_ZH_CLAUSE_END = re.compile(r"[，,；;。！？!?：:\n]")
_ZH_THRESHOLD_RIGHT = re.compile(r"(?:以上|以下|左右)?(?:的)?[^，,；;。]{0,12}?(?:项目|企业|产业项目)")
_ZH_OF_RIGHT = re.compile(r"\s*(?:人民币)?\s*的([^，,；;。“”\s]{2,40})")
_ZH_BUILD_RIGHT = re.compile(r"\s*[，,]?\s*(?:用于|主要用于)?(?:建设|新建|打造|兴建|投建)(?:一个|一座|一家|一条)?"
                             r"([^，,；;。、]{2,30})")
_ZH_DATE_PREFIX = re.compile(r"\A(?:\d{2,4}年)?(?:\d{1,2}月)?(?:\d{1,2}日)?(?:\d+个)?")
_ZH_LEAD = re.compile(
    r"(?:\s|其中|目前|今年|去年|明年|此外|同时|另外|包括|涉及|实施|计划实施|共|已|将|新建|开工|现场|集中|"
    r"此次|本次|这次|这批|此批|本批|"
    r"签约|签订|签署|还|有(?=\d|[一二三四五六七八九十两]+[个项家批])|"
    r"\d{2,4}年|\d{1,2}(?:[-—~至]\d{1,2})?月(?:份)?|\d{1,2}日|一期|首期|二期|[“\"])*"
)
# role words before a name: "主办方A", "出资方B" -- the name is A, B
_ZH_ROLE = re.compile(r"(?:主办方|承办方|协办方|出资方|签约方|投资方|合作方|支持方|运营方|甲方|乙方)")
# a preposition before a bare head noun: "按项目(类别)给予" names no target
_ZH_PREP = re.compile(r"\A(?:按照|按|根据|依据|依照|对|向|给|为|以)")
# a list inside a clause: "3 service projects, including A, B and C" -- A, B, C are examples
_EN_INCLUDING = re.compile(r"\s*[,，—–-]?\s*\b(?:including|includes|included|such\s+as|e\.g\.)\b", re.IGNORECASE)
_COUNT_WORD = re.compile(r"\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens", re.IGNORECASE)
# "共有18个重点项目": the counted phrase starts at the number
_ZH_HAS_COUNT = re.compile(r"(?:共有|共计|总计|合计|共|有)(?=(?:\d+|[一二三四五六七八九十两百]+)(?:个|项|批|家))")
_EN_MAX_WORDS = 10
_ZH_MAX_CHARS = 20
_ZH_COUNT = re.compile(r"\d+(?:个|家|支|项)")
_ZH_SUBJECT_IS = re.compile(r"(?:其中|目前|今年|去年|此外|同时)?[，,]?([^，,；;。是]{2,30}?)是")
_SPACE = re.compile(r"\s+")
_AND_GAP = re.compile(r"[^,;.]{0,40}?\b(?:and|while|plus)\s+(?:(?:a|an|the|its)\s+)?(?:[\w\-]+\s+){0,5}\Z",
                      re.IGNORECASE)
# a second amount coordinated with the first, with a count and no cue of its own: "X and 21 total Y"
_AND_COUNT_GAP = re.compile(r"\s*,?\s*(?:and|while|plus)\s+(?:another\s+|the\s+other\s+)?\d+\s+(?:[a-z\-]+\s+){0,2}?"
                            r"(?:total|totalling|totaling|worth|at|with|of|each|involve|involving)\s+\Z",
                            re.IGNORECASE)
_PP_EXTENSION = re.compile(
    r"\s+(?:for|of|outside|in|from)\s+(?:(?:the|a|an)\s+)?[\w\-' ]{1,60}?"
    r"(?=\s*,\s*which\b|\s+with\s+(?:(?:a|an|the)\s+)?(?:total\s+)?investment|\s+worth\b)",
    re.IGNORECASE,
)
_PRED = re.compile(
    r"\b(?:has|have|had|will|would|shall|is|are|was|were|plans?|planned|aims?|aimed|intends?|announced|"
    r"launched|signed|invested|invests|attracted|attracts|received|receives|won|wins|got|gets|landed|"
    r"expects|sets|established|unveiled|introduced|allocated|injected|raised|secured|obtained|offers|"
    r"offered|provides|provided|can|could|may|might|leveraged|completed|started|began|became)\b",
    re.IGNORECASE,
)
_RECEIVE = re.compile(r"\b(?:received|receives|receive|receiving|won|wins|win|got|gets|get|obtained|"
                      r"secured|be\s+awarded|been\s+awarded|was\s+awarded|were\s+awarded|be\s+given|"
                      r"been\s+given|was\s+given|were\s+given|enjoy|enjoys)\b", re.IGNORECASE)
_TO_AFTER = re.compile(r"\s*(?:[(（][^()（）]{0,60}[)）]\s*)?(?:or\s+(?:more|above)\s+|each\s+)?to\s+"
                       r"([^,;.:()]{2,100})", re.IGNORECASE)
_FOR_OPENER = re.compile(r"\s*(?:[\w\-]+\s*,\s*)?for\s+(?:the\s+|those\s+|all\s+)?([^,;:]{3,160}?)\s*,", re.IGNORECASE)
_BUILD_AFTER = re.compile(r"\s*(?:[(（][^()（）]{0,60}[)）]\s*)?,?\s*(?:to|for|and)\s+(?:build|construct|develop|"
                          r"establish|set\s+up|create|launch|found)(?:ing)?\s+([^,;.]{2,100})", re.IGNORECASE)
_GOES_TO = re.compile(r"\s*[)）]?\s*(?:[(（][^()（）]{0,60}[)）]\s*)?(?:(?:will|would|shall|is|are|was|were|to|be|been|has|have)\s+){0,3}"
                      r"(?:go|goes|went|gone|paid|given|provided|granted|awarded|allocated|rewarded|offered|"
                      r"distributed|issued|disbursed)\s+to\s+"
                      r"(?:the\s+|their\s+|its\s+)?([\w\-]+(?:\s+[\w\-]+){0,4}?)(?=\s+(?:as|for|to|in|who|that|and|with)\b|[,;.]|\Z)",
                      re.IGNORECASE)
_FOR_AFTER = re.compile(r"\s*(?:[(（][^()（）]{0,60}[)）]\s*)?(?:each\s+)?for\s+(?:the\s+|their\s+|its\s+)?"
                        r"([\w\-]+(?:\s+[\w\-]+){0,4}?)(?=\s+(?:as|for|to|in|who|that|and|with)\b|[,;.]|\Z)",
                        re.IGNORECASE)
_SUPPORT_AFTER = re.compile(r"[^.;:]{0,60}?\b(?:to\s+(?:support|fund|finance|back|subsidi[sz]e)|for)\s+"
                            r"(?:the\s+)?[\"“‘']?", re.IGNORECASE)
_CONNECTOR = re.compile(
    r",?\s*(?:(?:with|has|have|had|calling\s+for|which\s+(?:is|was|are|were|has|have)|that\s+(?:is|was|has)|"
    r"at|is|are|was|were|will\s+be|of|to|reaching|reached|totall?ing|amounting\s+to|worth)\s+)?"
    r"(?:(?:a|an|the|its|their)\s+)?(?:(?:total|combined|overall|annual|initial)\s+)?\Z",
    re.IGNORECASE,
)
_HEADLINE_BODY = re.compile(r"[.。!?！？]\s*\Z")
# a time span is never a target: "in five years", "over the next 3 years", "by 2025"
_SPAN_COUNT = r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several|a|an)"
_TIME_SPAN_NP = re.compile(
    rf"\A(?:(?:the|next|coming|past|last|following|first|further)\s+)*(?:{_SPAN_COUNT}[\s\-]+)?"
    r"(?:years?|months?|weeks?|days?|decades?)(?:\s+(?:time|ahead|to\s+come))?\Z"
    r"|\A(?:the\s+end\s+of\s+)?(?:19|20)\d{2}\Z",
    re.IGNORECASE,
)
_TIME_SPAN_AFTER = re.compile(
    rf"\s*,?\s*(?:(?:in|over|within|during|for)\s+(?:the\s+)?(?:(?:next|coming|past|following|first)\s+)?"
    rf"(?:{_SPAN_COUNT}[\s\-]+)?(?:years?|months?|weeks?|decades?)\b(?:\s+(?:time|ahead))?"
    r"|(?:by|before|until)\s+(?:the\s+end\s+of\s+)?(?:19|20)\d{2}\b)\s*,?",
    re.IGNORECASE,
)
# a total shared out: "support totaling X", "a total of X", "X in total"
_TOTAL_NEAR = re.compile(r"\b(?:totall?ing|totall?ed|a\s+total\s+of|in\s+total|combined|aggregate)\s+(?:[\w\-]+\s+){0,2}\Z",
                         re.IGNORECASE)
# "Deals worth X covering 23 major projects": the counted projects
_COVERING = re.compile(r"\s*(?:[(（][^()（）]{0,60}[)）]\s*)?,?\s*(?:covering|involving|for|including|on)\s+"
                       r"((?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|dozens\s+of)\s+"
                       r"(?:[\w\-]+\s+){0,3}?projects)\b", re.IGNORECASE)
_PASSIVE_AUX = re.compile(
    r"\s*(?:[(（][^()（）]{0,60}[)）]\s*)?(?:(?:has|have|had|will|would|shall|is|are|was|were|be|been|being)\s+){1,3}"
    r"(?:(?:already|also|mainly|now|jointly|respectively|so\s+far)\s+)?",
    re.IGNORECASE,
)
_ANOTHER = re.compile(r"\b(?:another|a\s+further|an\s+additional|other)\s+(?:[\w\-]+\s+){0,2}\Z", re.IGNORECASE)
_NUMBER_WORD = re.compile(r"[\d.,%\-]+|one|two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?|"
                          r"thousands?|millions?|billions?")
_INDEFINITE = re.compile(r"\b(?:a|an|another|a\s+second|a\s+new)\s+\Z", re.IGNORECASE)
_PERCENT_OF = re.compile(r"(?:%|\bper\s*cent|\bpercent)\s+of\s+(?:(?:the|their|its|his|her|personal|annual|"
                         r"monthly|total)\s+)*\Z", re.IGNORECASE)
_ZH_NEXT_ITEM = re.compile(r"以及|及其|总投资|投资|计划|[和与及](?=[^的]{0,12}(?:总投资|投资))")
# a receiver named between a give/get verb and the amount: "给予A基金150万元", "可获得A基金最高150万元资助"
_ZH_GIVE_NP = re.compile(r"(?:给予|授予|资助|获得|获)([^，,；;。、：:\s]{2,24}?)(?:最高|最多|共计|合计|总计|约|达)?\Z")
_ZH_GIVE_VERB = re.compile(r"(?:可|将|均|还|并)?(?:给予|授予|获得|获(?![奖批准]))")
_ZH_AGENT = re.compile(r"(?:由|被)(?=[^，,；;。]{2,40}?(?:投资|建设|出资|兴建|开发|运营|承建|打造))")
_ZH_DETERMINERS = re.compile(r"(?:\s|此次|本次|这次|这批|此批|本批|其中|目前|此外|同时|另外|[“\"])*")
_ZH_COUNT_ADVERB = re.compile(r"(?:共|共计|总计|合计|累计|约|达|达到)\Z")
_TOTAL_WORD = re.compile(r"\btotal\b|\btotall?ing\b|\baggregate\b|\bcombined\b", re.IGNORECASE)
_ZH_COUNT_END = re.compile(r"(\d+|[一二三四五六七八九十两]+)(?:个|家|项|宗)\Z")


@dataclass
class _Decision:
    kind: str  # an InvestmentKind value, or "exclude", or "" (no cue)
    cue_start: int = -1
    cue_end: int = -1
    cue_phrase: str = ""


# ----------------------------------------------------------------------------- helpers


def _headline_end(text: str) -> int:
    """End offset of the title block: leading short lines with no sentence-final punctuation."""
    pos = 0
    end = 0
    for line in text.split("\n")[:12]:
        stripped = line.strip()
        line_end = pos + len(line)
        pos = line_end + 1
        if not stripped:
            continue
        if len(stripped) >= 250 or _HEADLINE_BODY.search(stripped) or stripped.startswith(("Date", "date")):
            break
        end = line_end
    return end


def _sentence_of(starts: list[int], sentences: Sequence[Span], text: str, pos: int) -> tuple[int, int]:
    i = bisect.bisect_right(starts, pos) - 1
    if 0 <= i < len(sentences) and sentences[i].start <= pos < max(sentences[i].end, sentences[i].start + 1):
        return sentences[i].start, sentences[i].end
    lo, hi = max(0, pos - 1000), min(len(text), pos + 1000)
    line_start = text.rfind("\n", lo, pos) + 1 or lo
    line_end = text.find("\n", pos, hi)
    return line_start, (hi if line_end < 0 else line_end)


def _is_small(m: Money) -> bool:
    limit = _SMALL.get(m.currency)
    if limit is None:
        return False
    _, high = m.bounds
    return high < limit


def _words(fragment: str) -> list[tuple[int, int, str]]:
    return [(w.start(), w.end(), w.group()) for w in _WORD.finditer(fragment)]


def _clean_target(target: str) -> str:
    target = target.strip(" \t\n,;:.-–—\"'“”‘’")
    target = _TARGET_TRIM.sub("", target)
    return target.strip(" \t\n,;:.\"'“”‘’")


# ----------------------------------------------------------------------------- the finder


class _Finder:
    def __init__(self, text: str, sentences: Sequence[Span], named: Sequence[Named]) -> None:
        self.text = text
        self.v = _vocab()
        self.sentences = sorted(sentences, key=lambda s: s.start)
        self.starts = [s.start for s in self.sentences]
        self.named = list(named)
        self.mentions: list[tuple[int, int, Named]] = sorted(
            ((m.span.start, m.span.end, r) for r in self.named for m in r.mentions),
            key=lambda t: t[0],
        )
        self.mention_starts = [t[0] for t in self.mentions]
        self.money_starts: list[int] = []

    # ------------------------------------------------------------------ cues

    def left_cue(self, start: int, lo: int, sentence: tuple[int, int], chinese: bool) -> _Decision:
        v = self.v
        text = self.text
        if chinese:
            window_start = max(lo, start - 24)
            clause = text[window_start:start]
            cut = max(clause.rfind(c) for c in "，,；;。：:\n")
            if cut >= 0:
                window_start += cut + 1
            found = list(v.zh_cues.pattern.finditer(text, window_start, start))
            for m in reversed(found):
                return _Decision(v.zh_cues.kind_of(m, chinese=True), m.start(), m.end(), m.group())
            return _Decision("")
        window_start = max(lo, start - v.en_reach)
        sentence_text = text[max(sentence[0], start - 300):min(sentence[1], start + 300)]
        for m in reversed(list(v.en_cues.pattern.finditer(text, window_start, start))):
            phrase = _norm(m.group())
            kind = v.en_cues.kind_of(m, chinese=False)
            reach = v.en_weak_reach if phrase in v.en_weak else v.en_reach
            if start - m.end() > reach:
                continue
            if phrase in v.en_context_phrases and not v.en_context.search(
                sentence_text.replace(m.group(), " ")
            ):
                continue
            if kind == _EXCLUDE and m.group()[:1].isupper() and not m.group().isupper() \
                    and m.start() > sentence[0] + 1:
                continue  # a capitalised word inside a name ("... Trade Fair")
            if kind == _EXCLUDE and _PERCENT_OF.search(text, max(sentence[0], m.start() - 60), m.start()):
                continue  # "a subsidy at 20% of their salaries (up to X)": the base of a rate
            return _Decision(kind, m.start(), m.end(), phrase)
        return _Decision("")

    def right_cue(self, end: int, sentence_end: int, chinese: bool) -> _Decision:
        v = self.v
        text = self.text
        if chinese:
            frag_end = min(sentence_end, end + 14)
            frag = text[end:frag_end]
            cut = _ZH_CLAUSE_END.search(frag)
            if cut:
                frag = frag[: cut.start()]
            frag = frag.split("、", 1)[0]
            hits = list(v.zh_right.pattern.finditer(frag))
            if hits:
                m = hits[-1] if len(frag) <= 10 else hits[0]
                return _Decision(v.zh_right.kind_of(m, chinese=True), end + m.start(), end + m.end(), m.group())
            return _Decision("")
        frag = text[end:min(sentence_end, end + 90)]
        paren = re.match(r"\s*[(（][^()（）]{0,60}[)）]", frag)
        offset = end
        if paren:
            offset += paren.end()
            frag = frag[paren.end():]
        np = _RIGHT_NP.match(frag)
        if not np:
            return _Decision("")
        words = np.group(1).split()
        kept: list[str] = []
        for w in words:
            if _norm(w) in v.en_stop and _norm(w) not in ("total",):
                break
            kept.append(w)
        if not kept:
            return _Decision("")
        phrase = " ".join(kept)
        hits = list(v.en_right.pattern.finditer(phrase))
        if not hits:
            return _Decision("")
        m = hits[-1]
        s = offset + np.start(1)
        phrase = phrase[:m.end()]  # "X development fund next year": up to the cue noun
        return _Decision(v.en_right.kind_of(m, chinese=False), s, s + len(phrase), phrase)

    def passive_cue(self, end: int, sentence_end: int) -> _Decision:
        """"X was invested in Y", "X has been reserved for Y": a passive verb right after the amount."""
        aux = _PASSIVE_AUX.match(self.text, end, sentence_end)
        if aux is None:
            return _Decision("")
        verb = self.v.en_passive.pattern.match(self.text, aux.end(), sentence_end)
        if verb is None:
            return _Decision("")
        return _Decision(self.v.en_passive.kind_of(verb, chinese=False), verb.start(), verb.end(),
                         _norm(verb.group()))

    def keep_small(self, kind: str, cues: Sequence[_Decision], sentence: tuple[int, int], chinese: bool) -> bool:
        """A small sum stays an investment only as a subsidy or grant that is not a travel or living
        allowance, a prize or a rate per month / per person."""
        if kind != "grant":
            return False
        phrases = {d.cue_phrase if chinese else _norm(d.cue_phrase) for d in cues if d.kind}
        if not phrases & self.v.small_keep:
            return False
        return not self.v.small_drop.search(self.text, sentence[0], sentence[1])

    def status(self, sentence: tuple[int, int], start: int, chinese: bool) -> InvestmentStatus:
        table = self.v.zh_status if chinese else self.v.en_status
        lo = max(sentence[0], start - 160)
        hi = min(sentence[1], start + 80)
        labels = {table.kind_of(m, chinese=chinese) for m in table.pattern.finditer(self.text, lo, hi)}
        for label, status in (("signed", InvestmentStatus.SIGNED), ("planned", InvestmentStatus.PLANNED),
                              ("completed", InvestmentStatus.COMPLETED)):
            if label in labels:
                return status
        return InvestmentStatus.UNKNOWN

    # ------------------------------------------------------------------ named records

    def mention_at(self, start: int, end: int) -> tuple[int, int, Named] | None:
        """The mention of a named record overlapping [start, end), the longest overlap first."""
        i = bisect.bisect_left(self.mention_starts, end)
        best: tuple[int, tuple[int, int, Named]] | None = None
        for j in range(i - 1, -1, -1):
            s, e, r = self.mentions[j]
            if e <= start:
                if start - s > 400:
                    break
                continue
            overlap = min(e, end) - max(s, start)
            if overlap > 0 and (best is None or overlap > best[0]):
                best = (overlap, self.mentions[j])
        return best[1] if best else None

    def linked_mention(self, span: tuple[int, int]) -> tuple[int, int, Named] | None:
        """A mention that contains the phrase or lies inside it (a partial overlap is a finder's
        mistake on one side or the other, and links nothing); never one that holds an amount."""
        found = self.mention_at(*span)
        if found is None:
            return None
        ms, me, _ = found
        inside = span[0] <= ms and me <= span[1]
        contains = ms <= span[0] and span[1] <= me
        if not (inside or contains):
            return None
        if contains and self.money_starts:
            k = bisect.bisect_left(self.money_starts, ms)
            if k < len(self.money_starts) and self.money_starts[k] < me:
                return None
        return found

    def record_at(self, start: int, end: int) -> Named | None:
        found = self.mention_at(start, end)
        return found[2] if found else None

    def record_named(self, phrase: str) -> Named | None:
        key = _norm(_clean_target(phrase))
        if not key:
            return None
        for r in self.named:
            for n in (r.name, *r.aliases):
                if _norm(_clean_target(n)) == key:
                    return r
        return None

    def recent_record(self, pos: int, lo: int, head: str = "", *, fallback: bool = True) -> Named | None:
        found = self.recent_mention(pos, lo, head, fallback=fallback)
        return found[2] if found else None

    def recent_mention(self, pos: int, lo: int, head: str = "", *, fallback: bool = True
                       ) -> tuple[int, int, Named] | None:
        """The record mentioned last before ``pos`` (not before ``lo``) whose name ends with
        ``head``; failing that (with ``fallback``), the first record named in the sentence of the
        last mention -- usually that sentence's subject."""
        i = bisect.bisect_left(self.mention_starts, pos)
        latest: int | None = None
        for j in range(i - 1, -1, -1):
            s, e, r = self.mentions[j]
            if s < lo:
                break
            if e > pos:
                continue
            if latest is None:
                latest = j
            if not head:
                break
            names = [r.name, *r.aliases]
            if any(_norm(n).split(" ")[-1].rstrip("s") == head.rstrip("s") or n.endswith(head) for n in names if n):
                return self.mentions[j]
        if latest is None or not fallback:
            return None
        sentence = _sentence_of(self.starts, self.sentences, self.text, self.mentions[latest][0])
        k = bisect.bisect_left(self.mention_starts, max(sentence[0], lo))
        return self.mentions[k] if k <= latest else self.mentions[latest]

    # ------------------------------------------------------------------ English noun phrases

    def snap(self, lo: int, end: int) -> int:
        """Move ``lo`` forward out of the middle of a word."""
        text = self.text
        if 0 < lo < end and text[lo - 1].isalnum() and text[lo].isalnum():
            space = _SPACE.search(text, lo, end)
            return space.end() if space else end
        return lo

    def np_before(self, lo: int, end: int, *, need_head: bool, outer: bool = True) -> tuple[int, int] | None:
        """The noun phrase ending just before ``end`` (scanning back no further than ``lo``)."""
        lo = self.snap(lo, end)
        frag = self.text[lo:end]
        words = _words(frag)
        if not words:
            return None
        # the fragment must end with the phrase (only spaces/commas after it)
        if frag[words[-1][1]:].strip(" \t,") != "":
            return None
        v = self.v
        last = words[-1][2]
        last_norm = _norm(last)
        if last_norm in v.en_stop or last.startswith(("(", "（")):
            if not last.startswith(("(", "（")):
                return None
        first_index = len(words) - 1
        for k in range(len(words) - 2, -1, -1):
            w = words[k][2]
            nw = _norm(w)
            if w in ("–", "—"):
                if k > 0 and words[k - 1][2][:1].isupper():
                    first_index = k - 1
                    continue
                break
            if nw in ("of", "and", "for", "&") and k > 0 and words[k + 1][2][:1].isupper() \
                    and words[k - 1][2][:1].isupper():
                continue
            if nw == "and" and k > 0 and not frag[words[k - 1][1]:words[k][0]].strip() \
                    and _norm(words[k - 1][2]) not in v.en_stop and _norm(words[k + 1][2]) not in v.en_stop \
                    and not words[k + 1][2][:1].isdigit():
                continue
            if nw in v.en_stop:
                break
            if nw.endswith("ly") and not w[:1].isupper():
                break
            if frag[words[k][1]:words[k + 1][0]].strip():
                break  # punctuation between the words
            first_index = k
        s, e = words[first_index][0], words[-1][1]
        head = _norm(words[-1][2]).strip("()（）")
        is_name = words[-1][2][:1].isupper() or words[-1][2].startswith(("(", "（"))
        if need_head and head not in v.en_heads and not is_name:
            return None
        prep = _norm(words[first_index - 1][2]) if first_index > 0 else ""
        if need_head and outer and prep in ("of", "in", "at", "for") and first_index > 1 and \
                not frag[words[first_index - 1][1]:words[first_index][0]].strip() and \
                not frag[words[first_index - 2][1]:words[first_index - 1][0]].strip():
            # "the X project in Y district", "the south campus of Z School": the outer phrase
            found = self.np_before(lo, lo + words[first_index - 2][1], need_head=True, outer=False)
            if found is not None:
                outer_head = _norm(self.text[found[0]:found[1]].split()[-1])
                if outer_head in v.en_heads and outer_head not in v.en_places:
                    if prep == "for" and outer_head in ("fund", "funds", "pool"):
                        return found  # "a development fund for tech firms": the fund
                    if prep != "for":
                        return found[0], lo + e
        if need_head and head not in v.en_heads and first_index > 0 and \
                prep in ("in", "at", "from", "to", "across", "of", "by", "on"):
            return None  # "... launched in Foshan": a place, not what is invested in
        return lo + s, lo + e

    def head_np_before(self, lo: int, end: int) -> tuple[int, int] | None:
        """The nearest noun phrase with a head noun (project, park, fund ...) before ``end``."""
        lo = self.snap(lo, end)
        frag = self.text[lo:end]
        words = _words(frag)
        for k in range(len(words) - 1, -1, -1):
            w = _norm(words[k][2])
            if w in self.v.en_heads:
                found = self.np_before(lo, lo + words[k][1], need_head=True)
                if found:
                    return found
        return None

    def is_place(self, span: tuple[int, int]) -> bool:
        """A phrase naming a place or a list of names ("East China's X Province", "Japan and
        Singapore") rather than a project, park, fund or company: no target head noun, no record."""
        words = self.text[span[0]:span[1]].split()
        for k, w in enumerate(words[1:], start=1):
            if w.lower() in ("of", "in", "at"):
                words = words[:k]  # "the south campus of X School": the campus
                break
        if not words:
            return False
        head = _norm(words[-1]).strip("()（）")
        if head in self.v.en_places:
            return True
        if head in self.v.en_heads or self.linked_mention(span) is not None:
            return False
        return words[-1][:1].isupper()

    def first_head_np(self, lo: int, hi: int) -> tuple[int, int] | None:
        """The first noun phrase in text[lo:hi] headed by a target noun (not a place)."""
        lo = self.snap(lo, hi)
        for w_start, w_end, w in _words(self.text[lo:hi]):
            nw = _norm(w)
            if nw in self.v.en_heads and nw not in self.v.en_places:
                found = self.np_before(lo, lo + w_end, need_head=True)
                if found is not None:
                    return found
        return None

    def instead_of_place(self, span: tuple[int, int], sentence: tuple[int, int]) -> tuple[int, int]:
        """``span``, unless it names a place and the sentence has a project/fund/park phrase before it."""
        if not self.is_place(span):
            return span
        found = self.first_head_np(sentence[0], span[0])
        return found if found is not None else span

    def subject(self, sentence: tuple[int, int], before: int) -> tuple[int, int] | None:
        """The subject noun phrase of the sentence (after leading adverbials), before ``before``."""
        s = sentence[0]
        text = self.text
        if before - s > 600:
            return None  # no subject worth the name this far back
        for _ in range(3):
            m = self.v.en_opener.match(text, s, before)
            if not m or m.end() <= s:
                break
            s = m.end()
        frag = text[s:before]
        words = _words(frag)
        if not words:
            return None
        v = self.v
        end_index = -1
        k = 0
        if _norm(words[0][2]) in ("the", "a", "an", "this", "these", "its", "their", "our", "that"):
            k = 1
        while k < len(words):
            w = words[k][2]
            nw = _norm(w)
            if k > 0 and frag[words[k - 1][1]:words[k][0]].strip() not in ("",):
                break
            if nw in ("of", "and", "for", "&") and k + 1 < len(words) and words[k + 1][2][:1].isupper() \
                    and end_index >= 0 and words[end_index][2][:1].isupper():
                k += 1
                continue
            if w in ("–", "—"):
                k += 1
                continue
            if nw in v.en_stop and not (w[:1].isupper() and k > 0):
                break
            if end_index >= 0 and not w[:1].isupper() and not w.startswith(("(", "（")) and \
                    (nw.endswith("s") and nw not in v.en_heads and _norm(words[end_index][2]) in v.en_heads):
                break  # "the park covers ..." -- a verb after a head noun
            end_index = k
            k += 1
        if end_index < 0:
            return None
        start = s + words[0][0]
        end = s + words[end_index][1]
        phrase = _RELATIVE.sub("", text[start:end])
        return start, start + len(phrase)

    def resolve(self, span: tuple[int, int], pos: int, *, anaphora: bool = True
                ) -> tuple[str, Span | None, Named | None]:
        """Turn a phrase into (target, span, record), resolving "the park"/"this fund" to what it
        refers back to (unless ``anaphora`` is off: a phrase introduced by the amount, "a X-yuan
        development fund", is new)."""
        text = self.text
        phrase = text[span[0]:span[1]]
        mention = self.linked_mention(span)
        if mention is not None:
            ms, me, record = mention
            if ms <= span[0] and span[1] <= me:
                span = (ms, me)  # the name as written, not a fragment of it
                phrase = text[ms:me]
            return _clean_target(phrase), Span(start=span[0], end=span[1], text=phrase), record
        named_record = self.record_named(phrase)
        if named_record is not None:
            return _clean_target(phrase), Span(start=span[0], end=span[1], text=phrase), named_record
        words = [_norm(w) for w in _ANAPHOR.sub("", phrase).split()]
        anaphoric = anaphora and bool(words) and all(w in self.v.en_generic for w in words)
        if anaphoric or _norm(phrase) in ("it", "its"):
            head = words[-1] if words else ""
            lo = max(0, pos - 1500)
            ment = self.recent_mention(span[0], lo, head, fallback=False)
            if ment is not None:
                return self.resolve(ment[:2], pos)
            if head:
                # the nearest earlier phrase ending with the same head, with more words than this one
                pattern = re.compile(rf"((?:[A-Za-z][\w\-]*\s+){{1,6}}){re.escape(head)}\b", re.IGNORECASE)
                best: tuple[int, int] | None = None
                for m in pattern.finditer(text, lo, span[0]):
                    best = m.span()
                if best is not None:
                    cand = self.np_before(max(0, best[0] - 200), best[1], need_head=True)
                    if cand and len(_ANAPHOR.sub("", text[cand[0]:cand[1]]).split()) > len(words):
                        return self.resolve(cand, pos)
            ment = self.recent_mention(span[0], max(0, span[0] - 400))
            if ment is not None:
                return self.resolve(ment[:2], pos)
        cleaned = _clean_target(phrase)
        return cleaned, Span(start=span[0], end=span[1], text=phrase), None

    # ------------------------------------------------------------------ targets (English)

    def clause_subject(self, lo: int, pos: int) -> tuple[int, int] | None:
        """The noun phrase (with a head noun or a name) right before the nearest predicate before
        ``pos``: "the X project has received ...", "the Y Zone aims to ..."."""
        for p in reversed(list(_PRED.finditer(self.text, max(lo, pos - 400), pos))):
            found = self.np_before(max(lo, p.start() - 160), p.start(), need_head=True)
            if found:
                return found
        return None

    def label_target(self, line_start: int) -> tuple[int, int] | None:
        """For "Total investment: X" in a fact box, the title line above it."""
        text = self.text
        pos = line_start - 1
        for _ in range(8):
            if pos <= 0:
                return None
            prev_start = text.rfind("\n", 0, pos) + 1
            line = text[prev_start:pos]
            stripped = line.strip()
            pos = prev_start - 1
            if not stripped or ":" in stripped or "：" in stripped:
                continue
            if len(stripped) > 120 or _HEADLINE_BODY.search(stripped):
                return None
            s = prev_start + line.find(stripped)
            return s, s + len(stripped)
        return None

    def new_subject(self, gap: str) -> bool:
        """Whether the words after the last "and" in ``gap`` name a thing of their own ("... and 102
        agreement projects worth X", "... and 1 project of X"): then that clause has its own target."""
        conj = list(re.finditer(r"\b(?:and|while|plus)\b", gap, re.IGNORECASE))
        if not conj:
            return False
        tail = [_norm(w) for w in re.findall(r"[\w\-]+", gap[conj[-1].end():])]
        return any(w in self.v.en_heads and w not in self.v.en_money_nouns for w in tail)

    def aggregate_of(self, found: tuple[int, int], sentence: tuple[int, int]) -> tuple[int, int]:
        """``found``, unless it is an example in an "including" list of the clause: then the noun
        phrase the list belongs to ("3 service projects, including A, B and C, with a total
        investment of X" -> "3 service projects")."""
        text = self.text
        clause = max(sentence[0], text.rfind(";", sentence[0], found[0]) + 1, text.rfind("；", sentence[0], found[0]) + 1)
        marker = _EN_INCLUDING.search(text, clause, found[0])
        if marker is None or found[0] - marker.end() > 400 or _PRED.search(text, marker.end(), found[0]):
            return found
        head = self.np_before(clause, marker.start(), need_head=True)
        if head is None or _norm(text[head[0]:head[1]].split()[-1]) not in self.v.en_heads:
            return found
        words = _words(text[head[0]:head[1]])
        for w_start, _, w in reversed(words[:-1]):
            if _COUNT_WORD.fullmatch(w):
                return head[0] + w_start, head[1]  # "the zone lists 4 X projects": the counted phrase
        return head

    def head_phrase(self, span: tuple[int, int]) -> tuple[int, int]:
        """A too long phrase cut to its head noun phrase: the last target noun with the modifiers
        before it (back to a stop word, ten words at most)."""
        text = self.text
        words = _words(text[span[0]:span[1]])
        if len(words) <= _EN_MAX_WORDS:
            return span
        v = self.v
        for k in range(len(words) - 1, -1, -1):
            if _norm(words[k][2]) in v.en_heads:
                first = k
                while first > 0 and k - first < _EN_MAX_WORDS - 1:
                    w = _norm(words[first - 1][2])
                    if w in v.en_stop or w in ("and", "or") or \
                            text[span[0] + words[first - 1][1]:span[0] + words[first][0]].strip():
                        break
                    first -= 1
                return span[0] + words[first][0], span[0] + words[k][1]
        return span

    def acceptable(self, target: str | None) -> bool:
        """Whether a phrase can name what receives money: not a pronoun, a quantifier, a bare number
        or a word for the money itself ("Some", "5", "funds", "equity investment support")."""
        if not target:
            return False
        words = _norm(target).split()
        if not words or _norm(target) in self.v.en_stop:
            return False
        v = self.v
        if all(w in v.en_not_targets or _NUMBER_WORD.fullmatch(w) for w in words):
            return False
        if _TIME_SPAN_NP.match(_TARGET_TRIM.sub("", target.strip())):
            return False  # "in five years": when, not what
        if all(w in v.en_not_targets or w in v.en_weak_targets or _NUMBER_WORD.fullmatch(w) for w in words):
            return False  # "Deals", "the contract": no more than the cue itself
        if words[-1] in v.en_money_nouns:
            return False
        return not (words[-1] in ("fund", "funds") and all(w in v.en_not_targets for w in words[:-1]))

    def target_en(self, m: Money, decision: _Decision, right: _Decision, sentence: tuple[int, int],
                  lo: int, group_end: int = -1) -> tuple[str | None, Span | None, Named | None, str | None]:
        """The target of an English amount; a phrase longer than ten words that names no record is
        cut to its head noun phrase."""
        t, sp, rec, investor = self.target_en_raw(m, decision, right, sentence, lo, group_end)
        text = self.text
        if t and rec is None and _norm(t).split()[-1] in self.v.en_people and \
                _TOTAL_NEAR.search(text, max(sentence[0], m.span.start - 40), m.span.start):
            t, sp = None, None  # "Contestants won support totaling X": a pool, not a grant to them
        if not t:
            cover = _COVERING.match(text, max(m.span.end, group_end), sentence[1])
            if cover is not None:
                t, sp, rec = self.resolve(cover.span(1), m.span.start, anaphora=False)
        if t and sp is not None and rec is None and len(t.split()) > _EN_MAX_WORDS:
            cut = self.head_phrase((sp.start, sp.end))
            if cut != (sp.start, sp.end):
                phrase = self.text[cut[0]:cut[1]]
                t, sp = _clean_target(phrase), Span(start=cut[0], end=cut[1], text=phrase)
        return t, sp, rec, investor

    def target_en_raw(self, m: Money, decision: _Decision, right: _Decision, sentence: tuple[int, int],
                      lo: int, group_end: int = -1) -> tuple[str | None, Span | None, Named | None, str | None]:
        text = self.text
        v = self.v
        start, end = m.span.start, m.span.end
        investor: str | None = None
        by = _BY_NP.search(text, end, min(sentence[1], end + 80))
        if by:
            investor = by.group(1).strip()
        # 0. a fact box: "Total investment: X" under the project's name
        line_start = text.rfind("\n", 0, start) + 1
        if _LABEL_LINE.match(text, line_start, start):
            label = self.label_target(line_start)
            if label:
                t, sp, rec = self.resolve(label, start)
                if self.acceptable(t):
                    return t, sp, rec, investor
        # 1. "invest X in Y", "X was invested in Y"
        verb_window_start = max(sentence[0], start - 60)
        verbs = list(v.en_invest_verbs.finditer(text, verb_window_start, start))
        passive = self.passive_cue(end, sentence[1])
        if passive.kind:
            into = _IN_NP.match(text, passive.cue_end, sentence[1])
            if into:
                phrase = re.split(r"\s+(?:to|so as|in order|which|that|by|with|from|during|in\s+\d{4}|over|this|last|"
                                  r"next|for|in\s+the\s+(?:county|city|district|province))\b", into.group(1))[0]
                head = _norm(phrase.split()[-1]) if phrase.split() else ""
                if head and v.en_cues.label.get(head) not in ("grant", "fund", _EXCLUDE) and head not in v.en_stop:
                    s = into.start(1)
                    t, sp, rec = self.resolve((s, s + len(phrase.rstrip())), start)
                    if self.acceptable(t):
                        return t, sp, rec, investor
        fund_of = decision.kind == "fund" and decision.cue_end >= 0 and re.fullmatch(
            r"\s*(?:of|worth|totall?ing)\s*", text[decision.cue_end:start], re.IGNORECASE) is not None
        # "invest X in five years to develop Y": past the time span
        span_after = _TIME_SPAN_AFTER.match(text, end, sentence[1])
        after_end = span_after.end() if span_after else end
        if verbs and not fund_of:  # "allocated a special fund of X for Y": the fund, not Y
            into = _IN_NP.match(text, after_end, sentence[1])
            if into:
                phrase = into.group(1)
                cut = re.search(r"\s+(?:to|so as|in order|which|that|by|with|from|during|in\s+\d{4}|over|"
                                r"this|last|next)\b", phrase)
                if cut:
                    phrase = phrase[: cut.start()]
                s = into.start(1)
                if v.en_cues.label.get(_norm(phrase)) not in ("total", "fixed_asset", "other", "planned"):
                    words = _words(phrase)
                    if words and not all(_norm(w[2]) in v.en_stop for w in words):
                        subject = self.clause_subject(sentence[0], verbs[-1].start())
                        if subject and investor is None:
                            investor = _clean_target(text[subject[0]:subject[1]]) or None
                        t, sp, rec = self.resolve((s, s + len(phrase.rstrip())), start)
                        if self.acceptable(t):
                            return t, sp, rec, investor
        # 1b. "an investment of X in the Y campus": the noun's complement, when it has a head noun
        if decision.kind in ("total", "fixed_asset", "planned") and decision.cue_end >= 0 and \
                decision.cue_phrase.split(" ")[-1] in ("investment", "investments") and \
                re.fullmatch(r"\s*of\s*", text[decision.cue_end:start]) is not None:
            into = _IN_NP.match(text, end, sentence[1]) or _OF_NP.match(text, end, sentence[1])
            if into and into.group(0).lstrip()[:2].lower() in ("in", "of"):
                phrase = re.split(r"\s+(?:to|so as|in order|which|that|by|with|from|during|in|over|this|last|"
                                  r"next|for|and)\b", into.group(1))[0].rstrip()
                if phrase.split() and _norm(phrase.split()[-1]) in v.en_heads:
                    t, sp, rec = self.resolve((into.start(1), into.start(1) + len(phrase)), start)
                    if self.acceptable(t):
                        return t, sp, rec, investor
        # 1c. "invest X to build the Y park": what the money builds
        if decision.kind not in ("grant", "fund"):
            build = _BUILD_AFTER.match(text, after_end, sentence[1])
            if build:
                built = self.first_head_np(build.start(1), build.end(1))
                if built is not None:
                    t, sp, rec = self.resolve(built, start, anaphora=False)
                    if self.acceptable(t):
                        return t, sp, rec, investor
        # 2. "award X to Y"
        if v.en_to_verbs.search(text, verb_window_start, start):
            to = _TO_AFTER.match(text, end, sentence[1])
            if to:
                phrase = _TO_STRIP.sub("", to.group(1))
                phrase = re.split(r"\s+(?:who|that|which|with|for|in|to|at)\b", phrase)[0]
                if phrase.strip():
                    s = to.start(1) + to.group(1).find(phrase)
                    t, sp, rec = self.resolve((s, s + len(phrase.rstrip())), start)
                    if self.acceptable(t):
                        return t, sp, rec, investor
        # 3. "X will be allocated to support the Z Program"
        support = _SUPPORT_AFTER.match(text, end, sentence[1])
        if support:
            rec = self.record_at(support.end(), support.end() + 3)
            if rec is not None:
                return rec.name, None, rec, investor
        # 4. "X angel investment fund" -- a fund named right after the amount
        if right.kind in ("fund", "total") and right.cue_start >= 0:
            right_words = right.cue_phrase.split()
            between = _PAREN.sub("", text[end:right.cue_start])
            # "X plant"; "an investment of X of the Y production line" (the second "of" names it)
            bare = not re.search(r"\b(?:in|of|as|for)\b", between, re.IGNORECASE) or (
                decision.kind in ("total", "fixed_asset", "planned", "phase")
                and re.fullmatch(r"\s*of\s+(?:the\s+|a\s+|an\s+)?", between, re.IGNORECASE) is not None)
            last_word = _norm(right_words[-1]) if right_words else ""
            # "a 1 billion yuan R&D project", "X cooperation project was signed": a project named by
            # the words right after the amount (not "X of projects", nor a plural class "X projects")
            single_project = last_word == "project" and not between.strip() and \
                _norm(right_words[0]) not in v.en_stop and len(right_words) <= 6
            if len(right_words) > 1 and (last_word in ("fund", "funds") or single_project or (
                    bare and last_word in v.en_heads and last_word not in ("project", "projects"))):
                t, sp, rec = self.resolve((right.cue_start, right.cue_end), start, anaphora=False)
                if self.acceptable(t):
                    return t, sp, rec, investor
        kind = decision.kind or right.kind
        # 5. fixed asset investment belongs to the place the sentence is about
        if kind == "fixed_asset":
            i = bisect.bisect_left(self.mention_starts, sentence[0])
            if i < len(self.mentions) and self.mentions[i][0] < start:
                t, sp, rec = self.resolve(self.mentions[i][:2], start)
                if self.acceptable(t):
                    return t, sp, rec, investor
            subj = self.clause_subject(sentence[0], start) or self.subject(sentence, start)
            if subj:
                t, sp, rec = self.resolve(subj, start)
                if self.acceptable(t):
                    return t, sp, rec, investor
        # 5b. "For <beneficiaries>, there will be X in subsidies": a grant's receivers open the sentence
        if kind == "grant":
            for_np = _FOR_OPENER.match(text, sentence[0], start)
            if for_np is not None and for_np.end() <= start:
                t, sp, rec = self.resolve(for_np.span(1), start)
                if self.acceptable(t):
                    return t, sp, rec, investor
        # 6. "the X project has received a grant of ..." -- the receiver
        receive = None
        for receive in _RECEIVE.finditer(text, max(sentence[0], start - 50), start):
            pass
        if receive is not None:
            subj = self.clause_subject(sentence[0], receive.start() + 1) or self.subject(sentence, receive.start())
            if subj:
                t, sp, rec = self.resolve(self.instead_of_place(subj, sentence), start)
                if self.acceptable(t):
                    return t, sp, rec, investor
        # 6b. "Some may receive X for exceptional projects", "X will go to the employers"
        after = _GOES_TO.match(text, max(end, group_end), sentence[1]) or (
            _FOR_AFTER.match(text, end, sentence[1]) if receive is not None else None)
        if after is not None:
            receiver = self.np_before(after.start(1), after.end(1), need_head=True) if \
                _FOR_AFTER.match(text, end, sentence[1]) is after else (after.start(1), after.end(1))
            if receiver is not None:
                t, sp, rec = self.resolve(receiver, start)
                if self.acceptable(t):
                    return t, sp, rec, investor
        # 7. "NP with a total investment of X", "NP worth X", "fund of X", "NP, which is worth X"
        if decision.cue_start >= 0:
            cue_start = decision.cue_start
            found: tuple[int, int] | None = None
            if decision.cue_phrase.split(" ")[-1] in v.en_heads:
                # the cue is itself the head: "the industry fund of X", "projects worth X"
                found = self.np_before(max(sentence[0], cue_start - 160), decision.cue_end, need_head=True)
            if found is None:
                connector = _CONNECTOR.search(text, max(sentence[0], cue_start - 60), cue_start)
                back = connector.start() if connector else cue_start
                found = self.np_before(max(sentence[0], back - 160), back, need_head=True)
            if found is not None:
                gap = text[found[1]:decision.cue_start]
                if "," in gap and not re.search(r"which|that", gap) and kind != "fund":
                    head = _norm(text[found[0]:found[1]].split()[-1])
                    if head not in ("project", "projects") and not text[found[0]].isupper():
                        found = None
            if found is not None:
                ext = _PP_EXTENSION.match(text, found[1], start)
                if ext:
                    found = (found[0], ext.end())
                found = self.aggregate_of(found, sentence)
                t, sp, rec = self.resolve(self.instead_of_place(found, sentence), start)
                if self.acceptable(t):
                    return t, sp, rec, investor
        # 8. "... of the project", "in the park"
        hits = list(_OF_GENERIC.finditer(text, max(sentence[0], start - 300), start))
        if hits:
            t, sp, rec = self.resolve(hits[-1].span(1), start)
            if self.acceptable(t):
                return t, sp, rec, investor
        # 9. the nearest project/park/fund noun phrase in the clause
        head_np = self.head_np_before(max(sentence[0], start - 120), start)
        if head_np is not None:
            ext = _PP_EXTENSION.match(text, head_np[1], start)
            if ext:
                head_np = (head_np[0], ext.end())
            head_np = self.aggregate_of(head_np, sentence)
            t, sp, rec = self.resolve(head_np, start)
            if self.acceptable(t):
                return t, sp, rec, investor
        # 10. the subject of the sentence (after the amount when it opens the sentence)
        subj = self.clause_subject(sentence[0], start) or self.subject(sentence, start)
        if subj is None:
            subj = self.subject(sentence, sentence[1])
        if subj is not None:
            t, sp, rec = self.resolve(subj, start)
            if self.acceptable(t):
                return t, sp, rec, investor
        if kind == "grant":
            return None, None, None, investor  # a grant's receiver is not whatever was named last
        # 11. a record named in this or the previous sentence
        # (a new contract or deal names its own parties: none carried over from the sentence before)
        deal = any(_norm(d.cue_phrase) in v.en_weak_targets for d in (decision, right) if d.cue_phrase)
        rec2 = self.recent_record(start, sentence[0] if deal else max(0, sentence[0] - 300), fallback=not deal)
        if rec2 is not None:
            return rec2.name, None, rec2, investor
        return None, None, None, investor

    # ------------------------------------------------------------------ targets (Chinese)

    def zh_np_ending(self, lo: int, end: int) -> tuple[int, int] | None:
        """The Chinese noun phrase ending at ``end``: back to a clause mark or a stop word."""
        frag = self.text[lo:end]
        cut = max(frag.rfind(c) for c in "，,；;。：:！？!?\n、“”\"（）()")
        s = cut + 1 if cut >= 0 else 0
        frag2 = frag[s:]
        stops = list(self.v.zh_stop.finditer(frag2))
        if stops:
            s += stops[-1].end()
        frag3 = self.text[lo + s:end]
        pre = _ZH_DATE_PREFIX.match(frag3)
        if pre:
            s += pre.end()
        while lo + s < end and self.text[lo + s].isspace():
            s += 1
        if end - (lo + s) < 2:
            return None
        return lo + s, end

    def zh_head_np(self, lo: int, end: int) -> tuple[int, int] | None:
        """The last noun phrase ending with a head noun (项目, 产业园 ...) in text[lo:end]."""
        best: tuple[int, int] | None = None
        for m in self.v.zh_heads.finditer(self.text, lo, end):
            found = self.zh_np_ending(lo, m.end())
            if found and found[1] - found[0] > len(m.group()):
                best = found
        return best

    def zh_resolve(self, span: tuple[int, int], pos: int) -> tuple[str, Span | None, Named | None]:
        text = self.text
        phrase = text[span[0]:span[1]]
        anaphor = phrase in self.v.zh_generic or phrase.startswith(("该", "此", "本"))
        mention = self.linked_mention(span)
        if mention is not None and not (anaphor and mention[0] < span[0] or anaphor and mention[1] > span[1]):
            ms, me, record = mention
            if ms <= span[0] and span[1] <= me:
                span = (ms, me)
                phrase = text[ms:me]
            return phrase, Span(start=span[0], end=span[1], text=phrase), record
        named_record = self.record_named(phrase)
        if named_record is not None:
            return phrase, Span(start=span[0], end=span[1], text=phrase), named_record
        if anaphor:
            lo = max(0, span[0] - 600)
            head = next((h for h in self.v.zh_head_words if phrase.endswith(h)), "")
            best: tuple[int, int] | None = None
            if head:
                for hm in re.finditer(re.escape(head), text[lo:span[0]]):
                    cand = self.zh_np_ending(lo, lo + hm.end())
                    if cand is not None and cand[1] - cand[0] > len(phrase) and \
                            not text[cand[0]:cand[1]].startswith(("该", "此", "本")):
                        best = cand
            if best is not None:
                # "A是省重点项目，…该项目…": the predicate noun stands for the subject A
                clause = max(text.rfind(c, lo, best[0]) for c in "，,；;。！？!?\n") + 1
                subject = _ZH_SUBJECT_IS.match(text, clause, best[0])
                if subject is not None and subject.end() <= best[0]:
                    best = subject.span(1)
                return self.zh_resolve(best, pos)
            ment = self.recent_mention(span[0], lo)
            if ment is not None:
                return self.zh_resolve(ment[:2], pos)
        return phrase, Span(start=span[0], end=span[1], text=phrase), None

    def zh_clause_np(self, lo: int, end: int) -> tuple[int, int] | None:
        """The clause ending at ``end`` (a head noun), without its leading adverbials and verbs:
        "其中2020年实施一期Y产业园项目" -> "Y产业园项目"; too long a clause falls back to the
        phrase after the last stop word."""
        text = self.text
        frag = text[lo:end]
        cut = max(frag.rfind(c) for c in "，,；;。：:！？!?\n")
        s = lo + cut + 1 if cut >= 0 else lo
        lead = _ZH_LEAD.match(text, s, end)
        if lead:
            if text[lead.end():end] in self.v.zh_generic:
                # "本次签约项目": only the head noun would be left -- drop the determiners only
                det = _ZH_DETERMINERS.match(text, s, end)
                s = det.end() if det else s
            else:
                s = lead.end()
        verbs = [vm for vm in self.v.zh_clause_verb.finditer(text, s, end) if end - vm.end() >= 2]
        if verbs:
            if text[verbs[-1].end():end] in self.v.zh_generic:
                # "此次集中签约项目": only a head noun after the verb -- keep the verb and a two-character
                # adverb ("集中签约项目"), not a one-character one ("还签约项目" -> "签约项目")
                adverb = self.v.zh_adverb.match(text, verbs[-1].start(), verbs[-1].end())
                s = adverb.end() if adverb and len(adverb.group()) < 2 else verbs[-1].start()
            else:
                s = verbs[-1].end()  # "A还发布了B项目" -> "B项目"
        gives = [g for g in _ZH_GIVE_VERB.finditer(text, s, end) if end - g.end() >= 2]
        if gives:
            s = gives[-1].end()  # "可获得A基金" -> "A基金"
        count = None
        for count in _ZH_HAS_COUNT.finditer(text, s, end):
            pass
        if count is not None and end - count.end() >= 2:
            s = count.end()
        if end - s < 2:
            return None
        if end - s > 80:
            return self.zh_np_ending(lo, end)
        return s, end

    def target_zh(self, m: Money, decision: _Decision, sentence: tuple[int, int]
                  ) -> tuple[str | None, Span | None, Named | None]:
        """The target of a Chinese amount, without a role word before it ("主办方A" -> "A"); a bare
        head noun after a preposition ("按项目") is none."""
        target, span, record = self.target_zh_raw(m, decision, sentence)
        if target is None:
            return None, None, None
        if span is not None:
            role = None
            for role in _ZH_ROLE.finditer(self.text, max(0, span.start - 3), min(span.end, span.start + 3)):
                pass
            if role is not None and span.start < role.end() < span.end and role.start() <= span.start + 1:
                span = Span(start=role.end(), end=span.end, text=self.text[role.end():span.end])
                target = span.text
        if span is not None and record is None and "、" not in target and "等" not in target and \
                len(_PAREN.sub("", target)) > _ZH_MAX_CHARS:
            # too long a clause: its last phrase ending with a head noun
            heads = list(self.v.zh_heads.finditer(self.text, span.start, span.end))
            cut = self.zh_np_ending(span.start, heads[-1].end()) if heads else None
            if cut is not None and cut[1] - cut[0] < len(target):
                span = Span(start=cut[0], end=cut[1], text=self.text[cut[0]:cut[1]])
                target = span.text
        bare = _ZH_PREP.sub("", target)
        if bare in self.v.zh_head_words or (bare != target and bare in self.v.zh_generic):
            return None, None, None
        if target in ("项目", "按项目"):
            return None, None, None
        return target, span, record

    def target_zh_raw(self, m: Money, decision: _Decision, sentence: tuple[int, int]
                      ) -> tuple[str | None, Span | None, Named | None]:
        text = self.text
        end = m.span.end
        # 1. "总投资X的Y项目"
        of = _ZH_OF_RIGHT.match(text, end, sentence[1])
        if of:
            # "投资X的A超市及商业街、住宅项目": up to the first part of a 、 list that has a head noun
            s = of.start(1)
            pos = 0
            for part in of.group(1).split("、"):
                heads = list(self.v.zh_heads.finditer(part))
                if heads:
                    # "…产业园项目以及总投资Y的…项目": the phrase ends before the next item
                    nxt = _ZH_NEXT_ITEM.search(part, heads[0].end())
                    if nxt is not None:
                        heads = [h for h in heads if h.end() <= nxt.start()]
                    return self.zh_resolve((s, s + pos + heads[-1].end()), m.span.start)
                pos += len(part) + 1
        # 2. "计划投资X，建设Y"
        build = _ZH_BUILD_RIGHT.match(text, end, sentence[1])
        if build:
            heads = list(self.v.zh_heads.finditer(build.group(1)))
            if heads:
                s = build.start(1)
                return self.zh_resolve((s, s + heads[-1].end()), m.span.start)
        # 3. a fund named right after: "500万天使基金"
        right = re.match(r"\A([^，,；;。、\s]{0,12}?(?:基金|资金池))", text[end:end + 16])
        if right and len(right.group(1)) > 2:
            return self.zh_resolve((end, end + right.end(1)), m.span.start)
        # 3b. a receiver right after a give/get verb: "给予A基金150万元资助"
        if decision.kind in ("grant", "fund"):
            give = _ZH_GIVE_NP.search(text, max(sentence[0], m.span.start - 30), m.span.start)
            if give is not None and any(give.group(1).endswith(h) for h in self.v.zh_head_words):
                return self.zh_resolve(give.span(1), m.span.start)
        cue = decision.cue_start if decision.cue_start >= 0 else m.span.start
        # 3c. a named special fund: "天使(人才)专项资金最高500万元" -> "天使(人才)专项资金"
        if decision.cue_phrase in ("专项资金", "专项基金", "引导资金") and decision.cue_end <= m.span.start:
            lo = max(sentence[0], cue - 20)
            mark = max(text.rfind(c, lo, cue) for c in "，,；;。：:！？!?\n、")
            if mark >= 0:
                lo = mark + 1
            stops = list(self.v.zh_stop.finditer(text, lo, cue))
            if stops:
                lo = stops[-1].end()
            if cue - lo >= 2 and not self.v.zh_heads.search(text, lo, cue):
                return self.zh_resolve((lo, decision.cue_end), m.span.start)
        # 4. the clause before the cue: "该项目总投资X", "Y项目总投资X"
        clause_start = max(sentence[0], cue - 40)
        frag = text[clause_start:cue]
        cut = max(frag.rfind(c) for c in "，,；;。：:！？!?\n")
        own_start = clause_start + cut + 1 if cut >= 0 else clause_start
        # "A基金总规模X，其中B出资Y": B contributes to the fund, which receives the money
        contributes = decision.cue_phrase in self.v.zh_contribute
        own = None if contributes else self.zh_clause_target(own_start, cue, m.span.start)
        if own is not None:
            return own
        # 5. the previous clause: "Y是...，总投资X" or "...实施Y项目，批复投资X"
        if cut >= 0:
            prev_end = own_start - 1
            prev_start = max(sentence[0], prev_end - 60)
            pfrag = text[prev_start:prev_end]
            pcut = max(pfrag.rfind(c) for c in "，,；;。：:！？!?\n")
            if pcut >= 0:
                prev_start += pcut + 1
            is_m = _ZH_SUBJECT_IS.match(text, prev_start, prev_end)
            if is_m:
                return self.zh_resolve(is_m.span(1), m.span.start)
            prev = self.zh_clause_target(prev_start, prev_end, m.span.start)
            if prev is not None and (not contributes or _FUND_HEAD.search(prev[0])):
                return prev
            # 5b. the sentence's first clause: "该项目由A公司投资建设，总占地…，预计总投资X"
            first_end = _ZH_CLAUSE_END.search(text, sentence[0], prev_start)
            if first_end is not None and first_end.end() <= prev_start and decision.kind != "grant":
                head = self.zh_clause_target(sentence[0], first_end.start(), m.span.start)
                if head is not None:
                    return head
        # 6. a record named shortly before
        ment = self.recent_mention(m.span.start, max(0, sentence[0] - 600))
        if ment is not None:
            return self.zh_resolve(ment[:2], m.span.start)
        return None, None, None

    def zh_clause_target(self, lo: int, end: int, pos: int) -> tuple[str, Span | None, Named | None] | None:
        """The target a clause names: its last phrase ending with a head noun, or an anaphor; never the
        agent of a 由/被 phrase ("该项目由A公司投资建设" -> "该项目")."""
        text = self.text
        while end > lo and text[end - 1] in "、 \t":
            end -= 1  # "A类7个、总投资X": the item before the list mark
        agent = _ZH_AGENT.search(text, lo, end)
        if agent is not None and agent.start() - lo >= 2:
            end = agent.start()
        heads = [h for h in self.v.zh_heads.finditer(text, lo, end)
                 if len(h.group()) > 1 or h.end() >= end or not _HAN.match(text, h.end())]
        for h in reversed(heads):
            np = self.zh_clause_np(lo, h.end())
            if np is None or np[1] - np[0] <= len(h.group()):
                continue
            phrase = text[np[0]:np[1]]
            if _ZH_PREP.sub("", phrase) in (h.group(), *self.v.zh_generic) and _ZH_PREP.match(phrase):
                continue  # "按项目类别给予…": a bare head after a preposition names nothing
            for g in sorted(self.v.zh_generic, key=len, reverse=True):
                at = phrase.find(g)
                if at >= 0 and (phrase.startswith(g) or phrase.endswith(g)) and \
                        (at == 0 or phrase[at - 1] in "该此本"):
                    s = np[0] + at - (1 if at > 0 else 0)
                    return self.zh_resolve((s, s + len(g) + (1 if at > 0 else 0)), pos)
            return self.zh_resolve(np, pos)
        count = _ZH_COUNT_END.search(text, lo, end)
        if count is not None and "分别" not in text[end:pos]:
            # "其中，A类项目5个，投资X；B配套16个，投资Y": the items counted
            count_start = count.start()
            adverb = _ZH_COUNT_ADVERB.search(text, lo, count_start)
            if adverb is not None:
                count_start = adverb.start()  # "签约项目共60个": the projects, not "项目共"
            np = self.zh_clause_np(lo, count_start)
            if np is not None and np[1] - np[0] >= 2:
                return self.zh_resolve(np, pos)
        own_text = text[lo:end]
        generic = [g for g in self.v.zh_generic if own_text.endswith(g) or own_text.startswith(g)]
        if generic:
            g = max(generic, key=len)
            s = lo + own_text.find(g)
            return self.zh_resolve((s, s + len(g)), pos)
        return None


def _zh_core(target: str) -> str:
    """A Chinese target without its determiner and head noun: "该产业园项目" -> "产业园"."""
    core = re.sub(r"\A(?:该|此|本|这|这些|那)(?:\d+|[一二三四五六七八九十两]+)?(?:个|项|家)?", "", target.strip())
    for head in _vocab().zh_head_words:
        if core.endswith(head) and len(core) > len(head):
            return core[: -len(head)]
    return core


def _same_target(a: str | None, b: str | None) -> bool:
    """Whether two targets of the same amount may be one thing: either unknown, equal, or sharing a
    word other than a generic one ("the fund" / "Xiangjiang fund" yes; "guidance fund" / "special
    fund" no)."""
    if not a or not b:
        return True
    if _HAN.search(a) or _HAN.search(b):
        ca, cb = _zh_core(a), _zh_core(b)
        heads = _vocab().zh_head_words
        return not ca or not cb or ca in heads or cb in heads or ca in cb or cb in ca
    wa, wb = set(_norm(a).split()), set(_norm(b).split())
    if wa == wb:
        return True
    generic = _vocab().en_generic | _vocab().en_stop
    return bool((wa & wb) - generic) or not (wa - generic) or not (wb - generic)


def _same_head(a: str, b: str) -> bool:
    """Whether two targets (of amounts in different sentences) may be one thing: a Chinese pair as
    :func:`_same_target`; an English pair the same words, one inside the other or the same head noun
    ("the industry fund" / "the industrial investment fund"), not just a shared place name."""
    if _HAN.search(a) or _HAN.search(b):
        return _same_target(a, b)
    na, nb = _norm(_clean_target(a)), _norm(_clean_target(b))
    return na in nb or nb in na or na.split()[-1].rstrip("s") == nb.split()[-1].rstrip("s")


def _restates(a: str | None, b: str | None, fresh: bool) -> bool:
    """Whether an amount with target ``a`` said again after one with target ``b`` is the same item:
    the same target, or (in English) another phrase with the same head noun that is not introduced
    as a new item ("the industry fund of X" ... "the industrial investment fund of X")."""
    if _same_target(a, b):
        return True
    if fresh or not a or not b or _HAN.search(a) or _HAN.search(b):
        return False
    return _norm(a).split()[-1].rstrip("s") == _norm(b).split()[-1].rstrip("s")


def _gap_is_conversion(gap: str) -> bool:
    return bool(_CONVERSION_GAP.match(gap))


def find_investments(
    text: str,
    *,
    sentences: Sequence[Span],
    money: Sequence[Money],
    dates: Sequence[DateRange] = (),
    named: Sequence[Named] = (),
) -> list[Investment]:
    """The investments among ``money``: amounts committed, planned or spent on a target.

    ``sentences`` are the article's sentence spans; ``named`` the parks, initiatives, talent
    programmes and organisations already found (their ``mentions`` let a target link to a record
    through ``target_id``). Returns :class:`Investment` records in text order, with ids
    ``inv-1``, ``inv-2`` ...; each ``amount`` is one of the given ``money`` objects.
    """
    if not text or not money:
        return []
    original = text
    text = _simplified(text)  # cues are matched on a Simplified copy; target text comes from the original
    finder = _Finder(text, sentences, named)
    finder.money_starts = sorted(q.span.start for q in money)
    ordered = sorted(money, key=lambda q: (q.span.start, q.span.end))
    headline_end = _headline_end(text)
    body_amounts = [(q.currency, q.bounds) for q in money if q.span.start >= headline_end]

    def restated(m: Money) -> bool:
        """A headline amount said again in the body (the body's statement is the one reported)."""
        low, high = m.bounds
        return any(c == m.currency and abs(b[1] - high) <= high * Decimal("0.005")
                   and abs(b[0] - low) <= max(low, high) * Decimal("0.005") for c, b in body_amounts)

    # 1. drop conversions "1 trillion yuan ($144.6 billion)" and group lists "X, Y and Z"
    groups: list[list[Money]] = []
    base: Money | None = None
    previous: Money | None = None
    previous_was_conversion = False
    for m in ordered:
        if m.span.end > len(text) or original[m.span.start:m.span.end] != m.span.text:
            continue  # not from this text
        if previous is not None and m.span.start >= previous.span.end:
            gap = text[previous.span.end:m.span.start]
            if base is not None and m.currency != base.currency and (
                _gap_is_conversion(gap) or (previous_was_conversion and _CONVERSION_NEXT.match(gap))
            ):
                previous, previous_was_conversion = m, True
                continue
            stripped = _PAREN.sub("", text[base.span.end:m.span.start]) if base is not None else gap
            if groups and base is not None and _SEPARATOR.match(stripped) and "\n" not in stripped:
                groups[-1].append(m)
                previous, previous_was_conversion, base = m, False, m
                continue
        groups.append([m])
        previous, previous_was_conversion, base = m, False, m

    results: list[tuple[Money, InvestmentKind, InvestmentStatus, str | None, Span | None, str | None,
                        str | None, tuple[int, int]]] = []
    seen: dict[tuple[str, Decimal | None, Decimal | None, Decimal | None, str],
               list[tuple[str | None, tuple[int, int], bool]]] = {}
    last_end = 0
    previous_target: tuple[int, tuple[int, int], str | None, Span | None, Named | None, str | None] | None = None
    previous_kind: tuple[str, tuple[int, int], int] | None = None
    for group in groups:
        first, last = group[0], group[-1]
        sentence = _sentence_of(finder.starts, finder.sentences, text, first.span.start)
        chinese = bool(_HAN.search(text[max(sentence[0], first.span.start - 12):first.span.end + 4]))
        lo = max(sentence[0], last_end)
        last_end = last.span.end
        if first.span.start < headline_end and all(restated(q) for q in group):
            continue
        left = finder.left_cue(first.span.start, lo, sentence, chinese)
        right = finder.right_cue(last.span.end, sentence[1], chinese)
        line_start = text.rfind("\n", 0, first.span.start) + 1
        if _LABEL_LINE.match(text, line_start, first.span.start):
            left = _Decision("total", line_start, first.span.start, "total investment")
        kind = ""
        if right.kind == _EXCLUDE:
            kind = _EXCLUDE
        elif right.kind and right.kind != "total":
            kind = right.kind
        elif right.kind == "total":
            kind = _EXCLUDE if left.kind == _EXCLUDE and first.span.start - left.cue_end < 30 else (
                left.kind if left.kind and left.kind != _EXCLUDE else "total")
        else:
            kind = left.kind
        passive = _Decision("")
        if not kind and not chinese:
            passive = finder.passive_cue(last.span.end, sentence[1])
            kind = passive.kind
        if not kind and previous_kind is not None and previous_kind[1] == sentence and \
                _AND_COUNT_GAP.match(text, previous_kind[2], first.span.start):
            kind = previous_kind[0]  # "a total investment of X and 21 total Y": Y is of the same kind
        previous_kind = (kind, sentence, last.span.end)
        if not kind or kind == _EXCLUDE:
            continue
        if kind == "total" and not chinese:
            # "provided with X", "grant qualified talent X": money given to a recipient
            give = finder.v.en_give.search(text, max(lo, first.span.start - 80), first.span.start)
            if give is not None and (left.cue_start < give.start() or _norm(left.cue_phrase) in finder.v.en_weak):
                kind = "grant"
        if chinese and (first.qualifier == Qualifier.OVER or text.startswith("以上", first.span.end)
                        or text[max(0, first.span.start - 1):first.span.start] in ("超", "逾")) \
                and _ZH_THRESHOLD_RIGHT.match(text, last.span.end, sentence[1]):
            continue  # "投资超20亿元的重大项目": a class of projects, not an amount invested
        if kind in ("total", "other") and _PHASE_NEAR.search(text, max(lo, first.span.start - 50),
                                                             first.span.start):
            kind = "phase"
        status = finder.status(sentence, first.span.start, chinese)
        if chinese:
            target, target_span, record = finder.target_zh(first, left if left.kind else right, sentence)
            investor = None
        else:
            target, target_span, record, investor = finder.target_en(first, left, right, sentence, lo, last.span.end)
            if previous_target is not None and previous_target[1] == sentence:
                gap = _PAREN.sub("", text[previous_target[0]:first.span.start])
                if _AND_GAP.match(gap) and not _PRED.search(re.sub(r"(?i)planned", "", gap)) and \
                        not re.search(r"\b[A-Z]", gap) and not finder.new_subject(gap):
                    target, target_span, record, investor = previous_target[2:]
            after = re.match(r"\s*([A-Za-z]+)", text[target_span.end:target_span.end + 30]) if target_span else None
            if kind == "grant" and target and (_norm(target).split()[-1] in finder.v.en_givers or (
                    after is not None and _norm(after.group(1)) in finder.v.en_givers)):
                target, target_span, record = None, None, None  # the giver of a subsidy receives nothing
            previous_target = (last.span.end, sentence, target, target_span, record, investor)
        if target and not chinese and _FUND_HEAD.search(target.split()[-1]) and (
                kind in ("total", "other") or (kind == "grant" and _norm(left.cue_phrase) in finder.v.en_fund_money)):
            kind = "fund"
        # "one first prize, two second prizes ... were awarded A, B ... respectively"
        per_item: list[tuple[str, Span | None, Named | None]] | None = None
        if len(group) > 1 and not chinese and re.search(
                r"\brespectively\b", text[last.span.end:min(sentence[1], last.span.end + 200)], re.IGNORECASE):
            items = list(finder.v.en_respectively.finditer(text, max(sentence[0], first.span.start - 400),
                                                           first.span.start))
            if len(items) >= len(group):
                items = items[-len(group):]
                per_item = [(_clean_target(it.group(1)), Span(start=it.start(1), end=it.end(1), text=it.group(1)),
                             None) for it in items]
        for index, m in enumerate(group):
            if m.span.start < headline_end and restated(m):
                continue
            if _is_small(m) and not finder.keep_small(kind, (left, right, passive), sentence, chinese):
                continue
            t, tsp, rec = (target, target_span, record)
            if per_item is not None:
                t, tsp, rec = per_item[index]
            key = (m.currency, m.value, m.low, m.high, kind)
            # "another X", "a special fund of X": introduced as a new item
            fresh = bool(_ANOTHER.search(text, max(0, m.span.start - 16), m.span.start)) or (
                tsp is not None and bool(_INDEFINITE.search(text, max(0, tsp.start - 12), tsp.start)))
            total = chinese or bool(_TOTAL_WORD.search(text, max(sentence[0], m.span.start - 60), m.span.start))
            if key in seen and any(_restates(t, other, fresh) and (
                    other_sentence == sentence or not t or not other or _same_head(t, other) or (total and other_total))
                    for other, other_sentence, other_total in seen[key]):
                continue  # restated later (a second item of the same size with its own target is kept)
            seen.setdefault(key, []).append((t, sentence, total))
            results.append((m, InvestmentKind(kind), status, t, tsp, rec.id if rec else None, investor, sentence))

    out: list[Investment] = []
    for i, (m, kind_, status, t, tsp, rid, investor, sentence) in enumerate(results, start=1):
        if text is not original and t and tsp is not None:
            at = text.find(t, tsp.start, max(tsp.end, tsp.start + len(t)))
            if at >= 0:
                t = original[at:at + len(t)]
            tsp = Span(start=tsp.start, end=tsp.end, text=original[tsp.start:tsp.end])
        out.append(Investment(
            id=f"inv-{i}",
            amount=m,
            kind=kind_,
            status=status,
            investor=investor or None,
            target=t or None,
            target_span=tsp if t else None,
            target_id=rid,
            sentence=Span(start=sentence[0], end=sentence[1], text=original[sentence[0]:sentence[1]]),
        ))
    return out
