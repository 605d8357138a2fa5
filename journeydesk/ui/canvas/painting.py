"""Drawing text and shapes of the layout with QPainter, exactly where the layout put them.

Each line arrives from the layout cut into runs of one font and one direction, in visual
order with their x. A run is drawn from the glyphs HarfBuzz gave the layout (the poster prints
the same glyphs), as a Qt glyph run of that one bundled file at a large pixel size scaled
down, unhinted, so it is as wide on screen as the layout measured. The glyph runs of a block
of lines are made once and kept (``PaintedLines``): a frame draws them without shaping again,
which is most of what drawing text costs. A run of colour emoji is drawn as the layout's
coloured outlines of each glyph (``colour_glyphs.py``), the same vector artwork the poster
prints, whatever the platform's own emoji support.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from functools import cache, lru_cache
from typing import Protocol

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QGlyphRun,
    QPainter,
    QPainterPath,
    QRawFont,
)

from journeydesk.layout.colours import ink_for as ink_hex
from journeydesk.layout.emoji import is_colour
from journeydesk.layout.fonts import CHAINS, Weight, baseline_offset
from journeydesk.layout.shaping import Run, shape
from journeydesk.layout.text import TextLine, one_line
from journeydesk.resources import resource_path
from journeydesk.ui.canvas.colour_glyphs import draw_colour_run

#: The pixel size runs are drawn at, scaled to their point size (Qt's sizes are integers).
_PIXELS = 256
#: Text larger than this many device pixels is drawn as text, not as glyph runs: Qt's raster
#: engine draws nothing for a glyph run scaled past its glyph cache (64 pixels).
_LARGEST_GLYPH_RUN = 60.0
#: The card editor's font is this many times larger than the text, and scaled down.
EDITOR_SCALE = 16
#: Card text of this many pixels and more on the screen is drawn in words; under it, far out,
#: each line is a bar (as small words look from afar). Smaller words are a grey blur no one
#: reads, and a window full of them was the slowest frame of a zoom.
READABLE_PIXELS = 7.0
#: The same for the headers' words, kept a pixel further: there are few, and the map's
#: structure is read from them (a stage's description at Fit Whole Map on the example).
HEADER_READABLE_PIXELS = 6.0
#: Such a bar is this many times the text's size high.
BAR_HEIGHT = 0.55
#: Bidi overrides, so Qt keeps each run in the direction the layout resolved.
_LEFT_TO_RIGHT, _RIGHT_TO_LEFT, _POP = "\u202d", "\u202e", "\u202c"


@cache
def font_family(file: str) -> str:
    """The family name of a bundled font file, added to Qt's fonts once."""
    font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts", file)))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    return families[0] if families else "Sans Serif"


@cache
def run_font(file: str) -> QFont:
    """The one bundled file ``file`` as a QFont at the drawing pixel size, never substituted."""
    font = QFont(font_family(file))
    font.setPixelSize(_PIXELS)
    font.setBold("Bold" in file)
    font.setKerning(True)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    font.setStyleStrategy(QFont.StyleStrategy.PreferAntialias | QFont.StyleStrategy.NoFontMerging)
    return font


@cache
def raw_font(file: str) -> QRawFont:
    """The one bundled file ``file`` at the drawing pixel size, for drawing its glyphs."""
    return QRawFont(
        str(resource_path("fonts", file)), _PIXELS, QFont.HintingPreference.PreferNoHinting
    )


@cache
def map_font(size: float, weight: Weight = Weight.REGULAR) -> QFont:
    """The bundled font chain at ``size`` points times ``EDITOR_SCALE``, for typing in."""
    font = QFont()
    font.setFamilies([font_family(file) for file in CHAINS[weight]])
    font.setPixelSize(round(size * EDITOR_SCALE))
    font.setBold(weight is Weight.BOLD)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    font.setStyleStrategy(QFont.StyleStrategy.PreferAntialias)
    return font


def as_line(line: TextLine | str, size: float, weight: Weight) -> TextLine:
    """A laid-out line as it is, or a short text shaped as one line."""
    return line if isinstance(line, TextLine) else one_line(line, size, weight)


_outlining = False


@contextmanager
def outlined_text() -> Iterator[None]:
    """Draw text as filled outlines inside this block (for SVG: no fonts needed to view it)."""
    global _outlining
    before, _outlining = _outlining, True
    try:
        yield
    finally:
        _outlining = before


def draw_run_line(
    painter: QPainter, line: TextLine, x: float, baseline: float, size: float
) -> None:
    """Draw one laid-out line with its left end at ``x`` on ``baseline`` (the pen is set)."""
    scale = size / _PIXELS
    for run in line.runs:
        if is_colour(run.font):
            draw_colour_run(painter, run, x + line.indent + run.x, baseline, size)
            continue
        painter.save()
        painter.translate(x + line.indent + run.x, baseline)
        painter.scale(scale, scale)
        mark = _RIGHT_TO_LEFT if run.rtl else _LEFT_TO_RIGHT
        if _outlining:
            path = QPainterPath()
            path.addText(QPointF(0, 0), run_font(run.font), f"{mark}{run.text}{_POP}")
            painter.fillPath(path, painter.pen().color())
        else:
            painter.setFont(run_font(run.font))
            painter.drawText(QPointF(0, 0), f"{mark}{run.text}{_POP}")
        painter.restore()


#: Glyphs placed for drawing, by font file: their ids and positions in the raw font's pixels.
GlyphPlaces = dict[str, tuple[list[int], list[QPointF]]]
#: A run of colour emoji, drawn glyph by glyph: the run, its left end and its baseline.
ColourRun = tuple[Run, float, float]


def place_glyphs(
    lines: Sequence[TextLine],
    x: float,
    top: float,
    size: float,
    line_height: float,
    weight: Weight,
    placed: GlyphPlaces,
    colour_runs: list[ColourRun],
) -> None:
    """Add the glyphs of laid-out lines with their tops at ``top`` to ``placed`` (the colour
    emoji runs to ``colour_runs``), word by word as the layout measured them: words recur
    across a map's cards, and each is shaped once (``shape`` keeps them)."""
    unit = _PIXELS / size  # points to the raw font's pixels
    baseline = top + baseline_offset(size, line_height, weight)
    for line_index, line in enumerate(lines):
        y = baseline + line_index * line_height
        for run in line.runs:
            left = x + line.indent + run.x
            if is_colour(run.font):
                colour_runs.append((run, left, y))
                continue
            ids, points = placed.setdefault(run.font, ([], []))
            words = run.text.split(" ")
            if run.rtl:
                words.reverse()  # the run's glyphs go left to right
            space = shape(run.font, " ", run.rtl).width * size if len(words) > 1 else 0.0
            pen = left
            for index, word in enumerate(words):
                if index:
                    pen += space  # (a space draws nothing)
                if not word:
                    continue
                glyphs = shape(run.font, word, run.rtl)
                for glyph, advance, dx, dy in zip(
                    glyphs.ids, glyphs.advances, glyphs.x_offsets, glyphs.y_offsets, strict=True
                ):
                    ids.append(glyph)
                    points.append(QPointF((pen + dx * size) * unit, (y - dy * size) * unit))
                    pen += advance * size


def glyph_runs(placed: GlyphPlaces) -> list[QGlyphRun]:
    """One Qt glyph run per font file of ``placed``."""
    runs = []
    for file, (ids, points) in placed.items():
        glyph_run = QGlyphRun()
        glyph_run.setRawFont(raw_font(file))
        glyph_run.setGlyphIndexes(ids)
        glyph_run.setPositions(points)
        runs.append(glyph_run)
    return runs


def draw_glyphs(
    painter: QPainter,
    runs: Sequence[QGlyphRun],
    colour_runs: Sequence[ColourRun],
    size: float,
    colour: QColor,
) -> None:
    """Draw placed glyphs of text ``size`` points in ``colour`` (the painter is kept)."""
    painter.save()
    painter.setPen(colour)
    for run, left, y in colour_runs:
        draw_colour_run(painter, run, left, y, size)
    if runs:
        scale = size / _PIXELS
        painter.scale(scale, scale)
        origin = QPointF(0.0, 0.0)
        for glyph_run in runs:
            painter.drawGlyphRun(origin, glyph_run)
    painter.restore()


class PaintedLines:
    """Laid-out lines turned once into Qt glyph runs (one per font file), ready to draw.

    Positions are in the raw font's pixels: drawing scales the painter once and draws each
    run in one call, with no shaping, whatever the number of lines.
    """

    __slots__ = (
        "_baseline",
        "_colour_runs",
        "_glyph_runs",
        "_line_height",
        "_lines",
        "_size",
        "_x",
    )

    def __init__(
        self,
        lines: Sequence[TextLine],
        x: float,
        top: float,
        size: float,
        line_height: float,
        weight: Weight = Weight.REGULAR,
    ) -> None:
        self._size = size
        self._lines, self._x, self._line_height = lines, x, line_height
        self._baseline = top + baseline_offset(size, line_height, weight)
        placed: GlyphPlaces = {}
        self._colour_runs: list[ColourRun] = []
        place_glyphs(lines, x, top, size, line_height, weight, placed, self._colour_runs)
        self._glyph_runs = glyph_runs(placed)

    def draw(self, painter: QPainter, colour: QColor) -> None:
        """Draw the lines in ``colour`` where they were laid out."""
        pixels = self._size * math.sqrt(abs(painter.worldTransform().determinant()))
        # Qt draws no glyph run this large; outlines (for SVG) are paths: shape and draw.
        if pixels > _LARGEST_GLYPH_RUN or _outlining:
            painter.save()
            painter.setPen(colour)
            for index, line in enumerate(self._lines):
                baseline = self._baseline + index * self._line_height
                draw_run_line(painter, line, self._x, baseline, self._size)
            painter.restore()
            return
        draw_glyphs(painter, self._glyph_runs, self._colour_runs, self._size, colour)


class GlyphBatch:
    """The words of many blocks of one size, weight and colour gathered into one glyph run
    per font file, to draw in a call or two (a lane's sketch draws a cell's words so)."""

    __slots__ = ("_colour", "_colour_runs", "_placed", "_runs", "_size", "_weight")

    def __init__(self, size: float, weight: Weight, colour: QColor) -> None:
        self._size, self._weight, self._colour = size, weight, colour
        self._placed: GlyphPlaces = {}
        self._colour_runs: list[ColourRun] = []
        self._runs: list[QGlyphRun] | None = None

    def add(self, lines: Sequence[TextLine], x: float, top: float, line_height: float) -> None:
        """Add laid-out lines with their tops at ``top``, one ``line_height`` apart."""
        size, weight = self._size, self._weight
        place_glyphs(lines, x, top, size, line_height, weight, self._placed, self._colour_runs)
        self._runs = None

    def add_centred(self, text: TextLine | str, rect: QRectF) -> None:
        """Add one short line centred in ``rect``, as ``draw_centred_text`` draws it."""
        line = as_line(text, self._size, self._weight)
        self.add((line,), rect.x() + (rect.width() - line.width) / 2, rect.y(), rect.height())

    def draw(self, painter: QPainter) -> None:
        """Draw every word added (the painter is kept)."""
        if self._runs is None:
            self._runs = glyph_runs(self._placed)
        draw_glyphs(painter, self._runs, self._colour_runs, self._size, self._colour)


@lru_cache(maxsize=8192)
def _painted(
    lines: tuple[TextLine | str, ...],
    x: float,
    top: float,
    size: float,
    line_height: float,
    weight: Weight,
) -> PaintedLines:
    laid_out = [as_line(line, size, weight) for line in lines]
    return PaintedLines(laid_out, x, top, size, line_height, weight)


def draw_lines(
    painter: QPainter,
    lines: Sequence[TextLine | str],
    x: float,
    top: float,
    size: float,
    line_height: float,
    colour: QColor,
    weight: Weight = Weight.REGULAR,
    *,
    bars_far: bool = False,
) -> None:
    """Draw laid-out lines with their tops at ``top``, one ``line_height`` apart.

    With ``bars_far`` (a header on the screen), text under ``HEADER_READABLE_PIXELS`` on the
    painter's device is drawn as bars of its colour half faded, as the cards draw theirs.
    """
    if not lines:
        return
    if bars_far and size * device_scale(painter) < HEADER_READABLE_PIXELS:
        faded = QColor(colour)
        faded.setAlphaF(colour.alphaF() / 2)
        bar = size * BAR_HEIGHT
        offset = top + (line_height - bar) / 2
        for index, line in enumerate(lines):
            laid = as_line(line, size, weight)
            if laid.width > 0:
                rect = QRectF(x + laid.indent, offset + index * line_height, laid.width, bar)
                painter.fillRect(rect, faded)
        return
    if not _outlining:
        _painted(tuple(lines), x, top, size, line_height, weight).draw(painter, colour)
        return
    painter.save()
    painter.setPen(colour)
    baseline = top + baseline_offset(size, line_height, weight)
    for i, line in enumerate(lines):
        draw_run_line(painter, as_line(line, size, weight), x, baseline + i * line_height, size)
    painter.restore()


def device_scale(painter: QPainter) -> float:
    """The painter's device pixels to a point (its world transform's scale; no rotation)."""
    return math.sqrt(abs(painter.worldTransform().determinant()))


class TextBlock(Protocol):
    """Laid-out lines of one size and weight, the first line's top left at (x, y): the
    poster's title block and a persona card's texts are both such blocks."""

    @property
    def x(self) -> float: ...
    @property
    def y(self) -> float: ...
    @property
    def lines(self) -> tuple[TextLine, ...]: ...
    @property
    def size(self) -> float: ...
    @property
    def line_height(self) -> float: ...
    @property
    def weight(self) -> Weight: ...


def draw_block(painter: QPainter, block: TextBlock, colour: QColor) -> None:
    """Draw a laid-out block of text where the layout put it."""
    draw_lines(
        painter, block.lines, block.x, block.y, block.size, block.line_height, colour, block.weight
    )


def draw_centred_text(
    painter: QPainter,
    text: TextLine | str,
    rect: QRectF,
    size: float,
    colour: QColor,
    weight: Weight,
) -> None:
    """Draw one short line centred in ``rect`` (badges, chips)."""
    line = as_line(text, size, weight)
    x = rect.x() + (rect.width() - line.width) / 2
    draw_lines(painter, (line,), x, rect.y(), size, rect.height(), colour, weight)


@cache
def qcolour(hex_colour: str) -> QColor:
    """The QColor of a colour name, made once: painting asks for the same few each frame."""
    return QColor(hex_colour)


def ink_for(background: QColor) -> QColor:
    """Black or white text, whichever reads better on ``background``."""
    return QColor(ink_hex(background.name()))
