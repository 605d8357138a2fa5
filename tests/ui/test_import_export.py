"""File > Import… and File > Export… in the real window: maps in and out, one undo step."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from journeydesk.convert.registry import format_for, read_file, write_file
from journeydesk.model.project import Card, Persona
from journeydesk.model.templates import TEMPLATES
from journeydesk.ui.main_window import MainWindow
from tests.convert.helpers import journey_content
from tests.ui.helpers import shown_window

Button = QMessageBox.StandardButton


@pytest.fixture
def window(qtbot: QtBot) -> Iterator[MainWindow]:
    yield from shown_window(qtbot, None, None)


@pytest.fixture
def csv_file(tmp_path: Path) -> Path:
    """A spreadsheet of one map with a persona's curve, cards with commas, quotes and 👍🏽."""
    project = TEMPLATES["classic"].create_project("Imported")
    journey = project.journeys[0]
    journey.title = "Checkout, reworked"
    journey.cards += [
        Card(lane_id=journey.lanes[0].id, stage_id=journey.stages[0].id, text='Says "hi", 👍🏽'),
        Card(lane_id=journey.lanes[3].id, stage_id=journey.stages[2].id, text="Line one\nTwo"),
    ]
    journey.emotions = {journey.stages[0].id: 2, journey.stages[2].id: -1}
    project.personas.append(Persona(name="Eva"))
    path = tmp_path / "cards.csv"
    write_file(project, path)
    return path


def choose_file(monkeypatch: pytest.MonkeyPatch, path: Path, saving: bool = False) -> None:
    name = "getSaveFileName" if saving else "getOpenFileName"
    monkeypatch.setattr(QFileDialog, name, lambda *_args, **_kw: (str(path), ""))


def test_import_adds_the_maps_as_one_undo_step(
    window: MainWindow, csv_file: Path, monkeypatch: pytest.MonkeyPatch, answers: dict
) -> None:
    document = window.document
    assert document is not None
    before = len(document.project.journeys)
    expected = journey_content(read_file(csv_file).project.journeys[0])
    choose_file(monkeypatch, csv_file)
    answers["replies"].append(Button.Yes)  # "Add to This Project"
    window.import_action.trigger()
    journeys = document.project.journeys
    assert len(journeys) == before + 1
    assert journey_content(journeys[-1]) == expected
    assert window.map_tabs.current_view().journey_scene.journey_id == journeys[-1].id
    assert document.is_modified()
    window.undo_action.trigger()  # one step takes the whole import back
    assert len(document.project.journeys) == before
    window.redo_action.trigger()
    assert journey_content(document.project.journeys[-1]) == expected


def test_import_as_a_new_project_replaces_an_unchanged_one(
    window: MainWindow, csv_file: Path, monkeypatch: pytest.MonkeyPatch, answers: dict
) -> None:
    choose_file(monkeypatch, csv_file)
    answers["replies"].append(Button.No)  # "Open as New Project"
    window.import_action.trigger()
    document = window.document
    assert document is not None and document.path is None  # new and unsaved: Save asks where
    assert [j.title for j in document.project.journeys] == ["Checkout, reworked"]


def test_a_file_that_cannot_be_read_is_explained_and_changes_nothing(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, answers: dict
) -> None:
    broken = tmp_path / "broken.csv"
    broken.write_bytes(b"\xff\xfe\x00garbage\x00")
    document = window.document
    assert document is not None
    before = document.project.model_dump()
    choose_file(monkeypatch, broken)
    window.import_action.trigger()
    (warning,) = answers["warning"]
    assert "broken.csv" in warning and "could not be imported" in warning
    assert document.project.model_dump() == before


def test_export_writes_the_project_and_adds_the_extension(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, answers: dict
) -> None:
    document = window.document
    assert document is not None
    journey = document.project.journeys[0]
    journey.cards.append(
        Card(lane_id=journey.lanes[0].id, stage_id=journey.stages[0].id, text="Exported card")
    )
    csv = format_for(Path("x.csv"), writing=True)
    chosen_filter = f"{csv.label} ({' '.join('*' + e for e in csv.extensions)})"
    monkeypatch.setattr(  # a name typed without an extension, the CSV filter chosen
        QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(tmp_path / "wall"), chosen_filter)
    )
    window.export_action.trigger()
    written = tmp_path / "wall.csv"
    assert written.exists()
    assert journey_content(read_file(written).project.journeys[0]) == journey_content(journey)
