"""The inspector dock: the details of the selected card, stage or lane, editable in place.

The dock follows one scene at a time. It shows a form for exactly one selected card, else one
stage header, else one lane header, and a short line otherwise. Forms listen to the document so
that undo, redo and edits on the canvas show at once; every change made in a form is an undo
command, pushed when the field's editing finishes.
"""

from __future__ import annotations

import contextlib
import weakref

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QDockWidget, QFrame, QScrollArea, QStackedWidget, QVBoxLayout, QWidget

from journeydesk.i18n import QT_TRANSLATE_NOOP, arg
from journeydesk.ui.canvas.items.card_item import CardItem
from journeydesk.ui.canvas.items.lane_header_item import LaneHeaderItem
from journeydesk.ui.canvas.items.stage_header_item import StageHeaderItem
from journeydesk.ui.canvas.scene import JourneyScene
from journeydesk.ui.docks.axis_forms import LaneForm, StageForm
from journeydesk.ui.docks.bulk_card_form import BulkCardForm
from journeydesk.ui.docks.card_form import CardForm
from journeydesk.ui.docks.form_fields import ItemForm
from journeydesk.ui.docks.map_form import MapForm
from journeydesk.ui.document import Document
from journeydesk.ui.widgets import plain_label

#: The line shown when nothing is selected (translated where shown).
HINT = QT_TRANSLATE_NOOP(
    "InspectorDock", "Select a card, a stage header or a lane header to see its details here."
)


def _scene_gone(dock_ref: weakref.ReferenceType[InspectorDock]) -> None:
    """Called when a followed scene is garbage-collected."""
    dock = dock_ref()
    if dock is not None and shiboken6.isValid(dock):
        dock._on_scene_gone()


class InspectorDock(QDockWidget):
    """A dock showing, and editing through undo commands, what is selected on the canvas."""

    #: Why the last ``finish_editing`` kept a field open.
    refusal = ""
    #: Fires with a sentence when the form on show must stay (a typed value breaks a limit).
    problem = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Inspector"))
        self.setObjectName("inspector")
        self._scene_ref: weakref.ReferenceType[JourneyScene] | None = None
        self._document_ref: weakref.ReferenceType[Document] | None = None
        #: What the dock shows: "hint", "message", "card", "stage" or "lane", and the item id.
        self._showing: tuple[str, str] = ("hint", "")
        self.message_label = plain_label(self.tr(HINT))
        self.message_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.message_label.setStyleSheet("color: palette(placeholder-text);")
        # A stacked page does not ask a wrapped label for its height at the dock's width:
        # room for three lines keeps the hint whole.
        self.message_label.setMinimumHeight(self.message_label.fontMetrics().lineSpacing() * 3)
        message_page = QWidget()
        message_layout = QVBoxLayout(message_page)
        message_layout.setContentsMargins(12, 12, 12, 12)
        message_layout.addWidget(self.message_label)
        self.bulk_form = BulkCardForm()
        self.bulk_form.hide()
        message_layout.addWidget(self.bulk_form)
        message_layout.addStretch(1)
        self.card_form = CardForm()
        self.stage_form = StageForm()
        self.lane_form = LaneForm()
        self.map_form = MapForm()
        self._stack = QStackedWidget()
        for page in (
            message_page,
            self.card_form,
            self.stage_form,
            self.lane_form,
            self.map_form,
        ):
            self._stack.addWidget(page)
        self._message_page = message_page
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self._stack)
        scroll.setAccessibleName(self.tr("Inspector"))
        scroll.setAccessibleDescription(
            self.tr("The details of the selected card, stage, lane or map, editable in place")
        )
        self.setWidget(scroll)
        self.setMinimumWidth(260)

    @property
    def scene(self) -> JourneyScene | None:
        """The scene whose selection the dock shows, while it lives."""
        scene = self._scene_ref() if self._scene_ref is not None else None
        return scene if scene is not None and shiboken6.isValid(scene) else None

    @property
    def showing(self) -> str:
        """What the dock shows: "hint", "message", "card", "stage" or "lane"."""
        return self._showing[0]

    @property
    def shown_id(self) -> str:
        """The id of the card, stage or lane shown, or "" when a line is shown instead."""
        return self._showing[1]

    def message(self) -> str:
        """The line shown when no form is (the hint, or "3 cards selected")."""
        return self.message_label.text() if self._showing[0] in ("hint", "message") else ""

    def set_scene(self, scene: JourneyScene | None) -> None:
        """Follow ``scene``'s selection and document (None: follow nothing and show the hint)."""
        if scene is not None and scene is self.scene:
            return
        self._current_form_finish()
        self._disconnect()
        if scene is not None:
            # Weak references: the dock must not keep a closed map alive, nor be the last
            # owner of a scene whose destruction would call back into a dock being deleted.
            this: weakref.ReferenceType[InspectorDock] = weakref.ref(self)
            self._scene_ref = weakref.ref(scene, lambda _ref: _scene_gone(this))
            self._document_ref = weakref.ref(scene.document)
            scene.selectionChanged.connect(self._on_selection_changed)
            scene.map_chosen.connect(self.show_map)
            document = scene.document
            document.cards_changed.connect(self._on_cards_changed)
            document.cards_moved.connect(self._on_cards_changed)
            document.cards_removed.connect(self._on_cards_removed)
            document.structure_changed.connect(self._on_structure_changed)
            document.journey_changed.connect(self._on_journey_changed)
        self._show_selection()

    # Following the scene and the document.

    def _disconnect(self) -> None:
        scene = self._scene_ref() if self._scene_ref is not None else None
        document = self._document_ref() if self._document_ref is not None else None
        self._scene_ref = self._document_ref = None
        connections: list[tuple[QObject | None, str, object]] = [
            (scene, "selectionChanged", self._on_selection_changed),
            (scene, "map_chosen", self.show_map),
            (document, "journey_changed", self._on_journey_changed),
            (document, "cards_changed", self._on_cards_changed),
            (document, "cards_moved", self._on_cards_changed),
            (document, "cards_removed", self._on_cards_removed),
            (document, "structure_changed", self._on_structure_changed),
        ]
        for sender, signal, slot in connections:
            if sender is not None and shiboken6.isValid(sender):
                with contextlib.suppress(RuntimeError, TypeError):
                    getattr(sender, signal).disconnect(slot)

    def _on_scene_gone(self) -> None:
        """Stop following a scene that was deleted."""
        self._disconnect()
        self._show_message("hint", self.tr(HINT))

    def _on_selection_changed(self) -> None:
        if self.scene is None:  # a scene being destroyed clears its selection first
            self._on_scene_gone()
            return
        self._show_selection()

    def _on_journey_changed(self, journey_id: str) -> None:
        if self._concerns(journey_id) and self._showing[0] == "map":
            self.map_form.refresh()

    def _on_cards_changed(self, journey_id: str, card_ids: list[str]) -> None:
        kind, shown = self._showing
        if self._concerns(journey_id) and kind == "card" and shown in card_ids:
            self.card_form.refresh()
        elif self._concerns(journey_id) and kind == "message" and self.bulk_form.isVisible():
            self.bulk_form.refresh()

    def _on_cards_removed(self, journey_id: str, card_ids: list[str]) -> None:
        kind, shown = self._showing
        if self._concerns(journey_id) and kind == "card" and shown in card_ids:
            self._show_selection()

    def _on_structure_changed(self, journey_id: str) -> None:
        if not self._concerns(journey_id):
            return
        form = self._form()
        if form is not None and not form.refresh():
            self._show_selection()

    def _concerns(self, journey_id: str) -> bool:
        scene = self.scene
        return scene is not None and journey_id == scene.journey_id

    # Showing.

    def _form(self) -> ItemForm | None:
        forms: dict[str, ItemForm] = {
            "card": self.card_form,
            "stage": self.stage_form,
            "lane": self.lane_form,
            "map": self.map_form,
        }
        return forms.get(self._showing[0])

    def _current_form_finish(self) -> None:
        self.finish_editing()

    def _leave_form(self) -> bool:
        """Commit the form on show before showing something else; False (and say why) when
        a typed value breaks a limit: the form stays, so the text is not lost."""
        if self.finish_editing():
            return True
        sentence = self.tr("%1 Shorten it, and the inspector follows the selection.")
        self.problem.emit(arg(sentence, self.refusal))
        return False

    def finish_editing(self) -> bool:
        """Commit the field being typed in; False if its text breaks a limit (shown there).

        ``refusal`` then holds the sentence that says why.
        """
        form = self._form()
        self.refusal = ""
        if form is None or form.finish_editing():
            return True
        self.refusal = form.refusal
        return False

    def show_map(self) -> None:
        """Show the map itself (its title, scenario and notes)."""
        scene = self.scene
        if scene is not None:
            self._show_form("map", self.map_form, scene.journey_id)

    def _show_selection(self) -> None:
        """Show the form or line that the scene's selection calls for."""
        scene = self.scene
        if scene is None:
            self._show_message("hint", self.tr(HINT))
            return
        cards: list[str] = []
        stages: list[str] = []
        lanes: list[str] = []
        for item in scene.selectedItems():
            if isinstance(item, CardItem):
                cards.append(item.card_id)
            elif isinstance(item, StageHeaderItem):
                stages.append(item.stage_id)
            elif isinstance(item, LaneHeaderItem):
                lanes.append(item.lane_id)
        if len(cards) == 1:
            self._show_form("card", self.card_form, cards[0])
        elif cards:
            self._show_message("message", self.tr("%n card(s) selected", "", len(cards)))
            if self._showing[0] == "message":
                self.bulk_form.show_cards(scene.document, scene.journey_id, cards)
                self.bulk_form.show()
        elif len(stages) == 1:
            self._show_form("stage", self.stage_form, stages[0])
        elif len(lanes) == 1:
            self._show_form("lane", self.lane_form, lanes[0])
        elif stages and lanes:
            stages_text = self.tr("%n stage(s)", "", len(stages))
            lanes_text = self.tr("%n lane(s)", "", len(lanes))
            both = arg(self.tr("%1 and %2 selected"), stages_text, lanes_text)
            self._show_message("message", both)
        elif stages:
            self._show_message("message", self.tr("%n stage(s) selected", "", len(stages)))
        elif lanes:
            self._show_message("message", self.tr("%n lane(s) selected", "", len(lanes)))
        else:
            self._show_message("hint", self.tr(HINT))

    def _show_form(self, kind: str, form: ItemForm, item_id: str) -> None:
        if self._showing == (kind, item_id):
            if form.refresh():
                return
        else:
            if not self._leave_form():
                return
            scene = self.scene
            assert scene is not None
            if form.show_item(scene.document, scene.journey_id, item_id):
                self._showing = (kind, item_id)
                self._stack.setCurrentWidget(form)
                return
        self._show_message("hint", self.tr(HINT))  # the item is gone though still selected

    def _show_message(self, kind: str, text: str) -> None:
        if self._showing[0] not in ("hint", "message") and not self._leave_form():
            return
        self._showing = (kind, "")
        self.bulk_form.hide()
        self.message_label.setText(text)
        self._stack.setCurrentWidget(self._message_page)
