"""Card sheets: every card once, as a note of the chosen size, its text readable and whole."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest

from journeydesk.cli import main
from journeydesk.model.project import Card
from journeydesk.model.storage import load_project, save_project
from journeydesk.model.templates import TEMPLATES
from journeydesk.poster.card_sheets import export_card_sheets, lay_out_card_sheets
from journeydesk.poster.papers import MM, paper
from journeydesk.resources import example_path


def texts_of(path: Path) -> list[str]:
    document = pdfium.PdfDocument(path)
    try:
        return [page.get_textpage().get_text_range() for page in document]
    finally:
        document.close()


def test_every_card_prints_once_six_to_an_a4_page(tmp_path: Path) -> None:
    journey = load_project(example_path()).journeys[0]
    sheets = lay_out_card_sheets(journey, "a4", "76x76")
    assert [len(page) for page in sheets.pages[:-1]] == [6] * (len(sheets.pages) - 1)
    assert sum(len(page) for page in sheets.pages) == len(journey.cards)
    a4 = paper("a4")
    for page in sheets.pages:
        for card in page:
            assert card.width == pytest.approx(76 * MM) and card.height == pytest.approx(76 * MM)
            assert card.x >= 10 * MM and card.x + card.width <= a4.width - 10 * MM + 1e-6
            assert card.y >= 10 * MM and card.y + card.height <= a4.height - 10 * MM + 1e-6
            assert card.size >= 9
    path = tmp_path / "cards.pdf"
    export_card_sheets(sheets, path, journey.title)
    text = "".join(texts_of(path)).replace("\r\n", " ").replace("\n", " ")
    squeezed = " ".join(text.split())
    for card in journey.cards:
        assert " ".join(card.text.split()) in squeezed, card.text


def test_a_card_too_long_even_in_9_points_is_cut_and_named() -> None:
    project = TEMPLATES["classic"].create_project("Long")
    journey = project.journeys[0]
    journey.cards.append(
        Card(lane_id=journey.lanes[0].id, stage_id=journey.stages[0].id, text="word " * 400)
    )
    sheets = lay_out_card_sheets(journey, "letter", "76x76")
    (card,) = sheets.pages[0]
    assert card.size == 9 and card.lines[-1].text.endswith("…")
    (note,) = sheets.notes
    assert "1 card did not fit a 76x76 mm note" in note and "'word word" in note


def test_the_command_prints_card_sheets_and_refuses_unknown_sizes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "map.journey"
    save_project(load_project(example_path()), source)
    out = tmp_path / "cards.pdf"
    assert main(["poster", str(source), "-o", str(out), "--card-sheets", "76x127"]) == 0
    assert "cards as 76x127 mm notes on" in capsys.readouterr().out
    assert len(texts_of(out)) >= 2
    assert main(["poster", str(source), "-o", str(out), "--card-sheets", "3x5in"]) == 1
    assert "no note size '3x5in'" in capsys.readouterr().err
