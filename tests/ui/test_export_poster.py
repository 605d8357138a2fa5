"""File > Export Poster: the summary, the export, cancelling and the remembered options."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox, QProgressDialog
from pytestqt.qtbot import QtBot

from journeydesk.model.storage import save_project
from journeydesk.resources import example_path
from journeydesk.ui import translations
from journeydesk.ui.app import create_main_window
from journeydesk.ui.dialogs.export_poster import ExportPosterDialog
from journeydesk.ui.main_window import MainWindow
from journeydesk.ui.settings import Settings
from tests.poster.helpers import unfinished_project


@pytest.fixture(autouse=True)
def a4_paper(monkeypatch: pytest.MonkeyPatch) -> None:
    """A first poster is on A4 whatever the test machine's territory (C reads as the US)."""
    monkeypatch.setattr(translations, "default_paper", lambda locale=None: "A4")


@pytest.fixture
def window(qtbot: QtBot) -> Iterator[MainWindow]:
    main = create_main_window(example_path())
    main.show()
    qtbot.waitExposed(main)
    yield main
    main.close()
    main.deleteLater()


def dialog_for(window: MainWindow, qtbot: QtBot) -> ExportPosterDialog:
    scene = window.map_tabs.current_view().journey_scene
    dialog = ExportPosterDialog(scene, window.settings, window)
    qtbot.addWidget(dialog)
    return dialog


def test_the_summary_follows_the_choices(window: MainWindow, qtbot: QtBot) -> None:
    dialog = dialog_for(window, qtbot)
    assert dialog.tiled.isChecked() and dialog.paper.currentData() == "a4"
    assert " sheets of A4, " in dialog.summary.text()
    qtbot.mouseClick(dialog.single, Qt.MouseButton.LeftButton)
    dialog.paper.setCurrentIndex(dialog.paper.findData("a0"))
    assert dialog.summary.text().startswith("1 sheet of A0")
    dialog.paper.setCurrentIndex(dialog.paper.findData("a4"))
    qtbot.mouseClick(dialog.tiled, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.single, Qt.MouseButton.LeftButton)
    dialog.paper.setCurrentIndex(dialog.paper.findData("custom"))
    dialog.custom_width.setValue(500)
    dialog.custom_height.setValue(700)
    assert dialog.summary.text().startswith(
        "1 sheet of Custom (70 x 50 cm)"
    )  # turned to suit the map
    qtbot.mouseClick(dialog.tiled, Qt.MouseButton.LeftButton)
    dialog.paper.setCurrentIndex(dialog.paper.findData("a4"))
    dialog.margin.setValue(150)  # nothing fits
    assert dialog.summary.text() == "This poster cannot be made"
    assert "no room" in dialog.notes.text()
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()


def test_a_first_poster_is_on_the_paper_of_the_users_territory(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(translations, "default_paper", lambda locale=None: "Letter")
    dialog = dialog_for(window, qtbot)
    assert dialog.paper.currentData() == "letter"
    assert dialog.paper.currentText().startswith("US Letter (8")
    assert " sheets of US Letter, " in dialog.summary.text()
    window.settings.poster = {"paper": "a3"}  # a paper chosen before wins
    assert dialog_for(window, qtbot).paper.currentData() == "a3"


def test_the_choices_have_names_a_screen_reader_says(window: MainWindow, qtbot: QtBot) -> None:
    dialog = dialog_for(window, qtbot)
    assert dialog.note.currentText() == "76 x 76 mm notes"
    for control in (
        dialog.single,
        dialog.tiled,
        dialog.paper,
        dialog.custom_width,
        dialog.custom_height,
        dialog.orientation,
        dialog.sizing,
        dialog.size_value,
        dialog.margin,
        dialog.overlap,
        dialog.cut_marks,
        dialog.labels,
        dialog.guide,
        dialog.glue,
        dialog.compare,
        dialog.blank,
        dialog.card_sheets,
        dialog.note,
        dialog.per_cell,
        dialog.preview,
    ):
        assert control.accessibleName() and control.accessibleDescription(), control


def test_export_writes_the_pdf_and_remembers_the_options(
    window: MainWindow,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    answers: dict[str, list],
) -> None:
    target = tmp_path / "wall"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    asked = answers["question"]
    answers["replies"].append(QMessageBox.StandardButton.Close)
    dialog = dialog_for(window, qtbot)
    dialog.sizing.setCurrentIndex(dialog.sizing.findData("columns"))
    dialog.size_value.setValue(3)
    dialog.guide.setChecked(False)
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    pdf = tmp_path / "wall.pdf"
    assert pdf.exists()
    assert len(PdfReader(pdf).pages) == len(dialog.plan.sheets)  # no guide page
    assert dialog.plan.columns == 3
    assert "wall.pdf" in asked[0] and "Open it now?" in asked[0]
    remembered = Settings.load().poster
    assert remembered["sizing"] == "columns" and remembered["size"] == 3 and not remembered["guide"]
    again = dialog_for(window, qtbot)
    assert again.sizing.currentData() == "columns" and again.size_value.value() == 3


def test_cancelling_writes_nothing(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QProgressDialog, "wasCanceled", lambda _self: True)
    dialog = dialog_for(window, qtbot)
    target = tmp_path / "cancelled.pdf"
    assert not dialog.write(target)
    assert not target.exists()
    assert list(tmp_path.iterdir()) == []


def test_an_empty_map_cannot_be_exported_and_the_dialog_says_why(
    qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "empty.journey"
    save_project(unfinished_project(), path)
    main = create_main_window(path)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    dialog = dialog_for(main, qtbot)
    assert dialog.summary.text() == "This poster cannot be made"
    assert "nothing to print" in dialog.notes.text()
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()
    main.close()
