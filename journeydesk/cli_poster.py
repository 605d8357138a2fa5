"""`journeydesk poster`: print a journey map as one big sheet or as tiles to tape together.

The model and the poster code load when the command runs (or its options are read), not
with the command line: the other commands and `journeydesk --version` need not wait for them.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path
from typing import TYPE_CHECKING

from journeydesk.i18n import Translatable, arg

if TYPE_CHECKING:
    from journeydesk.model.project import Journey, Project
    from journeydesk.poster.plan import PosterSize
    from journeydesk.poster.wall_kit import WallKit

EXAMPLE = (
    "journeydesk poster workshop.journey -o wall.pdf --paper a4 --tiles 4x3 --overlap 10mm\n"
    "  journeydesk poster workshop.journey -o plotter.pdf --paper a0\n"
    "  journeydesk poster workshop.journey -o wide.pdf --paper letter --width 2m\n"
    "  journeydesk poster workshop.journey -o both.pdf --paper a0 --compare\n"
    "  journeydesk poster workshop.journey -o wall.pdf --paper a4 --scale 100% --blank-wall\n"
    "  journeydesk poster workshop.journey -o cards.pdf --paper a4 --card-sheets 76x76"
)


class PosterCommandText(Translatable):
    """The words of `journeydesk poster`: its help and its messages."""


class PosterCommandError(Exception):
    """A poster option the user can fix; the message is a sentence."""


def summary() -> str:
    """What the command does, in a few words (for the list of commands)."""
    return PosterCommandText.tr(
        "print a map as a PDF poster: one big sheet, or tiles to tape together"
    )


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The options of `journeydesk poster`."""
    from journeydesk.poster.papers import PAPERS
    from journeydesk.poster.plan import Orientation

    parser.add_argument(
        "file", metavar="FILE", type=Path, help=PosterCommandText.tr("a project file")
    )
    parser.add_argument(
        "-o",
        "--output",
        metavar="OUT.pdf",
        type=Path,
        required=True,
        help=PosterCommandText.tr("the PDF to write"),
    )
    parser.add_argument(
        "--paper",
        default="a4",
        help=arg(
            PosterCommandText.tr("paper: %1, or a size like 500x700mm (default: a4)"),
            ", ".join(PAPERS),
        ),
    )
    parser.add_argument(
        "--orientation",
        choices=[o.value for o in Orientation],
        default="auto",
        help=PosterCommandText.tr("default: auto"),
    )
    size = parser.add_mutually_exclusive_group()
    size.add_argument(
        "--tiles",
        metavar="COLSxROWS",
        help=PosterCommandText.tr("tile over this many sheets, e.g. 4x3 (or 4 for 4 wide)"),
    )
    size.add_argument(
        "--width",
        metavar="LENGTH",
        help=PosterCommandText.tr("tile a poster this wide, e.g. 2m or 80in"),
    )
    size.add_argument(
        "--height",
        metavar="LENGTH",
        help=PosterCommandText.tr("tile a poster this high, e.g. 1.2m"),
    )
    size.add_argument(
        "--scale",
        metavar="PERCENT",
        help=PosterCommandText.tr("tile at this size of the canvas, e.g. 100%%"),
    )
    parser.add_argument(
        "--margin",
        default="10mm",
        metavar="LENGTH",
        help=PosterCommandText.tr("printer margin (default: 10mm)"),
    )
    parser.add_argument(
        "--overlap",
        default="10mm",
        metavar="LENGTH",
        help=PosterCommandText.tr("glue overlap between tiles (default: 10mm)"),
    )
    parser.add_argument(
        "--journey",
        metavar="NAME",
        help=PosterCommandText.tr("which map of the project (default: the first)"),
    )
    parser.add_argument(
        "--compare",
        action="store_true",
        help=PosterCommandText.tr("print the map's current or future state below it"),
    )
    parser.add_argument(
        "--blank-wall",
        metavar="NOTE",
        nargs="?",
        const="76x76",
        help=PosterCommandText.tr(
            "print a blank wall template at full size: headers and empty cells for paper "
            "notes of this size (76x76, 76x127 or 102x152 mm; default 76x76)"
        ),
    )
    parser.add_argument(
        "--card-sheets",
        metavar="NOTE",
        nargs="?",
        const="76x76",
        help=PosterCommandText.tr(
            "instead of a poster, print the cards as notes to cut out, this size (76x76, "
            "76x127 or 102x152 mm; default 76x76), on --paper (a4 or letter)"
        ),
    )
    parser.add_argument(
        "--notes-per-cell",
        metavar="N",
        type=int,
        default=3,
        help=PosterCommandText.tr("with --blank-wall: how many notes each cell holds (default: 3)"),
    )
    parser.add_argument(
        "--no-marks", action="store_true", help=PosterCommandText.tr("leave out the cut marks")
    )
    parser.add_argument(
        "--no-labels",
        action="store_true",
        help=PosterCommandText.tr("leave out the sheet labels"),
    )
    parser.add_argument(
        "--no-guide",
        action="store_true",
        help=PosterCommandText.tr("leave out the assembly guide page"),
    )


def run(args: argparse.Namespace) -> int:
    """Write the poster and say what was made."""
    from journeydesk.model.storage import load_project
    from journeydesk.poster.export import PosterRequest, plan_poster, prepare_request
    from journeydesk.poster.painter import PosterOptions, export_poster
    from journeydesk.poster.plan import Orientation, PosterError

    project = load_project(args.file)
    journey = _journey(project, args.journey)
    if args.card_sheets is not None:
        return _card_sheets(journey, args)
    request = PosterRequest(
        paper=args.paper,
        orientation=Orientation(args.orientation),
        size=_size(args),
        margin=_length(args.margin, "--margin"),
        overlap=_length(args.overlap, "--overlap"),
        options=PosterOptions(
            cut_marks=not args.no_marks, labels=not args.no_labels, guide=not args.no_guide
        ),
        with_compared=args.compare,
        wall_kit=_wall_kit(args),
    )
    layout, content = prepare_request(project, journey, request)
    try:
        plan = plan_poster(project, content, journey, request)
    except (PosterError, KeyError) as error:
        message = str(error).strip("'\"")
        raise PosterCommandError(message[0].upper() + message[1:]) from None
    for note in plan.notes:  # before the export runs, so nothing surprises on paper
        print(arg(PosterCommandText.tr("Note: %1"), note), flush=True)
    export_poster(journey, layout, content, plan, args.output, request.options)
    pages = PosterCommandText.tr("%n page(s)", "", plan.page_count(request.options.guide))
    print(arg(PosterCommandText.tr("Wrote %1: %2 (%3)."), args.output, plan.summary(), pages))
    return 0


def _card_sheets(journey: Journey, args: argparse.Namespace) -> int:
    from journeydesk.poster.card_sheets import export_card_sheets, lay_out_card_sheets
    from journeydesk.poster.wall_kit import check_note

    note = args.card_sheets.lower().replace("mm", "").strip()
    margin = _length(args.margin, "--margin")
    try:
        check_note(note)
        sheets = lay_out_card_sheets(journey, args.paper, note, margin)
    except (KeyError, ValueError) as error:
        raise PosterCommandError(str(error).strip("'\"")) from None
    for line in sheets.notes:
        print(arg(PosterCommandText.tr("Note: %1"), line), flush=True)
    export_card_sheets(sheets, args.output, journey.title)
    count = sum(len(page) for page in sheets.pages)
    cards = PosterCommandText.tr("%n card(s)", "", count)
    pages = PosterCommandText.tr("%n page(s)", "", len(sheets.pages))
    message = PosterCommandText.tr("Wrote %1: %2 as %3 mm notes on %4.")
    print(arg(message, args.output, cards, note, pages))
    return 0


def _wall_kit(args: argparse.Namespace) -> WallKit | None:
    from journeydesk.poster.wall_kit import WallKit

    if args.blank_wall is None:
        return None
    try:
        return WallKit(args.blank_wall.lower().replace("mm", "").strip(), args.notes_per_cell)
    except ValueError as error:
        raise PosterCommandError(str(error)) from None


def _journey(project: Project, name: str | None) -> Journey:
    if not project.journeys:
        raise PosterCommandError(PosterCommandText.tr("The project holds no map to print."))
    if name is None:
        return project.journeys[0]
    for journey in project.journeys:
        if name in (journey.title, journey.id):
            return journey
    titles = ", ".join(f"'{j.title}'" for j in project.journeys)
    message = PosterCommandText.tr("There is no map called '%1'; the maps are %2.")
    raise PosterCommandError(arg(message, name, titles))


def _size(args: argparse.Namespace) -> PosterSize | None:
    from journeydesk.poster.plan import PosterSize

    if args.tiles:
        match = re.fullmatch(r"\s*(\d+)\s*(?:[x\u00d7]\s*(\d+))?\s*", args.tiles)
        if not match:
            message = PosterCommandText.tr("--tiles %1: give columns x rows, such as 4x3.")
            raise PosterCommandError(arg(message, args.tiles))
        return PosterSize(columns=int(match[1]), rows=int(match[2]) if match[2] else None)
    if args.width:
        return PosterSize(width=_length(args.width, "--width"))
    if args.height:
        return PosterSize(height=_length(args.height, "--height"))
    if args.scale:
        try:
            percent = float(args.scale.strip().rstrip("%"))
        except ValueError:
            message = PosterCommandText.tr("--scale %1: give a percentage, such as 100%.")
            raise PosterCommandError(arg(message, args.scale)) from None
        return PosterSize(scale=percent / 100)
    return None


def _length(text: str, option: str) -> float:
    from journeydesk.poster.papers import parse_length

    try:
        return parse_length(text)
    except ValueError as error:
        raise PosterCommandError(arg(PosterCommandText.tr("%1: %2."), option, error)) from None
