"""Saving and loading project files: stable JSON, unknown fields kept, atomic and safe writes."""

from __future__ import annotations

import errno
import json
import os
import stat
from pathlib import Path
from typing import Any

import pytest

from journeydesk.model import (
    Card,
    Journey,
    Lane,
    LaneKind,
    Persona,
    Photo,
    Project,
    ProjectLoadError,
    ProjectSaveError,
    Stage,
    file_io,
    load_project,
    save_project,
    storage,
)

# A 1x1 transparent PNG.
PNG_BASE64 = (
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII="
)


def sample_project() -> Project:
    """Return a small project that uses every model and some non-ASCII text."""
    journey = Journey(
        id="j1",
        title="Joining the gym",
        scenario="Léa wants to get fit before summer ☀",
        persona_ids=["p1"],
        stages=[
            Stage(id="s1", title="Awareness", goal="Find a gym"),
            Stage(id="s2", title="Purchase"),
        ],
        lanes=[
            Lane(id="l1", title="Actions"),
            Lane(id="l2", title="Feelings", kind=LaneKind.EMOTION),
            Lane(id="l3", title="Line of visibility", kind=LaneKind.DIVIDER),
        ],
        cards=[
            Card(id="c1", lane_id="l1", stage_id="s1", text="Sees an ad 📣", tags=["ads"]),
            Card(id="c2", lane_id="l1", stage_id="s2", text="Pays €30", votes=3, order=1),
            Card(id="c3", lane_id="l2", stage_id="s2", text="Relieved", colour="#aabbcc"),
        ],
        emotions={"s1": -1, "s2": 2},
    )
    return Project(
        title="Fitness Café",
        created="2026-01-02T03:04:05Z",
        modified="2026-01-03T03:04:05Z",
        personas=[
            Persona(
                id="p1",
                name="Léa",
                age=31,
                goals=["Stay healthy"],
                photo=Photo(media_type="image/png", data=PNG_BASE64),
            )
        ],
        journeys=[journey],
    )


def files_in(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


# --- Round trip and file shape ---------------------------------------------------------------


def test_round_trip(tmp_path: Path) -> None:
    project = sample_project()
    path = tmp_path / "gym.journey"
    save_project(project, path)
    loaded = load_project(path)
    assert loaded == project
    assert loaded.persona("p1").photo is not None
    assert loaded.persona("p1").photo.image_bytes().startswith(b"\x89PNG")
    assert loaded.journeys[0].emotions == {"s1": -1, "s2": 2}


def test_second_save_is_byte_identical(tmp_path: Path) -> None:
    first, second = tmp_path / "a.journey", tmp_path / "b.journey"
    save_project(sample_project(), first)
    save_project(load_project(first), second)
    assert first.read_bytes() == second.read_bytes()


def test_file_is_pretty_stable_utf8_json(tmp_path: Path) -> None:
    path = tmp_path / "gym.journey"
    save_project(sample_project(), path)
    data = path.read_bytes()
    assert data.endswith(b"}\n")
    assert not data.endswith(b"\n\n")
    assert not data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8")
    # Non-ASCII text is written as itself, not as \u escapes.
    assert "Léa" in text
    assert "☀" in text
    assert "📣" in text
    assert "€30" in text
    assert "\\u" not in text
    # Pretty-printed with two-space indentation, one key per line.
    lines = text.splitlines()
    assert lines[0] == "{"
    assert lines[1] == '  "format": "journeydesk",'
    assert lines[2] == '  "schema_version": 1,'
    assert '    {\n      "id": "j1",' in text
    assert json.loads(text) == json.loads(storage.project_to_bytes(sample_project()))
    # The same project always gives the same bytes.
    assert storage.project_to_bytes(sample_project()) == data


def test_key_order_follows_the_model(tmp_path: Path) -> None:
    path = tmp_path / "gym.journey"
    save_project(sample_project(), path)
    raw = json.loads(path.read_text(encoding="utf-8"))
    assert list(raw)[:4] == ["format", "schema_version", "title", "description"]
    card = raw["journeys"][0]["cards"][0]
    assert list(card)[:3] == ["id", "lane_id", "stage_id"]


def test_times_are_written_in_utc(tmp_path: Path) -> None:
    path = tmp_path / "t.journey"
    save_project(Project(created="2026-05-01T12:00:00+02:00"), path)
    raw = json.loads(path.read_text(encoding="utf-8"))
    assert raw["created"] == "2026-05-01T10:00:00Z"


def test_file_with_byte_order_mark_loads(tmp_path: Path) -> None:
    path = tmp_path / "bom.journey"
    path.write_bytes(b"\xef\xbb\xbf" + storage.project_to_bytes(sample_project()))
    assert load_project(path) == sample_project()


def test_load_accepts_str_and_pathlike(tmp_path: Path) -> None:
    path = tmp_path / "gym.journey"
    save_project(sample_project(), str(path))
    assert load_project(str(path)) == load_project(path)


# --- Unknown fields --------------------------------------------------------------------------

UNKNOWN_NESTED = {"zeta": {"deep": [1, 2.5, None, True, "ü"], "alpha": {}}, "beta": []}


def raw_with_unknown_fields() -> dict[str, Any]:
    """Return a saved sample project with unknown fields added at every level, at the end."""
    raw = json.loads(storage.project_to_bytes(sample_project()))
    raw["personas"][0]["x_persona"] = "persona extra"
    raw["personas"][0]["photo"]["x_photo"] = {"credit": "Ana Ñ"}
    journey = raw["journeys"][0]
    journey["x_journey"] = [1, {"nested": UNKNOWN_NESTED}]
    journey["stages"][1]["x_stage"] = 42
    journey["lanes"][0]["x_lane"] = False
    journey["cards"][2]["x_card"] = None
    journey["cards"][2]["x_card_2"] = UNKNOWN_NESTED
    raw["x_project"] = UNKNOWN_NESTED
    raw["x_project_last"] = "still last"
    return raw


def dump(raw: dict[str, Any]) -> bytes:
    return (json.dumps(raw, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def test_unknown_fields_survive_load_and_save_byte_for_byte(tmp_path: Path) -> None:
    original = dump(raw_with_unknown_fields())
    path = tmp_path / "newer.journey"
    path.write_bytes(original)
    project = load_project(path)
    save_project(project, path)
    assert path.read_bytes() == original


def test_unknown_fields_are_reachable_on_the_models() -> None:
    project = storage.parse_project(dump(raw_with_unknown_fields()))
    journey = project.journeys[0]
    assert project.model_extra == {"x_project": UNKNOWN_NESTED, "x_project_last": "still last"}
    assert project.personas[0].model_extra == {"x_persona": "persona extra"}
    assert project.personas[0].photo is not None
    assert project.personas[0].photo.model_extra == {"x_photo": {"credit": "Ana Ñ"}}
    assert journey.model_extra == {"x_journey": [1, {"nested": UNKNOWN_NESTED}]}
    assert journey.stages[1].model_extra == {"x_stage": 42}
    assert journey.lanes[0].model_extra == {"x_lane": False}
    assert journey.cards[2].model_extra == {"x_card": None, "x_card_2": UNKNOWN_NESTED}


def test_unknown_fields_between_known_ones_keep_value_and_order(tmp_path: Path) -> None:
    # A newer version may write a new field anywhere. This version keeps its value and the
    # order of the unknown fields among themselves, and from the first save on the file is
    # stable (the unknown fields follow the known ones).
    raw = raw_with_unknown_fields()
    card = raw["journeys"][0]["cards"][0]
    raw["journeys"][0]["cards"][0] = {"x_first": 1, **card, "x_last": 2}
    raw = {"x_before_format": "b", **raw}
    path = tmp_path / "newer.journey"
    path.write_bytes(dump(raw))
    save_project(load_project(path), path)
    saved_once = path.read_bytes()
    assert json.loads(saved_once) == raw
    saved_card = json.loads(saved_once)["journeys"][0]["cards"][0]
    assert [k for k in saved_card if k.startswith("x_")] == ["x_first", "x_last"]
    save_project(load_project(path), path)
    assert path.read_bytes() == saved_once


# --- Permissions, symlinks and temporary files -----------------------------------------------


def test_save_keeps_permission_bits(tmp_path: Path) -> None:
    path = tmp_path / "shared.journey"
    save_project(sample_project(), path)
    os.chmod(path, 0o640)
    save_project(sample_project(), path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    os.chmod(path, 0o604)
    save_project(Project(title="changed"), path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o604
    assert load_project(path).title == "changed"


def test_new_file_gets_default_permissions_under_umask(tmp_path: Path) -> None:
    old = os.umask(0o027)
    try:
        save_project(sample_project(), tmp_path / "new.journey")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "new.journey").stat().st_mode) == 0o666 & ~0o027


def test_save_through_symlink_writes_target_and_keeps_link(tmp_path: Path) -> None:
    real_folder = tmp_path / "real"
    real_folder.mkdir()
    target = real_folder / "gym.journey"
    save_project(Project(title="old"), target)
    link = tmp_path / "link.journey"
    link.symlink_to(target)
    save_project(Project(title="new"), link)
    assert link.is_symlink()
    assert os.readlink(link) == str(target)
    assert load_project(target).title == "new"
    assert files_in(real_folder) == ["gym.journey"]
    assert files_in(tmp_path) == ["link.journey", "real"]


def test_save_through_relative_symlink(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    target = tmp_path / "sub" / "gym.journey"
    save_project(Project(title="old"), target)
    link = tmp_path / "link.journey"
    link.symlink_to(Path("sub") / "gym.journey")
    save_project(Project(title="new"), link)
    assert link.is_symlink()
    assert load_project(target).title == "new"


def test_save_leaves_no_temporary_files(tmp_path: Path) -> None:
    path = tmp_path / "gym.journey"
    for title in ("one", "two", "three"):
        save_project(Project(title=title), path)
        assert files_in(tmp_path) == ["gym.journey"]


def test_stale_temporaries_are_removed_by_the_next_save(tmp_path: Path) -> None:
    # An hour old, from this process or from an older JourneyDesk (names without a process
    # id); tests/model/test_saving.py covers the temporaries of other processes.
    path = tmp_path / "gym.journey"
    save_project(Project(title="old"), path)
    stale = [
        tmp_path / ".gym.journey.0a1b2c3d.journey-tmp",
        tmp_path / f".gym.journey.{os.getpid()}-0a1b2c3d.journey-tmp",
    ]
    for file in stale:
        file.write_bytes(b'{"half a file')
        os.utime(file, (0, 0))
    # Files that merely look alike, or belong to another project, are left alone.
    keep = [
        tmp_path / ".other.journey.0a1b2c3d.journey-tmp",
        tmp_path / "gym.journey.bak",
        tmp_path / ".gym.journey.xxxx.journey-tmp",
    ]
    for file in keep:
        file.write_bytes(b"keep me")
        os.utime(file, (0, 0))
    save_project(Project(title="new"), path)
    assert not any(file.exists() for file in stale)
    assert all(file.read_bytes() == b"keep me" for file in keep)
    assert load_project(path).title == "new"


# --- Failing saves ---------------------------------------------------------------------------


def assert_save_failed_cleanly(
    error: pytest.ExceptionInfo[ProjectSaveError], path: Path, before: bytes
) -> None:
    message = str(error.value)
    assert message[0].isupper()
    assert message.endswith(".")
    assert "Traceback" not in message
    assert "Errno" not in message
    assert path.read_bytes() == before
    assert files_in(path.parent) == [path.name]


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root ignores permissions")
def test_save_into_read_only_folder_fails_cleanly(tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    path = folder / "gym.journey"
    save_project(Project(title="old"), path)
    before = path.read_bytes()
    folder.chmod(0o555)
    try:
        with pytest.raises(ProjectSaveError) as error:
            save_project(Project(title="new"), path)
    finally:
        folder.chmod(0o755)
    assert "permission" in str(error.value)
    assert_save_failed_cleanly(error, path, before)


def test_disk_full_during_write_fails_cleanly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "gym.journey"
    save_project(Project(title="old"), path)
    before = path.read_bytes()
    written: list[int] = []
    real_write = os.write

    def write_half_then_fail(fd: int, data: bytes) -> int:
        if written:
            raise OSError(errno.ENOSPC, "No space left on device")
        written.append(real_write(fd, bytes(data[:10])))
        return written[-1]

    monkeypatch.setattr(storage.os, "write", write_half_then_fail)
    with pytest.raises(ProjectSaveError) as error:
        save_project(sample_project(), path)
    monkeypatch.undo()
    assert written == [10]
    assert "the disk is full" in str(error.value)
    assert "unchanged" in str(error.value)
    assert error.value.path == path
    assert_save_failed_cleanly(error, path, before)


def test_failing_replace_fails_cleanly(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "gym.journey"
    save_project(Project(title="old"), path)
    before = path.read_bytes()

    def refuse(*args: object) -> None:
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(storage.os, "replace", refuse)
    with pytest.raises(ProjectSaveError) as error:
        save_project(Project(title="new"), path)
    monkeypatch.undo()
    assert "input/output error" in str(error.value)
    assert_save_failed_cleanly(error, path, before)


def test_failing_fsync_fails_cleanly(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "gym.journey"
    save_project(Project(title="old"), path)
    before = path.read_bytes()

    def refuse(fd: int) -> None:
        raise OSError(errno.EDQUOT, "Disk quota exceeded")

    monkeypatch.setattr(storage.os, "fsync", refuse)
    with pytest.raises(ProjectSaveError) as error:
        save_project(Project(title="new"), path)
    monkeypatch.undo()
    assert "quota" in str(error.value)
    assert_save_failed_cleanly(error, path, before)


def test_interrupted_save_removes_temporary_and_reraises(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "gym.journey"
    save_project(Project(title="old"), path)
    before = path.read_bytes()

    def interrupt(*args: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(storage.os, "replace", interrupt)
    with pytest.raises(KeyboardInterrupt):
        save_project(Project(title="new"), path)
    monkeypatch.undo()
    assert path.read_bytes() == before
    assert files_in(tmp_path) == ["gym.journey"]


def test_save_into_missing_folder_names_the_folder(tmp_path: Path) -> None:
    with pytest.raises(ProjectSaveError) as error:
        save_project(Project(), tmp_path / "nowhere" / "gym.journey")
    assert str(tmp_path / "nowhere") in str(error.value)
    assert "does not exist" in str(error.value)


def test_save_onto_a_folder_says_so(tmp_path: Path) -> None:
    folder = tmp_path / "gym.journey"
    folder.mkdir()
    with pytest.raises(ProjectSaveError) as error:
        save_project(Project(), folder)
    assert "is a folder" in str(error.value)
    assert folder.is_dir()
    assert files_in(tmp_path) == ["gym.journey"]


def test_folder_that_cannot_be_flushed_does_not_fail_a_done_save(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "gym.journey"
    save_project(Project(title="old"), path)

    def refuse(folder: Path) -> None:
        raise OSError(errno.EINVAL, "Invalid argument")

    monkeypatch.setattr(file_io, "_fsync_folder", refuse)
    save_project(Project(title="new"), path)
    assert load_project(path).title == "new"


def test_refused_chmod_does_not_stop_a_save(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "gym.journey"
    save_project(Project(title="old"), path)

    def refuse(fd: int, mode: int) -> None:
        raise OSError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(storage.os, "fchmod", refuse)
    save_project(Project(title="new"), path)
    assert load_project(path).title == "new"
    assert files_in(tmp_path) == ["gym.journey"]


# --- Loading what is not there ---------------------------------------------------------------


def test_load_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "missing.journey"
    with pytest.raises(ProjectLoadError) as error:
        load_project(path)
    assert "does not exist" in str(error.value)
    assert error.value.path == path
    assert not path.exists()


def test_load_folder(tmp_path: Path) -> None:
    with pytest.raises(ProjectLoadError) as error:
        load_project(tmp_path)
    assert "folder" in str(error.value)
    assert str(error.value).endswith(".")


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root ignores permissions")
def test_load_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "secret.journey"
    save_project(Project(), path)
    path.chmod(0o000)
    try:
        with pytest.raises(ProjectLoadError) as error:
            load_project(path)
    finally:
        path.chmod(0o644)
    assert "permission" in str(error.value)


def test_load_error_carries_the_path(tmp_path: Path) -> None:
    path = tmp_path / "bad.journey"
    path.write_text("not json", encoding="utf-8")
    with pytest.raises(ProjectLoadError) as error:
        load_project(path)
    assert error.value.path == path


def test_permission_denied_on_save_names_the_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The same failure as a read-only folder, simulated so that it also runs as root.
    path = tmp_path / "gym.journey"
    save_project(Project(title="old"), path)
    before = path.read_bytes()

    def refuse(*args: object, **kwargs: object) -> int:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(storage.os, "open", refuse)
    with pytest.raises(ProjectSaveError) as error:
        save_project(Project(title="new"), path)
    monkeypatch.undo()
    assert f"permission to write in the folder {tmp_path}" in str(error.value)
    assert_save_failed_cleanly(error, path, before)


def test_permission_denied_on_load(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "secret.journey"
    save_project(Project(), path)

    def refuse(*args: object, **kwargs: object) -> object:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(storage.os, "open", refuse)
    with pytest.raises(ProjectLoadError) as error:
        load_project(path)
    monkeypatch.undo()
    assert str(error.value) == "You do not have permission to read this file."
