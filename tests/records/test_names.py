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
        "创新产业园区建设" * 6500,
        "《甲乙规划》丙园区" * 5000,
    ],
    ids=["park", "zone", "quoted", "parens", "tails", "sentences", "distinct", "zh-boundary", "zh-run", "zh-distinct",
         "zh-park-verbs", "zh-titles"],
)
def test_hostile_repetitive_input_completes(text: str) -> None:
    # every step is linear: these ~50k-char inputs parse in well under a second each
    a = parse_article(text)
    for p in a.parks:
        assert len(p.name) <= 200


def _zh(text: str) -> tuple[list[str], list[str], list[str]]:
    a = parse(text)
    return (
        [p.name for p in a.parks],
        [i.name for i in a.initiatives],
        [t.name for t in a.talent_programs],
    )


@pytest.mark.parametrize(
    ("text", "park"),
    [
        ("这意味着布局青枫科学城迈出关键一步。", "青枫科学城"),
        ("根据全市建设安澜智能制造集聚区的要求，各方加快推进。", "安澜智能制造集聚区"),
        ("研讨会探讨如何发挥云岭新区的带动作用。", "云岭新区"),
        ("本月，第五届中国翠湖创业大赛白鹭新区分赛启动。", "白鹭新区"),
        ("2022年翠屏生态绿色一体化发展示范区再获新进展。", "翠屏生态绿色一体化发展示范区"),
        ("落户松溪数字小镇的企业已达30家，共同推动松溪数字小镇发展。", "松溪数字小镇"),
    ],
)
def test_zh_park_left_boundary(text: str, park: str) -> None:
    parks, _, _ = _zh(text)
    assert parks == [park]


def test_zh_company_and_title_are_not_parks() -> None:
    parks, inits, _ = _zh("澄江园区建设发展有限公司与多家企业签约。该项目列入了《东湾现代化建设示范区规划》。")
    assert parks == []
    assert inits == ["《东湾现代化建设示范区规划》"]


@pytest.mark.parametrize(
    ("text", "park"),
    [
        ("枫林数字干线北岸科创园正式开园。", "枫林数字干线北岸科创园"),
        ("打造面向全省的岚山汽车电子产业港。", "岚山汽车电子产业港"),
        ("金沙双创园今年新增企业12家。", "金沙双创园"),
    ],
)
def test_zh_new_park_heads(text: str, park: str) -> None:
    parks, _, _ = _zh(text)
    assert parks == [park]


def test_zh_park_inside_event_name() -> None:
    parks, inits, _ = _zh("昨天，青溪·白石山创意产业园招商推介会在市区举行。")
    assert parks == ["青溪·白石山创意产业园"]
    assert inits == ["青溪·白石山创意产业园招商推介会"]


def test_zh_generic_parks_dropped() -> None:
    parks, _, _ = _zh("这是全市产业发展重点园区，也是新区的核心。")
    assert parks == []


def test_zh_generic_policies_are_not_initiatives() -> None:
    _, inits, talents = _zh("入驻企业可享受房租补贴等优惠政策、扶持政策和优惠配套政策，并参加高峰论坛。该区坚持优化人才引进政策。")
    assert inits == [] and talents == []


def test_zh_event_names_keep_coordination_and_year() -> None:
    _, inits, _ = _zh("2021年临川区高端制造与海外人才项目合作洽谈会在临川开幕。")
    assert inits == ["2021年临川区高端制造与海外人才项目合作洽谈会"]


def test_zh_joined_events() -> None:
    _, inits, _ = _zh("第三次沿江城市工作经验交流会暨城市工作推进会在江城召开。")
    assert inits == ["第三次沿江城市工作经验交流会暨城市工作推进会"]
    _, inits, _ = _zh("会上还举行了银杏湖校企对接会暨第二届银杏湖创新创业大赛。")
    assert inits == ["银杏湖校企对接会", "第二届银杏湖创新创业大赛"]


def test_zh_event_left_edge() -> None:
    _, inits, _ = _zh("本次活动对接梧桐市创新创业大赛。进入复赛且受大赛组委会邀请的项目可获奖励。")
    assert inits == ["梧桐市创新创业大赛"]


def _en(text: str) -> tuple[list[str], list[str], list[str]]:
    a = parse(text)
    return [p.name for p in a.parks], [i.name for i in a.initiatives], [t.name for t in a.talent_programs]


def test_event_name_takes_second_event_head() -> None:
    _, inits, _ = _en("The 2021 Technology Fair and Signing Ceremony of Coastal Enterprises opened in Linhai.")
    assert inits == ["2021 Technology Fair and Signing Ceremony of Coastal Enterprises"]


def test_event_name_stops_at_a_date() -> None:
    _, inits, _ = _en("The 2025 Riverside Innovation Festival on June 3 drew 400 founders.")
    assert inits == ["2025 Riverside Innovation Festival"]


def test_quoted_event_keeps_trailing_year() -> None:
    _, inits, _ = _en('The city hosted the "Lakeshore Photonics Summit 2026" last week.')
    assert inits == ["Lakeshore Photonics Summit 2026"]


def test_possessive_generic_policies_are_not_initiatives() -> None:
    _, inits, _ = _en("Start-ups in Maplewood can apply for Tarnby zone's policies and preferential policies.")
    assert inits == []


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Firms gathered in the Cloud of Sensors Industrial Park last year.", "Cloud of Sensors Industrial Park"),
        ("Work started at the Qinghe Lake Ecological and Innovative City in May.", "Qinghe Lake Ecological and Innovative City"),
        ("Returnees may settle in the Industrial Park for Young Overseas Scholars in Linhai.", "Industrial Park for Young Overseas Scholars"),
        ("The fund was set up in the Jiangbei New Area of Nanjing.", "Jiangbei New Area"),
        ("Exports rose in the Linhai New District this year.", "Linhai New District"),
    ],
)
def test_park_name_shapes(sentence: str, name: str) -> None:
    parks, _, _ = _en(sentence)
    assert parks == [name]


def test_coordinated_places_split() -> None:
    parks, _, _ = _en("Tourists visit Nanfeng Ancient City and Beishan Fishing Port Town every summer.")
    assert parks == ["Beishan Fishing Port Town"]


def test_chinese_name_with_place_in_brackets_and_dash() -> None:
    text = "县里还出席了“云岭—晴川杯”青年创新大赛。中国(临江)光电产业园今年引进企业12家。"
    a = parse(text)
    assert [p.name for p in a.parks] == ["中国(临江)光电产业园"]
    assert [i.name for i in a.initiatives] == ["“云岭—晴川杯”青年创新大赛"]


def test_chinese_place_not_cut_by_boundary_character() -> None:
    # 都 and 和 are boundary words, but not inside 成都 / 和平区
    a = parse("企业落户成都高新区。项目落户和平区光电产业园。")
    assert [p.name for p in a.parks] == ["成都高新区", "和平区光电产业园"]


def test_chinese_person_and_verb_before_event_name() -> None:
    a = parse("林青副局长出席临江区“春风行动”集中签约仪式。")
    assert [i.name for i in a.initiatives] == ["临江区“春风行动”集中签约仪式"]
    b = parse("会上创造性提出一个大赛、两个赛道的新模式。")
    assert b.initiatives == ()


def test_chinese_event_of_an_event() -> None:
    a = parse("从第二届中国(临江)茶文化节重点项目推介会暨签约仪式上获悉，共签约9个项目。")
    assert [i.name for i in a.initiatives] == ["第二届中国(临江)茶文化节", "第二届中国(临江)茶文化节重点项目推介会暨签约仪式"]


def test_chinese_campaign_year_and_student_programme() -> None:
    a = parse("今年是临江区“制造业提质振兴年”。十万大学生留临创业就业工程“晴川杯”创新大赛开幕。")
    assert [(i.name, i.kind.value) for i in a.initiatives] == [
        ("制造业提质振兴年", "campaign"),
        ("“晴川杯”创新大赛", "competition"),
    ]
    assert [t.name for t in a.talent_programs] == ["十万大学生留临创业就业工程"]


def test_hard_wrapped_names() -> None:
    zh = parse("5月6日,临江光电\n产业园在临江区开工建设。")
    assert [p.name for p in zh.parks] == ["临江光电产业园"]
    en = parse("Work began in May.\nOfficials said the Lakeside\nIndustrial Park will open next year.\n")
    assert [(p.name, [m.span.text for m in p.mentions]) for p in en.parks] == [
        ("Lakeside Industrial Park", ["Lakeside\nIndustrial Park"])
    ]


def test_spelling_variants_and_mid_name_abbreviation_are_one_park() -> None:
    text = (
        "Lindon Harbour (LDH) High-tech Industrial Development Zone was set up in 2001. "
        "LDH Hi-tech Industrial Development Zone now has 300 firms. "
        "Harbour Hi-Tech Zone and Harbour High-tech Zone are the same place."
    )
    a = parse(text)
    assert [p.name for p in a.parks] == ["Lindon Harbour (LDH) High-tech Industrial Development Zone"]
    assert set(a.parks[0].aliases) == {"LDH Hi-tech Industrial Development Zone", "Harbour Hi-Tech Zone", "Harbour High-tech Zone"}


@pytest.mark.parametrize(
    "text",
    [
        "The Corvale Development Zone (also known as Glass Valley of China, or GVC) hosts 90 firms.",
        "The Corvale Development Zone, formerly Corvale Glass Industrial Park, hosts 90 firms.",
        "The Corvale Development Zone in Tarn province, formerly known as Corvale Glass Industrial Park, hosts 90 firms.",
    ],
)
def test_other_names_become_aliases(text: str) -> None:
    a = parse(text)
    assert [p.name for p in a.parks] == ["Corvale Development Zone"]
    assert len(a.parks[0].aliases) >= 1


def test_new_unrelated_park_after_named_is_not_an_alias() -> None:
    a = parse("The Corvale Development Zone opened an incubator named Brightfern Incubator.")
    assert [p.name for p in a.parks] == ["Corvale Development Zone", "Brightfern Incubator"]


def test_quoted_title_with_two_lower_case_heads() -> None:
    a = parse('The city held the "Young Makers Build the Future" exchange and exhibition on Monday.')
    assert [(i.name, i.kind.value) for i in a.initiatives] == [
        ('"Young Makers Build the Future" exchange and exhibition', "event")
    ]


def test_former_and_new_names() -> None:
    a = parse("Tarnby Industrial Park was renamed Tarnby High-tech Industrial Park in 2010.")
    assert [(p.name, p.aliases) for p in a.parks] == [("Tarnby High-tech Industrial Park", ("Tarnby Industrial Park",))]
    b = parse("临江高新区（原名临江经济开发区）今年引进企业。")
    assert [(p.name, p.aliases) for p in b.parks] == [("临江高新区", ("临江经济开发区",))]


def test_heading_line_and_capital_the_do_not_join_a_name() -> None:
    text = (
        "The county released its yearly talent notice for overseas engineers this week.\n"
        "II. Application & Review Timetable\n"
        "The 2025 Harbourvale Talent Programme is open to applicants until June 30, 2025."
    )
    a = parse(text)
    assert [t.name for t in a.talent_programs] == ["2025 Harbourvale Talent Programme"]


def test_missing_space_after_full_stop_ends_the_name() -> None:
    a = parse("Work on the plant began in Lanxi Ridge High-tech Zone.It will finish next year.")
    assert [p.name for p in a.parks] == ["Lanxi Ridge High-tech Zone"]


def test_quoted_prefix_of_lower_case_head_is_kept() -> None:
    a = parse('In May the city launched the "Harbourvale 4422" Excellence plan for new firms.')
    names = [r.name for r in (*a.initiatives, *a.talent_programs)]
    assert names == ['"Harbourvale 4422" Excellence plan']


@pytest.mark.parametrize(
    "text",
    [
        "News and Policies\n\nThe county opened a new lab for its makers on Monday.",
        "Details of the Programme are given below for all applicants.",
        "Experts may join \u201cthe provincial scheme\u201d or \u201cthe national scheme\u201d this year.",
        "Talent Introduction Program Helps Grow The County Brainpower\n\nIt started in May.",
    ],
)
def test_plain_phrases_are_no_names(text: str) -> None:
    a = parse(text)
    assert not a.initiatives and not a.talent_programs


def test_transport_corridor_is_no_park() -> None:
    a = parse("Projects include the Lanxi Highway Composite Corridor and the Lanxi Ridge Industrial Park.")
    assert [p.name for p in a.parks] == ["Lanxi Ridge Industrial Park"]


def test_new_area_and_new_district_with_place_are_one_park() -> None:
    text = (
        "Firms moved into Harbourvale Lanxi New District last year. "
        "Lanxi New Area now hosts 300 companies."
    )
    a = parse(text)
    assert [(p.name, p.aliases) for p in a.parks] == [("Harbourvale Lanxi New District", ("Lanxi New Area",))]


def test_zh_parenthesised_places_that_differ_are_two_parks() -> None:
    a = parse("两地依托西部(甲州)科学城和西部(乙州)科学城，合作不断深化。")
    assert sorted(p.name for p in a.parks) == ["西部(乙州)科学城", "西部(甲州)科学城"]


@pytest.mark.parametrize(
    "text, parks",
    [
        ("本次大赛主办方蓝溪高新区共设奖金。", ["蓝溪高新区"]),
        ("该院区即蓝溪大学附属医院科学城院区，于今年启用。", []),
        ("央企蓝溪光谷与甲州市签订合作协议，打造蓝溪光谷甲州数字产业园。", ["蓝溪光谷甲州数字产业园"]),
    ],
)
def test_zh_park_boundaries(text: str, parks: list[str]) -> None:
    assert [p.name for p in parse(text).parks] == parks


def test_zh_amount_in_policy_name_and_traditional_generic_policy() -> None:
    a = parse("今年蓝溪区安排3000万元政策资金，並完善產業政策。")
    assert not a.initiatives


def test_new_inside_a_title_case_name_run() -> None:
    a = parse("The Lanxi New Energy Wire Harness Manufacturing Base Project is located")
    assert [p.name for p in a.parks] == ["Lanxi New Energy Wire Harness Manufacturing Base"]


@pytest.mark.parametrize(
    "text, parks",
    [
        ("The 2019 Evaluation Report on the Openness of National High-tech Zone was released in Lanxi.", []),
        ("He gave a talk on the Green Growth of National Hi-tech Zones in the New Era.", []),
        ("The 2015 Lanxi (Hefei) Key Parks Promotion Conference was held that day.", []),
        ("It follows the National High Technology Industry Development Zones Index System.", []),
        ("The Ranking of Lanxi Industrial Park rose again.", ["Lanxi Industrial Park"]),
        ("The Internet of Things Industrial Park opened in Lanxi.", ["Internet of Things Industrial Park"]),
    ],
)
def test_no_park_from_document_titles_or_generic_plurals(text: str, parks: list[str]) -> None:
    assert [p.name for p in parse(text).parks] == parks


def test_initiative_stops_before_possessive_place_and_spaced_dash() -> None:
    a = parse('Deals were signed at the Lanxi Invest Conference in Hefei\'s Binhu -- "the Lake City".')
    assert [i.name for i in a.initiatives] == ["Lanxi Invest Conference"]


@pytest.mark.parametrize(
    "text, parks, initiatives, talent",
    [
        ("蓝溪县全力践行“三新”战略。", [], ["“三新”战略"], []),
        ("蓝溪州(云岭)“千人计划”人才产业园开园。", ["蓝溪州(云岭)“千人计划”人才产业园"], [], []),
        ("产业园是综合型创新创业基地，重点引进“万人计划”专家。", [], [], ["万人计划"]),
        ("双方簽訂蓝溪啟迪科技園合作協議。", ["蓝溪啟迪科技園"], [], []),
    ],
)
def test_zh_leading_verbs_paren_prefix_and_talent_plans(
    text: str, parks: list[str], initiatives: list[str], talent: list[str]
) -> None:
    a = parse(text)
    assert [p.name for p in a.parks] == parks
    assert [i.name for i in a.initiatives] == initiatives
    assert [t.name for t in a.talent_programs] == talent


def test_high_tech_park_and_zone_with_same_distinctive_words_merge() -> None:
    a = parse("Lanxi High-Tech Park ranks 14th. Lanxi Hi-tech Zone moved up 2 places.")
    assert [(p.name, p.aliases) for p in a.parks] == [("Lanxi High-Tech Park", ("Lanxi Hi-tech Zone",))]


@pytest.mark.parametrize(
    "text, parks",
    [
        ("The firms of Zhongguancun, Hangzhou and Wuhan lead the zones.", ["Zhongguancun"]),
        ("The 2024 Zhongguancun Forum opened in Beijing.", []),
        ("Zhangjiang High-tech Zone grew. Pilot zones of Zhangjiang and Lingang follow.", ["Zhangjiang High-tech Zone"]),
    ],
)
def test_famous_zones_without_a_head(text: str, parks: list[str]) -> None:
    assert [p.name for p in parse(text).parks] == parks


def test_qa5_park_heads_caps_foreign_names_and_towns() -> None:
    a = parse(
        "The Lakeview Economic and Technological Development Area (LEDA) grew fast. "
        "The Dali Qinghe technopark expanded. "
        "Source: HUNAN XIANG JIANG NEW AREA. "
        "Teams came from Boston and Silicon Valley. "
        "Firms moved to Jiangbei Town and to the Returnee Town."
    )
    names = {p.name: p for p in a.parks}
    assert names["Lakeview Economic and Technological Development Area"].aliases == ("LEDA",)
    assert "Dali Qinghe technopark" in names
    assert "HUNAN XIANG JIANG NEW AREA" in names
    assert "Silicon Valley" not in names
    assert "Jiangbei Town" not in names
    assert "Returnee Town" in names


def test_qa5_nickname_is_alias_of_adjacent_park() -> None:
    a = parse("Deals were signed in Zhongguancun -- \"China's Silicon Valley\". Changsha wants to be Hunan's Silicon Valley too.")
    parks = {p.name: p.aliases for p in a.parks}
    assert parks["Zhongguancun"] == ("China's Silicon Valley",)
    assert not any("Silicon" in n for n in parks)


def test_qa5_initiative_date_tails() -> None:
    a = parse(
        "The city launched the 2nd Design Competition of Global Makers in October. "
        "The first Lotus Cup Innovation Competition in 2022 ended. The first Lotus Cup Innovation Competition drew 300 teams."
    )
    names = sorted(i.name for i in a.initiatives)
    assert names == ["2nd Design Competition of Global Makers", "first Lotus Cup Innovation Competition"]


def test_qa5_zh_ceremony_tail_and_talent_plan_by_sentence() -> None:
    a = parse("标题\n\n昨天，科技惠民宣传月启动仪式在珠海举行。符合湖州市“青蓝英才计划”和“南太湖精英计划”资助条件的人才团队，可获资助。")
    assert [i.name for i in a.initiatives] == ["科技惠民宣传月"]
    assert "南太湖精英计划" in {t.name for t in a.talent_programs}
