"""The blank wall template: printed at full size, every cell holds the notes asked for."""

from __future__ import annotations

import itertools
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from journeydesk.layout import colours
from journeydesk.model.project import Card, LaneKind
from journeydesk.model.templates import TEMPLATES
from journeydesk.poster.export import PosterRequest, make_poster, prepare_request
from journeydesk.poster.painter import PosterOptions
from journeydesk.poster.papers import MM
from journeydesk.poster.plan import PosterError, PosterSize
from journeydesk.poster.wall_kit import NOTE_SIZES, WallKit
from tests.poster.test_languages import page_text

PIXELS_PER_MM = 2.0


def five_a_with_cards():
    project = TEMPLATES["5a"].create_project("Wall")
    journey = project.journeys[0]
    journey.cards.append(
        Card(lane_id=journey.lanes[0].id, stage_id=journey.stages[0].id, text="Not on the wall")
    )
    return project, journey


@pytest.mark.parametrize(("note", "per_cell"), [("76x76", 3), ("76x127", 2), ("102x152", 1)])
def test_a4_tiles_print_at_full_size_with_room_for_the_notes(
    tmp_path: Path, note: str, per_cell: int
) -> None:
    project, journey = five_a_with_cards()
    request = PosterRequest(
        paper="a4", size=PosterSize(columns=2, rows=2), wall_kit=WallKit(note, per_cell)
    )
    path = tmp_path / "wall.pdf"
    plan = make_poster(project, journey, request, path)
    assert plan.scale == 1.0 and plan.tiled  # 100 %, whatever size was asked
    assert any("always prints at full size" in n for n in plan.notes)
    layout, _content = prepare_request(project, journey, request)
    width, height = NOTE_SIZES[note]
    for row in layout.lanes:
        room = row.height - (row.content_top if row.kind is LaneKind.EMOTION else 0.0)
        if row.kind is not LaneKind.DIVIDER:
            assert room >= per_cell * height, row.lane_id
    assert all(column.width >= width for column in layout.stages)
    assert "Not on the wall" not in "".join(  # headers only: no card is printed
        page_text_of(path, index) for index in range(len(plan.sheets))
    )


def page_text_of(path: Path, index: int) -> str:
    document = pdfium.PdfDocument(path)
    try:
        return document[index].get_textpage().get_text_range()
    finally:
        document.close()


def colour_runs(pixels: list[tuple[int, int, int]]) -> list[int]:
    """The lengths of the runs of one colour along ``pixels``, until the first white one."""
    runs: list[int] = []
    previous, length = None, 0
    for pixel in pixels:
        if pixel == (255, 255, 255):
            break
        if (
            previous is not None
            and max(abs(a - b) for a, b in zip(pixel, previous, strict=True)) < 12
        ):
            length += 1
        else:
            if length > 20:
                runs.append(length)
            length = 1
        previous = pixel
    if length > 20:
        runs.append(length)
    return runs


def grid_lines(pixels: list[tuple[int, int, int]]) -> list[int]:
    """Where the grid's colour crosses a line of pixels (the first pixel of each run)."""
    grid = tuple(round(c * 255) for c in colours.rgb(colours.GRID))
    hits = [
        i
        for i, p in enumerate(pixels)
        if max(abs(a - b) for a, b in zip(p, grid, strict=True)) < 24
    ]
    return [i for n, i in enumerate(hits) if n == 0 or i - hits[n - 1] > 2]


def test_each_printed_cell_holds_the_notes_measured_on_the_page(tmp_path: Path) -> None:
    project, journey = five_a_with_cards()
    kit = WallKit("76x76", 2)
    request = PosterRequest(
        paper="2000x1500mm", wall_kit=kit, options=PosterOptions(cut_marks=False, labels=False)
    )
    path = tmp_path / "wall.pdf"
    plan = make_poster(project, journey, request, path)
    assert plan.scale == 1.0
    layout, content = prepare_request(project, journey, request)
    section = content.maps[0]
    origin_x, origin_y = plan.sheets[0].origin
    to_px = PIXELS_PER_MM / MM  # pixels per point on the rendered page
    document = pdfium.PdfDocument(path)
    try:
        image = document[0].render(scale=to_px).to_pil().convert("RGB")
    finally:
        document.close()
    # Across a lane of cards: the stage lines.
    card_row = next(r for r in layout.lanes if r.kind is LaneKind.CARDS)
    y = round((origin_y + section.y + card_row.y + card_row.height / 2) * to_px)
    across = grid_lines([image.getpixel((x, y)) for x in range(image.width)])
    widths_mm = [(b - a) / PIXELS_PER_MM for a, b in itertools.pairwise(across)]
    assert len(widths_mm) >= len(layout.stages) - 1
    assert all(w >= 76 for w in widths_mm), widths_mm
    # Down the lanes' colour bands: each lane's height.
    x = round((origin_x + section.x + layout.style.lane_band_width / 2) * to_px)
    top = round((origin_y + section.y + layout.header_height) * to_px)
    column = [image.getpixel((x, y)) for y in range(top, image.height)]
    heights_mm = [n / PIXELS_PER_MM for n in colour_runs(column)]
    lanes = [r for r in layout.lanes if r.kind is not LaneKind.DIVIDER]
    assert len(heights_mm) == len(lanes), heights_mm
    assert all(h >= 2 * 76 for h in heights_mm), heights_mm  # two 76 mm notes stacked
    text = page_text(path)
    assert all(stage.title in text for stage in journey.stages)  # the headers print


def test_a_sheet_too_small_for_full_size_says_so() -> None:
    project, journey = five_a_with_cards()
    request = PosterRequest(paper="a3", wall_kit=WallKit())
    with pytest.raises(PosterError, match=r"At full size the poster is .* cm, more than A3"):
        make_poster(project, journey, request, Path("/nonexistent/never.pdf"))


def test_unknown_note_sizes_and_counts_are_refused_in_words() -> None:
    with pytest.raises(ValueError, match="no note size '80x80'"):
        WallKit("80x80")
    with pytest.raises(ValueError, match="from 1 to 12 notes"):
        WallKit("76x76", 0)


def test_on_a4_tiles_each_cell_holds_the_notes_measured_across_the_pages(tmp_path: Path) -> None:
    """The 5A template as A4 tiles: lines and lane bands read off every page, put together."""
    project, journey = five_a_with_cards()
    request = PosterRequest(
        paper="a4",
        size=PosterSize(scale=1.0),
        wall_kit=WallKit("76x76", 3),
        options=PosterOptions(cut_marks=False, labels=False, guide=False, glue_strips=False),
    )
    path = tmp_path / "tiles.pdf"
    plan = make_poster(project, journey, request, path)
    layout, content = prepare_request(project, journey, request)
    section = content.maps[0]
    to_px = PIXELS_PER_MM / MM
    document = pdfium.PdfDocument(path)
    try:
        pages = [page.render(scale=to_px).to_pil().convert("RGB") for page in document]
    finally:
        document.close()
    assert len(pages) == len(plan.sheets) > 4
    # The poster, one line at a time, sampled from whichever sheet prints each point.
    card_row = next(r for r in layout.lanes if r.kind is LaneKind.CARDS)
    across_y = section.y + card_row.y + card_row.height / 2
    down_x = section.x + layout.style.lane_band_width / 2
    across = [(255, 255, 255)] * round(content.width * to_px)
    down = [(255, 255, 255)] * round(content.height * to_px)
    for sheet, image in zip(plan.sheets, pages, strict=True):
        window, (left, top) = sheet.window, sheet.origin
        if window.y <= across_y < window.y + window.height:
            y = round((top + across_y - window.y) * to_px)
            first = round(window.x * to_px)
            for px in range(min(round(window.width * to_px), len(across) - first)):
                across[first + px] = image.getpixel((round(left * to_px) + px, y))
        if window.x <= down_x < window.x + window.width:
            x = round((left + down_x - window.x) * to_px)
            first = round(window.y * to_px)
            for py in range(min(round(window.height * to_px), len(down) - first)):
                down[first + py] = image.getpixel((x, round(top * to_px) + py))
    lines = grid_lines(across)
    widths_mm = [(b - a) / PIXELS_PER_MM for a, b in itertools.pairwise(lines)]
    assert len(widths_mm) >= len(layout.stages) - 1 and all(w >= 76 for w in widths_mm)
    start = round((section.y + layout.header_height) * to_px)
    heights_mm = [n / PIXELS_PER_MM for n in colour_runs(down[start:])]
    lanes = [r for r in layout.lanes if r.kind is not LaneKind.DIVIDER]
    assert len(heights_mm) == len(lanes), heights_mm
    assert all(h >= 3 * 76 for h in heights_mm), heights_mm  # three notes stacked
