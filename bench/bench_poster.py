"""Poster export of a 2,400-card map (12 lanes x 40 stages x 5 cards).

Run: .venv/bin/python bench/bench_poster.py [--samples 5] [--cold 3]

For one A0 sheet, for A4 tiles with overlap, and for the same tiles without the assembly
guide, it prints:

- cold: the first export in a fresh Python process (median of ``--cold`` processes),
  after the imports and the map are ready: the bundled fonts are read and registered and
  the shaping caches are empty (what `journeydesk poster` does, and the app's first export).
- warm: the median of ``--samples`` more exports in one process (min and max beside it):
  fonts loaded and the map's lines already shaped, as when exporting again from the app.
- file size, page count, and the Python heap peak of one more export (traced apart:
  tracing allocations slows Python down several times).

Beside them, one sheet cut into A4 tiles by `pdfposter` when it is on the PATH (pip install
pdfposter; it needs pypdf 5, so give it its own venv). Goals: tiled A4 under 2 s warm and
under 2 MB; at least 5x faster than one sheet followed by pdfposter; the assembly guide adds
under 10% to the tiled poster's bytes and warm time.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from pypdf import PdfReader

from journeydesk.model.project import Journey, Project
from journeydesk.model.sample import generate_project
from journeydesk.poster.export import PosterRequest, make_poster
from journeydesk.poster.painter import PosterOptions
from journeydesk.poster.papers import MM
from journeydesk.poster.plan import PosterSize

TILES = PosterRequest(paper="a4", size=PosterSize(scale=1.0), overlap=10 * MM)
#: Each export measured: its label and request.
EXPORTS: dict[str, PosterRequest] = {
    "one A0 sheet": PosterRequest(paper="a0"),
    "A4 tiles, 10 mm overlap, 100%": TILES,
    "  the same without the guide": replace(TILES, options=PosterOptions(guide=False)),
}


@dataclass
class Row:
    """One export's figures."""

    label: str
    cold: list[float]
    warm: list[float]
    path: Path
    peak: float

    @property
    def median(self) -> float:
        """The warm median in seconds."""
        return statistics.median(self.warm)


def the_map() -> tuple[Project, Journey]:
    """The benchmark's project and its map."""
    project = generate_project(stages=40, lanes=12, per_cell=5, emotion_lane=False, seed=4)
    return project, project.journeys[0]


def seconds(action: Callable[[], object]) -> float:
    """Seconds taken by ``action()``."""
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def heap_peak(action: Callable[[], object]) -> float:
    """The Python heap peak of ``action()`` in MB."""
    tracemalloc.start()
    action()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / 1024 / 1024


def cold_seconds(label: str, path: Path) -> float:
    """The first export of ``label`` in a fresh process (see the module's docstring)."""
    command = [sys.executable, __file__, "--cold-one", label, str(path)]
    return float(subprocess.run(command, capture_output=True, text=True, check=True).stdout)


def pdfposter_command() -> str | None:
    """The pdfposter tool, beside this Python or on the PATH."""
    beside = Path(sys.executable).with_name("pdfposter")
    return str(beside) if beside.exists() else shutil.which("pdfposter")


def measure(count: int, cold_count: int, out: Path) -> list[Row]:
    """Every export of EXPORTS, then pdfposter's if it is installed.

    The samples of the different exports take turns, so that a change in the machine's
    load (other programs) weighs on all of them alike.
    """
    project, journey = the_map()
    paths = {label: out / f"export{i}.pdf" for i, label in enumerate(EXPORTS)}
    actions: dict[str, Callable[[], object]] = {
        label: lambda r=request, p=paths[label]: make_poster(project, journey, r, p)
        for label, request in EXPORTS.items()
    }
    tool = pdfposter_command()
    if tool is not None:
        # The same poster size as one big page, then cut into A4 by pdfposter.
        big = PosterRequest(paper="a4", size=PosterSize(scale=1.0), overlap=0, margin=0)
        one_page = out / "one.pdf"
        label = "one sheet + pdfposter to A4"
        paths[label] = out / "pdfposter.pdf"

        def both() -> None:
            _one_page(project, journey, big, one_page)
            command = [tool, "-m", "a4", "-s", "1", str(one_page), str(paths[label])]
            subprocess.run(command, check=True, capture_output=True)

        actions[label] = both
    cold: dict[str, list[float]] = {label: [] for label in actions}
    for _ in range(cold_count):
        for label in EXPORTS:
            cold[label].append(cold_seconds(label, paths[label]))
    for action in actions.values():
        action()  # fonts and shaping warm, whatever the order of the exports
    warm: dict[str, list[float]] = {label: [] for label in actions}
    for _ in range(count):
        for label, action in actions.items():
            warm[label].append(seconds(action))
    return [
        Row(label, cold[label], warm[label], paths[label], heap_peak(action))
        for label, action in actions.items()
    ]


def report(rows: list[Row], count: int, cold_count: int) -> None:
    """The table and the goals."""
    _project, journey = the_map()
    print(
        f"Poster of {len(journey.cards):,} cards ({len(journey.lanes)} lanes x "
        f"{len(journey.stages)} stages); cold: median of {cold_count} fresh processes; "
        f"warm: median of {count} exports in one (min-max)"
    )
    print(f"{'export':<32}{'cold':>8}{'warm':>8}{'min-max':>13}{'size':>10}{'pages':>7}{'heap':>8}")
    for row in rows:
        cold = f"{statistics.median(row.cold):.2f}s" if row.cold else "-"
        spread = f"{min(row.warm):.2f}-{max(row.warm):.2f}"
        size = row.path.stat().st_size / 1024 / 1024
        pages = len(PdfReader(row.path).pages)
        print(
            f"{row.label:<32}{cold:>8}{row.median:>7.2f}s{spread:>13}{size:>8.2f}MB"
            f"{pages:>7}{row.peak:>6.0f}MB"
        )
    tiled, plain = rows[1], rows[2]
    size = tiled.path.stat().st_size / 1024 / 1024
    verdict = {True: "PASS", False: "MISS"}
    print(
        f"goal: tiled A4 under 2 s warm: {verdict[tiled.median < 2]}; "
        f"under 2 MB: {verdict[size < 2]}"
    )
    more_bytes = tiled.path.stat().st_size / plain.path.stat().st_size - 1
    more_time = tiled.median / plain.median - 1
    print(
        f"goal: the guide adds under 10%: bytes +{100 * more_bytes:.1f}%, "
        f"time {100 * more_time:+.1f}% {verdict[more_bytes < 0.1 and more_time < 0.1]}"
    )
    if len(rows) < 4:
        print("pdfposter is not installed (pip install pdfposter): no comparison")
    else:
        ratio = rows[3].median / tiled.median
        print(f"goal: 5x faster than one sheet + pdfposter: {ratio:.1f}x {verdict[ratio >= 5]}")


def main() -> None:
    """Measure the exports and print a table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--samples", type=int, default=5, help="warm exports of each kind")
    parser.add_argument("--cold", type=int, default=3, help="fresh processes for each kind")
    parser.add_argument("--cold-one", nargs=2, metavar=("LABEL", "PATH"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.cold_one:  # the child process of cold_seconds()
        label, path = args.cold_one
        project, journey = the_map()
        start = time.perf_counter()
        make_poster(project, journey, EXPORTS[label], Path(path))
        print(time.perf_counter() - start)
        return
    with tempfile.TemporaryDirectory() as folder:
        report(measure(args.samples, args.cold, Path(folder)), args.samples, args.cold)


def _one_page(project: Project, journey: Journey, request: PosterRequest, path: Path) -> None:
    """The whole poster at its tiled size on one page (what pdfposter then cuts up)."""
    from journeydesk.poster.export import prepare
    from journeydesk.poster.painter import export_poster
    from journeydesk.poster.papers import Paper
    from journeydesk.poster.plan import plan_single

    layout, content = prepare(project, journey)
    page = Paper("poster", "Poster", content.width, content.height)
    plan = plan_single(content.width, content.height, page, margin=0)
    export_poster(journey, layout, content, plan, path, PosterOptions())


if __name__ == "__main__":
    main()
