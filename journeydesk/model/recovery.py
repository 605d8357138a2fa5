"""Recovery copies of open maps, so that a crash or a power cut loses at most a few minutes.

While a map has unsaved changes, the app writes a copy of it on a timer into the recovery
folder (never over the facilitator's own file). Each open map of each running JourneyDesk has
one entry of two files, named after the process id and a session key::

    4242-3f9a0c1be27d.journey   the map itself: an ordinary project file, openable by hand
    4242-3f9a0c1be27d.json      who wrote it, when, and which file it is a copy of

Both are replaced atomically. The map is written first, so a crash between the two writes
leaves a map without its details (still offered, under the name "Recovered map") rather than
details without a map. A saved or closed map's entry is removed.

At start-up, ``RecoveryStore.orphans`` lists the entries whose process is gone. Whose an
entry is, is told by its process id on this computer; an entry written on another computer
(a recovery folder on a shared drive) counts as abandoned only once it is a day old, because
whether that process still runs cannot be seen from here. A process id reused by an unrelated
program hides an entry until that program ends. A recovered entry is first *claimed*: renamed
to this process, atomically, so that of two instances starting at once only one recovers it.

Damaged entries never stop the listing: details that cannot be read leave a "Recovered map"
with no known original file; a map too large to open is listed with ``problem`` set, so the
app can offer to discard it; a map whose content is damaged is found by ``load``, which
raises ``ProjectLoadError`` with a sentence.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import re
import secrets
import stat
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Literal

import platformdirs
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from journeydesk.i18n import QT_TRANSLATE_NOOP, Translatable, arg, number
from journeydesk.model.errors import FileWriteError, ProjectLoadError, ProjectSaveError
from journeydesk.model.processes import host_name, pid_alive
from journeydesk.model.project import Project
from journeydesk.model.storage import (
    MAX_FILE_BYTES,
    TEMP_SUFFIX,
    atomic_write,
    load_project,
    project_to_bytes,
)

log = logging.getLogger(__name__)

DATA_DIR_VARIABLE = "JOURNEYDESK_DATA_DIR"
RECOVERY_FOLDER_NAME = "recovery"
#: The ``format`` marker of an entry's details file.
METADATA_FORMAT = "journeydesk-recovery"
METADATA_VERSION = 1
#: At most this many abandoned entries are offered, the newest first.
MAX_LISTED = 50
#: An entry written on another computer is taken as abandoned once it is this old.
FOREIGN_HOST_AGE = timedelta(days=1)
#: A map without its details is only offered once it is this old (its details may be on
#: their way from another computer).
_SETTLE_SECONDS = 60.0
_MAX_METADATA_BYTES = 64 * 1024
_MAX_DISPLAY_NAME = 200
_KEY = re.compile(r"[A-Za-z0-9_-]{1,64}")
_ENTRY_NAME = re.compile(r"(\d{1,10})-([A-Za-z0-9_-]{1,64})\.(journey|json)")
_PROJECT_SUFFIX, _METADATA_SUFFIX = ".journey", ".json"
#: The name of a recovery copy whose details are lost.
_UNNAMED = QT_TRANSLATE_NOOP("RecoveryText", "Recovered map")


class RecoveryText(Translatable):
    """Sentences about recovery copies: why one cannot be written, opened or taken over."""


def default_recovery_folder() -> Path:
    """Where recovery copies go: ``$JOURNEYDESK_DATA_DIR/recovery``, else the user data folder."""
    override = os.environ.get(DATA_DIR_VARIABLE)
    if override:
        return Path(override) / RECOVERY_FOLDER_NAME
    # appauthor=False, as for the settings: ~/.local/share/JourneyDesk on Linux,
    # ~/Library/Application Support/JourneyDesk on macOS, %LOCALAPPDATA%\JourneyDesk on Windows.
    return Path(platformdirs.user_data_dir("JourneyDesk", appauthor=False)) / RECOVERY_FOLDER_NAME


def new_session_key() -> str:
    """A fresh key naming one open map's recovery entry within this process."""
    return secrets.token_hex(6)


@dataclass(frozen=True)
class RecoveryEntry:
    """One recovery copy: the map file, its details, and whose it is."""

    path: Path
    metadata_path: Path
    original_path: Path | None
    display_name: str
    saved_at: datetime
    pid: int
    host: str
    #: Why this entry cannot be opened (a sentence), or None when it can be tried.
    problem: str | None = None


class _Metadata(BaseModel):
    """The details file of an entry, as written (unknown fields are ignored)."""

    model_config = ConfigDict(extra="ignore")

    format: Literal["journeydesk-recovery"]
    pid: int = Field(strict=True, ge=1)
    host: str = Field(max_length=255)
    saved_at: datetime
    original_path: str | None = Field(default=None, max_length=4096)
    display_name: str = Field(default="", max_length=1000)


class RecoveryStore:
    """The recovery folder: writes this process's entries and finds abandoned ones."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = Path(folder) if folder is not None else default_recovery_folder()

    def project_path(self, session_key: str) -> Path:
        """The map file of this process's entry for ``session_key``."""
        return self.folder / f"{_stem(os.getpid(), session_key)}{_PROJECT_SUFFIX}"

    def write(
        self,
        session_key: str,
        project: Project,
        original_path: Path | None,
        display_name: str,
    ) -> Path:
        """Write (or replace) the recovery copy of one open map; ``ProjectSaveError`` on failure."""
        target = self.project_path(session_key)
        self._make_folder()
        if original_path is not None and _same_file(original_path, target):
            message = RecoveryText.tr(
                "The recovery copy was not written, because it would have replaced the map itself."
            )
            raise ProjectSaveError(message, target)
        _remove_link(target)  # atomic_write writes through a link; a recovery copy never does
        metadata = target.with_suffix(_METADATA_SUFFIX)
        _remove_link(metadata)
        details = _metadata_bytes(os.getpid(), host_name(), _now(), original_path, display_name)
        try:
            atomic_write(target, project_to_bytes(project))
            atomic_write(metadata, details)
        except FileWriteError as error:  # a copy of the project: its save failed
            raise ProjectSaveError(error.message, error.path) from None
        return target

    def remove(self, session_key: str) -> None:
        """Remove this process's entry for ``session_key`` (saved or closed); never raises."""
        target = self.project_path(session_key)
        _unlink_quietly(target)  # the map first: details alone are never offered
        _unlink_quietly(target.with_suffix(_METADATA_SUFFIX))

    def orphans(self) -> list[RecoveryEntry]:
        """The abandoned entries (their process is gone), newest first, at most ``MAX_LISTED``."""
        try:
            with os.scandir(self.folder) as scan:
                files = [e for e in scan if _is_plain_file(e)]
        except FileNotFoundError:
            return []
        except OSError as error:
            log.warning("Could not list the recovery folder %s: %s", self.folder, error)
            return []
        stems: dict[str, float] = {}
        for item in files:
            match = _ENTRY_NAME.fullmatch(item.name)
            if match is None:
                continue
            stem = f"{match[1]}-{match[2]}"
            with contextlib.suppress(OSError):
                stems[stem] = max(stems.get(stem, 0.0), item.stat(follow_symlinks=False).st_mtime)
        found: list[RecoveryEntry] = []
        # Newest first, so that a folder full of old entries costs only what is shown.
        for stem in sorted(stems, key=lambda s: stems[s], reverse=True):
            try:
                entry = self._orphan(stem)
            except Exception:  # one strange entry must not hide the others
                log.exception("Could not read the recovery entry %s", stem)
                continue
            if entry is not None:
                found.append(entry)
                if len(found) >= MAX_LISTED:
                    break
        found.sort(key=lambda e: e.saved_at, reverse=True)
        return found

    def load(self, entry: RecoveryEntry) -> Project:
        """Read the map of ``entry``; ``ProjectLoadError`` with a sentence if it is damaged."""
        if entry.problem:
            raise ProjectLoadError(entry.problem, entry.path)
        try:
            return load_project(entry.path)
        except ProjectLoadError as error:
            if _named(entry.display_name):
                message = RecoveryText.tr("The recovery copy of '%1' cannot be opened.")
            else:
                message = RecoveryText.tr("The recovery copy of a map cannot be opened.")
            message = arg(message, entry.display_name)  # the unnamed sentence has no %1
            raise ProjectLoadError(f"{message} {error.message}", entry.path) from None

    def discard(self, entry: RecoveryEntry) -> bool:
        """Delete ``entry`` for good; False if part of it could not be deleted (never raises)."""
        gone = _unlink_quietly(entry.path)
        gone = _unlink_quietly(entry.metadata_path) and gone
        _remove_temporaries(entry.path)
        _remove_temporaries(entry.metadata_path)
        return gone

    def claim(self, entry: RecoveryEntry, session_key: str) -> RecoveryEntry | None:
        """Make ``entry`` this process's entry for ``session_key``; None if another took it.

        The map file is renamed first, which succeeds for exactly one of several instances
        trying at once; the others find it gone. Its later autosaves go to the same entry.
        """
        target = self.project_path(session_key)
        if target.exists() or target.is_symlink():
            raise ValueError(f"session key {session_key!r} is already in use")
        try:
            os.rename(entry.path, target)
        except FileNotFoundError:
            return None  # claimed (or discarded) by another instance a moment ago
        except OSError as error:
            if _named(entry.display_name):
                message = RecoveryText.tr("The recovery copy of '%1' could not be taken over: %2.")
                message = arg(message, entry.display_name, _reason(error))
            else:
                message = RecoveryText.tr("The recovery copy of a map could not be taken over: %1.")
                message = arg(message, _reason(error))
            raise ProjectLoadError(message, entry.path) from None
        claimed = replace(
            entry,
            path=target,
            metadata_path=target.with_suffix(_METADATA_SUFFIX),
            pid=os.getpid(),
            host=host_name(),
        )
        try:
            details = _metadata_bytes(
                claimed.pid,
                claimed.host,
                entry.saved_at,
                entry.original_path,
                entry.display_name,
            )
            atomic_write(claimed.metadata_path, details)
        except FileWriteError as error:  # the map is ours by its name all the same
            log.warning("Could not write the details of a claimed recovery copy: %s", error)
        if entry.metadata_path != claimed.metadata_path:
            _unlink_quietly(entry.metadata_path)
        _remove_temporaries(entry.path)
        _remove_temporaries(entry.metadata_path)
        return claimed

    def _make_folder(self) -> None:
        try:
            self.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        except OSError as error:
            message = RecoveryText.tr(
                "The recovery copy could not be saved because the folder %1 could not be "
                "created (%2)."
            )
            raise ProjectSaveError(arg(message, self.folder, _reason(error)), self.folder) from None
        if os.name == "posix":  # the copies hold workshop content: for this user's eyes only
            with contextlib.suppress(OSError):
                if stat.S_IMODE(os.stat(self.folder).st_mode) != 0o700:
                    os.chmod(self.folder, 0o700)

    def _orphan(self, stem: str) -> RecoveryEntry | None:
        """The entry ``stem`` if it is abandoned and has a map, else None."""
        project = self.folder / f"{stem}{_PROJECT_SUFFIX}"
        metadata_path = self.folder / f"{stem}{_METADATA_SUFFIX}"
        try:
            info = os.lstat(project)
        except OSError:
            return None  # details without a map (a claim or removal under way): nothing to offer
        if not stat.S_ISREG(info.st_mode):
            return None
        modified = datetime.fromtimestamp(info.st_mtime, UTC)
        details = _read_metadata(metadata_path)
        if details is None:
            # Whose it is can only be told from the file name, taken as this computer's.
            pid = int(stem.split("-", 1)[0])
            age = (_now() - modified).total_seconds()
            if _alive_here(pid) or age < _SETTLE_SECONDS:
                return None
            unnamed = RecoveryText.tr(_UNNAMED)
            entry = RecoveryEntry(project, metadata_path, None, unnamed, modified, pid, host_name())
        else:
            if details.host == host_name():
                if _alive_here(details.pid):
                    return None
            elif _now() - max(details.saved_at, modified) < FOREIGN_HOST_AGE:
                return None
            original = Path(details.original_path) if details.original_path else None
            name = details.display_name.strip() or (
                original.name if original else RecoveryText.tr(_UNNAMED)
            )
            saved_at = details.saved_at.astimezone(UTC)
            entry = RecoveryEntry(
                project, metadata_path, original, name, saved_at, details.pid, details.host
            )
        if info.st_size > MAX_FILE_BYTES:
            limit = number(MAX_FILE_BYTES // (1024 * 1024))
            if _named(entry.display_name):
                problem = RecoveryText.tr(
                    "The recovery copy of '%1' is larger than %2 MB, far more than any journey "
                    "map needs, so it cannot be opened."
                )
                problem = arg(problem, entry.display_name, limit)
            else:
                problem = RecoveryText.tr(
                    "The recovery copy of a map is larger than %1 MB, far more than any journey "
                    "map needs, so it cannot be opened."
                )
                problem = arg(problem, limit)
            return replace(entry, problem=problem)
        return entry


def _stem(pid: int, session_key: str) -> str:
    if not _KEY.fullmatch(session_key):
        raise ValueError(f"a session key is 1 to 64 letters, digits, - or _, not {session_key!r}")
    return f"{pid}-{session_key}"


def _now() -> datetime:
    return datetime.now(UTC)


def _alive_here(pid: int) -> bool:
    if pid == os.getpid():
        return True
    # No process has an id beyond 2**31 - 1 (and pid_alive cannot ask about one).
    return 0 < pid < 2**31 and pid_alive(pid)


def _metadata_bytes(
    pid: int, host: str, saved_at: datetime, original: Path | None, display_name: str
) -> bytes:
    details = {
        "format": METADATA_FORMAT,
        "version": METADATA_VERSION,
        "pid": pid,
        "host": host,
        "saved_at": saved_at.astimezone(UTC)
        .isoformat(timespec="milliseconds")
        .replace("+00:00", "Z"),
        "original_path": str(Path(original).absolute()) if original is not None else None,
        "display_name": display_name.strip()[:_MAX_DISPLAY_NAME],
    }
    return (json.dumps(details, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def _read_metadata(path: Path) -> _Metadata | None:
    """The details of an entry, or None when they are missing or cannot be read."""
    try:
        if not stat.S_ISREG(os.lstat(path).st_mode):
            return None
        with path.open("rb") as file:
            data = file.read(_MAX_METADATA_BYTES + 1)
    except OSError:
        return None
    if len(data) > _MAX_METADATA_BYTES:
        return None
    try:
        details = _Metadata.model_validate_json(data)
    except ValidationError:
        return None
    if details.saved_at.tzinfo is None:
        details.saved_at = details.saved_at.replace(tzinfo=UTC)
    return details


def _is_plain_file(entry: os.DirEntry[str]) -> bool:
    if entry.name.startswith("."):  # temporary files of a write under way
        return False
    try:
        return entry.is_file(follow_symlinks=False)
    except OSError:
        return False


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return os.path.realpath(a) == os.path.realpath(b)


def _remove_link(path: Path) -> None:
    if path.is_symlink():
        _unlink_quietly(path)


def _unlink_quietly(path: Path) -> bool:
    """Delete ``path``; True if it is gone (also when it was never there)."""
    try:
        os.unlink(path)
    except FileNotFoundError:
        return True
    except OSError as error:
        log.warning("Could not delete the recovery file %s: %s", path, error)
        return False
    return True


def _remove_temporaries(path: Path) -> None:
    """Delete what an interrupted atomic write of ``path`` left behind."""
    prefix = f".{path.name}."
    try:
        with os.scandir(path.parent) as scan:
            names = [e.name for e in scan]
    except OSError:
        return
    for name in names:
        if name.startswith(prefix) and name.endswith(TEMP_SUFFIX):
            _unlink_quietly(path.parent / name)


def _named(name: str) -> bool:
    """Whether an entry's display name is a name (not the one of a copy without details)."""
    return bool(name) and name not in (_UNNAMED, RecoveryText.tr(_UNNAMED))


def _reason(error: OSError) -> str:
    detail = error.strerror or str(error) or type(error).__name__
    return detail[0].lower() + detail[1:]
