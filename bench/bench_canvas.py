"""Canvas speed on generated maps of 500, 5,000 and 20,000 cards, beside plain Qt.

Run: .venv/bin/python bench/bench_canvas.py [--sizes 500,5000,20000] [--rounds 3]

Every figure is the median of several samples, through Qt's real event paths, repaint
included:

- start: `journeydesk FILE` to the first painted canvas, in a fresh process, beside a bare
  PySide6 window measured the same way, and beside the floor under any start of the map: the
  model's import and the file's load (pydantic), then a bare window of one plain rectangle a
  card. Warm: Python's compiled modules are cached and the
  files were read once (a facilitator's second launch); the first, cold, run is shown apart.
- open: making the document, the scene and the view, to the first paint, in process.
- frames: a 1920x1080 repaint at 100% (several places) and at "Fit Whole Map", beside a
  scene of plain QGraphicsRectItems, one per card, fitted the same way.
- wheel zoom and pan: Ctrl+wheel steps from fit to 400% and back, and wheel scrolls at
  25% and 100%, each event sent to the viewport then painted.
- drag: mouse press, moves and release sent to the viewport; each move with its repaint;
  the drop with the command, the new layout and the repaint.
- edit and undo: a card's text made longer so that its lane grows (through the undo stack,
  as the editor commits), with the repaint; then Ctrl+Z.
- find: a keystroke in the find bar's field (bench_find.py).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench_find import find_keystroke_ms
from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QMouseEvent, QWheelEvent
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsView,
)

from journeydesk.model.sample import generate_project
from journeydesk.model.storage import save_project
from journeydesk.ui.app import paint_in_one_thread
from journeydesk.ui.canvas.view import JourneyView
from journeydesk.ui.commands import EditCardCommand
from journeydesk.ui.document import Document
from journeydesk.ui.map_tabs import MapTabs

#: The environment the bench started in: the bare window and the floor start in it (the app
#: sets what it needs itself, as ``_app`` does for the measures taken in this process).
_STARTED_IN = dict(os.environ)
WIDTH, HEIGHT = 1920, 1080
#: The time between two notches of a wheel turned briskly (about 12 a second).
WHEEL_GAP_MS = 80
# Stages and lanes of each size: the format's cells hold 20,000 cards at most 50 a cell.
SHAPES = {500: (12, 8), 5000: (50, 10), 20000: (50, 12)}

# A fresh interpreter runs the real command line with a hook that reports when the canvas
# of the map first painted, then quits. The hook goes in as ``journeydesk.ui.app`` is
# imported, so that modules are imported in the command's own order.
_CHILD = r"""
import importlib.abc, importlib.machinery, resource, sys, time

def peak_mb():
    # This process's own peak (Linux's ru_maxrss also counts the parent's, from before exec).
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

def watch_first_paint(app_module):
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    create = app_module.create_main_window

    class FirstPaint(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint and not getattr(self, "seen", False):
                self.seen = True
                rss = peak_mb()
                print(f"{rss:.1f} {time.time():.6f}", flush=True)
                QTimer.singleShot(0, QApplication.instance().quit)
            return False

    def create_and_watch(path=None):
        window = create(path)
        watcher = window._bench_watcher = FirstPaint(window)
        def watch(view):
            if view is not None and view.journey_scene.journey.cards:
                view.viewport().installEventFilter(watcher)
        window.map_tabs.current_view_changed.connect(watch)
        watch(window.map_tabs.current_view())
        window.resize(1920, 1080)
        return window

    app_module.create_main_window = create_and_watch

class HookApp(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name != "journeydesk.ui.app":
            return None
        spec = importlib.machinery.PathFinder.find_spec(name, path)
        load = spec.loader.exec_module
        def exec_module(module):
            load(module)
            watch_first_paint(module)
        spec.loader.exec_module = exec_module
        return spec

sys.meta_path.insert(0, HookApp())
from journeydesk.cli import main
sys.exit(main([sys.argv[1]]))
"""

# A bare PySide6 window: the floor under any Qt application's start.
_BARE = r"""
import time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and not getattr(self, "seen", False):
            self.seen = True
            print(f"{time.time():.6f}", flush=True)
            QTimer.singleShot(0, QApplication.instance().quit)
        return False

app = QApplication([])
window = QMainWindow()
central = QWidget()
window.setCentralWidget(central)
watcher = FirstPaint()
central.installEventFilter(watcher)
window.resize(1920, 1080)
window.show()
app.exec()
"""

# The floor under any start of a map: the model loads the file, then a bare window shows one
# plain rectangle a card. No layout, no text, no JourneyDesk window.
_FLOOR = (
    _BARE.replace(
        "app = QApplication([])",
        """from PySide6.QtWidgets import QGraphicsScene, QGraphicsView
from journeydesk.model.storage import load_project
import sys
project = load_project(sys.argv[1])
app = QApplication([])""",
    )
    .replace(
        "central = QWidget()",
        """scene = QGraphicsScene()
for index in range(sum(len(journey.cards) for journey in project.journeys)):
    scene.addRect((index % 60) * 200, (index // 60) * 120, 180, 100)
central = QGraphicsView(scene)""",
    )
    .replace("central.installEventFilter", "central.viewport().installEventFilter")
)


def _child_env(config: Path | None) -> dict[str, str]:
    """The environment of a measured launch: offscreen, with its own settings folder (the
    app remembers windows and files: one size's launches must not steer another's)."""
    env = {**_STARTED_IN, "QT_QPA_PLATFORM": "offscreen"}
    if config is not None:
        env["JOURNEYDESK_CONFIG_DIR"] = str(config)
    return env


def _first_paint_ms(
    arguments: list[str], runs: int, config: Path | None = None
) -> tuple[float, float]:
    """The cold time (first run) and the median warm time, in ms, from process start to the
    first paint the child reports (its last word)."""
    env = _child_env(config)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # a launch after the first has its .pyc files
    times = []
    for _ in range(runs + 1):
        start = time.time()
        done = subprocess.run(
            [sys.executable, *arguments], capture_output=True, text=True, check=True, env=env
        )
        times.append((float(done.stdout.split()[-1]) - start) * 1000)
    return times[0], statistics.median(times[1:])


def _peak_mb(path: Path, config: Path | None = None) -> float:
    """The peak memory (resident, MB) of `journeydesk FILE` at its first paint."""
    env = _child_env(config)
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, str(path)],
        capture_output=True,
        text=True,
        check=True,
        env=env,
    )
    return float(done.stdout.split()[-2])


def _median_ms(action: Callable[[], object], samples: int = 7) -> float:
    times = []
    for _ in range(samples):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def _idle(app: QApplication, milliseconds: float) -> None:
    """Let the event loop run for ``milliseconds``."""
    end = time.perf_counter() + milliseconds / 1000
    while time.perf_counter() < end:
        app.processEvents()


def _app() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        paint_in_one_thread()  # as the app paints
        app = QApplication([])
    return app


def _plain_fit_frame_ms(view: JourneyView) -> float:
    """A 1920x1080 frame of plain rectangle items, one per card, fitted like the map."""
    layout = view.journey_scene.layout
    scene = QGraphicsScene()
    colours: dict[str, QColor] = {}
    for box in layout.cards.values():
        item = QGraphicsRectItem(*layout.card_rect(box.card_id))
        item.setBrush(colours.setdefault(box.colour, QColor(box.colour)))
        scene.addItem(item)
    plain = QGraphicsView(scene)
    plain.setRenderHints(view.renderHints())
    plain.resize(WIDTH, HEIGHT)
    plain.show()
    plain.fitInView(QRectF(0, 0, layout.width, layout.height), Qt.AspectRatioMode.KeepAspectRatio)
    _app().processEvents()
    frame = _median_ms(plain.viewport().repaint)
    plain.hide()
    plain.deleteLater()
    return frame


def _wheel(view: JourneyView, delta: int, modifiers: Qt.KeyboardModifier) -> None:
    viewport = view.viewport()
    centre = QPointF(viewport.width() / 2, viewport.height() / 2)
    event = QWheelEvent(
        centre,
        QPointF(viewport.mapToGlobal(centre.toPoint())),
        QPoint(0, 0),
        QPoint(0, delta),
        Qt.MouseButton.NoButton,
        modifiers,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(viewport, event)
    viewport.repaint()


def _mouse(view: JourneyView, kind: QEvent.Type, point: QPoint, buttons: Qt.MouseButton) -> None:
    viewport = view.viewport()
    left = Qt.MouseButton.LeftButton
    button = left if kind != QEvent.Type.MouseMove else Qt.MouseButton.NoButton
    event = QMouseEvent(
        kind,
        QPointF(point),
        QPointF(viewport.mapToGlobal(point)),
        button,
        buttons,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(viewport, event)


def measure(cards: int, folder: Path, runs: int) -> dict[str, float]:
    """Every figure of one map size, in milliseconds."""
    stages, lanes = SHAPES.get(cards, (50, 10))
    project = generate_project(stages=stages, lanes=lanes, cards=cards, seed=1)
    path = folder / f"map-{cards}.journey"
    save_project(project, path)
    figures: dict[str, float] = {}
    config = folder / f"settings-{cards}"
    launch = ["-c", _CHILD, str(path)]
    figures["start cold"], figures["start"] = _first_paint_ms(launch, runs, config)
    figures["floor"] = _first_paint_ms(["-c", _FLOOR, str(path)], runs)[1]
    figures["peak memory"] = _peak_mb(path, config)
    app = _app()
    start = time.perf_counter()
    document = Document(project)
    tabs = MapTabs()
    tabs.set_document(document)
    tabs.resize(WIDTH, HEIGHT)
    tabs.show()
    app.processEvents()
    figures["open"] = (time.perf_counter() - start) * 1000
    current = tabs.current_view()
    assert current is not None
    # The lanes out of sight are laid out when idle.
    while not current.journey_scene.completion.is_complete():
        app.processEvents()
    figures["complete"] = (time.perf_counter() - start) * 1000
    view: JourneyView = current
    viewport = view.viewport()
    journey = view.journey_scene.journey

    view.set_zoom(1.0)
    bars = (view.horizontalScrollBar(), view.verticalScrollBar())
    frames = []
    for step in range(9):
        bars[0].setValue(bars[0].maximum() * step // 8)
        bars[1].setValue(bars[1].maximum() * (step % 3) // 2)
        app.processEvents()
        frames.append(_median_ms(viewport.repaint, 3))
    figures["frame 100%"] = statistics.median(frames)
    view.zoom_to_fit()
    app.processEvents()
    figures["frame fit"] = _median_ms(viewport.repaint)
    figures["plain fit"] = _plain_fit_frame_ms(view)

    ctrl, none = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.NoModifier
    zooms = []
    # The event loop runs between two notches of the wheel (not timed), as for a hand turning
    # it briskly: what the app does when idle happens there.
    while view.zoom < 4.0:
        zooms.append(_median_ms(lambda: _wheel(view, 120, ctrl), 1))
        _idle(app, WHEEL_GAP_MS)
    while view.zoom > 0.25:
        zooms.append(_median_ms(lambda: _wheel(view, -120, ctrl), 1))
        _idle(app, WHEEL_GAP_MS)
    figures["wheel zoom"] = statistics.median(zooms)
    figures["wheel zoom worst"] = max(zooms)
    for zoom, name in ((0.25, "pan 25%"), (1.0, "pan 100%")):
        view.set_zoom(zoom)
        bars[0].setValue(bars[0].maximum() // 3)
        bars[1].setValue(0)
        app.processEvents()
        pans = []
        for _ in range(12):
            pans.append(_median_ms(lambda: _wheel(view, -120, none), 1))
            _idle(app, WHEEL_GAP_MS)
        figures[name] = statistics.median(pans)

    # Drag the first card of the second stage down and across, then drop it.
    view.set_zoom(1.0)
    bars[0].setValue(0)
    bars[1].setValue(0)
    app.processEvents()
    scene = view.journey_scene
    second = scene.layout.stages[1].stage_id
    card_id = next(c.id for c in journey.cards if c.stage_id == second)
    x, y, w, h = scene.layout.card_rect(card_id)
    press = view.mapFromScene(QPointF(x + w / 2, y + h / 2))
    left, nothing = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
    _mouse(view, QEvent.Type.MouseButtonPress, press, left)
    app.processEvents()
    moves = []
    point = press
    for step in range(1, 61):
        point = press + QPoint(step * 6, (step % 20) * 4)
        moves.append(
            _median_ms(
                lambda p=point: (
                    _mouse(view, QEvent.Type.MouseMove, p, left),
                    viewport.repaint(),
                ),
                1,
            )
        )
    figures["drag move"] = statistics.median(moves)
    undo_count = document.undo_stack.count()
    figures["drop"] = _median_ms(
        lambda: (_mouse(view, QEvent.Type.MouseButtonRelease, point, nothing), viewport.repaint()),
        1,
    )
    assert document.undo_stack.count() == undo_count + 1, "the drag did not move the card"

    # Grow a lane: make the tallest cell's card in view much longer.
    edits, undos = [], []
    visible = view.mapToScene(viewport.rect()).boundingRect()
    shown = [
        b for b in scene.layout.cards.values() if visible.contains(scene.card_scene_rect(b.card_id))
    ]
    for box in shown[:8]:
        card = document.card(box.card_id)
        longer = {"text": card.text + " and a much longer thought" * 12}
        command = EditCardCommand(document, journey.id, box.card_id, longer)
        edits.append(
            _median_ms(lambda c=command: (document.undo_stack.push(c), viewport.repaint()), 1)
        )
        undos.append(_median_ms(lambda: (document.undo_stack.undo(), viewport.repaint()), 1))
    figures["edit"] = statistics.median(edits)
    figures["undo"] = statistics.median(undos)

    timing = find_keystroke_ms(view, edit_between=False)
    figures["find key"] = statistics.median(timing.keystrokes)
    tabs.hide()
    tabs.deleteLater()
    app.processEvents()
    return figures


ROWS = (
    ("start", "journeydesk FILE to first paint (warm)"),
    ("start cold", "   the first, cold launch"),
    ("start ratio", "   x a bare PySide6 window"),
    ("peak memory", "   peak memory then (MB)"),
    ("floor", "the model's load in a bare window"),
    ("floor ratio", "   x a bare PySide6 window"),
    ("open", "open in process, to first paint"),
    ("complete", "   to the whole map laid out (idle)"),
    ("frame 100%", "1920x1080 frame at 100%"),
    ("frame fit", "frame at Fit Whole Map"),
    ("plain fit", "   plain rectangles, same frame"),
    ("fit ratio", "   x plain rectangles"),
    ("wheel zoom", "Ctrl+wheel step, fit to 400%"),
    ("wheel zoom worst", "   the slowest step"),
    ("pan 25%", "wheel scroll at 25%"),
    ("pan 100%", "wheel scroll at 100%"),
    ("drag move", "drag: one move, repainted"),
    ("drop", "drop: command, layout, repaint"),
    ("edit", "edit that grows a lane"),
    ("undo", "undo of that edit"),
    ("find key", "find: one keystroke"),
)


def main() -> None:
    """Measure each size and print one table, figures in milliseconds."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--sizes", default="500,5000,20000")
    parser.add_argument("--rounds", type=int, default=3, help="fresh launches per start")
    options = parser.parse_args()
    sizes = [int(size) for size in options.sizes.split(",")]
    _app()
    bare_cold, bare = _first_paint_ms(["-c", _BARE], options.rounds)
    results = {}
    with tempfile.TemporaryDirectory() as folder:
        for size in sizes:
            figures = measure(size, Path(folder), options.rounds)
            figures["start ratio"] = figures["start"] / bare
            figures["floor ratio"] = figures["floor"] / bare
            figures["fit ratio"] = figures["frame fit"] / figures["plain fit"]
            results[size] = figures
    print(f"bare PySide6 window to first paint: {bare:.0f} ms warm ({bare_cold:.0f} ms cold)")
    print(f"{'measure (ms; ratios x)':<40}" + "".join(f"{size:>10,}" for size in sizes))
    for key, label in ROWS:
        cells = []
        for size in sizes:
            value = results[size][key]
            cells.append(f"{value:>9.2f}x" if "ratio" in key else f"{value:>10.1f}")
        print(f"{label:<40}" + "".join(cells))


if __name__ == "__main__":
    main()
