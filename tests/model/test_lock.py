"""Lock files beside open maps: taken atomically, reported with a sentence, released with care."""

from __future__ import annotations

import errno
import json
import os
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from journeydesk.model import lock as lock_module
from journeydesk.model.lock import LockOwner, ProjectLock, lock_owner, lock_path_for
from journeydesk.model.processes import host_name, pid_alive

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def project(tmp_path: Path) -> Path:
    path = tmp_path / "workshop.journey"
    path.write_text("{}")
    return path


@pytest.fixture
def dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", ""])
    child.wait()
    assert not pid_alive(child.pid)
    return child.pid


def plant(project: Path, **fields: object) -> Path:
    """Write a lock file as another JourneyDesk would have."""
    details: dict[str, object] = {
        "app": "JourneyDesk",
        "host": host_name(),
        "pid": os.getppid(),
        "user": "anna",
        "time": "2026-11-23T09:30:00Z",
        "token": "0123456789abcdef",
    }
    details.update(fields)
    path = lock_path_for(project)
    path.write_text(json.dumps(details), encoding="utf-8")
    return path


def acquired(result: ProjectLock | LockOwner) -> ProjectLock:
    assert isinstance(result, ProjectLock), result
    return result


def conflict(result: ProjectLock | LockOwner) -> LockOwner:
    assert isinstance(result, LockOwner), result
    return result


def age(path: Path, seconds: float) -> None:
    moment = time.time() - seconds
    os.utime(path, (moment, moment))


def test_the_lock_file_sits_beside_the_project(project: Path) -> None:
    assert lock_path_for(project) == project.parent / ".~lock.workshop.journey#"


def test_a_link_is_locked_where_the_file_really_is(project: Path, tmp_path: Path) -> None:
    (tmp_path / "elsewhere").mkdir()
    link = tmp_path / "elsewhere" / "shortcut.journey"
    link.symlink_to(project)
    assert lock_path_for(link) == lock_path_for(project)


def test_acquire_and_release(project: Path) -> None:
    lock = acquired(ProjectLock.try_acquire(project))
    assert lock.active and lock.is_held() and lock.reason == ""
    details = json.loads(lock.lock_path.read_text(encoding="utf-8"))
    assert details["app"] == "JourneyDesk"
    assert (details["host"], details["pid"]) == (host_name(), os.getpid())
    assert isinstance(details["user"], str)
    moment = datetime.fromisoformat(details["time"])
    assert abs(datetime.now(UTC) - moment) < timedelta(minutes=1)
    lock.release()
    assert not lock.lock_path.exists()
    assert not lock.active and not lock.is_held()
    lock.release()  # twice is harmless


def test_a_lock_is_a_context_manager(project: Path) -> None:
    with acquired(ProjectLock.try_acquire(project)) as lock:
        assert lock.lock_path.exists()
    assert not lock.lock_path.exists()


def test_a_file_not_yet_saved_can_be_locked(tmp_path: Path) -> None:
    with acquired(ProjectLock.try_acquire(tmp_path / "new.journey")) as lock:
        assert lock.active


def test_a_missing_user_name_is_no_obstacle(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def no_user() -> str:
        raise OSError("no user name")

    monkeypatch.setattr(lock_module.getpass, "getuser", no_user)
    with acquired(ProjectLock.try_acquire(project)) as lock:
        assert json.loads(lock.lock_path.read_text(encoding="utf-8"))["user"] == ""


def test_the_same_process_takes_its_own_lock_over(project: Path) -> None:
    # Two windows of one app showing one map are the app's business, not the lock's.
    first = acquired(ProjectLock.try_acquire(project))
    second = acquired(ProjectLock.try_acquire(project))
    assert second.is_held() and not first.is_held()
    first.release()
    assert second.lock_path.exists() and second.is_held()
    second.release()
    assert not project.parent.joinpath(".~lock.workshop.journey#").exists()


def test_another_running_instance_is_reported(project: Path) -> None:
    lock_file = plant(project, pid=os.getppid(), user="anna")
    before = lock_file.read_bytes()
    owner = conflict(ProjectLock.try_acquire(project))
    assert owner == LockOwner(
        host=host_name(),
        pid=os.getppid(),
        user="anna",
        since=datetime(2026, 11, 23, 9, 30, tzinfo=UTC),
    )
    assert owner.describe().startswith(
        "This map is already open in JourneyDesk by anna on this computer since "
    )
    assert owner.describe().endswith(f"(process {os.getppid()}).")
    assert lock_file.read_bytes() == before
    assert lock_owner(project) == owner


def test_another_computer_is_reported_whatever_its_process(project: Path, dead_pid: int) -> None:
    plant(project, host="laptop-7", pid=dead_pid)
    owner = conflict(ProjectLock.try_acquire(project))
    assert (owner.host, owner.pid) == ("laptop-7", dead_pid)
    assert "by anna on laptop-7 since " in owner.describe()


def test_describe_says_when_today_in_local_time() -> None:
    since = datetime.now(UTC).replace(second=0, microsecond=0)
    owner = LockOwner(host="laptop-7", pid=4242, user="anna", since=since)
    local = since.astimezone()
    assert owner.describe() == (
        f"This map is already open in JourneyDesk by anna on laptop-7 since {local:%H:%M} "
        "(process 4242)."
    )


def test_describe_names_the_day_when_not_today() -> None:
    since = datetime(2026, 3, 3, 9, 30, tzinfo=UTC)
    local = since.astimezone()
    owner = LockOwner(host="laptop-7", pid=4242, user="", since=since)
    assert owner.describe() == (
        f"This map is already open in JourneyDesk on laptop-7 since {local.day} "
        f"{local:%B %Y}, {local:%H:%M} (process 4242)."
    )


def test_describe_with_little_known() -> None:
    assert LockOwner(host="", pid=0, user="", since=None).describe() == (
        "This map is already open in JourneyDesk."
    )
    unreadable = LockOwner(host="", pid=0, user="", since=None, readable=False)
    assert unreadable.describe() == (
        "This map may already be open in JourneyDesk elsewhere: its lock file could not be read."
    )


def test_a_lock_of_a_dead_process_is_taken_over(project: Path, dead_pid: int) -> None:
    plant(project, pid=dead_pid)
    assert lock_owner(project) is None
    with acquired(ProjectLock.try_acquire(project)) as lock:
        assert json.loads(lock.lock_path.read_text(encoding="utf-8"))["pid"] == os.getpid()


@pytest.mark.parametrize(
    "content",
    [b"", b"{half a lock", b"[]", b'{"host": 7, "pid": "x"}', b"\xff\xfe", b"[" * 100_000],
    ids=["empty", "truncated", "list", "wrong-types", "binary", "deep"],
)
def test_a_damaged_lock(project: Path, content: bytes) -> None:
    lock_file = lock_path_for(project)
    lock_file.write_bytes(content)
    owner = conflict(ProjectLock.try_acquire(project))  # perhaps being written just now
    assert not owner.readable
    assert "could not be read" in owner.describe()
    age(lock_file, 11 * 60)
    with acquired(ProjectLock.try_acquire(project)) as lock:
        assert lock.is_held()


@pytest.mark.parametrize("pid", [0, -5, 2**31, 10**30])
def test_an_impossible_process_id_is_a_dead_process(project: Path, pid: int) -> None:
    plant(project, pid=pid)
    with acquired(ProjectLock.try_acquire(project)) as lock:
        assert lock.is_held()


def test_a_path_the_system_cannot_name_gives_an_inactive_lock() -> None:
    lock = acquired(ProjectLock.try_acquire("work\0shop.journey"))
    assert not lock.active and lock.reason
    assert not ProjectLock.force_acquire("work\0shop.journey").active
    assert lock_owner("work\0shop.journey") is None


def test_a_folder_in_place_of_the_lock_file(project: Path) -> None:
    lock_path_for(project).mkdir()
    assert not conflict(ProjectLock.try_acquire(project)).readable
    age(lock_path_for(project), 11 * 60)
    lock = acquired(ProjectLock.try_acquire(project))  # cannot be removed: inactive, not an error
    assert not lock.active and lock.reason
    lock.release()
    assert lock_path_for(project).is_dir()


def test_force_acquire_opens_anyway(project: Path) -> None:
    plant(project, pid=os.getppid())
    lock = ProjectLock.force_acquire(project)
    assert lock.active and lock.is_held()
    assert lock_owner(project) is None  # the lock is ours now
    lock.release()
    assert not lock.lock_path.exists()
    assert sorted(p.name for p in project.parent.iterdir()) == ["workshop.journey"]


def test_release_keeps_a_lock_someone_else_took_over(project: Path) -> None:
    lock = acquired(ProjectLock.try_acquire(project))
    plant(project, pid=os.getppid(), user="ben")  # ben chose Open Anyway
    assert not lock.is_held()
    assert lock_owner(project) is not None
    lock.release()
    assert json.loads(lock.lock_path.read_text(encoding="utf-8"))["user"] == "ben"


def test_release_after_the_lock_file_vanished(project: Path) -> None:
    lock = acquired(ProjectLock.try_acquire(project))
    lock.lock_path.unlink()
    lock.release()
    assert not lock.lock_path.exists()


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs POSIX, not root")
def test_a_read_only_folder_gives_an_inactive_lock(project: Path) -> None:
    os.chmod(project.parent, 0o500)
    try:
        lock = acquired(ProjectLock.try_acquire(project))
        assert not lock.active and not lock.is_held()
        assert "No lock file could be written" in lock.reason
        lock.release()
        forced = ProjectLock.force_acquire(project)
        assert not forced.active
    finally:
        os.chmod(project.parent, 0o700)


@pytest.mark.parametrize("code", [errno.EROFS, errno.EACCES, errno.ENOSPC])
def test_a_lock_that_cannot_be_written_is_inactive(
    project: Path, monkeypatch: pytest.MonkeyPatch, code: int
) -> None:
    def refuse(*args: object, **kwargs: object) -> int:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(lock_module.os, "open", refuse)
    lock = acquired(ProjectLock.try_acquire(project))
    assert not lock.active
    assert lock.reason.startswith(f"No lock file could be written in the folder {project.parent} (")
    assert lock.reason.endswith("so other JourneyDesk users are not warned that this map is open.")
    assert not ProjectLock.force_acquire(project).active


def test_a_read_only_drive_still_reports_its_owner(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    plant(project, host="laptop-7")

    def refuse(*args: object, **kwargs: object) -> int:
        raise OSError(errno.EROFS, os.strerror(errno.EROFS))

    monkeypatch.setattr(lock_module.os, "open", refuse)
    assert conflict(ProjectLock.try_acquire(project)).host == "laptop-7"


def test_a_stale_lock_on_a_read_only_drive_gives_an_inactive_lock(
    project: Path, dead_pid: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    lock_file = plant(project, pid=dead_pid)

    def refuse(*args: object) -> None:
        raise OSError(errno.EROFS, os.strerror(errno.EROFS))

    monkeypatch.setattr(lock_module.os, "unlink", refuse)
    monkeypatch.setattr(lock_module.os, "rename", refuse)
    lock = acquired(ProjectLock.try_acquire(project))
    assert not lock.active
    assert lock_file.exists()


RACER = """
import sys, time
from pathlib import Path
from journeydesk.model.lock import ProjectLock
project, go, done = (Path(a) for a in sys.argv[1:4])
while not go.exists():
    time.sleep(0.001)
result = ProjectLock.try_acquire(project)
print("won" if isinstance(result, ProjectLock) and result.active else "lost", flush=True)
while not done.exists():
    time.sleep(0.01)
if isinstance(result, ProjectLock):
    result.release()
"""


@pytest.mark.parametrize("stale", [False, True], ids=["no-lock", "stale-lock"])
def test_instances_opening_at_once_have_one_winner(
    project: Path, tmp_path: Path, dead_pid: int, stale: bool
) -> None:
    if stale:
        plant(project, pid=dead_pid)
    go, done = tmp_path / "go", tmp_path / "done"
    args = [sys.executable, "-c", RACER, str(project), str(go), str(done)]
    children = [
        subprocess.Popen(args, cwd=ROOT, stdout=subprocess.PIPE, text=True) for _ in range(4)
    ]
    time.sleep(1.0)  # let them all start and wait
    go.write_text("")
    outcomes = []
    for child in children:
        assert child.stdout is not None
        outcomes.append(child.stdout.readline().strip())
    done.write_text("")
    for child in children:
        child.communicate(timeout=60)
    assert sorted(outcomes) == ["lost", "lost", "lost", "won"]
    assert not lock_path_for(project).exists()
