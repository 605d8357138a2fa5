"""Several processes save different projects to one file while others read it.

Every save must succeed, every read must see one whole version (byte for byte one of the
versions being saved), and no temporary file may be left behind. tests/model/
test_concurrent_saves.py runs a small round of this; run it bigger by hand:

    .venv/bin/python tools/concurrent_saves.py --savers 8 --saves 500 --readers 4

Prints: concurrent saves tried: N, failed: 0; reads: M, failed: 0; stray temporary files: 0.
"""

from __future__ import annotations

import argparse
import multiprocessing
import sys
import tempfile
import time
from dataclasses import dataclass, field
from multiprocessing.queues import Queue
from multiprocessing.synchronize import Event
from pathlib import Path

from journeydesk.model.errors import ProjectFileError
from journeydesk.model.project import Project
from journeydesk.model.sample import generate_project
from journeydesk.model.storage import (
    TEMP_SUFFIX,
    parse_project,
    project_to_bytes,
    read_project_file,
    save_project,
)


@dataclass
class Figures:
    """What a round of concurrent saves and reads did."""

    saves: int = 0
    saves_failed: int = 0
    reads: int = 0
    reads_failed: int = 0
    stray: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def report(self) -> str:
        """The figures as one line."""
        return (
            f"concurrent saves tried: {self.saves:,}, failed: {self.saves_failed}; "
            f"reads: {self.reads:,}, failed: {self.reads_failed}; "
            f"stray temporary files: {len(self.stray)}; {self.seconds:.1f} s"
        )


def version(index: int, cards: int) -> Project:
    """The project that saver ``index`` writes: each saver's differs from the others'."""
    project = generate_project(stages=10, lanes=5, cards=cards, seed=index)
    project.title = f"Saver {index}"
    return project


def _saver(path: str, index: int, saves: int, cards: int, results: Queue) -> None:
    project = version(index, cards)
    failed, problems = 0, []
    for _ in range(saves):
        try:
            save_project(project, path)
        except Exception as error:  # counted and reported, whatever it is
            failed += 1
            problems.append(f"saver {index}: {type(error).__name__}: {error}")
    results.put(("save", saves, failed, problems[:3]))


def _reader(path: str, savers: int, cards: int, stop: Event, results: Queue) -> None:
    expected = {project_to_bytes(version(i, cards)) for i in range(savers)}
    reads, failed, problems = 0, 0, []
    while not stop.is_set() or reads == 0:
        reads += 1
        try:
            data = read_project_file(path)
            parse_project(data)
        except Exception as error:  # counted and reported, whatever it is
            failed += 1
            problems.append(f"reader: {type(error).__name__}: {error}")
            continue
        if data not in expected:
            failed += 1
            problems.append(f"reader: a file of {len(data):,} bytes that no saver wrote")
    results.put(("read", reads, failed, problems[:3]))


def run(
    folder: Path, savers: int = 8, saves: int = 50, readers: int = 2, cards: int = 50
) -> Figures:
    """Run ``savers`` processes of ``saves`` saves each and ``readers`` readers on one file."""
    context = multiprocessing.get_context("spawn")  # as on Windows and macOS: no shared state
    path = folder / "shared.journey"
    save_project(version(0, cards), path)
    results: Queue = context.Queue()
    stop = context.Event()
    start = time.perf_counter()
    reading = [
        context.Process(target=_reader, args=(str(path), savers, cards, stop, results))
        for _ in range(readers)
    ]
    saving = [
        context.Process(target=_saver, args=(str(path), i, saves, cards, results))
        for i in range(savers)
    ]
    for process in reading + saving:
        process.start()
    figures = Figures()
    for _ in saving:
        _add(figures, results.get(timeout=600))
    stop.set()
    for _ in reading:
        _add(figures, results.get(timeout=600))
    for process in reading + saving:
        process.join(timeout=60)
        if process.exitcode != 0:
            figures.problems.append(f"a process ended with status {process.exitcode}")
    figures.seconds = time.perf_counter() - start
    figures.stray = sorted(p.name for p in folder.iterdir() if p.name.endswith(TEMP_SUFFIX))
    try:
        parse_project(read_project_file(path))
    except ProjectFileError as error:
        figures.problems.append(f"the file left at the end does not load: {error}")
    return figures


def _add(figures: Figures, result: tuple[str, int, int, list[str]]) -> None:
    kind, count, failed, problems = result
    if kind == "save":
        figures.saves += count
        figures.saves_failed += failed
    else:
        figures.reads += count
        figures.reads_failed += failed
    figures.problems += problems


def main() -> int:
    """Run a round with the sizes given on the command line and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--savers", type=int, default=8)
    parser.add_argument("--saves", type=int, default=500, help="saves per saver")
    parser.add_argument("--readers", type=int, default=4)
    parser.add_argument("--cards", type=int, default=200, help="cards in each version")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        figures = run(Path(folder), args.savers, args.saves, args.readers, args.cards)
    print(figures.report())
    for problem in figures.problems[:10]:
        print(f"  {problem}")
    clean = not (figures.saves_failed or figures.reads_failed or figures.stray or figures.problems)
    return 0 if clean else 1


if __name__ == "__main__":
    sys.exit(main())
