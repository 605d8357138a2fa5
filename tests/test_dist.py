"""The frozen build (make dist) passes packaging/smoke_dist.py, when one has been built.

Building takes a minute and PyInstaller, so the suite does not build: without dist/JourneyDesk
the test is skipped with the reason (CI skips it).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist" / "JourneyDesk"
EXECUTABLE = DIST / ("journeydesk.exe" if sys.platform == "win32" else "journeydesk")
SMOKE = ROOT / "packaging" / "smoke_dist.py"


@pytest.mark.skipif(
    not EXECUTABLE.is_file(), reason="no frozen build in dist/JourneyDesk ('make dist' builds it)"
)
def test_the_frozen_build_passes_its_smoke_test() -> None:
    result = subprocess.run(
        [sys.executable, str(SMOKE), "--dist", str(DIST)],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert "The frozen build passed." in result.stdout
