"""From a journey and the facilitator's choices to a planned, painted PDF poster."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from journeydesk.i18n import QT_TRANSLATE_NOOP, Translatable, arg, number, translate
from journeydesk.layout.map_layout import MapLayout
from journeydesk.model.project import Journey, Project
from journeydesk.poster.content import PosterContent, compose
from journeydesk.poster.coverage import unprintable
from journeydesk.poster.painter import PosterOptions, Progress, export_poster
from journeydesk.poster.papers import MM, paper
from journeydesk.poster.plan import (
    Orientation,
    PosterError,
    PosterPlan,
    PosterSize,
    plan_single,
    plan_tiled,
)
from journeydesk.poster.wall_kit import WallKit, blank_journey, wall_style


class ExportText(Translatable):
    """The notes and refusals of a poster export."""


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
    #: Print the map's current or future state (see ``compared_map``) below it.
    with_compared: bool = False
    #: Print a blank wall template (headers, empty cells for paper notes) at 100 %.
    wall_kit: WallKit | None = None


#: The note of a poster asked to print a compared map when the map has none (English: the
#: notes say it translated).
NOTHING_TO_COMPARE = QT_TRANSLATE_NOOP(
    "ExportText", "This map has no current or future state to print below it."
)


def compared_map(project: Project, journey: Journey) -> Journey | None:
    """The map to print below ``journey``: its current state, or its first future state.

    A future state's current state is the map it was made from (its ``source_journey_id``);
    a current state's future states are the maps made from it. None when there is neither.
    """
    if journey.source_journey_id is not None:
        for other in project.journeys:
            if other.id == journey.source_journey_id:
                return other
    for other in project.journeys:
        if other.source_journey_id == journey.id:
            return other
    return None


def prepare(
    project: Project,
    journey: Journey,
    *,
    with_compared: bool = False,
    wall_kit: WallKit | None = None,
) -> tuple[MapLayout, PosterContent]:
    """The map's layout and the poster content around it (with the compared map if asked).

    For a blank wall template the map is laid out without its cards, in ``wall_kit``'s style.
    """
    if wall_kit is not None:
        blank = blank_journey(journey)
        layout = MapLayout(blank, wall_style(wall_kit))
        return layout, compose(project, blank, layout)
    layout = MapLayout(journey)
    other = compared_map(project, journey) if with_compared else None
    compared = (other, MapLayout(other)) if other is not None else None
    return layout, compose(project, journey, layout, compared)


def prepare_request(
    project: Project, journey: Journey, request: PosterRequest
) -> tuple[MapLayout, PosterContent]:
    """``prepare`` for what ``request`` asks."""
    return prepare(project, journey, with_compared=request.with_compared, wall_kit=request.wall_kit)


def plan_poster(
    project: Project, content: PosterContent, journey: Journey, request: PosterRequest
) -> PosterPlan:
    """The plan for ``request``, with notes to show before exporting.

    Raises PosterError or KeyError with a sentence when the options cannot make a poster.
    """
    _check_printable(journey)
    sheet = paper(request.paper)
    title = journey.title or ExportText.tr("Journey map")
    full_size = request.wall_kit is not None  # its cells must hold real notes
    if request.size is None:
        plan = plan_single(
            content.width,
            content.height,
            sheet,
            request.orientation,
            request.margin,
            title,
            full_size=full_size,
        )
    else:
        plan = plan_tiled(
            content.width,
            content.height,
            sheet,
            PosterSize(scale=1.0) if full_size else request.size,
            request.orientation,
            request.margin,
            request.overlap,
            title,
        )
    notes = list(plan.notes)
    note = "" if full_size else _fewer_sheets(request.size, plan)
    if note:
        notes.append(note)
    if request.with_compared and compared_map(project, journey) is None:
        notes.append(translate("ExportText", NOTHING_TO_COMPARE))
    if request.wall_kit is not None and request.size is not None and request.size.scale != 1.0:
        notes.append(
            ExportText.tr(
                "A blank wall template always prints at full size, so its cells hold real notes."
            )
        )
    for section in content.maps:
        notes += [note for note in unprintable(project, section.journey) if note not in notes]
    return replace(plan, notes=tuple(notes))


def _check_printable(journey: Journey) -> None:
    """Refuse a map without stages or lanes: there is nothing to print."""
    if journey.stages and journey.lanes:
        return
    if journey.stages:
        message = ExportText.tr(
            "This map has no lanes yet, so there is nothing to print: "
            "add at least one stage and one lane first."
        )
    elif journey.lanes:
        message = ExportText.tr(
            "This map has no stages yet, so there is nothing to print: "
            "add at least one stage and one lane first."
        )
    else:
        message = ExportText.tr(
            "This map has no stages or lanes yet, so there is nothing to print: "
            "add at least one stage and one lane first."
        )
    raise PosterError(message)


def make_poster(
    project: Project,
    journey: Journey,
    request: PosterRequest,
    path: Path,
    progress: Progress | None = None,
) -> PosterPlan:
    """Plan and write the poster at ``path``; return the plan that was printed."""
    layout, content = prepare_request(project, journey, request)
    plan = plan_poster(project, content, journey, request)
    export_poster(journey, layout, content, plan, path, request.options, progress)
    return plan


def _fewer_sheets(size: PosterSize | None, plan: PosterPlan) -> str:
    """Why a poster asked as columns x rows prints fewer sheets ("" when it prints them all)."""
    if size is None or size.columns is None or size.rows is None:
        return ""
    grids = [number(n) for n in (size.columns, size.rows, plan.columns, plan.rows)]
    if plan.rows < size.rows:
        asked = ExportText.tr("%n sheet(s) wide", "the width asked for", size.columns)
        only = ExportText.tr("%n sheet(s) high", "the height the map takes", plan.rows)
        text = ExportText.tr(
            "You asked for %1 x %2 sheets; at %5 the map is only %6, so %3 x %4 print "
            "(more rows would be blank)."
        )
        return arg(text, *grids, asked, only)
    if plan.columns < size.columns:
        asked = ExportText.tr("%n sheet(s) high", "the height asked for", size.rows)
        only = ExportText.tr("%n sheet(s) wide", "the width the map takes", plan.columns)
        text = ExportText.tr(
            "You asked for %1 x %2 sheets; at %5 the map is only %6, so %3 x %4 print "
            "(more columns would be blank)."
        )
        return arg(text, *grids, asked, only)
    return ""
