"""Adding an imported project's maps and personas to an open project, sharing no ids."""

from __future__ import annotations

from journeydesk.model.journeys import copy_journey
from journeydesk.model.project import Journey, Persona, Project, new_id


def fresh_copies(imported: Project) -> tuple[list[Persona], list[Journey]]:
    """``imported``'s personas and maps with new ids everywhere, references mapped.

    The copies can join any project: nothing in them names an id of the file they came
    from. A map's link to the map it is the future state of is kept when both came in.
    """
    persona_ids = {persona.id: new_id() for persona in imported.personas}
    personas = [
        persona.model_copy(update={"id": persona_ids[persona.id]}, deep=True)
        for persona in imported.personas
    ]
    journeys: list[Journey] = []
    journey_ids: dict[str, str] = {}
    for journey in imported.journeys:
        copy = copy_journey(journey, journey.title)
        journey_ids[journey.id] = copy.id
        copy.persona_ids = [persona_ids[p] for p in copy.persona_ids if p in persona_ids]
        copy.persona_emotions = {
            persona_ids[p]: curve for p, curve in copy.persona_emotions.items() if p in persona_ids
        }
        journeys.append(copy)
    for copy, journey in zip(journeys, imported.journeys, strict=True):
        copy.source_journey_id = journey_ids.get(journey.source_journey_id or "")
        for stage in copy.stages:
            stage.source_stage_id = None  # stage and card links do not survive new ids
        for card in copy.cards:
            card.source_card_id = None
    return personas, journeys
