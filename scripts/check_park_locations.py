#!/usr/bin/env python
"""Report how many gold park locations of the dev corpus resolve to the right division.

Reads ``../shared/corpus/{dev,dev-zh}/*.gold.json`` (relative to the repository root, or
the directory given as the first argument), resolves each park's ``location`` with
:func:`innovation_news.places.resolve_place` using the article text as context, and
compares the result with the expected division below (written by hand: the gold gives
only the location string).  Locations that are not administrative divisions (a park, a
company, a university) are listed but not scored.  Not part of the test suite.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from innovation_news.places import resolve_place

# location string -> accepted adcodes (None: not an administrative division, not scored)
EXPECTED: dict[str, tuple[str, ...] | None] = {
    "长乐滨海工业集中区文武砂镇": ("350112", "350182"),  # 长乐市 became 长乐区 in 2017
    "长乐": ("350112", "350182"),
    "福州": ("350100",),
    "余杭径山": ("330110",),
    "余杭": ("330110",),
    "艺尚小镇": None,
    "四川": ("510000",),
    "青岛": ("370200",),
    "重庆": ("500000",),
    "哈尔滨": ("230100",),
    "江西": ("360000",),
    "广州": ("440100",),
    "南京": ("320100",),
    "天津": ("120000",),
    "浙江舟山": ("330900",),
    "哈尔滨新区": ("230100",),
    "嘉善县": ("330421",),
    "泸州": ("510500",),
    "古蔺, 泸州": ("510525",),
    "新洲区": ("420117",),
    "郑州": ("410100",),
    "郑州经开区": ("410100",),
    "Chengdu": ("510100",),
    "Guangming District, Shenzhen": ("440311", "440300"),
    "Shenzhen": ("440300",),
    "Hainan province": ("460000",),
    "Yangpu, Hainan Free Trade Port": ("460000", "460400"),
    "Haikou, Hainan province": ("460100",),
    "Hainan Yangpu Offshore Wind Power Industrial Park": ("460000", "460400"),
    "Pudong New Area, Shanghai": ("310115",),
    "Zhangjiang's sci-tech central business district": None,
    "Zhangjiang Science City": None,
    "Binjiang, Hangzhou": ("330108",),
    "Fuyang, Hangzhou": ("330111",),
    "Chongqing Liangjiang New Area": ("500000",),
    "Chongqing": ("500000",),
    "Shunde District": ("440606",),
    "Nanhai District": ("440605",),
    "Gaoming District": ("440608",),
    "Shandong": ("370000",),
    "Yancheng": ("320900",),
    "Zhuji": ("330681",),
    "Wenzhou": ("330300",),
    "Zhejiang Kindly Medical Devices Co., Ltd.": None,
    "Zhejiang University": None,
    "Rui'an": ("330381",),
    "Dongxin Sci-tech Park": None,
    "Zhangjiagang, Suzhou": ("320582",),
    "Shanghai": ("310000",),
    "Wuhan": ("420100",),
    "Hangzhou": ("330100",),
    "Shaoxing": ("330600",),
    "Wenzhou Bay General Aviation Industrial Park": None,
}


def main(argv: list[str]) -> int:
    root = Path(argv[1]) if len(argv) > 1 else Path(__file__).resolve().parents[2] / "shared" / "corpus"
    if not root.is_dir():
        print(f"corpus not found at {root}", file=sys.stderr)
        return 2
    scored = right = 0
    unknown: list[str] = []
    for gold_path in sorted([*root.glob("dev/*.gold.json"), *root.glob("dev-zh/*.gold.json")]):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text_path = gold_path.with_name(gold_path.name.replace(".gold.json", ".txt"))
        text = text_path.read_text(encoding="utf-8") if text_path.exists() else ""
        for park in gold.get("parks", []):
            loc = park.get("location")
            if not loc:
                continue
            got = resolve_place(loc, context=text)
            got_s = f"{got.adcode} {got.name_zh} {got.name_en}" if got else "None"
            if loc not in EXPECTED:
                unknown.append(loc)
                print(f"  ?    {gold_path.name[:40]:40} {loc!r} -> {got_s}")
                continue
            want = EXPECTED[loc]
            if want is None:
                print(f"  skip {gold_path.name[:40]:40} {loc!r} -> {got_s}")
                continue
            scored += 1
            ok = got is not None and got.adcode in want
            right += ok
            print(f"  {'ok  ' if ok else 'FAIL'} {gold_path.name[:40]:40} {loc!r} -> {got_s} (want {'/'.join(want)})")
    share = right / scored if scored else 0.0
    print(f"\nresolved {right}/{scored} division locations correctly: {share:.1%}")
    if unknown:
        print(f"{len(unknown)} locations without an expected division: {unknown}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
