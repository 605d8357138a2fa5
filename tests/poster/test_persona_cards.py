"""The poster prints each persona of the map as the canvas shows it: the same card."""

from __future__ import annotations

import base64
import io
from pathlib import Path

from PIL import Image
from pypdf import PdfReader

from journeydesk.layout.persona_card import lay_out_persona
from journeydesk.layout.text import line_texts
from journeydesk.model.project import Persona, Photo, Project
from journeydesk.model.storage import load_project
from journeydesk.poster.content import PAD, compose
from journeydesk.poster.export import PosterRequest, make_poster, prepare
from journeydesk.poster.plan import Orientation
from journeydesk.resources import example_path

ONE_SHEET = PosterRequest(paper="a0", orientation=Orientation.LANDSCAPE)


def photo(width: int, height: int) -> Photo:
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), "#c0392b").save(buffer, "PNG")
    return Photo(media_type="image/png", data=base64.b64encode(buffer.getvalue()).decode())


def two_personas() -> Project:
    project = load_project(example_path())
    project.personas[0].photo = photo(300, 200)
    sam = Persona(
        name="Sam Okafor",
        role="Courier",
        age=41,
        quote="Hot, and fast.",
        goals=["Order in a minute"],
        colour="#0f766e",
    )
    project.personas.append(sam)
    project.journeys[0].persona_ids.append(sam.id)
    return project


def test_each_persona_card_prints_the_fields_the_canvas_shows(tmp_path: Path) -> None:
    project = two_personas()
    path = tmp_path / "personas.pdf"
    make_poster(project, project.journeys[0], ONE_SHEET, path)
    text = " ".join(PdfReader(path).pages[0].extract_text().split())
    for persona in project.personas:
        card = lay_out_persona(persona)
        for block in card.texts:
            for line in line_texts(block.lines):
                assert " ".join(line.split()) in text, line


def test_the_photo_is_printed_once_as_a_square_at_300_dpi(tmp_path: Path) -> None:
    project = two_personas()
    path = tmp_path / "photo.pdf"
    make_poster(project, project.journeys[0], ONE_SHEET, path)
    images = PdfReader(path).pages[0].images
    assert len(images) == 1
    picture = images[0].image
    assert picture is not None
    # The middle square of the 300 x 200 picture, never scaled up.
    assert picture.size == (200, 200)


def test_cards_sit_beside_the_title_and_above_the_map() -> None:
    project = two_personas()
    journey = project.journeys[0]
    _layout, content = prepare(project, journey)
    assert len(content.personas) == 2
    title = content.blocks[0]
    for placed in content.personas:
        assert placed.y == title.y  # beside the title, at its top
        assert placed.x + placed.card.width <= content.width - PAD + 0.01
        assert placed.y + placed.card.height <= content.map_y - PAD + 0.01
    first, second = content.personas
    assert first.x + first.card.width < second.x


def test_on_a_narrow_map_cards_wrap_below_the_title() -> None:
    project = two_personas()
    journey = project.journeys[0]
    journey.cards = [c for c in journey.cards if c.stage_id == journey.stages[0].id]
    journey.emotions = {}
    journey.stages = journey.stages[:1]
    layout, content = prepare(project, journey)
    title = content.blocks[0]
    first, second = content.personas
    assert first.y >= title.bottom
    assert second.y > first.y  # the second card did not fit beside the first
    for placed in content.personas:
        assert placed.x + placed.card.width <= content.width - PAD + 0.01
    assert compose(project, journey, layout) == content


def test_each_persona_curve_is_printed_and_named_in_the_legend(tmp_path: Path) -> None:
    project = two_personas()
    journey = project.journeys[0]
    sam = journey.persona_ids[1]
    journey.persona_emotions = {sam: {journey.stages[0].id: -2}}
    _layout, content = prepare(project, journey)
    assert content.maps[0].curve_personas == (("Eva Moline", "#7e57c2"), ("Sam Okafor", "#0f766e"))
    path = tmp_path / "curves.pdf"
    make_poster(project, journey, ONE_SHEET, path)
    text = PdfReader(path).pages[0].extract_text()
    # Once on each card, once in the Feelings lane's legend.
    assert text.count("Sam Okafor") == 2 and text.count("Eva Moline") == 2


def test_one_persona_has_one_curve_and_no_legend() -> None:
    project = load_project(example_path())
    _layout, content = prepare(project, project.journeys[0])
    assert content.maps[0].curve_personas == ()
    assert all(row.legend_top == 0 for row in content.maps[0].layout.lanes)
