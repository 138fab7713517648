"""The package type-checks under ``mypy --strict`` (the configuration in pyproject.toml)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def test_mypy_strict_is_clean() -> None:
    api = pytest.importorskip("mypy.api", reason="mypy is a test extra")
    stdout, stderr, status = api.run(["--config-file", str(ROOT / "pyproject.toml"),
                                      str(ROOT / "innovation_news")])
    assert status == 0, stdout + stderr


def test_package_is_marked_typed() -> None:
    assert (ROOT / "innovation_news" / "py.typed").exists()
