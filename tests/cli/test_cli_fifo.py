"""The terminal commands refuse a named pipe (FIFO) with a sentence instead of hanging.

Each command runs in a child process with a time limit: a regression makes the test fail
(the child is killed) rather than hang the test run.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")

TIME_LIMIT = 30.0


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    try:
        return subprocess.run(
            [sys.executable, "-m", "journeydesk", *args],
            capture_output=True,
            text=True,
            timeout=TIME_LIMIT,
            check=False,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"'journeydesk {' '.join(args)}' did not finish in {TIME_LIMIT:.0f} s")


@pytest.mark.parametrize("command", [["validate"], ["info"], ["info", "--json"]])
def test_command_refuses_a_fifo(tmp_path: Path, command: list[str]) -> None:
    fifo = tmp_path / "pipe.journey"
    os.mkfifo(fifo)
    result = run_cli(*command, str(fifo))
    assert result.returncode == 1
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert str(fifo) in lines[0]
    assert "pipe" in lines[0]
    assert "Traceback" not in result.stderr


def test_validate_goes_on_after_a_fifo(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.journey"
    os.mkfifo(fifo)
    good = tmp_path / "good.journey"
    assert run_cli("new", str(good)).returncode == 0
    result = run_cli("validate", str(fifo), str(good))
    assert result.returncode == 1
    assert f"{good}: OK" in result.stdout
    assert "pipe" in result.stderr
