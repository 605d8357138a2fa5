"""Colour emoji drawn from their glyphs' coloured outlines (``layout/emoji.py``): the same
vector artwork the poster prints, whatever the platform's own emoji support."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath

from journeydesk.layout.emoji import colour_layers
from journeydesk.layout.shaping import Run, shape


@cache
def _glyph_art(file: str, glyph: int) -> tuple[tuple[QPainterPath, QColor | None], ...]:
    """A colour glyph's layers as paths one em high, y down, and their colours."""
    art = []
    for layer in colour_layers(file, glyph):
        path = QPainterPath()
        path.setFillRule(Qt.FillRule.WindingFill)
        for cmd in layer.outline:
            op, v = cmd[0], [-float(n) if i % 2 else float(n) for i, n in enumerate(cmd[1:])]
            if op == "M":
                path.moveTo(v[0], v[1])
            elif op == "L":
                path.lineTo(v[0], v[1])
            elif op == "C":
                path.cubicTo(v[0], v[1], v[2], v[3], v[4], v[5])
            else:
                path.closeSubpath()
        colour = None if layer.colour is None else QColor.fromRgbF(*layer.colour)
        art.append((path, colour))
    return tuple(art)


def draw_colour_run(painter: QPainter, run: Run, x: float, baseline: float, size: float) -> None:
    """Draw a run of colour emoji from its glyphs' coloured outlines (the pen is the text's)."""
    glyphs = shape(run.font, run.text, run.rtl)
    text_colour = painter.pen().color()
    pen = x
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    for glyph, advance, dx, dy in zip(
        glyphs.ids, glyphs.advances, glyphs.x_offsets, glyphs.y_offsets, strict=True
    ):
        painter.save()
        painter.translate(pen + dx * size, baseline - dy * size)
        painter.scale(size, size)
        for path, colour in _glyph_art(run.font, glyph):
            painter.fillPath(path, text_colour if colour is None else colour)
        painter.restore()
        pen += advance * size
    painter.restore()
