"""A save killed at any instant leaves the old file or the new one, never a broken one.

A forked child saves two versions of a 5,000-card project over each other in a loop; the
parent kills it with SIGKILL at 200 random moments spread over the length of a save (so the
kills land in the writing, the fsync and the rename), then checks what is on disk.
"""

from __future__ import annotations

import gc
import os
import random
import signal
import time
from pathlib import Path

import pytest

from journeydesk.model.project import Project
from journeydesk.model.sample import generate_project
from journeydesk.model.storage import TEMP_SUFFIX, load_project, save_project

KILLS = 200

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork")


def _versions() -> tuple[Project, Project]:
    old = generate_project(stages=50, lanes=10, cards=5000, seed=3)
    new = old.model_copy(deep=True)
    new.title = "The version after the workshop"
    for card in new.journeys[0].cards[::7]:
        card.text += " (revised)"
    return old, new


def _saver(path: Path, versions: tuple[Project, Project], turn: int) -> None:
    """The child: save the two versions in turn, from ``versions[turn]``, until killed.

    Its cycle collector leaves alone the heap inherited from the test run: walking it would
    copy every page of a large parent, making the child's saves far slower than the
    parent's timed ones, and the kills would then never land after a save.
    """
    gc.freeze()
    try:
        while True:
            save_project(versions[turn], path)
            turn = 1 - turn
    finally:
        os._exit(1)  # only if saving raised: the parent sees the exit and fails


def test_a_killed_save_leaves_a_whole_old_or_new_file(tmp_path: Path) -> None:
    old, new = _versions()
    path = tmp_path / "workshop.journey"
    save_project(old, path)
    start = time.perf_counter()
    for _ in range(3):
        save_project(old, path)
    one_save = (time.perf_counter() - start) / 3

    rng = random.Random(20261123)
    seen = {"old": 0, "new": 0, "killed mid-write": 0}
    leftovers: set[str] = set()
    on_disk = old
    children: set[int] = set()
    for _ in range(KILLS):
        pid = os.fork()
        if pid == 0:
            # Start with the version that is not on disk, so every save changes the file.
            _saver(path, (old, new), 1 if on_disk is old else 0)
        children.add(pid)
        time.sleep(rng.uniform(0, 2 * one_save))
        os.kill(pid, signal.SIGKILL)
        _, status = os.waitpid(pid, 0)
        assert os.WIFSIGNALED(status), "the saving child stopped by itself: a save failed"
        # A new temporary file left behind means the kill fell between its creation and the
        # rename (an older one stays until a later save gets far enough to remove it).
        temporaries = {p.name for p in tmp_path.iterdir() if p.name.endswith(TEMP_SUFFIX)}
        seen["killed mid-write"] += bool(temporaries - leftovers)
        leftovers = temporaries
        loaded = load_project(path)
        if loaded == old:
            seen["old"] += 1
            on_disk = old
        else:
            assert loaded == new, "the file is neither the old nor the new version"
            seen["new"] += 1
            on_disk = new
    print(f"\n{KILLS} kills, one save {one_save * 1000:.1f} ms: {seen}")
    # Both outcomes happened, so the kills really landed at different moments of a save.
    assert seen["old"] > 0 and seen["new"] > 0, seen

    # The temporaries of killed saves belong to ended processes; they are kept for an hour
    # (a process id alone could mislead) and the first save after that removes them.
    save_project(new, path)
    leftovers = {p for p in tmp_path.iterdir() if p.name.endswith(TEMP_SUFFIX)}
    assert {int(p.name.split(".")[-2].split("-")[0]) for p in leftovers} <= children
    for leftover in leftovers:
        os.utime(leftover, (0, 0))
    save_project(new, path)
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]
    assert load_project(path) == new
