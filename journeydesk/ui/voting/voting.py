"""Dot voting in a window: Map > Start Dot Voting…, clicks on cards, the tally, the top cards.

The round itself lives in the map (``Journey.vote_rounds``) and changes only through undo
commands; this object keeps what is not worth saving: whose turn it is. It follows the
dots as they change (Undo of a dot gives the turn back to its voter; a voter whose dots are
used hands the turn on), and rings the top cards of an ended round (``rings.py``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMenu, QToolButton

from journeydesk.i18n import arg
from journeydesk.layout.colours import participant_colour
from journeydesk.model.voting import dot_problem, latest_round, open_round
from journeydesk.ui.canvas.view import JourneyView
from journeydesk.ui.vote_commands import (
    EndVoteRoundCommand,
    PlaceDotCommand,
    RemoveDotCommand,
    StartVoteRoundCommand,
)
from journeydesk.ui.voting.rings import TopCardRings
from journeydesk.ui.voting.start_dialog import StartRoundDialog
from journeydesk.ui.voting.tally_dialog import TallyDialog, tally_rows
from journeydesk.ui.voting.voting_bar import VotingBar, turn_text

if TYPE_CHECKING:
    from journeydesk.ui.present.presentation_window import PresentationWindow

if TYPE_CHECKING:
    from journeydesk.model.project import Journey
    from journeydesk.ui.document import Document
    from journeydesk.ui.main_window import MainWindow

#: A round's dots as (card id, participant), in the order placed.
DotKeys = tuple[tuple[str, int], ...]
NO_DOTS: DotKeys = ()


class Voting(QObject):
    """Starts, runs and ends dot-voting rounds on the maps of one window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.bar = VotingBar(window)
        self._turn: dict[str, int] = {}  # journey id -> the participant voting now
        #: Journey id -> the open round's dots as last seen, to tell a dot placed from one undone.
        self._seen: dict[str, DotKeys] = {}
        self.rings = TopCardRings(lambda: [view.journey_scene for view in window.canvases()])
        self.start_action = QAction(self.tr("Start &Dot Voting…"), window)
        self.start_action.setStatusTip(
            self.tr("Let everyone place dots on the cards that matter most")
        )
        self.start_action.triggered.connect(self.start_round)
        self.end_action = QAction(self.tr("&End Dot Voting"), window)
        self.end_action.setStatusTip(
            self.tr("End the open round, show its tally and ring the top cards")
        )
        self.end_action.triggered.connect(self.end_round)
        self.tally_action = QAction(self.tr("Dot Voting &Tally…"), window)
        self.tally_action.setStatusTip(self.tr("Show the cards of the last round, most dots first"))
        self.tally_action.triggered.connect(self.show_tally)
        self.bar.participant_chosen.connect(self._choose)
        self.bar.next_requested.connect(self.next_voter)
        self.bar.tally_requested.connect(self.show_tally)
        self.bar.end_requested.connect(self.end_round)
        window.map_tabs.current_view_changed.connect(self._on_view)
        window.presenting.presentation_changed.connect(self._on_presentation)

    def fill_map_menu(self, menu: QMenu) -> None:
        """Add the voting actions."""
        for action in (self.start_action, self.end_action, self.tally_action):
            menu.addAction(action)

    def follow(self) -> None:
        """Follow the window's (new) document."""
        self._turn.clear()
        self._seen.clear()
        document = self.window.document
        if document is not None:
            document.votes_changed.connect(self._on_votes_changed)
            for signal in (
                document.cards_added,
                document.cards_removed,
                document.cards_changed,
                document.cards_moved,
            ):
                signal.connect(self._on_cards)
        self.refresh()

    # The map on show.

    def _shown(self) -> tuple[Document, Journey] | None:
        """The window's document and the map on show, or None when there is none."""
        view = self.window.map_tabs.current_view()
        document = self.window.document
        if view is None or document is None:
            return None
        return document, document.journey(view.journey_scene.journey_id)

    def _journey(self) -> Journey | None:
        shown = self._shown()
        return shown[1] if shown is not None else None

    def start_round(self) -> None:
        """Ask for the question and participants, then open a round on the map on show."""
        shown = self._shown()
        if shown is None or not self.window.commit_edits():
            return
        document, journey = shown
        if open_round(journey) is not None:
            self.window.statusBar().showMessage(
                self.tr(
                    "A round is already open on this map: end it first (Map > End Dot Voting)."
                ),
                8000,
            )
            return
        dialog = StartRoundDialog(self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted or document is not self.window.document:
            return
        command = StartVoteRoundCommand(
            document,
            journey.id,
            dialog.question.text().strip(),
            dialog.dots.value(),
            dialog.participants(),
        )
        self._turn[journey.id] = 0
        document.undo_stack.push(command)

    def end_round(self) -> None:
        """End the open round of the map on show, show its tally and ring its top cards."""
        shown = self._shown()
        if shown is None or open_round(shown[1]) is None or not self.window.commit_edits():
            return
        document, journey = shown
        document.undo_stack.push(EndVoteRoundCommand(document, journey.id))
        self.show_tally()

    def show_tally(self) -> None:
        """Show the last round's cards, most dots first."""
        journey = self._journey()
        vote_round = latest_round(journey) if journey is not None else None
        if journey is None or vote_round is None:
            self.window.statusBar().showMessage(
                self.tr("This map has no dot-voting round yet."), 6000
            )
            return
        if not self.window.commit_edits():  # the tally names cards: with what is typed on them
            return
        journey = self._journey()
        vote_round = latest_round(journey) if journey is not None else None
        if journey is None or vote_round is None:
            return
        TallyDialog(journey, vote_round, self.window).exec()

    def next_voter(self) -> None:
        """Hand the dots to the next participant who has some left."""
        journey = self._journey()
        if journey is not None:
            self._advance(journey, self._turn.get(journey.id, 0) + 1)
            self.refresh()

    def _choose(self, participant: int) -> None:
        journey = self._journey()
        if journey is not None:
            self._turn[journey.id] = participant
            self.refresh()

    # Dots.

    def place(self, journey_id: str, card_id: str, take_back: bool) -> None:
        """A click on a card: place the voter's dot there (Shift: take one of theirs back)."""
        document = self.window.document
        if document is None:
            return
        journey = document.journey(journey_id)
        vote_round = open_round(journey)
        if vote_round is None:
            return
        turn = self._turn.get(journey_id, 0)
        if take_back:
            if turn not in vote_round.dots_on(card_id):
                name = vote_round.participant_name(turn)
                self._say(arg(self.tr("%1 has no dot on that card to take back."), name))
                return
            document.undo_stack.push(RemoveDotCommand(document, journey_id, card_id, turn))
        else:
            if dot_problem(journey, card_id, turn) is not None:
                turn = self._advance(journey, turn)
            problem = dot_problem(journey, card_id, turn)
            if problem is not None:
                self._say(problem)
                return
            self._turn[journey_id] = turn
            document.undo_stack.push(PlaceDotCommand(document, journey_id, card_id, turn))

    def _left(self, journey: Journey) -> list[int]:
        vote_round = open_round(journey)
        if vote_round is None:
            return []
        card_ids = {card.id for card in journey.cards}
        return [vote_round.dots_left(i, card_ids) for i in range(len(vote_round.participants))]

    def _advance(self, journey: Journey, start: int) -> int:
        """The first participant from ``start`` on (wrapping) with dots left; it votes now."""
        left = self._left(journey)
        if not left:
            return start
        count = len(left)
        turn = self._turn.get(journey.id, 0)
        for step in range(count):
            candidate = (start + step) % count
            if left[candidate]:
                turn = candidate
                break
        self._turn[journey.id] = turn
        return turn

    def _say(self, sentence: str) -> None:
        self.window.statusBar().showMessage(sentence, 6000)

    # Following the document and the canvases.

    def _on_votes_changed(self, journey_id: str) -> None:
        document = self.window.document
        if document is None:
            return
        journey = document.journey(journey_id)
        vote_round = open_round(journey)
        dots = tuple((d.card_id, d.participant) for d in vote_round.dots) if vote_round else NO_DOTS
        seen = self._seen.get(journey_id, NO_DOTS)
        self._seen[journey_id] = dots
        if vote_round is not None:
            turn = min(self._turn.get(journey_id, 0), len(vote_round.participants) - 1)
            if len(dots) < len(seen) and dots == seen[: len(dots)]:
                turn = seen[-1][1]  # a dot undone: its voter votes again
            elif len(dots) > len(seen) and dots[: len(seen)] == seen:
                turn = dots[-1][1]  # a dot placed: the same voter, or the next when they are done
            self._turn[journey_id] = turn
            self._advance(journey, turn)
        self.rings.update(journey)
        self.refresh()

    def _on_view(self, view: JourneyView | None) -> None:
        if view is not None:
            self._connect(view)
        self.refresh()

    def _connect(self, view: JourneyView) -> None:
        scene = view.journey_scene
        if not view.property("journeydesk_voting"):  # once a canvas
            view.setProperty("journeydesk_voting", True)
            view.vote_requested.connect(
                lambda card_id, back: self.place(scene.journey_id, card_id, back)
            )
            scene.layout_changed.connect(lambda: self._update_rings(scene.journey_id))
        self._update_rings(scene.journey_id)

    def _on_presentation(self, presentation: PresentationWindow | None) -> None:
        if presentation is not None:
            self._connect(presentation.view)
            if presentation.controls is not None:  # one screen: voting from the overlay too
                for text, description, slot in (
                    (
                        self.tr("Next Voter"),
                        self.tr("Hand the dots to the next participant who has some left"),
                        self.next_voter,
                    ),
                    (
                        self.tr("End Round"),
                        self.tr("End the round, show its tally and ring the top cards"),
                        self.end_round,
                    ),
                ):
                    button = QToolButton()
                    button.setText(text)
                    button.setToolTip(description)
                    button.setAccessibleName(text)
                    button.setAccessibleDescription(description)
                    button.clicked.connect(slot)
                    presentation.add_control(button)
                    presentation.voting_controls.append(button)
        self.refresh()

    def _on_cards(self, journey_id: str, _card_ids: list[str]) -> None:
        # Ringed cards move when cards around them do: once every canvas has moved them. Only
        # a map whose last round has ended has rings (every edit passes here: keep it cheap).
        document = self.window.document
        if document is None:
            return
        last = latest_round(document.journey(journey_id))
        if last is not None and not last.is_open:
            QTimer.singleShot(0, self, lambda: self._update_rings(journey_id))

    def _update_rings(self, journey_id: str) -> None:
        document = self.window.document
        if document is not None and journey_id in {j.id for j in document.project.journeys}:
            self.rings.update(document.journey(journey_id))

    def refresh(self) -> None:
        """Show the open round's state on the bar, the actions and the presentation."""
        journey = self._journey()
        vote_round = latest_round(journey) if journey is not None else None
        is_open = vote_round is not None and vote_round.is_open
        self.start_action.setEnabled(journey is not None and not is_open)
        self.end_action.setEnabled(is_open)
        self.tally_action.setEnabled(vote_round is not None)
        turn = self._turn.get(journey.id, 0) if journey is not None else 0
        left = self._left(journey) if journey is not None else []
        self.bar.show_round(vote_round if is_open else None, turn, left)
        presentation = self.window.presenting.presentation
        if presentation is not None:
            self._show_on_presentation(presentation)

    def _show_on_presentation(self, presentation: PresentationWindow) -> None:
        """Whose turn it is on the projected map, and its tally on the presenter panel."""
        document, journey_id = self.window.document, presentation.view.journey_scene.journey_id
        if document is None or journey_id not in {j.id for j in document.project.journeys}:
            return  # its map was deleted: the presentation is leaving
        shown = document.journey(journey_id)
        last = latest_round(shown)
        rows = (
            [(r, card, dots) for r, card, _where, dots in tally_rows(shown, last)] if last else []
        )
        question = (last.question or self.tr("Dot voting")) if last is not None else ""
        self.window.presenting.panel.show_tally(question, rows)
        for button in presentation.voting_controls:
            button.setVisible(last is not None and last.is_open)
        if last is None or not last.is_open:
            presentation.set_vote_status("", "")
            return
        turn = self._turn.get(shown.id, 0)
        text = turn_text(last, turn, self._left(shown))
        presentation.set_vote_status(text, participant_colour(turn))
