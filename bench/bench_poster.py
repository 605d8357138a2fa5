"""Poster export of a 2,400-card map (12 lanes x 40 stages x 5 cards).

Run: .venv/bin/python bench/bench_poster.py

Prints time, file size, page count and Python heap peak for one A0 sheet and for A4 tiles
with overlap, and beside them one sheet cut into A4 tiles by `pdfposter` when it is on the
PATH (pip install pdfposter; it needs pypdf 5, so give it its own venv). Goals: tiled A4
under 2 s and under 2 MB, at least 5x faster than one sheet followed by pdfposter.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

from pypdf import PdfReader

from journeydesk.model.sample import generate_project
from journeydesk.poster.export import PosterRequest, make_poster
from journeydesk.poster.papers import MM
from journeydesk.poster.plan import PosterSize


def timed(action: Callable[[], object]) -> tuple[float, float]:
    """Seconds taken by ``action()``, and the Python heap peak in MB of a second run.

    The peak is measured apart: tracing allocations slows Python down several times.
    """
    start = time.perf_counter()
    action()
    seconds = time.perf_counter() - start
    tracemalloc.start()
    action()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return seconds, peak / 1024 / 1024


def pdfposter_command() -> str | None:
    """The pdfposter tool, beside this Python or on the PATH."""
    beside = Path(sys.executable).with_name("pdfposter")
    return str(beside) if beside.exists() else shutil.which("pdfposter")


def main() -> None:
    """Export the map three ways and print a table."""
    project = generate_project(stages=40, lanes=12, per_cell=5, emotion_lane=False, seed=4)
    journey = project.journeys[0]
    tiles = PosterRequest(paper="a4", size=PosterSize(scale=1.0), overlap=10 * MM)
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        for label, request, name in (
            ("one A0 sheet", PosterRequest(paper="a0"), "a0.pdf"),
            ("A4 tiles, 10 mm overlap, 100%", tiles, "tiles.pdf"),
        ):
            seconds, peak = timed(
                lambda r=request, n=name: make_poster(project, journey, r, out / n)
            )
            rows.append((label, seconds, out / name, peak))
        tiled_seconds = rows[1][1]
        tool = pdfposter_command()
        if tool is not None:
            # The same poster size as one big page, then cut into A4 by pdfposter.
            big = PosterRequest(paper="a4", size=PosterSize(scale=1.0), overlap=0, margin=0)
            one_page = out / "one.pdf"
            layout_seconds, peak = timed(lambda: _one_page(project, journey, big, one_page))
            start = time.perf_counter()
            subprocess.run(
                [tool, "-m", "a4", "-s", "1", str(one_page), str(out / "pdfposter.pdf")],
                check=True,
                capture_output=True,
            )
            rows.append(
                (
                    "one sheet + pdfposter to A4",
                    layout_seconds + time.perf_counter() - start,
                    out / "pdfposter.pdf",
                    peak,
                )
            )
        print(
            f"Poster of {len(journey.cards):,} cards ({len(journey.lanes)} lanes x "
            f"{len(journey.stages)} stages)"
        )
        print(f"{'export':<32}{'time':>9}{'size':>10}{'pages':>7}{'heap peak':>11}")
        for label, seconds, path, peak in rows:
            size = path.stat().st_size / 1024 / 1024
            pages = len(PdfReader(path).pages)
            print(f"{label:<32}{seconds:>8.2f}s{size:>8.2f}MB{pages:>7}{peak:>9.0f}MB")
        tiled_size = rows[1][2].stat().st_size / 1024 / 1024
        print(
            f"goal: tiled A4 under 2 s: {'PASS' if tiled_seconds < 2 else 'MISS'}; "
            f"under 2 MB: {'PASS' if tiled_size < 2 else 'MISS'}"
        )
        if tool is None:
            print("pdfposter is not installed (pip install pdfposter): no comparison")
        else:
            ratio = rows[2][1] / tiled_seconds
            print(
                f"goal: 5x faster than one sheet + pdfposter: {ratio:.1f}x "
                f"{'PASS' if ratio >= 5 else 'MISS'}"
            )


def _one_page(project: object, journey: object, request: PosterRequest, path: Path) -> None:
    """The whole poster at its tiled size on one page (what pdfposter then cuts up)."""
    from journeydesk.poster.export import prepare
    from journeydesk.poster.painter import PosterOptions, export_poster
    from journeydesk.poster.papers import Paper
    from journeydesk.poster.plan import plan_single

    layout, content = prepare(project, journey)  # type: ignore[arg-type]
    page = Paper("poster", "Poster", content.width, content.height)
    plan = plan_single(content.width, content.height, page, margin=0)
    export_poster(journey, layout, content, plan, path, PosterOptions())  # type: ignore[arg-type]


if __name__ == "__main__":
    main()
