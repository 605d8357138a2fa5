"""User text is shown literally everywhere: a map titled with markup stays a string of characters.

Every message box goes through ``messages.show_box``, whose test double (tests/ui/conftest.py)
fails on any box not set to plain text; dialogs are opened for real and their labels checked.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from journeydesk.model.project import Card
from journeydesk.model.storage import save_project
from journeydesk.model.templates import TEMPLATES
from journeydesk.ui.crash import CrashReporter
from journeydesk.ui.dialogs.export_poster import ExportPosterDialog
from journeydesk.ui.dialogs.new_from_template import NewFromTemplateDialog
from journeydesk.ui.dialogs.project_properties import ProjectPropertiesDialog
from journeydesk.ui.main_window import MainWindow
from journeydesk.ui.messages import Button
from tests.ui.helpers import shown_window

MARKUP = '<img src="/dev/zero"> <b>R&D</b> [*] &amp; <a href="x">link</a>'


@pytest.fixture
def map_file(tmp_path: Path) -> Path:
    """A map whose project, journey, stage and lane titles and card text are all markup."""
    project = TEMPLATES["classic"].create_project(MARKUP)
    project.title = MARKUP
    journey = project.journeys[0]
    journey.stages[0].title = MARKUP
    journey.lanes[0].title = MARKUP
    journey.cards.append(
        Card(lane_id=journey.lanes[0].id, stage_id=journey.stages[0].id, text=MARKUP)
    )
    path = tmp_path / "<b>map&amp;.journey"
    save_project(project, path)
    return path


@pytest.fixture
def window(qtbot: QtBot, map_file: Path) -> Iterator[MainWindow]:
    yield from shown_window(qtbot, map_file, None)


def assert_labels_plain(widget: QWidget) -> None:
    """Every label showing user text shows it as plain text."""
    for label in widget.findChildren(QLabel):
        if "<" in label.text() or "&amp;" in label.text():
            assert label.textFormat() == Qt.TextFormat.PlainText, label.text()


def test_window_title_and_tab_show_the_title_literally(window: MainWindow) -> None:
    assert window.windowTitle().startswith(MARKUP.replace("[*]", "[*][*]"))
    assert window.windowTitle().endswith("[*] — JourneyDesk")
    tabs = window.map_tabs
    assert tabs.tabText(0).startswith('<img src="/dev/zero"> <b>R&&D</b> [*]')
    assert "&lt;img" in tabs.tabToolTip(0) and "<img" not in tabs.tabToolTip(0)


def test_unsaved_changes_question_is_plain(window: MainWindow, answers: dict[str, list]) -> None:
    assert window.document is not None
    window.map_actions.add_stage.trigger()
    answers["replies"].append(Button.Cancel)
    assert not window.maybe_save()
    assert MARKUP.split()[0] in answers["question"][0]


def test_delete_stage_question_is_plain(
    qtbot: QtBot, window: MainWindow, answers: dict[str, list]
) -> None:
    view = window.map_tabs.current_view()
    assert view is not None
    scene = view.journey_scene
    scene.header_for_stage[scene.journey.stages[0].id].setSelected(True)
    answers["replies"].append(Button.Cancel)
    window.map_actions.delete_stage.trigger()
    assert '<img src="/dev/zero">' in answers["question"][0]


def test_cannot_open_and_changed_on_disk_are_plain(
    window: MainWindow, map_file: Path, tmp_path: Path, answers: dict[str, list]
) -> None:
    broken = tmp_path / "<i>broken&lt;.journey"
    broken.write_text("{", encoding="utf-8")
    assert not window.open_path(broken)
    assert "<i>broken&lt;.journey" in answers["warning"][0]
    window.map_actions.add_stage.trigger()
    map_file.write_bytes(map_file.read_bytes() + b"\n")
    answers["replies"].append(Button.Cancel)
    assert not window.save()
    assert "<b>map&amp;.journey" in answers["question"][0]


def test_dialogs_show_user_text_plainly(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[str] = []

    def inspect(dialog: QDialog) -> int:
        assert_labels_plain(dialog)
        seen.append(type(dialog).__name__)
        return QDialog.DialogCode.Rejected

    for kind in (ProjectPropertiesDialog, ExportPosterDialog, NewFromTemplateDialog):
        monkeypatch.setattr(kind, "exec", inspect)
    window.properties_action.trigger()
    window.poster_action.trigger()
    window.new_action.trigger()
    assert seen == ["ProjectPropertiesDialog", "ExportPosterDialog", "NewFromTemplateDialog"]
    assert_labels_plain(window)


def test_the_crash_dialog_is_plain_and_offers_the_details(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[QMessageBox] = []

    def show(box: QMessageBox) -> Button:
        assert box.textFormat() == Qt.TextFormat.PlainText
        shown.append(box)
        return Button.Ok

    monkeypatch.setattr("journeydesk.ui.messages.show_box", show)
    reporter = CrashReporter(lambda: 1)
    for _ in range(3):  # the same fault again and again (a paint method) is shown once
        try:
            raise RuntimeError(MARKUP)
        except RuntimeError as error:
            reporter.handle(RuntimeError, error, error.__traceback__)
    qtbot.waitUntil(lambda: bool(shown), timeout=3000)
    qtbot.wait(50)
    (box,) = shown
    assert "recovery copy" in box.text()
    assert MARKUP in box.detailedText() and "RuntimeError" in box.detailedText()
    assert [b.text() for b in box.buttons() if "Copy" in b.text()] == ["Copy Details"]
    assert [box.standardButton(b) for b in box.buttons()].count(Button.Ok) == 1
    copy = next(b for b in box.buttons() if b.text() == "Copy Details")
    box.show()
    copy.click()  # copies, and leaves the box open to read or close
    assert box.isVisible()
    assert "RuntimeError" in QGuiApplication.clipboard().text()
    box.done(0)  # close() is refused by a box whose Escape button is not known
    assert not box.isVisible()  # a box left open would catch the keys of later tests
    box.deleteLater()


@pytest.mark.skipif(os.name != "posix", reason="FIFOs are POSIX")
def test_a_fifo_is_refused_without_hanging(
    window: MainWindow, tmp_path: Path, answers: dict[str, list]
) -> None:
    fifo = tmp_path / "pipe.journey"
    os.mkfifo(fifo)
    assert not window.open_path(fifo)
    assert "pipe.journey" in answers["warning"][0]


def test_rich_text_pasted_into_a_card_is_inserted_as_plain_text(
    qtbot: QtBot, window: MainWindow
) -> None:
    from PySide6.QtCore import QMimeData
    from PySide6.QtGui import QGuiApplication

    view = window.map_tabs.current_view()
    assert view is not None
    journey = view.journey_scene.journey
    view.editor.begin_new_card((journey.lanes[1].id, journey.stages[1].id))
    editor = view.editor.editor
    assert editor is not None
    mime = QMimeData()
    # Not /dev/zero, as in the bug report: a regression would then eat all memory.
    mime.setHtml('<img src="no-such-picture.png"><b>Bold</b> claim')
    mime.setText("Bold claim")
    QGuiApplication.clipboard().setMimeData(mime)
    qtbot.keyClick(view.viewport(), Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert "<img" not in editor.toHtml() and "font-weight:700" not in editor.toHtml()
    assert editor.toPlainText() == "Bold claim"
    qtbot.keyClick(view.viewport(), Qt.Key.Key_Return)
    assert "Bold claim" in [card.text for card in journey.cards]
