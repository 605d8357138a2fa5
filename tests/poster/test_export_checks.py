"""What the export says before it prints: an empty map is refused, fewer sheets are explained."""

from __future__ import annotations

from pathlib import Path

import pytest

from journeydesk import cli
from journeydesk.model.storage import load_project, save_project
from journeydesk.poster.export import PosterRequest, plan_poster, prepare
from journeydesk.poster.plan import PosterError, PosterSize
from journeydesk.resources import example_path
from tests.poster.helpers import unfinished_project


@pytest.mark.parametrize(
    ("stages", "lanes", "missing"),
    [(False, False, "stages or lanes"), (False, True, "stages"), (True, False, "lanes")],
)
def test_a_map_without_stages_or_lanes_is_refused_with_a_sentence(
    stages: bool, lanes: bool, missing: str
) -> None:
    project = unfinished_project(stages, lanes)
    journey = project.journeys[0]
    _layout, content = prepare(project, journey, with_compared=False)
    with pytest.raises(PosterError) as refused:
        plan_poster(project, content, journey, PosterRequest())
    assert str(refused.value) == (
        f"This map has no {missing} yet, so there is nothing to print: "
        "add at least one stage and one lane first."
    )


def test_the_command_line_refuses_an_empty_map_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "empty.journey"
    save_project(unfinished_project(), source)
    target = tmp_path / "empty.pdf"
    assert cli.main(["poster", str(source), "-o", str(target)]) != 0
    assert "nothing to print" in capsys.readouterr().err
    assert not target.exists()


def test_tiles_asked_beyond_the_maps_shape_say_how_many_print() -> None:
    project = load_project(example_path())
    journey = project.journeys[0]
    _layout, content = prepare(project, journey, with_compared=False)
    wide = plan_poster(
        project, content, journey, PosterRequest(paper="a4", size=PosterSize(columns=4, rows=3))
    )
    assert (wide.columns, wide.rows) == (4, 2)
    assert wide.notes == (
        "You asked for 4 x 3 sheets; at 4 sheets wide the map is only 2 sheets high, "
        "so 4 x 2 print (more rows would be blank).",
    )
    tall = plan_poster(
        project, content, journey, PosterRequest(paper="a4", size=PosterSize(columns=9, rows=1))
    )
    assert tall.columns < 9 and tall.rows == 1
    assert tall.notes[0].startswith("You asked for 9 x 1 sheets; at 1 sheet high the map is only")
    exact = plan_poster(
        project, content, journey, PosterRequest(paper="a4", size=PosterSize(columns=1, rows=1))
    )
    assert (exact.columns, exact.rows) == (1, 1)
    assert exact.notes == ()  # printed as asked: nothing to explain
