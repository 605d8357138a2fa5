"""Reading and writing the bytes of files safely: never block, never leave a broken file.

Reading refuses anything that is not a regular file before a byte is read: a named pipe
would block ``open()`` until another program writes to it, and a device such as /dev/zero
never ends.

Writing is atomic: the bytes go to a temporary file beside the target, are flushed to disk
and read back (the file must hold exactly them), and the temporary file is renamed over the
target, after which the folder is flushed. A crash at any instant leaves the old file or the
new one, whole. Temporary files are named ``.NAME.PID-RANDOM.journey-tmp``, so that a save
only ever removes the leftovers of its own process, or those of a process that has ended and
that are over an hour old: another JourneyDesk saving the same file at the same moment keeps
its temporary file.
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

from journeydesk.i18n import QT_TRANSLATE_NOOP, Translatable, arg, number
from journeydesk.model.errors import FileWriteError, ProjectLoadError, ReadOnlyFileError
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

# How much of a written file is read back at a time to check it.
_READ_BACK_CHUNK = 1024 * 1024

# Temporary files this process is writing right now, so that a save in one thread never
# removes the file of a save in another.
_writing: set[str] = set()
_writing_lock = threading.Lock()


class FileAccessText(Translatable):
    """Sentences about reading and writing files: what is refused, and why a save failed."""


#: Why a save failed, by the system's error number: %1 is the file, %2 its folder.
_SAVE_FAILURES = {
    errno.ENOSPC: QT_TRANSLATE_NOOP(
        "FileAccessText", "The file %1 could not be saved because the disk is full."
    ),
    errno.EDQUOT: QT_TRANSLATE_NOOP(
        "FileAccessText", "The file %1 could not be saved because your disk quota is used up."
    ),
    errno.EACCES: QT_TRANSLATE_NOOP(
        "FileAccessText",
        "The file %1 could not be saved because you do not have permission to write in the "
        "folder %2.",
    ),
    errno.EROFS: QT_TRANSLATE_NOOP(
        "FileAccessText", "The file %1 could not be saved because the disk is read-only."
    ),
    errno.ENOENT: QT_TRANSLATE_NOOP(
        "FileAccessText", "The file %1 could not be saved because the folder %2 does not exist."
    ),
    errno.ENOTDIR: QT_TRANSLATE_NOOP(
        "FileAccessText", "The file %1 could not be saved because %2 is not a folder."
    ),
    errno.EISDIR: QT_TRANSLATE_NOOP(
        "FileAccessText", "The file %1 could not be saved because it is a folder."
    ),
    errno.ENAMETOOLONG: QT_TRANSLATE_NOOP(
        "FileAccessText",
        "The file %1 could not be saved because its name is too long for this disk.",
    ),
}
_SAVE_FAILURES[errno.EPERM] = _SAVE_FAILURES[errno.EACCES]


def _read_flags() -> int:
    # O_NONBLOCK makes open() of a FIFO return at once instead of waiting for a writer; on a
    # regular file it changes nothing. O_BINARY only exists (and matters) on Windows.
    return os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)


def too_large_message() -> str:
    """The sentence for a file over ``MAX_FILE_BYTES``."""
    return arg(
        FileAccessText.tr(
            "The file is larger than %1 MB, far more than any journey map needs, so it is not "
            "opened; it is probably not a JourneyDesk project."
        ),
        number(MAX_FILE_BYTES // (1024 * 1024)),
    )


def not_a_file_message(mode: int) -> str | None:
    """The sentence refusing a path whose ``st_mode`` is ``mode``; None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return FileAccessText.tr("This is a folder, not a project file.")
    if stat.S_ISFIFO(mode):
        return FileAccessText.tr(
            "This is a named pipe (a channel between programs), not a project file, so it is "
            "not opened."
        )
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return FileAccessText.tr("This is a device, not a project file, so it is not opened.")
    if stat.S_ISSOCK(mode):
        return FileAccessText.tr(
            "This is a socket (a channel between programs), not a project file, so it is not "
            "opened."
        )
    return FileAccessText.tr("This is not an ordinary file, so it is not opened.")


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
        message = FileAccessText.tr("The file does not exist (any more).")
        raise ProjectLoadError(message, path) from None
    except IsADirectoryError:
        message = FileAccessText.tr("This is a folder, not a project file.")
        raise ProjectLoadError(message, path) from None
    except PermissionError:
        message = FileAccessText.tr("You do not have permission to read this file.")
        raise ProjectLoadError(message, path) from None
    except OSError as error:
        message = arg(FileAccessText.tr("The file could not be read: %1."), _detail(error))
        raise ProjectLoadError(message, path) from None


def _refuse_unless_regular(mode: int, path: Path) -> None:
    message = not_a_file_message(mode)
    if message is not None:
        raise ProjectLoadError(message, path)


# --- Writing ---------------------------------------------------------------------------------


def atomic_write(
    path: str | os.PathLike[str],
    data: bytes,
    *,
    replace_read_only: bool = False,
    only_if_changed: bool = False,
) -> bool:
    """Replace ``path`` with ``data`` so that a crash leaves the old or the new file, whole.

    A file marked read-only (or that this user may not write) raises ``ReadOnlyFileError``
    unless ``replace_read_only``; it stays read-only after being replaced, as all permission
    bits are kept. With ``only_if_changed``, a file that already holds ``data`` is left as it
    is. Returns whether the file was written. On failure the old file is untouched, the
    temporary file is removed, and ``FileWriteError`` says what happened, naming the file by
    its path (a project's save turns it into a ``ProjectSaveError``: see
    ``storage.write_project_file``).
    """
    target = Path(os.path.realpath(path))  # write through a symlink rather than replace it
    try:
        info: os.stat_result | None = os.stat(target)
    except FileNotFoundError:
        info = None
    except OSError as error:
        raise _save_error(error, target, existed=True) from None
    if info is not None and not stat.S_ISREG(info.st_mode) and not stat.S_ISDIR(info.st_mode):
        message = FileAccessText.tr(
            "The file %1 could not be saved because it is not an ordinary file (it is a pipe, "
            "a device or a socket); nothing was written."
        )
        raise FileWriteError(arg(message, target), target)
    if only_if_changed and info is not None and info.st_size == len(data):
        with contextlib.suppress(ProjectLoadError):
            if read_project_file(target) == data:
                return False
    read_only = info is not None and stat.S_ISREG(info.st_mode) and _is_read_only(target, info)
    if read_only and not replace_read_only:
        message = FileAccessText.tr("The file %1 is marked read-only, so it was not replaced.")
        raise ReadOnlyFileError(arg(message, target.name), target)
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
            raise _save_error(error, target, existed=info is not None) from None
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
    # Opened for reading too, to read back what was written (see _check_written).
    flags = os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
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
        _check_written(fd, data)
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


def _check_written(fd: int, data: bytes) -> None:
    """Read back the flushed file ``fd`` and raise ``OSError`` (EIO) unless it holds ``data``.

    Its length first, then its bytes, chunk by chunk: comparing them costs less than hashing
    them and misses nothing. A drive that lost or changed part of what was written (a network
    share, a failing USB stick) fails the save here, before the old file is replaced.
    """
    if os.fstat(fd).st_size == len(data):
        os.lseek(fd, 0, os.SEEK_SET)
        position = 0
        while position < len(data):
            chunk = os.read(fd, min(_READ_BACK_CHUNK, len(data) - position))
            if not chunk or chunk != data[position : position + len(chunk)]:
                break
            position += len(chunk)
        else:
            return
    raise OSError(errno.EIO, os.strerror(errno.EIO))


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


def _detail(error: OSError) -> str:
    """The system's words for ``error``, to end a sentence with."""
    detail = error.strerror or str(error) or type(error).__name__
    return detail[0].lower() + detail[1:]


def _save_error(error: OSError, target: Path, *, existed: bool) -> FileWriteError:
    """The sentence for a save of ``target`` that failed with ``error``, and what is left."""
    known = _SAVE_FAILURES.get(error.errno or 0)
    if known is not None:
        sentence = arg(FileAccessText.tr(known), target, target.parent)
    else:
        failed = FileAccessText.tr("The file %1 could not be saved because of an error (%2).")
        sentence = arg(failed, target, _detail(error))
    if existed:
        after = FileAccessText.tr("The file on disk is unchanged.")
    else:
        after = FileAccessText.tr("Nothing was written.")
    return FileWriteError(f"{sentence} {after}", target)
