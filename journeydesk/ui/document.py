"""The open project: the one owner of change, with its undo stack and file on disk."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from journeydesk.i18n import arg
from journeydesk.model.bulk import collect_frozen
from journeydesk.model.changes import Changes
from journeydesk.model.errors import ProjectLoadError, ProjectSaveError
from journeydesk.model.lock import ProjectLock
from journeydesk.model.project import Card, Journey, Lane, Project, Stage, now
from journeydesk.model.storage import (
    checked_project_bytes,
    parse_project,
    read_project_file,
    write_project_file,
)
from journeydesk.ui.document_personas import MapPersonas as MapPersonas  # kept importable here
from journeydesk.ui.document_personas import PersonaEditing, set_fields
from journeydesk.ui.document_votes import VoteEditing

#: Where a card sits: lane id, stage id, and its order in the cell.
Placement = tuple[str, str, int]
#: The two axes of a map: stages run across, lanes run down.
Axis = Literal["stages", "lanes"]
#: A stage's scores on the curves of its map, by persona id as ``Journey.curve_of`` takes it.
StageScores = dict[str | None, int]


def content_on_disk(path: Path | None) -> bytes | None:
    """The bytes of the file at ``path``; None if it is missing or cannot be read.

    What a document last read or wrote is kept whole and compared byte for byte with this, to
    notice changes another program made: exact, and cheaper than hashing both (the kept copy
    is as large as the file, a few megabytes for the largest map).
    """
    if path is None:
        return None
    try:
        return read_project_file(path)
    except ProjectLoadError:
        return None


def _collect_after_close() -> None:
    QTimer.singleShot(0, collect_frozen)


class Document(VoteEditing, PersonaEditing, QObject):
    """Holds a ``Project`` and its ``QUndoStack``; every edit goes through a command.

    Commands (``ui/commands.py``) call the ``apply_*`` methods, which change the model and
    announce the change; nothing else writes to the project. Those of personas are in
    ``document_personas.py``, those of vote rounds in ``document_votes.py``.

    A document belongs to its window, which deletes it, then its stack and commands, in order;
    left to Python's cycle collector, its commands may go first and the stack then crashes.
    """

    #: Fires after the project's title or description changed.
    info_changed = Signal()
    #: Fires when the document is saved under another path (Save As).
    path_changed = Signal(object)
    #: Fires after cards were added to a journey: (journey id, card ids).
    cards_added = Signal(str, list)
    #: Fires after cards were removed from a journey: (journey id, card ids).
    cards_removed = Signal(str, list)
    #: Fires after the content of cards changed (text, colour, tags, ...): (journey id, ids).
    cards_changed = Signal(str, list)
    #: Fires after cards changed lane, stage or order: (journey id, card ids).
    cards_moved = Signal(str, list)
    #: Fires after stages or lanes were added, removed, reordered or edited: (journey id).
    structure_changed = Signal(str)
    #: Fires after emotion scores changed: (journey id).
    emotions_changed = Signal(str)
    #: Fires with a sentence when an edit was refused because it would break a rule of the
    #: model (the edit changed nothing).
    refused = Signal(str)
    #: Fires after maps were added, removed or reordered.
    journeys_changed = Signal()
    #: Fires after a map's own fields (title, scenario, notes) changed: (journey id).
    journey_changed = Signal(str)
    #: Fires after personas were added, removed or edited.
    personas_changed = Signal()
    #: Fires after a map's vote rounds or their dots changed (document_votes.py): (journey id).
    votes_changed = Signal(str)

    def __init__(
        self,
        project: Project,
        path: Path | None = None,
        parent: QObject | None = None,
        *,
        disk_content: bytes | None = None,
    ) -> None:
        super().__init__(parent)
        self.destroyed.connect(_collect_after_close)  # what froze for the map goes with it
        self._project = project
        self._path = path
        self._disk_content = disk_content if disk_content is not None else content_on_disk(path)
        #: Opened while another JourneyDesk had the file open: Save asks for a new name.
        self.read_only = False
        #: This window's lock on the file, so that another JourneyDesk warns before opening it.
        self.lock: ProjectLock | None = None
        self._cards: dict[str, Card] = {c.id: c for j in project.journeys for c in j.cards}
        # Future-state links cleared when what they named was removed, by the removed id,
        # so that undo (which puts the same ids back) restores them.
        self._cleared_links: dict[str, list[tuple[Journey | Stage | Card, str]]] = {}
        self.undo_stack = QUndoStack(self)
        #: What was edited since the file was read or written: checked in full on saving.
        self.changes = Changes()
        self._track_changes()

    @classmethod
    def open(cls, path: Path, parent: QObject | None = None) -> Document:
        """Load the project at ``path``; raises ``ProjectLoadError`` with a sentence."""
        data = read_project_file(path)
        try:
            project = parse_project(data)
        except ProjectLoadError as error:
            error.path = path
            raise
        return cls(project, path.resolve(), parent, disk_content=data)

    @property
    def project(self) -> Project:
        """The project being edited (read it freely; change it only through commands)."""
        return self._project

    @property
    def path(self) -> Path | None:
        """The file the project was opened from or last saved to; None for a new project."""
        return self._path

    def journey(self, journey_id: str) -> Journey:
        """The journey with this id."""
        return self._project.journey(journey_id)

    def card(self, card_id: str) -> Card:
        """The card with this id, from any journey (KeyError if there is none)."""
        return self._cards[card_id]

    def display_name(self) -> str:
        """The name to show in the title bar: the project title, else the file name."""
        if self._project.title.strip():
            return self._project.title.strip()
        return self._path.stem if self._path else self.tr("Untitled map")

    def is_modified(self) -> bool:
        """Whether there are edits not yet saved."""
        return not self.undo_stack.isClean()

    @property
    def saved_content(self) -> bytes | None:
        """The bytes of the file as last loaded or saved (None: no file then)."""
        return self._disk_content

    def changed_on_disk(self) -> bool:
        """Whether another program changed or removed the file since it was opened or saved.

        The content is compared, not the modification time, which some drives keep coarsely.
        """
        return self._path is not None and content_on_disk(self._path) != self._disk_content

    def save(self, path: Path | None = None, *, replace_read_only: bool = False) -> bool:
        """Save to ``path`` (or the current path); raises ``ProjectSaveError`` with a sentence.

        Returns False, writing nothing, when there is nothing new to save: no edits, the
        same file, and that file unchanged on disk. On failure nothing changes: the document
        stays modified and keeps its path.
        """
        if path is None and self._path is None:
            raise ValueError("a new project needs a path to be saved")
        target = (path or self._path or Path()).resolve()
        if target == self._path and not self.is_modified() and not self.changed_on_disk():
            return False
        stamped = self._project.model_copy(update={"modified": now()})
        try:  # never write a file that could not be opened again
            data = checked_project_bytes(stamped, self.changes)
        except ProjectLoadError as error:
            message = self.tr(
                "The project could not be saved because it holds something JourneyDesk "
                "could not read back: %1 The file on disk is unchanged."
            )
            raise ProjectSaveError(arg(message, error), target) from None
        write_project_file(target, data, replace_read_only=replace_read_only)
        self._project.modified = stamped.modified
        self._disk_content = data
        self.read_only = False
        self.undo_stack.setClean()
        self.changes.clear()
        if target != self._path:
            self._path = target
            self.path_changed.emit(target)
        return True

    def _track_changes(self) -> None:
        changes = self.changes

        def cards(_journey_id: str, card_ids: list[str]) -> None:
            changes.cards.update(card_ids)

        def added(journey_id: str, card_ids: list[str]) -> None:
            changes.cards.update(card_ids)
            changes.added.update(card_ids)
            changes.placed.add(journey_id)

        def removed(journey_id: str, card_ids: list[str]) -> None:
            changes.cards.difference_update(card_ids)
            changes.added.difference_update(card_ids)
            changes.placed.add(journey_id)

        def journey(journey_id: str) -> None:
            changes.journeys.add(journey_id)

        self.cards_changed.connect(cards)
        self.cards_moved.connect(cards)  # a move keeps ids and links: its places are checked
        self.cards_added.connect(added)
        self.cards_removed.connect(removed)
        for signal in (
            self.structure_changed,
            self.emotions_changed,
            self.journey_changed,
            self.votes_changed,
        ):
            signal.connect(journey)
        self.journeys_changed.connect(lambda: setattr(changes, "everything", True))
        self.personas_changed.connect(lambda: setattr(changes, "personas", True))
        self.info_changed.connect(lambda: setattr(changes, "project", True))

    def release_lock(self) -> None:
        """Let other JourneyDesk users open the file without a warning (on close)."""
        if self.lock is not None:
            self.lock.release()
            self.lock = None

    def accept_disk_version(self) -> None:
        """Take the file as it is on disk now as the saved state (after "Keep mine")."""
        self._disk_content = content_on_disk(self._path)

    # Changes, called by commands only.

    def apply_project_info(self, title: str, description: str) -> None:
        """Set the project's title and description (for commands)."""
        if (self._project.title, self._project.description) == (title, description):
            return
        self._project.title = title
        self._project.description = description
        self.info_changed.emit()

    def _unlink(self, removed: set[str]) -> None:
        """Clear the future-state links that name something being removed."""
        for journey in self._project.journeys:
            items: list[tuple[Journey | Stage | Card, str]] = [(journey, "source_journey_id")]
            items += [(stage, "source_stage_id") for stage in journey.stages]
            items += [(card, "source_card_id") for card in journey.cards]
            for item, attr in items:
                target = getattr(item, attr)
                if target in removed:
                    self._cleared_links.setdefault(target, []).append((item, attr))
                    setattr(item, attr, None)

    def _relink(self, restored: set[str]) -> None:
        """Put back the links cleared when these ids were removed (undo)."""
        for target in restored:
            for item, attr in self._cleared_links.pop(target, []):
                setattr(item, attr, target)

    def apply_insert_journey(self, index: int, journey: Journey) -> None:
        """Insert a map at ``index`` among the project's maps (for commands)."""
        self._project.journeys.insert(index, journey)
        self._cards.update({card.id: card for card in journey.cards})
        self._relink(_ids_in(journey))
        self.journeys_changed.emit()

    def apply_remove_journey(self, journey_id: str) -> tuple[int, Journey]:
        """Remove a map; return its index and itself (for commands)."""
        journeys = self._project.journeys
        index = next(i for i, journey in enumerate(journeys) if journey.id == journey_id)
        journey = journeys.pop(index)
        for card in journey.cards:
            self._cards.pop(card.id, None)
        self._unlink(_ids_in(journey))
        self.journeys_changed.emit()
        return index, journey

    def apply_move_journey(self, journey_id: str, index: int) -> None:
        """Move a map to ``index`` among the maps (for commands)."""
        journeys = self._project.journeys
        current = next(i for i, journey in enumerate(journeys) if journey.id == journey_id)
        if current != index:
            journeys.insert(index, journeys.pop(current))
            self.journeys_changed.emit()

    def apply_journey_fields(self, journey_id: str, fields: dict[str, Any]) -> None:
        """Change a map's own fields: title, scenario, notes (for commands)."""
        if "persona_ids" in fields:  # its curves go with them
            raise ValueError("a map's personas change through apply_map_personas")
        if set_fields(self.journey(journey_id), fields):
            self.journey_changed.emit(journey_id)

    def apply_insert_cards(self, journey_id: str, entries: list[tuple[int, Card]]) -> None:
        """Insert cards at their indices in the journey's card list (for commands)."""
        cards = self.journey(journey_id).cards
        for index, card in sorted(entries, key=lambda entry: entry[0]):
            cards.insert(index, card)
            self._cards[card.id] = card
        self._relink({card.id for _, card in entries})
        self.cards_added.emit(journey_id, [card.id for _, card in entries])

    def apply_remove_cards(self, journey_id: str, card_ids: list[str]) -> list[tuple[int, Card]]:
        """Remove cards; return them with their former list indices, ascending (for commands)."""
        cards = self.journey(journey_id).cards
        wanted = set(card_ids)
        removed = [(i, card) for i, card in enumerate(cards) if card.id in wanted]
        for index, card in reversed(removed):
            del cards[index]
            del self._cards[card.id]
        self._unlink({card.id for _, card in removed})
        if removed:
            self.cards_removed.emit(journey_id, [card.id for _, card in removed])
        return removed

    def apply_placements(self, journey_id: str, placements: dict[str, Placement]) -> None:
        """Put cards in other cells or in another order (for commands)."""
        moved = []
        for card_id, (lane_id, stage_id, order) in placements.items():
            card = self._cards[card_id]
            if (card.lane_id, card.stage_id, card.order) != (lane_id, stage_id, order):
                card.lane_id, card.stage_id, card.order = lane_id, stage_id, order
                moved.append(card_id)
        if moved:
            self.cards_moved.emit(journey_id, moved)

    def apply_card_fields(self, journey_id: str, card_id: str, fields: dict[str, Any]) -> None:
        """Change a card's content fields (text, colour, tags, votes, owner, notes)."""
        card = self._cards[card_id]
        if set_fields(card, fields):
            self.cards_changed.emit(journey_id, [card_id])

    def apply_cards_fields(self, journey_id: str, changes: dict[str, dict[str, Any]]) -> None:
        """Change fields of several cards at once, announced once (for bulk edits)."""
        changed = [
            card_id
            for card_id, fields in changes.items()
            if set_fields(self._cards[card_id], fields)
        ]
        if changed:
            self.cards_changed.emit(journey_id, changed)

    def apply_insert_axis_item(
        self,
        journey_id: str,
        axis: Axis,
        index: int,
        item: Stage | Lane,
        scores: StageScores | None = None,
    ) -> None:
        """Insert a stage or lane at ``index``; a stage gets back its scores on every curve."""
        journey = self.journey(journey_id)
        getattr(journey, axis).insert(index, item)
        self._relink({item.id})
        for persona_id, score in (scores or {}).items():
            _store_curve(journey, persona_id, {**journey.curve_of(persona_id), item.id: score})
        self.structure_changed.emit(journey_id)

    def apply_remove_axis_item(
        self, journey_id: str, axis: Axis, item_id: str
    ) -> tuple[int, Stage | Lane, StageScores]:
        """Remove an empty stage or lane; return its index, itself and a stage's scores."""
        journey = self.journey(journey_id)
        items = getattr(journey, axis)
        index = next(i for i, item in enumerate(items) if item.id == item_id)
        item = items.pop(index)
        self._unlink({item_id})
        scores: StageScores = {}
        if axis == "stages":
            for persona_id, curve in journey.curves():
                if item_id in curve:
                    scores[persona_id] = curve[item_id]
                    rest = {k: v for k, v in curve.items() if k != item_id}
                    _store_curve(journey, persona_id, rest)
        self.structure_changed.emit(journey_id)
        return index, item, scores

    def apply_move_axis_item(self, journey_id: str, axis: Axis, item_id: str, index: int) -> None:
        """Move a stage or lane to ``index`` (its cards go with it: they refer to its id)."""
        journey = self.journey(journey_id)
        items = getattr(journey, axis)
        current = next(i for i, item in enumerate(items) if item.id == item_id)
        if current == index:
            return
        items.insert(index, items.pop(current))
        if axis == "stages":
            for persona_id, curve in journey.curves():
                _store_curve(journey, persona_id, curve)
        self.structure_changed.emit(journey_id)

    def apply_axis_item_fields(
        self, journey_id: str, axis: Axis, item_id: str, fields: dict[str, Any]
    ) -> None:
        """Change a stage's or lane's fields (title, goal, kind, colour, ...)."""
        item = next(i for i in getattr(self.journey(journey_id), axis) if i.id == item_id)
        if set_fields(item, fields):
            self.structure_changed.emit(journey_id)

    def apply_emotion(
        self, journey_id: str, stage_id: str, score: int | None, persona_id: str | None = None
    ) -> None:
        """Set or clear a stage's emotion score on the curve of ``persona_id``.

        None or the map's first persona is ``emotions``; another persona must be on the map.
        """
        journey = self.journey(journey_id)
        if persona_id is not None and persona_id not in journey.persona_ids:
            raise KeyError(persona_id)
        curve = dict(journey.curve_of(persona_id))
        if curve.get(stage_id) == score:
            return
        if score is None:
            del curve[stage_id]
        else:
            curve[stage_id] = score
        _store_curve(journey, persona_id, curve)
        self.emotions_changed.emit(journey_id)


def _ids_in(journey: Journey) -> set[str]:
    """The ids a future state's links may name: the map, its stages and its cards."""
    return {journey.id, *(s.id for s in journey.stages), *(c.id for c in journey.cards)}


def _store_curve(journey: Journey, persona_id: str | None, curve: dict[str, int]) -> None:
    """Set one curve of the map, named as ``Journey.curve_of`` names it.

    It is kept as a loaded file has it: scores in stage order, the other personas' curves in
    the order of the personas, none of them empty.
    """
    curve = journey.in_stage_order(curve)
    if persona_id is None or persona_id in journey.persona_ids[:1]:
        journey.emotions = curve
        return
    curves = {**journey.persona_emotions, persona_id: curve}
    journey.persona_emotions = {i: curves[i] for i in journey.persona_ids[1:] if curves.get(i)}
