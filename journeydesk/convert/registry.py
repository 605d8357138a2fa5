"""The formats a map converts between, and converting files.

Each format is a ``Format`` (convert/base.py) in ``FORMATS``, found by its key (``--from``,
``--to``) or by a file's extension. ``convert_file`` reads one file and writes another,
returning what either side could not represent, as sentences; the app's File > Import and
File > Export use the same readers and writers.
"""

from __future__ import annotations

from pathlib import Path

from journeydesk.convert.base import ConvertError, Exported, Format, FormatText, Imported
from journeydesk.i18n import QT_TRANSLATE_NOOP, arg
from journeydesk.model.file_io import atomic_write, read_project_file
from journeydesk.model.project import Project
from journeydesk.model.storage import parse_project, project_to_bytes

__all__ = [
    "FORMATS",
    "ConvertError",
    "Exported",
    "Format",
    "Imported",
    "convert_file",
    "format_for",
    "read_file",
    "write_file",
]


def _read_native(data: bytes) -> Imported:
    return Imported(parse_project(data))


def _write_native(project: Project) -> Exported:
    return Exported(project_to_bytes(project))


NATIVE = Format(
    "journeydesk",
    QT_TRANSLATE_NOOP("FormatText", "JourneyDesk project"),
    (".journey",),
    _read_native,
    _write_native,
)


def _all_formats() -> tuple[Format, ...]:
    formats = [NATIVE]
    # Each module holds its own formats; they are listed here in menu order.
    from journeydesk.convert import enablement_map, mermaid, openjourney, spreadsheet

    for module in (spreadsheet, mermaid, enablement_map, openjourney):
        formats.extend(module.FORMATS)
    return tuple(formats)


FORMATS: tuple[Format, ...] = _all_formats()


def format_for(path: Path, key: str | None = None, *, writing: bool = False) -> Format:
    """The format named ``key``, or else the one ``path``'s extension says.

    Raises ``ConvertError`` with a sentence listing what there is to choose from.
    """
    usable = [f for f in FORMATS if (f.write if writing else f.read) is not None]
    if key is not None:
        for candidate in usable:
            if candidate.key == key.lower():
                return candidate
        names = ", ".join(f.key for f in usable)
        message = FormatText.tr("There is no format called '%1'. The formats are: %2.")
        raise ConvertError(arg(message, key, names))
    suffix = path.suffix.lower()
    for candidate in usable:
        if suffix in candidate.extensions:
            return candidate
    known = ", ".join(ext for f in usable for ext in f.extensions)
    raise ConvertError(arg(_unknown_extension(writing, bool(suffix)), suffix, known))


def _unknown_extension(writing: bool, suffix: bool) -> str:
    """The sentence for a file whose extension (``%1``) names no format; ``%2`` the known ones."""
    if writing and suffix:
        return FormatText.tr(
            "JourneyDesk does not know how to write '%1' files. Name the format with --to, or "
            "use one of: %2."
        )
    if writing:
        return FormatText.tr(
            "JourneyDesk does not know how to write files without an extension. Name the "
            "format with --to, or use one of: %2."
        )
    if suffix:
        return FormatText.tr(
            "JourneyDesk does not know how to read '%1' files. Name the format with --from, or "
            "use one of: %2."
        )
    return FormatText.tr(
        "JourneyDesk does not know how to read files without an extension. Name the format "
        "with --from, or use one of: %2."
    )


def read_file(path: Path, key: str | None = None) -> Imported:
    """Read a map from ``path`` in its format (or ``key``'s)."""
    chosen = format_for(path, key)
    data = read_project_file(path)  # refuses folders, devices and huge files with a sentence
    assert chosen.read is not None
    return chosen.read(data)


def write_file(project: Project, path: Path, key: str | None = None) -> Exported:
    """Write ``project`` to ``path`` in its format (or ``key``'s), whole or not at all."""
    chosen = format_for(path, key, writing=True)
    write = chosen.writer(path.suffix)
    assert write is not None
    exported = write(project)
    atomic_write(path, exported.data)  # FileWriteError on failure: a file, not a project
    return exported


def convert_file(
    source: Path, target: Path, source_key: str | None = None, target_key: str | None = None
) -> tuple[str, ...]:
    """Convert ``source`` into ``target``; return what could not be carried across."""
    format_for(target, target_key, writing=True)  # a bad target is said before any reading
    imported = read_file(source, source_key)
    exported = write_file(imported.project, target, target_key)
    return (*imported.notes, *exported.notes)
