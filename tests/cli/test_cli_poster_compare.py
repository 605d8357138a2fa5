"""`journeydesk poster --compare`: the map's current or future state printed below it."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from journeydesk.cli import main
from journeydesk.model.storage import save_project
from journeydesk.poster.export import NOTHING_TO_COMPARE
from journeydesk.resources import example_path
from tests.poster.helpers import FUTURE_TITLE, NEW_CARD, project_with_future_state


@pytest.fixture
def both(tmp_path: Path) -> Path:
    path = tmp_path / "both.journey"
    save_project(project_with_future_state(), path)
    return path


def text_of(pdf: Path) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(pdf).pages).split())


def test_compare_prints_the_future_state_below_the_map(
    both: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "both.pdf"
    assert main(["poster", str(both), "-o", str(out), "--paper", "a0", "--compare"]) == 0
    said = capsys.readouterr().out
    assert said.startswith(f"Wrote {out}: 1 sheet of A0") and "Note:" not in said
    text = text_of(out)
    assert f"Compared with the future state: {FUTURE_TITLE}" in text and NEW_CARD in text


def test_compare_from_the_future_state_prints_the_current_state(both: Path, tmp_path: Path) -> None:
    out = tmp_path / "tiles.pdf"
    args = ["poster", str(both), "-o", str(out), "--tiles", "3", "--journey", FUTURE_TITLE]
    assert main([*args, "--compare"]) == 0
    assert "Compared with the current state: Dinner at Forno Verde" in text_of(out)
    alone = tmp_path / "alone.pdf"
    assert main([*args[:3], str(alone), *args[4:]]) == 0
    assert "Compared with" not in text_of(alone)


def test_compare_without_a_compared_map_says_so_and_prints_the_map(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "alone.pdf"
    assert main(["poster", str(example_path()), "-o", str(out), "--compare"]) == 0
    assert f"Note: {NOTHING_TO_COMPARE}" in capsys.readouterr().out
    assert out.exists() and "Compared with" not in text_of(out)


def test_the_help_explains_compare(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["poster", "--help"])
    help_text = " ".join(capsys.readouterr().out.split())
    assert "--compare print the map's current or future state below it" in help_text
