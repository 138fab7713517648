"""Benchmark of the quantity finders and of the whole-article parser.

    python benchmarks/bench_quantities.py [--seconds 1.0] [FILES...]

Prints characters per second (CPU time of one core, the best of at least seven rounds, each
function measured in a fresh process of its own) for each ``find_*`` function, for the
all-at-once ``find_quantities``, and for ``parse_article``, on a realistic text: the given article files, or else the development corpus (``../shared/corpus/dev`` and
``dev-zh``) when it is beside the repository, or else the bundled example articles. It also
prints the ratio to one plain ``re.finditer(r"\\d+")`` pass over the same text, and the cost
of a fresh process that imports the package and finds the quantities of one article, against
a fresh process that only imports pydantic.
"""

from __future__ import annotations

import argparse
import re
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _texts(files: list[str]) -> list[Path]:
    if files:
        return [Path(f) for f in files]
    corpus = ROOT.parent / "shared" / "corpus"
    found = sorted((corpus / "dev").glob("*.txt")) + sorted((corpus / "dev-zh").glob("*.txt"))
    return found or sorted((ROOT / "examples" / "articles").glob("*.txt"))


def _rate(fn: Callable[[], object], chars: int, seconds: float) -> float:
    """Best characters per second of CPU time (one core) over rounds lasting ``seconds``.

    CPU time rather than wall time, so that other work on the machine does not count."""
    fn()  # warm caches (tables, compiled patterns)
    best = float("inf")
    deadline = time.perf_counter() + seconds
    rounds = 0
    while rounds < 7 or time.perf_counter() < deadline:
        t0 = time.process_time()
        fn()
        best = min(best, time.process_time() - t0)
        rounds += 1
    return chars / max(best, 1e-9)


def _fresh(code: str, runs: int = 7) -> float:
    """Median wall time of a fresh interpreter running ``code``."""
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


ROWS = ["find_money", "find_areas", "find_percentages", "find_counts", "find_dates",
        "find_quantities", "find_quantities/art.", "parse_article"]


def _row(name: str, paths: list[Path], seconds: float) -> float:
    """Characters per second of one row (run in its own process, see main)."""
    import innovation_news as inn
    from innovation_news.article import parse_article

    articles = [p.read_text(encoding="utf-8") for p in paths]
    text = "\n\n".join(articles)
    fns: dict[str, Callable[[], object]] = {
        "find_money": lambda: inn.find_money(text),
        "find_areas": lambda: inn.find_areas(text),
        "find_percentages": lambda: inn.find_percentages(text),
        "find_counts": lambda: inn.find_counts(text),
        "find_dates": lambda: inn.find_dates(text),
        "find_quantities": lambda: inn.find_quantities(text),
        "find_quantities/art.": lambda: [inn.find_quantities(a) for a in articles],
        "parse_article": lambda: [parse_article(a) for a in articles],
    }
    return _rate(fns[name], len(text), seconds)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("files", nargs="*")
    ap.add_argument("--seconds", type=float, default=1.0)
    ap.add_argument("--row", help=argparse.SUPPRESS)
    args = ap.parse_args()
    paths = _texts(args.files)
    if args.row:  # child process: print one number
        print(_row(args.row, paths, args.seconds))
        return

    text = "\n\n".join(p.read_text(encoding="utf-8") for p in paths)
    n = len(text)
    print(f"text: {len(paths)} articles, {n:,} characters (each row in a fresh process)")
    digits = re.compile(r"\d+")
    base = _rate(lambda: list(digits.finditer(text)), n, args.seconds)
    label = 're.finditer(r"\\d+")'
    print(f"{label:<22} {base / 1e6:8.2f} M chars/s")
    for name in ROWS:
        out = subprocess.run(
            [sys.executable, __file__, "--row", name, "--seconds", str(args.seconds),
             *map(str, paths)],
            check=True, capture_output=True, text=True, cwd=ROOT,
        ).stdout
        r = float(out.strip().splitlines()[-1])
        print(f"{name:<22} {r / 1e6:8.2f} M chars/s   ({base / r:5.1f}x the time of the \\d+ pass)")

    one = paths[0]
    pyd = _fresh("import pydantic")
    ours = _fresh(
        "import innovation_news as inn, pathlib; "
        f"inn.find_quantities(pathlib.Path({str(one)!r}).read_text(encoding='utf-8'))"
    )
    bare = _fresh("import innovation_news")
    print(f"fresh process, import pydantic only:            {pyd * 1000:7.1f} ms")
    print(f"fresh process, import innovation_news:          {bare * 1000:7.1f} ms")
    print(f"fresh process, import + find_quantities(1 art.): {ours * 1000:7.1f} ms"
          f"   ({ours / pyd:.2f}x pydantic alone)")


if __name__ == "__main__":
    main()
