"""From a journey and the facilitator's choices to a planned, painted PDF poster."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from journeydesk.layout.map_layout import MapLayout
from journeydesk.model.project import Journey, Project
from journeydesk.poster.content import PosterContent, compose
from journeydesk.poster.coverage import unprintable
from journeydesk.poster.painter import PosterOptions, Progress, export_poster
from journeydesk.poster.papers import MM, paper
from journeydesk.poster.plan import Orientation, PosterPlan, PosterSize, plan_single, plan_tiled


@dataclass(frozen=True)
class PosterRequest:
    """Everything the facilitator chose: paper, sheets or one page, size, margins, marks."""

    paper: str = "a4"
    orientation: Orientation = Orientation.AUTO
    #: None: the whole map on one page; else the size of a tiled poster.
    size: PosterSize | None = None
    margin: float = 10 * MM
    overlap: float = 10 * MM
    options: PosterOptions = field(default_factory=PosterOptions)


def prepare(project: Project, journey: Journey) -> tuple[MapLayout, PosterContent]:
    """The map's layout and the poster content around it."""
    layout = MapLayout(journey)
    return layout, compose(project, journey, layout)


def plan_poster(
    project: Project, content: PosterContent, journey: Journey, request: PosterRequest
) -> PosterPlan:
    """The plan for ``request``, with notes to show before exporting.

    Raises PosterError or KeyError with a sentence when the options cannot make a poster.
    """
    sheet = paper(request.paper)
    title = journey.title or "Journey map"
    if request.size is None:
        plan = plan_single(
            content.width, content.height, sheet, request.orientation, request.margin, title
        )
    else:
        plan = plan_tiled(
            content.width,
            content.height,
            sheet,
            request.size,
            request.orientation,
            request.margin,
            request.overlap,
            title,
        )
    return replace(plan, notes=(*plan.notes, *unprintable(project, journey)))


def make_poster(
    project: Project,
    journey: Journey,
    request: PosterRequest,
    path: Path,
    progress: Progress | None = None,
) -> PosterPlan:
    """Plan and write the poster at ``path``; return the plan that was printed."""
    layout, content = prepare(project, journey)
    plan = plan_poster(project, content, journey, request)
    export_poster(journey, layout, content, plan, path, request.options, progress)
    return plan
