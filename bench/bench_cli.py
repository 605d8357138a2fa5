"""Start-up of the command line: `journeydesk --version` and `journeydesk info FILE`.

Run: .venv/bin/python bench/bench_cli.py [--rounds 10]

Each command runs in a fresh process (the `journeydesk` script beside this Python, as a
user types it), beside `python -c pass` (the interpreter alone) and `python -c "import
journeydesk.model.project"` (the interpreter and the document model, which `info` needs to
read a file). The commands take turns, round after round, so that a change in the machine's
load weighs on all alike; a first round (which writes the compiled modules, if need be, and
reads the files) is not counted. Medians, min and max are printed.

Goal: each command under 3x `python -c pass` plus the model's import (the model's process
less the bare interpreter), with no Qt, ReportLab, Pillow or text shaping imported.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from journeydesk.resources import example_path

PYTHON = sys.executable
SCRIPT = str(Path(PYTHON).with_name("journeydesk"))
#: What each run costs: label and command.
COMMANDS = {
    "python -c pass": [PYTHON, "-c", "pass"],
    "python -c 'import journeydesk.model.project'": [
        PYTHON,
        "-c",
        "import journeydesk.model.project",
    ],
    "journeydesk --version": [SCRIPT, "--version"],
    "journeydesk info FILE": [SCRIPT, "info", str(example_path())],
}
#: The environment of the runs: compiled modules are written and reused, as once installed.
ENVIRONMENT = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
#: Modules the two commands must not load (the first part of the name).
HEAVY = ("PySide6", "shiboken6", "reportlab", "PIL", "uharfbuzz", "journeydesk.layout")


def seconds(command: list[str]) -> float:
    """Wall-clock seconds of one run of ``command`` (which must succeed)."""
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, env=ENVIRONMENT)
    return time.perf_counter() - start


def heavy_imports(argv: list[str]) -> list[str]:
    """The HEAVY modules ``journeydesk ARGV`` loads."""
    code = (
        "import sys\nfrom journeydesk.cli import main\n"
        f"try:\n    main({argv!r})\nexcept SystemExit:\n    pass\n"
        "print('\\n'.join(sys.modules), file=sys.stderr)"
    )
    result = subprocess.run([PYTHON, "-c", code], capture_output=True, text=True, check=True)
    loaded = result.stderr.split()
    return sorted({m for m in loaded if any(m == h or m.startswith(h + ".") for h in HEAVY)})


def main() -> None:
    """Time the commands and print a table with the goal."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=10, help="runs of each command")
    rounds = parser.parse_args().rounds
    times: dict[str, list[float]] = {label: [] for label in COMMANDS}
    for round_ in range(rounds + 1):
        for label, command in COMMANDS.items():
            taken = seconds(command)
            if round_:  # the first round warms the caches
                times[label].append(taken)
    median = {label: statistics.median(samples) for label, samples in times.items()}
    bare = median["python -c pass"]
    model = median["python -c 'import journeydesk.model.project'"] - bare
    goal = 3 * bare + model
    print(f"Median of {rounds} runs each, in fresh processes (ms)")
    print(f"{'command':<48}{'median':>8}{'min-max':>13}{'x pass':>8}")
    for label, samples in times.items():
        spread = f"{1000 * min(samples):.0f}-{1000 * max(samples):.0f}"
        ratio = median[label] / bare
        print(f"{label:<48}{1000 * median[label]:>8.0f}{spread:>13}{ratio:>7.1f}x")
    print(f"goal: under 3 x {1000 * bare:.0f} + {1000 * model:.0f} (the model) = {1000 * goal:.0f}")
    for label, argv in (
        ("journeydesk --version", ["--version"]),
        ("journeydesk info FILE", ["info", str(example_path())]),
    ):
        heavy = heavy_imports(argv)
        verdict = "PASS" if median[label] < goal and not heavy else "MISS"
        share = median[label] / goal
        print(
            f"  {label}: {1000 * median[label]:.0f} ms, {share:.0%} of the goal; "
            f"heavy imports: {', '.join(heavy) or 'none'} {verdict}"
        )


if __name__ == "__main__":
    main()
