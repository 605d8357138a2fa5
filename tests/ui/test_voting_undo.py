"""Dot voting and presenting under Undo and Redo: turns, rings and keys stay right."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QToolButton
from pytestqt.qtbot import QtBot

from journeydesk.model.voting import latest_round
from journeydesk.ui.canvas.items.top_cards_item import TopCardsItem
from journeydesk.ui.canvas.view import JourneyView
from journeydesk.ui.main_window import MainWindow
from journeydesk.ui.voting.start_dialog import StartRoundDialog
from journeydesk.ui.voting.tally_dialog import TallyDialog
from tests.ui.helpers import example_canvas, saved, view
from tests.ui.test_accessibility import controls, unnamed

Answer = tuple[list[str] | int, int]


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    yield from example_canvas(qtbot, tmp_path)


@pytest.fixture
def rounds(monkeypatch: pytest.MonkeyPatch) -> list[Answer]:
    """Queue (participants, dots) answers for the start dialog; the tally closes at once."""
    queued: list[Answer] = []

    def start(dialog: StartRoundDialog) -> int:
        participants, dots = queued.pop(0)
        dialog.dots.setValue(dots)
        if isinstance(participants, int):
            dialog.count.setValue(participants)
            dialog.by_count.setChecked(True)
        else:
            dialog.names.setPlainText("\n".join(participants))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(StartRoundDialog, "exec", start)
    monkeypatch.setattr(TallyDialog, "exec", lambda _dialog: QDialog.DialogCode.Rejected)
    return queued


def _click(v: JourneyView, card_id: str, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    v.select_card(card_id)
    v.journey_scene.clearSelection()
    point: QPoint = v.mapFromScene(v.journey_scene.card_scene_rect(card_id).center())
    QTest.mouseClick(v.viewport(), Qt.MouseButton.LeftButton, modifier, point)


def _undo(v: JourneyView) -> None:
    QTest.keyClick(v, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def test_undoing_a_dot_gives_the_turn_back_to_its_voter(
    window: MainWindow, rounds: list[Answer]
) -> None:
    v = view(window)
    cards = [c.id for c in window.document.project.journeys[0].cards[:3]]
    rounds.append((["Ana", "Bo"], 2))
    window.voting.start_action.trigger()
    _click(v, cards[0])
    _click(v, cards[1])
    assert window.voting.bar.left.text().startswith("Bo: 2 dots left")
    _undo(v)
    assert window.voting.bar.left.text().startswith("Ana: 1 dot left")
    _click(v, cards[2])  # Ana's again
    dots = latest_round(saved(window).journeys[0]).dots
    assert [(d.card_id, d.participant) for d in dots] == [(cards[0], 0), (cards[2], 0)]


def test_undo_back_into_a_smaller_round_keeps_a_voter_that_exists(
    window: MainWindow, rounds: list[Answer]
) -> None:
    v = view(window)
    rounds += [(["Ana", "Bo"], 1), (6, 1)]
    window.voting.start_action.trigger()
    window.voting.end_action.trigger()
    window.voting.start_action.trigger()
    window.voting.bar.voter.setCurrentIndex(5)
    window.voting.bar.voter.activated.emit(5)
    assert window.voting.bar.left.text().startswith("Participant 6")
    _undo(v)  # the second round is gone
    _undo(v)  # the first is open again, with two voters
    assert window.voting.bar.isVisible()
    assert window.voting.bar.voter.count() == 2
    assert window.voting.bar.left.text().split(":")[0] in ("Ana", "Bo")


def test_the_top_cards_stay_ringed_through_undo_and_redo_of_end_round(
    window: MainWindow, rounds: list[Answer]
) -> None:
    v = view(window)
    card = window.document.project.journeys[0].cards[0].id
    rounds.append((1, 1))
    window.voting.start_action.trigger()
    _click(v, card)
    window.voting.end_action.trigger()

    def ranks() -> list[int]:
        rings = [i for i in v.journey_scene.items() if isinstance(i, TopCardsItem)]
        return [rank for ring in rings for rank in ring.ranks()]

    assert ranks() == [1]
    _undo(v)
    assert ranks() == []  # open again: no winners yet
    QTest.keyClick(
        v, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert ranks() == [1]


def test_undo_works_in_the_presentation_and_its_typing_is_autosaved(
    qtbot: QtBot, window: MainWindow, rounds: list[Answer], monkeypatch: pytest.MonkeyPatch
) -> None:
    typed: list[bool] = []
    monkeypatch.setattr(window.autosaver, "typed", lambda: typed.append(True))
    rounds.append((2, 2))
    window.voting.start_action.trigger()
    presentation = window.presenting.start()
    assert presentation is not None
    presentation.showNormal()
    presentation.resize(1600, 900)
    qtbot.waitExposed(presentation)
    presentation.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is presentation)
    shown = presentation.view
    shown.setFocus()
    qtbot.wait(350)
    layout = shown.journey_scene.layout
    card = next(b.card_id for b in layout.cards.values() if b.stage_id == layout.stages[0].stage_id)
    point = shown.mapFromScene(shown.journey_scene.card_scene_rect(card).center())
    QTest.mouseClick(shown.viewport(), Qt.MouseButton.LeftButton, pos=point)
    journey_id = shown.journey_scene.journey_id
    assert len(latest_round(window.document.journey(journey_id)).dots) == 1
    _undo(shown)
    assert latest_round(window.document.journey(journey_id)).dots == []
    # The one-screen controls hold the timer and the round's buttons; typing is autosaved.
    texts = [b.text() for b in presentation.controls.findChildren(QToolButton) if not b.isHidden()]
    assert "Next Voter" in texts and "End Round" in texts
    # Every control a screen reader finds on the overlay has a name and a description.
    assert presentation.controls is not None
    presentation.controls.show()
    assert len(controls(presentation.controls)) >= 10
    assert unnamed(presentation) == []
    QTest.keyClick(shown, Qt.Key.Key_Return)
    QTest.keyClicks(shown.viewport(), "Kept")
    assert typed
    QTest.keyClick(shown.viewport(), Qt.Key.Key_Escape)
    QTest.keyClick(shown, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.presenting.presentation is None)


def test_with_a_second_screen_nothing_but_the_map_and_its_chips_is_projected(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(type(window.presenting), "on_second_screen", lambda _self: True)
    presentation = window.presenting.start()
    assert presentation is not None
    qtbot.waitExposed(presentation)
    assert presentation.findChildren(QToolButton) == []  # the timer's button is on the laptop
    presentation.close()
    qtbot.waitUntil(lambda: window.presenting.presentation is None)
