"""Check a frozen JourneyDesk built by ``make dist`` (dist/JourneyDesk/), as a user would run it.

- the folder: both executables, the licences, Qt's translations for the languages we ship;
  its size and file count are printed;
- ``journeydesk --version`` prints the version of pyproject.toml;
- with German asked for, Qt's own ``qtbase_de.qm`` is loaded from the bundle (Linux, strace);
- every shared library of the folder finds its libraries (Linux, ldd);
- ``journeydesk poster`` exports the bundled example, and the PDF embeds every font;
- under X (``DISPLAY``, else a private Xvfb) each executable opens the example in a visible
  window of class JourneyDesk, which then closes as when its close button is clicked.

A part whose tools are missing is skipped with the reason. The exit status is 1 when a check
failed, or when the build is missing (0 with ``--skip-if-missing``).
Usage: .venv/bin/python packaging/smoke_dist.py [--dist dist/JourneyDesk] [--skip-if-missing]
"""

from __future__ import annotations

import argparse
import ctypes
import ctypes.util
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import tomllib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DIST = ROOT / "dist" / "JourneyDesk"
EXE_SUFFIX = ".exe" if sys.platform == "win32" else ""
EXECUTABLES = ("journeydesk", "journeydesk-gui")
WINDOW_CLASS = "JourneyDesk"
EXAMPLE = "eva-pizza.journey"
WINDOW_TIMEOUT = 60.0
CLOSE_TIMEOUT = 30.0


class Report:
    """The checks' results, printed as they come."""

    def __init__(self) -> None:
        self.failures: list[str] = []

    def ok(self, message: str) -> None:
        print(f"ok    {message}", flush=True)

    def skip(self, message: str) -> None:
        print(f"skip  {message}", flush=True)

    def fail(self, message: str) -> None:
        print(f"FAIL  {message}", flush=True)
        self.failures.append(message)

    def check(self, condition: bool, message: str, detail: str = "") -> bool:
        if condition:
            self.ok(message)
        else:
            self.fail(f"{message}{': ' + detail if detail else ''}")
        return condition


def expected_version() -> str:
    with open(ROOT / "pyproject.toml", "rb") as file:
        return tomllib.load(file)["project"]["version"]


def isolated_environment(home: Path) -> dict[str, str]:
    """The environment of the frozen runs: settings, recovery copies and caches in ``home``."""
    env = dict(os.environ)
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        folder = home / name.lower()
        folder.mkdir(parents=True, exist_ok=True)
        env[name] = str(folder)
    if sys.platform == "win32":
        env["APPDATA"] = env["LOCALAPPDATA"] = str(home / "appdata")
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "QT_QPA_PLATFORM"):
        env.pop(name, None)
    env["LANG"] = "C.UTF-8"
    return env


def run(command: list[str], env: dict[str, str], timeout: float = 120.0) -> tuple[int, str, str]:
    try:
        done = subprocess.run(
            command, env=env, capture_output=True, text=True, timeout=timeout, check=False
        )
    except subprocess.TimeoutExpired:
        return -1, "", f"timed out after {timeout:.0f} s"
    return done.returncode, done.stdout, done.stderr


def last_lines(text: str, count: int = 8) -> str:
    return " | ".join(text.strip().splitlines()[-count:])


# The folder


def report_size(dist: Path) -> None:
    files = [path for path in dist.rglob("*") if path.is_file() and not path.is_symlink()]
    links = sum(1 for path in dist.rglob("*") if path.is_symlink())
    total = sum(path.stat().st_size for path in files)
    print(f"size  {dist}: {total / 1e6:.1f} MB in {len(files)} files (+{links} symlinks)")
    inner = dist / "_internal"
    if inner.is_dir():
        parts = {}
        for entry in inner.iterdir():
            tree = entry.rglob("*") if entry.is_dir() and not entry.is_symlink() else [entry]
            parts[entry.name] = sum(
                path.stat().st_size for path in tree if path.is_file() and not path.is_symlink()
            )
        largest = sorted(parts.items(), key=lambda item: -item[1])[:8]
        print("size  largest in _internal: " + ", ".join(f"{n} {s / 1e6:.1f}" for n, s in largest))
    plugins = sorted(
        f"{path.parent.name}/{path.name}"
        for path in dist.rglob("*")
        if path.parent.parent.name == "plugins" and path.is_file()
    )
    print(f"info  Qt plug-ins ({len(plugins)}): {', '.join(plugins)}")


def check_folder(dist: Path, report: Report) -> None:
    for name in EXECUTABLES:
        exe = dist / f"{name}{EXE_SUFFIX}"
        report.check(exe.is_file() and os.access(exe, os.X_OK), f"executable {exe.name}")
    report.check((dist / "LICENSE").is_file(), "LICENSE beside the executables")
    fonts = ROOT / "resources" / "fonts"
    licences = sorted(p.name for p in fonts.iterdir() if p.name.startswith(("LICENSE-", "OFL-")))
    bundled = {path.name for path in dist.rglob("*") if path.parent.name == "fonts"}
    missing = [name for name in licences if name not in bundled]
    report.check(not missing, f"{len(licences)} font licences bundled", ", ".join(missing))
    ours = [path for path in dist.rglob("journeydesk_*.qm")]
    languages = sorted(path.stem.split("_", 1)[1] for path in ours)
    report.check("en" in languages, f"JourneyDesk's translations bundled ({', '.join(languages)})")
    qt_names = {path.name: path for path in dist.rglob("qtbase_*.qm")}
    for language in (code for code in languages if code != "en"):
        found = qt_names.get(f"qtbase_{language}.qm")
        report.check(
            found is not None and found.parent.name == "translations",
            f"Qt's own qtbase_{language}.qm bundled"
            + (f" ({found.relative_to(dist)})" if found else ""),
        )


def check_version(exe: Path, env: dict[str, str], report: Report) -> None:
    status, out, err = run([str(exe), "--version"], env)
    wanted = f"journeydesk {expected_version()}"
    report.check(
        status == 0 and out.strip() == wanted,
        f"'{exe.name} --version' prints '{wanted}'",
        f"status {status}, printed {out.strip()!r} {last_lines(err)}",
    )


def check_qt_translation(exe: Path, env: dict[str, str], report: Report) -> None:
    """The German command line loads Qt's qtbase_de.qm from QLibraryInfo's path, in the bundle."""
    strace = shutil.which("strace") if sys.platform.startswith("linux") else None
    if strace is None:
        report.skip("Qt's German translation at run time (needs Linux and strace)")
        return
    german = dict(env, LANGUAGE="de", LANG="de_DE.UTF-8")
    command = [strace, "-f", "-e", "trace=openat", str(exe), "templates"]
    status, _out, err = run(command, german)
    opened = re.findall(r'openat\([^"]*"([^"]*qtbase_de\.qm)", [^)]*\) = (\d+)', err)
    inside = [path for path, _fd in opened if Path(path).resolve().is_relative_to(exe.parent)]
    if status != 0 and "ptrace" in err:
        report.skip(f"Qt's German translation at run time (strace cannot trace here: {err[:80]})")
        return
    report.check(
        status == 0 and bool(inside),
        "German: Qt's qtbase_de.qm is loaded from the bundle",
        f"status {status}, opened {opened or 'none'}",
    )


def check_libraries(dist: Path, report: Report) -> None:
    """ldd finds every library of every shared object, with the bundle's library path."""
    ldd = shutil.which("ldd") if sys.platform.startswith("linux") else None
    if ldd is None:
        report.skip("shared libraries resolve (needs Linux and ldd)")
        return
    inner = dist / "_internal"
    env = dict(os.environ, LD_LIBRARY_PATH=str(inner))
    objects = [
        path
        for path in dist.rglob("*")
        if path.is_file() and not path.is_symlink() and (".so" in path.name or path.parent == dist)
    ]
    unresolved: set[str] = set()
    checked = 0
    for path in objects:
        with open(path, "rb") as file:
            if file.read(4) != b"\x7fELF":
                continue
        checked += 1
        _status, out, _err = run([ldd, str(path)], env)
        for line in out.splitlines():
            if "not found" in line:
                unresolved.add(f"{line.split()[0]} (for {path.relative_to(dist)})")
    report.check(
        not unresolved,
        f"ldd: the {checked} shared objects find all their libraries",
        "; ".join(sorted(unresolved)[:10]),
    )


def pdf_fonts(pdf: Path) -> list[tuple[str, bool]] | None:
    """(font name, embedded) for each font of ``pdf``; None when neither pypdf nor pdffonts is."""
    try:
        from pypdf import PdfReader
    except ImportError:
        return pdffonts(pdf)
    fonts: dict[str, bool] = {}

    def visit(resources: object) -> None:
        resources = resolve(resources)
        if not isinstance(resources, dict):
            return
        for font in resolve(resources.get("/Font", {})).values():
            font = resolve(font)
            name = str(font.get("/BaseFont", font.get("/Name", "?")))
            fonts[name] = fonts.get(name, True) and font_embedded(font)
        for xobject in resolve(resources.get("/XObject", {})).values():
            xobject = resolve(xobject)
            if xobject.get("/Subtype") == "/Form" and "/Resources" in xobject:
                visit(xobject["/Resources"])

    for page in PdfReader(pdf).pages:
        visit(page.get("/Resources"))
    return sorted(fonts.items())


def resolve(value: object) -> Any:
    """A pypdf object, with an indirect reference followed."""
    get_object = getattr(value, "get_object", None)
    return get_object() if get_object is not None else value


def font_embedded(font: dict) -> bool:
    if font.get("/Subtype") == "/Type3":
        return True  # its glyphs are drawings inside the PDF
    if font.get("/Subtype") == "/Type0":
        font = resolve(resolve(font["/DescendantFonts"])[0])
    descriptor = resolve(font.get("/FontDescriptor"))
    if descriptor is None:
        return False  # one of the 14 standard fonts, taken from the reader
    return any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))


def pdffonts(pdf: Path) -> list[tuple[str, bool]] | None:
    tool = shutil.which("pdffonts")
    if tool is None:
        return None
    out = subprocess.run([tool, str(pdf)], capture_output=True, text=True, check=True).stdout
    header, *rows = out.splitlines()
    start = header.index("emb")
    return [(row.split()[0], row[start : start + 3].strip() == "yes") for row in rows[1:]]


def check_poster(exe: Path, dist: Path, env: dict[str, str], work: Path, report: Report) -> None:
    examples = sorted(dist.rglob(EXAMPLE))
    if not report.check(bool(examples), f"the example {EXAMPLE} is bundled"):
        return
    pdf = work / "eva-pizza.pdf"
    start = time.monotonic()
    status, out, err = run([str(exe), "poster", str(examples[0]), "-o", str(pdf)], env)
    seconds = time.monotonic() - start
    written = pdf.is_file() and pdf.read_bytes()[:5] == b"%PDF-"
    if not report.check(
        status == 0 and written,
        f"'journeydesk poster' exports the bundled example ({seconds:.1f} s)",
        f"status {status} {last_lines(out + err)}",
    ):
        return
    fonts = pdf_fonts(pdf)
    if fonts is None:
        report.skip("the poster's fonts are embedded (needs pypdf or pdffonts)")
        return
    loose = [name for name, embedded in fonts if not embedded]
    report.check(
        bool(fonts) and not loose,
        f"the poster ({pdf.stat().st_size / 1e3:.0f} kB) embeds all its {len(fonts)} fonts",
        f"not embedded: {', '.join(loose)}" if loose else "no fonts found",
    )


# The window


@contextmanager
def x_display(report: Report) -> Iterator[str | None]:
    """The X display to use: $DISPLAY, else a private Xvfb; None (with the reason) when neither."""
    if os.environ.get("DISPLAY"):
        yield os.environ["DISPLAY"]
        return
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        report.skip("the app's window: no DISPLAY and Xvfb is not installed (apt-get install xvfb)")
        yield None
        return
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        [xvfb, "-displayfd", str(write_end), "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    try:
        number = read_line(read_end, timeout=20.0)
        if number is None:
            report.fail("Xvfb did not start within 20 seconds")
            yield None
        else:
            print(f"info  started Xvfb on :{number}")
            yield f":{number}"
    finally:
        os.close(read_end)
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()


def read_line(fd: int, timeout: float) -> str | None:
    os.set_blocking(fd, False)
    deadline = time.monotonic() + timeout
    text = b""
    while time.monotonic() < deadline:
        try:
            chunk = os.read(fd, 16)
        except BlockingIOError:
            time.sleep(0.05)
            continue
        if not chunk:
            return None
        text += chunk
        if text.endswith(b"\n"):
            return text.decode().strip()
    return None


def find_window(app: subprocess.Popen[bytes], env: dict[str, str], timeout: float) -> int | None:
    """The id of a visible window of class JourneyDesk (of process ``app``, with xdotool)."""
    deadline = time.monotonic() + timeout
    xdotool = shutil.which("xdotool")
    pid = app.pid
    while time.monotonic() < deadline and app.poll() is None:
        if xdotool:
            command = [xdotool, "search", "--onlyvisible", "--pid", str(pid)]
            _status, out, _err = run([*command, "--class", WINDOW_CLASS], env, timeout=10)
            ids = [int(word) for word in out.split()]
        else:
            _status, out, _err = run(["xwininfo", "-root", "-tree"], env, timeout=10)
            ids = [
                int(line.split()[0], 16)
                for line in out.splitlines()
                if f'"{WINDOW_CLASS}")' in line and viewable(line.split()[0], env)
            ]
        if ids:
            return ids[0]
        time.sleep(0.2)
    return None


def viewable(window: str, env: dict[str, str]) -> bool:
    return "IsViewable" in run(["xwininfo", "-id", window], env, timeout=10)[1]


def window_name(window: int, env: dict[str, str]) -> str:
    if shutil.which("xdotool"):
        return run(["xdotool", "getwindowname", str(window)], env, timeout=10)[1].strip()
    out = run(["xwininfo", "-id", str(window)], env, timeout=10)[1]
    match = re.search(r'"(.*)"', out)
    return match.group(1) if match else "?"


def ask_to_close(window: int, display: str) -> bool:
    """Send WM_DELETE_WINDOW, as a window manager does when the close button is clicked."""
    name = ctypes.util.find_library("X11")
    if name is None:
        return False
    x11 = ctypes.CDLL(name)
    x11.XOpenDisplay.restype = ctypes.c_void_p
    x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
    x11.XInternAtom.restype = ctypes.c_ulong
    x11.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
    x11.XSendEvent.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_long]
    x11.XSendEvent.argtypes += [ctypes.c_void_p]
    x11.XFlush.argtypes = x11.XCloseDisplay.argtypes = [ctypes.c_void_p]

    class ClientMessage(ctypes.Structure):
        _fields_ = [  # XClientMessageEvent
            ("type", ctypes.c_int),
            ("serial", ctypes.c_ulong),
            ("send_event", ctypes.c_int),
            ("display", ctypes.c_void_p),
            ("window", ctypes.c_ulong),
            ("message_type", ctypes.c_ulong),
            ("format", ctypes.c_int),
            ("data", ctypes.c_long * 5),
        ]

    class Event(ctypes.Union):
        _fields_ = [("xclient", ClientMessage), ("pad", ctypes.c_long * 24)]  # XEvent

    connection = x11.XOpenDisplay(display.encode())
    if not connection:
        return False
    try:
        event = Event()
        event.xclient.type = 33  # ClientMessage
        event.xclient.window = window
        event.xclient.message_type = x11.XInternAtom(connection, b"WM_PROTOCOLS", 0)
        event.xclient.format = 32
        event.xclient.data[0] = x11.XInternAtom(connection, b"WM_DELETE_WINDOW", 0)
        event.xclient.data[1] = 0  # CurrentTime
        sent = x11.XSendEvent(connection, window, 0, 0, ctypes.byref(event))
        x11.XFlush(connection)
        return bool(sent)
    finally:
        x11.XCloseDisplay(connection)


def check_window(exe: Path, display: str, env: dict[str, str], work: Path, report: Report) -> None:
    """``exe`` shows the example in a window, which closes cleanly when asked to."""
    folder = work / exe.name
    folder.mkdir()
    project = folder / EXAMPLE  # a copy: opening a map writes a lock file beside it
    shutil.copy2(next(exe.parent.rglob(EXAMPLE)), project)
    env = dict(env, DISPLAY=display, QT_QPA_PLATFORM="xcb")
    env.pop("WAYLAND_DISPLAY", None)
    log = folder / "stderr.txt"
    start = time.monotonic()
    with open(log, "w", encoding="utf-8") as stderr:
        app = subprocess.Popen(
            [str(exe), str(project)], env=env, stdout=subprocess.DEVNULL, stderr=stderr
        )
    try:
        window = find_window(app, env, WINDOW_TIMEOUT)
        shown = time.monotonic() - start
        if not report.check(
            window is not None,
            f"'{exe.name} {EXAMPLE}' shows a window of class {WINDOW_CLASS} ({shown:.1f} s)",
            f"none (exit status {app.poll()}, timeout {WINDOW_TIMEOUT:.0f} s) "
            + last_lines(log.read_text(encoding="utf-8", errors="replace")),
        ):
            return
        assert window is not None
        print(f"info  window title: {window_name(window, env)}")
        if not ask_to_close(window, display):
            report.fail("the window could not be asked to close (libX11 not found)")
            return
        try:
            status = app.wait(timeout=CLOSE_TIMEOUT)
        except subprocess.TimeoutExpired:
            report.fail(f"{exe.name} did not quit within {CLOSE_TIMEOUT:.0f} s of closing")
            return
        lock_left = [path.name for path in folder.glob(".~lock.*")]
        report.check(
            status == 0 and not lock_left,
            f"{exe.name} closes cleanly (exit status 0, its lock file removed)",
            f"exit status {status}, left {lock_left} "
            + last_lines(log.read_text(encoding="utf-8", errors="replace")),
        )
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()
    errors = log.read_text(encoding="utf-8", errors="replace").strip()
    if errors:
        print(f"info  {exe.name} wrote to stderr: {last_lines(errors, 12)}")


def check_windows(dist: Path, env: dict[str, str], work: Path, report: Report) -> None:
    if not sys.platform.startswith("linux"):
        report.skip("the app's window (checked under X11 on Linux)")
        return
    if shutil.which("xdotool") is None and shutil.which("xwininfo") is None:
        report.skip("the app's window: neither xdotool nor xwininfo is installed")
        return
    with x_display(report) as display:
        if display is not None:
            for name in EXECUTABLES:
                check_window(dist / f"{name}{EXE_SUFFIX}", display, env, work, report)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Check a frozen JourneyDesk built by 'make dist', as a user would run it."
    )
    parser.add_argument("--dist", type=Path, default=DEFAULT_DIST, help="the built folder")
    parser.add_argument(
        "--skip-if-missing",
        action="store_true",
        help="exit 0 (after saying why) when the folder is not built",
    )
    parser.add_argument("--no-window", action="store_true", help="skip the window check")
    args = parser.parse_args(argv)
    dist = args.dist.resolve()
    exe = dist / f"journeydesk{EXE_SUFFIX}"
    if not exe.is_file():
        print(f"{exe} is not built (run 'make dist').")
        return 0 if args.skip_if_missing else 1
    report = Report()
    report_size(dist)
    with tempfile.TemporaryDirectory(prefix="journeydesk-smoke-") as temp:
        work = Path(temp)
        env = isolated_environment(work / "home")
        check_folder(dist, report)
        check_version(exe, env, report)
        check_qt_translation(exe, env, report)
        check_libraries(dist, report)
        check_poster(exe, dist, env, work, report)
        if args.no_window:
            report.skip("the app's window (--no-window)")
        else:
            check_windows(dist, env, work, report)
    if report.failures:
        print(f"\n{len(report.failures)} check(s) failed.")
        return 1
    print("\nThe frozen build passed.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
