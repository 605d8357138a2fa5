"""Dot voting with real clicks: a round of three participants with three dots each."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from journeydesk.model.storage import load_project
from journeydesk.model.voting import latest_round, map_order
from journeydesk.ui.canvas.view import JourneyView
from journeydesk.ui.main_window import MainWindow
from journeydesk.ui.voting.start_dialog import StartRoundDialog
from journeydesk.ui.voting.tally_dialog import TallyDialog, tally_rows
from tests.ui.helpers import example_canvas, saved, view
from tests.ui.test_accessibility import controls, unnamed


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    yield from example_canvas(qtbot, tmp_path)


@pytest.fixture
def answered(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Answer the start dialog with three named voters and three dots; tally boxes close."""
    shown: list[object] = []

    def start(dialog: StartRoundDialog) -> int:
        dialog.question.setText("Which pain points should we fix first?")
        dialog.dots.setValue(3)
        dialog.names.setPlainText("Ana\nBo\n\nCy\n")
        shown.append(dialog)
        return QDialog.DialogCode.Accepted

    def tally(dialog: TallyDialog) -> int:
        shown.append(dialog)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(StartRoundDialog, "exec", start)
    monkeypatch.setattr(TallyDialog, "exec", tally)
    return shown


def _card_point(v: JourneyView, card_id: str) -> QPoint:
    v.select_card(card_id)  # scrolled into view
    v.journey_scene.clearSelection()
    return v.mapFromScene(v.journey_scene.card_scene_rect(card_id).center())


def test_three_participants_place_three_dots_each_saved_reloaded_and_tallied(
    qtbot: QtBot, window: MainWindow, answered: list[object]
) -> None:
    v = view(window)
    journey = window.document.project.journeys[0]
    pains = [c.id for c in journey.cards if c.lane_id == journey.lanes[4].id][:4]
    window.voting.start_action.trigger()
    assert window.voting.bar.isVisible()
    assert window.voting.bar.left.text().startswith("Ana: 3 dots left")
    # Ana: 2 on the first pain point, 1 on the second. Bo: 3 on the third (a double-click is
    # two dots). Cy: 1 each on the first three... then one more click finds no dots left.
    clicks = [pains[0], pains[0], pains[1], pains[2], pains[2], pains[2], pains[0], pains[1]]
    for card_id in clicks:
        QTest.mouseClick(v.viewport(), Qt.MouseButton.LeftButton, pos=_card_point(v, card_id))
    assert window.voting.bar.left.text().startswith("Cy: 1 dot left")
    QTest.mouseClick(v.viewport(), Qt.MouseButton.LeftButton, pos=_card_point(v, pains[3]))
    assert not v.editor.is_editing()  # clicks vote, they do not start typing or dragging
    assert "Every dot is placed" in window.voting.bar.left.text()
    # Undo takes the last dot back; the click puts it again.
    QTest.keyClick(v, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    vote_round = latest_round(window.document.journey(journey.id))
    assert len(vote_round.dots) == 8
    QTest.mouseClick(v.viewport(), Qt.MouseButton.LeftButton, pos=_card_point(v, pains[3]))
    # The cards show their dots in the voters' colours, and the manual count is untouched.
    box = v.journey_scene.layout.cards[pains[0]]
    assert len(box.dots) == 3
    votes_before = {c.id: c.votes for c in journey.cards}
    window.voting.end_action.trigger()
    assert isinstance(answered[-1], TallyDialog)
    assert not window.voting.bar.isVisible()
    project = saved(window)
    reloaded = load_project(window.document.path)
    assert reloaded == project
    saved_round = latest_round(reloaded.journeys[0])
    assert saved_round.question == "Which pain points should we fix first?"
    assert saved_round.participants == ["Ana", "Bo", "Cy"]
    assert saved_round.ended_at is not None and saved_round.started_at <= saved_round.ended_at
    assert [(d.card_id, d.participant) for d in saved_round.dots] == [
        (pains[0], 0), (pains[0], 0), (pains[1], 0),
        (pains[2], 1), (pains[2], 1), (pains[2], 1),
        (pains[0], 2), (pains[1], 2), (pains[3], 2),
    ]  # fmt: skip
    assert saved_round.tally(map_order(reloaded.journeys[0])) == [
        (pains[0], 3), (pains[2], 3), (pains[1], 2), (pains[3], 1)
    ]  # fmt: skip
    assert {c.id: c.votes for c in reloaded.journeys[0].cards} == votes_before
    ranks = [row[0] for row in tally_rows(reloaded.journeys[0], saved_round)]
    assert ranks == [1, 1, 3, 4]
    # The top three cards are ringed on the map.
    ring = next(i for i in v.journey_scene.items() if type(i).__name__ == "TopCardsItem")
    assert ring.boundingRect().contains(v.journey_scene.card_scene_rect(pains[0]))
    assert ring.ranks() == [1, 1, 3]  # two cards share first place; the fourth is not ringed


def test_shift_click_takes_a_dot_back_and_clicks_without_a_round_drag_as_before(
    qtbot: QtBot, window: MainWindow, answered: list[object]
) -> None:
    v = view(window)
    journey = window.document.project.journeys[0]
    card_id = journey.cards[0].id
    QTest.mouseClick(v.viewport(), Qt.MouseButton.LeftButton, pos=_card_point(v, card_id))
    assert v.journey_scene.selected_card_ids() == [card_id]  # no round: a click selects
    window.voting.start_action.trigger()
    point = _card_point(v, card_id)
    QTest.mouseClick(v.viewport(), Qt.MouseButton.LeftButton, pos=point)
    QTest.mouseClick(v.viewport(), Qt.MouseButton.LeftButton, pos=point)
    QTest.mouseClick(
        v.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ShiftModifier, point
    )
    dots = latest_round(saved(window).journeys[0]).dots
    assert [(d.card_id, d.participant) for d in dots] == [(card_id, 0)]


def test_voting_on_the_presentation_shows_whose_turn_and_the_tally_on_the_laptop(
    qtbot: QtBot, window: MainWindow, answered: list[object], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(type(window.presenting), "on_second_screen", lambda _self: True)
    window.voting.start_action.trigger()
    presentation = window.presenting.start()
    assert presentation is not None
    presentation.showNormal()
    presentation.resize(1920, 1080)
    qtbot.waitExposed(presentation)
    qtbot.wait(350)
    assert presentation.vote_status.isVisible()
    assert "Ana: 3 dots left" in presentation.vote_status.text()
    shown = presentation.view
    stage = shown.journey_scene.layout.stages[0].stage_id
    card_id = next(
        b.card_id for b in shown.journey_scene.layout.cards.values() if b.stage_id == stage
    )
    point = shown.mapFromScene(shown.journey_scene.card_scene_rect(card_id).center())
    QTest.mouseClick(shown.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert "Ana: 2 dots left" in presentation.vote_status.text()
    panel = window.presenting.panel
    assert panel.tally_title.text() == "Dot voting: Which pain points should we fix first?"
    assert panel.tally.text().startswith("1. ") and panel.tally.text().endswith("(1)")
    # A voter's name is shown as typed, never as markup.
    presentation.set_vote_status("<b>Bo</b> & co: 1 dot left", "#e69f00")
    assert "&lt;b&gt;Bo&lt;/b&gt; &amp; co" in presentation.vote_status.text()
    # The editor's canvas shows the dot at once.
    assert len(view(window).journey_scene.layout.cards[card_id].dots) == 1
    presentation.close()
    qtbot.waitUntil(lambda: window.presenting.presentation is None)


def test_the_voting_controls_have_names_and_descriptions(
    qtbot: QtBot, window: MainWindow, answered: list[object]
) -> None:
    dialog = StartRoundDialog(window)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert len(controls(dialog)) >= 6  # question, dots, count, names, the buttons
    assert unnamed(dialog) == []
    assert dialog.count.suffix() == " participants"
    dialog.count.setValue(1)
    assert dialog.count.text() == "1 participant"  # the word follows the number
    dialog.close()
    window.voting.start_action.trigger()
    bar = window.voting.bar
    assert bar.isVisible() and len(controls(bar)) == 4
    assert unnamed(bar) == []
    journey = window.document.project.journeys[0]
    vote_round = latest_round(window.document.journey(journey.id))
    assert vote_round is not None
    tally = TallyDialog(journey, vote_round, window)
    tally.show()
    qtbot.waitExposed(tally)
    assert controls(tally) and unnamed(tally) == []
    tally.close()
