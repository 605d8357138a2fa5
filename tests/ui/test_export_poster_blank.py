"""Export Poster's blank wall template, and posters never taking the canvas's text size."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from journeydesk.layout.style import Style, TextSize
from journeydesk.ui.main_window import MainWindow
from tests.ui import test_export_poster
from tests.ui.test_export_poster import dialog_for

#: The main window on the bundled example (the fixture of the poster dialog's tests).
window = test_export_poster.window
#: A first poster is on A4 whatever the test machine's territory.
a4_paper = test_export_poster.a4_paper


def pdf_text(path: Path) -> str:
    document = pdfium.PdfDocument(path)
    try:
        return "".join(page.get_textpage().get_text_range() for page in document)
    finally:
        document.close()


def test_a_blank_wall_template_prints_headers_at_full_size(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = dialog_for(window, qtbot)
    qtbot.mouseClick(dialog.tiled, Qt.MouseButton.LeftButton)
    assert not dialog.note.isEnabled()
    dialog.blank.setChecked(True)
    assert dialog.note.isEnabled() and not dialog.size_value.isEnabled()
    assert not dialog.compare.isEnabled()
    dialog.note.setCurrentIndex(dialog.note.findData("76x127"))
    dialog.per_cell.setValue(2)
    assert dialog.plan is not None and dialog.plan.scale == 1.0
    assert " sheets of A4, " in dialog.summary.text()
    target = tmp_path / "wall.pdf"
    assert dialog.write(target)
    text = pdf_text(target)
    journey = window.document.project.journeys[0]
    assert all(stage.title in text for stage in journey.stages)
    assert not any(card.text in text for card in journey.cards)  # the cells are empty
    dialog.blank.setChecked(False)  # back to the map, cards and all
    assert dialog.plan is not None and dialog.content.maps[0].journey.cards


def test_the_poster_keeps_its_own_style_whatever_the_canvas_text_size(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.view_options.set_text_size(TextSize.EXTRA_LARGE)
    assert window.map_tabs.current_view().journey_scene.map_style != Style()
    dialog = dialog_for(window, qtbot)
    assert dialog.map_layout.style == Style()
    assert dialog.content.maps[0].layout.style == Style()


def test_card_sheets_print_every_card_as_a_note_to_cut_out(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = dialog_for(window, qtbot)
    dialog.card_sheets.setChecked(True)
    assert not dialog.blank.isEnabled() and dialog.note.isEnabled()
    journey = window.document.project.journeys[0]
    assert dialog.summary.text().startswith(f"{len(journey.cards)} cards as 76 x 76 mm notes on ")
    assert dialog.buttons.button(dialog.buttons.StandardButton.Save).isEnabled()
    image = dialog.preview.grab().toImage()  # the first page is drawn, not the poster
    assert not image.isNull()
    target = tmp_path / "cards.pdf"
    assert dialog.write(target)
    text = " ".join(pdf_text(target).split())
    assert all(" ".join(card.text.split()) in text for card in journey.cards)
    dialog.card_sheets.setChecked(False)  # back to the poster
    assert dialog.plan is not None and dialog.summary.text() == dialog.plan.summary()
