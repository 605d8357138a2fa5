"""Printing a card's voting dots with ReportLab, where the layout put them (as on the canvas)."""

from __future__ import annotations

from functools import cache

from reportlab.lib.colors import HexColor
from reportlab.pdfgen.canvas import Canvas

from journeydesk.layout import colours
from journeydesk.layout.dots import DotMark
from journeydesk.layout.fonts import Weight
from journeydesk.layout.style import Style
from journeydesk.poster.curves import Centred

hex_colour = cache(HexColor)  # parsing a colour costs more than drawing a dot


def draw_dots(
    c: Canvas, dots: tuple[DotMark, ...], x: float, top: float, style: Style, centred: Centred
) -> None:
    """The dots (and "+N" marker) of the card whose top left is at (``x``, ``top``)."""
    if not dots:
        return
    c.setStrokeColor(hex_colour(colours.DOT_OUTLINE))
    c.setLineWidth(style.dot_outline)
    for dot in dots:
        c.setFillColor(hex_colour(dot.colour))
        cx, cy = x + dot.x, top + dot.y
        if dot.label:
            left = cx - dot.width / 2
            c.roundRect(left, cy - dot.radius, dot.width, 2 * dot.radius, dot.radius, 1, 1)
            ink = colours.MORE_DOTS_INK
            size = style.dot_label_size
            centred(dot.label, cx, cy - dot.radius, 2 * dot.radius, size, ink, Weight.BOLD)
        else:
            c.circle(cx, cy, dot.radius, stroke=1, fill=1)
