"""Shared by the spreadsheet tests: both ways of converting, round trips, reading text."""

from __future__ import annotations

from collections.abc import Callable

from journeydesk.convert.base import Exported, Imported
from journeydesk.convert.spreadsheet import read_csv, read_tsv, write_csv, write_tsv
from journeydesk.model.project import Journey, Project
from tests.convert.helpers import project_content

Way = tuple[Callable[[Project], Exported], Callable[[bytes], Imported]]
WAYS: list[Way] = [(write_csv, read_csv), (write_tsv, read_tsv)]


def curves(project: Project) -> list[list[tuple[str, list[tuple[int, int]]]]]:
    """Every map's emotion curves by persona name ("" for the map's own), stages by index."""
    names = {persona.id: persona.name for persona in project.personas}
    result = []
    for journey in project.journeys:
        index = {stage.id: i for i, stage in enumerate(journey.stages)}
        result.append(
            [
                (names.get(persona_id or "", ""), [(index[s], v) for s, v in curve.items()])
                for persona_id, curve in journey.curves()
            ]
        )
    return result


def round_trip(project: Project, way: Way = (write_csv, read_csv)) -> Imported:
    """Write and read back ``project``, checking that nothing of its content changed."""
    write, read = way
    imported = read(write(project).data)
    assert project_content(imported.project) == project_content(project)
    assert curves(imported.project) == curves(project)
    return imported


def read_text(text: str, encoding: str = "utf-8") -> Imported:
    return read_csv(text.encode(encoding))


def only_journey(imported: Imported) -> Journey:
    assert len(imported.project.journeys) == 1
    return imported.project.journeys[0]


def by_line(notes: tuple[str, ...], line: int) -> list[str]:
    return [note for note in notes if note.startswith(f"Line {line}")]
