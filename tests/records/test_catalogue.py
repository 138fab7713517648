"""merge_records: one catalogue entry per park/initiative across articles."""

from __future__ import annotations

from innovation_news.article import parse_article
from innovation_news.catalogue import merge_records


def test_merge_by_name_and_alias() -> None:
    a = parse_article("The Lakeside Photonics Industrial Park (LPIP) opened in 2019.", id="a")
    b = parse_article("LPIP firms joined the 2nd Kestrel Robotics Summit.", id="b")
    c = parse_article("The Kestrel Robotics Summit returns to the Lakeside Photonics Industrial Park.", id="c")
    cat = merge_records([a, b, c])
    assert [e.name for e in cat.parks] == ["Lakeside Photonics Industrial Park"]
    assert cat.parks[0].articles == ("a", "c")
    assert cat.parks[0].id == "park:lakeside-photonics-industrial-park"
    summits = cat.initiatives
    assert len(summits) == 1 and summits[0].articles == ("b", "c")
    assert summits[0].name == "2nd Kestrel Robotics Summit"
    assert cat.find("kestrel robotics summit") is summits[0]


def test_ids_are_stable_whatever_the_order() -> None:
    arts = [
        parse_article("The Maple Bay Economic Development Zone grew.", id="x"),
        parse_article("The Emberfield Robot Valley grew.", id="y"),
    ]
    one = merge_records(arts)
    two = merge_records(list(reversed(arts)))
    assert [e.id for e in one.parks] == [e.id for e in two.parks]
