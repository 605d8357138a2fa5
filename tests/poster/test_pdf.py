"""The poster PDF read back with pypdf: pages, sizes, fonts, and which text is on which sheet."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from journeydesk.cli import main
from journeydesk.layout.labels import KIND_LABELS
from journeydesk.layout.map_layout import MapLayout
from journeydesk.model.project import LaneKind
from journeydesk.model.storage import load_project
from journeydesk.poster.export import PosterRequest, make_poster, plan_poster, prepare
from journeydesk.poster.painter import PosterOptions
from journeydesk.poster.papers import paper
from journeydesk.poster.plan import Orientation, PosterPlan, PosterSize
from journeydesk.resources import example_path

TILES = PosterRequest(paper="a4", orientation=Orientation.PORTRAIT, size=PosterSize(scale=1.0))


@pytest.fixture(scope="module")
def tiled(tmp_path_factory: pytest.TempPathFactory) -> tuple[PosterPlan, PdfReader, Path]:
    project = load_project(example_path())
    path = tmp_path_factory.mktemp("poster") / "tiles.pdf"
    plan = make_poster(project, project.journeys[0], TILES, path)
    return plan, PdfReader(path), path


def test_one_page_per_sheet_and_a_guide(tiled: tuple[PosterPlan, PdfReader, Path]) -> None:
    plan, reader, _path = tiled
    assert len(reader.pages) == len(plan.sheets) + 1
    a4 = paper("a4")
    for page in reader.pages:
        box = page.mediabox
        assert float(box.width) == pytest.approx(a4.width, abs=0.01)
        assert float(box.height) == pytest.approx(a4.height, abs=0.01)
    assert "Assembly guide" in reader.pages[0].extract_text()


def test_fonts_are_embedded_subsets(tiled: tuple[PosterPlan, PdfReader, Path]) -> None:
    _plan, reader, _path = tiled
    fonts = reader.pages[1]["/Resources"]["/Font"]
    assert fonts
    for reference in fonts.values():
        font = reference.get_object()
        descendant = (
            font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
        )
        descriptor = descendant["/FontDescriptor"].get_object()
        assert any(key in descriptor for key in ("/FontFile2", "/FontFile3", "/FontFile"))
        assert "+" in str(font["/BaseFont"])  # a subset


def test_each_card_is_printed_on_the_sheets_it_touches_and_no_others(
    tiled: tuple[PosterPlan, PdfReader, Path],
) -> None:
    plan, reader, _path = tiled
    project = load_project(example_path())
    journey = project.journeys[0]
    layout, content = prepare(project, journey)
    texts = [page.extract_text().replace("\n", " ") for page in reader.pages[1:]]
    for card in journey.cards:
        x, y, w, h = layout.card_rect(card.id)
        x, y = (x + content.map_x) * plan.scale, (y + content.map_y) * plan.scale
        first_line = layout.cards[card.id].lines[0].text
        for sheet, text in zip(plan.sheets, texts, strict=True):
            window = sheet.window
            touches = (
                x < window.right
                and x + w * plan.scale > window.x
                and (y < window.bottom and y + h * plan.scale > window.y)
            )
            # Cards are drawn whole and clipped, so the text is on every sheet they touch.
            assert (first_line in text) == touches, (card.text, sheet.number, touches)


def test_the_same_input_gives_the_same_bytes(tmp_path: Path) -> None:
    project = load_project(example_path())
    first, second = tmp_path / "a.pdf", tmp_path / "b.pdf"
    make_poster(project, project.journeys[0], TILES, first)
    make_poster(project, project.journeys[0], TILES, second)
    assert first.read_bytes() == second.read_bytes()


def test_one_sheet_has_one_page_of_that_paper(tmp_path: Path) -> None:
    project = load_project(example_path())
    path = tmp_path / "a0.pdf"
    request = PosterRequest(paper="a0", options=PosterOptions())
    plan = make_poster(project, project.journeys[0], request, path)
    reader = PdfReader(path)
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert sorted((float(box.width), float(box.height))) == pytest.approx(
        sorted((paper("a0").width, paper("a0").height)), abs=0.01
    )
    content = prepare(project, project.journeys[0])[1]
    assert plan == plan_poster(project, content, project.journeys[0], request)


def test_the_command_line_writes_tiles(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "wall.pdf"
    status = main(
        [
            "poster",
            str(example_path()),
            "-o",
            str(out),
            "--paper",
            "a4",
            "--tiles",
            "4x3",
            "--overlap",
            "10mm",
        ]
    )
    assert status == 0
    said = capsys.readouterr().out
    assert "sheets of A4" in said
    assert len(PdfReader(out).pages) >= 2


def test_the_command_line_explains_bad_options(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "never.pdf"
    assert main(["poster", str(example_path()), "-o", str(out), "--paper", "b9"]) == 1
    error = capsys.readouterr().err
    assert error.startswith("journeydesk: There is no paper 'b9'") and "Traceback" not in error
    assert main(["poster", str(example_path()), "-o", str(out), "--journey", "Nope"]) == 1
    assert "There is no map called 'Nope'" in capsys.readouterr().err
    assert not out.exists()


def test_each_lane_header_prints_its_kind_as_the_canvas_does(tmp_path: Path) -> None:
    project = load_project(example_path())
    journey = project.journeys[0]
    path = tmp_path / "kinds.pdf"
    make_poster(project, journey, PosterRequest(paper="a3"), path)
    shown: list[tuple[str, float]] = []

    def visit(text: str, _cm: object, tm: list[float], _font: object, _size: object) -> None:
        if text.strip():
            shown.append((text.strip(), tm[5]))

    PdfReader(path).pages[0].extract_text(visitor_text=visit)
    layout = MapLayout(journey)
    labelled = [row for row in layout.lanes if row.kind is not LaneKind.DIVIDER]
    for row in labelled:
        # The kind is printed below the lane's title, at the place the layout gives.
        label = KIND_LABELS[row.kind]
        assert any(
            text == label and row.y + row.kind_top < y < row.y + row.kind_top + 12
            for text, y in shown
        ), row.title_lines
