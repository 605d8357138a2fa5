"""Telling a running process from a gone one, for abandoned temporary, lock and recovery files."""

from __future__ import annotations

import os
import subprocess
import sys

from journeydesk.model.processes import MAX_PID, host_name, pid_alive


def test_this_process_and_its_parent_are_alive() -> None:
    assert pid_alive(os.getpid())
    assert pid_alive(os.getppid())


def test_a_finished_process_is_gone() -> None:
    child = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        check=True,
        capture_output=True,
        text=True,
    )
    assert not pid_alive(int(child.stdout))


def test_impossible_ids_from_damaged_files_are_not_alive() -> None:
    for pid in (0, -1, MAX_PID + 1, 10**30):
        assert not pid_alive(pid)


def test_the_host_has_a_name() -> None:
    assert host_name()
