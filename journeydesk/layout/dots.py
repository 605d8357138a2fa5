"""Where a card's voting dots go: a row centred on its bottom edge, first dot on the right.

Dots never change a card's height, so cards stay put while people vote. When a card has more
dots than its width holds, the row shows the first ones placed and ends (on the left) with a
"+N" marker standing for the rest. The canvas and the poster both draw these marks as given.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from journeydesk.i18n import number
from journeydesk.layout import colours
from journeydesk.layout.fonts import Weight
from journeydesk.layout.style import Style
from journeydesk.layout.text import text_width


@dataclass(frozen=True, slots=True)
class DotMark:
    """A voting dot on a card, or the "+N" marker of the dots that do not fit.

    ``x``, ``y`` are its centre, relative to the card's top left. A dot is a circle of
    ``radius`` in its participant's ``colour``; the marker is a pill ``width`` wide and
    ``2 * radius`` high with ``label`` in ``Style.dot_label_size`` bold. Both have a white
    outline ``Style.dot_outline`` wide.
    """

    x: float
    y: float
    radius: float
    colour: str
    #: The width of the mark: the diameter of a dot, the length of the marker.
    width: float
    #: "+N" on the marker; "" on a dot.
    label: str = ""


@lru_cache(maxsize=4096)
def lay_out_dots(
    participants: tuple[int, ...], card_width: float, card_height: float, style: Style
) -> tuple[DotMark, ...]:
    """The marks of a card's dots (their participants in the order placed), right to left."""
    if not participants:
        return ()
    radius, gap = style.dot_radius, style.dot_gap
    step = 2 * radius + gap
    room = card_width - 2 * style.card_padding
    fits = max(1, int((room + gap) // step))
    shown, label, width = len(participants), "", 0.0
    if shown > fits:
        shown = fits - 1
        while True:  # a wide "+N" may take the room of a dot more
            label = f"+{number(len(participants) - shown)}"  # the sign, then the count
            width = text_width(label, style.dot_label_size, Weight.BOLD)
            width = max(2 * radius, width + 2 * style.dot_label_padding)
            if shown == 0 or shown * step + width <= room:
                break
            shown -= 1
    right = card_width - style.card_padding  # the right edge of the first dot
    marks = [
        DotMark(
            right - radius - i * step,
            card_height,
            radius,
            colours.participant_colour(p),
            2 * radius,
        )
        for i, p in enumerate(participants[:shown])
    ]
    if label:
        left = right - shown * step - width
        marks.append(
            DotMark(left + width / 2, card_height, radius, colours.MORE_DOTS, width, label)
        )
    return tuple(marks)
