"""Share of dev-corpus parks whose location, as parse_article resolves it, is the gold division.

    python scripts/check_article_locations.py [CORPUS_DIR ...]

For every gold park with a location (not optional) that parse_article also found (names
matched as the scorer does: equal name or alias, or >= 75% shared words), the gold location
is resolved with resolve_place (the article as context) and compared, by adcode, with the
park's ``place``. Reads ../shared/corpus/dev and dev-zh by default.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from innovation_news.article import parse_article
from innovation_news.places import resolve_place

ROOT = Path(__file__).resolve().parent.parent


def _words(name: str) -> set[str]:
    name = name.lower()
    name = name[4:] if name.startswith("the ") else name
    return set(re.sub(r"[^\w\s]", " ", name).split())


def main(argv: list[str]) -> int:
    dirs = [Path(a) for a in argv] or [ROOT.parent / "shared" / "corpus" / d for d in ("dev", "dev-zh")]
    total = right = 0
    for folder in dirs:
        for gold_path in sorted(folder.glob("*.gold.json")):
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            text = gold_path.with_name(gold_path.name.replace(".gold.json", ".txt")).read_text(encoding="utf-8")
            article = parse_article(text, published=gold.get("published"))
            for gp in gold["parks"]:
                if not gp.get("location") or gp.get("optional"):
                    continue
                expected = resolve_place(gp["location"], context=text)
                if expected is None:
                    continue
                names = {gp["name"].lower(), *(a.lower() for a in gp.get("aliases", []))}
                found = None
                for park in article.parks:
                    mine = {park.name.lower(), *(a.lower() for a in park.aliases)}
                    a, b = _words(park.name), _words(gp["name"])
                    if mine & names or len(a & b) / max(1, len(a | b)) >= 0.75:
                        found = park
                        break
                if found is None:
                    continue
                total += 1
                ok = found.place is not None and found.place.adcode == expected.adcode
                right += ok
                if not ok:
                    got = found.place.adcode if found.place else None
                    print(f"  {gold_path.name[:36]:<36} {gp['name'][:40]!r}: gold {gp['location']!r} "
                          f"({expected.adcode}), got {found.location!r} ({got})")
    print(f"parks with a gold location resolved right: {right}/{total} = {right / max(total, 1):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
