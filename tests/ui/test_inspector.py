"""The inspector dock driven with real key and mouse events on its fields.

Each edit must become exactly one undo command when the field's editing finishes, and the
forms must follow the document (undo, redo, deletions) without pushing commands themselves.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication
from PySide6.QtWidgets import QColorDialog, QWidget
from pytestqt.qtbot import QtBot

from journeydesk.model.project import MAX_TEXT, Card, LaneKind
from journeydesk.model.templates import TEMPLATES
from journeydesk.ui.canvas.scene import JourneyScene
from journeydesk.ui.commands import EditCardCommand, RemoveAxisItemCommand, RemoveCardsCommand
from journeydesk.ui.docks.inspector import HINT, InspectorDock
from journeydesk.ui.document import Document

CTRL = Qt.KeyboardModifier.ControlModifier
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def document() -> Document:
    """A classic map with three cards in Actions/Awareness and one in Pain points/Purchase."""
    project = TEMPLATES["classic"].create_project("Workshop")
    journey = project.journeys[0]
    actions, pain = journey.lanes[0].id, journey.lanes[3].id
    awareness, purchase = journey.stages[0].id, journey.stages[2].id
    journey.cards += [
        Card(id="first", lane_id=actions, stage_id=awareness, order=0, text="Sees an ad"),
        Card(id="second", lane_id=actions, stage_id=awareness, order=1, text="Asks a friend"),
        Card(
            id="third",
            lane_id=actions,
            stage_id=awareness,
            order=2,
            text="Reads reviews",
            tags=["web"],
            votes=2,
            owner="Ana",
            colour="#c3ecc8",
        ),
        Card(id="pain", lane_id=pain, stage_id=purchase, order=0, text="Form too long"),
    ]
    return Document(project)


@pytest.fixture
def scene(document: Document) -> Iterator[JourneyScene]:
    """The scene of the map's journey (no view needed)."""
    scene = JourneyScene(document, document.project.journeys[0].id)
    yield scene
    scene.clearSelection()


@pytest.fixture
def dock(qtbot: QtBot, scene: JourneyScene) -> InspectorDock:
    """The inspector following the scene, shown and active so that focus moves for real."""
    inspector = InspectorDock()
    qtbot.addWidget(inspector)
    inspector.set_scene(scene)
    inspector.resize(360, 700)
    inspector.show()
    qtbot.waitExposed(inspector)
    inspector.activateWindow()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is not None)
    return inspector


def select(scene: JourneyScene, *card_ids: str) -> None:
    """Select exactly these cards on the canvas."""
    scene.clearSelection()
    for card_id in card_ids:
        scene.item_for_card[card_id].setSelected(True)


def select_header(scene: JourneyScene, axis: str, index: int) -> str:
    """Select exactly the header of the stage or lane at ``index``; return its id."""
    scene.clearSelection()
    journey = scene.journey
    if axis == "stages":
        item_id = journey.stages[index].id
        scene.header_for_stage[item_id].setSelected(True)
    else:
        item_id = journey.lanes[index].id
        scene.header_for_lane[item_id].setSelected(True)
    return item_id


def replace_text(qtbot: QtBot, field: QWidget, text: str) -> None:
    """Focus ``field``, select all it holds and type ``text`` over it."""
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    qtbot.keyClick(field, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(field, text)


def leave(qtbot: QtBot, field: QWidget) -> None:
    """Finish editing ``field`` by moving the focus on with Tab, as a user would."""
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: not field.hasFocus())


def test_hint_without_selection(dock: InspectorDock) -> None:
    assert dock.objectName() == "inspector"
    assert dock.windowTitle() == "Inspector"
    assert dock.showing == "hint"
    assert dock.message() == HINT


def test_card_text_is_one_command_when_editing_finishes(
    qtbot: QtBot, dock: InspectorDock, scene: JourneyScene, document: Document
) -> None:
    select(scene, "first")
    form = dock.card_form
    assert dock.showing == "card"
    assert form.text_edit.toPlainText() == "Sees an ad"
    replace_text(qtbot, form.text_edit, "Sees a poster")
    assert document.undo_stack.count() == 0  # nothing while typing
    leave(qtbot, form.text_edit)
    assert document.card("first").text == "Sees a poster"
    assert document.undo_stack.count() == 1
    assert document.undo_stack.undoText() == "Edit Card Text"
    document.undo_stack.undo()
    assert form.text_edit.toPlainText() == "Sees an ad"
    document.undo_stack.redo()
    assert form.text_edit.toPlainText() == "Sees a poster"
    assert document.undo_stack.count() == 1


def test_ctrl_return_commits_text(
    qtbot: QtBot, dock: InspectorDock, scene: JourneyScene, document: Document
) -> None:
    select(scene, "first")
    field = dock.card_form.text_edit
    replace_text(qtbot, field, "Line one")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.keyClicks(field, "Line two")
    qtbot.keyClick(field, Qt.Key.Key_Return, CTRL)
    assert document.card("first").text == "Line one\nLine two"
    assert field.hasFocus()


def test_tags_are_split_trimmed_and_empty_ones_dropped(
    qtbot: QtBot, dock: InspectorDock, scene: JourneyScene, document: Document
) -> None:
    select(scene, "first")
    field = dock.card_form.tags_edit
    replace_text(qtbot, field, "a, b ,, c")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert document.card("first").tags == ["a", "b", "c"]
    assert document.undo_stack.undoText() == "Edit Card Tags"
    assert field.text() == "a, b, c"
    replace_text(qtbot, field, "c ,b,a")  # same tags, another order: a change
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert document.card("first").tags == ["c", "b", "a"]
    assert document.undo_stack.count() == 2


def test_votes_owner_and_notes(
    qtbot: QtBot, dock: InspectorDock, scene: JourneyScene, document: Document
) -> None:
    select(scene, "first")
    form = dock.card_form
    replace_text(qtbot, form.votes_spin, "12")
    qtbot.keyClick(form.votes_spin, Qt.Key.Key_Return)
    assert document.card("first").votes == 12
    assert document.undo_stack.undoText() == "Change Votes"
    replace_text(qtbot, form.owner_edit, "Maria")
    leave(qtbot, form.owner_edit)
    assert document.card("first").owner == "Maria"
    assert document.undo_stack.undoText() == "Change Card Owner"
    replace_text(qtbot, form.notes_edit, "Interview 4, minute 12")
    leave(qtbot, form.notes_edit)
    assert document.card("first").notes == "Interview 4, minute 12"
    assert document.undo_stack.undoText() == "Edit Card Notes"
    assert form.notes_edit.placeholderText() == "Evidence, source, quotes"
    assert document.undo_stack.count() == 3


def test_colour_swatches(
    qtbot: QtBot, dock: InspectorDock, scene: JourneyScene, document: Document
) -> None:
    select(scene, "third")
    picker = dock.card_form.colour_picker
    assert picker.buttons["#c3ecc8"].isChecked()
    qtbot.mouseClick(picker.buttons["#ffc2d1"], LEFT)
    assert document.card("third").colour == "#ffc2d1"
    assert document.undo_stack.undoText() == "Change Card Colour"
    assert picker.buttons["#ffc2d1"].isChecked()
    assert picker.lane_button is not None
    qtbot.mouseClick(picker.lane_button, LEFT)
    assert document.card("third").colour is None
    assert picker.lane_button.isChecked()
    document.undo_stack.undo()
    assert picker.buttons["#ffc2d1"].isChecked()
    qtbot.mouseClick(picker.buttons["#ffc2d1"], LEFT)  # the current colour: no command
    assert document.undo_stack.count() == 2


def test_unchanged_fields_push_nothing(
    qtbot: QtBot, dock: InspectorDock, scene: JourneyScene, document: Document
) -> None:
    select(scene, "third")
    form = dock.card_form
    for field in (form.text_edit, form.tags_edit, form.votes_spin, form.owner_edit):
        field.setFocus()
        qtbot.waitUntil(field.hasFocus)
        leave(qtbot, field)
    qtbot.keyClick(form.owner_edit, Qt.Key.Key_Return)
    replace_text(qtbot, form.owner_edit, "Ana")  # typed again, the same
    qtbot.keyClick(form.owner_edit, Qt.Key.Key_Return)
    select(scene, "first")
    assert document.undo_stack.count() == 0


def test_over_long_text_is_kept_but_not_committed(
    qtbot: QtBot, dock: InspectorDock, scene: JourneyScene, document: Document
) -> None:
    select(scene, "first")
    field = dock.card_form.text_edit
    QGuiApplication.clipboard().setText("x" * MAX_TEXT)
    replace_text(qtbot, field, "")
    qtbot.keyClick(field, Qt.Key.Key_V, CTRL)
    qtbot.keyClicks(field, "y")
    leave(qtbot, field)
    assert document.undo_stack.count() == 0
    assert document.card("first").text == "Sees an ad"
    assert dock.card_form.problem("text") == (
        "The text is 10,001 characters; a card holds at most 10,000."
    )
    assert len(field.toPlainText()) == MAX_TEXT + 1  # nothing typed is lost
    # An edit elsewhere on the card leaves the refused text where it is.
    document.undo_stack.push(EditCardCommand(document, scene.journey_id, "first", {"votes": 1}))
    assert len(field.toPlainText()) == MAX_TEXT + 1
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    qtbot.keyClick(field, Qt.Key.Key_Backspace)
    leave(qtbot, field)
    assert document.card("first").text == "x" * MAX_TEXT
    assert dock.card_form.problem("text") == ""


def test_refresh_leaves_a_field_being_typed_in_alone(
    qtbot: QtBot, dock: InspectorDock, scene: JourneyScene, document: Document
) -> None:
    select(scene, "first")
    owner = dock.card_form.owner_edit
    owner.setFocus()
    qtbot.waitUntil(owner.hasFocus)
    qtbot.keyClicks(owner, "Jo")
    qtbot.keyClick(owner, Qt.Key.Key_Left)
    # A canvas edit of the same card while the owner is being typed.
    document.undo_stack.push(
        EditCardCommand(document, scene.journey_id, "first", {"text": "From the canvas"})
    )
    assert dock.card_form.text_edit.toPlainText() == "From the canvas"
    assert owner.hasFocus()
    assert owner.text() == "Jo"
    assert owner.cursorPosition() == 1
    assert document.undo_stack.count() == 1


def test_several_cards_then_headers(dock: InspectorDock, scene: JourneyScene) -> None:
    select(scene, "first", "pain")
    assert dock.showing == "message"
    assert dock.message() == "2 cards selected"
    select(scene, "second")
    assert dock.showing == "card"
    assert dock.shown_id == "second"
    scene.clearSelection()
    assert dock.message() == HINT


def test_deleting_the_shown_card_returns_to_the_hint(
    dock: InspectorDock, scene: JourneyScene, document: Document
) -> None:
    select(scene, "pain")
    assert dock.showing == "card"
    document.undo_stack.push(RemoveCardsCommand(document, scene.journey_id, ["pain"]))
    assert dock.showing == "hint"
    assert dock.message() == HINT
    document.undo_stack.undo()  # the card comes back unselected
    assert dock.showing == "hint"


def test_stage_title_and_goal(
    qtbot: QtBot, dock: InspectorDock, scene: JourneyScene, document: Document
) -> None:
    stage_id = select_header(scene, "stages", 1)
    form = dock.stage_form
    assert dock.showing == "stage"
    assert form.title_edit.text() == "Consideration"
    assert form.subtitle.text() == "Stage 2 of 5"
    replace_text(qtbot, form.title_edit, "Compare")
    qtbot.keyClick(form.title_edit, Qt.Key.Key_Return)
    replace_text(qtbot, form.goal_edit, "Pick the best offer")
    leave(qtbot, form.goal_edit)
    replace_text(qtbot, form.description_edit, "Two weeks of reading")
    leave(qtbot, form.description_edit)
    stage = scene.journey.stage(stage_id)
    assert (stage.title, stage.goal) == ("Compare", "Pick the best offer")
    assert stage.description == "Two weeks of reading"
    assert document.undo_stack.count() == 3
    assert document.undo_stack.undoText() == "Edit Stage"
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert form.goal_edit.toPlainText() == "Compare the options and pick one"
    assert form.title_edit.text() == "Compare"


def test_deleting_the_shown_stage_returns_to_the_hint(
    dock: InspectorDock, scene: JourneyScene, document: Document
) -> None:
    stage_id = select_header(scene, "stages", 0)
    document.undo_stack.push(RemoveAxisItemCommand(document, scene.journey_id, "stages", stage_id))
    assert dock.showing == "hint"


def test_lane_title_colour_and_kind(
    qtbot: QtBot,
    dock: InspectorDock,
    scene: JourneyScene,
    document: Document,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    lane_id = select_header(scene, "lanes", 4)  # Opportunities: no cards
    form = dock.lane_form
    assert dock.showing == "lane"
    replace_text(qtbot, form.title_edit, "Ideas")
    qtbot.keyClick(form.title_edit, Qt.Key.Key_Return)
    assert scene.journey.lane(lane_id).title == "Ideas"
    qtbot.mouseClick(form.colour_picker.buttons["#bfdcff"], LEFT)
    assert scene.journey.lane(lane_id).colour == "#bfdcff"
    monkeypatch.setattr(QColorDialog, "getColor", lambda *args: QColor("#123456"))
    assert form.colour_picker.custom_button is not None
    qtbot.mouseClick(form.colour_picker.custom_button, LEFT)
    assert scene.journey.lane(lane_id).colour == "#123456"
    assert form.colour_picker.other_button.isChecked()
    assert form.colour_picker.other_button.isVisible()
    monkeypatch.setattr(QColorDialog, "getColor", lambda *args: QColor())  # cancelled
    qtbot.mouseClick(form.colour_picker.custom_button, LEFT)
    assert document.undo_stack.count() == 3
    form.kind_combo.setFocus()
    qtbot.waitUntil(form.kind_combo.hasFocus)
    qtbot.keyClick(form.kind_combo, Qt.Key.Key_Down)
    qtbot.keyClick(form.kind_combo, Qt.Key.Key_Down)
    assert scene.journey.lane(lane_id).kind is LaneKind.DIVIDER
    assert document.undo_stack.count() == 5
    document.undo_stack.undo()
    assert form.kind_combo.currentData() == LaneKind.EMOTION
    assert document.undo_stack.undoText() == "Edit Lane"


def test_a_lane_holding_cards_cannot_become_a_divider(
    qtbot: QtBot, dock: InspectorDock, scene: JourneyScene, document: Document
) -> None:
    lane_id = select_header(scene, "lanes", 0)  # Actions: three cards
    form = dock.lane_form
    form.kind_combo.setFocus()
    qtbot.waitUntil(form.kind_combo.hasFocus)
    qtbot.keyClick(form.kind_combo, Qt.Key.Key_End)
    assert scene.journey.lane(lane_id).kind is LaneKind.CARDS
    assert form.kind_combo.currentData() == LaneKind.CARDS
    assert document.undo_stack.count() == 0
    assert "holds 3 cards" in form.problem("kind")
    assert "divider" in form.problem("kind")
    qtbot.keyClick(form.kind_combo, Qt.Key.Key_Down)  # the emotion curve is allowed
    assert scene.journey.lane(lane_id).kind is LaneKind.EMOTION
    assert form.problem("kind") == ""


def test_user_text_is_plain(dock: InspectorDock, scene: JourneyScene, document: Document) -> None:
    lane_id = scene.journey.lanes[0].id
    document.undo_stack.push(
        RemoveCardsCommand(document, scene.journey_id, ["first", "second", "third"])
    )
    scene.header_for_lane[lane_id].setSelected(True)
    select(scene, "pain")
    assert dock.card_form.subtitle.textFormat() == Qt.TextFormat.PlainText
    assert dock.message_label.textFormat() == Qt.TextFormat.PlainText
    assert dock.card_form.subtitle.text() == "Lane: Pain points · Stage: Purchase"


def test_switching_scenes_disconnects_the_old_one(
    dock: InspectorDock, scene: JourneyScene, document: Document
) -> None:
    select(scene, "first")
    other = JourneyScene(document, scene.journey_id)
    dock.set_scene(other)
    assert dock.showing == "hint"
    select(scene, "second")  # the old scene no longer drives the dock
    assert dock.showing == "hint"
    other.item_for_card["pain"].setSelected(True)
    assert dock.shown_id == "pain"
    dock.set_scene(None)
    assert dock.showing == "hint"
    assert dock.scene is None


def test_typing_is_kept_when_the_selection_moves_on(
    qtbot: QtBot, dock: InspectorDock, scene: JourneyScene, document: Document
) -> None:
    select(scene, "first")
    owner = dock.card_form.owner_edit
    replace_text(qtbot, owner, "Li")
    select(scene, "second")  # e.g. by a menu shortcut, the field still focused
    assert document.card("first").owner == "Li"
    assert document.card("second").owner == ""
    assert owner.text() == ""
    assert document.undo_stack.count() == 1


def test_a_deleted_scene_is_let_go(qtbot: QtBot, dock: InspectorDock, document: Document) -> None:
    other = JourneyScene(document, document.project.journeys[0].id)
    dock.set_scene(other)
    other.item_for_card["first"].setSelected(True)
    assert dock.shown_id == "first"
    del other
    gc.collect()
    assert dock.scene is None
    assert dock.showing == "hint"
    document.undo_stack.push(
        RemoveCardsCommand(document, document.project.journeys[0].id, ["first"])
    )
    assert dock.showing == "hint"


def test_a_deleted_dock_leaves_its_scene_working(
    qtbot: QtBot, scene: JourneyScene, document: Document
) -> None:
    inspector = InspectorDock()
    inspector.set_scene(scene)
    select(scene, "first")
    assert inspector.shown_id == "first"
    inspector.deleteLater()
    del inspector
    qtbot.wait(10)
    gc.collect()
    select(scene, "second")
    document.undo_stack.push(RemoveCardsCommand(document, scene.journey_id, ["second"]))
    assert "second" not in scene.item_for_card


def test_every_field_of_every_form_has_a_name_and_a_description(
    dock: InspectorDock, scene: JourneyScene
) -> None:
    from tests.ui.test_accessibility import controls, unnamed

    for show in (
        lambda: select(scene, "third"),
        lambda: select(scene, "first", "pain"),
        lambda: select_header(scene, "stages", 0),
        lambda: select_header(scene, "lanes", 0),
        dock.show_map,
    ):
        show()
        assert len(controls(dock)) >= 3, dock.showing
        assert unnamed(dock) == [], dock.showing
    swatches = dock.card_form.colour_picker.buttons
    assert swatches["#ffe58f"].accessibleName() == "Yellow"
    assert swatches["#ffe58f"].toolTip() == "Yellow (#ffe58f)"
    assert len({button.accessibleName() for button in swatches.values()}) == len(swatches)


def test_counts_read_as_words(dock: InspectorDock, scene: JourneyScene) -> None:
    scene.clearSelection()
    for index in (0, 1):
        scene.header_for_stage[scene.journey.stages[index].id].setSelected(True)
    assert dock.message() == "2 stages selected"
    for index in (0, 1):
        scene.header_for_lane[scene.journey.lanes[index].id].setSelected(True)
    assert dock.message() == "2 stages and 2 lanes selected"
    select_header(scene, "lanes", 0)
    assert dock.lane_form.subtitle.text() == "Lane 1 of 5 · 3 cards"
    select_header(scene, "lanes", 3)
    assert dock.lane_form.subtitle.text() == "Lane 4 of 5 · 1 card"
    dock.show_map()
    assert dock.map_form.subtitle.text() == "Current state · 4 cards"
