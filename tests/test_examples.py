"""The example script runs and says what it should."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_quickstart_runs() -> None:
    proc = subprocess.run([sys.executable, str(ROOT / "examples" / "quickstart.py")],
                          capture_output=True, text=True, check=True)
    out = proc.stdout
    assert "money: 1500000000 CNY over" in out
    assert "date: the first quarter of this year 2024-01-01 2024-03-31 quarter" in out
    assert "park: Optical Sensor Industrial Park park" in out
