"""Load and save times of a 5,000-card project, beside plain json of the same bytes.

Run: .venv/bin/python bench/bench_storage.py
Goals on this machine: save (with fsync) under 100 ms, load under 60 ms, judged on the median.
"""

from __future__ import annotations

import json
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from journeydesk.model.sample import generate_project
from journeydesk.model.storage import load_project, save_project

RUNS = 15
GOALS = {"save": 100.0, "load": 60.0}
LABEL_WIDTH = 40


def timings_ms(action: Callable[[], object]) -> list[float]:
    """The times of RUNS runs of ``action`` (after one warm-up run), in milliseconds."""
    action()
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return times


def main() -> None:
    """Generate the project, time each operation and print a table."""
    project = generate_project(stages=50, lanes=10, cards=5000, seed=2)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.journey"
        save_project(project, path)
        data = path.read_bytes()
        raw = json.loads(data)
        rows = (
            ("save_project (atomic, with fsync)", "save", lambda: save_project(project, path)),
            ("load_project (parse and validate)", "load", lambda: load_project(path)),
            ("json.dumps(indent=2) of the same data", "", lambda: json.dumps(raw, indent=2)),
            ("json.loads of the same bytes", "", lambda: json.loads(data)),
        )
        figures = [(label, goal, timings_ms(action)) for label, goal, action in rows]
    print(
        f"{project.card_count():,}-card project, {len(data):,} bytes "
        f"({len(data) / 1024 / 1024:.2f} MiB) on disk; {RUNS} runs each"
    )
    print(f"{'operation':<{LABEL_WIDTH}}{'median':>9}{'min':>9}{'goal':>9}  verdict")
    for label, key, times in figures:
        median = statistics.median(times)
        goal = GOALS.get(key)
        goal_text = f"< {goal:.0f}ms" if goal else ""
        verdict = ("PASS" if median < goal else "MISS") if goal else ""
        times_text = f"{median:>7.1f}ms{min(times):>7.1f}ms"
        print(f"{label:<{LABEL_WIDTH}}{times_text}{goal_text:>9}  {verdict}".rstrip())


if __name__ == "__main__":
    main()
