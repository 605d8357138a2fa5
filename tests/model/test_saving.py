"""Saving beside other programs and other JourneyDesk windows: temporary files carry the id of
the process that wrote them and only abandoned ones are cleaned up; read-only files are only
replaced when asked; long names still save; a save that changes nothing writes nothing.
"""

from __future__ import annotations

import errno
import multiprocessing
import os
import re
import secrets
import stat
import threading
import time
from pathlib import Path

import pytest

from journeydesk.model import Project, ProjectSaveError, load_project, save_project, storage
from journeydesk.model.errors import FileWriteError, ReadOnlyFileError, ReadOnlyProjectError
from journeydesk.model.file_io import TEMP_SUFFIX, atomic_write, temporary_name
from journeydesk.model.storage import project_to_bytes, save_project_if_changed

HOUR = 3600


def files_in(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def record_temporaries(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Record the name of each temporary file renamed into place."""
    names: list[str] = []
    real_replace = os.replace

    def replace(source: str | Path, target: str | Path) -> None:
        names.append(Path(source).name)
        real_replace(source, target)

    monkeypatch.setattr(os, "replace", replace)
    return names


def dead_pid() -> int:
    """The id of a process that has ended (and been reaped)."""
    process = multiprocessing.get_context("spawn").Process(target=int)
    process.start()
    process.join()
    assert process.pid is not None
    return process.pid


def age(path: Path, seconds: float) -> None:
    moment = time.time() - seconds
    os.utime(path, (moment, moment))


# --- Names of temporary files ----------------------------------------------------------------


def test_temporary_name_carries_the_process_id(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    names = record_temporaries(monkeypatch)
    save_project(Project(title="one"), tmp_path / "gym.journey")
    pattern = rf"\.gym\.journey\.{os.getpid()}-[0-9a-f]{{8}}{re.escape(TEMP_SUFFIX)}"
    assert re.fullmatch(pattern, names[0]), names


@pytest.mark.parametrize("stem", ["é" * 123, "x" * 246, "🙂" * 61 + "ab"])
def test_longest_file_names_still_save(tmp_path: Path, stem: str) -> None:
    path = tmp_path / f"{stem}.journey"
    assert len(os.fsencode(path.name)) >= 246
    save_project(Project(title="long"), path)
    assert load_project(path).title == "long"
    assert files_in(tmp_path) == [path.name]


def test_temporary_names_stay_within_255_bytes() -> None:
    for name in ("a.journey", "é" * 123 + ".journey", "x" * 255, "🙂" * 63):
        temporary = temporary_name(name, 4_194_304)
        assert len(os.fsencode(temporary)) <= 255, temporary
        assert temporary.startswith(".") and temporary.endswith(TEMP_SUFFIX)
        assert temporary_name(name, 4_194_304) != temporary  # a fresh random part each time


def test_shortened_names_of_two_long_files_differ() -> None:
    first, second = "x" * 240 + "1.journey", "x" * 240 + "2.journey"
    prefix = temporary_name(first, 7).rsplit(".", 2)[0]
    assert not temporary_name(second, 7).startswith(prefix)


# --- Which temporary files are cleaned up ----------------------------------------------------


def temp_for(folder: Path, name: str, pid: int | None, hours_old: float) -> Path:
    random_part = secrets.token_hex(4)
    middle = f"{pid}-{random_part}" if pid is not None else random_part
    path = folder / f".{name}.{middle}{TEMP_SUFFIX}"
    path.write_bytes(b'{"half a file')
    age(path, hours_old * HOUR)
    return path


def test_only_abandoned_temporaries_are_removed(tmp_path: Path) -> None:
    path = tmp_path / "gym.journey"
    save_project(Project(title="old"), path)
    gone = dead_pid()
    removed = [
        temp_for(tmp_path, path.name, os.getpid(), 0),  # this process's own leftover
        temp_for(tmp_path, path.name, gone, 2),  # an ended process, long ago
        temp_for(tmp_path, path.name, None, 2),  # an older JourneyDesk's, long ago
    ]
    kept = [
        temp_for(tmp_path, path.name, os.getppid(), 2),  # a process that still runs
        temp_for(tmp_path, path.name, gone, 0.5),  # ended, but maybe a clock or a network lag
        temp_for(tmp_path, path.name, None, 0.5),  # no process id: too recent to be sure
        temp_for(tmp_path, "other.journey", gone, 2),  # another project's
    ]
    look_alike = tmp_path / f".{path.name}.notanumber-0a1b2c3d{TEMP_SUFFIX}"
    look_alike.write_bytes(b"keep me")
    age(look_alike, 2 * HOUR)
    save_project(Project(title="new"), path)
    assert not any(p.exists() for p in removed)
    assert all(p.exists() for p in kept)
    assert look_alike.read_bytes() == b"keep me"
    assert load_project(path).title == "new"


def test_threads_saving_the_same_file_do_not_remove_each_others_temporaries(
    tmp_path: Path,
) -> None:
    path = tmp_path / "gym.journey"
    failures: list[BaseException] = []

    def saver(title: str) -> None:
        for _ in range(40):
            try:
                save_project(Project(title=title), path)
            except BaseException as error:
                failures.append(error)

    threads = [threading.Thread(target=saver, args=(f"t{n}",)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    assert files_in(tmp_path) == ["gym.journey"]
    assert load_project(path).title in {"t0", "t1", "t2", "t3"}


# --- Read-only files -------------------------------------------------------------------------


def test_read_only_file_is_not_replaced_without_asking(tmp_path: Path) -> None:
    path = tmp_path / "gym.journey"
    save_project(Project(title="old"), path)
    path.chmod(0o444)
    before = path.read_bytes()
    with pytest.raises(ReadOnlyFileError) as error:
        save_project(Project(title="new"), path)
    assert isinstance(error.value, ProjectSaveError)
    assert str(error.value) == "The file gym.journey is marked read-only, so it was not replaced."
    assert error.value.path == path
    assert path.read_bytes() == before
    assert files_in(tmp_path) == ["gym.journey"]


def test_read_only_file_is_replaced_when_asked_and_stays_read_only(tmp_path: Path) -> None:
    path = tmp_path / "gym.journey"
    save_project(Project(title="old"), path)
    path.chmod(0o444)
    save_project(Project(title="new"), path, replace_read_only=True)
    assert load_project(path).title == "new"
    assert stat.S_IMODE(path.stat().st_mode) == 0o444
    assert files_in(tmp_path) == ["gym.journey"]


def test_file_this_user_may_not_write_counts_as_read_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Simulated so that it also runs as root, who may write anything.
    path = tmp_path / "gym.journey"
    save_project(Project(title="old"), path)
    real_access = os.access
    monkeypatch.setattr(
        os, "access", lambda p, mode, **kw: mode != os.W_OK and real_access(p, mode, **kw)
    )
    with pytest.raises(ReadOnlyFileError):
        save_project(Project(title="new"), path)
    monkeypatch.undo()
    assert load_project(path).title == "old"


# --- Platform details ------------------------------------------------------------------------


def test_temporary_file_is_opened_in_binary_mode(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # O_BINARY exists only on Windows, where without it every \n would be written as \r\n.
    fake_binary = 1 << 30
    monkeypatch.setattr(os, "O_BINARY", fake_binary, raising=False)
    flags_seen: list[int] = []
    real_open = os.open

    def open_recording(path: str | Path, flags: int, *args: int, **kwargs: int) -> int:
        if str(path).endswith(TEMP_SUFFIX):
            flags_seen.append(flags)
        return real_open(path, flags & ~fake_binary, *args, **kwargs)

    monkeypatch.setattr(os, "open", open_recording)
    save_project(Project(title="binary"), tmp_path / "gym.journey")
    monkeypatch.undo()
    assert len(flags_seen) == 1
    assert flags_seen[0] & fake_binary


def test_save_keeps_permissions_without_fchmod(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "gym.journey"
    save_project(Project(title="old"), path)
    path.chmod(0o640)
    monkeypatch.delattr(os, "fchmod", raising=False)  # as on Windows
    save_project(Project(title="new"), path)
    monkeypatch.undo()
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert load_project(path).title == "new"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_save_onto_a_pipe_is_refused(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.journey"
    os.mkfifo(fifo)
    with pytest.raises(ProjectSaveError) as error:
        save_project(Project(), fifo)
    assert "not an ordinary file" in str(error.value)
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)
    assert files_in(tmp_path) == ["pipe.journey"]


# --- Saves that change nothing ---------------------------------------------------------------


def test_save_if_changed_writes_nothing_when_the_bytes_are_the_same(tmp_path: Path) -> None:
    path = tmp_path / "gym.journey"
    project = Project(title="Gym", created="2026-01-01T00:00:00Z", modified="2026-01-01T00:00:00Z")
    assert save_project_if_changed(project, path) is True
    before = path.stat()
    age(path, HOUR)
    aged = path.stat()
    assert save_project_if_changed(project, path) is False
    after = path.stat()
    assert (after.st_ino, after.st_mtime_ns) == (aged.st_ino, aged.st_mtime_ns)
    assert before.st_size == after.st_size
    project.title = "Gym (revised)"
    assert save_project_if_changed(project, path) is True
    assert load_project(path).title == "Gym (revised)"


def test_save_if_changed_of_an_unchanged_read_only_file_is_not_an_error(tmp_path: Path) -> None:
    path = tmp_path / "gym.journey"
    project = Project(title="Gym")
    save_project(project, path)
    path.chmod(0o444)
    assert save_project_if_changed(project, path) is False
    with pytest.raises(ReadOnlyFileError):
        save_project_if_changed(Project(title="other"), path)


def test_atomic_write_if_changed_for_other_files(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    assert atomic_write(path, b"{}\n") is True
    assert atomic_write(path, b"{}\n", only_if_changed=True) is False
    assert atomic_write(path, b"{}\n") is True  # without the flag it writes


def test_other_files_fail_with_a_file_write_error_not_a_project_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "poster.pdf"
    path.write_bytes(b"old")
    path.chmod(0o444)
    with pytest.raises(ReadOnlyFileError) as read_only:
        atomic_write(path, b"new")
    assert not isinstance(read_only.value, ProjectSaveError)
    path.chmod(0o644)

    def refuse(*args: object, **kwargs: object) -> int:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(os, "open", refuse)
    with pytest.raises(FileWriteError) as error:
        atomic_write(path, b"new")
    monkeypatch.undo()
    assert not isinstance(error.value, ProjectSaveError)
    assert str(error.value) == (
        f"The file {path} could not be saved because you do not have permission to write in "
        f"the folder {tmp_path}. The file on disk is unchanged."
    )
    assert path.read_bytes() == b"old"


def test_a_project_save_fails_with_a_project_save_error(tmp_path: Path) -> None:
    path = tmp_path / "gym.journey"
    save_project(Project(title="old"), path)
    path.chmod(0o444)
    with pytest.raises(ReadOnlyProjectError) as error:
        save_project(Project(title="new"), path)
    assert isinstance(error.value, ReadOnlyFileError)
    assert isinstance(error.value, ProjectSaveError)
    assert isinstance(error.value, FileWriteError)
    with pytest.raises(ProjectSaveError) as missing:
        save_project(Project(), tmp_path / "no folder" / "gym.journey")
    assert str(missing.value).endswith("does not exist. Nothing was written.")


def test_save_still_reports_a_folder_that_refuses_writing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "gym.journey"
    save_project(Project(title="old"), path)

    def refuse(*args: object, **kwargs: object) -> int:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(os, "open", refuse)
    with pytest.raises(ProjectSaveError) as error:
        save_project(Project(title="new"), path)
    monkeypatch.undo()
    assert "permission to write in the folder" in str(error.value)
    assert project_to_bytes(load_project(path)) == path.read_bytes()
    assert storage.FILE_SUFFIX == ".journey"
