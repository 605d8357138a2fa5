"""Eight processes save different projects to one file, 50 times each, while two others read
it: every save succeeds, every read sees one whole version, and no temporary file is left.

The harness is tools/concurrent_saves.py, which runs bigger rounds by hand.
"""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def test_concurrent_saves_and_reads_of_one_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # On sys.path, so that the spawned processes can import the harness too.
    monkeypatch.syspath_prepend(str(REPO / "tools"))
    import concurrent_saves

    figures = concurrent_saves.run(tmp_path, savers=8, saves=50, readers=2, cards=30)
    print(f"\n{figures.report()}")
    assert figures.problems == []
    assert figures.saves == 400
    assert figures.saves_failed == 0
    assert figures.reads > 0
    assert figures.reads_failed == 0
    assert figures.stray == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["shared.journey"]
