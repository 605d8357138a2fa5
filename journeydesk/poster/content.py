"""What a poster holds around the map: a title block, the persona panel and a lane legend.

Like the map layout, this is geometry in points (map units), computed once; the plan scales
it and the painter draws it.
"""

from __future__ import annotations

from dataclasses import dataclass

from journeydesk.layout.fonts import Weight
from journeydesk.layout.map_layout import MapLayout
from journeydesk.layout.persona_card import CARD_WIDTH, PersonaCardLayout, lay_out_persona
from journeydesk.layout.text import text_width, wrap_text
from journeydesk.model.project import Journey, LaneKind, Project

PAD = 24.0
TITLE_SIZE, TITLE_LINE = 30.0, 36.0
SUBTITLE_SIZE, SUBTITLE_LINE = 13.0, 17.0
PERSONA_GAP = 16.0
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
class PlacedPersona:
    """A persona's card (laid out as on the canvas) with its top left on the poster."""

    x: float
    y: float
    card: PersonaCardLayout
    #: The persona's picture file, printed in the card's photo square.
    photo: bytes | None = None


@dataclass(frozen=True)
class PosterContent:
    """The whole poster in map units: header blocks, the map's offset, the legend."""

    width: float
    height: float
    map_x: float
    map_y: float
    blocks: tuple[TextBlock, ...]
    personas: tuple[PlacedPersona, ...]
    legend_y: float
    legend: tuple[LegendEntry, ...]


def compose(project: Project, journey: Journey, layout: MapLayout) -> PosterContent:
    """Place the title, the persona cards, the map and the legend."""
    width = layout.width + 2 * PAD
    blocks: list[TextBlock] = []
    personas = [project.persona(i) for i in journey.persona_ids]
    # On a map narrower than a card (one stage), the cards narrow to the map.
    card_width = min(CARD_WIDTH, width - 2 * PAD)
    cards = [lay_out_persona(persona, card_width) for persona in personas]
    row_width = sum(card.width for card in cards) + PERSONA_GAP * max(0, len(cards) - 1)
    # The cards go beside the title while the title keeps a third of the width.
    beside = bool(cards) and width - 2 * PAD - row_width - PAD >= width / 3
    text_width_left = width - 2 * PAD - (row_width + PAD if beside else 0)
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
    placed = _place_personas(cards, width, PAD if beside else bottom + PAD, beside)
    placed = [
        PlacedPersona(p.x, p.y, p.card, persona.photo.image_bytes() if persona.photo else None)
        for p, persona in zip(placed, personas, strict=True)
    ]
    bottom = max([bottom] + [p.y + p.card.height for p in placed])
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
    return PosterContent(
        width, height, PAD, map_y, tuple(blocks), tuple(placed), legend_y, tuple(legend)
    )


def _place_personas(
    cards: list[PersonaCardLayout], width: float, top: float, beside: bool
) -> list[PlacedPersona]:
    """Beside the title, the cards end at the right margin; below it, they wrap in rows."""
    if beside:
        x = width - PAD - sum(c.width for c in cards) - PERSONA_GAP * (len(cards) - 1)
        placed = []
        for card in cards:
            placed.append(PlacedPersona(x, top, card))
            x += card.width + PERSONA_GAP
        return placed
    placed, x, y, row_height = [], PAD, top, 0.0
    for card in cards:
        if x > PAD and x + card.width > width - PAD:
            x, y, row_height = PAD, y + row_height + PERSONA_GAP, 0.0
        placed.append(PlacedPersona(x, y, card))
        x += card.width + PERSONA_GAP
        row_height = max(row_height, card.height)
    return placed
