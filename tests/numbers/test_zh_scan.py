"""scan_zh: a table of surfaces, negatives, properties and hostile inputs."""

from __future__ import annotations

import time
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from innovation_news._raw import Raw
from innovation_news.numbers._zh_scan import scan_zh

D = Decimal

# surface -> (kind, value, low, high, unit, qualifier)
Row = tuple[str, str, str | None, str | None, str | None, str | None, str]
CASES: list[Row] = [
    # money
    ("1.5亿元", "money", "1.5e8", None, None, "CNY", "exact"),
    ("120亿元", "money", "1.2e10", None, None, "CNY", "exact"),
    ("7元", "money", "7", None, None, "CNY", "exact"),
    ("5千元", "money", "5000", None, None, "CNY", "exact"),
    ("3万元", "money", "30000", None, None, "CNY", "exact"),
    ("三千万元", "money", "3e7", None, None, "CNY", "exact"),
    ("一万五千亿元", "money", "1.5e12", None, None, "CNY", "exact"),
    ("三点五亿元", "money", "3.5e8", None, None, "CNY", "exact"),
    ("１２０亿元", "money", "1.2e10", None, None, "CNY", "exact"),
    ("1,100.9亿元", "money", "1.1009e11", None, None, "CNY", "exact"),
    ("10000亿元", "money", "1e12", None, None, "CNY", "exact"),
    ("百万元", "money", "1e6", None, None, "CNY", "exact"),
    ("十万元", "money", "1e5", None, None, "CNY", "exact"),
    ("人民币5000万元", "money", "5e7", None, None, "CNY", "exact"),
    ("5000万元人民币", "money", "5e7", None, None, "CNY", "exact"),
    ("8亿人民币", "money", "8e8", None, None, "CNY", "exact"),
    ("人民币3亿", "money", "3e8", None, None, "CNY", "exact"),
    ("￥3亿元", "money", "3e8", None, None, "CNY", "exact"),
    ("1.5亿美元", "money", "1.5e8", None, None, "USD", "exact"),
    ("300万港元", "money", "3e6", None, None, "HKD", "exact"),
    ("2000万欧元", "money", "2e7", None, None, "EUR", "exact"),
    ("50亿日元", "money", "5e9", None, None, "JPY", "exact"),
    ("100万英镑", "money", "1e6", None, None, "GBP", "exact"),
    # money qualifiers
    ("约15亿元", "money", "1.5e9", None, None, "CNY", "approx"),
    ("约为15亿元", "money", "1.5e9", None, None, "CNY", "approx"),
    ("100 亿元", "money", "1e10", None, None, "CNY", "exact"),
    ("约 5000 万元", "money", "5e7", None, None, "CNY", "approx"),
    ("大约8000万元", "money", "8e7", None, None, "CNY", "approx"),
    ("10亿元左右", "money", "1e9", None, None, "CNY", "approx"),
    ("超过20亿元", "money", "2e9", None, None, "CNY", "over"),
    ("超20亿元", "money", "2e9", None, None, "CNY", "over"),
    ("逾200亿元", "money", "2e10", None, None, "CNY", "over"),
    ("至少500万元", "money", "5e6", None, None, "CNY", "over"),
    ("不少于3000万元", "money", "3e7", None, None, "CNY", "over"),
    ("300多亿元", "money", "3e10", None, None, "CNY", "over"),
    ("20余亿元", "money", "2e9", None, None, "CNY", "over"),
    ("5000万元以上", "money", "5e7", None, None, "CNY", "over"),
    ("超亿元", "money", "1e8", None, None, "CNY", "over"),
    ("过亿元", "money", "1e8", None, None, "CNY", "over"),
    ("逾百亿元", "money", "1e10", None, None, "CNY", "over"),
    ("6000余万元", "money", "6e7", None, None, "CNY", "over"),
    ("三千多万元", "money", "3e7", None, None, "CNY", "over"),
    ("百余亿元", "money", "1e10", None, None, "CNY", "over"),
    ("约合人民币50亿元", "money", "5e9", None, None, "CNY", "approx"),
    ("约人民币3亿元", "money", "3e8", None, None, "CNY", "approx"),
    ("1.2万亿元", "money", "1.2e12", None, None, "CNY", "exact"),
    ("3000万美金", "money", "3e7", None, None, "USD", "exact"),
    ("2.5亿港币", "money", "2.5e8", None, None, "HKD", "exact"),
    ("亿元以上", "money", "1e8", None, None, "CNY", "over"),
    ("近10亿元", "money", "1e9", None, None, "CNY", "under"),
    ("将近10亿元", "money", "1e9", None, None, "CNY", "under"),
    ("不到5000万元", "money", "5e7", None, None, "CNY", "under"),
    ("不足600万元", "money", "6e6", None, None, "CNY", "under"),
    ("最高1000万元", "money", "1e7", None, None, "CNY", "under"),
    ("不超过200万元", "money", "2e6", None, None, "CNY", "under"),
    ("50万元以下", "money", "5e5", None, None, "CNY", "under"),
    # money ranges
    ("2-3亿元", "money", None, "2e8", "3e8", "CNY", "range"),
    ("2至3亿元", "money", None, "2e8", "3e8", "CNY", "range"),
    ("2～3亿美元", "money", None, "2e8", "3e8", "USD", "range"),
    ("20亿-30亿元", "money", None, "2e9", "3e9", "CNY", "range"),
    ("1000万元至5000万元", "money", None, "1e7", "5e7", "CNY", "range"),
    ("500-1000万元", "money", None, "5e6", "1e7", "CNY", "range"),
    ("2-5千万元", "money", None, "2e7", "5e7", "CNY", "range"),
    ("五到八亿元", "money", None, "5e8", "8e8", "CNY", "range"),
    ("两三亿元", "money", None, "2e8", "3e8", "CNY", "range"),
    ("三五千万元", "money", None, "3e7", "5e7", "CNY", "range"),
    # vague sizes
    ("数百万元", "money", None, "1e6", "1e7", "CNY", "vague"),
    ("数十亿元", "money", None, "1e9", "1e10", "CNY", "vague"),
    ("数亿元", "money", None, "1e8", "1e9", "CNY", "vague"),
    ("几十亿元", "money", None, "1e9", "1e10", "CNY", "vague"),
    ("几千万美元", "money", None, "1e7", "1e8", "USD", "vague"),
    ("上亿元", "money", None, "1e8", "1e9", "CNY", "vague"),
    ("上千万元", "money", None, "1e7", "1e8", "CNY", "vague"),
    ("十几亿元", "money", None, "1.1e9", "1.9e9", "CNY", "vague"),
    ("二十几万元", "money", None, "2.1e5", "2.9e5", "CNY", "vague"),
    ("百亿级", "money", None, "1e10", "1e11", "CNY", "vague"),
    ("千亿级", "money", None, "1e11", "1e12", "CNY", "vague"),
    ("万亿级", "money", None, "1e12", "1e13", "CNY", "vague"),
    ("千万元级", "money", None, "1e7", "1e8", "CNY", "vague"),
    # areas
    ("4500亩", "area", "4500", None, None, "mu", "exact"),
    ("860.58亩", "area", "860.58", None, None, "mu", "exact"),
    ("约4500亩", "area", "4500", None, None, "mu", "approx"),
    ("10万亩", "area", "100000", None, None, "mu", "exact"),
    ("92万平方米", "area", "920000", None, None, "square_meter", "exact"),
    ("约92万平方米", "area", "920000", None, None, "square_meter", "approx"),
    ("2000平米", "area", "2000", None, None, "square_meter", "exact"),
    ("2000㎡", "area", "2000", None, None, "square_meter", "exact"),
    ("3.5万㎡", "area", "35000", None, None, "square_meter", "exact"),
    ("3.5公顷", "area", "3.5", None, None, "hectare", "exact"),
    ("12平方公里", "area", "12", None, None, "square_kilometer", "exact"),
    ("8平方千米", "area", "8", None, None, "square_kilometer", "exact"),
    ("1000多平方米", "area", "1000", None, None, "square_meter", "over"),
    ("千余亩", "area", "1000", None, None, "mu", "over"),
    ("5至8公顷", "area", None, "5", "8", "hectare", "range"),
    ("7.8万m2", "area", "78000", None, None, "square_meter", "exact"),
    ("300平方", "area", "300", None, None, "square_meter", "exact"),
    ("5000平方英尺", "area", "5000", None, None, "square_foot", "exact"),
    ("20英亩", "area", "20", None, None, "acre", "exact"),
    ("数万平方米", "area", None, "1e4", "1e5", "square_meter", "vague"),
    ("上万亩", "area", None, "1e4", "1e5", "mu", "vague"),
    # percentages
    ("６．２％", "percent", "6.2", None, None, None, "exact"),
    ("百分之六点二", "percent", "6.2", None, None, None, "exact"),
    ("百分之三十", "percent", "30", None, None, None, "exact"),
    ("百分之5", "percent", "5", None, None, None, "exact"),
    ("0.5个百分点", "percent", "0.5", None, None, "point", "exact"),
    ("两个百分点", "percent", "2", None, None, "point", "exact"),
    ("１０％－２０％", "percent", None, "10", "20", None, "range"),
    ("30％以上", "percent", "30", None, None, None, "over"),
    # counts
    ("13家", "count", "13", None, None, "家", "exact"),
    ("300余家", "count", "300", None, None, "家", "over"),
    ("5名", "count", "5", None, None, "名", "exact"),
    ("二十多位", "count", "20", None, None, "位", "over"),
    ("2万个以上", "count", "20000", None, None, "个", "over"),
    ("近百家", "count", "100", None, None, "家", "under"),
    ("数十家", "count", None, "10", "100", "家", "vague"),
    ("上百家", "count", None, "100", "1000", "家", "vague"),
    ("十几个", "count", None, "11", "19", "个", "vague"),
    ("3到5家", "count", None, "3", "5", "家", "range"),
    ("七八家", "count", None, "7", "8", "家", "range"),
    ("三所", "count", "3", None, None, "所", "exact"),
]


def _dec(x: str | None) -> Decimal | None:
    return None if x is None else D(x)


def _check(raw: Raw, row: Row) -> None:
    _surface, kind, value, low, high, unit, qualifier = row
    assert raw.kind == kind
    assert raw.qualifier == qualifier
    assert raw.value == _dec(value)
    assert raw.low == _dec(low)
    assert raw.high == _dec(high)
    assert raw.unit == unit


@pytest.mark.parametrize("row", CASES, ids=[c[0] for c in CASES])
def test_surface_alone(row: Row) -> None:
    surface = row[0]
    got = scan_zh(surface)
    assert len(got) == 1, got
    assert (got[0].start, got[0].end) == (0, len(surface))
    _check(got[0], row)


@pytest.mark.parametrize("row", CASES, ids=[c[0] for c in CASES])
def test_surface_in_a_sentence(row: Row) -> None:
    surface = row[0]
    text = f"据悉，{surface}。"
    got = scan_zh(text)
    assert len(got) == 1, got
    assert text[got[0].start:got[0].end] == surface
    _check(got[0], row)


ASCII_PERCENT = [
    ("同比增长6.2%,", "6.2%", "6.2"),
    ("占比为41.7%。", "41.7%", "41.7"),
    ("增长约8%。", "约8%", "8"),
    ("同比增长 8.5%, 较上年", "8.5%", "8.5"),
    ("规划面积3km2的园区", "3km2", "3"),
]


@pytest.mark.parametrize(("text", "surface", "value"), ASCII_PERCENT)
def test_ascii_units_next_to_chinese(text: str, surface: str, value: str) -> None:
    (r,) = scan_zh(text)
    assert text[r.start:r.end] == surface
    assert r.kind in ("percent", "area")
    assert r.value == D(value)


def test_ascii_percent_in_english_is_left_alone() -> None:
    assert scan_zh("GDP grew 6.2% in 2021 (国内生产总值).") == []


def test_currency_sign_is_assumed() -> None:
    (r,) = scan_zh("补贴¥300万。")
    assert (r.kind, r.unit, r.value, r.assumed) == ("money", "CNY", D(3_000_000), True)
    (r,) = scan_zh("计划投资5亿元。")
    assert r.assumed is False
    (r,) = scan_zh("形成百亿级产业")
    assert r.assumed is True


def test_count_nouns() -> None:
    text = "共有8个项目和13家企业签约。"
    a, b = scan_zh(text)
    assert text[a.start:a.end] == "8个" and a.unit == "项目"
    assert text[b.start:b.end] == "13家" and b.unit == "企业"
    (c,) = scan_zh("另有5名。")
    assert c.unit == "名"


def test_verb_qualifiers_stay_outside() -> None:
    text = "销售收入突破100亿元。"
    (r,) = scan_zh(text)
    assert text[r.start:r.end] == "100亿元"
    assert r.qualifier == "over"
    text = "总投资达到30亿元。"
    (r,) = scan_zh(text)
    assert text[r.start:r.end] == "30亿元"
    assert r.qualifier == "exact"


def test_distant_qualifier() -> None:
    text = "最高给予1亿元资助"
    (r,) = scan_zh(text)
    assert text[r.start:r.end] == "1亿元"
    assert r.qualifier == "under"


def test_words_that_only_look_like_qualifiers() -> None:
    # 签约 (sign) is not 约 (about); 最近 (recently) is not 近 (nearly)
    (r,) = scan_zh("现场签约5个项目")
    assert (r.qualifier, r.value, r.unit) == ("exact", D(5), "项目")
    (r,) = scan_zh("最近10亿元的订单")
    assert r.qualifier == "exact"


def test_many_in_order() -> None:
    text = "项目总投资120亿元,用地约4500亩,建筑面积92万平方米,同比增长8.9%,引进企业300余家。"
    got = scan_zh(text)
    assert [text[r.start:r.end] for r in got] == [
        "120亿元", "约4500亩", "92万平方米", "8.9%", "300余家"]
    assert [r.kind for r in got] == ["money", "area", "area", "percent", "count"]


def test_thousands_separators() -> None:
    (r,) = scan_zh("投资1,200万元。")
    assert r.value == D(12_000_000)
    text = "建于2021,300万元用于研发"  # not 2021300万: a group of four digits before a comma
    (r,) = scan_zh(text)
    assert text[r.start:r.end] == "300万元"


def test_after_words_that_start_other_words() -> None:
    text = "带动100亿元上下游产业,贷款300万元余额"
    got = scan_zh(text)
    assert [text[r.start:r.end] for r in got] == ["100亿元", "300万元"]
    assert [r.qualifier for r in got] == ["exact", "exact"]
    (r,) = scan_zh("引进5家多元化企业")
    assert (r.qualifier, r.end) == ("exact", 4)


def test_passing_words_are_not_qualifiers() -> None:
    (r,) = scan_zh("通过5亿元的预算")
    assert r.qualifier == "exact"


def test_range_with_different_units_is_two_amounts() -> None:
    text = "投资5亿元-300亩的项目"
    got = scan_zh(text)
    assert [text[r.start:r.end] for r in got] == ["5亿元", "300亩"]


NEGATIVES = [
    "2021年",
    "2021年6月8日",
    "3月26日",
    "12月28日,记者获悉",
    "2020-03-26 17:03",
    "17:03发布",
    "2012年1-4月",
    "1—9月,各区",
    "电话:0571-88889999。",
    "热线400-800-1234咨询",
    "编号4500",
    "共4500",
    "第3名",
    "第一家",
    "一体化发展",
    "千家万户",
    "华润万家超市",
    "一个中心",
    "一家企业",
    "十二五规划",
    "3个月内",
    "两位数增长",
    "10分钟",
    "4.3公里道路",
    "一元化管理",
    "3月8日元宵节",
    "万元GDP能耗",
    "百年老店",
    "数台机械",
    "投资20个亿",
    "第 3 名",
    "计划2021 年完成",
    "The park covers 300 hectares and cost $5 million.",
    "",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_negatives(text: str) -> None:
    assert scan_zh(text) == []


def _check_invariants(text: str, got: list[Raw]) -> None:
    last = 0
    for r in got:
        assert 0 <= last <= r.start < r.end <= len(text)
        last = r.end
        assert r.kind in ("money", "area", "percent", "count")
        assert r.qualifier in ("exact", "approx", "over", "under", "range", "vague")
        if r.qualifier in ("range", "vague"):
            assert r.value is None and r.low is not None and r.high is not None
            assert r.low <= r.high
        else:
            assert r.value is not None and r.low is None and r.high is None


ALPHABET = list("0123456789０１２.．,，-~至到 一二两三五十百千万亿零〇点数几上余多约超近以上左右"
                "元美港亩平方米公顷里㎡%％个家名人项百分之点第年月日人民币RMB¥ab")


@given(st.text())
def test_any_text_is_safe(text: str) -> None:
    _check_invariants(text, scan_zh(text))


@settings(max_examples=400)
@given(st.text(alphabet=ALPHABET, max_size=60))
def test_numeric_soup_is_safe(text: str) -> None:
    _check_invariants(text, scan_zh(text))


@given(st.integers(min_value=0, max_value=10**20),
       st.sampled_from(["元", "亿元", "万元", "美元", "亩", "平方米", "%", "家"]))
def test_arabic_amounts(n: int, unit: str) -> None:
    text = f"合计{n}{unit}。"
    (r,) = scan_zh(text)
    factor = {"亿元": 10**8, "万元": 10**4}.get(unit, 1)
    assert r.value == n * factor
    assert text[r.start:r.end] == f"{n}{unit}"


HOSTILE = [
    "1" * 200_000,
    "1一" * 100_000,
    "1-" * 100_000,
    "1," * 100_000,
    "1.1" * 70_000,
    "一" * 200_000,
    "十几" * 100_000,
    "数百" * 100_000,
    "1亿" * 100_000,
    "约" * 200_000,
    "百分之" * 70_000,
    "人民币" * 70_000,
    "1亿元" * 60_000,
]


@pytest.mark.parametrize("text", HOSTILE, ids=[h[:6] for h in HOSTILE])
def test_hostile_input_is_linear(text: str) -> None:
    t0 = time.perf_counter()
    got = scan_zh(text)
    assert time.perf_counter() - t0 < 5.0
    _check_invariants(text, got)


@given(st.integers(min_value=10, max_value=10**15))
def test_chinese_numeral_amounts(n: int) -> None:
    from innovation_news.numbers.zh import format_zh_number

    text = f"合计{format_zh_number(n)}元。"
    (r,) = scan_zh(text)
    assert (r.kind, r.value, r.unit) == ("money", n, "CNY")
    assert text[r.start:r.end] == f"{format_zh_number(n)}元"
