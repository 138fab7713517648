"""``innovation-news``: the command line.

    innovation-news parse [--format json|jsonl|csv|table] [--published DATE] FILES...
    innovation-news schema [MODEL]

``-`` reads standard input. Each file is one article; its id is the file name without
``.txt``. ``jsonl`` prints one JSON object per article, ``json`` one JSON array, ``csv`` one
row per quantity and record, ``table`` a readable summary.
"""

from __future__ import annotations

import argparse
import csv
import datetime as _dt
import json
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

from innovation_news.errors import InnovationNewsError

__all__ = ["main"]


def _parse_date_arg(value: str) -> _dt.date:
    try:
        return _dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an ISO date (YYYY-MM-DD): {value!r}") from None


def _read(path: str) -> tuple[str, str]:
    if path == "-":
        return "stdin", sys.stdin.read()
    p = Path(path)
    name = p.name[:-4] if p.name.endswith(".txt") else p.name
    return name, p.read_text(encoding="utf-8")


def _articles(paths: Sequence[str], published: _dt.date | None,
              failures: list[str]) -> Iterator[dict[str, Any]]:
    """Each article's output; a file that cannot be read or parsed is reported on standard
    error and recorded in ``failures``, and the others still come out."""
    from innovation_news.article import parse_article
    from innovation_news.export import article_to_dict

    for path in paths:
        try:
            ident, text = _read(path)
            article = parse_article(text, published=published, id=ident)
        except (OSError, UnicodeDecodeError, InnovationNewsError) as exc:
            print(f"innovation-news: {path}: {exc}", file=sys.stderr)
            failures.append(path)
            continue
        yield article_to_dict(article)


_Q = "innovation_news.models.quantities"
_R = "innovation_news.models.records"
_SCHEMA_MODELS: dict[str, tuple[str, str]] = {
    **{n: (_Q, n) for n in ("Span", "Money", "Area", "Percentage", "Count", "DateRange",
                            "Quantities")},
    **{n: (_R, n) for n in ("Article", "ArticleMetadata", "Park", "Initiative",
                            "TalentProgram", "Investment", "Organization", "Person",
                            "Mention")},
    "Context": ("innovation_news.context", "Context"),
}

_CSV_FIELDS = ["article", "type", "text", "start", "end", "value", "low", "high", "unit",
               "qualifier", "name", "kind", "target"]


def _csv_rows(doc: dict[str, Any]) -> Iterator[dict[str, Any]]:
    units = {"money": "currency", "percentages": None, "counts": "noun", "areas": "unit"}
    for key, unit in units.items():
        for q in doc[key]:
            yield {"article": doc["id"], "type": key, "text": q["text"], "start": q["span"][0],
                   "end": q["span"][1], "value": q.get("square_meters", q["value"])
                   if key == "areas" else q["value"], "low": q["low"], "high": q["high"],
                   "unit": "square_meter" if key == "areas" else (q[unit] if unit else "%"),
                   "qualifier": q["qualifier"]}
    for d in doc["dates"]:
        yield {"article": doc["id"], "type": "dates", "text": d["text"], "start": d["span"][0],
               "end": d["span"][1], "low": d["start"], "high": d["end"],
               "unit": d["granularity"]}
    for key in ("parks", "initiatives", "talent_programs"):
        for r in doc[key]:
            yield {"article": doc["id"], "type": key, "name": r["name"], "kind": r.get("kind")}
    for inv in doc["investments"]:
        a = inv["amount"]
        yield {"article": doc["id"], "type": "investments", "text": a["text"],
               "start": a["span"][0], "end": a["span"][1], "value": a["value"], "low": a["low"],
               "high": a["high"], "unit": a["currency"], "qualifier": a["qualifier"],
               "kind": inv["kind"], "target": inv["target"]}


def _table(doc: dict[str, Any], out: TextIO) -> None:
    out.write(f"== {doc['id']}  published: {doc['published'] or '?'}  title: {doc['title'] or '?'}\n")
    for key in ("parks", "initiatives", "talent_programs"):
        for r in doc[key]:
            extra = f"  [{r['kind']}]" if r.get("kind") else ""
            loc = f"  @ {r['location']}" if r.get("location") else ""
            out.write(f"  {key[:-1]:<15} {r['name']}{extra}{loc}\n")
    for inv in doc["investments"]:
        a = inv["amount"]
        out.write(f"  {'investment':<15} {a['text']!r} -> {inv['target'] or '?'}  [{inv['kind']}]\n")
    for key in ("money", "areas", "percentages", "dates"):
        if doc[key]:
            out.write(f"  {key:<15} " + "; ".join(q["text"] for q in doc[key]) + "\n")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="innovation-news", description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("parse", help="parse articles and print what they report")
    p.add_argument("files", nargs="+", metavar="FILE", help="article text files ('-' = stdin)")
    p.add_argument("--format", choices=["json", "jsonl", "csv", "table"], default="jsonl")
    p.add_argument("--published", type=_parse_date_arg, default=None,
                   help="publication date (YYYY-MM-DD); overrides the date found in the text")
    sc = sub.add_parser("schema", help="print the JSON Schema of a public model")
    sc.add_argument("model", nargs="?", default="Article", choices=sorted(_SCHEMA_MODELS),
                    help="model name (default: Article)")
    args = parser.parse_args(argv)
    if args.command == "schema":
        import importlib

        module, name = _SCHEMA_MODELS[args.model]
        model = getattr(importlib.import_module(module), name)
        sys.stdout.write(json.dumps(model.model_json_schema(), indent=1, ensure_ascii=False) + "\n")
        return 0
    failures: list[str] = []
    try:
        _write(args.format, _articles(args.files, args.published, failures), sys.stdout)
    except BrokenPipeError:  # the reader went away (`... | head`): stop quietly
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    return 2 if failures else 0


def _write(fmt: str, docs: Iterator[dict[str, Any]], out: TextIO) -> None:
    if fmt == "jsonl":
        for doc in docs:
            out.write(json.dumps(doc, ensure_ascii=False) + "\n")
    elif fmt == "json":
        json.dump(list(docs), out, ensure_ascii=False, indent=1)
        out.write("\n")
    elif fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=_CSV_FIELDS, lineterminator="\n")
        writer.writeheader()
        for doc in docs:
            writer.writerows(_csv_rows(doc))
    else:
        for doc in docs:
            _table(doc, out)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
