"""What a poster holds around the map: a title block, the persona panel and a lane legend.

A poster may print a second map below the first: the map's current or future state, under a
heading. Like the map layout, this is geometry in points (map units), computed once; the plan
scales it, and the painter and the export preview draw it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from journeydesk.i18n import Translatable, arg
from journeydesk.layout.fonts import Weight
from journeydesk.layout.map_layout import MapLayout
from journeydesk.layout.persona_card import CARD_WIDTH, PersonaCardLayout, lay_out_persona
from journeydesk.layout.text import TextLine, one_line, wrap
from journeydesk.model.project import Journey, LaneKind, Project

PAD = 24.0
TITLE_SIZE, TITLE_LINE = 30.0, 36.0
SUBTITLE_SIZE, SUBTITLE_LINE = 13.0, 17.0
PERSONA_GAP = 16.0
LEGEND_SIZE, LEGEND_HEIGHT = 10.0, 34.0
#: Each lane's colour chip in the legend, its title beside it, both this far below its top.
LEGEND_SWATCH, LEGEND_TEXT_GAP, LEGEND_TOP = 16.0, 6.0, 8.0
LEGEND_INK = "#1d232b"
#: The colour of the title block and the headings.
TEXT_INK = "#111827"
#: The room after each legend entry's title.
LEGEND_GAP = 24.0
HEADING_SIZE, HEADING_LINE = 20.0, 26.0
#: The room between the first map and the heading of the map compared with it.
SECTION_GAP = 2 * PAD


class ContentText(Translatable):
    """The words a poster prints around the map: its title, state, headings and legend."""


@dataclass(frozen=True)
class TextBlock:
    """Lines of one size and weight, their first line's top at ``y``."""

    x: float
    y: float
    lines: tuple[TextLine, ...]
    size: float
    line_height: float
    weight: Weight = Weight.REGULAR

    @property
    def bottom(self) -> float:
        """The y below the last line."""
        return self.y + len(self.lines) * self.line_height


@dataclass(frozen=True)
class LegendEntry:
    """A lane's colour chip and title at the foot of the poster: the chip's top left at
    (``x``, ``y``), the title's line beside it."""

    x: float
    y: float
    title: str
    colour: str
    line: TextLine

    @property
    def text_x(self) -> float:
        """Where the title's line starts."""
        return self.x + LEGEND_SWATCH + LEGEND_TEXT_GAP


@dataclass(frozen=True)
class PlacedPersona:
    """A persona's card (laid out as on the canvas) with its top left on the poster."""

    x: float
    y: float
    card: PersonaCardLayout
    #: The persona's picture file, printed in the card's photo square.
    photo: bytes | None = None


@dataclass(frozen=True)
class MapSection:
    """One map on the poster: its journey and layout, its top left, and a heading above it."""

    journey: Journey
    layout: MapLayout
    x: float
    y: float
    #: Above a compared map, e.g. "Compared with the current state: Dinner"; None above the first.
    heading: TextBlock | None = None
    #: With several personas, each one's (name, colour) for their curve and its legend.
    curve_personas: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class PosterContent:
    """The whole poster in map units: header blocks, the maps and their offsets, the legend."""

    width: float
    height: float
    #: The chosen map first, then the map compared with it (if printed), top to bottom.
    maps: tuple[MapSection, ...]
    blocks: tuple[TextBlock, ...]
    personas: tuple[PlacedPersona, ...]
    legend_y: float
    legend: tuple[LegendEntry, ...]

    @property
    def map_x(self) -> float:
        """The left of the chosen map."""
        return self.maps[0].x

    @property
    def map_y(self) -> float:
        """The top of the chosen map."""
        return self.maps[0].y


def compose(
    project: Project,
    journey: Journey,
    layout: MapLayout,
    compared: tuple[Journey, MapLayout] | None = None,
) -> PosterContent:
    """Place the title, the persona cards, the map, the map ``compared`` with it and the legend.

    ``compared`` is the map's current state (the map it was made from) or a future state made
    from it, with its layout; it prints below the map, under a heading saying which it is.
    """
    widest = max(layout.width, compared[1].width if compared else 0.0)
    width = widest + 2 * PAD
    blocks: list[TextBlock] = []
    personas = [project.persona(i) for i in journey.persona_ids]
    # On a map narrower than a card (one stage), the cards narrow to the map.
    card_width = min(CARD_WIDTH, width - 2 * PAD)
    cards = [lay_out_persona(persona, card_width) for persona in personas]
    row_width = sum(card.width for card in cards) + PERSONA_GAP * max(0, len(cards) - 1)
    # The cards go beside the title while the title keeps a third of the width.
    beside = bool(cards) and width - 2 * PAD - row_width - PAD >= width / 3
    text_width_left = width - 2 * PAD - (row_width + PAD if beside else 0)
    title = wrap(
        journey.title or project.title or ContentText.tr("Journey map"),
        text_width_left,
        TITLE_SIZE,
        Weight.BOLD,
    )
    blocks.append(TextBlock(PAD, PAD, title, TITLE_SIZE, TITLE_LINE, Weight.BOLD))
    future = journey.state.value == "future"
    state = ContentText.tr("Future state") if future else ContentText.tr("Current state")
    subtitle = " · ".join(
        part for part in (state, project.title if project.title != journey.title else "") if part
    )
    sub = TextBlock(
        PAD,
        blocks[-1].bottom + 4,
        wrap(subtitle, text_width_left, SUBTITLE_SIZE),
        SUBTITLE_SIZE,
        SUBTITLE_LINE,
    )
    blocks.append(sub)
    bottom = sub.bottom
    if journey.scenario.strip():
        scenario = TextBlock(
            PAD,
            bottom + 6,
            wrap(journey.scenario, text_width_left, SUBTITLE_SIZE),
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
    maps = [MapSection(journey, layout, PAD, bottom + PAD)]
    if compared is not None:
        maps.append(_compared_section(journey, *compared, maps[0].y + layout.height, width))
    maps = [
        replace(section, curve_personas=_curve_personas(project, section.journey))
        for section in maps
    ]
    legend_y = maps[-1].y + maps[-1].layout.height + PAD
    legend = _legend([section.journey for section in maps], legend_y + LEGEND_TOP)
    height = legend_y + LEGEND_HEIGHT + PAD
    return PosterContent(
        width, height, tuple(maps), tuple(blocks), tuple(placed), legend_y, tuple(legend)
    )


def _compared_section(
    journey: Journey, other: Journey, layout: MapLayout, top: float, width: float
) -> MapSection:
    """``other`` below the first map (which ends at ``top``), under a heading naming it."""
    if journey.source_journey_id == other.id:
        heading_text = ContentText.tr("Compared with the current state: %1")
    else:
        heading_text = ContentText.tr("Compared with the future state: %1")
    text = arg(heading_text, other.title or ContentText.tr("Untitled map"))
    lines = wrap(text, width - 2 * PAD, HEADING_SIZE, Weight.BOLD)
    heading = TextBlock(PAD, top + SECTION_GAP, lines, HEADING_SIZE, HEADING_LINE, Weight.BOLD)
    return MapSection(other, layout, PAD, heading.bottom + PAD / 2, heading)


def _curve_personas(project: Project, journey: Journey) -> tuple[tuple[str, str], ...]:
    """The names and colours of a map's curves, when it has more than one."""
    if len(journey.persona_ids) < 2:
        return ()
    personas = [project.persona(persona_id) for persona_id in journey.persona_ids]
    return tuple((persona.name, persona.colour) for persona in personas)


def _legend(journeys: list[Journey], top: float) -> list[LegendEntry]:
    """A chip for each lane of the maps, a lane the maps share (same title and colour) once."""
    legend: list[LegendEntry] = []
    seen: set[tuple[str, str]] = set()
    x = PAD
    untitled = ContentText.tr("Lane")
    for journey in journeys:
        for lane in journey.lanes:
            title = lane.title or untitled
            if lane.kind is LaneKind.DIVIDER or (title, lane.colour) in seen:
                continue
            seen.add((title, lane.colour))
            entry = LegendEntry(x, top, title, lane.colour, one_line(title, LEGEND_SIZE))
            legend.append(entry)
            x = entry.text_x + entry.line.width + LEGEND_GAP
    return legend


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
