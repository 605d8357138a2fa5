"""Loading and saving ``.journey`` project files, so that a workshop's work is never lost.

Saving is atomic (``file_io.atomic_write``): the new content goes to a temporary file in the
same folder, is flushed to disk and read back, and then replaces the original, after which the
folder itself is flushed. A crash at any moment leaves either the old file or the new one; the
app's Save first checks that the project will open again (``checked_project_bytes``). Loading
never writes, and every kind of bad input becomes one ``ProjectLoadError`` with a sentence that
names the problem: the bytes (``file_io``), the JSON (``json_strict``), the limits (here),
then the models (``project``).
"""

from __future__ import annotations

import os
import warnings
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from pydantic_core import PydanticCustomError, PydanticSerializationError

from journeydesk.i18n import Translatable, arg, number
from journeydesk.model import json_strict
from journeydesk.model.bulk import bulk
from journeydesk.model.changes import Changes, changes_valid, journeys_to_check
from journeydesk.model.errors import (
    FileWriteError,
    ProjectLoadError,
    ProjectSaveError,
    ReadOnlyFileError,
    ReadOnlyProjectError,
    describe_place,
    describe_validation_error,
)
from journeydesk.model.file_io import (
    MAX_FILE_BYTES,
    TEMP_SUFFIX,
    atomic_write,
    read_project_file,
    too_large_message,
)
from journeydesk.model.integrity import check_cards_added, check_journey, check_project
from journeydesk.model.migrations import MigrationError, migrate
from journeydesk.model.nesting import nests_too_deeply
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

__all__ = [
    "FILE_SUFFIX",
    "MAX_FILE_BYTES",
    "TEMP_SUFFIX",
    "atomic_write",
    "checked_project_bytes",
    "load_project",
    "parse_project",
    "project_to_bytes",
    "read_project_file",
    "save_project",
    "save_project_if_changed",
    "write_project_file",
]

FILE_SUFFIX = ".journey"


class ProjectFileText(Translatable):
    """Sentences refusing a file that is not a project JourneyDesk can open."""


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
    """Validate the bytes of a project file; raise ``ProjectLoadError`` on any problem.

    The text is parsed once (strict JSON, ``json_strict``) and validated once, with the cycle
    collector paused (``bulk``): a large map is hundreds of thousands of new objects, none in
    a cycle. Nesting is checked after validation, on the values the models do not know, which
    are the only ones that can nest freely; a file that is refused for any reason is first
    checked for nesting as a whole, so that the sentence is the same as if that came first.
    """
    if len(data) > MAX_FILE_BYTES:
        raise ProjectLoadError(too_large_message())
    data = json_strict.utf8_body(data)
    json_strict.check_value_count(data)
    text = json_strict.decode_utf8(data)
    with bulk():
        raw = json_strict.parse(text)
        try:
            project = _validated(raw)
        except (ProjectLoadError, RecursionError):
            json_strict.check_depth(raw, text)
            raise
        if nests_too_deeply(project, 1):
            raise ProjectLoadError(json_strict.depth_message(text))
        return project


def _validated(raw: Any) -> Project:
    """The project of the parsed file ``raw``: format, version, upgrades, limits, models."""
    if not isinstance(raw, dict) or raw.get("format") != FORMAT_MARKER:
        message = ProjectFileText.tr(
            "This file is not a JourneyDesk project: it lacks the %1 marker.", "a file's key"
        )
        raise ProjectLoadError(arg(message, f'"format": "{FORMAT_MARKER}"'))
    version = raw.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ProjectLoadError(
            ProjectFileText.tr(
                "The file does not say which version of the file format it uses "
                "(its schema_version is missing or not a positive whole number)."
            )
        )
    if version > SCHEMA_VERSION:
        raise ProjectLoadError(_newer_message(version))
    try:
        raw = migrate(raw)
    except MigrationError as error:
        raise ProjectLoadError(str(error)) from None
    _check_counts(raw)
    try:
        return Project.model_validate(raw)
    except ValidationError as error:
        raise ProjectLoadError(describe_validation_error(error, raw)) from None


def _newer_message(version: int) -> str:
    """The sentence refusing a file of format ``version``, newer than this JourneyDesk's."""
    if version >= 2**63:
        message = ProjectFileText.tr(
            "This project was saved by a newer version of JourneyDesk (it names a file format "
            "whose number is far too large to be real; this version reads format %1 and older). "
            "Update JourneyDesk to open it; the file has not been changed."
        )
        return arg(message, number(SCHEMA_VERSION))
    message = ProjectFileText.tr(
        "This project was saved by a newer version of JourneyDesk (file format %1; this "
        "version reads format %2 and older). Update JourneyDesk to open it; the file has not "
        "been changed."
    )
    return arg(message, number(version), number(SCHEMA_VERSION))


def _check_counts(raw: dict[str, Any]) -> None:
    """Refuse a project with more personas, journeys, stages, lanes or cards than the limits.

    Runs on the raw dictionary, before any model object is built; wrong types are skipped
    here and reported by validation.
    """
    for field, limit, message in (
        (
            "personas",
            MAX_PERSONAS,
            ProjectFileText.tr("The project has %1 personas, the limit is %2."),
        ),
        (
            "journeys",
            MAX_JOURNEYS,
            ProjectFileText.tr("The project has %1 journeys, the limit is %2."),
        ),
    ):
        items = raw.get(field)
        if isinstance(items, list) and len(items) > limit:
            raise ProjectLoadError(arg(message, number(len(items)), number(limit)))
    journeys = raw.get("journeys")
    cards = 0
    for index, journey in enumerate(journeys if isinstance(journeys, list) else []):
        if not isinstance(journey, dict):
            continue
        for field, limit, message in (
            (
                "stages",
                MAX_STAGES,
                ProjectFileText.tr("%1 has %2 stages, the limit is %3.", "a journey has"),
            ),
            (
                "lanes",
                MAX_LANES,
                ProjectFileText.tr("%1 has %2 lanes, the limit is %3.", "a journey has"),
            ),
        ):
            items = journey.get(field)
            if isinstance(items, list) and len(items) > limit:
                name = describe_place(["journeys", index], raw)
                name = name[0].upper() + name[1:]
                raise ProjectLoadError(arg(message, name, number(len(items)), number(limit)))
        journey_cards = journey.get("cards")
        if isinstance(journey_cards, list):
            cards += len(journey_cards)
    if cards > MAX_CARDS:
        message = ProjectFileText.tr("The project has %1 cards, the limit is %2.")
        raise ProjectLoadError(arg(message, number(cards), number(MAX_CARDS)))


def project_to_bytes(project: Project) -> bytes:
    """Return the file content for ``project``: stable, pretty-printed, UTF-8 JSON."""
    return _to_bytes(project, strict=False)


def _to_bytes(project: Project, *, strict: bool) -> bytes:
    """``project.model_dump_json(indent=2)`` and a line break, as UTF-8, made as bytes at
    once (the text would be decoded and encoded again). ``strict``: a value of the wrong
    type raises ``PydanticSerializationError`` instead of a warning."""
    serializer = type(project).__pydantic_serializer__
    return serializer.to_json(project, indent=2, warnings="error" if strict else True) + b"\n"


def checked_project_bytes(project: Project, changes: Changes | None = None) -> bytes:
    """The file content for ``project``, as ``project_to_bytes``, once it is known to open again.

    Raises ``ProjectLoadError`` with the sentence that opening the file would give. Parsing
    the bytes in full costs more than writing them, so the model is checked instead: every
    value must have its field's type (serialising refuses any other), and the rules that
    validation checks between the parts of a project (``integrity``, on the maps edited since),
    its limits and its nesting must hold. Single values were validated when they were made or edited
    (``rules.fields_problem``). If a check fails, the bytes are parsed in full and that
    decides: the sentence names the problem, or the file is fine after all.

    ``changes``: the parts edited since the file was last read or written, validated in full
    (``changes.py``); without it, everything is parsed in full.
    """
    try:
        data = _to_bytes(project, strict=True)
        if (
            changes is not None
            and changes_valid(project, changes)
            and not _breaks_rules(project, changes)
        ):
            return data
    except PydanticSerializationError:
        pass
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the parse below says what is wrong, in a sentence
        data = project_to_bytes(project)
    parse_project(data)
    return data


def _breaks_rules(project: Project, changes: Changes) -> bool:
    """Whether ``project`` breaks a rule that loading checks on a whole project.

    The rules between its parts are checked on the maps that ``changes`` touched, and then
    across the project; when only cards were added or removed, on what that can break; when
    nothing of the kind changed (the project's own fields, cards' content or places, checked
    with them), they hold as they did when it was last read or written.
    """
    if project.format != FORMAT_MARKER or project.schema_version != SCHEMA_VERSION:
        return True
    if len(project.personas) > MAX_PERSONAS or len(project.journeys) > MAX_JOURNEYS:
        return True
    if any(len(j.stages) > MAX_STAGES or len(j.lanes) > MAX_LANES for j in project.journeys):
        return True
    journeys = journeys_to_check(project, changes)
    try:
        for journey in journeys:
            check_journey(journey)
        if journeys or changes.personas:
            check_project(project, MAX_CARDS)
        elif changes.placed:
            placed = [journey for journey in project.journeys if journey.id in changes.placed]
            check_cards_added(project, changes.added, placed, MAX_CARDS)
    except PydanticCustomError:
        return True
    return nests_too_deeply(project, 1)


def save_project(
    project: Project, path: str | os.PathLike[str], *, replace_read_only: bool = False
) -> None:
    """Write ``project`` to ``path`` atomically; raise ``ProjectSaveError`` on failure.

    A read-only file raises ``ReadOnlyProjectError`` (a ``ReadOnlyFileError``) unless
    ``replace_read_only`` is True.
    """
    write_project_file(path, project_to_bytes(project), replace_read_only=replace_read_only)


def save_project_if_changed(
    project: Project, path: str | os.PathLike[str], *, replace_read_only: bool = False
) -> bool:
    """Save like ``save_project``, but write nothing when the file already holds these bytes.

    Returns whether the file was written. An unchanged file keeps its modification time
    and identity, so a save with no edits changes nothing on disk (not even a read-only
    file, which is then no error).
    """
    return write_project_file(
        path, project_to_bytes(project), replace_read_only=replace_read_only, only_if_changed=True
    )


def write_project_file(
    path: str | os.PathLike[str],
    data: bytes,
    *,
    replace_read_only: bool = False,
    only_if_changed: bool = False,
) -> bool:
    """Write a project file's ``data`` to ``path`` as ``atomic_write`` does; return whether
    it was written.

    Its failures are a project's: ``ProjectSaveError``, and ``ReadOnlyProjectError`` for a
    read-only file (unless ``replace_read_only``), with ``atomic_write``'s sentences.
    """
    try:
        return atomic_write(
            Path(path), data, replace_read_only=replace_read_only, only_if_changed=only_if_changed
        )
    except ReadOnlyFileError as error:
        raise ReadOnlyProjectError(error.message, error.path) from None
    except FileWriteError as error:
        raise ProjectSaveError(error.message, error.path) from None
