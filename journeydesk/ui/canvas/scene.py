"""The scene of one journey: items placed by the layout, updated from the document's signals.

The scene never rebuilds itself on an edit: it lays out the cells concerned again and moves,
adds or removes only the items whose geometry changed. Gestures (dragging, typing) live in
``interactions.py``; this file keeps the mirror.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QGraphicsScene

from journeydesk.layout.contrast import theme
from journeydesk.layout.corner import journey_corner
from journeydesk.layout.map_layout import CardBox, Cell, MapLayout
from journeydesk.layout.style import Style
from journeydesk.model.bulk import bulk
from journeydesk.model.project import Journey, LaneKind
from journeydesk.ui.canvas.completion import EXACT_ABOVE, LAZY_FROM, LayoutCompletion
from journeydesk.ui.canvas.curves import update_curves
from journeydesk.ui.canvas.items.card_item import CardItem
from journeydesk.ui.canvas.items.cell_highlight_item import CellHighlightItem
from journeydesk.ui.canvas.items.corner_item import CornerItem
from journeydesk.ui.canvas.items.drop_marker_item import DropMarkerItem
from journeydesk.ui.canvas.items.emotion_curve_item import EmotionCurveItem
from journeydesk.ui.canvas.items.lane_header_item import LaneHeaderItem
from journeydesk.ui.canvas.items.lane_item import LaneItem
from journeydesk.ui.canvas.items.persona_card_item import PersonaCardItem
from journeydesk.ui.canvas.items.stage_header_item import StageHeaderItem
from journeydesk.ui.canvas.persona_row import sync_persona_cards
from journeydesk.ui.canvas.sketching import Sketching
from journeydesk.ui.document import Document

#: Empty space around the map, in points.
MARGIN = 24.0


class JourneyScene(QGraphicsScene):
    """Mirrors one journey of a document as graphics items."""

    #: Fires when the current cell (where new cards go) changes: (lane id, stage id) or None.
    current_cell_changed = Signal(object)
    #: Fires when the map itself was chosen (its title, top left), for the inspector.
    map_chosen = Signal()
    #: Fires when a persona's card above the map was clicked: the persona's id.
    persona_chosen = Signal(str)
    #: Fires after the layout changed size (the view may want to keep headers pinned).
    layout_changed = Signal()

    def __init__(
        self,
        document: Document,
        journey_id: str,
        style: Style | None = None,
        *,
        lazy: bool = False,
    ) -> None:
        """``lazy``: on a big map, lay out exactly only what the view shows first; the rest
        follows when it has painted (see completion.py). Else everything is laid out now."""
        super().__init__()
        self.document = document
        self.journey_id = journey_id
        self.map_style = style or Style()
        self.setBackgroundBrush(QColor(theme(self.map_style.high_contrast).background))
        big = len(self.journey.cards) >= LAZY_FROM
        self._exact_above = EXACT_ABOVE if lazy and big else None
        self.layout = MapLayout(self.journey, self.map_style, self._exact_above)
        self.item_for_card: dict[str, CardItem] = {}
        self.item_for_lane: dict[str, LaneItem] = {}
        self.header_for_stage: dict[str, StageHeaderItem] = {}
        self.header_for_lane: dict[str, LaneHeaderItem] = {}
        self.curve_for_lane: dict[str, EmotionCurveItem] = {}
        self.persona_cards: dict[str, PersonaCardItem] = {}
        # How far the persona cards reach above the map, and to the right.
        self._persona_reach = (0.0, 0.0)
        self.corner = CornerItem(self.map_style)
        self.drop_marker = DropMarkerItem()
        self.cell_highlight = CellHighlightItem()
        for item in (self.corner, self.drop_marker, self.cell_highlight):
            self.addItem(item)
        self.current_cell: Cell | None = None
        #: Whether the current cell is outlined (a presentation keeps the cell unmarked).
        self.outline_current_cell = True
        #: The persona whose emotion curve the pointer and keys edit (None: the first).
        self.curve_persona: str | None = None
        self._pin = (0.0, 0.0)
        #: The level of detail: cards draw themselves close up, their lanes sketch them far out.
        self.sketching = Sketching(self)
        #: Lays out what the first paint did not need, after it (see completion.py).
        self.completion = LayoutCompletion(self)
        self._sync_structure()
        document.cards_added.connect(self._on_cards_added)
        document.cards_removed.connect(self._on_cards_removed)
        document.cards_changed.connect(self._on_cards_changed)
        document.cards_moved.connect(self._on_cards_moved)
        document.structure_changed.connect(self._on_structure_changed)
        document.emotions_changed.connect(self._on_emotions_changed)
        document.info_changed.connect(self._update_corner)
        document.journey_changed.connect(self._on_journey_changed)
        document.personas_changed.connect(self._on_personas_changed)
        document.votes_changed.connect(self._on_votes_changed)

    def detach(self) -> None:
        """Stop following the document (the map was removed; the scene is going away)."""
        document = self.document
        for signal, slot in (
            (document.cards_added, self._on_cards_added),
            (document.cards_removed, self._on_cards_removed),
            (document.cards_changed, self._on_cards_changed),
            (document.cards_moved, self._on_cards_moved),
            (document.structure_changed, self._on_structure_changed),
            (document.emotions_changed, self._on_emotions_changed),
            (document.info_changed, self._update_corner),
            (document.journey_changed, self._on_journey_changed),
            (document.personas_changed, self._on_personas_changed),
            (document.votes_changed, self._on_votes_changed),
        ):
            signal.disconnect(slot)

    def set_style(self, style: Style) -> None:
        """Lay the map out again in another text size or contrast (the View menu's choices).

        Every item is made anew: a rare, deliberate change, unlike an edit. The selection
        and the current cell stay.
        """
        if style == self.map_style:
            return
        selected = self.selected_card_ids()
        self.map_style = style
        self.setBackgroundBrush(QColor(theme(style.high_contrast).background))
        for lane_id in self.item_for_lane:
            self.sketching.remove_lane(lane_id)
        for item in (*self.item_for_lane.values(), *self.header_for_stage.values()):
            self.removeItem(item)  # a lane takes its cards, curve and sketch with it
        for item in (*self.header_for_lane.values(), self.corner):
            self.removeItem(item)
        for items in (
            self.item_for_card,
            self.item_for_lane,
            self.header_for_stage,
            self.header_for_lane,
            self.curve_for_lane,
        ):
            items.clear()
        self.corner = CornerItem(style)
        self.corner.setPos(*self._pin)
        self.addItem(self.corner)
        self.layout = MapLayout(self.journey, style, self._exact_above)
        self._sync_structure()
        self.completion.start()
        for card_id in selected:
            self.completion.ensure_lane(self.layout.cards[card_id].lane_id)
            self.item_for_card[card_id].setSelected(True)

    def _on_journey_changed(self, journey_id: str) -> None:
        if journey_id != self.journey_id:
            return
        if self.layout.curve_count != max(1, len(self.journey.persona_ids)):
            self.layout.rebuild(self.journey)  # the legend of the curves needs room
            self._sync_structure()  # corner, persona cards and curves included
        else:
            self._update_corner()
            self._sync_personas()
            self._update_curves()

    @property
    def journey(self) -> Journey:
        """The journey this scene shows."""
        return self.document.journey(self.journey_id)

    def selected_card_ids(self) -> list[str]:
        """The selected cards, in map order (lane, stage, order in the cell)."""
        lanes = {row.lane_id: row.index for row in self.layout.lanes}
        stages = {col.stage_id: col.index for col in self.layout.stages}
        selected = [i.box for i in self.selectedItems() if isinstance(i, CardItem)]
        selected.sort(key=lambda b: (lanes[b.lane_id], stages[b.stage_id], b.y))
        return [box.card_id for box in selected]

    def set_current_cell(self, cell: Cell | None) -> None:
        """Make ``cell`` the current cell and outline it."""
        if cell is not None and (
            cell[0] not in self.layout.lane_by_id or cell[1] not in self.layout.stage_by_id
        ):
            cell = None
        if cell is not None and self.layout.lane_by_id[cell[0]].kind is LaneKind.DIVIDER:
            cell = None
        if cell == self.current_cell:
            return
        self.current_cell = cell
        self._update_cell_highlight()
        self.current_cell_changed.emit(cell)

    def cell_scene_rect(self, cell: Cell) -> QRectF:
        """The rectangle of a cell in scene coordinates."""
        return QRectF(*self.layout.cell_rect(*cell))

    def card_scene_rect(self, card_id: str) -> QRectF:
        """The rectangle of a card in scene coordinates (its lane laid out exactly first)."""
        self.completion.ensure_lane(self.layout.cards[card_id].lane_id)
        return QRectF(*self.layout.card_rect(card_id))

    def lay_out_cells(self, cells: set[Cell]) -> None:
        """Lay out these cells again and move their cards (they were only estimated)."""
        self._update_cells(cells, self.layout.relayout_cells(self.journey, cells))

    def pin_headers(self, left: float, top: float) -> None:
        """Keep the stage header row at ``top`` and the lane header column at ``left``."""
        left, top = max(0.0, left), max(0.0, top)
        if (left, top) == self._pin:
            return
        self._pin = (left, top)
        for header in self.header_for_stage.values():
            header.setY(top)
        for header in self.header_for_lane.values():
            header.pin(left, top + self.layout.header_height)
        self.corner.setPos(left, top)

    def render_map(self, painter: QPainter, target: QRectF, source: QRectF | None = None) -> None:
        """Paint the map (or its ``source`` part) into ``target``, headers in place and
        nothing selected."""
        self.completion.complete()  # every card in words, where it belongs
        with self.sketching.full_detail():
            self._render_map(painter, target, source)

    def _render_map(self, painter: QPainter, target: QRectF, source: QRectF | None) -> None:
        pinned, selected = self._pin, self.selectedItems()
        self.pin_headers(0.0, 0.0)
        for item in selected:
            item.setSelected(False)
        visible = (self.cell_highlight.isVisible(), self.drop_marker.isVisible())
        self.cell_highlight.hide()
        self.drop_marker.hide()
        if source is None:
            source = QRectF(0, 0, self.layout.width, self.layout.height)
        self.render(painter, target, source, Qt.AspectRatioMode.IgnoreAspectRatio)
        self.cell_highlight.setVisible(visible[0])
        self.drop_marker.setVisible(visible[1])
        for item in selected:
            item.setSelected(True)
        self._pin = (-1.0, -1.0)  # force the next call to move the headers back
        self.pin_headers(*pinned)

    # Mirroring the document.

    def _on_cards_added(self, journey_id: str, card_ids: list[str]) -> None:
        if journey_id != self.journey_id:
            return
        cells = {(self.document.card(i).lane_id, self.document.card(i).stage_id) for i in card_ids}
        self._update_cells(cells, self.layout.relayout_cells(self.journey, cells))

    def _on_cards_removed(self, journey_id: str, card_ids: list[str]) -> None:
        if journey_id != self.journey_id:
            return
        cells = set()
        for card_id in card_ids:
            item = self.item_for_card.pop(card_id, None)  # (none yet, out of sight)
            box = item.box if item is not None else self.layout.cards[card_id]
            cells.add((box.lane_id, box.stage_id))
            if item is not None:
                self.removeItem(item)
        changed = self.layout.relayout_cells(self.journey, cells)
        self._update_cells(cells, changed)

    def _on_cards_changed(self, journey_id: str, card_ids: list[str]) -> None:
        if journey_id != self.journey_id:
            return
        cells = {(self.document.card(i).lane_id, self.document.card(i).stage_id) for i in card_ids}
        changed = self.layout.relayout_cells(self.journey, cells)
        self._update_cells(cells, changed)

    def _on_cards_moved(self, journey_id: str, card_ids: list[str]) -> None:
        if journey_id != self.journey_id:
            return
        cells = set()
        for card_id in card_ids:
            item = self.item_for_card.get(card_id)
            box = item.box if item is not None else self.layout.cards[card_id]
            card = self.document.card(card_id)
            cells.update({(box.lane_id, box.stage_id), (card.lane_id, card.stage_id)})
        changed = self.layout.relayout_cells(self.journey, cells)
        self._update_cells(cells, changed)

    def _on_structure_changed(self, journey_id: str) -> None:
        if journey_id == self.journey_id:
            self.layout.rebuild(self.journey)
            self._sync_structure()

    def _on_emotions_changed(self, journey_id: str) -> None:
        if journey_id == self.journey_id:
            self._update_curves()

    def _on_votes_changed(self, journey_id: str) -> None:
        if journey_id == self.journey_id:  # only the cards whose dots changed
            self._update_cells(*self.layout.relayout_votes(self.journey))

    def _update_cells(self, cells: set[Cell], changed_lanes: set[str]) -> None:
        """Move the cards of ``cells`` to their new boxes and apply lane changes."""
        for cell in cells:
            lane_item = self.item_for_lane.get(cell[0])
            for card_id in self.layout.cell_cards(*cell):
                item = self.item_for_card.get(card_id)
                if item is None:
                    if lane_item is not None:
                        self._add_card_item(self.layout.cards[card_id], lane_item)
                    continue
                if item.parentItem() is not lane_item:
                    # (None, for a lane being removed: Qt takes it, though the stub does not.)
                    item.setParentItem(lane_item)  # pyright: ignore[reportArgumentType]
                item.set_box(self.layout.cards[card_id])
        self.sketching.forget_cells(cells)
        if changed_lanes:
            self._update_lanes(changed_lanes)

    def _update_lanes(self, lane_ids: set[str]) -> None:
        stage_count = len(self.layout.stages)
        for lane_id in lane_ids:
            row = self.layout.lane_by_id[lane_id]
            self.item_for_lane[lane_id].set_row(row, stage_count)
            self.header_for_lane[lane_id].set_row(row)
            self.sketching.resize_lane(row, stage_count)
        self._update_scene_rect()
        self._update_cell_highlight()

    def _sync_structure(self) -> None:
        """Match the items to the layout after stages or lanes changed (items are reused)."""
        with bulk():  # on a big map: thousands of items at once
            self._sync_items()

    def _sync_items(self) -> None:
        layout, style = self.layout, self.map_style
        stage_count = len(layout.stages)
        for stage_id in set(self.header_for_stage) - set(layout.stage_by_id):
            self.removeItem(self.header_for_stage.pop(stage_id))
        for column in layout.stages:
            header = self.header_for_stage.get(column.stage_id)
            if header is None:
                header = StageHeaderItem(column, style, layout.header_height)
                header.setY(self._pin[1])
                self.header_for_stage[column.stage_id] = header
                self.addItem(header)
            else:
                header.set_column(column, layout.header_height)
        for card_id in set(self.item_for_card) - set(layout.cards):
            self.removeItem(self.item_for_card.pop(card_id))
        for lane_id in set(self.item_for_lane) - set(layout.lane_by_id):
            lane_item = self.item_for_lane.pop(lane_id)
            curve = self.curve_for_lane.pop(lane_id, None)
            if curve is not None:
                self.removeItem(curve)
            self.sketching.remove_lane(lane_id)
            for child in lane_item.childItems():
                # Cards are reparented below or already gone. (Qt takes no parent; the stub
                # does not say so.)
                child.setParentItem(None)  # pyright: ignore[reportArgumentType]
            self.removeItem(lane_item)
            self.removeItem(self.header_for_lane.pop(lane_id))
        for row in layout.lanes:
            lane_item = self.item_for_lane.get(row.lane_id)
            if lane_item is None:
                lane_item = LaneItem(row, style, stage_count)
                self.item_for_lane[row.lane_id] = lane_item
                self.addItem(lane_item)
                self.sketching.add_lane(lane_item, style, stage_count)
                header = LaneHeaderItem(row, style)
                header.pin(self._pin[0], self._pin[1] + layout.header_height)
                self.header_for_lane[row.lane_id] = header
                self.addItem(header)
            else:
                lane_item.set_row(row, stage_count)
                self.header_for_lane[row.lane_id].set_row(row, self._pin[1] + layout.header_height)
                self.sketching.resize_lane(row, stage_count)
            self._sync_curve(row.lane_id, row.kind)
        provisional = layout.provisional
        for box in layout.cards.values():
            item = self.item_for_card.get(box.card_id)
            lane_item = self.item_for_lane[box.lane_id]
            if item is None:
                if (box.lane_id, box.stage_id) not in provisional:  # (made when laid out)
                    self._add_card_item(box, lane_item)
                continue
            if item.parentItem() is not lane_item:
                item.setParentItem(lane_item)
            item.set_box(box)
        self.sketching.forget_all()
        self._update_curves()
        self._update_corner()
        self._sync_personas()
        self._update_scene_rect()
        self.set_current_cell(self.current_cell)
        self._update_cell_highlight()

    def _add_card_item(self, box: CardBox, lane_item: LaneItem) -> None:
        item = self.item_for_card[box.card_id] = CardItem(box, self.map_style, lane_item)
        self.sketching.adopt(item)

    def _sync_curve(self, lane_id: str, kind: LaneKind) -> None:
        curve = self.curve_for_lane.get(lane_id)
        if kind is LaneKind.EMOTION and curve is None:
            width = len(self.layout.stages) * self.map_style.stage_width
            self.curve_for_lane[lane_id] = EmotionCurveItem(
                self.map_style, width, self.item_for_lane[lane_id]
            )
        elif kind is not LaneKind.EMOTION and curve is not None:
            self.removeItem(self.curve_for_lane.pop(lane_id))

    def _on_personas_changed(self) -> None:
        self._sync_personas()
        self._update_curves()  # names and colours of the curves

    def set_curve_persona(self, persona_id: str | None) -> None:
        """Edit the emotion curve of ``persona_id`` (one of the map's personas) from now on."""
        if persona_id != self.curve_persona:
            self.curve_persona = persona_id
            self._update_curves()

    def edited_curve(self) -> str | None:
        """The persona whose curve is edited: the chosen one while on the map, else the first."""
        persona_ids = self.journey.persona_ids
        if self.curve_persona in persona_ids:
            return self.curve_persona
        return persona_ids[0] if persona_ids else None

    def _update_curves(self) -> None:
        update_curves(self)

    def _update_corner(self) -> None:
        height = self.layout.header_height
        self.corner.set_text(journey_corner(self.journey, height, self.map_style), height)

    def _sync_personas(self) -> None:
        """Show a card for each of the map's personas, side by side above its top left."""
        personas = [self.document.persona(i) for i in self.journey.persona_ids]
        reach = sync_persona_cards(self, self.persona_cards, personas)
        if reach != self._persona_reach:
            self._persona_reach = reach
            self._update_scene_rect()

    def _update_cell_highlight(self) -> None:
        if self.current_cell is None or not self.outline_current_cell:
            self.cell_highlight.hide()
        else:
            self.cell_highlight.set_rect(self.cell_scene_rect(self.current_cell))

    def _update_scene_rect(self) -> None:
        above, across = self._persona_reach
        rect = QRectF(0, 0, self.layout.width, self.layout.height)
        rect = rect.united(QRectF(0, -above, across, above))
        self.setSceneRect(rect.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN))
        self.layout_changed.emit()
