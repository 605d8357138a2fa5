"""Export Poster: the map's current or future state printed below it, ticked in the dialog."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from journeydesk.model.storage import save_project
from journeydesk.resources import example_path
from journeydesk.ui.dialogs.export_poster import ExportPosterDialog
from journeydesk.ui.main_window import MainWindow
from journeydesk.ui.settings import Settings
from tests.poster.helpers import FUTURE_TITLE, NEW_CARD, project_with_future_state
from tests.ui import test_export_poster
from tests.ui.helpers import shown_window

#: A first poster is on A4 whatever the test machine's territory.
a4_paper = test_export_poster.a4_paper


@pytest.fixture
def both_path(tmp_path: Path) -> Path:
    path = tmp_path / "both.journey"
    save_project(project_with_future_state(), path)
    return path


@pytest.fixture
def window(qtbot: QtBot, both_path: Path) -> Iterator[MainWindow]:
    yield from shown_window(qtbot, both_path)


def dialog_for(window: MainWindow, qtbot: QtBot) -> ExportPosterDialog:
    scene = window.map_tabs.current_view().journey_scene
    dialog = ExportPosterDialog(scene, window.settings, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


@pytest.fixture
def pdf(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, answers: dict[str, list]) -> Path:
    """Where the export goes: the file dialog answers with it, "Open it now?" with Close."""
    chosen = str(tmp_path / "both")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (chosen, ""))
    answers["replies"].append(QMessageBox.StandardButton.Close)
    return tmp_path / "both.pdf"


def test_ticking_the_box_prints_the_future_state_below_the_map(
    window: MainWindow, qtbot: QtBot, pdf: Path
) -> None:
    dialog = dialog_for(window, qtbot)
    box = dialog.compare
    assert box.text() == "Print the future state below it"
    assert box.isEnabled() and not box.isChecked()
    qtbot.mouseClick(dialog.single, Qt.MouseButton.LeftButton)
    dialog.paper.setCurrentIndex(dialog.paper.findData("a0"))
    alone_height = dialog.plan.poster_height
    before = dialog.preview.grab().toImage()
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    assert box.isChecked()
    assert [section.journey.title for section in dialog.content.maps] == [
        "Dinner at Forno Verde",
        FUTURE_TITLE,
    ]
    assert dialog.plan.poster_height > alone_height
    assert dialog.preview.grab().toImage() != before  # the preview shows the second map
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    text = " ".join(PdfReader(pdf).pages[0].extract_text().split())
    assert f"Compared with the future state: {FUTURE_TITLE}" in text and NEW_CARD in text
    assert Settings.load().poster["compared"] is True
    again = dialog_for(window, qtbot)
    assert again.compare.isChecked() and len(again.content.maps) == 2


def test_the_future_state_offers_its_current_state(window: MainWindow, qtbot: QtBot) -> None:
    window.map_tabs.show_journey(window.document.project.journeys[1].id)
    dialog = dialog_for(window, qtbot)
    assert dialog.compare.text() == "Print the current state below it"
    qtbot.mouseClick(dialog.compare, Qt.MouseButton.LeftButton)
    heading = dialog.content.maps[1].heading
    assert heading is not None and heading.lines[0].text.startswith(
        "Compared with the current state"
    )


def test_a_map_without_a_compared_state_disables_the_box(qtbot: QtBot) -> None:
    for lone in shown_window(qtbot, example_path()):
        dialog = dialog_for(lone, qtbot)
        assert not dialog.compare.isEnabled()
        assert "no current or future state" in dialog.compare.toolTip()
        qtbot.mouseClick(dialog.compare, Qt.MouseButton.LeftButton)
        assert not dialog.compare.isChecked() and not dialog.request().with_compared
        assert len(dialog.content.maps) == 1
