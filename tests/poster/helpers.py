"""What several poster tests share: the example map with a future state, a pseudo-language."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from journeydesk.i18n import english_plural, set_catalog
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


class Bracketed:
    """A pseudo-language for tests: every translated text in ⟦ ⟧, numbers with a decimal comma
    and a point between thousands, as German writes them. A text printed without the brackets
    did not go through translation."""

    def translate(self, context: str, source: str, disambiguation: str | None, n: int) -> str:
        return f"⟦{english_plural(source, n) if n >= 0 else source}⟧"

    def number(self, value: float, decimals: int) -> str:
        text = f"{value:,.{decimals}f}" if decimals else f"{round(value):,}"
        return text.replace(",", " ").replace(".", ",").replace(" ", ".")


@contextmanager
def bracketed() -> Iterator[None]:
    """Translate with :class:`Bracketed` inside the block."""
    set_catalog(Bracketed())
    try:
        yield
    finally:
        set_catalog(None)
