"""`journeydesk convert` and the format registry: formats by extension or name, sentences."""

from __future__ import annotations

from pathlib import Path

import pytest

from journeydesk.cli import main
from journeydesk.convert.base import ConvertError
from journeydesk.convert.merge import fresh_copies
from journeydesk.convert.registry import FORMATS, format_for, read_file
from journeydesk.model.project import Persona
from journeydesk.model.storage import load_project
from journeydesk.resources import resource_path
from tests.convert.helpers import project_content

EXAMPLE = resource_path("examples", "eva-pizza.journey")


def test_every_extension_names_one_format() -> None:
    seen: dict[str, str] = {}
    for format_ in FORMATS:
        assert format_.read is not None or format_.write is not None, format_.key
        for extension in format_.extensions:
            assert extension.startswith(".") and extension == extension.lower()
            assert extension not in seen, f"{extension}: {seen.get(extension)} and {format_.key}"
            seen[extension] = format_.key


def test_the_example_goes_to_csv_and_back_unchanged(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sheet, back = tmp_path / "eva.csv", tmp_path / "eva.journey"
    assert main(["convert", str(EXAMPLE), str(sheet)]) == 0
    assert main(["convert", str(sheet), str(back)]) == 0
    assert f"Wrote {back}." in capsys.readouterr().out
    assert project_content(load_project(back)) == project_content(load_project(EXAMPLE))


def test_formats_can_be_named_when_the_extension_does_not_say(tmp_path: Path) -> None:
    sheet = tmp_path / "cards.txt"
    assert main(["convert", str(EXAMPLE), str(sheet), "--to", "csv"]) == 0
    imported = read_file(sheet, "csv")
    assert project_content(imported.project) == project_content(load_project(EXAMPLE))


def test_problems_are_sentences_and_nothing_is_overwritten(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "out.csv"
    target.write_text("mine")
    assert main(["convert", str(EXAMPLE), str(target)]) == 1
    assert "already exists; use --force" in capsys.readouterr().err
    assert target.read_text() == "mine"
    assert main(["convert", str(EXAMPLE), str(tmp_path / "out.xyz")]) == 1
    error = capsys.readouterr().err
    assert "does not know how to write '.xyz' files" in error and ".csv" in error
    assert main(["convert", str(tmp_path / "missing.csv"), str(tmp_path / "a.journey")]) == 1
    assert "does not exist" in capsys.readouterr().err
    with pytest.raises(ConvertError, match="no format called 'excel'"):
        format_for(Path("x.csv"), "excel")


def test_imported_maps_share_no_ids_with_their_file_and_keep_their_personas() -> None:
    project = load_project(EXAMPLE)
    project.personas.append(Persona(name="Jonas"))
    project.journeys[0].persona_ids.append(project.personas[-1].id)
    personas, journeys = fresh_copies(project)
    old = {p.id for p in project.personas} | {j.id for j in project.journeys}
    old |= {s.id for j in project.journeys for s in j.stages}
    old |= {c.id for j in project.journeys for c in j.cards}
    new = {p.id for p in personas} | {j.id for j in journeys}
    new |= {s.id for j in journeys for s in j.stages} | {c.id for j in journeys for c in j.cards}
    assert not old & new
    persona_ids = {p.id for p in personas}
    for journey in journeys:
        assert set(journey.persona_ids) <= persona_ids
        assert set(journey.persona_emotions) <= persona_ids
        stage_ids = {s.id for s in journey.stages}
        assert {c.stage_id for c in journey.cards} <= stage_ids
    assert [p.name for p in personas] == [p.name for p in project.personas]
    assert project_content(project) == [
        content for content in project_content(project.model_copy(update={"journeys": journeys}))
    ]
