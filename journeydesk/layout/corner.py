"""The map's title and state in the corner above the lane headers, laid out to fit it."""

from __future__ import annotations

from dataclasses import dataclass

from journeydesk.i18n import Translatable
from journeydesk.layout.fonts import Weight
from journeydesk.layout.style import Style
from journeydesk.layout.text import TextLine, first_lines, one_line
from journeydesk.model.project import Journey


class MapCornerText(Translatable):
    """The words in the map's top-left corner: its state, and a title for an untitled map."""


@dataclass(frozen=True)
class CornerText:
    """The corner's lines, in points from its top left."""

    title: tuple[TextLine, ...]
    title_top: float
    state: TextLine
    state_top: float
    state_size: float

    @property
    def state_line_height(self) -> float:
        """The height the state's line is centred in (its size plus leading)."""
        return self.state_size + 2.5


def lay_out_corner(title: str, state: str, height: float, style: Style) -> CornerText:
    """``title`` (bold, up to ``style.corner_title_lines`` lines, the last ending in "…" if
    the title is longer) over ``state``, both inside a corner ``height`` points tall.

    Lines are only dropped, never cut: the state always shows whole under the title.
    """
    pad = style.header_padding
    width = style.lane_header_width - 2 * pad
    size, step = style.corner_title_size, style.corner_title_line_height
    state_size = style.lane_kind_size
    room = height - 2 * pad - (state_size + 2.5) - 2
    fitting = max(1, min(style.corner_title_lines, int(room // step)))
    lines = first_lines(title, width, size, Weight.BOLD, fitting) if title else ()
    state_top = pad + len(lines) * step + 2
    return CornerText(lines, pad, one_line(state, state_size), state_top, state_size)


def journey_corner(journey: Journey, height: float, style: Style) -> CornerText:
    """The corner of ``journey``'s map: its title and whether it is the current or future
    state, on the canvas and on paper alike."""
    if journey.state.value == "future":
        state = MapCornerText.tr("Future state")
    else:
        state = MapCornerText.tr("Current state")
    return lay_out_corner(journey.title or MapCornerText.tr("Untitled map"), state, height, style)
