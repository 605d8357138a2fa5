"""The poster plan, without a PDF: coverage, overlaps, minimal sheet counts, labels, limits."""

from __future__ import annotations

import math

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from journeydesk.poster.papers import MAX_PAGE_SIDE, MM, PAPERS, Paper, paper, parse_length
from journeydesk.poster.plan import (
    Orientation,
    PosterError,
    PosterPlan,
    PosterSize,
    covered_length,
    plan_single,
    plan_tiled,
    sheets_to_cover,
)

EPSILON = 1e-6
sheet_papers = st.sampled_from([p for p in PAPERS.values() if not p.is_roll])
orientations = st.sampled_from(list(Orientation))
map_sizes = st.tuples(st.floats(200, 20_000), st.floats(150, 6_000))


@st.composite
def sizes(draw: st.DrawFn) -> PosterSize:
    choice = draw(st.sampled_from(["scale", "width", "height", "columns"]))
    if choice == "scale":
        return PosterSize(scale=draw(st.floats(0.1, 3.0)))
    if choice == "width":
        return PosterSize(width=draw(st.floats(100 * MM, 4000 * MM)))
    if choice == "height":
        return PosterSize(height=draw(st.floats(100 * MM, 2000 * MM)))
    return PosterSize(columns=draw(st.integers(1, 12)))


def tiled_plan(
    draw_map: tuple[float, float],
    paper_: Paper,
    size: PosterSize,
    orientation: Orientation,
    margin: float,
    overlap: float,
) -> PosterPlan:
    try:
        plan = plan_tiled(*draw_map, paper_, size, orientation, margin, overlap, "Map")
    except PosterError:
        assume(False)
        raise
    assume(len(plan.sheets) <= 600)
    return plan


@settings(max_examples=150, deadline=None)
@given(map_sizes, sheet_papers, sizes(), orientations, st.floats(0, 25 * MM), st.floats(0, 30 * MM))
def test_sheets_cover_the_poster_and_neighbours_overlap_exactly(
    map_size: tuple[float, float],
    paper_: Paper,
    size: PosterSize,
    orientation: Orientation,
    margin: float,
    overlap: float,
) -> None:
    plan = tiled_plan(map_size, paper_, size, orientation, margin, overlap)
    grid = {(s.row, s.column): s for s in plan.sheets}
    assert len(grid) == plan.rows * plan.columns == len(plan.sheets)
    # Row by row from the top left, numbered 1..n, labelled.
    assert [s.number for s in plan.sheets] == list(range(1, len(plan.sheets) + 1))
    assert [(s.row, s.column) for s in plan.sheets] == sorted(grid)
    for sheet in plan.sheets:
        assert sheet.label == (
            f"Row {sheet.row} · Column {sheet.column} · sheet {sheet.number} of "
            f"{len(plan.sheets)} · Map"
        )
        assert sheet.window.width == pytest.approx(plan.printable_width)
        assert sheet.window.height == pytest.approx(plan.printable_height)
        right = grid.get((sheet.row, sheet.column + 1))
        if right is not None:  # neighbours overlap by exactly the overlap
            assert sheet.window.right - right.window.x == pytest.approx(plan.overlap, abs=EPSILON)
        below = grid.get((sheet.row + 1, sheet.column))
        if below is not None:
            assert sheet.window.bottom - below.window.y == pytest.approx(plan.overlap, abs=EPSILON)
    # No gap: the first sheet starts at the poster's corner, the last ones reach its far edges.
    assert plan.sheets[0].window.x == 0 and plan.sheets[0].window.y == 0
    assert grid[(1, plan.columns)].window.right >= plan.poster_width - EPSILON or size.columns
    assert grid[(plan.rows, 1)].window.bottom >= plan.poster_height - EPSILON
    # Minimal: one row fewer (or column, unless the width was given in sheets) would not do.
    step_h = plan.printable_height - plan.overlap
    assert plan.rows == 1 or (plan.rows - 1) * step_h + plan.overlap < plan.poster_height - EPSILON
    if size.columns is None:
        step_w = plan.printable_width - plan.overlap
        assert (
            plan.columns == 1
            or (plan.columns - 1) * step_w + plan.overlap < plan.poster_width - EPSILON
        )
    assert max(plan.page_width, plan.page_height) <= MAX_PAGE_SIDE


@settings(max_examples=80, deadline=None)
@given(map_sizes, sheet_papers, sizes(), st.floats(0, 20 * MM), st.floats(0, 20 * MM))
def test_auto_orientation_takes_the_one_with_fewer_sheets(
    map_size: tuple[float, float], paper_: Paper, size: PosterSize, margin: float, overlap: float
) -> None:
    auto = tiled_plan(map_size, paper_, size, Orientation.AUTO, margin, overlap)
    portrait = tiled_plan(map_size, paper_, size, Orientation.PORTRAIT, margin, overlap)
    landscape = tiled_plan(map_size, paper_, size, Orientation.LANDSCAPE, margin, overlap)
    assert len(auto.sheets) == min(len(portrait.sheets), len(landscape.sheets))


@given(st.floats(1, 50_000), st.floats(50, 3_000), st.floats(0, 45))
def test_sheets_to_cover_is_the_fewest_that_cover_the_length(
    length: float, printable: float, overlap: float
) -> None:
    count = sheets_to_cover(length, printable, overlap)
    assert count >= 1
    assert covered_length(count, printable, overlap) >= length - 1e-6 * printable
    assert count == 1 or covered_length(count - 1, printable, overlap) < length
    # A whole number of sheets' length takes exactly that many sheets.
    assert sheets_to_cover(covered_length(count, printable, overlap), printable, overlap) == count


def test_sheets_to_cover_without_overlap_is_pages_across() -> None:
    assert sheets_to_cover(1000, 500) == 2
    assert sheets_to_cover(1001, 500) == 3
    assert sheets_to_cover(10, 500) == 1
    with pytest.raises(ValueError):
        sheets_to_cover(1000, 10, 10)


def test_a_plans_grid_is_what_sheets_to_cover_counts() -> None:
    plan = plan_tiled(2200, 2300, paper("a4"), PosterSize(scale=1.3), Orientation.PORTRAIT)
    assert plan.columns == sheets_to_cover(plan.poster_width, plan.printable_width, plan.overlap)
    assert plan.rows == sheets_to_cover(plan.poster_height, plan.printable_height, plan.overlap)
    assert plan.page_count() == len(plan.sheets) + 1  # the assembly guide
    assert plan.page_count(guide=False) == len(plan.sheets)
    assert plan_single(2200, 2300, paper("a4")).page_count() == 1


def test_n_sheets_wide_gives_that_many_columns() -> None:
    plan = plan_tiled(5000, 1200, paper("a4"), PosterSize(columns=4), Orientation.LANDSCAPE)
    assert plan.columns == 4
    assert plan.sheets[3].window.right == pytest.approx(plan.poster_width)


@settings(max_examples=150, deadline=None)
@given(map_sizes, st.sampled_from(list(PAPERS.values())), orientations, st.floats(0, 30 * MM))
def test_one_sheet_fits_the_whole_map_within_the_margins(
    map_size: tuple[float, float], paper_: Paper, orientation: Orientation, margin: float
) -> None:
    plan = plan_single(*map_size, paper_, orientation, margin)
    assert not plan.tiled and len(plan.sheets) == 1
    assert max(plan.page_width, plan.page_height) <= MAX_PAGE_SIDE + EPSILON
    x, y = plan.sheets[0].origin
    assert x >= margin - EPSILON and y >= margin - EPSILON
    assert x + plan.poster_width <= plan.page_width - margin + EPSILON
    assert y + plan.poster_height <= plan.page_height - margin + EPSILON
    assert plan.poster_width / plan.poster_height == pytest.approx(map_size[0] / map_size[1])
    # As large as the page allows: it touches the margins on one side.
    assert math.isclose(x, margin, abs_tol=1e-3) or math.isclose(y, margin, abs_tol=1e-3)


def test_a_long_roll_is_scaled_to_the_pdf_limit_and_says_so() -> None:
    plan = plan_single(60_000, 1_000, paper("roll-44"), Orientation.LANDSCAPE)
    assert plan.page_width == pytest.approx(MAX_PAGE_SIDE)
    assert plan.notes and "200 inches" in plan.notes[0]


def test_summary_reads_like_the_dialog() -> None:
    plan = plan_tiled(2200, 2300, paper("a4"), PosterSize(scale=1.0), Orientation.PORTRAIT)
    assert plan.summary().startswith(f"{plan.columns} x {plan.rows} sheets of A4, ")


def test_papers_and_lengths() -> None:
    assert paper("A4").width == pytest.approx(210 * MM)
    assert paper("a4").title == "A4 (210 x 297 mm)"
    assert paper("letter").title == "US Letter (8.5 x 11 in)"
    assert paper("roll-36").title == "36-inch (36 in roll)"
    assert paper("70x50cm").title == "Custom (70 x 50 cm)"
    assert paper("20.5x30in").label == "Custom"
    assert paper("500x700mm").height == pytest.approx(700 * MM)
    assert parse_length("2m") == pytest.approx(2000 * MM)
    assert parse_length("36in") == 36 * 72
    with pytest.raises(KeyError, match="a4"):
        paper("b5")
    with pytest.raises(ValueError, match="not a length"):
        parse_length("ten")
    with pytest.raises(KeyError, match=r"no paper '1\.2\.3x4'"):
        paper("1.2.3x4")


def test_impossible_options_are_explained() -> None:
    with pytest.raises(PosterError, match="no room"):
        plan_tiled(
            1000, 1000, paper("a4"), PosterSize(scale=1), Orientation.PORTRAIT, 100 * MM, 10 * MM
        )
    with pytest.raises(PosterError, match="roll"):
        plan_tiled(1000, 1000, paper("roll-36"), PosterSize(scale=1))
    with pytest.raises(PosterError, match="empty"):
        plan_single(0, 100, paper("a0"))
