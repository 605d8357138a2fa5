"""Load and save times of 5,000- and 20,000-card projects beside plain json of the same bytes,
and the app's own Ctrl+S beside ``save_project``; then the time and peak memory to refuse (or
load) hostile files of about 60 MB.

Run: .venv/bin/python bench/bench_storage.py [--hostile-only | --no-hostile] [--runs N]
Goals on this machine, judged on medians measured in the same run (the machine is shared, so
ratios say more than times):
- load_project at most 2x json.loads of the same bytes (beside it, the floor under any load
  through pydantic: json.loads, then the cards made plain models, with no rule);
- Ctrl+S (the window's Save, as the menu and the shortcut call it, after an edit) at most 1.5x
  save_project of the same project;
- 20,000 cards: load under 250 ms, Ctrl+S under 200 ms;
- each hostile file refused in under a second with a peak under 300 MB (whole process).
"""

from __future__ import annotations

import gc
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ConfigDict, TypeAdapter

from journeydesk.model.project import Project
from journeydesk.model.sample import generate_project
from journeydesk.model.storage import load_project, save_project

if TYPE_CHECKING:
    from PySide6.QtGui import QUndoCommand

SIZES = (5_000, 20_000)
RATIO_GOALS = {"load": 2.0, "ctrl_s": 1.5}
LARGE_GOALS_MS = {"load": 250.0, "ctrl_s": 200.0}  # for 20,000 cards
LABEL_WIDTH = 44
#: The edits timed before Ctrl+S, by key: what each changes.
EDITS = {
    "title": "a title edit",
    "text": "a card's text edit",
    "move": "a card moved",
    "add": "a card added",
}


class PlainCard(BaseModel):
    """A card as a plain pydantic model: the fields of a card, no limit, pattern or rule."""

    model_config = ConfigDict(extra="allow", strict=True)

    id: str
    lane_id: str
    stage_id: str
    order: int = 0
    text: str = ""
    colour: str | None = None
    tags: list[str] = []
    votes: int = 0
    owner: str = ""
    notes: str = ""


_PLAIN_CARDS = TypeAdapter(list[PlainCard])


def plain_cards(data: bytes) -> list[PlainCard]:
    """The floor under a load through pydantic: parse, then make every card a plain model,
    with the cycle collector paused as load_project pauses it."""
    gc.disable()
    try:
        raw = json.loads(data)
        return _PLAIN_CARDS.validate_python([c for j in raw["journeys"] for c in j["cards"]])
    finally:
        gc.enable()


def runs() -> int:
    """The number of timed runs of each operation (``--runs N``, default 15)."""
    if "--runs" in sys.argv:
        return int(sys.argv[sys.argv.index("--runs") + 1])
    return 15


def paired_timings_ms(
    first: Callable[[], object],
    second: Callable[[], object],
    prepare_second: Callable[[], object] | None = None,
) -> tuple[list[float], list[float]]:
    """The times of runs of ``first`` and ``second`` taken in turn, in milliseconds.

    Taken in turn, the two see the same load of a shared machine, so their ratio holds even
    when the times swing. One warm-up run each; ``prepare_second`` runs before each run of
    ``second``, untimed.
    """
    times: tuple[list[float], list[float]] = ([], [])
    for run in range(runs() + 1):
        for action, kept in ((first, times[0]), (second, times[1])):
            if action is second and prepare_second is not None:
                prepare_second()
            start = time.perf_counter()
            action()
            if run:
                kept.append((time.perf_counter() - start) * 1000)
    return times


def main() -> None:
    """Run the timings of real projects and the hostile-file figures."""
    if "--hostile-only" not in sys.argv:
        with isolated_settings():
            for cards in SIZES:
                real_project(cards)
    if "--no-hostile" not in sys.argv:
        hostile_files()


@contextmanager
def isolated_settings() -> Iterator[None]:
    """Keep the app's settings, recovery copies and documents in a temporary folder."""
    with tempfile.TemporaryDirectory() as folder:
        for name in ("CONFIG", "DATA", "DOCUMENTS"):
            os.environ[f"JOURNEYDESK_{name}_DIR"] = str(Path(folder) / name.lower())
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        yield


def real_project(cards: int) -> None:
    """Generate a project of ``cards`` cards, time each operation and print a table."""
    project = generate_project(stages=50, lanes=10, cards=cards, seed=2)
    assert project.card_count() == cards
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.journey"
        save_project(project, path)
        data = path.read_bytes()
        json_loads, load = paired_timings_ms(lambda: json.loads(data), lambda: load_project(path))
        floor_loads, floor = paired_timings_ms(lambda: json.loads(data), lambda: plain_cards(data))
        saves = ctrl_s_timings(project, path)
        check_saved(path, project)
    rows = {
        "json_loads": ("json.loads of the same bytes", json_loads),
        "load": ("load_project (read, parse, validate)", load),
        "floor_loads": ("json.loads again", floor_loads),
        "floor": ("json.loads, then plain pydantic cards", floor),
    }
    for edit, (save, ctrl_s) in saves.items():
        rows[f"save {edit}"] = ("save_project (atomic, with fsync)", save)
        rows[f"ctrl_s {edit}"] = (f"Ctrl+S after {EDITS[edit]}", ctrl_s)
    medians = {key: statistics.median(times) for key, (_, times) in rows.items()}
    print(
        f"\n{cards:,}-card project, {len(data):,} bytes ({len(data) / 2**20:.2f} MiB) on disk; "
        f"{runs()} runs each after a warm-up, each pair compared taken in turn"
    )
    print(f"{'operation':<{LABEL_WIDTH}}{'median':>9}{'min':>9}{'max':>9}")
    for label, times in rows.values():
        print(f"{label:<{LABEL_WIDTH}}{medians_text(times)}")
    verdicts = [
        ("load / json.loads", medians["load"] / medians["json_loads"], RATIO_GOALS["load"], "x")
    ]
    floor_ratio = medians["floor"] / medians["floor_loads"]
    print(f"{'floor: plain pydantic cards / json.loads':<{LABEL_WIDTH}}{floor_ratio:>8.2f}x")
    for edit in EDITS:
        ratio = medians[f"ctrl_s {edit}"] / medians[f"save {edit}"]
        verdicts.append((f"Ctrl+S / save_project, {edit}", ratio, RATIO_GOALS["ctrl_s"], "x"))
    if cards >= 20_000:
        verdicts.append(("load_project", medians["load"], LARGE_GOALS_MS["load"], "ms"))
        slowest = max(medians[f"ctrl_s {edit}"] for edit in EDITS)
        verdicts.append(("Ctrl+S, slowest edit", slowest, LARGE_GOALS_MS["ctrl_s"], "ms"))
    for label, value, goal, unit in verdicts:
        figure = f"{value:.2f}x" if unit == "x" else f"{value:.0f} ms"
        goal_text = f"{goal:.1f}x" if unit == "x" else f"{goal:.0f} ms"
        verdict = "PASS" if value <= goal else "MISS"
        print(f"{label:<{LABEL_WIDTH}}{figure:>9}  (goal <= {goal_text})  {verdict}")


def medians_text(times: list[float]) -> str:
    """Median, min and max of ``times``, aligned."""
    return f"{statistics.median(times):>7.1f}ms{min(times):>7.1f}ms{max(times):>7.1f}ms"


def ctrl_s_timings(project: Project, path: Path) -> dict[str, tuple[list[float], list[float]]]:
    """By kind of edit (``EDITS``), the times of ``save_project`` (to a file beside ``path``)
    and of the app's Save of ``path`` after such an edit, taken in turn.

    The window opens ``path`` as the app does; before each Save an undo command (untimed)
    makes the edit, so that Save has something to write; then the slot that the Save action
    and Ctrl+S trigger is called, and must report a save. What Save checks follows the edit:
    adding a card checks the rules of its whole map again. Cards are deleted first (untimed,
    as many as are added), so that a map at the limit of cards can take the new ones.
    """
    from PySide6.QtWidgets import QApplication

    from journeydesk.model.project import Card
    from journeydesk.ui.app import create_main_window
    from journeydesk.ui.command_base import SetProjectInfoCommand
    from journeydesk.ui.commands import (
        AddCardsCommand,
        EditCardCommand,
        MoveCardsCommand,
        RemoveCardsCommand,
    )

    app = QApplication.instance() or QApplication([])
    window = create_main_window(path)
    document = window.document
    assert document is not None and document.path == path.resolve()
    journey = document.project.journeys[0]
    card = journey.cards[len(journey.cards) // 2]
    cells = [(lane.id, stage.id) for lane in journey.lanes[:2] for stage in journey.stages[:1]]
    beside = path.with_name("save_project.journey")
    edits = iter(range(1_000_000))

    def title() -> QUndoCommand:
        return SetProjectInfoCommand(document, f"Bench {next(edits)}", "")

    def text() -> QUndoCommand:
        return EditCardCommand(document, journey.id, card.id, {"text": f"Bench {next(edits)}"})

    def move() -> QUndoCommand:
        return MoveCardsCommand(document, journey.id, [card.id], cells[next(edits) % 2], 0)

    def room() -> None:
        spare = [c.id for c in journey.cards[-(runs() + 1) :]]
        document.undo_stack.push(RemoveCardsCommand(document, journey.id, spare))
        save()

    def add() -> QUndoCommand:
        new = Card(lane_id=cells[0][0], stage_id=cells[0][1], text=f"Bench {next(edits)}")
        return AddCardsCommand(document, journey.id, [(new, 0)])

    def save() -> None:
        assert window.save()

    timings = {}
    try:
        for edit, command in (("title", title), ("text", text), ("move", move), ("add", add)):
            if edit == "add":
                room()

            def prepare(command: Callable[[], QUndoCommand] = command) -> None:
                document.undo_stack.push(command())
                assert document.is_modified()
                app.processEvents()

            timings[edit] = paired_timings_ms(lambda: save_project(project, beside), save, prepare)
        return timings
    finally:
        document.undo_stack.setClean()
        window.close()
        window.deleteLater()
        app.processEvents()


def check_saved(path: Path, project: Project) -> None:
    """The file the app saved loads again, with every card and the last title."""
    loaded = load_project(path)
    assert loaded.card_count() == project.card_count()
    assert loaded.title == f"Bench {runs()}"


HOSTILE_MB = 60
HOSTILE_GOALS = {"ms": 1000.0, "mb": 300.0}
_HEAD = (
    b'{"format": "journeydesk", "schema_version": 1, "journeys": [{"id": "j", '
    b'"stages": [{"id": "s"}], "lanes": [{"id": "l"}], "cards": ['
)
_TAIL = b"]}]}"
_EXTRA = _HEAD + b'{"id": "c", "lane_id": "l", "stage_id": "s"}]}], "x_unknown": '

# Loads a file in a fresh interpreter and prints JSON: time, peak RSS, and the outcome.
_CHILD = """
import json, resource, sys, time, tracemalloc
from journeydesk.model.errors import ProjectLoadError
from journeydesk.model.storage import load_project
def peak_rss():
    # VmHWM is this process's own peak; ru_maxrss on Linux keeps the parent's across exec.
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    scale = 1 if sys.platform == "darwin" else 1024  # ru_maxrss: bytes on macOS, else KiB
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale
base = peak_rss()
if sys.argv[2] == "traced":
    tracemalloc.start()
start = time.perf_counter()
try:
    load_project(sys.argv[1])
    outcome = "loaded"
except ProjectLoadError as error:
    outcome = str(error)
elapsed = time.perf_counter() - start
peak = peak_rss()
traced = tracemalloc.get_traced_memory()[1] if sys.argv[2] == "traced" else 0
print(json.dumps({"ms": elapsed * 1000, "peak": peak, "base": base, "traced": traced,
                  "outcome": outcome}))
"""


def hostile_cases(size: int) -> dict[str, Callable[[], bytes]]:
    """Builders of files of about ``size`` bytes made to cost time or memory, by content."""
    fill = size - 300
    card = b'{"id":"c","lane_id":"l","stage_id":"s","text":"'
    long_card = b'{"id":"c%d","lane_id":"l","stage_id":"s","text":"' + b"a," * 4_990 + b'"}'
    return {
        "3,000,000 tiny cards": lambda: _HEAD + b",".join([b'{"id":"c"}'] * 3_000_000) + _TAIL,
        "20 million empty cards {}": lambda: _HEAD + b"{}," * (fill // 3) + b"{}" + _TAIL,
        "30 million zeros in a list": lambda: _EXTRA + b"[" + b"0," * (fill // 2) + b"0]}",
        "30 million nested brackets": lambda: (
            _EXTRA + b"[" * (fill // 2) + b"]" * (fill // 2) + b"}"
        ),
        "15 million short texts": lambda: _EXTRA + b"[" + b'"a",' * (fill // 4) + b'"a"]}',
        "one 60 MB card text": lambda: _HEAD + card + b"x" * fill + b'"}' + _TAIL,
        "one 60 MB unknown text (loads)": lambda: _EXTRA + b'"' + b"x" * fill + b'"}',
        "333,000 objects, just under the value limit (loads)": lambda: (
            _EXTRA + b"[" + b",".join([b'{"a":"bcdefghij"}'] * 333_000) + b"]}"
        ),
        "6,000 cards of 10,000 characters, commas (loads)": lambda: (
            _HEAD + b",".join(long_card % n for n in range(6_000)) + _TAIL
        ),
    }


def _run_child(path: Path, mode: str) -> dict[str, Any]:
    result = subprocess.run(
        [sys.executable, "-c", _CHILD, str(path), mode],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    return json.loads(result.stdout)


def hostile_files() -> None:
    """Print the time and peak memory of loading each hostile file in a fresh process."""
    print(
        f"\nHostile files of about {HOSTILE_MB} MB, each loaded in a fresh process "
        "(peak: whole process, VmHWM or getrusage; Python: tracemalloc peak, in a second run)"
    )
    print(f"{'file':<52}{'size':>8}{'time':>9}{'peak':>9}{'Python':>9}  outcome")
    worst_ms = worst_mb = base_mb = 0.0
    with tempfile.TemporaryDirectory() as folder:
        for label, build in hostile_cases(HOSTILE_MB * 1024 * 1024).items():
            path = Path(folder) / "hostile.journey"
            data = build()
            path.write_bytes(data)
            size_mb = len(data) / 2**20
            del data
            plain = _run_child(path, "plain")
            traced = _run_child(path, "traced")
            peak_mb, base_mb = plain["peak"] / 2**20, plain["base"] / 2**20
            worst_ms, worst_mb = max(worst_ms, plain["ms"]), max(worst_mb, peak_mb)
            outcome = plain["outcome"] if len(plain["outcome"]) <= 60 else plain["outcome"][:59]
            figures = f"{size_mb:>6.1f}MB{plain['ms']:>7.0f}ms{peak_mb:>7.0f}MB"
            print(f"{label:<52}{figures}{traced['traced'] / 2**20:>7.0f}MB  {outcome}")
    passed = worst_ms < HOSTILE_GOALS["ms"] and worst_mb < HOSTILE_GOALS["mb"]
    print(
        f"worst: {worst_ms:.0f} ms (goal < {HOSTILE_GOALS['ms']:.0f}), peak {worst_mb:.0f} MB "
        f"(goal < {HOSTILE_GOALS['mb']:.0f}; the interpreter alone takes {base_mb:.0f} MB)  "
        f"{'PASS' if passed else 'MISS'}"
    )


if __name__ == "__main__":
    main()
