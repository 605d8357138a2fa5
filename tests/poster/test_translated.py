"""Every word a poster prints goes through translation, and its numbers are the locale's."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium

from journeydesk.model.project import Card
from journeydesk.model.templates import TEMPLATES
from journeydesk.poster.card_sheets import lay_out_card_sheets
from journeydesk.poster.export import PosterRequest, make_poster, plan_poster, prepare_request
from journeydesk.poster.papers import paper
from journeydesk.poster.plan import Orientation, PosterSize, plan_single, plan_tiled
from tests.poster.helpers import bracketed


def test_paper_titles_summaries_and_labels_are_translated_with_local_numbers() -> None:
    with bracketed():
        assert paper("letter").title == "⟦US Letter (8,5 x 11 in)⟧"
        assert paper("roll-44").title == "⟦⟦44-inch⟧ (44 in roll)⟧"
        assert paper("500x700mm").label == "⟦Custom⟧"
        plan = plan_tiled(
            30_000, 2300, paper("a4"), PosterSize(scale=1.0), Orientation.PORTRAIT, title="Map"
        )
        assert plan.summary().startswith(f"⟦{plan.columns} x {plan.rows} sheets of A4, ⟦")
        assert plan.sheets[-1].label == (
            f"⟦Row {plan.rows} · Column {plan.columns} · sheet {len(plan.sheets)} of "
            f"{len(plan.sheets)} · Map⟧"
        )
        assert plan_single(30_000, 2300, paper("a0")).summary().startswith("⟦1 sheet of A0 (⟦")


def test_an_exported_poster_prints_only_translated_words(tmp_path: Path) -> None:
    project = TEMPLATES["classic"].create_project("")
    journey = project.journeys[0]
    journey.title = ""
    request = PosterRequest(size=PosterSize(columns=4, rows=9), with_compared=True)
    with bracketed():
        _, content = prepare_request(project, journey, request)
        plan = plan_poster(project, content, journey, request)
        make_poster(project, journey, request, tmp_path / "p.pdf")
    assert [note[:2] for note in plan.notes] == ["⟦Y", "⟦T"]  # fewer rows; nothing to compare
    assert "⟦⟦4 sheets wide⟧⟧" not in plan.notes[0] and "⟦4 sheets wide⟧" in plan.notes[0]
    document = pdfium.PdfDocument(tmp_path / "p.pdf")
    try:
        guide = document[0].get_textpage().get_text_range()
        sheet = document[1].get_textpage().get_text_range()
    finally:
        document.close()
    assert "⟦Assembly guide: ⟦Journey map⟧⟧" in guide and "⟦Print every sheet" in guide
    assert "⟦Journey map⟧" in guide and "⟦Current state⟧" in guide
    assert "⟦Row 1 · Column 1 · sheet 1 of" in sheet


def test_card_sheet_footers_and_notes_are_translated() -> None:
    project = TEMPLATES["classic"].create_project("Long")
    journey = project.journeys[0]
    journey.stages[0].title = ""
    journey.cards.append(
        Card(
            lane_id=journey.lanes[0].id,
            stage_id=journey.stages[0].id,
            text="word " * 400,
            votes=2,
        )
    )
    with bracketed():
        sheets = lay_out_card_sheets(journey, "a4", "76x76")
    (card,) = sheets.pages[0]
    assert card.footer.text == "⟦Stage⟧ · Actions · ⟦2 votes⟧"
    assert sheets.notes[0].startswith("⟦1 card did not fit a 76x76 mm note")
