"""2,000 damaged files from the mutation fuzzer: each loads (and saves again to an equal
project) or is refused with one ProjectLoadError that reads as a sentence; nothing else.

tools/fuzz_project_files.py runs 20,000 cases or more by hand with other seeds.
"""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("seed", [11, 12])
def test_every_damaged_file_loads_or_gives_a_sentence(
    seed: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.syspath_prepend(str(REPO / "tools"))
    import fuzz_project_files

    figures = fuzz_project_files.run(cases=1_000, seed=seed)
    print(f"\n{figures.report()}")
    assert figures.problems == []
    assert figures.other == 0
    assert figures.loaded + figures.refused == figures.cases == 1_000
    assert len(figures.kinds) == len(fuzz_project_files.MUTATIONS)
    # The mutations are not all fatal: some damaged files are still valid projects.
    assert figures.loaded > 0
    assert figures.refused > figures.loaded
