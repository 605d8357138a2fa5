"""Several maps in one project: new, rename, duplicate, delete and reorder, each undoable."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QInputDialog
from pytestqt.qtbot import QtBot

from journeydesk.model.project import Card
from journeydesk.model.storage import load_project, save_project
from journeydesk.model.templates import TEMPLATES
from journeydesk.ui.dialogs.new_from_template import NewFromTemplateDialog
from journeydesk.ui.main_window import MainWindow
from journeydesk.ui.messages import Button
from tests.ui.helpers import saved, shown_window

LEFT = Qt.MouseButton.LeftButton
NONE = Qt.KeyboardModifier.NoModifier


@pytest.fixture
def map_file(tmp_path: Path) -> Path:
    project = TEMPLATES["classic"].create_project("Current")
    journey = project.journeys[0]
    journey.cards.append(
        Card(lane_id=journey.lanes[0].id, stage_id=journey.stages[0].id, text="Sees an ad")
    )
    journey.emotions = {journey.stages[1].id: -1}
    path = tmp_path / "maps.journey"
    save_project(project, path)
    return path


@pytest.fixture
def window(qtbot: QtBot, map_file: Path) -> Iterator[MainWindow]:
    yield from shown_window(qtbot, map_file, (1200, 800))


def titles(window: MainWindow) -> list[str]:
    tabs = window.map_tabs
    return [tabs.tabText(i) for i in range(tabs.count())]


def undo_all(window: MainWindow) -> None:
    while window.undo_action.isEnabled():
        window.undo_action.trigger()


def test_duplicate_copies_everything_with_new_ids(window: MainWindow, map_file: Path) -> None:
    original = load_project(map_file)
    window.map_pages.duplicate_map.trigger()
    assert titles(window) == ["Current", "Current (copy)"]
    assert window.map_tabs.currentIndex() == 1
    project = saved(window)
    first, copy = project.journeys
    assert [c.text for c in copy.cards] == ["Sees an ad"]
    assert copy.id != first.id and copy.cards[0].id != first.cards[0].id
    assert {s.id for s in copy.stages}.isdisjoint(s.id for s in first.stages)
    assert list(copy.emotions.values()) == [-1] and copy.emotions.keys() <= {
        s.id for s in copy.stages
    }
    undo_all(window)
    assert saved(window).journeys == original.journeys
    assert titles(window) == ["Current"]


def test_double_clicking_a_tab_renames_its_map(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("  Future & more ", True))
    bar = window.map_tabs.tabBar()
    QTest.mouseDClick(bar, LEFT, NONE, bar.tabRect(0).center())
    assert saved(window).journeys[0].title == "Future & more"
    assert titles(window) == ["Future && more"]
    assert window.undo_action.text() == "&Undo Rename Map"
    window.undo_action.trigger()
    assert saved(window).journeys[0].title == "Current"


def test_a_new_map_from_a_template_opens_after_the_current_one(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    def choose(dialog: NewFromTemplateDialog) -> int:
        dialog.templates.setCurrentRow(list(TEMPLATES).index("5a"))
        dialog.title.setText("Loyalty")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(NewFromTemplateDialog, "exec", choose)
    window.map_pages.new_map.trigger()
    assert titles(window) == ["Current", "Loyalty"]
    journeys = saved(window).journeys
    assert [s.title for s in journeys[1].stages][:2] == ["Aware", "Appeal"]
    window.undo_action.trigger()
    assert titles(window) == ["Current"]


def test_delete_asks_and_undo_brings_the_map_back(
    window: MainWindow, answers: dict[str, list]
) -> None:
    window.map_pages.duplicate_map.trigger()
    answers["replies"].append(Button.Yes)
    window.map_pages.delete_map.trigger()  # the copy, on show
    assert "“Current (copy)”" in answers["question"][0] and "card" in answers["question"][0]
    assert titles(window) == ["Current"]
    window.undo_action.trigger()
    assert titles(window) == ["Current", "Current (copy)"]
    assert [c.text for c in saved(window).journeys[1].cards] == ["Sees an ad"]


def test_the_last_map_stays(window: MainWindow) -> None:
    window.map_pages.delete_map.trigger()
    assert titles(window) == ["Current"]
    assert "at least one map" in window.statusBar().currentMessage()


def test_dragging_a_tab_reorders_the_maps(qtbot: QtBot, window: MainWindow) -> None:
    window.map_pages.duplicate_map.trigger()
    bar = window.map_tabs.tabBar()
    start = bar.tabRect(0).center()
    end = bar.tabRect(1).center() + QPoint(bar.tabRect(1).width() // 2, 0)
    QTest.mousePress(bar, LEFT, NONE, start)
    for step in range(1, 11):
        QTest.mouseMove(bar, start + (end - start) * step / 10)
    QTest.mouseRelease(bar, LEFT, NONE, end)
    qtbot.waitUntil(lambda: titles(window) == ["Current (copy)", "Current"], timeout=3000)
    assert [j.title for j in saved(window).journeys] == ["Current (copy)", "Current"]
    window.undo_action.trigger()
    assert titles(window) == ["Current", "Current (copy)"]


def test_clicking_the_map_title_edits_the_map_in_the_inspector(
    qtbot: QtBot, window: MainWindow
) -> None:
    view = window.map_tabs.current_view()
    assert view is not None
    corner = view.journey_scene.corner
    point = view.mapFromScene(corner.mapToScene(corner.boundingRect().center()))
    QTest.mouseClick(view.viewport(), LEFT, NONE, point)
    inspector = window.inspector
    assert inspector.showing == "map"
    form = inspector.map_form
    form.title_edit.setFocus()
    form.title_edit.selectAll()
    qtbot.keyClicks(form.title_edit, "Friday dinner")
    qtbot.keyClick(form.title_edit, Qt.Key.Key_Return)
    form.scenario_edit.setPlainText("Eva books a table for four")
    journey = saved(window).journeys[0]  # Save keeps the scenario being typed
    assert (journey.title, journey.scenario) == ("Friday dinner", "Eva books a table for four")
    assert titles(window) == ["Friday dinner"]
    undo_all(window)
    assert saved(window).journeys[0].title == "Current"
    assert form.title_edit.text() == "Current"


def test_a_future_state_is_linked_to_its_current_state(window: MainWindow) -> None:
    window.map_pages.future_state.trigger()
    assert titles(window) == ["Current", "Current (future state)"]
    current, future = saved(window).journeys
    assert future.state.value == "future" and future.source_journey_id == current.id
    assert [s.source_stage_id for s in future.stages] == [s.id for s in current.stages]
    assert [c.source_card_id for c in future.cards] == [c.id for c in current.cards]
    # Deleting the card it came from clears the link (the file stays valid); undo restores it.
    view = window.map_tabs.views()[0]
    window.map_tabs.setCurrentWidget(view)
    view.editor.select([current.cards[0].id])
    window.map_actions.delete.trigger()
    assert saved(window).journeys[1].cards[0].source_card_id is None
    window.undo_action.trigger()
    assert saved(window).journeys[1].cards[0].source_card_id == current.cards[0].id
    window.undo_action.trigger()
    assert titles(window) == ["Current"]


def test_compare_shows_what_the_future_state_changes(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from journeydesk.model.project import Card as ModelCard
    from journeydesk.ui.commands import AddCardsCommand, EditCardCommand, SetEmotionCommand
    from journeydesk.ui.dialogs.compare import CompareDialog

    window.map_pages.future_state.trigger()
    document = window.document
    assert document is not None
    future = document.project.journeys[1]
    card = future.cards[0]
    document.undo_stack.push(EditCardCommand(document, future.id, card.id, {"text": "Sees a QR"}))
    new = ModelCard(lane_id=future.lanes[0].id, stage_id=future.stages[1].id, text="Books")
    document.undo_stack.push(AddCardsCommand(document, future.id, [(new, 0)]))
    document.undo_stack.push(SetEmotionCommand(document, future.id, future.stages[1].id, 2))
    shown: list[CompareDialog] = []
    monkeypatch.setattr(CompareDialog, "exec", lambda dialog: shown.append(dialog) or 0)
    window.map_pages.compare_states.trigger()
    (dialog,) = shown
    rows = dialog.rows
    assert rows[0].changed == [("Actions: Sees an ad", "Actions: Sees a QR")]
    assert rows[1].added == ["Actions: Books"]
    assert (rows[1].current_score, rows[1].future_score) == (-1, 2)
    texts = [
        dialog.tree.topLevelItem(1).child(i).text(0)
        for i in range(dialog.tree.topLevelItem(1).childCount())
    ]
    assert texts == ["Added: Actions: Books"]
    dialog.curves.grab()  # paints both curves without error


def test_pasted_and_duplicated_cards_are_new_in_a_future_state(window: MainWindow) -> None:
    window.map_pages.future_state.trigger()
    future_view = window.map_tabs.current_view()
    assert future_view is not None
    card_id = future_view.journey_scene.journey.cards[0].id
    future_view.editor.select([card_id])
    window.map_actions.duplicate.trigger()
    window.map_actions.copy.trigger()
    current_view = window.map_tabs.views()[0]
    window.map_tabs.setCurrentWidget(current_view)
    journey = current_view.journey_scene.journey
    current_view.journey_scene.set_current_cell((journey.lanes[1].id, journey.stages[0].id))
    window.map_actions.paste.trigger()
    current, future = saved(window).journeys  # saved and read back: no dangling link
    assert [c.source_card_id is None for c in future.cards] == [False, True]
    assert all(c.source_card_id is None for c in current.cards)
    assert len(current.cards) == 2
