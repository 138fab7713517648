#!/usr/bin/env python
"""Benchmark of innovation_news.places: data size, cold load time, scanning speed.

Usage: ``python benchmarks/bench_places.py``.  Uses the dev corpus texts
(``../shared/corpus/dev/*.txt`` and ``dev-zh``) when present, else a built-in text.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from innovation_news.places import find_places
from innovation_news.sectors import tag_sectors

_FALLBACK = (
    "The Wenzhou-based fund opened an office in Rui'an (county-level) city and another in "
    "Pudong New Area, Shanghai, while East China's Zhejiang province and firms from Taizhou, "
    "Jiangsu, Kunshan and Zhangjiagang joined. 项目落户四川省泸州市古蔺县。 "
) * 50

_COLD = (
    "import time; t0 = time.perf_counter()\n"
    "import innovation_news.places as p\n"
    "from innovation_news.places._gazetteer import gazetteer\n"
    "t1 = time.perf_counter(); gazetteer(); t2 = time.perf_counter()\n"
    "p.find_places('Rui\\'an, Wenzhou'); t3 = time.perf_counter()\n"
    "print(t1 - t0, t2 - t1, t3 - t2)\n"
)


def _texts(subdir: str) -> str:
    d = ROOT.parent / "shared" / "corpus" / subdir
    files = sorted(d.glob("*.txt")) if d.is_dir() else []
    return "\n".join(f.read_text(encoding="utf-8") for f in files)


def _rate(fn: object, text: str, repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn(text)  # type: ignore[operator]
        times.append(time.perf_counter() - t)
    return len(text) / min(times)


def main() -> int:
    data = ROOT / "innovation_news" / "data" / "gazetteer.tsv.gz"
    print(f"gazetteer file: {data.stat().st_size:,} bytes")
    runs = []
    for _ in range(5):
        out = subprocess.run([sys.executable, "-c", _COLD], capture_output=True, text=True,
                             check=True, cwd=ROOT).stdout.split()
        runs.append([float(x) for x in out])
    imp, load, first = (statistics.median(col) * 1000 for col in zip(*runs))
    print(f"cold start (median of 5 fresh processes): import {imp:.1f} ms, "
          f"gazetteer load {load:.1f} ms, first find_places {first:.1f} ms")
    en = _texts("dev") or _FALLBACK
    zh = _texts("dev-zh") or _FALLBACK
    find_places("warm up")
    for label, text in (("English corpus", en), ("Chinese corpus", zh)):
        n = len(find_places(text))
        print(f"find_places on {label} ({len(text):,} chars, {n} mentions): "
              f"{_rate(find_places, text):,.0f} chars/s")
    print(f"tag_sectors on English corpus: {_rate(tag_sectors, en):,.0f} chars/s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
