"""The Personas panel: add, edit (photo by dropping a picture), duplicate and delete, undoable."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QIODevice, QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDropEvent, QImage
from pytestqt.qtbot import QtBot

from journeydesk.model.storage import save_project
from journeydesk.model.templates import TEMPLATES
from journeydesk.ui.main_window import MainWindow
from journeydesk.ui.messages import Button
from tests.ui.helpers import saved, shown_window


@pytest.fixture
def map_file(tmp_path: Path) -> Path:
    path = tmp_path / "personas.journey"
    save_project(TEMPLATES["classic"].create_project("Workshop"), path)
    return path


@pytest.fixture
def window(qtbot: QtBot, map_file: Path) -> Iterator[MainWindow]:
    for main in shown_window(qtbot, map_file, (1400, 1000)):
        main.personas.raise_()
        yield main


def type_into(qtbot: QtBot, widget: object, text: str) -> None:
    widget.setFocus()  # type: ignore[attr-defined]
    widget.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def picture_file(path: Path, width: int, height: int) -> Path:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#7e57c2"))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    path.write_bytes(bytes(buffer.data().data()))
    return path


def test_add_and_edit_a_persona_of_the_map(qtbot: QtBot, window: MainWindow) -> None:
    dock = window.personas
    qtbot.mouseClick(dock.add_button, Qt.MouseButton.LeftButton)
    form = dock.form
    type_into(qtbot, form.name_edit, "Eva Moline")
    type_into(qtbot, form.role_edit, "Journalist")
    form.list_edits["goals"].setFocus()
    qtbot.keyClicks(form.list_edits["goals"], "Eat light")
    qtbot.keyClick(form.list_edits["goals"], Qt.Key.Key_Return)
    qtbot.keyClicks(form.list_edits["goals"], "Be home by ten")
    qtbot.keyClick(form.list_edits["goals"], Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    project = saved(window)
    (eva,) = project.personas
    assert (eva.name, eva.role, eva.goals) == (
        "Eva Moline",
        "Journalist",
        ["Eat light", "Be home by ten"],
    )
    assert project.journeys[0].persona_ids == [eva.id]
    assert dock.on_map.isChecked()
    while window.undo_action.isEnabled():
        window.undo_action.trigger()
    project = saved(window)
    assert project.personas == [] and project.journeys[0].persona_ids == []


def test_a_dropped_picture_becomes_a_square_photo(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    window.personas.add_persona()
    form = window.personas.form
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(picture_file(tmp_path / "eva.png", 900, 600)))])
    drop = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    form.dropEvent(drop)
    photo = saved(window).personas[0].photo
    assert photo is not None and photo.media_type in ("image/jpeg", "image/png")
    image = QImage()
    image.loadFromData(photo.image_bytes())
    assert (image.width(), image.height()) == (512, 512)
    qtbot.mouseClick(form.remove_photo, Qt.MouseButton.LeftButton)
    assert saved(window).personas[0].photo is None
    (tmp_path / "not.png").write_bytes(b"not a picture")
    assert not form.set_photo_from(tmp_path / "not.png")
    assert "not.png" in form.problem("photo")


def test_delete_asks_when_a_map_is_about_the_persona(
    window: MainWindow, answers: dict[str, list]
) -> None:
    dock = window.personas
    dock.add_persona()
    dock.duplicate_persona()  # a copy, about no map
    assert [p.name for p in saved(window).personas] == ["Persona 1", "Persona 1 (copy)"]
    dock.delete_persona()  # the copy: no question
    assert answers["question"] == []
    dock.list.setCurrentRow(0)
    answers["replies"] += [Button.Cancel, Button.Yes]
    dock.delete_persona()
    assert len(saved(window).personas) == 1
    dock.delete_persona()
    assert "“Workshop”" in answers["question"][1]
    project = saved(window)
    assert project.personas == [] and project.journeys[0].persona_ids == []
    window.undo_action.trigger()
    project = saved(window)
    assert [p.name for p in project.personas] == ["Persona 1"]
    assert project.journeys[0].persona_ids == [project.personas[0].id]


def test_every_control_of_the_panel_has_a_name_and_a_description(window: MainWindow) -> None:
    from tests.ui.test_accessibility import controls, unnamed

    dock = window.personas
    dock.add_persona()
    assert dock.form.isVisible()
    assert len(controls(dock)) > 10  # the list, its buttons and the persona's fields
    assert unnamed(dock) == []
