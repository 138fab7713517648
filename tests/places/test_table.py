"""Table test: real spellings of county-level cities and districts -> expected parent."""

from __future__ import annotations

import pytest

from innovation_news.places import resolve_place

# spelling -> adcode of the expected parent prefecture (or municipality)
TABLE: list[tuple[str, str]] = [
    ("Yiwu", "330700"), ("Cixi", "330200"), ("Yuyao", "330200"), ("Kunshan", "320500"),
    ("Zhangjiagang", "320500"), ("Changshu", "320500"), ("Taicang", "320500"),
    ("Jiangyin", "320200"), ("Yixing", "320200"), ("Pudong New Area", "310000"),
    ("Minhang District", "310000"), ("Jiading", "310000"), ("Songjiang", "310000"),
    ("Nanshan District", "440300"), ("Futian District", "440300"), ("Longgang", "440300"),
    ("Bao'an", "440300"), ("Guangming District", "440300"), ("Longhua District", "440300"),
    ("Yuhang", "330100"), ("Xiaoshan", "330100"), ("Binjiang District", "330100"),
    ("Fuyang District", "330100"), ("Lin'an", "330100"), ("Tonglu", "330100"),
    ("Rui'an", "330300"), ("Yueqing", "330300"), ("Longwan", "330300"),
    ("Lucheng District", "330300"), ("Ouhai", "330300"), ("Cangnan", "330300"),
    ("Zhuji", "330600"), ("Shangyu", "330600"), ("Keqiao", "330600"), ("Shengzhou", "330600"),
    ("Shunde", "440600"), ("Nanhai", "440600"), ("Gaoming", "440600"), ("Sanshui", "440600"),
    ("Chancheng", "440600"), ("Jinjiang, Fujian", "350500"), ("Shishi", "350500"),
    ("Nan'an, Quanzhou", "350500"), ("Haidian District", "110000"), ("Chaoyang District, Beijing", "110000"),
    ("Tongzhou District, Beijing", "110000"), ("Shuangliu", "510100"),
    ("Dujiangyan", "510100"), ("Pidu District", "510100"), ("Jiangbei District, Chongqing", "500000"),
    ("Yubei District", "500000"), ("Liangping", "500000"), ("Huangpu District, Guangzhou", "440100"),
    ("Panyu", "440100"), ("Nansha District", "440100"), ("Zengcheng", "440100"),
    ("Jiangning", "320100"), ("Pukou", "320100"), ("Wujiang District", "320500"),
    ("Xiangshan County", "330200"), ("Beilun", "330200"), ("Yinzhou District, Ningbo", "330200"),
    ("Haining", "330400"), ("Tongxiang", "330400"), ("Jiashan", "330400"), ("Deqing", "330500"),
    ("Anji", "330500"), ("Changxing", "330500"), ("Wenling", "331000"), ("Linhai", "331000"),
    ("Yongkang", "330700"), ("Dongyang", "330700"), ("Huangdao", "370200"), ("Jiaozhou", "370200"),
    ("Jimo District", "370200"), ("Longkou", "370600"), ("Shouguang", "370700"),
    ("Xinzhou District, Wuhan", "420100"), ("Jiangxia", "420100"), ("Dongxihu", "420100"),
    ("Gulin County", "510500"), ("Changle District, Fuzhou", "350100"), ("Fuqing", "350100"),
    ("Jimei", "350200"), ("Haicang", "350200"), ("Tong'an", "350200"), ("Siming", "350200"),
    ("Xiong County", "130600"), ("Rongcheng County", "130600"), ("Anxin", "130600"),
    ("Dongguan", "440000"), ("Zhongshan", "440000"), ("Jiyuan", "410000"), ("Xiantao", "420000"),
    ("Danzhou", "460000"), ("Qionghai", "460000"), ("Kunming", "530000"),
]


def test_table_is_big_enough() -> None:
    assert len(TABLE) >= 60
    assert len({name for name, _ in TABLE}) == len(TABLE)


@pytest.mark.parametrize(("name", "parent"), TABLE)
def test_resolves_to_expected_parent(name: str, parent: str) -> None:
    p = resolve_place(name)
    assert p is not None, name
    assert p.parent == parent, (name, p)
