"""Recovery copies: written beside nothing of the user's, found after a crash, claimed once."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from journeydesk.model import recovery
from journeydesk.model.errors import ProjectLoadError, ProjectSaveError
from journeydesk.model.processes import host_name, pid_alive
from journeydesk.model.project import Project
from journeydesk.model.recovery import (
    MAX_LISTED,
    RecoveryEntry,
    RecoveryStore,
    default_recovery_folder,
)
from journeydesk.model.storage import MAX_FILE_BYTES, load_project, project_to_bytes, save_project

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def dead_pid() -> int:
    """The id of a process that has just ended."""
    child = subprocess.Popen([sys.executable, "-c", ""])
    child.wait()
    assert not pid_alive(child.pid)
    return child.pid


@pytest.fixture
def store(tmp_path: Path) -> RecoveryStore:
    return RecoveryStore(tmp_path / "recovery")


def plant(
    folder: Path,
    pid: int,
    *,
    key: str = "k1",
    host: str | None = None,
    saved_at: datetime | None = None,
    title: str = "Evening at Forno Verde",
    original: str | None = "/home/anna/forno.journey",
    name: str = "forno.journey",
) -> Path:
    """Write an entry as another process would have, in the documented format."""
    folder.mkdir(parents=True, exist_ok=True)
    project = folder / f"{pid}-{key}.journey"
    project.write_bytes(project_to_bytes(Project(title=title)))
    moment = saved_at or datetime.now(UTC) - timedelta(minutes=5)
    details = {
        "format": "journeydesk-recovery",
        "version": 1,
        "pid": pid,
        "host": host or host_name(),
        "saved_at": moment.isoformat().replace("+00:00", "Z"),
        "original_path": original,
        "display_name": name,
    }
    (folder / f"{pid}-{key}.json").write_text(json.dumps(details), encoding="utf-8")
    return project


def age(path: Path, seconds: float) -> None:
    """Make ``path`` look ``seconds`` old."""
    moment = time.time() - seconds
    os.utime(path, (moment, moment))


def listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


# The folder


def test_the_data_dir_variable_is_honoured(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("JOURNEYDESK_DATA_DIR", str(tmp_path / "data"))
    assert default_recovery_folder() == tmp_path / "data" / "recovery"
    assert RecoveryStore().folder == tmp_path / "data" / "recovery"


def test_without_the_variable_the_user_data_folder_is_used(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("JOURNEYDESK_DATA_DIR")
    folder = default_recovery_folder()
    assert folder.name == "recovery"
    assert "JourneyDesk" in folder.parent.parts[-1]
    if sys.platform.startswith("linux"):
        data_home = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
        assert folder == Path(data_home) / "JourneyDesk" / "recovery"


def test_nothing_is_created_before_the_first_write(store: RecoveryStore) -> None:
    assert store.orphans() == []
    assert not store.folder.exists()


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_the_folder_is_private(store: RecoveryStore) -> None:
    store.write("k1", Project(title="Secret workshop"), None, "Untitled")
    assert stat.S_IMODE(store.folder.stat().st_mode) == 0o700


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_an_existing_open_folder_is_made_private(store: RecoveryStore) -> None:
    store.folder.mkdir(mode=0o755, parents=True)
    os.chmod(store.folder, 0o755)
    store.write("k1", Project(), None, "Untitled")
    assert stat.S_IMODE(store.folder.stat().st_mode) == 0o700


# Writing


def test_write_makes_an_ordinary_project_file_and_its_details(
    store: RecoveryStore, tmp_path: Path
) -> None:
    original = tmp_path / "workshop.journey"
    path = store.write("k1", Project(title="Checkout journey"), original, "workshop.journey")
    assert path == store.folder / f"{os.getpid()}-k1.journey"
    assert load_project(path).title == "Checkout journey"  # openable by hand
    details = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    assert details["format"] == "journeydesk-recovery"
    assert details["pid"] == os.getpid()
    assert details["host"] == host_name()
    assert details["original_path"] == str(original)
    assert details["display_name"] == "workshop.journey"
    saved_at = datetime.fromisoformat(details["saved_at"])
    assert saved_at.utcoffset() == timedelta(0)
    assert abs(datetime.now(UTC) - saved_at) < timedelta(minutes=1)


def test_rewriting_replaces_the_copy_and_leaves_no_temporary_files(store: RecoveryStore) -> None:
    for i in range(5):
        store.write("k1", Project(title=f"Version {i}"), None, "Untitled")
    store.write("k2", Project(title="Another map"), None, "Untitled 2")
    pid = os.getpid()
    assert listing(store.folder) == [f"{pid}-k1.journey", f"{pid}-k1.json", f"{pid}-k2.journey",
                                     f"{pid}-k2.json"]  # fmt: skip
    assert load_project(store.project_path("k1")).title == "Version 4"


def test_the_users_file_is_never_touched(store: RecoveryStore, tmp_path: Path) -> None:
    original = tmp_path / "workshop.journey"
    save_project(Project(title="As saved by the facilitator"), original)
    before = original.read_bytes(), original.stat().st_mtime_ns
    store.write("k1", Project(title="Unsaved changes"), original, "workshop.journey")
    assert (original.read_bytes(), original.stat().st_mtime_ns) == before


def test_a_link_in_the_recovery_folder_is_not_written_through(
    store: RecoveryStore, tmp_path: Path
) -> None:
    original = tmp_path / "workshop.journey"
    save_project(Project(title="The user's file"), original)
    store.folder.mkdir(parents=True)
    store.project_path("k1").symlink_to(original)
    store.write("k1", Project(title="Recovery copy"), None, "workshop.journey")
    assert load_project(original).title == "The user's file"
    assert not store.project_path("k1").is_symlink()


def test_the_copy_is_never_the_original(store: RecoveryStore) -> None:
    store.write("k1", Project(), None, "Untitled")
    with pytest.raises(ProjectSaveError, match="would have replaced the map itself"):
        store.write("k1", Project(), store.project_path("k1"), "odd.journey")


def test_a_bad_session_key_is_a_programming_error(store: RecoveryStore) -> None:
    for key in ("", "../escape", "a/b", "x" * 65, "spaces here"):
        with pytest.raises(ValueError):
            store.write(key, Project(), None, "Untitled")


def test_an_unwritable_place_gives_a_sentence(tmp_path: Path) -> None:
    blocker = tmp_path / "not a folder"
    blocker.write_text("a file where the data folder should be")
    store = RecoveryStore(blocker / "recovery")
    with pytest.raises(ProjectSaveError) as caught:
        store.write("k1", Project(), None, "Untitled")
    assert caught.value.message.startswith("The recovery copy could not be saved because")
    assert caught.value.message.endswith(").")


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs POSIX, not root")
def test_a_read_only_recovery_folder_gives_a_sentence(store: RecoveryStore) -> None:
    store.folder.mkdir(parents=True)
    os.chmod(store.folder, 0o500)
    try:
        with pytest.raises(ProjectSaveError, match="could not be saved because you do not have"):
            store.write("k1", Project(), None, "Untitled")
    finally:
        os.chmod(store.folder, 0o700)


def test_remove_deletes_this_processes_entry_and_never_raises(store: RecoveryStore) -> None:
    store.write("k1", Project(), None, "Untitled")
    store.write("k2", Project(), None, "Untitled 2")
    store.remove("k1")
    store.remove("k1")
    store.remove("never-written")
    assert listing(store.folder) == [f"{os.getpid()}-k2.journey", f"{os.getpid()}-k2.json"]


# Finding abandoned entries


def test_this_processes_own_entries_are_not_orphans(store: RecoveryStore) -> None:
    store.write("k1", Project(), None, "Untitled")
    assert store.orphans() == []


def test_an_entry_of_a_dead_process_is_offered(store: RecoveryStore, dead_pid: int) -> None:
    saved_at = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)
    plant(store.folder, dead_pid, saved_at=saved_at)
    [entry] = store.orphans()
    assert entry == RecoveryEntry(
        path=store.folder / f"{dead_pid}-k1.journey",
        metadata_path=store.folder / f"{dead_pid}-k1.json",
        original_path=Path("/home/anna/forno.journey"),
        display_name="forno.journey",
        saved_at=saved_at,
        pid=dead_pid,
        host=host_name(),
    )
    assert store.load(entry).title == "Evening at Forno Verde"


def test_an_entry_of_a_running_process_is_not_offered(store: RecoveryStore) -> None:
    plant(store.folder, os.getppid())  # the test runner's parent: alive
    assert store.orphans() == []


def test_another_computers_entry_is_offered_only_after_a_day(store: RecoveryStore) -> None:
    plant(store.folder, os.getppid(), key="fresh", host="laptop-7")
    old = datetime.now(UTC) - timedelta(days=2)
    path = plant(store.folder, os.getppid(), key="old", host="laptop-7", saved_at=old)
    age(path, 2 * 24 * 3600)
    [entry] = store.orphans()
    assert entry.host == "laptop-7"
    assert entry.path == path


def test_another_computers_entry_with_a_fresh_file_is_not_offered(store: RecoveryStore) -> None:
    # A wrong clock over there must not hand over a copy that is still being written.
    old = datetime.now(UTC) - timedelta(days=2)
    plant(store.folder, 4242, host="laptop-7", saved_at=old)
    assert store.orphans() == []


def test_newest_first_and_at_most_fifty(store: RecoveryStore, dead_pid: int) -> None:
    start = datetime(2026, 1, 1, tzinfo=UTC)
    for i in range(MAX_LISTED + 10):
        plant(store.folder, dead_pid, key=f"k{i}", saved_at=start + timedelta(minutes=i))
    entries = store.orphans()
    assert len(entries) == MAX_LISTED
    assert [e.saved_at for e in entries] == sorted((e.saved_at for e in entries), reverse=True)
    assert entries[0].path.name == f"{dead_pid}-k{MAX_LISTED + 9}.journey"


# Damaged entries


@pytest.mark.parametrize(
    "details",
    [
        b"",
        b"{not json",
        b"[1, 2]",
        b'{"format": "something-else", "pid": 1, "host": "x", "saved_at": "2026-01-01T00:00:00Z"}',
        b'{"format": "journeydesk-recovery", "pid": "12", "host": "x", "saved_at": "yesterday"}',
        b"\xff\xfe",
        b"[" * 100_000,
        b" " * (70 * 1024),
    ],
    ids=["empty", "not-json", "list", "other-format", "wrong-types", "binary", "deep", "huge"],
)
def test_damaged_details_still_offer_the_map(
    store: RecoveryStore, dead_pid: int, details: bytes
) -> None:
    project = plant(store.folder, dead_pid)
    project.with_suffix(".json").write_bytes(details)
    age(project, 3600)
    [entry] = store.orphans()
    assert (entry.display_name, entry.original_path, entry.pid) == ("Recovered map", None, dead_pid)
    assert entry.problem is None
    assert store.load(entry).title == "Evening at Forno Verde"


def test_an_impossible_process_id_is_a_dead_process(store: RecoveryStore) -> None:
    age(plant(store.folder, 9_999_999_999), 3600)
    [entry] = store.orphans()
    assert entry.pid == 9_999_999_999


def test_a_map_without_details_is_offered_once_settled(store: RecoveryStore, dead_pid: int) -> None:
    project = plant(store.folder, dead_pid)
    project.with_suffix(".json").unlink()
    assert store.orphans() == []  # its details may still be on their way
    age(project, 3600)
    [entry] = store.orphans()
    assert entry.display_name == "Recovered map"


def test_details_without_a_map_are_not_offered(store: RecoveryStore, dead_pid: int) -> None:
    plant(store.folder, dead_pid).unlink()
    assert store.orphans() == []


def test_a_damaged_map_is_listed_and_load_says_why(store: RecoveryStore, dead_pid: int) -> None:
    plant(store.folder, dead_pid).write_bytes(b'{"format": "journeydesk", "schema_ver')
    [entry] = store.orphans()
    with pytest.raises(ProjectLoadError) as caught:
        store.load(entry)
    assert caught.value.message.startswith(
        "The recovery copy of 'forno.journey' cannot be opened. The file ends too early"
    )
    assert caught.value.path == entry.path
    assert store.discard(entry)
    assert listing(store.folder) == []


def test_a_huge_map_is_listed_with_a_problem(store: RecoveryStore, dead_pid: int) -> None:
    project = plant(store.folder, dead_pid)
    with project.open("r+b") as file:
        file.truncate(MAX_FILE_BYTES + 1)  # sparse: costs no disk
    [entry] = store.orphans()
    assert entry.problem is not None
    assert "larger than 64 MB" in entry.problem
    with pytest.raises(ProjectLoadError, match="larger than 64 MB"):
        store.load(entry)


def test_strange_files_are_ignored(store: RecoveryStore, dead_pid: int) -> None:
    plant(store.folder, dead_pid)
    (store.folder / "notes.txt").write_text("hello")
    (store.folder / "abc-k1.journey").write_text("{}")
    (store.folder / f".{dead_pid}-k1.journey.1a2b3c4d.journey-tmp").write_text("half")
    (store.folder / f"{dead_pid}-folder.journey").mkdir()
    (store.folder / f"{dead_pid}-link.journey").symlink_to(store.folder / "notes.txt")
    [entry] = store.orphans()
    assert entry.path.name == f"{dead_pid}-k1.journey"


def test_an_unreadable_folder_lists_nothing(tmp_path: Path) -> None:
    (tmp_path / "recovery").write_text("a file, not a folder")
    assert RecoveryStore(tmp_path / "recovery").orphans() == []


# Discarding and claiming


def test_discard_deletes_the_entry_and_its_leftovers(store: RecoveryStore, dead_pid: int) -> None:
    plant(store.folder, dead_pid)
    (store.folder / f".{dead_pid}-k1.journey.1a2b3c4d.journey-tmp").write_text("half")
    [entry] = store.orphans()
    assert store.discard(entry)
    assert listing(store.folder) == []
    assert store.discard(entry)  # already gone: fine


def test_claim_makes_the_entry_ours(store: RecoveryStore, dead_pid: int) -> None:
    plant(store.folder, dead_pid)
    [entry] = store.orphans()
    claimed = store.claim(entry, "mine")
    assert claimed is not None
    assert claimed.path == store.project_path("mine")
    assert (claimed.pid, claimed.host) == (os.getpid(), host_name())
    assert (claimed.original_path, claimed.display_name, claimed.saved_at) == (
        entry.original_path,
        entry.display_name,
        entry.saved_at,
    )
    assert listing(store.folder) == [f"{os.getpid()}-mine.journey", f"{os.getpid()}-mine.json"]
    details = json.loads(claimed.metadata_path.read_text(encoding="utf-8"))
    assert details["pid"] == os.getpid()
    assert details["original_path"] == "/home/anna/forno.journey"
    assert store.orphans() == []  # ours now, while we run
    assert store.load(claimed).title == "Evening at Forno Verde"
    store.write("mine", Project(title="Recovered and edited"), entry.original_path, "forno")
    store.remove("mine")
    assert listing(store.folder) == []


def test_a_second_claim_finds_the_entry_taken(store: RecoveryStore, dead_pid: int) -> None:
    plant(store.folder, dead_pid)
    [entry] = store.orphans()
    assert store.claim(entry, "first") is not None
    assert store.claim(entry, "second") is None


def test_claiming_under_a_key_in_use_is_refused(store: RecoveryStore, dead_pid: int) -> None:
    plant(store.folder, dead_pid)
    store.write("busy", Project(), None, "Untitled")
    [entry] = store.orphans()
    with pytest.raises(ValueError):
        store.claim(entry, "busy")
    assert entry.path.exists()


def race_claims(store: RecoveryStore, entry: RecoveryEntry, keys: list[str]) -> list[bool]:
    """Claim ``entry`` from one thread per key, all at once; whether each claim won."""
    barrier = threading.Barrier(len(keys))
    results: dict[str, bool] = {}

    def claim(key: str) -> None:
        barrier.wait()
        results[key] = store.claim(entry, key) is not None

    threads = [threading.Thread(target=claim, args=(key,)) for key in keys]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return [results[key] for key in keys]


def test_claims_racing_in_threads_have_one_winner(store: RecoveryStore, dead_pid: int) -> None:
    for round_ in range(20):
        plant(store.folder, dead_pid, key=f"r{round_}")
        [entry] = store.orphans()
        keys = [f"t{round_}-{i}" for i in range(4)]
        won = race_claims(store, entry, keys)
        assert won.count(True) == 1
        store.remove(keys[won.index(True)])
    assert listing(store.folder) == []


CLAIMER = """
import sys, time
from pathlib import Path
from journeydesk.model.recovery import RecoveryStore
folder, ready, go = (Path(a) for a in sys.argv[1:4])
store = RecoveryStore(folder)
entries = store.orphans()
ready.write_text("")
while not go.exists():
    time.sleep(0.001)
print("won" if entries and store.claim(entries[0], "claimer") else "lost", flush=True)
"""


def test_two_starting_instances_recover_an_entry_once(tmp_path: Path, dead_pid: int) -> None:
    store = RecoveryStore(tmp_path / "recovery")
    plant(store.folder, dead_pid)
    go = tmp_path / "go"
    children = []
    for i in range(2):
        ready = tmp_path / f"ready{i}"
        args = [sys.executable, "-c", CLAIMER, str(store.folder), str(ready), str(go)]
        child = subprocess.Popen(args, cwd=ROOT, stdout=subprocess.PIPE, text=True)
        children.append((child, ready))
    deadline = time.monotonic() + 60
    while not all(ready.exists() for _, ready in children) and time.monotonic() < deadline:
        time.sleep(0.01)
    go.write_text("")
    outcomes = sorted(child.communicate(timeout=60)[0].strip() for child, _ in children)
    assert outcomes == ["lost", "won"]
    # The winner has ended too, so its claimed entry is offered again, once.
    [entry] = store.orphans()
    assert entry.path.stem.endswith("-claimer")
    assert entry.display_name == "forno.journey"


WRITER = """
import sys, time
from pathlib import Path
from journeydesk.model.project import Project
from journeydesk.model.recovery import RecoveryStore
folder, go, name = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
store = RecoveryStore(folder)
while not go.exists():
    time.sleep(0.001)
for i in range(40):
    store.write("same-key", Project(title=f"{name} {i}"), None, name)
"""


def test_two_processes_writing_at_once_do_not_clash(tmp_path: Path) -> None:
    store = RecoveryStore(tmp_path / "recovery")
    go = tmp_path / "go"
    children = [
        subprocess.Popen([sys.executable, "-c", WRITER, str(store.folder), str(go), name], cwd=ROOT)
        for name in ("Anna", "Ben")
    ]
    time.sleep(0.5)
    go.write_text("")
    assert [child.wait(timeout=120) for child in children] == [0, 0]
    entries = store.orphans()
    assert sorted(e.display_name for e in entries) == ["Anna", "Ben"]
    assert sorted(store.load(e).title for e in entries) == ["Anna 39", "Ben 39"]
    assert sorted({e.pid for e in entries}) == sorted(c.pid for c in children)
    assert not [name for name in listing(store.folder) if name.startswith(".")]


def test_a_failing_entry_does_not_hide_the_others(
    store: RecoveryStore, dead_pid: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    plant(store.folder, dead_pid, key="good", saved_at=datetime(2026, 1, 1, tzinfo=UTC))
    plant(store.folder, dead_pid, key="bad", saved_at=datetime(2026, 1, 2, tzinfo=UTC))
    real = recovery.RecoveryStore._orphan

    def flaky(self: RecoveryStore, stem: str) -> RecoveryEntry | None:
        if stem.endswith("bad"):
            raise RuntimeError("a surprise")
        return real(self, stem)

    monkeypatch.setattr(recovery.RecoveryStore, "_orphan", flaky)
    [entry] = store.orphans()
    assert entry.path.stem.endswith("good")
