"""parse_article and the text layout: furniture, paragraphs, sentences, title, source."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from innovation_news.article import parse_article
from innovation_news.models.records import Article
from innovation_news.text import split_text

PAGE = """Home > News
Dunmore Opens New Photonics Incubator
Date:2022-03-04 09:10:11 Source:Dunmore Daily Fonts:[ Large Medium Small ]

The Harbour Photonics Incubator opened on March 3. It cost 80 million yuan.

Dr. Lin Wei of Dunmore Co., Ltd. said the U.S. partner joined on Feb. 14 this year. No. 5 building is next.

Copyright 2022 Dunmore Daily. All Rights Reserved.
Share
"""


def _all_spans(a: Article) -> list[tuple[int, int, str]]:
    out = [(s.start, s.end, s.text) for s in (*a.paragraphs, *a.sentences, *a.furniture)]
    for q in (*a.quantities.money, *a.quantities.areas, *a.quantities.percentages, *a.quantities.counts, *a.quantities.dates):
        out.append((q.span.start, q.span.end, q.span.text))
    for group in (a.parks, a.initiatives, a.talent_programs, a.organizations, a.people):
        for r in group:
            for m in r.mentions:
                out.append((m.span.start, m.span.end, m.span.text))
    for meta in (a.metadata.title_span, a.metadata.source_span, a.metadata.published_span):
        if meta is not None:
            out.append((meta.start, meta.end, meta.text))
    return out


def test_furniture_title_source() -> None:
    layout = split_text(PAGE)
    furniture = [PAGE[s:e] for s, e in layout.furniture]
    assert furniture[0] == "Home > News"
    assert furniture[1].startswith("Date:2022-03-04")
    assert "Copyright 2022 Dunmore Daily. All Rights Reserved." in furniture
    assert "Share" in furniture
    assert layout.title is not None and PAGE[layout.title[0] : layout.title[1]] == "Dunmore Opens New Photonics Incubator"
    assert layout.source is not None and PAGE[layout.source[0] : layout.source[1]] == "Dunmore Daily"


def test_sentences_with_abbreviations() -> None:
    layout = split_text(PAGE)
    sentences = [PAGE[s:e] for s, e in layout.sentences]
    assert "The Harbour Photonics Incubator opened on March 3." in sentences
    assert "It cost 80 million yuan." in sentences
    assert "Dr. Lin Wei of Dunmore Co., Ltd. said the U.S. partner joined on Feb. 14 this year." in sentences
    assert "No. 5 building is next." in sentences


def test_chinese_sentences_and_furniture() -> None:
    text = "您当前所在的位置:首页 >> 新闻\n松岭新区举行签约仪式。项目总投资10亿元！首期开工；\n评论 0\n我要评论\n"
    layout = split_text(text)
    assert [text[s:e] for s, e in layout.sentences] == ["松岭新区举行签约仪式。", "项目总投资10亿元！", "首期开工；"]
    furniture = [text[s:e] for s, e in layout.furniture]
    assert furniture == ["您当前所在的位置:首页 >> 新闻", "评论 0", "我要评论"]


def test_parse_article_metadata_and_records() -> None:
    a = parse_article(PAGE, url="http://example.org/a", id="a1")
    assert a.metadata.id == "a1" and a.metadata.url == "http://example.org/a"
    assert a.metadata.title == "Dunmore Opens New Photonics Incubator"
    assert a.metadata.source == "Dunmore Daily"
    assert [p.name for p in a.parks] == ["Harbour Photonics Incubator"]
    assert a.parks[0].kind.value == "incubator"
    for s, e, t in _all_spans(a):
        assert PAGE[s:e] == t


def test_published_argument_wins() -> None:
    a = parse_article(PAGE, published="2020-01-02")
    assert a.metadata.published == dt.date(2020, 1, 2)
    b = parse_article(PAGE, published=dt.date(2021, 5, 6))
    assert b.metadata.published == dt.date(2021, 5, 6)


def test_empty_and_whitespace() -> None:
    for text in ("", "   \n\n  "):
        a = parse_article(text)
        assert a.sentences == () and a.parks == ()


@settings(max_examples=150, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(
            list("abcXYZ Park Zone Plan (WNZ) “”\"'.,;!?。！？；\n-–>|：:0123456789 亿元产业园新区计划人才的在")
        ),
        max_size=300,
    )
)
def test_parse_article_never_raises_and_spans_slice(text: str) -> None:
    a = parse_article(text)
    for s, e, t in _all_spans(a):
        assert 0 <= s <= e <= len(text)
        assert text[s:e] == t


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=200))
def test_parse_article_arbitrary_unicode(text: str) -> None:
    a = parse_article(text)
    for s, e, t in _all_spans(a):
        assert text[s:e] == t


def test_glued_full_stop_splits_sentences() -> None:
    text = "Work began in Lanxi Ridge High-tech Zone.It will end soon. The U.S. firm paid 3.5 yuan."
    layout = split_text(text)
    assert [text[s:e] for s, e in layout.sentences] == [
        "Work began in Lanxi Ridge High-tech Zone.",
        "It will end soon.",
        "The U.S. firm paid 3.5 yuan.",
    ]
