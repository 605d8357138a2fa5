"""The map's corner: its title never pushes the state out of the corner, on any text size."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from journeydesk.layout.corner import journey_corner, lay_out_corner
from journeydesk.layout.style import Style, TextSize, screen_style
from journeydesk.model.templates import TEMPLATES

WORDS = st.lists(
    st.sampled_from(
        [
            "Eva",
            "orders",
            "pizza",
            "for",
            "the",
            "whole",
            "family",
            "Friday",
            "night",
            "お店の入り口",
            "العربية",
            "Supercalifragilisticexpialidocious",
        ]
    ),
    max_size=14,
).map(" ".join)


@settings(max_examples=150, deadline=None)
@given(
    title=WORDS,
    height=st.floats(min_value=46.0, max_value=160.0),
    size=st.sampled_from(list(TextSize)),
)
def test_the_state_always_shows_whole_below_the_title(
    title: str, height: float, size: TextSize
) -> None:
    style = screen_style(size)
    height = max(height, style.stage_header_min_height)
    corner = lay_out_corner(title, "Current state", height, style)
    pad = style.header_padding
    width = style.lane_header_width - 2 * pad
    assert 1 <= len(corner.title) <= style.corner_title_lines or (not title and not corner.title)
    assert all(line.width <= width + 1e-6 for line in corner.title)
    assert corner.state.text == "Current state"
    below_title = corner.title_top + len(corner.title) * style.corner_title_line_height
    assert corner.state_top >= below_title
    assert corner.state_top + corner.state_line_height <= height - pad + 1e-6
    shown = "".join(line.text for line in corner.title).replace(" ", "")
    if shown.replace("…", "") != title.replace(" ", ""):
        assert corner.title[-1].text.endswith("…")  # a cut title says so


def test_a_two_line_title_keeps_its_state_in_the_smallest_corner() -> None:
    style = Style()
    journey = TEMPLATES["classic"].create_project("x").journeys[0]
    journey.title = "Eva orders pizza for the whole family on a Friday night"
    corner = journey_corner(journey, style.stage_header_min_height, style)
    assert corner.state.text == "Current state"
    assert corner.title[-1].text.endswith("…")
    assert corner.state_top + corner.state_line_height <= style.stage_header_min_height
