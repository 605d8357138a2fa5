"""The JourneyDesk document model: plain data, the file format and templates. No Qt here."""

from __future__ import annotations

from journeydesk.model.errors import (
    FileError,
    FileWriteError,
    ProjectLoadError,
    ProjectSaveError,
    ReadOnlyFileError,
    ReadOnlyProjectError,
)
from journeydesk.model.project import (
    SCHEMA_VERSION,
    Card,
    Journey,
    JourneyState,
    Lane,
    LaneKind,
    Persona,
    Photo,
    Project,
    Stage,
    new_id,
)
from journeydesk.model.storage import load_project, save_project, save_project_if_changed

__all__ = [
    "SCHEMA_VERSION",
    "Card",
    "FileError",
    "FileWriteError",
    "Journey",
    "JourneyState",
    "Lane",
    "LaneKind",
    "Persona",
    "Photo",
    "Project",
    "ProjectLoadError",
    "ProjectSaveError",
    "ReadOnlyFileError",
    "ReadOnlyProjectError",
    "Stage",
    "load_project",
    "new_id",
    "save_project",
    "save_project_if_changed",
]
