"""Drawing text and shapes of the layout with QPainter, exactly where the layout put them.

Text uses the bundled font files that the layout measured, at a large integer pixel size
scaled down, unhinted and unkerned, so each line is as wide on screen as on paper.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QPainter

from journeydesk.layout.colours import ink_for as ink_hex
from journeydesk.layout.fonts import CHAINS, Weight, baseline_offset
from journeydesk.layout.text import is_right_to_left
from journeydesk.resources import resource_path

#: Text is drawn this many times larger and scaled down, for fractional point sizes.
_SCALE = 16


@cache
def _family(file: str) -> str:
    font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts", file)))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    return families[0] if families else "Sans Serif"


@cache
def map_font(size: float, weight: Weight = Weight.REGULAR) -> QFont:
    """The bundled font chain at ``size`` points (times the internal scale), as measured.

    Qt tries the families in the layout's order, so each character is drawn by the same
    font on screen as on paper.
    """
    font = QFont()
    font.setFamilies([_family(file) for file in CHAINS[weight]])
    font.setPixelSize(round(size * _SCALE))
    font.setBold(weight is Weight.BOLD)
    font.setKerning(False)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    font.setStyleStrategy(QFont.StyleStrategy.PreferAntialias)
    return font


def _as_laid_out(line: str) -> str:
    # Right-to-left lines are already in display order: keep Qt from reordering them again.
    return f"\u202d{line}\u202c" if is_right_to_left(line) else line


def draw_lines(
    painter: QPainter,
    lines: tuple[str, ...],
    x: float,
    top: float,
    size: float,
    line_height: float,
    colour: QColor,
    weight: Weight = Weight.REGULAR,
    indents: tuple[float, ...] = (),
) -> None:
    """Draw pre-broken lines with their tops at ``top``, one ``line_height`` apart.

    ``indents`` (from the layout) moves each line right by that much, to align it.
    """
    if not lines:
        return
    painter.save()
    painter.setPen(colour)
    painter.setFont(map_font(size, weight))
    baseline = top + baseline_offset(size, line_height, weight)
    painter.translate(x, baseline)
    painter.scale(1 / _SCALE, 1 / _SCALE)
    step = line_height * _SCALE
    for i, line in enumerate(lines):
        if line:
            indent = indents[i] * _SCALE if indents else 0.0
            painter.drawText(QPointF(indent, i * step), _as_laid_out(line))
    painter.restore()


def draw_centred_text(
    painter: QPainter, text: str, rect: QRectF, size: float, colour: QColor, weight: Weight
) -> None:
    """Draw one short line centred in ``rect`` (badges, chips)."""
    painter.save()
    painter.setPen(colour)
    painter.setFont(map_font(size, weight))
    painter.translate(rect.topLeft())
    painter.scale(1 / _SCALE, 1 / _SCALE)
    scaled = QRectF(0, 0, rect.width() * _SCALE, rect.height() * _SCALE)
    painter.drawText(scaled, Qt.AlignmentFlag.AlignCenter, _as_laid_out(text))
    painter.restore()


def ink_for(background: QColor) -> QColor:
    """Black or white text, whichever reads better on ``background``."""
    return QColor(ink_hex(background.name()))
