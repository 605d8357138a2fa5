"""The main window, driven with real key events; results are checked in the saved files."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pydantic
import pytest
import reportlab
from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from journeydesk import __version__
from journeydesk.layout.text import line_texts
from journeydesk.model.project import Card
from journeydesk.model.storage import load_project, save_project
from journeydesk.model.templates import TEMPLATES
from journeydesk.ui.dialogs.new_from_template import NewFromTemplateDialog
from journeydesk.ui.dialogs.project_properties import ProjectPropertiesDialog
from journeydesk.ui.document import Document
from journeydesk.ui.main_window import MainWindow
from journeydesk.ui.settings import Settings, settings_path
from tests.ui.helpers import shown_window, view

Button = QMessageBox.StandardButton


@pytest.fixture
def map_file(tmp_path: Path) -> Path:
    """A saved five-stage map with two cards."""
    project = TEMPLATES["classic"].create_project("Onboarding")
    journey = project.journeys[0]
    journey.cards += [
        Card(lane_id=journey.lanes[0].id, stage_id=journey.stages[0].id, text="Sees an ad"),
        Card(lane_id=journey.lanes[3].id, stage_id=journey.stages[2].id, text="Form too long"),
    ]
    path = tmp_path / "onboarding.journey"
    save_project(project, path)
    return path


@pytest.fixture
def window(qtbot: QtBot) -> Iterator[MainWindow]:
    """The real main window with isolated settings, shown and active."""
    yield from shown_window(qtbot, None, None)


def rename_project(monkeypatch: pytest.MonkeyPatch, window: MainWindow, title: str) -> None:
    """Rename the project through the Project Properties dialog, as a facilitator would."""

    def fill_and_accept(dialog: ProjectPropertiesDialog) -> int:
        dialog.title.setText(title)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ProjectPropertiesDialog, "exec", fill_and_accept)
    window.properties_action.trigger()


def press(qtbot: QtBot, window: MainWindow, key: str) -> None:
    """Type a shortcut such as "Ctrl+S" into the window."""
    modifiers = Qt.KeyboardModifier.NoModifier
    *mods, name = key.split("+")
    for mod in mods:
        modifiers |= {
            "Ctrl": Qt.KeyboardModifier.ControlModifier,
            "Shift": Qt.KeyboardModifier.ShiftModifier,
        }[mod]
    qtbot.keyClick(window, getattr(Qt.Key, f"Key_{name}"), modifiers)


def test_title_names_the_project_and_follows_the_undo_stack(
    qtbot: QtBot, window: MainWindow, map_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert window.open_path(map_file)
    assert window.windowTitle() == "Onboarding[*] — JourneyDesk"
    assert not window.isWindowModified()

    rename_project(monkeypatch, window, "Onboarding v2")
    assert window.windowTitle().startswith("Onboarding v2")
    assert window.isWindowModified()
    assert window.undo_action.text() == "&Undo Edit Project Properties"

    press(qtbot, window, "Ctrl+Z")
    assert window.windowTitle().startswith("Onboarding[*]")
    assert not window.isWindowModified()
    press(qtbot, window, "Ctrl+Y")
    assert window.isWindowModified()


def test_ctrl_s_saves_to_the_open_file(
    qtbot: QtBot, window: MainWindow, map_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.open_path(map_file)
    before = load_project(map_file)
    rename_project(monkeypatch, window, "Renamed in the workshop")

    press(qtbot, window, "Ctrl+S")

    saved = load_project(map_file)
    assert saved.title == "Renamed in the workshop"
    assert saved.journeys == before.journeys
    assert saved.modified >= before.modified
    assert not window.isWindowModified()
    assert str(map_file.resolve()) == Settings.load().recent_files[0]


def test_a_damaged_file_is_explained_and_the_open_map_stays(
    window: MainWindow, map_file: Path, tmp_path: Path, answers: dict[str, list]
) -> None:
    window.open_path(map_file)
    broken = tmp_path / "broken.journey"
    broken.write_bytes(map_file.read_bytes()[:200])

    assert not window.open_path(broken)

    assert len(answers["warning"]) == 1
    message = answers["warning"][0]
    assert "broken.journey" in message and "ends too early" in message
    assert "Traceback" not in message
    assert window.document is not None and window.document.path == map_file.resolve()
    assert broken.read_bytes() == map_file.read_bytes()[:200]


def test_closing_with_unsaved_changes_asks_first(
    window: MainWindow, map_file: Path, monkeypatch: pytest.MonkeyPatch, answers: dict[str, list]
) -> None:
    window.open_path(map_file)
    original = map_file.read_bytes()
    rename_project(monkeypatch, window, "Not yet saved")

    answers["replies"].append(Button.Cancel)
    assert not window.close()
    assert window.isVisible()
    assert "Save the changes to “Not yet saved”" in answers["question"][-1]

    answers["replies"].append(Button.Save)
    assert window.close()
    assert load_project(map_file).title == "Not yet saved"
    assert map_file.read_bytes() != original


def test_discarding_changes_leaves_the_file_alone(
    window: MainWindow, map_file: Path, monkeypatch: pytest.MonkeyPatch, answers: dict[str, list]
) -> None:
    window.open_path(map_file)
    original = map_file.read_bytes()
    rename_project(monkeypatch, window, "Thrown away")
    answers["replies"].append(Button.Discard)
    assert window.close()
    assert map_file.read_bytes() == original
    assert json.loads(settings_path().read_text())["window_geometry"]


def test_new_from_template_then_save_as(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def pick_5a(dialog: NewFromTemplateDialog) -> int:
        items = dialog.templates.findItems("Kotler's 5A", Qt.MatchFlag.MatchExactly)
        dialog.templates.setCurrentItem(items[0])
        qtbot.keyClicks(dialog.title, "Loyalty programme")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(NewFromTemplateDialog, "exec", pick_5a)
    target = tmp_path / "loyalty"
    monkeypatch.setattr(
        "PySide6.QtWidgets.QFileDialog.getSaveFileName", lambda *_a, **_k: (str(target), "")
    )
    press(qtbot, window, "Ctrl+N")
    assert window.windowTitle().startswith("Loyalty programme")
    scene = view(window).journey_scene
    titles = [
        scene.header_for_stage[c.stage_id].column.title_lines[0].text for c in scene.layout.stages
    ]
    assert titles == ["Aware", "Appeal", "Ask", "Act", "Advocate"]

    press(qtbot, window, "Ctrl+S")  # a new map has no file yet: Save asks for one

    saved = load_project(tmp_path / "loyalty.journey")
    assert saved.title == "Loyalty programme"
    assert saved.journeys[0].stages[0].title == "Aware"


def test_open_recent_lists_and_reopens(window: MainWindow, map_file: Path, tmp_path: Path) -> None:
    window.open_path(map_file)
    window.set_document(Document(TEMPLATES["blank"].create_project()))
    window.recent_menu.aboutToShow.emit()
    entries = [a for a in window.recent_menu.actions() if a.text().endswith("onboarding.journey")]
    assert len(entries) == 1
    entries[0].trigger()
    assert window.document is not None and window.document.path == map_file.resolve()


def test_a_file_changed_on_disk_is_not_overwritten_silently(
    window: MainWindow, map_file: Path, monkeypatch: pytest.MonkeyPatch, answers: dict[str, list]
) -> None:
    window.open_path(map_file)
    rename_project(monkeypatch, window, "Mine")
    other = load_project(map_file)
    other.title = "Theirs, saved by a colleague"
    save_project(other, map_file)

    answers["replies"].append(Button.Cancel)
    assert not window.save()
    assert load_project(map_file).title == "Theirs, saved by a colleague"
    assert "changed by another program" in answers["question"][-1]
    assert window.isWindowModified()


def test_a_failed_save_keeps_everything(
    window: MainWindow, map_file: Path, monkeypatch: pytest.MonkeyPatch, answers: dict[str, list]
) -> None:
    window.open_path(map_file)
    original = map_file.read_bytes()
    rename_project(monkeypatch, window, "Unsaveable")

    def disk_full(*_args: object) -> None:
        import errno

        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("journeydesk.model.storage.os.fsync", disk_full)
    assert not window.save()
    assert "the disk is full" in answers["critical"][0]
    assert "Nothing was lost" in answers["critical"][0]
    assert map_file.read_bytes() == original
    assert window.document is not None
    assert window.isWindowModified() and window.document.project.title == "Unsaveable"
    # No temporary file is left behind; only the map and its lock (the map is still open).
    names = sorted(p.name for p in map_file.parent.iterdir())
    assert names == [f".~lock.{map_file.name}#", map_file.name]


def test_dropping_a_journey_file_opens_it(qtbot: QtBot, window: MainWindow, map_file: Path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(map_file))])
    event = QDropEvent(
        QPoint(10, 10).toPointF(),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)  # opens once the drop is over, so the file manager is free
    qtbot.waitUntil(
        lambda: window.document is not None and window.document.path == map_file.resolve()
    )


def test_user_text_is_shown_as_plain_text(window: MainWindow, tmp_path: Path) -> None:
    project = TEMPLATES["classic"].create_project("<b>Bold</b> & <i>sneaky</i>")
    path = tmp_path / "markup.journey"
    save_project(project, path)
    window.open_path(path)
    assert window.map_tabs.tabText(0) == "<b>Bold</b> && <i>sneaky</i>"  # & is no mnemonic
    assert window.windowTitle().startswith("<b>Bold</b> & <i>sneaky</i>")


def test_the_canvas_shows_every_card_of_the_map(window: MainWindow, map_file: Path) -> None:
    window.open_path(map_file)
    scene = view(window).journey_scene
    project = load_project(map_file)
    cards = project.journeys[0].cards
    assert set(scene.item_for_card) == {card.id for card in cards}
    for card in cards:
        assert " ".join(line_texts(scene.item_for_card[card.id].box.lines)) == card.text
    assert len(scene.header_for_stage) == 5 and len(scene.header_for_lane) == 5


def test_about_credits_every_bundled_font_with_its_licence(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []

    def show(box: QMessageBox) -> QMessageBox.StandardButton:
        shown.append(box.text())
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr("journeydesk.ui.messages.show_box", show)
    window.about_action.trigger()
    (text,) = shown
    credited = {
        "NotoSans": "Noto Sans",
        "NotoSansArabic": "Arabic",
        "NotoSansHebrew": "Hebrew",
        "NotoSansThai": "Thai",
        "NotoSansDevanagari": "Devanagari",
        "JourneyDeskHangul": "JourneyDesk Hangul",
        "DroidSansFallbackFull": "Droid Sans Fallback",
        "TwemojiMozilla": "Twemoji Mozilla",
        "Symbola": "Symbola",
    }
    fonts_folder = Path(__file__).resolve().parents[2] / "resources" / "fonts"
    for font in fonts_folder.glob("*.ttf"):
        family = font.stem.split("-")[0]
        assert family in credited, f"{font.name} is not credited in the About box"
        assert credited[family] in text, font.name
    assert "SIL Open Font License" in text and "Apache License" in text
    assert "CC BY 4.0" in text  # the emoji artwork's licence asks for attribution
    # The program's own licence, and the libraries it runs on with their versions.
    assert f"JourneyDesk {__version__}" in text
    assert "GNU General Public License, version 3 or later" in text
    assert f"PySide6) {pyside_version}" in text
    assert f"pydantic {pydantic.VERSION}" in text and f"ReportLab {reportlab.Version}" in text


def test_the_font_matchers_harmless_warnings_stay_off_the_terminal() -> None:
    from PySide6.QtCore import QLoggingCategory

    from journeydesk.ui.app import create_application

    create_application()
    # The stub says bytes; PySide6 takes (and only takes) the name as a str.
    font_db = QLoggingCategory("qt.text.font.db")  # pyright: ignore[reportArgumentType]
    assert not font_db.isWarningEnabled()
    xcb = QLoggingCategory("qt.qpa.xcb")  # pyright: ignore[reportArgumentType]
    assert xcb.isWarningEnabled()  # other warnings still show  # other warnings still show
