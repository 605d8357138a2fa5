"""Colour emoji as the layout hands them to both painters: coloured outlines, in ems.

The emoji font (Twemoji Mozilla) is a COLR/CPAL font: each emoji glyph, including a ZWJ
family, a skin tone or a flag that HarfBuzz shaped into one glyph, is a stack of plain
outlines, each filled with a colour of the font's palette. Both painters draw these very
outlines (the canvas as QPainterPaths, the poster as PDF paths), so an emoji is the same
vector artwork on screen and on paper at any size, whatever the platform's own emoji
support. Outlines are in ems, y pointing up from the baseline; quadratic curves are turned
into cubic ones, which both QPainterPath and PDF draw exactly.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from functools import cache

from journeydesk.layout.fonts import font_file

#: A path command: ("M", x, y), ("L", x, y), ("C", x1, y1, x2, y2, x, y) or ("Z",).
Command = tuple[str | float, ...]
#: A layer filled with the text's own colour rather than a palette colour.
TEXT_COLOUR = None


@dataclass(frozen=True, slots=True)
class Layer:
    """One outline of a colour glyph and its fill: (red, green, blue, alpha) in 0..1, or
    ``TEXT_COLOUR`` (None) for the colour the text is drawn in."""

    outline: tuple[Command, ...]
    colour: tuple[float, float, float, float] | None


@cache
def is_colour(file: str) -> bool:
    """Whether the bundled font ``file`` draws its glyphs in colour layers."""
    return font_file(file).face.has_color_layers


@cache
def _palette(file: str) -> tuple[tuple[float, float, float, float], ...]:
    """The font's first CPAL palette, read from the table (version 0 layout)."""
    data = font_file(file).face.reference_table("CPAL").data
    _version, entries, _palettes, _records, offset = struct.unpack(">HHHHI", data[:12])
    (first,) = struct.unpack(">H", data[12:14])  # the first palette's first record
    colours = []
    for i in range(entries):
        blue, green, red, alpha = data[offset + 4 * (first + i) : offset + 4 * (first + i) + 4]
        colours.append((red / 255, green / 255, blue / 255, alpha / 255))
    return tuple(colours)


class _Pen:
    """Collects a glyph's outline from HarfBuzz as commands in ems (the method names are
    HarfBuzz's pen protocol)."""

    def __init__(self, scale: float) -> None:
        self.scale = scale
        self.commands: list[Command] = []
        self._last = (0.0, 0.0)

    def moveTo(self, point: tuple[float, float]) -> None:
        self._last = point
        self.commands.append(("M", point[0] * self.scale, point[1] * self.scale))

    def lineTo(self, point: tuple[float, float]) -> None:
        self._last = point
        self.commands.append(("L", point[0] * self.scale, point[1] * self.scale))

    def curveTo(self, *points: tuple[float, float]) -> None:
        (x1, y1), (x2, y2), (x, y) = points
        self._last = (x, y)
        s = self.scale
        self.commands.append(("C", x1 * s, y1 * s, x2 * s, y2 * s, x * s, y * s))

    def qCurveTo(self, *points: tuple[float, float]) -> None:
        # HarfBuzz gives one control point per call; raise the quadratic to a cubic.
        (cx, cy), (x, y) = points
        x0, y0 = self._last
        self.curveTo(
            (x0 + 2 / 3 * (cx - x0), y0 + 2 / 3 * (cy - y0)),
            (x + 2 / 3 * (cx - x), y + 2 / 3 * (cy - y)),
            (x, y),
        )

    def closePath(self) -> None:
        self.commands.append(("Z",))


@cache
def square_glyph(file: str) -> int:
    """A plain glyph of the colour font ``file`` that fills its em square (the bottom layer of
    ⬛), standing in for every emoji where a glyph's extent matters but not its look."""
    font = font_file(file)
    square = font.font.get_nominal_glyph(0x2B1B) or 0
    layers = font.face.get_glyph_color_layers(square) or []
    return layers[0].glyph if layers else square


@cache
def colour_layers(file: str, glyph: int) -> tuple[Layer, ...]:
    """The coloured outlines of ``glyph`` of the colour font ``file``, bottom first.

    A glyph with no layers is its own plain outline in the text's colour.
    """
    font = font_file(file)
    palette = _palette(file)
    layers = font.face.get_glyph_color_layers(glyph) or []
    stack = [(layer.glyph, layer.color_index) for layer in layers] or [(glyph, 0xFFFF)]
    result = []
    for outline_glyph, index in stack:
        pen = _Pen(1.0 / font.units_per_em)
        font.font.draw_glyph_with_pen(outline_glyph, pen)
        colour = palette[index] if index < len(palette) else TEXT_COLOUR
        result.append(Layer(tuple(pen.commands), colour))
    return tuple(result)
