"""Load and save times of a 5,000-card project, beside plain json of the same bytes.

Run: .venv/bin/python bench/bench_storage.py
Goals on this machine: save (with fsync) under 100 ms, load under 60 ms.
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


def median_ms(action: Callable[[], object]) -> float:
    """The median time of ``action`` over RUNS runs, in milliseconds."""
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    """Generate the project, time each operation and print a table."""
    project = generate_project(stages=50, lanes=10, cards=5000, seed=2)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.journey"
        save_project(project, path)
        data = path.read_bytes()
        raw = json.loads(data)
        figures = {
            "save": median_ms(lambda: save_project(project, path)),
            "load": median_ms(lambda: load_project(path)),
            "json.dumps": median_ms(lambda: json.dumps(raw, indent=2, ensure_ascii=False)),
            "json.loads": median_ms(lambda: json.loads(data)),
        }
    print(f"5,000-card project, {len(data) / 1024 / 1024:.1f} MB on disk, median of {RUNS} runs")
    print(f"{'operation':<36}{'time':>10}{'goal':>10}")
    rows = (
        ("save_project (atomic, with fsync)", "save"),
        ("load_project (parse and validate)", "load"),
        ("json.dumps(indent=2) of the same data", "json.dumps"),
        ("json.loads of the same bytes", "json.loads"),
    )
    for label, key in rows:
        goal = GOALS.get(key)
        verdict = ("PASS" if figures[key] < goal else "MISS") if goal else ""
        goal_text = f"{goal:>8.0f}ms" if goal else ""
        print(f"{label:<36}{figures[key]:>8.1f}ms{goal_text:>10}  {verdict}")


if __name__ == "__main__":
    main()
