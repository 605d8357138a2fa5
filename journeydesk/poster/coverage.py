"""Characters no bundled font can print, found before an export runs, with where they are."""

from __future__ import annotations

from collections.abc import Iterator

from journeydesk.layout.fonts import Weight, chain
from journeydesk.model.project import Journey, Project, short_label

MAX_PLACES = 5


def unprintable(project: Project, journey: Journey) -> list[str]:
    """One sentence per place holding characters no bundled font has (at most a few)."""
    regular = chain(Weight.REGULAR)
    places = []
    for where, text in _texts(project, journey):
        missing = regular.missing_in(text)
        if missing:
            # The code point too: a character no bundled font has may show as a box here as well.
            shown = ", ".join(f"{char} (U+{ord(char):04X})" for char in sorted(missing))
            places.append(f"{shown} in {where}")
    if not places:
        return []
    more = len(places) - MAX_PLACES
    lines = places[:MAX_PLACES] + ([f"and {more} more places"] if more > 0 else [])
    return [
        "Some characters are in no bundled font and will be left blank on the poster: "
        + "; ".join(lines)
        + "."
    ]


def _texts(project: Project, journey: Journey) -> Iterator[tuple[str, str]]:
    """Every text the poster prints, with a description of where it is."""
    yield "the map's title", journey.title
    yield "the scenario", journey.scenario
    yield "the project's title", project.title
    for persona_id in journey.persona_ids:
        persona = project.persona(persona_id)
        for text in (persona.name, persona.role, persona.quote, *persona.goals):
            yield f"persona '{short_label(persona.name)}'", text
    stages = {stage.id: stage.title for stage in journey.stages}
    lanes = {lane.id: lane.title for lane in journey.lanes}
    for stage in journey.stages:
        yield f"stage '{short_label(stage.title)}'", stage.title + stage.goal
    for lane in journey.lanes:
        yield f"lane '{short_label(lane.title)}'", lane.title
    for card in journey.cards:
        where = (
            f"card '{short_label(card.text)}' (lane '{short_label(lanes[card.lane_id])}', "
            f"stage '{short_label(stages[card.stage_id])}')"
        )
        yield where, card.text + "".join(card.tags)
