"""Named records from invented sentences: names, aliases, kinds, levels, evidence spans."""

from __future__ import annotations

import pytest

from innovation_news.article import parse_article
from innovation_news.models.records import Article


def _check_spans(text: str, article: Article) -> None:
    for group in (article.parks, article.initiatives, article.talent_programs):
        for record in group:
            assert record.mentions, record
            for m in record.mentions:
                assert text[m.span.start : m.span.end] == m.span.text
                if m.sentence is not None:
                    assert m.sentence.start <= m.span.start and m.span.end <= m.sentence.end


def parse(text: str) -> Article:
    article = parse_article(text)
    _check_spans(text, article)
    return article


def test_park_with_abbreviation_alias() -> None:
    text = (
        "The Lakeside Photonics Industrial Park (LPIP) opened in Hefei in 2019. "
        "Since then LPIP has drawn 40 firms, and the park plans a second phase."
    )
    a = parse(text)
    assert [(p.name, p.aliases, p.kind.value) for p in a.parks] == [
        ("Lakeside Photonics Industrial Park", ("LPIP",), "park")
    ]
    spans = [m.span.text for m in a.parks[0].mentions]
    assert spans == ["Lakeside Photonics Industrial Park", "LPIP", "LPIP"]


@pytest.mark.parametrize(
    ("sentence", "name", "kind"),
    [
        ("Work began on the Maple Bay Economic Development Zone last week.", "Maple Bay Economic Development Zone", "zone"),
        ("Investors toured the Silverpine Sci-tech City on Monday.", "Silverpine Sci-tech City", "city"),
        ("The Emberfield Robot Valley now hosts 12 labs.", "Emberfield Robot Valley", "valley"),
        ("Start-ups moved into the Quillon Drone Incubator this spring.", "Quillon Drone Incubator", "incubator"),
        ("A plant rose in the Tarnwick Battery Manufacturing Base.", "Tarnwick Battery Manufacturing Base", "base"),
        ("Residents welcomed the Heronford Returnee Town in May.", "Heronford Returnee Town", "town"),
        ("Trains link the Corvale Innovation Corridor to the airport.", "Corvale Innovation Corridor", "corridor"),
    ],
)
def test_park_kinds(sentence: str, name: str, kind: str) -> None:
    a = parse(sentence)
    assert [(p.name, p.kind.value) for p in a.parks] == [(name, kind)]


def test_level_words() -> None:
    a = parse("The national-level Brindle Harbour High-tech Zone signed 9 deals.")
    assert a.parks[0].level is not None and a.parks[0].level.value == "national"
    b = parse("It joined the provincial Ferncliff Smart Equipment Industrial Park.")
    assert b.parks[0].level is not None and b.parks[0].level.value == "provincial"


def test_short_form_is_an_alias_not_a_new_record() -> None:
    text = (
        "On May 2, the Alder Valley Alumni Association's Returnee Town (Kestrel · Optics) was unveiled. "
        "The Returnee Town has since landed five projects."
    )
    a = parse(text)
    assert len(a.parks) == 1
    park = a.parks[0]
    assert park.name.endswith("Returnee Town (Kestrel · Optics)")
    assert "Returnee Town" in park.aliases


def test_generic_mentions_are_not_records() -> None:
    a = parse("The park will open in June. The zone and the plan were praised by industrial parks nearby.")
    assert a.parks == () and a.initiatives == () and a.talent_programs == ()


def test_initiatives_events_and_plans() -> None:
    text = (
        "The 3rd Pinewood Robotics Summit opened in Lanzhou on June 2. "
        "Officials released the Three-Year Action Plan for Building Dunmore into a Photonics Hub (2022-2024). "
        "The sixth Kestrel Cup Innovation and Entrepreneurship Competition drew 300 teams."
    )
    a = parse(text)
    got = {(i.name, i.kind.value) for i in a.initiatives}
    assert ("3rd Pinewood Robotics Summit", "event") in got
    assert (
        "Three-Year Action Plan for Building Dunmore into a Photonics Hub (2022-2024)",
        "plan",
    ) in got or any(n.startswith("Three-Year Action Plan for Building Dunmore") for n, _ in got)
    assert any(n.endswith("Kestrel Cup Innovation and Entrepreneurship Competition") and k == "competition" for n, k in got)


def test_ordinal_and_year_variants_corefer() -> None:
    text = (
        "The 4th Hollins Bay Investment Fair closed on Friday. "
        "The Hollins Bay Investment Fair signed 80 projects."
    )
    a = parse(text)
    assert len(a.initiatives) == 1
    assert a.initiatives[0].name == "4th Hollins Bay Investment Fair"
    assert a.initiatives[0].aliases == ("Hollins Bay Investment Fair",)


def test_talent_programmes() -> None:
    text = (
        'The district is implementing the "77 Plan" and the "Glowfern Talent Recruiting Plan" '
        "to attract engineers from abroad."
    )
    a = parse(text)
    names = {t.name for t in a.talent_programs}
    assert names == {"77 Plan", "Glowfern Talent Recruiting Plan"}
    assert a.initiatives == ()


def test_metaphor_plan_is_talent_when_sentence_is_about_talent() -> None:
    a = parse("The city floated its 'pelican plan' to attract top talent from overseas.")
    assert [t.name for t in a.talent_programs] == ["pelican plan"]


def test_quoted_slogan_is_a_plan() -> None:
    a = parse('The county is building "One Port, One Belt" to lift its exports.')
    assert [(i.name, i.kind.value) for i in a.initiatives] == [("One Port, One Belt", "plan")]


def test_title_case_headline_does_not_swallow_verbs() -> None:
    text = "Dunmore Unveils Harbour Fintech Industrial Park\n\nThe Harbour Fintech Industrial Park opened."
    a = parse(text)
    assert [p.name for p in a.parks] == ["Harbour Fintech Industrial Park"]


def test_chinese_names() -> None:
    text = "3月5日，湖畔光电产业园在临江举行签约仪式。临江经济技术开发区（临江经开区）还发布了“青鸟人才计划”。"
    a = parse(text)
    parks = {p.name: p for p in a.parks}
    assert "湖畔光电产业园" in parks and parks["湖畔光电产业园"].kind.value == "park"
    assert "临江经济技术开发区" in parks
    assert "临江经开区" in parks["临江经济技术开发区"].aliases
    assert [t.name for t in a.talent_programs] == ["青鸟人才计划"]


def test_chinese_boundaries_and_generic() -> None:
    a = parse("项目位于松岭新区，将建设高新技术产业园区。")
    assert [p.name for p in a.parks] == ["松岭新区"]


@pytest.mark.parametrize(
    "text",
    [
        "Industrial Park " * 3200,
        "Zone " * 10000,
        '"Alpha Plan" ' * 4000,
        "(Alpha) Park " * 4000,
        "Plan for Building " * 3000,
        "The Maple Industrial Park. " * 1900,
        " ".join(f"Alpha{i} Industrial Park" for i in range(2000)),
        "的园区" * 17000,
        "科技" * 25000 + "产业园",
        "，".join(f"甲{i}乙产业园" for i in range(5000)),
    ],
    ids=["park", "zone", "quoted", "parens", "tails", "sentences", "distinct", "zh-boundary", "zh-run", "zh-distinct"],
)
def test_hostile_repetitive_input_completes(text: str) -> None:
    # every step is linear: these ~50k-char inputs parse in well under a second each
    a = parse_article(text)
    for p in a.parks:
        assert len(p.name) <= 200
