"""Opening a big map fast: what is out of sight is laid out after the first paint.

A lazy scene estimates its cards from their texts' lengths (``MapLayout``'s ``exact_above``);
its view lays out exactly what it shows before it first paints. After the first paint, the
estimated cells are laid out exactly a few hundred cards at a time while the event loop is
idle, top lane first. Whatever the view is about to show is laid out at once first
(``ensure_exact``): the cells in sight, every lane above them, and all of a lane whose bottom
edge may fall in sight (a lane that the cells in sight already make reach below the view
waits: its other cells can only push down what is out of sight). So no one sees an estimated
card, and nothing in sight or above it moves when the rest catches up.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, QTimer

from journeydesk.layout.map_layout import Cell

if TYPE_CHECKING:
    from journeydesk.ui.canvas.scene import JourneyScene

#: The lanes laid out exactly when a lazy scene is made: none. Its view lays out what it
#: shows before its first paint (``ensure_exact``), whatever its size and zoom.
EXACT_ABOVE = 0.0
#: Maps with fewer cards are laid out whole at once: it takes less than a frame or two.
LAZY_FROM = 1000
#: About how many cards one idle step lays out (a few tens of milliseconds at most).
STEP_CARDS = 250


class LayoutCompletion:
    """Lays out the estimated cells of one scene, out of sight first and in sight at once."""

    def __init__(self, scene: JourneyScene) -> None:
        self._scene = scene
        self._busy = False
        self._timer = QTimer(scene)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._step)

    def is_complete(self) -> bool:
        """Whether every cell is laid out exactly."""
        return not self._scene.layout.provisional

    def start(self) -> None:
        """Lay the estimated cells out while the event loop is idle (the view calls this once
        it has painted: the first frame comes first)."""
        if not self.is_complete():
            self._timer.start()

    def complete(self) -> None:
        """Lay every estimated cell out now."""
        self._lay_out(set(self._scene.layout.provisional))

    def ensure_exact(self, shown: QRectF) -> None:
        """Lay out now the estimated cells that showing ``shown`` (scene points) needs exact:
        those in sight, and all those of each lane whose height places something in sight."""
        layout = self._scene.layout
        for _ in range(2 * len(layout.lanes) + 1):  # each round settles a lane's part or all
            if not layout.provisional:
                return
            cells = self._needed(shown)
            if not cells:
                return
            self._lay_out(cells)

    def _needed(self, shown: QRectF) -> set[Cell]:
        """The next estimated cells to lay out for ``shown``, lane by lane from the top: first
        a lane's cells in sight, then, unless those already make it reach below ``shown``
        (its other cells can then only push down what is out of sight), all the others."""
        layout = self._scene.layout
        left, right, bottom = shown.left(), shown.right(), shown.bottom()
        in_sight = {c.stage_id for c in layout.stages if c.x < right and c.x + c.width > left}
        by_lane: dict[str, list[Cell]] = {}
        for cell in layout.provisional:
            by_lane.setdefault(cell[0], []).append(cell)
        for row in layout.lanes:
            if row.y >= bottom:
                break
            cells = by_lane.get(row.lane_id)
            if not cells:
                continue
            sighted = {cell for cell in cells if cell[1] in in_sight}
            if sighted and row.y + row.height > shown.top():
                return sighted
            if layout.exact_reach(row.lane_id) < bottom:
                return set(cells)
        return set()

    def ensure_lane(self, lane_id: str) -> None:
        """Lay out now a lane and every lane above it (before its cards' places are used)."""
        layout = self._scene.layout
        if not layout.provisional or lane_id not in layout.lane_by_id:
            return
        last = layout.lane_by_id[lane_id].index
        above = {row.lane_id for row in layout.lanes[: last + 1]}
        self._lay_out({cell for cell in layout.provisional if cell[0] in above})

    def _step(self) -> None:
        layout = self._scene.layout
        if not layout.provisional:
            return
        order = {row.lane_id: row.index for row in layout.lanes}
        stages = {column.stage_id: column.index for column in layout.stages}
        cells = sorted(layout.provisional, key=lambda c: (order[c[0]], stages[c[1]]))
        batch: set[Cell] = set()
        cards = 0
        for cell in cells:
            batch.add(cell)
            cards += len(layout.cell_cards(*cell))
            if cards >= STEP_CARDS:
                break
        self._lay_out(batch)
        self.start()

    def _lay_out(self, cells: set[Cell]) -> None:
        if self._busy or not cells:
            return  # (laying out moves lanes, the view follows and asks again)
        self._busy = True
        try:
            self._scene.lay_out_cells(cells)
        finally:
            self._busy = False
