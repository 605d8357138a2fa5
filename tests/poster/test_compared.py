"""A poster of a map with its current or future state printed below it, under a heading."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader

from journeydesk.layout.text import line_texts
from journeydesk.model.journeys import copy_journey
from journeydesk.model.storage import load_project
from journeydesk.poster.content import PAD, MapSection, PosterContent
from journeydesk.poster.export import (
    NOTHING_TO_COMPARE,
    PosterRequest,
    compared_map,
    make_poster,
    plan_poster,
    prepare,
)
from journeydesk.poster.plan import Orientation, PosterPlan, PosterSize
from journeydesk.resources import example_path
from tests.poster.helpers import FUTURE_TITLE, NEW_CARD, NEW_LANE, NEW_STAGE
from tests.poster.helpers import project_with_future_state as with_future

ONE_SHEET = PosterRequest(paper="a0", orientation=Orientation.PORTRAIT, with_compared=True)
TILES = PosterRequest(
    paper="a4", orientation=Orientation.PORTRAIT, size=PosterSize(scale=0.8), with_compared=True
)


def flat(text: str) -> str:
    return " ".join(text.split())


def test_a_map_is_compared_with_its_current_or_first_future_state() -> None:
    project = with_future()
    current, future = project.journeys
    assert compared_map(project, future) is current
    assert compared_map(project, current) is future
    later = copy_journey(current, "Another future", future=True)
    project.journeys.append(later)
    assert compared_map(project, current) is future  # the first made from it
    assert compared_map(project, later) is current
    lone = load_project(example_path())
    assert compared_map(lone, lone.journeys[0]) is None


def test_the_compared_map_lies_below_the_first_under_its_heading() -> None:
    project = with_future()
    current, future = project.journeys
    layout, content = prepare(project, current, with_compared=True)
    first, second = content.maps
    assert (first.journey, first.layout, first.heading) == (current, layout, None)
    assert second.journey is future
    assert second.heading is not None
    heading = flat(" ".join(line_texts(second.heading.lines)))
    assert heading == f"Compared with the future state: {FUTURE_TITLE}"
    # Heading, then map, each below what comes before; the legend at the foot.
    assert second.heading.y >= first.y + first.layout.height + PAD
    assert second.y >= second.heading.bottom
    assert content.legend_y >= second.y + second.layout.height
    assert content.height > content.legend_y
    # The poster is as wide as the wider map (the future state has one stage more).
    assert second.layout.width > first.layout.width
    assert content.width == pytest.approx(second.layout.width + 2 * PAD)
    for placed in content.personas:
        assert placed.y + placed.card.height <= first.y
    lowest_first = max(first.y + y + h for _x, y, _w, h in map(first.layout.card_rect, _ids(first)))
    highest_second = min(
        second.y + y for _x, y, _w, _h in map(second.layout.card_rect, _ids(second))
    )
    assert lowest_first < second.heading.y < highest_second
    # One legend for both maps: every lane once, the future state's new lane too.
    titles = [entry.title for entry in content.legend]
    assert len(titles) == len(set(titles)) and NEW_LANE in titles
    assert titles == [lane.title for lane in future.lanes if lane.kind.value != "divider"]
    # From the future state, the current state is the one below.
    _layout, content = prepare(project, future, with_compared=True)
    heading = content.maps[1].heading
    assert heading is not None
    assert "Compared with the current state: Dinner" in heading.lines[0].text


def _ids(section: MapSection) -> list[str]:
    return [card.id for card in section.journey.cards]


def test_without_the_choice_the_map_prints_alone() -> None:
    project = with_future()
    _layout, content = prepare(project, project.journeys[0])
    assert len(content.maps) == 1 and content.maps[0].heading is None
    assert NEW_LANE not in [entry.title for entry in content.legend]


def test_one_sheet_prints_both_maps_and_the_heading(tmp_path: Path) -> None:
    project = with_future()
    current = project.journeys[0]
    path = tmp_path / "both.pdf"
    plan = make_poster(project, current, ONE_SHEET, path)
    assert plan.notes == ()
    reader = PdfReader(path)
    assert len(reader.pages) == 1
    text = flat(reader.pages[0].extract_text())
    assert f"Compared with the future state: {FUTURE_TITLE}" in text
    assert NEW_STAGE in text and NEW_CARD in text and NEW_LANE in text
    layout = prepare(project, current, with_compared=True)[0]
    for card in current.cards:  # copied into the future state: printed twice
        first_line = flat(layout.cards[card.id].lines[0].text)
        assert text.count(first_line) >= 2, card.text


def _sheets_touched(
    plan: PosterPlan, content: PosterContent, slack: float = 0.0
) -> dict[str, set[int]]:
    """For each card's first line, the sheets that any card with that line touches.

    With ``slack`` (map units), the sheets it comes that close to: the painter draws a card
    (clipped) on sheets its shadow or vote badge may reach.
    """
    touched: dict[str, set[int]] = defaultdict(set)
    for section in content.maps:
        layout = section.layout
        for card in section.journey.cards:
            x, y, w, h = layout.card_rect(card.id)
            x, y = (x + section.x - slack) * plan.scale, (y + section.y - slack) * plan.scale
            w, h = (w + 2 * slack) * plan.scale, (h + 2 * slack) * plan.scale
            line = flat(layout.cards[card.id].lines[0].text)
            for sheet in plan.sheets:
                window = sheet.window
                if x < window.right and x + w > window.x and y < window.bottom and y + h > window.y:
                    touched[line].add(sheet.number)
    return touched


def test_tiles_print_each_card_of_both_maps_on_the_sheets_it_touches(tmp_path: Path) -> None:
    project = with_future()
    current = project.journeys[0]
    path = tmp_path / "tiles.pdf"
    plan = make_poster(project, current, TILES, path)
    _layout, content = prepare(project, current, with_compared=True)
    assert plan == plan_poster(project, content, current, TILES)
    assert plan.rows >= 3 and plan.columns >= 2
    reader = PdfReader(path)
    assert len(reader.pages) == len(plan.sheets) + 1  # and the assembly guide
    texts = {
        sheet.number: flat(page.extract_text())
        for sheet, page in zip(plan.sheets, reader.pages[1:], strict=True)
    }
    touched, near = _sheets_touched(plan, content), _sheets_touched(plan, content, slack=10)
    assert NEW_CARD in touched
    for line, sheets in touched.items():
        # Cards are drawn whole and clipped, so the text is on every sheet they touch, and
        # on no sheet beyond the few points their shadows and badges reach.
        printed = {number for number, text in texts.items() if line in text}
        assert sheets <= printed <= near[line], line
    heading = content.maps[1].heading
    assert heading is not None
    top, bottom = heading.y * plan.scale, heading.bottom * plan.scale
    heading_sheets = {
        s.number for s in plan.sheets if s.window.y < bottom and s.window.bottom > top
    }
    assert heading_sheets
    assert {n for n, text in texts.items() if "Compared with the future" in text} == heading_sheets


def test_a_map_with_nothing_to_compare_prints_alone_with_a_note(tmp_path: Path) -> None:
    project = load_project(example_path())
    journey = project.journeys[0]
    path = tmp_path / "alone.pdf"
    plan = make_poster(project, journey, ONE_SHEET, path)
    assert NOTHING_TO_COMPARE in plan.notes
    assert "Compared with" not in PdfReader(path).pages[0].extract_text()
    _layout, content = prepare(project, journey, with_compared=True)
    assert len(content.maps) == 1
    plain = replace(ONE_SHEET, with_compared=False)
    alone = make_poster(project, journey, plain, tmp_path / "plain.pdf")
    assert NOTHING_TO_COMPARE not in alone.notes
    assert (alone.poster_width, alone.poster_height) == (plan.poster_width, plan.poster_height)
