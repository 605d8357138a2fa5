"""Setting a stage's feeling where the curve is drawn: press in the band, drag up or down.

The score snaps to -2..+2 and is drawn while the pointer moves; releasing makes one undo
step. Pressing on a point that is already there only selects it (for the keyboard) until
the pointer really moves, so a click never changes a score by a step.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF

from journeydesk.ui.canvas.scene import JourneyScene
from journeydesk.ui.commands import SetEmotionCommand

#: How far (in map points) the pointer moves before a press on a point becomes a drag.
DRAG_START = 4.0


class EmotionDrag:
    """One press-drag-release on an emotion lane's band."""

    def __init__(self, scene: JourneyScene, lane_id: str, stage_id: str, press: QPointF) -> None:
        self.scene, self.lane_id, self.stage_id = scene, lane_id, stage_id
        self.curve = scene.curve_for_lane[lane_id]
        self._press_y = press.y()
        layout = scene.layout
        row_y = layout.lane_by_id[lane_id].y
        _pick_curve(scene, stage_id, press.y() - row_y)
        self.start = scene.journey.curve_of(scene.edited_curve()).get(stage_id)
        on_point = self.start is not None and (
            abs(press.y() - (row_y + layout.score_y(self.start))) <= layout.style.point_radius + 4
        )
        self._dragging = not on_point
        self.score = self._score_at(press) if self._dragging else self.start
        focus_stage(scene, lane_id, stage_id)
        self.curve.set_preview(stage_id, self.score)

    def _score_at(self, pos: QPointF) -> int:
        layout = self.scene.layout
        return layout.score_at(pos.y() - layout.lane_by_id[self.lane_id].y)

    def move(self, pos: QPointF) -> None:
        """Follow the pointer, snapped to the nearest score."""
        if not self._dragging and abs(pos.y() - self._press_y) < DRAG_START:
            return
        self._dragging = True
        score = self._score_at(pos)
        if score != self.score:
            self.score = score
            self.curve.set_preview(self.stage_id, score)

    def finish(self) -> None:
        """Keep the score as one undo step (nothing when it did not change)."""
        self.curve.set_preview(None)
        if self.score != self.start:
            set_score(self.scene, self.stage_id, self.score)


def _pick_curve(scene: JourneyScene, stage_id: str, lane_y: float) -> None:
    """A press on another persona's point at this stage edits that persona's curve."""
    layout, edited = scene.layout, scene.edited_curve()
    nearest: tuple[float, str | None] | None = None
    for persona_id, curve in scene.journey.curves():
        score = curve.get(stage_id)
        if score is None:
            continue
        distance = abs(lane_y - layout.score_y(score))
        if distance <= layout.style.point_radius + 4 and (
            nearest is None
            or distance < nearest[0]
            or (distance == nearest[0] and persona_id == edited)
        ):
            nearest = (distance, persona_id)
    if nearest is not None and nearest[1] != edited:
        scene.set_curve_persona(nearest[1])


def focus_stage(scene: JourneyScene, lane_id: str | None, stage_id: str | None) -> None:
    """Ring one stage's point for the keyboard (None: no point), and no card selected."""
    for other_lane, curve in scene.curve_for_lane.items():
        curve.set_focus(stage_id if other_lane == lane_id else None)
    if stage_id is not None:
        scene.clearSelection()


def curve_focus(scene: JourneyScene) -> tuple[str, str] | None:
    """The (emotion lane, stage) whose point the keyboard edits, if any."""
    for lane_id, curve in scene.curve_for_lane.items():
        if curve.focus is not None:
            return lane_id, curve.focus
    return None


def set_score(scene: JourneyScene, stage_id: str, score: int | None) -> None:
    """Set (or clear) a stage's score on the edited curve as one undo step."""
    document = scene.document
    command = SetEmotionCommand(document, scene.journey_id, stage_id, score, scene.edited_curve())
    if not command.is_noop():
        document.undo_stack.push(command)


def step_score(scene: JourneyScene, stage_id: str, step: int) -> None:
    """Raise (+1) or lower (-1) a stage's score; an unset stage starts at neutral."""
    current = scene.journey.curve_of(scene.edited_curve()).get(stage_id)
    score = 0 if current is None else max(-2, min(2, current + step))
    set_score(scene, stage_id, score)
