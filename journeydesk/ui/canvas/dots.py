"""Drawing a card's voting dots with QPainter, exactly where the layout put them."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter, QPen

from journeydesk.layout import colours
from journeydesk.layout.dots import DotMark
from journeydesk.layout.fonts import Weight
from journeydesk.layout.style import Style
from journeydesk.ui.canvas.painting import draw_centred_text, qcolour


def dot_rect(dot: DotMark, x: float = 0.0, y: float = 0.0) -> QRectF:
    """The rectangle of a dot (or marker) of a card whose top left is at (``x``, ``y``)."""
    return QRectF(x + dot.x - dot.width / 2, y + dot.y - dot.radius, dot.width, 2 * dot.radius)


def draw_dots(painter: QPainter, dots: tuple[DotMark, ...], style: Style) -> None:
    """Draw the dots (and "+N" marker) of one card, in the card's coordinates."""
    if not dots:
        return
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(qcolour(colours.DOT_OUTLINE), style.dot_outline))
    for dot in dots:
        painter.setBrush(qcolour(dot.colour))
        rect = dot_rect(dot)
        if dot.label:
            painter.drawRoundedRect(rect, dot.radius, dot.radius)
            ink = qcolour(colours.MORE_DOTS_INK)
            draw_centred_text(painter, dot.label, rect, style.dot_label_size, ink, Weight.BOLD)
        else:
            painter.drawEllipse(rect)
    painter.restore()
