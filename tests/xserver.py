"""A private X server (Xvfb) for the real-display test lane.

Qt then runs its xcb platform: a real pointer position, real enter and hover events, X11 key
bindings and focus handling, which the offscreen platform does not have.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time

#: Why the display lane cannot run here, or "" when its X server is up.
skip_reason = ""
_server: subprocess.Popen[bytes] | None = None

SCREEN = "1920x1080x24"


def start_for_tests() -> None:
    """Start Xvfb on a free display and point Qt at it; on failure set ``skip_reason``."""
    global skip_reason, _server
    binary = shutil.which("Xvfb")
    if binary is None:
        skip_reason = "Xvfb is not installed (Debian/Ubuntu: apt-get install xvfb)"
        return
    read_end, write_end = os.pipe()
    try:
        _server = subprocess.Popen(
            [binary, "-displayfd", str(write_end), "-screen", "0", SCREEN, "-nolisten", "tcp"],
            pass_fds=(write_end,),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
    finally:
        os.close(write_end)
    number = _read_display_number(read_end, timeout=20.0)
    os.close(read_end)
    if number is None:
        stop()
        skip_reason = "Xvfb did not start within 20 seconds"
        return
    os.environ["DISPLAY"] = f":{number}"
    os.environ["QT_QPA_PLATFORM"] = "xcb"
    os.environ.pop("WAYLAND_DISPLAY", None)


def _read_display_number(fd: int, timeout: float) -> str | None:
    os.set_blocking(fd, False)
    deadline = time.monotonic() + timeout
    text = b""
    while time.monotonic() < deadline:
        try:
            chunk = os.read(fd, 16)
        except BlockingIOError:
            chunk = None
        if chunk:
            text += chunk
            if text.endswith(b"\n"):
                return text.decode().strip()
        elif chunk == b"" or (_server is not None and _server.poll() is not None):
            return None
        time.sleep(0.02)
    return None


def stop() -> None:
    """Stop the X server, if this process started one."""
    global _server
    if _server is not None:
        _server.terminate()
        try:
            _server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            _server.kill()
        _server = None
