"""Paths that are not plain files (pipes, devices, folders) are refused before they are read.

A named pipe (FIFO) would block ``open()`` until another program writes to it, freezing the
app; a device such as /dev/zero would be read without end. Every test here runs the load in a
helper thread with a time limit, so a regression fails instead of hanging the test run.
"""

from __future__ import annotations

import os
import stat
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from journeydesk.model import Project, ProjectLoadError, load_project, save_project
from journeydesk.model.storage import read_project_file

TIME_LIMIT = 10.0

needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")


def _unblock(path: Path) -> None:
    """Open the writing end of a FIFO, which releases a reader stuck in open()."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_NONBLOCK)
    except OSError:
        return
    os.close(fd)


def run_with_time_limit(action: Callable[[], object], fifo: Path | None = None) -> BaseException:
    """Run ``action`` in a thread; return what it raised. Fail if it takes too long."""
    outcome: list[BaseException | None] = []

    def target() -> None:
        try:
            action()
        except BaseException as error:  # handed to the test thread
            outcome.append(error)
        else:
            outcome.append(None)

    thread = threading.Thread(target=target, daemon=True)
    thread.start()
    thread.join(TIME_LIMIT)
    if thread.is_alive():
        if fifo is not None:
            _unblock(fifo)
            thread.join(TIME_LIMIT)
        pytest.fail(f"reading did not return within {TIME_LIMIT:.0f} s: it blocked")
    error = outcome[0]
    assert error is not None, "a path that is not a file was read without an error"
    return error


@needs_fifo
def test_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.journey"
    os.mkfifo(fifo)
    error = run_with_time_limit(lambda: load_project(fifo), fifo)
    assert isinstance(error, ProjectLoadError), repr(error)
    message = str(error)
    assert "pipe" in message
    assert "not a project file" in message
    assert message.endswith(".")
    assert error.path == fifo
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)


@needs_fifo
def test_read_project_file_refuses_a_fifo(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.journey"
    os.mkfifo(fifo)
    error = run_with_time_limit(lambda: read_project_file(fifo), fifo)
    assert isinstance(error, ProjectLoadError), repr(error)
    assert "pipe" in str(error)


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
def test_device_is_refused_without_reading_it() -> None:
    error = run_with_time_limit(lambda: load_project("/dev/zero"))
    assert isinstance(error, ProjectLoadError), repr(error)
    assert "device" in str(error)
    assert "not a project file" in str(error)


def test_folder_is_refused(tmp_path: Path) -> None:
    error = run_with_time_limit(lambda: read_project_file(tmp_path))
    assert isinstance(error, ProjectLoadError), repr(error)
    assert str(error) == "This is a folder, not a project file."


def test_fifo_that_turns_up_after_the_check_is_still_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The path is checked with stat() before it is opened; whatever is opened is checked
    # again with fstat(), so a file swapped for a pipe in between is refused, not read.
    if not hasattr(os, "mkfifo"):
        pytest.skip("needs named pipes")
    fifo = tmp_path / "swapped.journey"
    os.mkfifo(fifo)
    real_stat = os.stat

    def regular_looking_stat(path: object, *args: object, **kwargs: object) -> os.stat_result:
        result = real_stat(path, *args, **kwargs)  # type: ignore[arg-type]
        if Path(str(path)) == fifo:
            fields = list(result)
            fields[0] = stat.S_IFREG | 0o644
            return os.stat_result(fields)
        return result

    monkeypatch.setattr(os, "stat", regular_looking_stat)
    error = run_with_time_limit(lambda: read_project_file(fifo), fifo)
    monkeypatch.undo()
    assert isinstance(error, ProjectLoadError), repr(error)
    assert "pipe" in str(error)


def test_read_project_file_returns_the_bytes(tmp_path: Path) -> None:
    path = tmp_path / "gym.journey"
    save_project(Project(title="Gym"), path)
    assert read_project_file(path) == path.read_bytes()
    assert read_project_file(str(path)) == path.read_bytes()


def test_read_project_file_of_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ProjectLoadError) as error:
        read_project_file(tmp_path / "gone.journey")
    assert str(error.value) == "The file does not exist (any more)."
    assert error.value.path == tmp_path / "gone.journey"
