"""`journeydesk convert`: a map from one format into another (spreadsheets, Mermaid, peers)."""

from __future__ import annotations

import argparse
from pathlib import Path

from journeydesk.convert.base import ConvertError

SUMMARY = "convert a map to or from CSV, TSV, Mermaid and other journey-map formats"
EXAMPLE = (
    "journeydesk convert workshop.journey cards.csv\n"
    "  journeydesk convert cards.csv workshop.journey\n"
    "  journeydesk convert notes.md --from mermaid workshop.journey"
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The options of `journeydesk convert`."""
    from journeydesk.convert.registry import FORMATS  # loaded for this command only

    keys = [f.key for f in FORMATS]
    parser.add_argument("source", metavar="IN", type=Path, help="the file to read")
    parser.add_argument("target", metavar="OUT", type=Path, help="the file to write")
    parser.add_argument(
        "--from", dest="source_format", choices=keys, help="IN's format (default: its extension)"
    )
    parser.add_argument(
        "--to", dest="target_format", choices=keys, help="OUT's format (default: its extension)"
    )
    parser.add_argument("--force", action="store_true", help="replace OUT if it exists")
    parser.epilog = (
        (parser.epilog or "")
        + "\n\nformats:\n"
        + "\n".join(f"  {f.key:<14} {f.label} ({', '.join(f.extensions)})" for f in FORMATS)
    )


def run(args: argparse.Namespace) -> int:
    """Convert, print what could not be carried across, and say what was written."""
    source, target = args.source, args.target
    if target.exists() and not args.force:
        raise ConvertError(f"{target} already exists; use --force to replace it.")
    if target.resolve() == source.resolve():
        raise ConvertError("IN and OUT are the same file; give another name for OUT.")
    from journeydesk.convert.registry import convert_file

    notes = convert_file(source, target, args.source_format, args.target_format)
    for note in notes:
        print(f"Note: {note}")
    print(f"Wrote {target}.")
    return 0
