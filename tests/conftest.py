"""Test configuration: two GUI lanes, and settings that never touch the real user folders.

The suite runs in one of two lanes, chosen by ``JOURNEYDESK_TEST_LANE`` before Qt starts:

- ``offscreen`` (the default): Qt draws into memory; every test but ``tests/display`` runs.
- ``display``: Qt runs on a real X server (a private ``Xvfb`` started here), with a real pointer
  position, focus and X11 key bindings; only ``tests/display`` runs. Without ``Xvfb`` those
  tests are skipped with the reason.

``make test`` runs both lanes, one after the other.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests import xserver

LANE = os.environ.get("JOURNEYDESK_TEST_LANE", "offscreen")
DISPLAY_TESTS = Path(__file__).parent / "display"

# The suite reads English whatever the machine's language: Qt and the command line take the
# user's language from these when they start.
os.environ["LANGUAGE"] = "en"
os.environ["LC_ALL"] = os.environ["LANG"] = "C.UTF-8"

# Qt paints without its pool of threads, as the app has it (journeydesk.ui.app).
os.environ.setdefault("QT_NO_GUI_THREADPOOL", "1")

if LANE == "display":
    # Qt reads these when the QApplication is created, after this file is imported.
    xserver.start_for_tests()
else:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"


def pytest_report_header() -> list[str]:
    """Say which lane runs, and on which X server."""
    if LANE != "display":
        return ["GUI lane: offscreen (QT_QPA_PLATFORM=offscreen)"]
    if xserver.skip_reason:
        return [f"GUI lane: real display, skipped: {xserver.skip_reason}"]
    return [f"GUI lane: real display on X server {os.environ.get('DISPLAY')} (xcb)"]


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Keep each test in its lane; skip the display lane when no X server can start."""
    kept, dropped = [], []
    for item in items:
        in_display_folder = DISPLAY_TESTS in Path(str(item.path)).parents
        (kept if in_display_folder == (LANE == "display") else dropped).append(item)
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = kept
    if LANE == "display" and xserver.skip_reason:
        for item in items:
            item.add_marker(pytest.mark.skip(reason=xserver.skip_reason))


def pytest_unconfigure(config: pytest.Config) -> None:
    """Stop the X server this session started."""
    xserver.stop()


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Point JourneyDesk's settings and data folders at fresh temporary folders for every test."""
    folder = tmp_path_factory.mktemp("config")
    monkeypatch.setenv("JOURNEYDESK_CONFIG_DIR", str(folder))
    monkeypatch.setenv("JOURNEYDESK_DATA_DIR", str(tmp_path_factory.mktemp("data")))
    monkeypatch.setenv("JOURNEYDESK_DOCUMENTS_DIR", str(tmp_path_factory.mktemp("documents")))
    return folder
