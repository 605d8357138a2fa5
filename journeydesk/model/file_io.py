"""Reading and writing the bytes of files safely: never block, never leave a broken file.

Reading refuses anything that is not a regular file before a byte is read: a named pipe
would block ``open()`` until another program writes to it, and a device such as /dev/zero
never ends. Writing is atomic (see ``atomic_write`` in ``storage``).
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from journeydesk.model.errors import ProjectLoadError

#: Larger files are refused before they are parsed: no journey map comes near this.
MAX_FILE_BYTES = 64 * 1024 * 1024

# O_NONBLOCK makes open() of a FIFO return at once instead of waiting for a writer; on a
# regular file it changes nothing. O_BINARY only exists (and matters) on Windows.
_READ_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)


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
        fd = os.open(path, _READ_FLAGS)
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
