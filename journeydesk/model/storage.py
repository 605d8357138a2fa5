"""Loading and saving ``.journey`` project files, so that a workshop's work is never lost.

Saving is atomic: the new content goes to a temporary file in the same folder, is flushed to
disk, and then replaces the original, after which the folder itself is flushed. A crash at any
moment leaves either the old file or the new one. Loading never writes, and every kind of bad
input becomes one ``ProjectLoadError`` with a sentence that names the problem.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import stat
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from journeydesk.model import json_strict
from journeydesk.model.errors import (
    ProjectLoadError,
    ProjectSaveError,
    ReadOnlyFileError,
    describe_place,
    describe_validation_error,
)
from journeydesk.model.file_io import MAX_FILE_BYTES, read_project_file, too_large_message
from journeydesk.model.migrations import MigrationError, migrate
from journeydesk.model.project import (
    FORMAT_MARKER,
    MAX_CARDS,
    MAX_JOURNEYS,
    MAX_LANES,
    MAX_PERSONAS,
    MAX_STAGES,
    SCHEMA_VERSION,
    Project,
)

#: Temporary files of an interrupted save end with this; the next save removes them.
TEMP_SUFFIX = ".journey-tmp"
FILE_SUFFIX = ".journey"


def load_project(path: str | os.PathLike[str]) -> Project:
    """Read and validate the project at ``path``; raise ``ProjectLoadError`` on any problem."""
    path = Path(path)
    data = read_project_file(path)
    try:
        return parse_project(data)
    except ProjectLoadError as error:
        error.path = path
        raise


def parse_project(data: bytes) -> Project:
    """Validate the bytes of a project file; raise ``ProjectLoadError`` on any problem."""
    if len(data) > MAX_FILE_BYTES:
        raise ProjectLoadError(too_large_message())
    data = json_strict.utf8_body(data)
    json_strict.check_value_count(data)
    text = json_strict.decode_utf8(data)
    raw = json_strict.loads(text)
    if not isinstance(raw, dict) or raw.get("format") != FORMAT_MARKER:
        raise ProjectLoadError(
            "This file is not a JourneyDesk project: it lacks the "
            f'"format": "{FORMAT_MARKER}" marker.'
        )
    version = raw.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ProjectLoadError(
            "The file does not say which version of the file format it uses "
            "(its schema_version is missing or not a positive whole number)."
        )
    if version > SCHEMA_VERSION:
        raise ProjectLoadError(
            f"This project was saved by a newer version of JourneyDesk ({_format_name(version)}; "
            f"this version reads format {SCHEMA_VERSION} and older). Update JourneyDesk to "
            "open it; the file has not been changed."
        )
    try:
        raw = migrate(raw)
    except MigrationError as error:
        raise ProjectLoadError(f"{str(error)[0].upper()}{str(error)[1:]}.") from None
    _check_counts(raw)
    try:
        return Project.model_validate(raw)
    except ValidationError as error:
        raise ProjectLoadError(describe_validation_error(error, raw)) from None


def _format_name(version: int) -> str:
    if version >= 2**63:
        return "it names a file format whose number is far too large to be real"
    return f"file format {version:,}"


def _check_counts(raw: dict[str, Any]) -> None:
    """Refuse a project with more personas, journeys, stages, lanes or cards than the limits.

    Runs on the raw dictionary, before any model object is built; wrong types are skipped
    here and reported by validation.
    """
    for field, limit in (("personas", MAX_PERSONAS), ("journeys", MAX_JOURNEYS)):
        items = raw.get(field)
        if isinstance(items, list) and len(items) > limit:
            raise ProjectLoadError(
                f"The project has {len(items):,} {field}, the limit is {limit:,}."
            )
    journeys = raw.get("journeys")
    cards = 0
    for index, journey in enumerate(journeys if isinstance(journeys, list) else []):
        if not isinstance(journey, dict):
            continue
        for field, limit in (("stages", MAX_STAGES), ("lanes", MAX_LANES)):
            items = journey.get(field)
            if isinstance(items, list) and len(items) > limit:
                name = describe_place(["journeys", index], raw)
                raise ProjectLoadError(
                    f"{name[0].upper()}{name[1:]} has {len(items):,} {field}, "
                    f"the limit is {limit:,}."
                )
        journey_cards = journey.get("cards")
        if isinstance(journey_cards, list):
            cards += len(journey_cards)
    if cards > MAX_CARDS:
        raise ProjectLoadError(f"The project has {cards:,} cards, the limit is {MAX_CARDS:,}.")


def project_to_bytes(project: Project) -> bytes:
    """Return the file content for ``project``: stable, pretty-printed, UTF-8 JSON."""
    return (project.model_dump_json(indent=2) + "\n").encode("utf-8")


def save_project(
    project: Project, path: str | os.PathLike[str], *, replace_read_only: bool = False
) -> None:
    """Write ``project`` to ``path`` atomically; raise ``ProjectSaveError`` on failure."""
    atomic_write(Path(path), project_to_bytes(project), replace_read_only=replace_read_only)


def atomic_write(
    path: Path, data: bytes, what: str = "project", *, replace_read_only: bool = False
) -> None:
    """Replace ``path`` with ``data`` so that a crash leaves the old or the new file, whole.

    The file's permission bits are kept. Temporary files left by an earlier interrupted save
    of the same file are removed. On failure the old file is untouched and the temporary
    file is removed; ``ProjectSaveError`` says what happened.
    """
    target = Path(os.path.realpath(path))  # write through a symlink rather than replace it
    folder = target.parent
    try:
        mode: int | None = stat.S_IMODE(os.stat(target).st_mode)
    except FileNotFoundError:
        mode = None
    except OSError as error:
        raise _save_error(error, target, what) from None
    if mode is not None and not replace_read_only and not mode & stat.S_IWUSR:
        raise ReadOnlyFileError(
            f"The file {target.name} is marked read-only, so it was not replaced.", target
        )
    _remove_stale_temporaries(target)
    temporary = folder / f".{target.name}.{secrets.token_hex(4)}{TEMP_SUFFIX}"
    try:
        fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        try:
            if mode is not None:
                # Best effort: some shared or FAT drives refuse chmod, which must not stop a save.
                with contextlib.suppress(OSError):
                    os.fchmod(fd, mode)
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view) :]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(temporary, target)
    except BaseException as error:
        with contextlib.suppress(OSError):
            temporary.unlink()
        if isinstance(error, OSError):
            raise _save_error(error, target, what) from None
        raise
    # The new file is in place; a folder that cannot be flushed (some network drives) is no
    # reason to report a failed save.
    with contextlib.suppress(OSError):
        _fsync_folder(folder)


def _remove_stale_temporaries(target: Path) -> None:
    prefix = f".{target.name}."
    try:
        entries = list(os.scandir(target.parent))
    except OSError:
        return
    for entry in entries:
        if entry.name.startswith(prefix) and entry.name.endswith(TEMP_SUFFIX):
            with contextlib.suppress(OSError):
                os.unlink(entry.path)


def _fsync_folder(folder: Path) -> None:
    # The rename is only durable once the folder itself reaches the disk (POSIX only).
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _save_error(error: OSError, target: Path, what: str) -> ProjectSaveError:
    reasons = {
        errno.ENOSPC: "the disk is full",
        errno.EDQUOT: "your disk quota is used up",
        errno.EACCES: f"you do not have permission to write in the folder {target.parent}",
        errno.EPERM: f"you do not have permission to write in the folder {target.parent}",
        errno.EROFS: "the disk is read-only",
        errno.ENOENT: f"the folder {target.parent} does not exist",
        errno.ENOTDIR: f"{target.parent} is not a folder",
        errno.EISDIR: f"{target} is a folder",
    }
    reason = reasons.get(error.errno or 0)
    if reason is None:
        detail = error.strerror or str(error) or type(error).__name__
        reason = f"of an error ({detail[0].lower()}{detail[1:]})"
    return ProjectSaveError(
        f"The {what} could not be saved because {reason}; the file on disk is unchanged.", target
    )
