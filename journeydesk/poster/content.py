"""What a poster holds around the map: a title block, the persona panel and a lane legend.

Like the map layout, this is geometry in points (map units), computed once; the plan scales
it and the painter draws it.
"""

from __future__ import annotations

from dataclasses import dataclass

from journeydesk.layout.fonts import Weight
from journeydesk.layout.map_layout import MapLayout
from journeydesk.layout.text import text_width, wrap_text
from journeydesk.model.project import Journey, LaneKind, Project

PAD = 24.0
TITLE_SIZE, TITLE_LINE = 30.0, 36.0
SUBTITLE_SIZE, SUBTITLE_LINE = 13.0, 17.0
PANEL_WIDTH = 420.0
PANEL_TEXT, PANEL_LINE = 10.5, 14.0
LEGEND_SIZE, LEGEND_HEIGHT = 10.0, 34.0


@dataclass(frozen=True)
class TextBlock:
    """Lines of one size and weight, their first line's top at ``y``."""

    x: float
    y: float
    lines: tuple[str, ...]
    size: float
    line_height: float
    weight: Weight = Weight.REGULAR

    @property
    def bottom(self) -> float:
        """The y below the last line."""
        return self.y + len(self.lines) * self.line_height


@dataclass(frozen=True)
class LegendEntry:
    """A lane's colour chip and title at the foot of the poster."""

    x: float
    title: str
    colour: str


@dataclass(frozen=True)
class PosterContent:
    """The whole poster in map units: header blocks, the map's offset, the legend."""

    width: float
    height: float
    map_x: float
    map_y: float
    blocks: tuple[TextBlock, ...]
    panel: tuple[float, float, float, float] | None  # the persona panel's box
    legend_y: float
    legend: tuple[LegendEntry, ...]


def compose(project: Project, journey: Journey, layout: MapLayout) -> PosterContent:
    """Place the title, the persona panel, the map and the legend."""
    width = layout.width + 2 * PAD
    blocks: list[TextBlock] = []
    panel_width = min(PANEL_WIDTH, width / 3)
    text_width_left = width - 2 * PAD - (panel_width + PAD if journey.persona_ids else 0)
    title = wrap_text(
        journey.title or project.title or "Journey map", text_width_left, TITLE_SIZE, Weight.BOLD
    )
    blocks.append(TextBlock(PAD, PAD, title, TITLE_SIZE, TITLE_LINE, Weight.BOLD))
    state = "Future state" if journey.state.value == "future" else "Current state"
    subtitle = " · ".join(
        part for part in (state, project.title if project.title != journey.title else "") if part
    )
    sub = TextBlock(
        PAD,
        blocks[-1].bottom + 4,
        wrap_text(subtitle, text_width_left, SUBTITLE_SIZE),
        SUBTITLE_SIZE,
        SUBTITLE_LINE,
    )
    blocks.append(sub)
    bottom = sub.bottom
    if journey.scenario.strip():
        scenario = TextBlock(
            PAD,
            bottom + 6,
            wrap_text(journey.scenario, text_width_left, SUBTITLE_SIZE),
            SUBTITLE_SIZE,
            SUBTITLE_LINE,
        )
        blocks.append(scenario)
        bottom = scenario.bottom
    panel = None
    if journey.persona_ids:
        x = width - PAD - panel_width
        inner = panel_width - 2 * 12
        y = PAD + 12
        for persona_id in journey.persona_ids:
            persona = project.persona(persona_id)
            who = ", ".join(str(p) for p in (persona.age, persona.role) if p)
            for text, size, line, weight in (
                (persona.name or "Persona", 15.0, 19.0, Weight.BOLD),
                (who, PANEL_TEXT, PANEL_LINE, Weight.REGULAR),
                (
                    f"“{persona.quote}”" if persona.quote else "",
                    PANEL_TEXT,
                    PANEL_LINE,
                    Weight.REGULAR,
                ),
                ("Goals" if persona.goals else "", PANEL_TEXT, PANEL_LINE, Weight.BOLD),
                (
                    "\n".join(f"• {g}" for g in persona.goals),
                    PANEL_TEXT,
                    PANEL_LINE,
                    Weight.REGULAR,
                ),
            ):
                lines = wrap_text(text, inner, size, weight)
                if lines:
                    block = TextBlock(x + 12, y, lines, size, line, weight)
                    blocks.append(block)
                    y = block.bottom + 3
            y += 8
        panel = (x, PAD, panel_width, y - PAD)
        bottom = max(bottom, y)
    map_y = bottom + PAD
    legend_y = map_y + layout.height + PAD
    legend = []
    x = PAD
    for lane in journey.lanes:
        if lane.kind is LaneKind.DIVIDER:
            continue
        legend.append(LegendEntry(x, lane.title or "Lane", lane.colour))
        x += 22 + text_width(lane.title or "Lane", LEGEND_SIZE) + 24
    height = legend_y + LEGEND_HEIGHT + PAD
    return PosterContent(width, height, PAD, map_y, tuple(blocks), panel, legend_y, tuple(legend))
