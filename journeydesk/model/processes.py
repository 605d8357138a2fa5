"""Whether another process is still running, to tell abandoned files from ones in use.

Temporary save files, lock files and recovery copies carry the id of the process that wrote
them. A file whose process is gone was abandoned (by a crash or a power cut) and may be
cleaned up or taken over; a file whose process still runs belongs to someone else.
"""

from __future__ import annotations

import os
import socket

#: Process ids are 32-bit signed on POSIX and 32-bit on Windows; larger ones cannot exist.
MAX_PID = 2**31 - 1


def host_name() -> str:
    """The name of this computer, as lock files record it."""
    try:
        return socket.gethostname() or "localhost"
    except OSError:
        return "localhost"


def pid_alive(pid: int) -> bool:
    """Whether a process with this id runs on this computer (True when it cannot be told)."""
    if pid <= 0 or pid > MAX_PID:
        return False  # no such process can exist (a damaged lock or recovery file)
    if pid == os.getpid():
        return True
    if os.name == "nt":
        return _windows_pid_alive(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # it exists, it just belongs to another user
    except OSError:
        return True
    return True


def _windows_pid_alive(pid: int) -> bool:
    import ctypes  # only on Windows, where os.kill(pid, 0) would end the process

    synchronize, query_limited_information, still_active = 0x00100000, 0x1000, 259
    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined]
    handle = kernel32.OpenProcess(synchronize | query_limited_information, False, pid)
    if not handle:
        # Access denied means the process exists; any other failure means it does not.
        return ctypes.get_last_error() == 5  # type: ignore[attr-defined]
    try:
        code = ctypes.c_ulong()
        if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
            return True
        return code.value == still_active
    finally:
        kernel32.CloseHandle(handle)
