"""The poster prints each card's voting dots where the layout put them, in the same colours."""

from __future__ import annotations

from pathlib import Path

from journeydesk.layout import colours
from journeydesk.layout.dots import DotMark
from journeydesk.layout.map_layout import MapLayout
from journeydesk.model.project import Card, Journey, Project
from journeydesk.model.templates import TEMPLATES
from journeydesk.model.voting import Dot, VoteRound
from journeydesk.poster.content import PosterContent, compose
from journeydesk.poster.painter import export_poster
from journeydesk.poster.papers import Paper
from journeydesk.poster.plan import Orientation, plan_single

from .test_render import NO_MARKS, SCALE, Image


def voted_project(dots_on_first: int) -> Project:
    """A classic map with two cards in its first lane; Ana, Ben and Kim voted on them."""
    project = TEMPLATES["classic"].create_project("Dots")
    journey = project.journeys[0]
    lane = journey.lanes[0]
    journey.cards += [
        Card(id="first", lane_id=lane.id, stage_id=journey.stages[0].id, text="Sees an advert"),
        Card(id="second", lane_id=lane.id, stage_id=journey.stages[1].id, text="Compares"),
    ]
    dots = [Dot(card_id="first", participant=i % 3) for i in range(dots_on_first)]
    dots.append(Dot(card_id="second", participant=2))
    journey.vote_rounds.append(
        VoteRound(participants=["Ana", "Ben", "Kim"], dots_per_participant=99, dots=dots)
    )
    return Project.model_validate(project.model_dump())


def printed(project: Project, path: Path) -> tuple[Image, Journey, MapLayout, PosterContent]:
    """The poster of the project's map on one page at 100% (no margin), rendered."""
    journey = project.journeys[0]
    layout = MapLayout(journey)
    content = compose(project, journey, layout)
    page = Paper("whole", "Whole", content.width, content.height)
    plan = plan_single(content.width, content.height, page, Orientation.AUTO, margin=0)
    assert abs(plan.scale - 1.0) < 1e-9
    export_poster(journey, layout, content, plan, path, NO_MARKS)
    return Image(path, 0), journey, layout, content


def pixel(image: Image, x: float, y: float) -> str:
    """The colour of the rendered page at a point of the poster, as "#rrggbb"."""
    column, row = round(x * SCALE), round(y * SCALE)
    blue, green, red = image.region(column, row, 1, 1)[0]
    return f"#{red:02x}{green:02x}{blue:02x}"


def near(colour: str, expected: str, tolerance: int = 12) -> bool:
    pairs = zip(bytes.fromhex(colour[1:]), bytes.fromhex(expected[1:]), strict=True)
    return all(abs(a - b) <= tolerance for a, b in pairs)


def dot_point(
    content: PosterContent, layout: MapLayout, card_id: str, dot: DotMark, dx: float = 0.0
) -> tuple[float, float]:
    """Where a dot's centre (moved ``dx`` along the row) lies on the poster."""
    x, y, _w, _h = layout.card_rect(card_id)
    return content.map_x + x + dot.x + dx, content.map_y + y + dot.y


def test_each_dot_is_printed_at_its_place_in_its_participants_colour(tmp_path: Path) -> None:
    image, _journey, layout, content = printed(voted_project(3), tmp_path / "dots.pdf")
    for card_id, participants in (("first", [0, 1, 2]), ("second", [2])):
        dots = layout.cards[card_id].dots
        assert len(dots) == len(participants)
        for dot, participant in zip(dots, participants, strict=True):
            expected = colours.participant_colour(participant)
            seen = pixel(image, *dot_point(content, layout, card_id, dot))
            assert near(seen, expected), (card_id, participant, seen, expected)
            # Its white outline, on the circle where the row's line leaves it.
            seen = pixel(image, *dot_point(content, layout, card_id, dot, dx=dot.radius))
            assert near(seen, colours.DOT_OUTLINE, 40), (card_id, seen)
    # Between the two cards' dots (and below the first card) there is no dot colour.
    x, y, _w, h = layout.card_rect("first")
    beside = pixel(image, content.map_x + x + 2, content.map_y + y + h)
    assert not any(near(beside, c) for c in colours.PARTICIPANT_COLOURS), beside


def test_a_card_with_more_dots_than_fit_prints_the_marker(tmp_path: Path) -> None:
    image, _journey, layout, content = printed(voted_project(40), tmp_path / "many.pdf")
    *dots, marker = layout.cards["first"].dots
    assert marker.label == f"+{40 - len(dots)}"
    # The pill's left end, in the padding before its label.
    left_end = -marker.width / 2 + layout.style.dot_label_padding / 2
    seen = pixel(image, *dot_point(content, layout, "first", marker, dx=left_end))
    assert near(seen, colours.MORE_DOTS), seen
    last = dots[-1]
    seen = pixel(image, *dot_point(content, layout, "first", last))
    assert near(seen, colours.participant_colour((len(dots) - 1) % 3)), seen


def test_a_map_without_votes_prints_no_dots(tmp_path: Path) -> None:
    project = voted_project(3)
    voted = printed(project, tmp_path / "voted.pdf")
    project.journeys[0].vote_rounds.clear()
    image, _journey, layout, content = printed(project, tmp_path / "plain.pdf")
    assert layout.cards["first"].dots == ()
    dot = voted[2].cards["first"].dots[0]  # where the first dot was
    seen = pixel(image, *dot_point(content, layout, "first", dot))
    assert not any(near(seen, c) for c in colours.PARTICIPANT_COLOURS), seen
