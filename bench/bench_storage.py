"""Load and save times of a 5,000-card project, beside plain json of the same bytes; then the
time and peak memory to refuse (or load) hostile files of about 60 MB.

Run: .venv/bin/python bench/bench_storage.py [--hostile-only | --no-hostile]
Goals on this machine: save (with fsync) under 100 ms, load under 60 ms, judged on the median;
each hostile file refused in under a second with a peak under 300 MB (whole process).
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

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
    """Run the timings of a real project and the hostile-file figures."""
    if "--hostile-only" not in sys.argv:
        real_project()
    if "--no-hostile" not in sys.argv:
        hostile_files()


def real_project() -> None:
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
