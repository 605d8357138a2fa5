"""The assembly guide shows the sheets' own drawings (form XObjects) rather than redrawing
the poster, unless the sheets are many and nearly empty; either way it adds under a tenth."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PIL import ImageChops
from pypdf import PdfReader
from pypdf.generic import DictionaryObject, StreamObject

from journeydesk.model.storage import load_project
from journeydesk.model.templates import TEMPLATES
from journeydesk.poster.export import PosterRequest, make_poster
from journeydesk.poster.painter import PosterOptions
from journeydesk.poster.papers import MM
from journeydesk.poster.plan import PosterPlan, PosterSize
from journeydesk.resources import example_path

TILES = PosterRequest(paper="a4", size=PosterSize(scale=1.0), overlap=10 * MM)


@pytest.fixture(scope="module")
def posters(tmp_path_factory: pytest.TempPathFactory) -> tuple[PosterPlan, Path, Path]:
    """The example map as A4 tiles, with the assembly guide and without it."""
    project = load_project(example_path())
    journey = project.journeys[0]
    folder = tmp_path_factory.mktemp("guide")
    plan = make_poster(project, journey, TILES, folder / "guide.pdf")
    no_guide = replace(TILES, options=PosterOptions(guide=False))
    make_poster(project, journey, no_guide, folder / "plain.pdf")
    return plan, folder / "guide.pdf", folder / "plain.pdf"


def forms(page: DictionaryObject) -> dict[str, StreamObject]:
    """The form XObjects a page's resources name."""
    xobjects = page["/Resources"].get_object().get("/XObject", {})
    return {name: ref.get_object() for name, ref in xobjects.items()}


def test_the_guide_shows_each_sheets_form_and_adds_under_a_tenth(
    posters: tuple[PosterPlan, Path, Path],
) -> None:
    plan, guide, plain = posters
    reader = PdfReader(guide)
    shown = forms(reader.pages[0])
    assert len(shown) == len(plan.sheets) >= 8
    assert all(form["/Subtype"] == "/Form" for form in shown.values())
    for page in reader.pages[1:]:  # each sheet draws its own form, and only it
        (own,) = forms(page).values()
        assert own in shown.values()
    for form in shown.values():  # a form's transparency is in its own resources
        used = set(re.findall(rb"/(\S+) gs", form.get_data()))
        states = form["/Resources"].get("/ExtGState", {})
        assert used <= {name[1:].encode() for name in states}
    assert any(b" gs" in form.get_data() for form in shown.values())  # tags are translucent
    guide_content = reader.pages[0].get_contents()
    assert guide_content is not None
    smallest_sheet = min(len(form.get_data()) for form in shown.values())
    assert len(guide_content.get_data()) < smallest_sheet  # not a second drawing of the map
    assert guide.stat().st_size < 1.1 * plain.stat().st_size


def test_the_sheets_look_the_same_with_or_without_the_guide(
    posters: tuple[PosterPlan, Path, Path],
) -> None:
    _plan, guide, plain = posters
    with_guide, without = pdfium.PdfDocument(guide), pdfium.PdfDocument(plain)
    try:
        assert len(with_guide) == len(without) + 1
        for index in range(len(without)):
            drawn = with_guide[index + 1].render(scale=2).to_pil()
            direct = without[index].render(scale=2).to_pil()
            # The same pixels, but for antialiasing: a form clips to its box, not a path.
            changes = ImageChops.difference(drawn, direct).convert("L").histogram()
            assert sum(changes[25:]) < 1e-4 * drawn.width * drawn.height, index
        text = with_guide[0].get_textpage().get_text_range()
    finally:
        with_guide.close()
        without.close()
    assert "Assembly guide" in text
    project = load_project(example_path())
    for stage in project.journeys[0].stages:  # the thumbnail is the map
        assert stage.title in text


def test_a_small_map_printed_large_is_drawn_again_on_the_guide(tmp_path: Path) -> None:
    project = TEMPLATES["classic"].create_project("Wall")  # no cards: sheets nearly empty
    journey = project.journeys[0]
    wide = replace(TILES, size=PosterSize(width=2000 * MM))
    plan = make_poster(project, journey, wide, tmp_path / "guide.pdf")
    plain = replace(wide, options=PosterOptions(guide=False))
    make_poster(project, journey, plain, tmp_path / "plain.pdf")
    assert len(plan.sheets) >= 40
    reader = PdfReader(tmp_path / "guide.pdf")
    assert not any(forms(page) for page in reader.pages)  # a form per sheet would cost more
    guide = reader.pages[0].extract_text()
    assert all(stage.title in guide for stage in journey.stages)  # the map, drawn on the guide
    size = (tmp_path / "guide.pdf").stat().st_size
    assert size < 1.1 * (tmp_path / "plain.pdf").stat().st_size
