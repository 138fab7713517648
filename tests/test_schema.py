"""JSON-schema snapshots of every public model (after pydantic-extra-types' test_json_schema).

Each public pydantic model of ``innovation_news.models`` (quantities and records) has a
snapshot ``tests/schemas/<Model>.json`` holding its validation and serialization JSON
schemas. A change to a model changes the package's public contract, so this test fails
until the snapshot is rewritten on purpose::

    UPDATE_SCHEMAS=1 .venv/bin/python -m pytest tests/test_schema.py

and the diff of ``tests/schemas/`` is reviewed and committed with the change.
"""

from __future__ import annotations

import difflib
import json
import os
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel

from innovation_news.models import quantities, records

SCHEMAS = Path(__file__).parent / "schemas"
UPDATE = os.environ.get("UPDATE_SCHEMAS") == "1"

# named in the contract; the test fails if one of them stops being public
REQUIRED = {
    "Span", "Quantity", "Money", "Area", "Percentage", "Count", "DateRange", "Quantities",
    "Mention", "Organization", "Person", "Park", "Initiative", "TalentProgram", "Investment",
    "ArticleMetadata", "Article",
}


def _public_models() -> dict[str, type[BaseModel]]:
    out: dict[str, type[BaseModel]] = {}
    for module in (quantities, records):
        for name in module.__all__:
            obj = getattr(module, name)
            if isinstance(obj, type) and issubclass(obj, BaseModel):
                out[name] = obj
    return out


MODELS = _public_models()


def _render(model: type[BaseModel]) -> str:
    doc: dict[str, Any] = {
        "validation": model.model_json_schema(mode="validation"),
        "serialization": model.model_json_schema(mode="serialization"),
    }
    return json.dumps(doc, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def test_required_models_are_public() -> None:
    missing = REQUIRED - set(MODELS)
    assert not missing, f"public models missing from innovation_news.models: {sorted(missing)}"


@pytest.mark.parametrize("name", sorted(MODELS))
def test_schema_snapshot(name: str) -> None:
    path = SCHEMAS / f"{name}.json"
    current = _render(MODELS[name])
    if UPDATE:
        SCHEMAS.mkdir(exist_ok=True)
        if not path.exists() or path.read_text("utf-8") != current:
            path.write_text(current, "utf-8")
        return
    if not path.exists():
        pytest.fail(f"no schema snapshot for public model {name}: run "
                    f"UPDATE_SCHEMAS=1 pytest tests/test_schema.py and commit {path.name}")
    stored = path.read_text("utf-8")
    if stored != current:
        diff = "".join(difflib.unified_diff(
            stored.splitlines(keepends=True), current.splitlines(keepends=True),
            fromfile=f"tests/schemas/{name}.json (snapshot)", tofile=f"{name} (current)", n=2))
        lines = diff.splitlines()
        shown = "\n".join(lines[:80]) + ("\n..." if len(lines) > 80 else "")
        pytest.fail(
            f"the JSON schema of the public model {name} changed: this changes the package's "
            f"public contract. If intended, rewrite the snapshot with\n"
            f"    UPDATE_SCHEMAS=1 .venv/bin/python -m pytest tests/test_schema.py\n"
            f"and review the diff of tests/schemas/{name}.json.\n\n{shown}",
            pytrace=False,
        )


def test_no_stale_snapshots() -> None:
    stale = sorted(p.stem for p in SCHEMAS.glob("*.json") if p.stem not in MODELS)
    if stale and UPDATE:
        for name in stale:
            (SCHEMAS / f"{name}.json").unlink()
        return
    assert not stale, (f"snapshots of models that are no longer public: {stale}; delete them "
                       f"(or run with UPDATE_SCHEMAS=1)")


def test_snapshots_are_valid_json_schemas() -> None:
    """Every snapshot parses and describes an object with properties."""
    for path in sorted(SCHEMAS.glob("*.json")):
        doc = json.loads(path.read_text("utf-8"))
        for mode in ("validation", "serialization"):
            schema = doc[mode]
            assert schema.get("type") == "object", (path.name, mode)
            assert "properties" in schema, (path.name, mode)
