"""Characters no bundled font can print, found before an export runs, with where they are."""

from __future__ import annotations

from collections.abc import Iterator

from journeydesk.i18n import Translatable, arg
from journeydesk.layout.fonts import Weight, chain
from journeydesk.model.project import Journey, Project, short_label

MAX_PLACES = 5


class CoverageText(Translatable):
    """The note about characters no bundled font can print, and the places it names."""


def unprintable(project: Project, journey: Journey) -> list[str]:
    """One sentence per place holding characters no bundled font has (at most a few)."""
    regular = chain(Weight.REGULAR)
    places = []
    for where, text in _texts(project, journey):
        missing = regular.missing_in(text)
        if missing:
            # The code point too: a character no bundled font has may show as a box here as well.
            shown = ", ".join(f"{char} (U+{ord(char):04X})" for char in sorted(missing))
            places.append(arg(CoverageText.tr("%1 in %2"), shown, where))
    if not places:
        return []
    more = len(places) - MAX_PLACES
    lines = places[:MAX_PLACES]
    if more > 0:
        lines.append(CoverageText.tr("and %n more place(s)", "", more))
    message = CoverageText.tr(
        "Some characters are in no bundled font and will be left blank on the poster: %1."
    )
    return [arg(message, "; ".join(lines))]


def _texts(project: Project, journey: Journey) -> Iterator[tuple[str, str]]:
    """Every text the poster prints, with a description of where it is."""
    yield CoverageText.tr("the map's title"), journey.title
    yield CoverageText.tr("the scenario"), journey.scenario
    yield CoverageText.tr("the project's title"), project.title
    for persona_id in journey.persona_ids:
        persona = project.persona(persona_id)
        where = arg(CoverageText.tr("persona '%1'"), short_label(persona.name))
        for text in (persona.name, persona.role, persona.quote, *persona.goals):
            yield where, text
    stages = {stage.id: stage.title for stage in journey.stages}
    lanes = {lane.id: lane.title for lane in journey.lanes}
    for stage in journey.stages:
        yield arg(CoverageText.tr("stage '%1'"), short_label(stage.title)), stage.title + stage.goal
    for lane in journey.lanes:
        yield arg(CoverageText.tr("lane '%1'"), short_label(lane.title)), lane.title
    card_place = CoverageText.tr("card '%1' (lane '%2', stage '%3')")
    for card in journey.cards:
        lane, stage = short_label(lanes[card.lane_id]), short_label(stages[card.stage_id])
        yield arg(card_place, short_label(card.text), lane, stage), card.text + "".join(card.tags)
