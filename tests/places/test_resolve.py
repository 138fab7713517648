"""resolve_place: levels, homonyms, spellings, suffixes, Chinese script."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from innovation_news.places import Place, resolve_place


def code(name: str, **kw: object) -> str | None:
    p = resolve_place(name, **kw)  # type: ignore[arg-type]
    return p.adcode if p else None


@pytest.mark.parametrize(
    ("name", "adcode"),
    [
        ("Zhejiang", "330000"),
        ("Inner Mongolia", "150000"),
        ("Tibet", "540000"),
        ("Xizang", "540000"),
        ("Shaanxi", "610000"),
        ("Shanxi", "140000"),
        ("Guangxi Zhuang Autonomous Region", "450000"),
        ("Ningxia", "640000"),
        ("Xinjiang", "650000"),
        ("Hong Kong", "810000"),
        ("Macao", "820000"),
        ("Macau", "820000"),
        ("Beijing", "110000"),
        ("Chongqing Municipality", "500000"),
        ("Harbin", "230100"),
        ("Urumqi", "650100"),
        ("Hohhot", "150100"),
        ("Lhasa", "540100"),
        ("Wenzhou", "330300"),
        ("Shenzhen", "440300"),
        ("Yiwu", "330782"),
    ],
)
def test_each_level(name: str, adcode: str) -> None:
    assert code(name) == adcode


def test_levels_of_results() -> None:
    assert resolve_place("Jiangsu province").level == "province"  # type: ignore[union-attr]
    assert resolve_place("Suzhou").level == "prefecture"  # type: ignore[union-attr]
    assert resolve_place("Kunshan").level == "county"  # type: ignore[union-attr]


# --- homonyms -------------------------------------------------------------------------

def test_taizhou() -> None:
    assert code("Taizhou, Zhejiang") == "331000"
    assert code("Taizhou, Jiangsu") == "321200"
    assert code("Taizhou", context="Firms from Nanjing, Wuxi and Yangzhou attended.") == "321200"
    assert code("Taizhou", context="Delegates from Ningbo and Wenzhou came too.") == "331000"
    assert code("泰州") == "321200" and code("台州") == "331000"


def test_suzhou() -> None:
    assert code("Suzhou") == "320500"  # the prominent one without context
    assert code("Suzhou, Anhui") == "341300"
    assert code("Suzhou", context="The plant is near Hefei and Bengbu.") == "341300"
    assert code("Suzhou", context="a lab in Kunshan") == "320500"


def test_fuzhou() -> None:
    assert code("Fuzhou") == "350100"
    assert code("Fuzhou, Jiangxi") == "361000"
    assert code("Fuzhou", context="from Nanchang to Jingdezhen") == "361000"
    assert code("Fuzhou", context="Xiamen and Quanzhou") == "350100"


def test_yichun() -> None:
    assert code("Yichun, Heilongjiang") == "230700"
    assert code("Yichun, Jiangxi") == "360900"
    assert code("Yichun", context="Harbin and Daqing") == "230700"


def test_chaoyang() -> None:
    assert code("Chaoyang") == "211300"  # prefecture-level city over districts
    assert code("Chaoyang District, Beijing") == "110105"
    assert code("Chaoyang District", context="Haidian and Dongcheng") == "110105"
    assert code("Chaoyang District", context="Changchun") == "220104"
    assert code("朝阳区", context=[resolve_place("Beijing")]) == "110105"  # type: ignore[list-item]


def test_context_as_places() -> None:
    jiangsu = resolve_place("Jiangsu")
    assert isinstance(jiangsu, Place)
    assert code("Taizhou", context=[jiangsu]) == "321200"


# --- spellings and suffixes -------------------------------------------------------------

@pytest.mark.parametrize(
    ("name", "adcode"),
    [
        ("Rui'an", "330381"), ("Ruian", "330381"), ("Rui’an", "330381"),
        ("Xi'an", "610100"), ("Xian", "610100"),
        ("Ji'nan", "370100"), ("Jinan", "370100"),
        ("Lu'an", "341500"), ("Luan", "341500"),
        ("Bao'an District", "440306"),
    ],
)
def test_apostrophe_spellings(name: str, adcode: str) -> None:
    assert code(name) == adcode


@pytest.mark.parametrize(
    ("name", "adcode"),
    [
        ("Zhuji, Zhejiang", "330681"),
        ("Rui'an (county-level) city", "330381"),
        ("Rui'an City", "330381"),
        ("Zhangjiagang, Suzhou", "320582"),
        ("Wenzhou-based", "330300"),
        ("East China's Zhejiang province", "330000"),
        ("South China's Guangdong Province", "440000"),
        ("Pudong New Area", "310115"),
        ("Optics Valley in Wuhan", "420100"),
        ("Nanshan District, Shenzhen", "440305"),
        ("Hainan province", "460000"),
        ("Jilin City", "220200"),
        ("Jilin Province", "220000"),
        ("She County, Anhui", "341021"),
        ("Shexian, Huangshan", "341021"),
        ("Yanbian Korean Autonomous Prefecture", "222400"),
        ("Hangzhou's", "330100"),
    ],
)
def test_suffixes_and_forms(name: str, adcode: str) -> None:
    assert code(name) == adcode


@pytest.mark.parametrize(
    ("name", "adcode"),
    [
        ("泸州", "510500"), ("泸州市", "510500"), ("古蔺县", "510525"), ("古蔺", "510525"),
        ("浙江省", "330000"), ("浙江", "330000"), ("浦东新区", "310115"), ("浦东", "310115"),
        ("延边朝鲜族自治州", "222400"), ("延边", "222400"), ("古蔺, 泸州", "510525"),
        ("余杭径山", "330110"), ("浙江舟山", "330900"), ("吉林", "220000"), ("吉林市", "220200"),
        ("内蒙古", "150000"), ("广西壮族自治区", "450000"), ("神农架林区", "429021"),
    ],
)
def test_chinese_names(name: str, adcode: str) -> None:
    assert code(name) == adcode


def test_unknown_and_weird_input() -> None:
    assert resolve_place("") is None
    assert resolve_place("   ") is None
    assert resolve_place("Atlantis") is None
    assert resolve_place("the science park") is None
    assert resolve_place("x" * 100_000) is None
    assert resolve_place(", , ,") is None


def test_type_errors() -> None:
    with pytest.raises(TypeError):
        resolve_place(42)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        resolve_place("Taizhou", context=[1, 2])  # type: ignore[list-item]


def test_parent_chain() -> None:
    p = resolve_place("Rui'an")
    assert p is not None
    assert [x.adcode for x in p.parent_chain()] == ["330300", "330000"]
    assert p.province.name_en == "Zhejiang"
    z = resolve_place("Zhejiang")
    assert z is not None and z.parent_chain() == [] and z.province == z
    assert p.is_within(z) and not z.is_within(p)
    pudong = resolve_place("Pudong")
    assert pudong is not None and [x.name_en for x in pudong.parent_chain()] == ["Shanghai"]


def test_place_is_frozen() -> None:
    p = resolve_place("Wenzhou")
    assert p is not None
    with pytest.raises(ValidationError):
        p.name_en = "x"  # type: ignore[misc]
