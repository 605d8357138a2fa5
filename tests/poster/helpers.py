"""What several poster tests share: the example project with a future state of its map."""

from __future__ import annotations

from journeydesk.model.journeys import copy_journey
from journeydesk.model.project import Card, Lane, Project, Stage
from journeydesk.model.storage import load_project
from journeydesk.model.templates import TEMPLATES
from journeydesk.resources import example_path

FUTURE_TITLE = "Dinner at Forno Verde (future state)"
#: Only on the future state: a stage, a lane and a card in them.
NEW_STAGE, NEW_LANE, NEW_CARD = "Loyalty reward", "Staff", "Gets a free dessert voucher"


def project_with_future_state() -> Project:
    """The example map (its current state) and a future state made from it, one stage wider."""
    project = load_project(example_path())
    future = copy_journey(project.journeys[0], FUTURE_TITLE, future=True)
    stage = Stage(title=NEW_STAGE, goal="Come back next week")
    lane = Lane(title=NEW_LANE, colour="#99f6e4")
    future.stages.append(stage)
    future.lanes.append(lane)
    future.cards.append(Card(lane_id=lane.id, stage_id=stage.id, text=NEW_CARD))
    project.journeys.append(future)
    return Project.model_validate(project.model_dump())


def unfinished_project(stages: bool = False, lanes: bool = False) -> Project:
    """A new classic map without cards, curve, and its stages or lanes (or both) removed."""
    project = TEMPLATES["classic"].create_project("Empty")
    journey = project.journeys[0]
    journey.cards, journey.emotions = [], {}
    journey.stages = journey.stages if stages else []
    journey.lanes = journey.lanes if lanes else []
    return project
