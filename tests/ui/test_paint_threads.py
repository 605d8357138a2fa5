"""The app paints in its own thread: Qt's pool of painting threads cost more than it saved.

Each case starts a fresh process (Qt decides once, when it first paints) that fills a tall
image with a see-through colour (as a header's bars far out), which Qt hands to its pool when
it has one, then counts Qt's pool threads.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="counts threads by their names in /proc"
)

FILL = """
import os
from PySide6.QtGui import QColor, QImage, QPainter
{start}
image = QImage(800, 2000, QImage.Format.Format_ARGB32_Premultiplied)
painter = QPainter(image)
painter.fillRect(0, 0, 800, 2000, QColor(32, 48, 64, 128))
painter.end()
names = [open(f"/proc/self/task/{{t}}/comm").read() for t in os.listdir("/proc/self/task")]
print(sum("pooled" in name for name in names))
"""
APP = "from journeydesk.ui.app import create_application\napp = create_application()"
PLAIN = "from PySide6.QtWidgets import QApplication\napp = QApplication([])"


def _pool_threads(start: str) -> int:
    env = {k: v for k, v in os.environ.items() if k != "QT_NO_GUI_THREADPOOL"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    done = subprocess.run(
        [sys.executable, "-c", FILL.format(start=start)],
        capture_output=True,
        text=True,
        check=True,
        env=env,
        timeout=60,
    )
    return int(done.stdout.split()[-1])


def test_qt_alone_paints_a_tall_fill_with_its_pool() -> None:
    assert _pool_threads(PLAIN) > 0  # what the next test would see if the app did nothing


def test_the_app_paints_in_its_own_thread() -> None:
    assert _pool_threads(APP) == 0
