"""A lock file beside an open map, so that two people do not overwrite each other's work.

Opening ``workshop.journey`` creates ``.~lock.workshop.journey#`` in the same folder, as
LibreOffice does, holding who has the map open::

    {"app": "JourneyDesk", "host": "laptop-7", "pid": 4242, "user": "anna",
     "time": "2026-11-23T09:30:00Z", "token": "9c1e..."}

The lock is advisory: it makes a second JourneyDesk ask before opening the map for writing.
``ProjectLock.try_acquire`` creates it atomically (``O_CREAT | O_EXCL``). When a lock file is
already there, it is *stale* and taken over when its process is gone (same computer, process
not running), when it is our own process's, or when it cannot be read and is over ten minutes
old. Otherwise the caller gets a ``LockOwner`` whose ``describe()`` is a sentence for the
facilitator, and can open the map read-only or ``force_acquire`` it (Open Anyway).

A lock from this same process is taken over, not reported: the app itself must notice that
one of its own windows already shows the map. The earlier ``ProjectLock`` then no longer
holds the file (``is_held()`` is False) and its ``release`` leaves the new lock alone.

Locking never stops a map from opening: where no lock file can be written (a read-only
folder or drive), the lock is simply inactive. ``release`` removes the file only if it still
holds what this lock wrote, and never raises.
"""

from __future__ import annotations

import contextlib
import getpass
import json
import os
import secrets
import stat
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType

from journeydesk.i18n import QT_TRANSLATE_NOOP, Translatable, arg
from journeydesk.model.processes import host_name, pid_alive

APP_NAME = "JourneyDesk"
LOCK_PREFIX = ".~lock."
LOCK_SUFFIX = "#"
#: A lock file that cannot be read is taken as abandoned once it is this old.
DAMAGED_LOCK_AGE_SECONDS = 10 * 60
_MAX_LOCK_BYTES = 64 * 1024
#: A lock file is created empty and then written: a reader waits this long for its content.
_EMPTY_WAIT_SECONDS = 0.2


class LockText(Translatable):
    """Sentences about who else has a map open, and why no lock file could be written."""


# Who has the map open, by what is known: (a user name, where: "here", "host" or "", a time).
# %1 is the user, %2 the computer, %3 the time.
_OPEN_BY = {
    (True, "here", True): QT_TRANSLATE_NOOP(
        "LockText", "This map is already open in JourneyDesk by %1 on this computer since %3"
    ),
    (True, "here", False): QT_TRANSLATE_NOOP(
        "LockText", "This map is already open in JourneyDesk by %1 on this computer"
    ),
    (True, "host", True): QT_TRANSLATE_NOOP(
        "LockText", "This map is already open in JourneyDesk by %1 on %2 since %3"
    ),
    (True, "host", False): QT_TRANSLATE_NOOP(
        "LockText", "This map is already open in JourneyDesk by %1 on %2"
    ),
    (True, "", True): QT_TRANSLATE_NOOP(
        "LockText", "This map is already open in JourneyDesk by %1 since %3"
    ),
    (True, "", False): QT_TRANSLATE_NOOP(
        "LockText", "This map is already open in JourneyDesk by %1"
    ),
    (False, "here", True): QT_TRANSLATE_NOOP(
        "LockText", "This map is already open in JourneyDesk on this computer since %3"
    ),
    (False, "here", False): QT_TRANSLATE_NOOP(
        "LockText", "This map is already open in JourneyDesk on this computer"
    ),
    (False, "host", True): QT_TRANSLATE_NOOP(
        "LockText", "This map is already open in JourneyDesk on %2 since %3"
    ),
    (False, "host", False): QT_TRANSLATE_NOOP(
        "LockText", "This map is already open in JourneyDesk on %2"
    ),
    (False, "", True): QT_TRANSLATE_NOOP(
        "LockText", "This map is already open in JourneyDesk since %3"
    ),
    (False, "", False): QT_TRANSLATE_NOOP("LockText", "This map is already open in JourneyDesk"),
}
_MONTHS = (
    QT_TRANSLATE_NOOP("LockText", "January"),
    QT_TRANSLATE_NOOP("LockText", "February"),
    QT_TRANSLATE_NOOP("LockText", "March"),
    QT_TRANSLATE_NOOP("LockText", "April"),
    QT_TRANSLATE_NOOP("LockText", "May"),
    QT_TRANSLATE_NOOP("LockText", "June"),
    QT_TRANSLATE_NOOP("LockText", "July"),
    QT_TRANSLATE_NOOP("LockText", "August"),
    QT_TRANSLATE_NOOP("LockText", "September"),
    QT_TRANSLATE_NOOP("LockText", "October"),
    QT_TRANSLATE_NOOP("LockText", "November"),
    QT_TRANSLATE_NOOP("LockText", "December"),
)


def lock_path_for(project_path: str | os.PathLike[str]) -> Path:
    """The lock file of a project: ``.~lock.<name>#`` beside the file (links followed)."""
    real = Path(os.path.realpath(project_path))
    return real.parent / f"{LOCK_PREFIX}{real.name}{LOCK_SUFFIX}"


@dataclass(frozen=True)
class LockOwner:
    """Who holds a project's lock: enough to tell the facilitator who has the map open."""

    host: str
    pid: int
    user: str
    since: datetime | None
    #: False when the lock file exists but could not be read (nothing else is known).
    readable: bool = True

    def describe(self) -> str:
        """A sentence such as "This map is already open in JourneyDesk by anna on laptop-7 ..."."""
        if not self.readable:
            return LockText.tr(
                "This map may already be open in JourneyDesk elsewhere: its lock file could "
                "not be read."
            )
        where = "here" if self.host == host_name() else "host" if self.host else ""
        source = _OPEN_BY[(bool(self.user), where, self.since is not None)]
        since = _local_time(self.since) if self.since is not None else ""
        sentence = arg(LockText.tr(source), self.user, self.host, since)
        if self.pid > 0:
            return arg(LockText.tr("%1 (process %2).", "who has a map open"), sentence, self.pid)
        return f"{sentence}."


class ProjectLock:
    """This process's lock on one project file; inactive where none could be written."""

    def __init__(self, project_path: Path, lock_path: Path, content: bytes | None, reason: str):
        self.project_path = project_path
        self.lock_path = lock_path
        self._content = content
        #: Why the lock is inactive (a sentence), or "" when it is active.
        self.reason = reason

    @property
    def active(self) -> bool:
        """Whether this lock wrote a lock file that it has not released."""
        return self._content is not None

    @classmethod
    def try_acquire(cls, project_path: str | os.PathLike[str]) -> ProjectLock | LockOwner:
        """Lock ``project_path``, or return who holds it; never raises.

        A stale lock is taken over. Where no lock can be written, the returned lock is
        inactive (see ``reason``) and the map opens all the same.
        """
        path = Path(project_path)
        try:
            lock_path = lock_path_for(path)
        except (OSError, ValueError):  # a path the system cannot even name: no lock
            reason = LockText.tr("The map's folder cannot be used for a lock file.")
            return cls(path, path, None, reason)
        for _attempt in range(3):  # a lock that vanishes or changes under us: look again
            content = _lock_content()
            try:
                _create_exclusive(lock_path, content)
                return cls(path, lock_path, content, "")
            except FileExistsError:
                pass
            except OSError as error:
                owner = _live_owner(lock_path)
                return owner if owner else cls._inactive(path, lock_path, error)
            found = _read_lock(lock_path)
            if found is None:
                continue
            data, owner = found
            if not _is_stale(lock_path, owner):
                return owner
            try:
                _remove_if_unchanged(lock_path, data)
            except OSError as error:  # a stale lock in a folder we cannot change
                return cls._inactive(path, lock_path, error)
        owner = _live_owner(lock_path)
        return owner if owner else cls._inactive(path, lock_path, None)

    @classmethod
    def force_acquire(cls, project_path: str | os.PathLike[str]) -> ProjectLock:
        """Lock ``project_path`` over any other lock (Open Anyway); inactive if impossible."""
        path = Path(project_path)
        try:
            lock_path = lock_path_for(path)
        except (OSError, ValueError):
            reason = LockText.tr("The map's folder cannot be used for a lock file.")
            return cls(path, path, None, reason)
        content = _lock_content()
        temporary = lock_path.with_name(f"{lock_path.name}.{secrets.token_hex(4)}.tmp")
        try:
            _create_exclusive(temporary, content)
            os.replace(temporary, lock_path)
        except OSError as error:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
            return cls._inactive(path, lock_path, error)
        return cls(path, lock_path, content, "")

    @classmethod
    def _inactive(cls, path: Path, lock_path: Path, error: OSError | None) -> ProjectLock:
        if error is not None:
            reason = LockText.tr(
                "No lock file could be written in the folder %1 (%2), so other JourneyDesk "
                "users are not warned that this map is open."
            )
            return cls(path, lock_path, None, arg(reason, lock_path.parent, _reason(error)))
        reason = LockText.tr(
            "No lock file could be written in the folder %1, so other JourneyDesk users are "
            "not warned that this map is open."
        )
        return cls(path, lock_path, None, arg(reason, lock_path.parent))

    def is_held(self) -> bool:
        """Whether the lock file still holds what this lock wrote (nobody took it over)."""
        if self._content is None:
            return False
        return _read_bytes(self.lock_path) == self._content

    def release(self) -> None:
        """Remove the lock file if it is still ours; never raises."""
        content, self._content = self._content, None
        if content is None:
            return
        with contextlib.suppress(OSError):
            if _read_bytes(self.lock_path) == content:
                os.unlink(self.lock_path)

    def __enter__(self) -> ProjectLock:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.release()

    def __repr__(self) -> str:
        state = "active" if self.active else "inactive"
        return f"<ProjectLock {state} {self.lock_path}>"


def lock_owner(project_path: str | os.PathLike[str]) -> LockOwner | None:
    """Who else holds the lock of ``project_path`` now, or None if nobody (or only we) do."""
    try:
        return _live_owner(lock_path_for(project_path))
    except (OSError, ValueError):
        return None


def _lock_content() -> bytes:
    details = {
        "app": APP_NAME,
        "host": host_name(),
        "pid": os.getpid(),
        "user": _user_name(),
        "time": datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z"),
        "token": secrets.token_hex(8),
    }
    return (json.dumps(details, ensure_ascii=False) + "\n").encode("utf-8")


def _user_name() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no user name in the environment or the password database
        return ""


def _create_exclusive(path: Path, content: bytes) -> None:
    """Create ``path`` holding ``content``; FileExistsError if it exists."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags, 0o644)
    try:
        view = memoryview(content)
        while view:
            view = view[os.write(fd, view) :]
    except OSError:
        os.close(fd)
        with contextlib.suppress(OSError):
            os.unlink(path)
        raise
    os.close(fd)


def _read_bytes(path: Path) -> bytes | None:
    """The content of a regular file at ``path``, or None."""
    try:
        if not stat.S_ISREG(os.lstat(path).st_mode):
            return None
        with path.open("rb") as file:
            return file.read(_MAX_LOCK_BYTES + 1)
    except OSError:
        return None


def _read_lock(lock_path: Path) -> tuple[bytes | None, LockOwner] | None:
    """The lock file's bytes and owner; None if there is no lock file (any more)."""
    deadline = time.monotonic() + _EMPTY_WAIT_SECONDS
    while True:
        data = _read_bytes(lock_path)
        if data is None and not os.path.lexists(lock_path):
            return None
        owner = _parse_owner(data)
        if owner.readable or time.monotonic() >= deadline:
            return data, owner
        time.sleep(0.02)  # perhaps just created and not yet written


def _parse_owner(data: bytes | None) -> LockOwner:
    unknown = LockOwner(host="", pid=0, user="", since=None, readable=False)
    if not data or len(data) > _MAX_LOCK_BYTES:
        return unknown
    try:
        details = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return unknown
    if not isinstance(details, dict):
        return unknown
    host, pid, user = details.get("host"), details.get("pid"), details.get("user")
    if not isinstance(host, str) or not isinstance(pid, int) or isinstance(pid, bool):
        return unknown
    return LockOwner(
        host=host[:255],
        pid=pid,
        user=user[:255] if isinstance(user, str) else "",
        since=_parse_time(details.get("time")),
    )


def _parse_time(value: object) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _is_stale(lock_path: Path, owner: LockOwner) -> bool:
    """Whether a lock may be taken over: its process is gone, it is ours, or it is old junk."""
    if not owner.readable:
        try:
            age = time.time() - os.lstat(lock_path).st_mtime
        except OSError:
            return False
        return age > DAMAGED_LOCK_AGE_SECONDS
    if owner.host != host_name():
        return False  # whether a process on another computer runs cannot be seen from here
    if owner.pid == os.getpid():
        return True
    # No process has an id beyond 2**31 - 1 (and pid_alive cannot ask about one).
    return not 0 < owner.pid < 2**31 or not pid_alive(owner.pid)


def _live_owner(lock_path: Path) -> LockOwner | None:
    found = _read_lock(lock_path)
    if found is None:
        return None
    _data, owner = found
    return None if _is_stale(lock_path, owner) else owner


def _remove_if_unchanged(lock_path: Path, data: bytes | None) -> None:
    """Delete a stale lock unless it changed since it was read (then it is judged again).

    The lock is first renamed aside, atomically, and only what was renamed is checked and
    deleted: of several instances taking over one stale lock at once, one removes it, and one
    that finds the winner's fresh lock in its hands puts it back.
    """
    if data is None:  # not a readable file: nothing to compare, only to try to delete
        with contextlib.suppress(FileNotFoundError):
            os.unlink(lock_path)
        return
    aside = lock_path.with_name(f"{lock_path.name}.{secrets.token_hex(4)}.stale")
    try:
        os.rename(lock_path, aside)
    except FileNotFoundError:
        return  # another instance removed it first
    if _read_bytes(aside) == data:
        with contextlib.suppress(OSError):
            os.unlink(aside)
        return
    try:
        os.link(aside, lock_path)  # unlike a rename, never replaces a lock made meanwhile
    except FileExistsError:
        pass
    except OSError:  # a drive without hard links
        with contextlib.suppress(OSError):
            os.rename(aside, lock_path)
        return
    with contextlib.suppress(OSError):
        os.unlink(aside)


def _local_time(moment: datetime) -> str:
    local = moment.astimezone()
    if local.date() == datetime.now().astimezone().date():
        return f"{local:%H:%M}"
    month = LockText.tr(_MONTHS[local.month - 1])
    when = LockText.tr("%1 %2 %3, %4", "day, month, year, time: 3 March 2026, 09:30")
    return arg(when, local.day, month, local.year, f"{local:%H:%M}")


def _reason(error: OSError) -> str:
    detail = error.strerror or str(error) or type(error).__name__
    return detail[0].lower() + detail[1:]
