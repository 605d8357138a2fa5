"""Rendered pixels: each tile's printable window equals the same region of the one-sheet poster.

The calibration map gives every lane and card its own colour, and the sheet size, margin and
overlap are whole points, so both renders put the same shapes on the same pixels. Negative
controls (a tile shifted by 2 pt, two tiles swapped) show that the check can fail.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from journeydesk.layout.map_layout import MapLayout
from journeydesk.model.project import Card
from journeydesk.model.templates import TEMPLATES
from journeydesk.poster.content import compose
from journeydesk.poster.painter import PosterOptions, export_poster
from journeydesk.poster.papers import Paper
from journeydesk.poster.plan import Orientation, PosterPlan, PosterSize, plan_single, plan_tiled

SCALE = 2  # pixels per point
NO_MARKS = PosterOptions(cut_marks=False, labels=False, guide=False, glue_strips=False)


def calibration() -> tuple[object, MapLayout, object]:
    project = TEMPLATES["classic"].create_project("Calibration")
    journey = project.journeys[0]
    for i, lane in enumerate(journey.lanes):
        lane.colour = f"#{40 * i + 30:02x}{200 - 30 * i:02x}{(90 + 50 * i) % 256:02x}"
    for i, stage in enumerate(journey.stages):
        for j, lane in enumerate(journey.lanes):
            if lane.kind.value == "cards":
                red, green, blue = (
                    (37 * i + 11 * j) % 200 + 40,
                    (53 * j) % 200 + 40,
                    (29 * i) % 200 + 40,
                )
                colour = f"#{red:02x}{green:02x}{blue:02x}"
                journey.cards.append(
                    Card(lane_id=lane.id, stage_id=stage.id, text=f"C{i}{j}", colour=colour)
                )
    journey.emotions = {s.id: (i % 5) - 2 for i, s in enumerate(journey.stages)}
    layout = MapLayout(journey)
    return journey, layout, compose(project, journey, layout)


class Image:
    """A rendered page as rows of BGR bytes."""

    def __init__(self, path: Path, index: int) -> None:
        page = pdfium.PdfDocument(path)[index]
        bitmap = page.render(scale=SCALE)
        self.width, self.height, self.stride = bitmap.width, bitmap.height, bitmap.stride
        self.data = bytes(bitmap.buffer)

    def region(self, x: int, y: int, w: int, h: int) -> list[bytes]:
        return [
            self.data[(y + r) * self.stride + 3 * x : (y + r) * self.stride + 3 * (x + w)]
            for r in range(h)
        ]


def difference(a: list[bytes], b: list[bytes]) -> float:
    """The share of bytes that differ by more than a little (antialiasing), 0..1."""
    different = total = 0
    for row_a, row_b in zip(a, b, strict=True):
        total += len(row_a)
        if row_a != row_b:
            different += sum(1 for p, q in zip(row_a, row_b, strict=True) if abs(p - q) > 24)
    return different / max(1, total)


@pytest.fixture(scope="module")
def renders(tmp_path_factory: pytest.TempPathFactory) -> tuple[PosterPlan, Image, Path]:
    journey, layout, content = calibration()
    folder = tmp_path_factory.mktemp("render")
    whole = Paper("whole", "Whole", content.width, content.height)
    single = plan_single(content.width, content.height, whole, Orientation.AUTO, margin=0)
    assert single.scale == pytest.approx(1.0)
    export_poster(journey, layout, content, single, folder / "whole.pdf", NO_MARKS)
    sheet = Paper("cal", "Calibration sheet", 400, 300)
    tiles = plan_tiled(
        content.width, content.height, sheet, PosterSize(scale=1.0), Orientation.LANDSCAPE, 20, 30
    )
    assert len(tiles.sheets) >= 6
    export_poster(journey, layout, content, tiles, folder / "tiles.pdf", NO_MARKS)
    return tiles, Image(folder / "whole.pdf", 0), folder


def compare(plan: PosterPlan, whole: Image, tiles: Path, sheet_index: int, page: int) -> float:
    """How much a tile's window differs from the whole poster's region for ``sheet_index``."""
    sheet = plan.sheets[sheet_index]
    tile = Image(tiles, page)
    window = sheet.window
    # The part of the window that lies on the poster (beyond it the tile is blank paper).
    w = min(window.width, plan.poster_width - window.x)
    h = min(window.height, plan.poster_height - window.y)
    x0, y0 = round(window.x * SCALE), round(window.y * SCALE)
    pw, ph = int(w * SCALE) - 1, int(h * SCALE) - 1
    ox, oy = round(sheet.origin[0] * SCALE), round(sheet.origin[1] * SCALE)
    return difference(tile.region(ox, oy, pw, ph), whole.region(x0, y0, pw, ph))


def test_every_tile_matches_its_region_of_the_whole_poster(
    renders: tuple[PosterPlan, Image, Path],
) -> None:
    plan, whole, folder = renders
    for index in range(len(plan.sheets)):
        assert compare(plan, whole, folder / "tiles.pdf", index, index) < 0.001, index


def test_a_tile_shifted_by_two_points_is_caught(renders: tuple[PosterPlan, Image, Path]) -> None:
    plan, whole, folder = renders
    journey, layout, content = calibration()
    shifted_sheets = list(plan.sheets)
    target = next(i for i, s in enumerate(plan.sheets) if s.row == 1 and s.column == 2)
    sheet = shifted_sheets[target]
    shifted_sheets[target] = replace(sheet, origin=(sheet.origin[0] + 2, sheet.origin[1]))
    shifted = replace(plan, sheets=tuple(shifted_sheets))
    export_poster(journey, layout, content, shifted, folder / "shifted.pdf", NO_MARKS)
    assert compare(plan, whole, folder / "shifted.pdf", target, target) > 0.01


def test_swapped_tiles_are_caught(renders: tuple[PosterPlan, Image, Path]) -> None:
    plan, whole, folder = renders
    # Page 2 holds sheet 2; compared as if it were sheet 1, it must fail.
    assert compare(plan, whole, folder / "tiles.pdf", 0, 1) > 0.01
