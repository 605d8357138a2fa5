"""A screen reader can read the map: stages, lanes and cards in the accessibility tree.

The walk starts at the view's QAccessibleInterface (and at the main window's) and follows
``child()`` down, as assistive technology does. Edits made with real keys and mouse clicks,
or through the document's commands, show in the tree at once.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QAccessibleEvent,
    QAccessibleInterface,
)
from pytestqt.qtbot import QtBot

from journeydesk.model.project import Card, Stage
from journeydesk.model.storage import save_project
from journeydesk.model.templates import TEMPLATES
from journeydesk.ui.canvas.view import JourneyView
from journeydesk.ui.commands import (
    AddAxisItemCommand,
    EditAxisItemCommand,
    EditCardCommand,
    RemoveCardsCommand,
    SetEmotionCommand,
)
from journeydesk.ui.document import Document
from journeydesk.ui.main_window import MainWindow
from tests.ui.helpers import canvas_window, classic_map_file, view

NAME, DESCRIPTION = QAccessible.Text.Name, QAccessible.Text.Description
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def map_file(tmp_path: Path) -> Path:
    """A classic map: three cards in Actions/Awareness, one in Pain points/Purchase."""
    return classic_map_file(tmp_path, "Online shop")


@pytest.fixture
def window(qtbot: QtBot, map_file: Path) -> Iterator[MainWindow]:
    yield from canvas_window(qtbot, map_file)


def root(v: JourneyView) -> QAccessibleInterface:
    interface = QAccessible.queryAccessibleInterface(v)
    assert interface is not None
    return interface


def children(interface: QAccessibleInterface) -> list[QAccessibleInterface]:
    found = [interface.child(i) for i in range(interface.childCount())]
    assert all(child is not None and child.isValid() for child in found)
    return found


def names(interfaces: list[QAccessibleInterface]) -> list[str]:
    return [interface.text(NAME) for interface in interfaces]


def lane(v: JourneyView, title: str) -> QAccessibleInterface:
    """The lane of the map's interface whose name ends with ``title``."""
    lanes = [c for c in children(root(v)) if c.role() == QAccessible.Role.List]
    matches = [c for c in lanes if c.text(NAME).endswith(f": {title}")]
    assert len(matches) == 1, names(lanes)
    return matches[0]


def map_on_show(window: MainWindow) -> tuple[Document, str]:
    """The window's document and the id of the map on show, to push commands with."""
    assert window.document is not None
    return window.document, view(window).journey_scene.journey_id


def walk(interface: QAccessibleInterface, depth: int = 0) -> Iterator[QAccessibleInterface]:
    yield interface
    if depth < 40:
        for child in children(interface):
            yield from walk(child, depth + 1)


def test_the_view_lists_stages_then_lanes_named_by_their_place(window: MainWindow) -> None:
    v = view(window)
    top = root(v)
    assert top.role() == QAccessible.Role.Pane
    assert top.text(NAME) == "Journey map: Online shop"
    assert "Arrow keys" in top.text(DESCRIPTION)
    parts = children(top)
    assert names(parts) == [
        "Stage 1 of 5: Awareness",
        "Stage 2 of 5: Consideration",
        "Stage 3 of 5: Purchase",
        "Stage 4 of 5: Retention",
        "Stage 5 of 5: Advocacy",
        "Lane 1 of 5: Actions",
        "Lane 2 of 5: Thinking",
        "Lane 3 of 5: Feelings",
        "Lane 4 of 5: Pain points",
        "Lane 5 of 5: Opportunities",
    ]
    assert [p.role() for p in parts] == [QAccessible.Role.ColumnHeader] * 5 + [
        QAccessible.Role.List
    ] * 5
    assert parts[0].text(DESCRIPTION) == "3 cards. Goal: Find out that a solution exists"
    assert parts[2].text(DESCRIPTION) == "1 card. Goal: Buy without friction"
    assert parts[5].text(DESCRIPTION) == "3 cards in this lane."
    assert parts[7].text(DESCRIPTION) == "Emotion curve. No scores yet."
    for index, part in enumerate(parts):
        assert top.indexOfChild(part) == index
        assert part.parent().text(NAME) == top.text(NAME)


def test_a_lane_lists_its_cards_in_reading_order_with_their_place(window: MainWindow) -> None:
    v = view(window)
    actions = lane(v, "Actions")
    cards = children(actions)
    assert names(cards) == ["Sees an ad", "Asks a friend", "Reads reviews"]
    assert {c.role() for c in cards} == {QAccessible.Role.ListItem}
    assert cards[1].text(DESCRIPTION) == "Stage Awareness, lane Actions, card 2 of 3 in this cell."
    assert [actions.indexOfChild(c) for c in cards] == [0, 1, 2]
    assert cards[0].parent() is actions
    assert names(children(lane(v, "Pain points"))) == ["Form too long"]
    assert children(lane(v, "Feelings")) == []
    # Where the card is painted is where the screen reader says it is.
    rect = cards[0].rect()
    x, y, w, h = v.journey_scene.layout.card_rect("first")
    centre = v.viewport().mapToGlobal(v.mapFromScene(QPointF(x + w / 2, y + h / 2)))
    assert rect.contains(centre)
    assert root(v).rect().contains(rect.center())
    assert root(v).childAt(centre.x(), centre.y()) is actions
    assert actions.childAt(centre.x(), centre.y()) is cards[0]


def test_the_cards_are_reachable_from_the_main_window(window: MainWindow) -> None:
    top = QAccessible.queryAccessibleInterface(window)
    assert top is not None
    found = {i.text(NAME) for i in walk(top) if i.role() == QAccessible.Role.ListItem}
    assert {"Sees an ad", "Asks a friend", "Reads reviews", "Form too long"} <= found


def test_tags_votes_and_dots_are_described(window: MainWindow) -> None:
    v = view(window)
    document, journey_id = map_on_show(window)
    fields = {"tags": ["online", "ads"], "votes": 2, "owner": "Kim"}
    document.undo_stack.push(EditCardCommand(document, journey_id, "first", fields))
    card = children(lane(v, "Actions"))[0]
    assert card.text(DESCRIPTION) == (
        "Stage Awareness, lane Actions, card 1 of 3 in this cell. Tags: online, ads. "
        "2 votes. Owner: Kim."
    )


def test_typing_a_card_shows_in_the_tree(qtbot: QtBot, window: MainWindow) -> None:
    v = view(window)
    thinking = lane(v, "Thinking")
    awareness = children(root(v))[0]
    assert children(thinking) == []
    layout = v.journey_scene.layout
    x, y, w, h = layout.cell_rect(layout.lanes[1].lane_id, layout.stages[0].stage_id)
    qtbot.mouseDClick(v.viewport(), LEFT, pos=v.mapFromScene(QPointF(x + w / 2, y + h * 0.8)))
    qtbot.keyClicks(v, "Is it safe?")
    qtbot.keyClick(v, Qt.Key.Key_Return)
    assert names(children(thinking)) == ["Is it safe?"]
    assert thinking.text(DESCRIPTION) == "1 card in this lane."
    assert awareness.text(DESCRIPTION).startswith("4 cards.")
    window.undo_action.trigger()
    assert children(thinking) == []


def test_renames_moves_and_deletes_show_in_the_tree(qtbot: QtBot, window: MainWindow) -> None:
    v = view(window)
    document, journey_id = map_on_show(window)
    actions = lane(v, "Actions")
    first, second, third = children(actions)
    document.undo_stack.push(EditCardCommand(document, journey_id, "second", {"text": "Calls"}))
    assert second.text(NAME) == "Calls"
    # Delete with the keyboard: the card's interface is gone, its neighbours move up.
    v.select_card("first")
    qtbot.keyClick(v, Qt.Key.Key_Delete)
    assert not first.isValid()
    assert names(children(actions)) == ["Calls", "Reads reviews"]
    assert third.text(DESCRIPTION).endswith("card 2 of 2 in this cell.")
    window.undo_action.trigger()
    assert names(children(actions)) == ["Sees an ad", "Calls", "Reads reviews"]
    # Stages renamed and added: every header says its new place.
    stage_id = v.journey_scene.journey.stages[0].id
    rename = EditAxisItemCommand(document, journey_id, "stages", stage_id, {"title": "Discover"})
    document.undo_stack.push(rename)
    stage = Stage(title="Onboarding")
    document.undo_stack.push(AddAxisItemCommand(document, journey_id, "stages", stage, 4))
    assert names(children(root(v)))[:6] == [
        "Stage 1 of 6: Discover",
        "Stage 2 of 6: Consideration",
        "Stage 3 of 6: Purchase",
        "Stage 4 of 6: Retention",
        "Stage 5 of 6: Onboarding",
        "Stage 6 of 6: Advocacy",
    ]
    assert third.text(DESCRIPTION).startswith("Stage Discover, lane Actions")


def test_the_emotion_lane_reads_its_scores(window: MainWindow) -> None:
    v = view(window)
    document, journey_id = map_on_show(window)
    stages = v.journey_scene.journey.stages
    document.undo_stack.push(SetEmotionCommand(document, journey_id, stages[0].id, 1))
    document.undo_stack.push(SetEmotionCommand(document, journey_id, stages[2].id, -2))
    assert lane(v, "Feelings").text(DESCRIPTION) == (
        "Emotion curve. Scores: Awareness: +1; Purchase: -2."
    )


def test_the_current_card_is_the_focus(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Offscreen, no assistive technology listens: pretend one does and note what it hears.
    heard: list[tuple[QAccessible.Event, str]] = []

    def hear(event: QAccessibleEvent) -> None:
        if isinstance(event, QAccessibleAnnouncementEvent):
            heard.append((event.type(), event.message()))
            return
        interface = event.accessibleInterface()
        heard.append((event.type(), interface.text(NAME) if interface is not None else ""))

    monkeypatch.setattr(QAccessible, "isActive", staticmethod(lambda: True))
    monkeypatch.setattr(QAccessible, "updateAccessibility", staticmethod(hear))
    v = view(window)
    v.setFocus()
    qtbot.waitUntil(v.hasFocus)
    v.select_card("first")
    qtbot.keyClick(v, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: (QAccessible.Event.Focus, "Asks a friend") in heard)
    qtbot.wait(20)
    assert heard.count((QAccessible.Event.Focus, "Asks a friend")) == 1
    focus = root(v).focusChild()
    assert focus is not None and focus.text(NAME) == "Asks a friend"
    assert focus.state().focused and focus.state().selected
    assert not children(lane(v, "Actions"))[0].state().focused
    # Typing is announced: the text typed is not in the tree.
    qtbot.keyClick(v, Qt.Key.Key_Return)
    editing = "Editing the card Asks a friend. Enter keeps the text, Escape cancels."
    assert heard[-1] == (QAccessible.Event.Announcement, editing)
    qtbot.keyClick(v, Qt.Key.Key_Escape)
    # An edit is news too: the lane's cards changed.
    v.select_card("second")
    heard.clear()
    qtbot.keyClick(v, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: (QAccessible.Event.ObjectReorder, "Lane 1 of 5: Actions") in heard)
    reordered = [name for event, name in heard if event == QAccessible.Event.ObjectReorder]
    assert reordered == ["Lane 1 of 5: Actions"]  # once, and no other lane
    # On an empty cell, the keys say where they are.
    v.journey_scene.clearSelection()
    v.move_selection(0, 1)
    message = "Lane Actions, stage Consideration: 0 cards"
    qtbot.waitUntil(lambda: (QAccessible.Event.Announcement, message) in heard)


def test_a_big_map_makes_interfaces_only_for_what_is_asked(qtbot: QtBot, tmp_path: Path) -> None:
    project = TEMPLATES["classic"].create_project("Wall")
    journey = project.journeys[0]
    actions = journey.lanes[0].id
    journey.cards += [
        Card(lane_id=actions, stage_id=stage.id, order=i, text=f"Note {stage.title} {i}")
        for stage in journey.stages
        for i in range(400)
    ]
    path = tmp_path / "wall.journey"
    save_project(project, path)
    for window in canvas_window(qtbot, path):
        v = view(window)
        registry = v.accessibility
        assert registry.interface_count() == 0
        actions_lane = lane(v, "Actions")
        assert actions_lane.childCount() == 2000
        assert registry.interface_count() == 10  # the stages and lanes, no card yet
        card = actions_lane.child(1999)
        assert card is not None and card.text(NAME) == "Note Advocacy 399"
        assert registry.interface_count() == 11
        document, journey_id = map_on_show(window)
        gone = [journey.cards[0].id, journey.cards[-1].id]
        document.undo_stack.push(RemoveCardsCommand(document, journey_id, gone))
        assert actions_lane.childCount() == 1998
        assert not card.isValid()  # its card is gone
        assert registry.interface_count() == 10


def test_the_parts_go_when_the_view_goes(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    other = JourneyView(view(window).journey_scene)  # a second view of the same map
    card = children(lane(other, "Actions"))[0]
    identifier = QAccessible.uniqueId(card)
    assert QAccessible.accessibleInterface(identifier) is card
    other.deleteLater()
    qtbot.waitUntil(lambda: QAccessible.accessibleInterface(identifier) is None)
    assert not card.isValid()
    # The first view still answers, and nothing calls on the one that went (pytest-qt would
    # fail the test on an error in a slot).
    monkeypatch.setattr(QAccessible, "isActive", staticmethod(lambda: True))
    monkeypatch.setattr(QAccessible, "updateAccessibility", staticmethod(lambda event: None))
    v = view(window)
    v.select_card("third")
    document, journey_id = map_on_show(window)
    document.undo_stack.push(EditCardCommand(document, journey_id, "first", {"text": "Ads"}))
    qtbot.wait(20)
    assert names(children(lane(v, "Actions"))) == ["Ads", "Asks a friend", "Reads reviews"]
