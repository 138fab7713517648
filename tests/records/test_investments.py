"""Tests for innovation_news.records.investments (invented sentences only)."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from innovation_news.models.quantities import Money, Qualifier, Span
from innovation_news.models.records import (
    InvestmentKind,
    InvestmentStatus,
    Mention,
    Park,
    TalentProgram,
)
from innovation_news.records.investments import find_investments

_UNITS = {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12,
          "万": 10**4, "亿": 10**8}
_MONEY = re.compile(
    r"\d+(?:\.\d+)?[万亿]元|(?:(?:about|over|more than|up to|nearly)\s+)?(?:US\$|\$|RMB\s*)?\d[\d,]*(?:\.\d+)?"
    r"(?:\s*(?:thousand|million|billion|trillion))?(?:\s*(?:yuan|dollars))?"
)


def _money(text: str) -> list[Money]:
    """Invented-fixture money finder: good enough for the sentences in this file."""
    out: list[Money] = []
    for m in _MONEY.finditer(text):
        surface = m.group()
        if not re.search(r"yuan|dollars|\$|RMB|元", surface):
            continue
        number = re.search(r"\d[\d,]*(?:\.\d+)?", surface)
        assert number is not None
        value = Decimal(number.group().replace(",", ""))
        unit = re.search(r"thousand|million|billion|trillion|万|亿", surface)
        if unit:
            value *= _UNITS[unit.group()]
        currency = "USD" if ("$" in surface or "dollars" in surface) else "CNY"
        qualifier = Qualifier.EXACT
        if surface.startswith(("over", "more than")):
            qualifier = Qualifier.OVER
        elif surface.startswith(("up to", "nearly")):
            qualifier = Qualifier.UNDER
        elif surface.startswith("about"):
            qualifier = Qualifier.APPROX
        out.append(Money(span=Span(start=m.start(), end=m.end(), text=surface), value=value,
                         currency=currency, qualifier=qualifier))
    return out


def _sentences(text: str) -> list[Span]:
    out = []
    for m in re.finditer(r"[^\n]+?(?:[.!?](?=\s|$)|[。！？]|$)", text):
        if m.group().strip():
            out.append(Span(start=m.start(), end=m.end(), text=m.group()))
    return out


def _park(text: str, name: str, ident: str = "park-1") -> Park:
    mentions = tuple(Mention(span=Span(start=m.start(), end=m.end(), text=m.group()))
                     for m in re.finditer(re.escape(name), text))
    return Park(id=ident, name=name, mentions=mentions)


def _find(text: str, **kwargs):  # type: ignore[no-untyped-def]
    return find_investments(text, sentences=_sentences(text), money=_money(text), **kwargs)


# ----------------------------------------------------------------------------- kinds


def test_total_investment_with_project_target() -> None:
    text = "Body text follows.\nThe Lakeside Robotics Project, with a total investment of 2.3 billion yuan, broke ground."
    [inv] = _find(text)
    assert inv.kind is InvestmentKind.TOTAL
    assert inv.amount.value == Decimal("2300000000")
    assert inv.target == "Lakeside Robotics Project"
    assert inv.id == "inv-1"


def test_fixed_asset_investment_targets_the_place() -> None:
    text = ("Intro line.\nSince it opened, the Maple Valley Hub has landed seven projects, with a fixed asset "
            "investment of over 4 billion yuan.")
    park = _park(text, "Maple Valley Hub")
    [inv] = _find(text, named=[park])
    assert inv.kind is InvestmentKind.FIXED_ASSET
    assert inv.target == "Maple Valley Hub"
    assert inv.target_id == "park-1"


def test_phase() -> None:
    text = ("Intro line.\nThe Cedar Bay Science Park is a flagship of the district. The total investment in the "
            "first phase of the project is about 750 million yuan.")
    park = _park(text, "Cedar Bay Science Park")
    [inv] = _find(text, named=[park])
    assert inv.kind is InvestmentKind.PHASE
    assert inv.target == "Cedar Bay Science Park"
    assert inv.target_id == "park-1"


def test_fund_after_amount_and_fund_of() -> None:
    text = ("Intro line.\nThe county will set up a 80 million yuan seed investment fund. "
            "It also created a talent fund of 20 million yuan.")
    invs = _find(text)
    assert [i.kind for i in invs] == [InvestmentKind.FUND, InvestmentKind.FUND]
    assert invs[0].target == "seed investment fund"
    assert invs[0].status is InvestmentStatus.PLANNED


def test_grant_to_receiver() -> None:
    text = "Intro line.\nThe Orchid Sensors project has received a start-up award of 3 million yuan."
    [inv] = _find(text)
    assert inv.kind is InvestmentKind.GRANT
    assert inv.target == "Orchid Sensors project"
    assert inv.status is InvestmentStatus.COMPLETED


def test_planned_invest_in_target_and_investor() -> None:
    text = "Intro line.\nBluewave Energy plans to invest 6 billion yuan in a hydrogen equipment plant."
    [inv] = _find(text)
    assert inv.kind is InvestmentKind.PLANNED
    assert inv.status is InvestmentStatus.PLANNED
    assert inv.target == "hydrogen equipment plant"
    assert inv.investor == "Bluewave Energy"


def test_signed_projects_and_list_of_totals() -> None:
    text = ("Intro line.\nAt the fair, 42 projects were signed with a total investment of 18.5 billion yuan, "
            "including 12 foreign projects with a total investment of 6 billion yuan.")
    invs = _find(text)
    assert [i.amount.value for i in invs] == [Decimal("18500000000"), Decimal("6000000000")]
    assert all(i.status is InvestmentStatus.SIGNED for i in invs)
    assert invs[0].target == "42 projects"
    assert invs[1].target == "12 foreign projects"


def test_second_amount_joined_by_and_shares_the_target() -> None:
    text = ("Intro line.\nThe city will start 300 key projects this year, with a total investment of 900 billion "
            "yuan and an annual planned investment of 120 billion yuan.")
    invs = _find(text)
    assert [i.kind for i in invs] == [InvestmentKind.TOTAL, InvestmentKind.PLANNED]
    assert invs[0].target == invs[1].target == "300 key projects"


def test_respectively_list_of_prizes() -> None:
    text = ("Intro line.\nThe contest picked one gold award, three silver awards and five bronze awards, which "
            "were given 2 million yuan, 1 million yuan and 500,000 yuan respectively.")
    invs = _find(text)
    assert [i.kind for i in invs] == [InvestmentKind.GRANT] * 3
    assert [i.target for i in invs] == ["gold award", "silver awards", "bronze awards"]


def test_amount_before_a_facility_names_it() -> None:
    text = "Intro line.\nGreenway Motors will build a 5 billion yuan battery plant in the zone."
    [inv] = _find(text)
    assert inv.kind is InvestmentKind.TOTAL
    assert inv.target == "battery plant"
    assert inv.status is InvestmentStatus.PLANNED


# ----------------------------------------------------------------------------- exclusions


@pytest.mark.parametrize("sentence", [
    "Its annual output value is expected to reach 5 billion yuan.",
    "The company's revenue rose to 800 million yuan last year.",
    "The city's GDP grew 6 percent to 1.2 trillion yuan.",
    "Annual taxes paid by the park are forecast at 90 million yuan.",
    "Exports of the zone exceeded 3 billion yuan.",
])
def test_not_investments(sentence: str) -> None:
    assert _find("Intro line.\n" + sentence) == []


def test_conversion_is_not_a_second_investment() -> None:
    text = "Intro line.\nThe plant has a total investment of 7 billion yuan ($1 billion)."
    invs = _find(text)
    assert len(invs) == 1 and invs[0].amount.currency == "CNY"


def test_headline_amount_and_restatement_are_skipped() -> None:
    text = ("City Launches 5 Billion Yuan Industry Fund\n\nThe city set up an industry fund of 5 billion yuan "
            "on Monday. The industry fund of 5 billion yuan will back chip makers.")
    invs = _find(text)
    assert len(invs) == 1
    assert invs[0].amount.span.start > text.index("\n")


def test_small_prizes_are_not_investments() -> None:
    text = "Intro line.\nWinners get prizes of 5,000 yuan and travel allowances."
    assert _find(text) == []


# ----------------------------------------------------------------------------- Chinese


def test_chinese_total_with_project_name() -> None:
    text = "标题行\n今年，该区计划实施总投资38亿元的星河智能装备产业园项目。"
    [inv] = _find(text)
    assert inv.kind is InvestmentKind.TOTAL
    assert inv.target == "星河智能装备产业园项目"


def test_chinese_exclusions_and_anaphora() -> None:
    text = "标题行\n开工项目包括青松新材料项目，该项目总投资56亿元，建成后预计年产值90亿元，年纳税5亿元。"
    invs = _find(text)
    assert [i.amount.value for i in invs] == [Decimal("5600000000")]
    assert invs[0].target == "青松新材料项目"


def test_chinese_fund_and_grant() -> None:
    text = "标题行\n高新区计划设立总规模30亿元的创新引导母基金，并对落地项目给予最高500万元资助。"
    invs = _find(text)
    assert [i.kind for i in invs] == [InvestmentKind.FUND, InvestmentKind.GRANT]
    assert invs[0].target == "创新引导母基金"


def test_chinese_threshold_is_not_an_investment() -> None:
    text = "标题行\n全年推进10个投资超20亿元的重大产业项目，年度计划投资80亿元。"
    invs = _find(text)
    assert [i.amount.value for i in invs] == [Decimal("8000000000")]
    assert invs[0].kind is InvestmentKind.PLANNED


def test_talent_program_linked_by_support() -> None:
    text = ("Intro line.\nAn annual budget of 60 million yuan will be allocated to support the "
            "Silver Crane Talent Plan.")
    name = "Silver Crane Talent Plan"
    start = text.index(name)
    program = TalentProgram(id="talent-1", name=name,
                            mentions=(Mention(span=Span(start=start, end=start + len(name), text=name)),))
    [inv] = _find(text, named=[program])
    assert inv.target == name and inv.target_id == "talent-1"


def test_ids_are_in_text_order() -> None:
    text = ("Intro line.\nProject A has a total investment of 1 billion yuan. Project B has a total investment "
            "of 2 billion yuan.")
    invs = _find(text)
    assert [i.id for i in invs] == ["inv-1", "inv-2"]
    assert invs[0].amount.span.start < invs[1].amount.span.start


def test_empty_inputs() -> None:
    assert find_investments("", sentences=[], money=[]) == []
    assert find_investments("no money here", sentences=[], money=[]) == []


# ----------------------------------------------------------------------------- properties

_PIECES = st.sampled_from([
    "with a total investment of ", "invest ", " fund", "the park ", "revenue of ", "总投资", "的项目",
    "，", ", ", ". ", "\n", "(", ")", "respectively", "Total investment: ", "award ", " to ", "基金",
    "The Alpha Park ", "in the project ", "worth ", "and ", "该项目", "one first prize, ",
])



# ----------------------------------------------------------------------------- generalisation patterns


def test_place_in_apposition_is_not_the_target() -> None:
    text = ("Intro line.\nA marine robotics park will be built in Linhai, North China's Hebei Province, "
            "with a total investment of 4 billion yuan.")
    [inv] = _find(text)
    assert inv.target == "marine robotics park"


def test_list_of_countries_is_not_the_target() -> None:
    text = ("Intro line.\nA total of 35 key projects were signed. The projects, which come from Norway, Chile and "
            "Kenya, will receive a total investment of $2 billion.")
    [inv] = _find(text)
    assert inv.target == "35 key projects"


def test_project_in_a_district_keeps_its_place() -> None:
    text = ("Intro line.\nThe deals include the river cruise project in Lanxi district, which has an investment "
            "of 900 million yuan.")
    [inv] = _find(text)
    assert inv.target == "river cruise project in Lanxi district"


def test_verbs_are_trimmed_from_targets() -> None:
    text = "Intro line.\nThe expo saw 25 projects signed, with a total investment of 7 billion yuan."
    [inv] = _find(text)
    assert inv.target == "25 projects"
    text = "Intro line.\nThe scheme, launched in spring, will grant qualified talent up to 2 million yuan."
    [inv] = _find(text)
    assert inv.target == "qualified talent"
    assert inv.kind is InvestmentKind.GRANT


def test_estimated_cost_is_an_investment() -> None:
    text = "Intro line.\nA marine research base at an estimated cost of 1.8 billion yuan will be built by the bay."
    [inv] = _find(text)
    assert inv.kind is InvestmentKind.TOTAL
    assert inv.target == "marine research base"


def test_passive_invested_and_reserved() -> None:
    text = ("Intro line.\nFrom January to May, 6 billion yuan was invested in 35 key projects in the district. "
            "Up to 4 million yuan has been reserved for research grants over three years.")
    invs = _find(text)
    assert [(i.kind, i.target) for i in invs] == [(InvestmentKind.TOTAL, "35 key projects"),
                                                 (InvestmentKind.GRANT, None)]


def test_small_subsidies_kept_but_not_travel_allowances_or_prizes() -> None:
    text = "Intro line.\nOne-time start-up subsidies ranging from 8,000 yuan to 20,000 yuan will be provided."
    assert [i.amount.value for i in _find(text)] == [Decimal(8000), Decimal(20000)]
    text = "Intro line.\nTransportation subsidies ranging from 1,000 yuan to 5,000 yuan will cover travel costs."
    assert _find(text) == []
    text = "Intro line.\nThe winners will share cash prizes ranging from 5,000 yuan to 30,000 yuan."
    assert _find(text) == []


def test_second_fund_of_the_same_size_is_not_a_restatement() -> None:
    text = ("Intro line.\nThe district set up a biotech fund of 5 billion yuan. The biotech fund of 5 billion yuan "
            "will back start-ups. It also allocated a special fund of 5 billion yuan for major projects.")
    invs = _find(text)
    assert [(i.kind, i.target) for i in invs] == [(InvestmentKind.FUND, "biotech fund"),
                                                 (InvestmentKind.FUND, "special fund")]


def test_fund_with_initial_funding_is_a_fund() -> None:
    text = ("Intro line.\nA venture fund for young firms with an initial government funding of 20 billion yuan "
            "was approved.")
    [inv] = _find(text)
    assert inv.kind is InvestmentKind.FUND
    assert inv.target == "venture fund"
    text = "Intro line.\nThe city will set up a 10 billion yuan industrial development fund next year."
    [inv] = _find(text)
    assert inv.target == "industrial development fund"  # new, not "the fund" named earlier


def test_money_given_to_people_is_a_grant() -> None:
    text = "Intro line.\nUnder the rules, returnees can be provided with 400,000 yuan for key projects."
    [inv] = _find(text)
    assert inv.kind is InvestmentKind.GRANT


def test_headline_amount_kept_only_when_not_restated() -> None:
    text = "Lakeside fund of 3 billion yuan launched\n\nThe city announced the fund on Monday."
    [inv] = _find(text)
    assert inv.amount.value == Decimal(3_000_000_000)
    text = "Lakeside fund of 3 billion yuan launched\n\nThe city launched a fund of 3 billion yuan on Monday."
    [inv] = _find(text)
    assert inv.amount.span.start > 40


def test_chinese_leading_verbs_and_counted_lists() -> None:
    text = "导语。\n现场签约32个先进制造项目，总投资120亿元。"
    [inv] = _find(text)
    assert inv.target == "32个先进制造项目"
    text = "导语。\n新城还发布了15个重点建设项目，总投资约80亿元。其中，交通配套9个，投资约30亿元。"
    invs = _find(text)
    assert [i.target for i in invs] == ["15个重点建设项目", "交通配套"]
    text = "导语。\n双方共签订9项合作协议，涉及投资约60亿元。"
    [inv] = _find(text)
    assert inv.target == "9项合作协议"


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(_PIECES, st.text(max_size=8)), max_size=25),
       st.lists(st.integers(min_value=0, max_value=400), max_size=6))
def test_never_raises_and_amounts_are_inputs(pieces: list[str], cuts: list[int]) -> None:
    text = "".join(pieces)
    money: list[Money] = []
    for c in sorted(set(cuts)):
        if c + 3 <= len(text):
            money.append(Money(span=Span(start=c, end=c + 3, text=text[c:c + 3]), value=Decimal(10**9),
                               currency="CNY"))
    sentences = _sentences(text) if text else []
    park = Park(id="p", name="Alpha Park", mentions=tuple(
        Mention(span=Span(start=m.start(), end=m.end(), text=m.group())) for m in re.finditer("Alpha Park", text)))
    result = find_investments(text, sentences=sentences, money=money, named=[park])
    ids = {id(m) for m in money}
    for inv in result:
        assert id(inv.amount) in ids
    assert [i.id for i in result] == [f"inv-{k}" for k in range(1, len(result) + 1)]


def test_hostile_input_is_fast() -> None:
    import time

    text = ("a " * 20000) + "with a total investment of 5 billion yuan" + (" (" * 5000) + ("的" * 20000)
    money = _money(text)
    start = time.perf_counter()
    find_investments(text, sentences=[Span(start=0, end=len(text), text=text)], money=money)
    assert time.perf_counter() - start < 2.0


def test_same_amount_for_another_item_is_kept() -> None:
    text = ("Intro line.\nVeterans get a housing subsidy of 2 million yuan. Start-up schools receive "
            "subsidies worth 2 million yuan. The housing subsidy of 2 million yuan is paid yearly.")
    invs = _find(text)
    assert len(invs) == 2
    text = "导语。\n这些项目分别为投资3000万元的青石工业园，投资3000万元的湖畔物流项目。"
    invs = _find(text)
    assert [i.target for i in invs] == ["青石工业园", "湖畔物流项目"]
    text = "导语。\n青石工业园总投资3000万元。据介绍，青石工业园总投资3000万元，明年投产。"
    assert len(_find(text)) == 1


def test_pronouns_numbers_and_money_words_are_not_targets() -> None:
    text = "Intro line.\nSome may even receive up to 3 million yuan for outstanding projects."
    [inv] = _find(text)
    assert inv.target == "outstanding projects"
    text = "Intro line.\nEquity support of up to 30 million yuan will be provided to projects led by returnees."
    [inv] = _find(text)
    assert inv.target == "projects led by returnees"
    text = ("Intro line.\nOf the funding, 4 million yuan will go to the founders as living subsidies and another "
            "4 million yuan will go to the host companies as project support.")
    assert [i.target for i in _find(text)] == ["founders", "host companies"]
    text = ("Intro line.\nFor newly hired chief engineers, there will be 2 million yuan in subsidies made "
            "available.")
    [inv] = _find(text)
    assert inv.target == "newly hired chief engineers"


def test_each_clause_keeps_its_own_target() -> None:
    text = ("Intro line.\nAmong them, the 40 contract projects accounted for 6 billion yuan and 55 framework "
            "projects worth 9 billion yuan.")
    assert [i.target for i in _find(text)] == ["40 contract projects", "55 framework projects"]


def test_what_the_money_builds_and_fixed_assets() -> None:
    text = "Intro line.\nA furniture maker agreed with Pine County to invest 3 billion yuan to build a timber industrial park."
    [inv] = _find(text)
    assert inv.target == "timber industrial park"
    text = "Intro line.\nThe deal includes a total investment of 2 billion yuan of the Riverside assembly line."
    [inv] = _find(text)
    assert inv.target == "Riverside assembly line"
    text = ("Intro line.\nThe Birch Zone grew fast last year. In total, 8 billion yuan of fixed assets were put "
            "into production.")
    [inv] = _find(text)
    assert inv.kind is InvestmentKind.FIXED_ASSET


def test_chinese_clause_trimming_and_roles() -> None:
    text = "导语。\n本次签约项目共30个，合同资金80亿元，其中工业项目12个，合同资金45亿元。"
    assert [i.target for i in _find(text)] == ["签约项目", "工业项目"]
    text = "导语。\n青湖基金总规模20亿元，其中市引导基金出资4亿元，主要投向芯片企业。"
    assert [i.target for i in _find(text)] == ["青湖基金", "青湖基金"]
    text = "导语。\n枫林科创园是今年市重点项目。该项目由北辰置业有限公司投资建设，占地300亩，预计总投资15亿元。"
    [inv] = _find(text)
    assert inv.target == "枫林科创园"
    text = "导语。\n会上引进了星河集团拟投资30亿元打造智能装备产业基地项目。"
    [inv] = _find(text)
    assert inv.target == "智能装备产业基地项目"
    text = "导语。\n双方当场签约6个投资过1亿元的项目，共签约合同投资金额12亿元。"
    invs = _find(text)
    assert invs[-1].target == "6个投资过1亿元的项目"


def test_amount_in_brackets_after_a_rate_of_salaries() -> None:
    text = ("Intro line.\nA salary subsidy at 10% of their annual salaries (up to 3 million yuan) will be "
            "rewarded to the chief scientists.")
    [inv] = _find(text)
    assert inv.kind is InvestmentKind.GRANT
    assert inv.target == "chief scientists"


# ----------------------------------------------------------------------------- aggregates and padding


def test_aggregate_not_an_example_of_its_including_list() -> None:
    text = ("Intro line.\nThe Harbour Zone lists 4 logistics projects, including the Pine Cold Chain Depot, "
            "Cedar Freight Terminal and Willow Inn, with a total investment of 2.6 billion yuan.")
    [inv] = _find(text)
    assert inv.target == "4 logistics projects"
    text = ("Intro line.\nA total of 12 key projects — including the Aspen Chip Plant, the Oak Bridge project "
            "and several housing projects — will start this spring, with a total investment of 9 billion yuan.")
    [inv] = _find(text)
    assert inv.target == "12 key projects"


def test_long_phrase_cut_to_its_head() -> None:
    text = ("Intro line.\nThe county will help local innovative and entrepreneurial enterprises and foster "
            "key projects with a top award of 50 million yuan.")
    [inv] = _find(text)
    assert inv.target == "key projects"
    text = ("Intro line.\nThey signed a deal for the smart green recycled composite textile new materials "
            "project in the Birch Lake autonomous county, worth 3 billion yuan.")
    [inv] = _find(text)
    assert inv.target is not None and len(inv.target.split()) <= 10
    assert inv.target.endswith("project")


def test_chinese_category_not_the_preposition() -> None:
    text = "导语。\n按项目类型划分，数字经济类5个、总投资80亿元；民生保障类9个、总投资40亿元。"
    assert [i.target for i in _find(text)] == ["数字经济类", "民生保障类"]
    text = "导语。\n对入选企业按项目类别给予最高300万元资助。"
    [inv] = _find(text)
    assert inv.target != "按项目"
    assert inv.target != "项目"


def test_chinese_count_and_role_words_trimmed() -> None:
    text = "导语。\n本季度全区共有18个重点项目集中开工，总投资额达260亿元。"
    [inv] = _find(text)
    assert inv.target == "18个重点项目"
    text = "导语。\n为办好赛事，主办方松江科创园将安排500万元奖金。"
    start = text.index("方松江科创园")
    park = Park(id="park-1", name="方松江科创园", kind="park",
                mentions=[Mention(span=Span(start=start, end=start + 6, text="方松江科创园"))])
    [inv] = _find(text, named=[park])
    assert inv.target == "松江科创园"


# ----------------------------------------------------------------------------- QA round 4


def test_time_span_is_never_a_target() -> None:
    text = ("Intro line.\nThe county will invest 200 million yuan in four years to build the Pine Ridge Data Center. "
            "The firm plans to invest 900 million yuan over the next three years.")
    invs = _find(text)
    assert [i.amount.value for i in invs] == [Decimal("200000000"), Decimal("900000000")]
    assert invs[0].target == "Pine Ridge Data Center"
    assert invs[1].target is None or "year" not in invs[1].target


def test_bare_deals_is_no_target_but_counted_projects_are() -> None:
    text = "Intro line.\nDeals worth 45 billion yuan covering 17 major projects were signed at the expo."
    [inv] = _find(text)
    assert inv.target == "17 major projects"


def test_people_are_not_targets_of_a_support_total() -> None:
    text = ("Intro line.\nEntrepreneurs from the region competed for industrial support totaling 200 million yuan "
            "and the signed projects will share it.")
    for inv in _find(text):
        assert inv.target != "Entrepreneurs"


def test_foreign_investment_statistics_are_not_investments() -> None:
    text = ("Intro line.\nThe province utilized 3 billion dollars of foreign investment in the first half. "
            "全市实际利用外资8亿元。")
    assert _find(text) == []


def test_contracted_foreign_investment_projects_stay() -> None:
    text = "Intro line.\nThe fair signed 40 foreign investment projects with contracted foreign investment of 2 billion dollars."
    [inv] = _find(text)
    assert inv.target == "40 foreign investment projects"


def test_traditional_script_cues() -> None:
    text = "簡介。\n當天共有9個項目成功簽約，總投資128億元。"
    at = text.index("128億元")
    money = [Money(span=Span(start=at, end=at + 5, text="128億元"), value=Decimal("12800000000"),
                   currency="CNY", qualifier=Qualifier.EXACT)]
    [inv] = find_investments(text, sentences=_sentences(text), money=money)
    assert inv.kind is InvestmentKind.TOTAL
    assert inv.sentence.text == text[inv.sentence.start:inv.sentence.end]
    assert inv.target is None or inv.target in text


def test_same_amount_two_separate_deals_are_both_kept() -> None:
    text = ("Intro line.\nRiverton government signed a framework agreement with Alder Energy Group with an "
            "investment of 2 billion yuan. Riverton Hi-tech Park signed a contract amounting to 2 billion yuan "
            "with Birch Capital Group to build a logistics hub.")
    invs = _find(text)
    assert len(invs) == 2
    assert invs[0].target != invs[1].target


def test_a_total_restated_with_another_target_is_one_record() -> None:
    text = ("Intro line.\nThe expo signed 40 projects with a total investment of 20 billion yuan. "
            "In all, the signed deals at the Spring Fair amounted to a total of 20 billion yuan.")
    assert len(_find(text)) == 1


def test_project_named_right_after_the_amount() -> None:
    text = ("Intro line.\nThe Oakfield Group signed a deal with a partner. Furthermore, 300 million yuan "
            "cooperation project was signed between two local firms.")
    invs = _find(text)
    assert invs[-1].target == "cooperation project"


# ----------------------------------------------------------------------------- QA round 5


def test_zh_counted_projects_drop_place_subject_and_verbs() -> None:
    text = "简介。\n5月份，滨河高新区共新引进产业项目30个，合计投资总额80亿元。"
    [inv] = _find(text, named=[_park(text, "滨河高新区")])
    assert inv.target == "产业项目"


def test_zh_receiver_after_give_verb() -> None:
    text = "简介。\n会上，主办方给予松山市青年创业基金150万元资助。"
    [inv] = _find(text)
    assert inv.kind is InvestmentKind.GRANT
    assert inv.target == "松山市青年创业基金"


def test_zh_special_fund_is_a_fund() -> None:
    text = "简介。\n该区设立人才专项资金500万元，用于支持创业。"
    [inv] = _find(text)
    assert inv.kind is InvestmentKind.FUND
    assert inv.target == "人才专项资金"


def test_en_coordinated_amount_with_count_inherits_kind() -> None:
    text = ("Intro line.\nFour of the projects bring a total investment of more than 10 billion yuan "
            "and 21 total more than 2 billion yuan.")
    invs = _find(text)
    assert [i.kind for i in invs] == [InvestmentKind.TOTAL, InvestmentKind.TOTAL]


def test_en_giver_of_a_subsidy_is_no_target() -> None:
    text = "Intro line.\nThe city government will provide subsidies of 200 million dollars."
    [inv] = _find(text)
    assert inv.kind is InvestmentKind.GRANT
    assert inv.target is None


def test_zh_award_winning_project_keeps_its_name() -> None:
    text = "简介。\n获奖项目在松山落地的，可获最高200万元购房资助。"
    [inv] = _find(text)
    assert inv.target == "获奖项目"
