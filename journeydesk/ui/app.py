"""Starting the desktop application."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QLoggingCategory, QPoint, Qt, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

import journeydesk
from journeydesk.resources import resource_path
from journeydesk.ui.clipboard import release_clipboard
from journeydesk.ui.crash import CrashReporter
from journeydesk.ui.file_open import FileOpener
from journeydesk.ui.main_window import MainWindow
from journeydesk.ui.recovery_offer import offer_recovery
from journeydesk.ui.settings import Settings
from journeydesk.ui.translations import chosen_language, install_translations
from journeydesk.ui.windows import open_windows

#: Qt's font matcher reports "OpenType support missing for ..., script 11" (as info, which Qt
#: prints) each time the typing font tries a font of our chain that lacks a script (Noto Sans
#: for Devanagari) before the one that has it: harmless, and printed on every keystroke.
#: QT_LOGGING_RULES still turns it back on.
QUIET_LOGGING = "qt.text.font.db.info=false\nqt.text.font.db.warning=false"
#: Set (to any value), Qt paints without its pool of threads (``paint_in_one_thread``).
NO_PAINT_THREADS = "QT_NO_GUI_THREADPOOL"


def paint_in_one_thread() -> None:
    """Have Qt paint without its thread pool; call before the QApplication exists.

    Qt's raster engine cuts every fill taller than about a hundred pixels into bands, hands
    them to a pool of threads and waits for them. A frame of a map is hundreds of such fills
    (lanes, cards, sketches, scroll bars), and handing each band over and back cost more than
    painting it, most of all in the frame after a zoom: at 5,000 cards a Ctrl+wheel step took
    8.1 ms rather than 11.7 (the slowest 17.5 rather than 25.7), a wheel scroll at 100% 7.0
    rather than 10.0 (bench_canvas, on two processors).
    """
    os.environ.setdefault(NO_PAINT_THREADS, "1")  # Qt reads it set, whatever its value


def create_application(argv: list[str] | None = None) -> QApplication:
    """Return the running QApplication, creating and naming it if needed."""
    paint_in_one_thread()
    QLoggingCategory.setFilterRules(QUIET_LOGGING)
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("JourneyDesk")
    app.setOrganizationName("JourneyDesk")
    # The version is read from the installed package's metadata, which takes longer to load
    # than a map's first paint needs: once the event loop runs.
    QTimer.singleShot(0, lambda: app.setApplicationVersion(journeydesk.__version__))
    app.setDesktopFileName("io.github.journeydesk.journeydesk")
    install_translations(chosen_language(Settings.shared().language))
    icon = resource_path("icons", "journeydesk.svg")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def create_main_window(path: Path | None = None) -> MainWindow:
    """Return a main window with the user's settings, showing ``path`` if given."""
    window = MainWindow(Settings.shared())
    if path is not None:
        window.open_path(path)
    return window


def run_app(path: Path | None = None) -> int:
    """Run JourneyDesk until its last window closes; return the exit code.

    Unexpected errors are shown as a sentence (after writing recovery copies), and maps a
    crash left unsaved are offered back at start.
    """
    app = create_application()
    CrashReporter(write_recovery_copies).install()
    if sys.platform == "darwin":  # maps opened from the Finder (only macOS sends them)
        # (An application's event filter sees every event of every object: only where needed.)
        app.installEventFilter(FileOpener(_app_window, app))
    window = _app_window()
    window.show()  # first, so that any question about the file has its window behind it
    window.raise_()
    if path is not None:
        window.open_path(path)
    offer_recovery(window, _app_window)
    app.aboutToQuit.connect(release_clipboard)
    return app.exec()


def _app_window(path: Path | None = None) -> MainWindow:
    others = open_windows()
    window = create_main_window(path)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # closing frees its map
    if others:  # cascade, so that no window hides another
        window.move(others[-1].pos() + QPoint(40, 40))
    return window


def write_recovery_copies() -> int:
    """Write a recovery copy of every map with unsaved changes now; return how many."""
    return sum(1 for window in open_windows() if window.autosaver.write_now())
