#!/usr/bin/env python
"""Regenerate ``innovation_news/data/gazetteer.tsv.gz`` from the ``cpca`` adcode table.

Usage::

    pip install "innovation-news[gazetteer]"    # cpca and pypinyin, build-time only
    python scripts/build_gazetteer.py

Source data: the ``adcodes.csv`` table shipped inside the MIT-licensed ``cpca`` package
(Chinese Province, City and Area Recognition Utilities, by DQinYuan); romanisation by
``pypinyin`` (MIT).  Neither package is needed at run time: the library only reads the
generated file.

Output: a gzip-compressed, tab-separated file whose leading ``#`` lines are comments
(source, version, licence, column list), followed by one row per province-, prefecture-
and county-level division, with the columns

``adcode  name_zh  short_zh  name_en  spellings  level  parent  lat  lng  weight``

* ``adcode`` -- the 6-digit administrative division code.
* ``short_zh`` -- the Chinese name without its administrative suffix (省, 市, 自治州 ...)
  when what is left has at least two characters, else the full name.
* ``name_en`` -- the usual English name (pinyin of ``short_zh`` with an apostrophe before
  an a/o/e syllable that follows another syllable, or a hand-written exonym).
* ``spellings`` -- ``|``-separated further accepted English spellings (without the
  apostrophe, older or local romanisations).
* ``level`` -- ``province``, ``prefecture`` or ``county``.
* ``parent`` -- adcode of the parent division ('' for provinces).  Placeholder rows of
  the source (市辖区, 县, 省直辖县级行政区划) are dropped and their children attached to the
  next real division up.
* ``weight`` -- a small integer prominence used only to break ties between homonyms.
"""

from __future__ import annotations

import csv
import gzip
import importlib.metadata
import io
import re
import sys
from pathlib import Path

import cpca  # type: ignore[import-untyped]
from pypinyin import Style, lazy_pinyin  # type: ignore[import-untyped]

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "innovation_news" / "data" / "gazetteer.tsv.gz"

PLACEHOLDERS = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}

# Hand-written English names: exonyms and irregular romanisations.  The first spelling is
# the display name; the others are accepted spellings.
EXONYMS: dict[str, tuple[str, ...]] = {
    "内蒙古自治区": ("Inner Mongolia", "Nei Mongol", "Neimenggu"),
    "西藏自治区": ("Tibet", "Xizang"),
    "陕西省": ("Shaanxi",),
    "山西省": ("Shanxi",),
    "广西壮族自治区": ("Guangxi",),
    "宁夏回族自治区": ("Ningxia",),
    "新疆维吾尔自治区": ("Xinjiang",),
    "香港特别行政区": ("Hong Kong", "Hongkong", "Xianggang"),
    "澳门特别行政区": ("Macao", "Macau", "Aomen"),
    "台湾省": ("Taiwan",),
    "哈尔滨市": ("Harbin", "Haerbin"),
    "乌鲁木齐市": ("Urumqi", "Urumchi", "Wulumuqi"),
    "呼和浩特市": ("Hohhot", "Huhehaote"),
    "拉萨市": ("Lhasa", "Lasa"),
    "喀什地区": ("Kashgar", "Kashi"),
    "鄂尔多斯市": ("Ordos", "Eerduosi"),
    "锡林郭勒盟": ("Xilingol", "Xilinguole"),
    "阿拉善盟": ("Alxa", "Alashan"),
    "巴彦淖尔市": ("Bayannur", "Bayannaoer"),
    "呼伦贝尔市": ("Hulunbuir", "Hulunbeier"),
    "日喀则市": ("Shigatse", "Xigaze", "Rikaze"),
    "吐鲁番市": ("Turpan", "Tulufan"),
    "和田地区": ("Hotan", "Hetian"),
    "阿克苏地区": ("Aksu", "Akesu"),
    "伊犁哈萨克自治州": ("Ili", "Yili"),
    "克拉玛依市": ("Karamay", "Kelamayi"),
    "阿勒泰地区": ("Altay", "Aletai"),
    "博尔塔拉蒙古自治州": ("Bortala", "Boertala"),
    "巴音郭楞蒙古自治州": ("Bayingolin", "Bayinguoleng"),
    "西双版纳傣族自治州": ("Xishuangbanna",),
    "迪庆藏族自治州": ("Dechen", "Diqing"),
    "香格里拉市": ("Shangri-La", "Xianggelila"),
    "厦门市": ("Xiamen", "Amoy"),
    "广州市": ("Guangzhou", "Canton"),
    "闵行区": ("Minhang",),
    "朝阳区": ("Chaoyang",),
    "朝阳市": ("Chaoyang",),
    "朝阳县": ("Chaoyang",),
    "长治市": ("Changzhi",),
    "单县": ("Shanxian", "Shan County"),
    "六合区": ("Luhe",),
    "涡阳县": ("Guoyang",),
    "济南市": ("Jinan", "Ji'nan", "Tsinan"),
    "北京市": ("Beijing", "Peking"),
    "满洲里市": ("Manzhouli",),
    "二连浩特市": ("Erenhot", "Erlianhaote"),
    "格尔木市": ("Golmud", "Geermu"),
    "海拉尔区": ("Hailar", "Hailaer"),
    "石河子市": ("Shihezi",),
    "阿里地区": ("Ngari", "Ali"),
    "中沙群岛的岛礁及其海域": ("Zhongsha Islands",),
    "西沙群岛": ("Xisha Islands", "Paracel Islands"),
    "南沙群岛": ("Nansha Islands", "Spratly Islands"),
    "长子县": ("Zhangzi",),
}

# Changes made after the cpca table was compiled (it reflects about 2016): a few
# divisions that innovation news mentions often.  adcode -> (name, lng, lat) adds or
# replaces a row; RENAMED maps an old adcode to the new one.
UPDATES: dict[str, tuple[str, str, str]] = {
    "440309": ("龙华区", "114.0446", "22.6963"),
    "440310": ("坪山区", "114.3462", "22.6908"),
    "440311": ("光明区", "113.9357", "22.7489"),
    "330113": ("临平区", "120.2995", "30.4192"),
    "330114": ("钱塘区", "120.4934", "30.3229"),
    "330383": ("龙港市", "120.5530", "27.5786"),
    "350112": ("长乐区", "119.5233", "25.9629"),
    "370215": ("即墨区", "120.4473", "36.3899"),
    "610118": ("鄠邑区", "108.6048", "34.1084"),
    "510117": ("郫都区", "103.9016", "30.7953"),
}
RENAMED = {"350182": "350112", "370282": "370215", "610125": "610118", "510124": "510117"}

# Chinese short names the suffix rules cannot derive.
SHORT_OVERRIDES = {"中沙群岛的岛礁及其海域": "中沙群岛"}

# Characters whose usual reading in place names differs from pypinyin's default guess.
PLACE_READINGS = {"长": "chang", "朝": "chao", "都": "du"}

# Prefectures that win an English homonym tie (by size and prominence).
PROMINENT = {
    "苏州市", "福州市", "台州市", "宜春市", "朝阳市", "开封市",
    "深圳市", "大连市", "青岛市", "宁波市", "厦门市",
}

ETHNIC_SUFFIXES = ("自治州", "自治县", "自治旗", "自治区")
SIMPLE_SUFFIXES = ("特别行政区", "地区", "新区", "林区", "特区", "矿区", "省", "市", "县", "区", "旗", "盟")
NO_STRIP = {"矿区", "郊区", "城区"}  # generic district names: keep whole


def load_nations() -> list[str]:
    path = Path(cpca.__file__).parent / "resources" / "56_nations.csv"
    names = [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    short = [n[:-1] for n in names if n.endswith("族") and len(n) > 2]
    # Longest first: 哈萨克族 before 哈尼族 etc.; also forms without 族 (彝, 苗) as used in
    # combined names such as 苗族侗族自治州.
    return sorted(set(names) | set(short), key=len, reverse=True)


def short_name(name: str, nations: list[str]) -> str:
    if name in NO_STRIP:
        return name
    stem = name
    for suf in ETHNIC_SUFFIXES:
        if stem.endswith(suf):
            stem = stem[: -len(suf)]
            changed = True
            while changed:
                changed = False
                for nat in nations:
                    if stem.endswith(nat) and len(stem) > len(nat) + 1:
                        stem = stem[: -len(nat)]
                        changed = True
                        break
            break
    else:
        for suf in SIMPLE_SUFFIXES:
            if stem.endswith(suf) and len(stem) > len(suf):
                stem = stem[: -len(suf)]
                break
    if len(stem) < 2:
        return name
    return stem


_VOWEL_INITIAL = re.compile(r"^[aoe]")


def romanise(chars: str) -> tuple[str, str]:
    """Return (with apostrophes, without) for a Chinese string."""
    sylls = [s.replace("v", "u") for s in lazy_pinyin(chars, style=Style.NORMAL, v_to_u=False)]
    if len(sylls) == len(chars):
        sylls = [PLACE_READINGS.get(ch, s) for ch, s in zip(chars, sylls)]
    sylls = [s for s in sylls if s.isalpha()]
    parts: list[str] = []
    for i, s in enumerate(sylls):
        if i and _VOWEL_INITIAL.match(s):
            parts.append("'" + s)
        else:
            parts.append(s)
    joined = "".join(parts)
    plain = "".join(sylls)
    return joined[:1].upper() + joined[1:], plain[:1].upper() + plain[1:]


def level_of(code: str) -> str:
    if code[2:] == "0000":
        return "province"
    if code[4:] == "00":
        return "prefecture"
    return "county"


def main() -> int:
    csv_path = Path(cpca.__file__).parent / "resources" / "adcodes.csv"
    version = importlib.metadata.version("cpca")
    pyversion = importlib.metadata.version("pypinyin")
    nations = load_nations()
    raw: dict[str, dict[str, str]] = {}
    with csv_path.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            code = row["adcode"][:6]
            raw[code] = row
    for old in RENAMED:
        raw.pop(old, None)
    for code, (uname, ulng, ulat) in UPDATES.items():
        raw[code] = {"adcode": code + "000000", "name": uname, "longitude": ulng, "latitude": ulat}
    kept = {c: r for c, r in raw.items() if r["name"] not in PLACEHOLDERS}

    def parent_of(code: str) -> str:
        lvl = level_of(code)
        if lvl == "province":
            return ""
        if lvl == "county":
            pref = code[:4] + "00"
            if pref in kept:
                return pref
        return code[:2] + "0000"

    children: dict[str, int] = {}
    for code in kept:
        p = parent_of(code)
        if p:
            children[p] = children.get(p, 0) + 1

    capitals = set()
    for code, r in kept.items():
        # provincial capitals: the first prefecture of every province (xx01) is its capital
        if level_of(code) == "prefecture" and code[2:4] == "01":
            capitals.add(code)
    municipalities = {"110000", "120000", "310000", "500000"}
    prominent = capitals | {c for c, r in kept.items() if r["name"] in PROMINENT}

    out_rows: list[list[str]] = []
    for code in sorted(kept):
        r = kept[code]
        name = r["name"]
        level = level_of(code)
        parent = parent_of(code)
        if parent and parent not in kept:
            print(f"warning: {code} {name}: parent {parent} missing", file=sys.stderr)
        short = SHORT_OVERRIDES.get(name) or short_name(name, nations)
        spellings: list[str] = []
        if name in EXONYMS:
            spellings.extend(EXONYMS[name])
        else:
            with_ap, plain = romanise(short)
            spellings.append(with_ap)
            if plain != with_ap:
                spellings.append(plain)
            if short == name and len(name) == 2 and name[-1] in "县区市旗":
                # one-character stem: "Shexian", "She County"
                stem_ap, _ = romanise(name[0])
                spellings.append(f"{stem_ap} {'County' if name[-1] == '县' else 'District' if name[-1] == '区' else 'City' if name[-1] == '市' else 'Banner'}")
        # dedupe, keep order
        seen: set[str] = set()
        spellings = [s for s in spellings if not (s in seen or seen.add(s))]  # type: ignore[func-returns-value]
        if level == "province":
            weight = 100
        elif level == "prefecture":
            weight = children.get(code, 0)
            if code in capitals or name in PROMINENT:
                weight += 50
        else:
            weight = 0
            if parent in municipalities or parent in prominent:
                weight += 2
            if name.endswith("市"):
                weight += 1
        lat = r["latitude"].strip()
        lng = r["longitude"].strip()
        out_rows.append([
            code, name, short, spellings[0], "|".join(spellings[1:]), level, parent,
            f"{float(lat):.4f}" if lat else "", f"{float(lng):.4f}" if lng else "", str(weight),
        ])

    buf = io.StringIO()
    buf.write(f"# innovation_news gazetteer: {len(out_rows)} administrative divisions of China\n")
    buf.write(f"# source: adcodes.csv from the cpca package {version} (MIT licence, "
              "https://github.com/DQinYuan/chinese_province_city_area_mapper)\n")
    buf.write("# updated after 2016 by hand (scripts/build_gazetteer.py UPDATES): "
              + " ".join(sorted(UPDATES)) + "\n")
    buf.write(f"# romanisation: pypinyin {pyversion} (MIT licence) plus hand-written exonyms\n")
    buf.write("# generated by scripts/build_gazetteer.py; do not edit by hand\n")
    buf.write("# columns: adcode name_zh short_zh name_en spellings level parent lat lng weight\n")
    for row in out_rows:
        buf.write("\t".join(row) + "\n")
    data = buf.getvalue().encode("utf-8")
    OUT.parent.mkdir(parents=True, exist_ok=True)
    # mtime=0 keeps the output byte-for-byte reproducible
    with (
        open(OUT, "wb") as raw_fh,
        gzip.GzipFile(filename="", mode="wb", fileobj=raw_fh, mtime=0, compresslevel=9) as gz,
    ):
        gz.write(data)
    print(f"wrote {OUT.relative_to(ROOT)}: {len(out_rows)} rows, {OUT.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
