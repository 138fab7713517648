"""The command line: formats, standard input, --published, errors, schema."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from innovation_news.cli import main

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "articles"
EN = EXAMPLES / "lakeside-photonics-en.txt"
ZH = EXAMPLES / "changhe-park-zh.txt"

SCORER_KEYS = {"id", "published", "money", "areas", "percentages", "dates", "parks",
               "initiatives", "talent_programs", "investments"}


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_jsonl_has_the_annotation_keys_and_spans_index_the_file(
        capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "parse", "--format", "jsonl", str(EN), str(ZH))
    assert code == 0
    docs = [json.loads(line) for line in out.splitlines()]
    assert [d["id"] for d in docs] == ["lakeside-photonics-en", "changhe-park-zh"]
    for doc, path in zip(docs, (EN, ZH)):
        assert SCORER_KEYS <= set(doc)
        text = path.read_text(encoding="utf-8")
        for key in ("money", "areas", "percentages", "dates"):
            for item in doc[key]:
                s, e = item["span"]
                assert text[s:e] == item["text"]
    en = docs[0]
    assert en["published"] == "2024-05-17"
    assert any(m["text"] == "8.6 billion yuan" and m["value"] == 8_600_000_000 for m in en["money"])
    assert any(p["name"] == "Optical Sensor Industrial Park" for p in en["parks"])


def test_json_is_one_array(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "parse", "--format", "json", str(ZH))
    assert code == 0
    docs = json.loads(out)
    assert isinstance(docs, list) and docs[0]["published"] == "2023-08-09"
    assert any(a["unit"] == "mu" and a["value"] == 1200 for a in docs[0]["areas"])


def test_csv_rows(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "parse", "--format", "csv", str(EN))
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    types = {r["type"] for r in rows}
    assert {"money", "areas", "dates", "parks", "investments"} <= types
    money = [r for r in rows if r["type"] == "money" and r["text"] == "2.3 billion yuan"]
    assert money and money[0]["unit"] == "CNY" and money[0]["value"] == "2300000000"


def test_table_is_readable(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "parse", "--format", "table", str(EN))
    assert code == 0
    assert out.startswith("== lakeside-photonics-en")
    assert "Optical Sensor Industrial Park" in out


def test_published_option_wins(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "parse", "--published", "2030-01-02", str(EN))
    assert code == 0
    doc = json.loads(out)
    assert doc["published"] == "2030-01-02"
    # "this year" now resolves against 2030
    q1 = [d for d in doc["dates"] if d["text"] == "the first quarter of this year"]
    assert q1 and q1[0]["start"] == "2030-01-01" and q1[0]["end"] == "2030-03-31"


def test_bad_published_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["parse", "--published", "yesterday", str(EN)])
    assert exc.value.code == 2


def test_missing_file_is_reported_and_others_still_parsed(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, err = run(capsys, "parse", str(tmp_path / "missing.txt"), str(ZH))
    assert code == 2
    assert "missing.txt" in err
    assert json.loads(out)["id"] == "changhe-park-zh"


def test_not_utf8_is_reported(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\xfa broken")
    code, out, err = run(capsys, "parse", str(bad))
    assert code == 2 and out == "" and "bad.txt" in err


def test_stdin_and_module_entry_point() -> None:
    text = "The Riverside Robotics Park will get 3 billion yuan in 2025."
    proc = subprocess.run([sys.executable, "-m", "innovation_news", "parse", "-"], input=text,
                          capture_output=True, text=True, check=True)
    doc = json.loads(proc.stdout)
    assert doc["id"] == "stdin"
    assert [m["value"] for m in doc["money"]] == [3_000_000_000]


def test_schema(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "schema", "Money")
    assert code == 0
    schema = json.loads(out)
    assert schema["title"] == "Money"
    assert {"span", "value", "currency"} <= set(schema["properties"])
