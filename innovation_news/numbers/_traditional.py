"""Traditional-script Chinese read as Simplified, one character for one character.

The Chinese scanners know Simplified vocabulary (万, 亿, 约, 亩, 项目 ...). Articles from Hong
Kong, Macao and Taiwan, and some mainland pages, write the Traditional forms (萬, 億, 約, 畝,
項目 ...). :func:`simplified` maps the characters that matter for quantities and dates one to
one, so the text keeps its length and every offset found in the mapped text indexes the
original text too. The table is deliberately small: numerals, units, qualifiers, currencies,
date words.
"""

from __future__ import annotations

import re

__all__ = ["simplified", "has_traditional"]

_PAIRS = (
    "萬万 億亿 兩两 約约 餘余 數数 幾几 點点 與与 總总 額额 項项 資资 達达 過过 個个 幣币 圓圆 "
    "畝亩 積积 區区 園园 產产 業业 開开 發发 計计 劃划 擬拟 實实 現现 際际 設设 預预 "
    "號号 週周 時时 間间 來来 後后 歲岁 屆届 內内 單单 臺台 僅仅 並并 將将 為为 "
    "於于 從从 們们 這这 經经 濟济 貿贸 據据 較较 長长 規规 級级"
)
_TABLE = {ord(pair[0]): ord(pair[1]) for pair in _PAIRS.split()}
_TRADITIONAL = re.compile("[" + "".join(chr(k) for k in _TABLE) + "]")


def has_traditional(text: str) -> bool:
    """Whether ``text`` holds any Traditional character of the table."""
    return _TRADITIONAL.search(text) is not None


def simplified(text: str) -> str:
    """``text`` with the table's Traditional characters replaced by their Simplified forms
    (same length: offsets carry over)."""
    return text.translate(_TABLE)
