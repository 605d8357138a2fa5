"""The emotion curves of a scene: the edited persona's curve, the others faint behind it,
and the legend of their names in the lane's header."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from journeydesk.ui.canvas.scene import JourneyScene


def update_curves(scene: JourneyScene) -> None:
    """Give every emotion lane of ``scene`` its curves and legend from the journey."""
    journey, layout = scene.journey, scene.layout
    width = len(layout.stages) * scene.map_style.stage_width
    slots = [(s.stage_id, s.x + s.width / 2) for s in layout.stages]
    edited = scene.edited_curve()
    several = len(journey.persona_ids) > 1
    personas = {i: scene.document.persona(i) for i in journey.persona_ids} if several else {}
    others = [
        (personas[persona_id].colour, layout.curve_points(curve))
        for persona_id, curve in journey.curves()
        if several and persona_id is not None and persona_id != edited
    ]
    colour = personas[edited].colour if several and edited is not None else None
    points = layout.curve_points(journey.curve_of(edited))
    names = [personas[i].name for i in journey.persona_ids] if several else []
    for lane_id, curve in scene.curve_for_lane.items():
        curve.set_points(points, width, slots, others, colour)
        if curve.focus is not None and curve.focus not in layout.stage_by_id:
            curve.set_focus(None)
        row = layout.lane_by_id[lane_id]
        legend = [
            (y, line, personas[persona_id].colour, persona_id == edited)
            for (y, line), persona_id in zip(
                layout.legend_lines(row, names), journey.persona_ids, strict=False
            )
        ]
        scene.header_for_lane[lane_id].set_legend(legend)
