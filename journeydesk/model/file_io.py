"""Reading and writing the bytes of files safely: never block, never leave a broken file.

Reading refuses anything that is not a regular file before a byte is read: a named pipe
would block ``open()`` until another program writes to it, and a device such as /dev/zero
never ends.

Writing is atomic: the bytes go to a temporary file beside the target, are flushed to disk,
and the temporary file is renamed over the target, after which the folder is flushed. A crash
at any instant leaves the old file or the new one, whole. Temporary files are named
``.NAME.PID-RANDOM.journey-tmp``, so that a save only ever removes the leftovers of its own
process, or those of a process that has ended and that are over an hour old: another
JourneyDesk saving the same file at the same moment keeps its temporary file.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import re
import secrets
import stat
import threading
import time
from pathlib import Path

from journeydesk.model.errors import ProjectLoadError, ProjectSaveError, ReadOnlyFileError
from journeydesk.model.processes import pid_alive

#: Larger files are refused before they are parsed: no journey map comes near this.
MAX_FILE_BYTES = 64 * 1024 * 1024

#: Temporary files of a save end with this.
TEMP_SUFFIX = ".journey-tmp"
#: A temporary file of an ended process is only removed once it is this old (seconds): a
#: process id alone can be misread across a network drive or a reused id.
ABANDONED_AFTER = 3600.0

# The longest file name most file systems allow, in bytes (UTF-16 units on Windows).
_NAME_MAX = 255
# What a temporary name adds to the file's name: "." + "." + pid (10 digits) + "-" + 8 hex.
_NAME_BUDGET = _NAME_MAX - len(TEMP_SUFFIX) - 21
_TEMPORARY = re.compile(r"(?:(\d{1,10})-)?[0-9a-f]{8}" + re.escape(TEMP_SUFFIX))

# Temporary files this process is writing right now, so that a save in one thread never
# removes the file of a save in another.
_writing: set[str] = set()
_writing_lock = threading.Lock()


def _read_flags() -> int:
    # O_NONBLOCK makes open() of a FIFO return at once instead of waiting for a writer; on a
    # regular file it changes nothing. O_BINARY only exists (and matters) on Windows.
    return os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)


def too_large_message() -> str:
    """The sentence for a file over ``MAX_FILE_BYTES``."""
    return (
        f"The file is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB, far more than any "
        "journey map needs, so it is not opened; it is probably not a JourneyDesk project."
    )


def not_a_file_message(mode: int) -> str | None:
    """The sentence refusing a path whose ``st_mode`` is ``mode``; None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "This is a folder, not a project file."
    if stat.S_ISFIFO(mode):
        kind = "a named pipe (a channel between programs)"
    elif stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        kind = "a device"
    elif stat.S_ISSOCK(mode):
        kind = "a socket (a channel between programs)"
    else:
        kind = "not an ordinary file"
    return f"This is {kind}, not a project file, so it is not opened."


def read_project_file(path: str | os.PathLike[str]) -> bytes:
    """The bytes of the file at ``path``, refusing anything but a regular file before reading.

    The path is checked with ``stat`` first, then opened without blocking and checked again
    with ``fstat`` (in case it was swapped in between). A file over ``MAX_FILE_BYTES`` is
    refused without being read. Raises ``ProjectLoadError`` with a sentence.
    """
    path = Path(path)
    try:
        _refuse_unless_regular(os.stat(path).st_mode, path)
        fd = os.open(path, _read_flags())
        with open(fd, "rb") as file:
            info = os.fstat(file.fileno())
            _refuse_unless_regular(info.st_mode, path)
            if info.st_size > MAX_FILE_BYTES:
                raise ProjectLoadError(too_large_message(), path)
            # Read what the size promises plus one byte, to notice a file that grew meanwhile
            # (or one like /proc's that reports no size), without allocating the maximum.
            want = info.st_size + 1
            data = file.read(want)
            if len(data) == want:
                data += file.read(MAX_FILE_BYTES + 1 - len(data))
            return data
    except FileNotFoundError:
        raise ProjectLoadError("The file does not exist (any more).", path) from None
    except IsADirectoryError:
        raise ProjectLoadError("This is a folder, not a project file.", path) from None
    except PermissionError:
        raise ProjectLoadError("You do not have permission to read this file.", path) from None
    except OSError as error:
        detail = error.strerror or str(error) or type(error).__name__
        raise ProjectLoadError(
            f"The file could not be read: {detail[0].lower()}{detail[1:]}.", path
        ) from None


def _refuse_unless_regular(mode: int, path: Path) -> None:
    message = not_a_file_message(mode)
    if message is not None:
        raise ProjectLoadError(message, path)


# --- Writing ---------------------------------------------------------------------------------


def atomic_write(
    path: str | os.PathLike[str],
    data: bytes,
    what: str = "project",
    *,
    replace_read_only: bool = False,
    only_if_changed: bool = False,
) -> bool:
    """Replace ``path`` with ``data`` so that a crash leaves the old or the new file, whole.

    ``what`` names the file in messages ("The poster could not be saved ..."). A file
    marked read-only (or that this user may not write) raises ``ReadOnlyFileError`` unless
    ``replace_read_only``; it stays read-only after being replaced, as all permission bits
    are kept. With ``only_if_changed``, a file that already holds ``data`` is left as it is.
    Returns whether the file was written. On failure the old file is untouched, the
    temporary file is removed, and ``ProjectSaveError`` says what happened.
    """
    target = Path(os.path.realpath(path))  # write through a symlink rather than replace it
    try:
        info: os.stat_result | None = os.stat(target)
    except FileNotFoundError:
        info = None
    except OSError as error:
        raise _save_error(error, target, what) from None
    if info is not None and not stat.S_ISREG(info.st_mode) and not stat.S_ISDIR(info.st_mode):
        raise ProjectSaveError(
            f"The {what} could not be saved because {target} is not an ordinary file (it is "
            "a pipe, a device or a socket); nothing was written.",
            target,
        )
    if only_if_changed and info is not None and info.st_size == len(data):
        with contextlib.suppress(ProjectLoadError):
            if read_project_file(target) == data:
                return False
    read_only = info is not None and stat.S_ISREG(info.st_mode) and _is_read_only(target, info)
    if read_only and not replace_read_only:
        raise ReadOnlyFileError(
            f"The file {target.name} is marked read-only, so it was not replaced.", target
        )
    _remove_abandoned_temporaries(target)
    temporary = target.parent / temporary_name(target.name, os.getpid())
    with _writing_lock:
        _writing.add(temporary.name)
    try:
        _write_and_replace(temporary, target, data, info, read_only)
    except BaseException as error:
        with contextlib.suppress(OSError):
            temporary.unlink()
        if isinstance(error, OSError):
            raise _save_error(error, target, what) from None
        raise
    finally:
        with _writing_lock:
            _writing.discard(temporary.name)
    # The new file is in place; a folder that cannot be flushed (some network drives) is no
    # reason to report a failed save.
    with contextlib.suppress(OSError):
        _fsync_folder(target.parent)
    return True


def temporary_name(name: str, pid: int) -> str:
    """A fresh name for a temporary file of a save of ``name`` by process ``pid``.

    ``.NAME.PID-RANDOM.journey-tmp``, at most 255 bytes: a long NAME is cut and given a
    short hash of the whole name, so that two long names never share their temporaries.
    """
    return f".{_name_part(name)}.{pid}-{secrets.token_hex(4)}{TEMP_SUFFIX}"


def _name_part(name: str) -> str:
    encoded = os.fsencode(name)
    if len(encoded) <= _NAME_BUDGET:
        return name
    digest = hashlib.sha256(encoded).hexdigest()[:8]
    # Cut on a character boundary: a partial UTF-8 sequence would not be a valid name.
    cut = encoded[: _NAME_BUDGET - 9].decode("utf-8", "ignore")
    return f"{cut}~{digest}"


def _is_read_only(target: Path, info: os.stat_result) -> bool:
    # No write bit at all is read-only even for root, who may write anything.
    return not info.st_mode & 0o222 or not os.access(target, os.W_OK)


def _write_and_replace(
    temporary: Path, target: Path, data: bytes, info: os.stat_result | None, read_only: bool
) -> None:
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    mode = stat.S_IMODE(info.st_mode) if info is not None else None
    fd = os.open(temporary, flags, 0o666)
    try:
        if mode is not None and hasattr(os, "fchmod"):
            # Best effort: some shared or FAT drives refuse chmod, which must not stop a save.
            with contextlib.suppress(OSError):
                os.fchmod(fd, mode)
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
        os.fsync(fd)
    finally:
        os.close(fd)
    if mode is not None and not hasattr(os, "fchmod"):  # Windows: by name, once closed
        with contextlib.suppress(OSError):
            os.chmod(temporary, mode)
    if read_only and os.name == "nt":
        # Windows refuses to replace a read-only file; the user asked to replace it.
        with contextlib.suppress(OSError):
            os.chmod(target, stat.S_IWRITE | stat.S_IREAD)
    os.replace(temporary, target)


def _remove_abandoned_temporaries(target: Path) -> None:
    """Remove temporary files of earlier saves of ``target`` that nobody will finish.

    Those of this process that no thread is writing, and those over an hour old of a
    process that has ended (or of an older JourneyDesk, whose names carry no process id).
    """
    prefix = f".{_name_part(target.name)}."
    try:
        entries = [e for e in os.scandir(target.parent) if e.name.startswith(prefix)]
    except OSError:
        return
    now = time.time()
    for entry in entries:
        match = _TEMPORARY.fullmatch(entry.name, len(prefix))
        if match is None:
            continue
        pid = int(match[1]) if match[1] else None
        if pid == os.getpid():
            with _writing_lock:
                abandoned = entry.name not in _writing
        else:
            try:
                old = now - entry.stat(follow_symlinks=False).st_mtime > ABANDONED_AFTER
            except OSError:
                continue
            abandoned = old and (pid is None or not pid_alive(pid))
        if abandoned:
            with contextlib.suppress(OSError):
                os.unlink(entry.path)


def _fsync_folder(folder: Path) -> None:
    # The rename is only durable once the folder itself reaches the disk (POSIX only).
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _save_error(error: OSError, target: Path, what: str) -> ProjectSaveError:
    reasons = {
        errno.ENOSPC: "the disk is full",
        errno.EDQUOT: "your disk quota is used up",
        errno.EACCES: f"you do not have permission to write in the folder {target.parent}",
        errno.EPERM: f"you do not have permission to write in the folder {target.parent}",
        errno.EROFS: "the disk is read-only",
        errno.ENOENT: f"the folder {target.parent} does not exist",
        errno.ENOTDIR: f"{target.parent} is not a folder",
        errno.EISDIR: f"{target} is a folder",
        errno.ENAMETOOLONG: f"the name {target.name} is too long for this disk",
    }
    reason = reasons.get(error.errno or 0)
    if reason is None:
        detail = error.strerror or str(error) or type(error).__name__
        reason = f"of an error ({detail[0].lower()}{detail[1:]})"
    return ProjectSaveError(
        f"The {what} could not be saved because {reason}; the file on disk is unchanged.", target
    )
