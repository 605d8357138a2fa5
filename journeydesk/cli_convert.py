"""`journeydesk convert`: a map from one format into another (spreadsheets, Mermaid, peers).

The converters load when the command runs (or its options are read), not with the command
line: the other commands and `journeydesk --version` need not wait for them.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from journeydesk.i18n import Translatable, arg

EXAMPLE = (
    "journeydesk convert workshop.journey cards.csv\n"
    "  journeydesk convert cards.csv workshop.journey\n"
    "  journeydesk convert notes.md --from mermaid workshop.journey"
)


class ConvertCommandText(Translatable):
    """The words of `journeydesk convert`: its help and its messages."""


def summary() -> str:
    """What the command does, in a few words (for the list of commands)."""
    return ConvertCommandText.tr(
        "convert a map to or from CSV, TSV, Mermaid and other journey-map formats"
    )


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The options of `journeydesk convert`."""
    from journeydesk.convert.registry import FORMATS  # loaded for this command only

    keys = [f.key for f in FORMATS]
    parser.add_argument(
        "source", metavar="IN", type=Path, help=ConvertCommandText.tr("the file to read")
    )
    parser.add_argument(
        "target", metavar="OUT", type=Path, help=ConvertCommandText.tr("the file to write")
    )
    parser.add_argument(
        "--from",
        dest="source_format",
        choices=keys,
        help=ConvertCommandText.tr("IN's format (default: its extension)"),
    )
    parser.add_argument(
        "--to",
        dest="target_format",
        choices=keys,
        help=ConvertCommandText.tr("OUT's format (default: its extension)"),
    )
    parser.add_argument(
        "--force", action="store_true", help=ConvertCommandText.tr("replace OUT if it exists")
    )
    formats = "\n".join(f"  {f.key:<14} {f.label} ({', '.join(f.extensions)})" for f in FORMATS)
    heading = ConvertCommandText.tr("formats:")
    parser.epilog = f"{parser.epilog or ''}\n\n{heading}\n{formats}"


def run(args: argparse.Namespace) -> int:
    """Convert, print what could not be carried across, and say what was written."""
    from journeydesk.convert.base import ConvertError
    from journeydesk.convert.registry import convert_file

    source, target = args.source, args.target
    if target.exists() and not args.force:
        message = ConvertCommandText.tr("%1 already exists; use --force to replace it.")
        raise ConvertError(arg(message, target))
    if target.resolve() == source.resolve():
        raise ConvertError(
            ConvertCommandText.tr("IN and OUT are the same file; give another name for OUT.")
        )
    notes = convert_file(source, target, args.source_format, args.target_format)
    for note in notes:
        print(arg(ConvertCommandText.tr("Note: %1"), note))
    print(arg(ConvertCommandText.tr("Wrote %1."), target))
    return 0
