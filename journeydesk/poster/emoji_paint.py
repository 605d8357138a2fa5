"""Colour emoji on paper: each glyph's coloured outlines as vector paths.

An emoji glyph is drawn once per document into a PDF form (an XObject) in thousandths of
an em, y up, and each appearance places that form: a poster full of 👍 stores the artwork
once. The layers come from layout/emoji.py, as on the canvas. A layer in the text's colour
sets no colour of its own, so it takes the fill colour the text is drawn in.
"""

from __future__ import annotations

from reportlab.pdfgen.canvas import Canvas

from journeydesk.layout.emoji import Layer, colour_layers
from journeydesk.layout.shaping import Run, shape

#: Form units per em.
_UNITS = 1000.0


def _bounds(layers: tuple[Layer, ...]) -> tuple[float, float, float, float]:
    # A command is its letter, then x, y pairs: the coordinates are its numbers.
    points = [v for layer in layers for cmd in layer.outline for v in cmd[1:]]
    xs = [float(v) for v in points[0::2]]
    ys = [float(v) for v in points[1::2]]
    if not xs:
        return (0.0, 0.0, 1.0, 1.0)
    return (min(xs), min(ys), max(xs), max(ys))


def _form(c: Canvas, file: str, glyph: int) -> str | None:
    """The name of the form holding ``glyph``'s artwork, made on first use; None if blank."""
    name = f"JourneyDeskEmoji-{file.removesuffix('.ttf')}-{glyph}"
    if c.hasForm(name):
        return name
    layers = colour_layers(file, glyph)
    if not any(layer.outline for layer in layers):
        return None
    left, bottom, right, top = (v * _UNITS for v in _bounds(layers))
    # The stub types the lower bounds as int; ReportLab writes any number into the BBox.
    c.beginForm(name, left - 1, bottom - 1, right + 1, top + 1)  # pyright: ignore[reportArgumentType]
    for layer in layers:
        if not layer.outline:
            continue
        if layer.colour is not None:
            red, green, blue, alpha = layer.colour
            c.setFillColorRGB(red, green, blue, alpha=alpha if alpha < 1 else None)
        path = c.beginPath()
        for cmd in layer.outline:
            op, points = cmd[0], [float(v) * _UNITS for v in cmd[1:]]
            if op == "M":
                path.moveTo(*points)
            elif op == "L":
                path.lineTo(*points)
            elif op == "C":
                path.curveTo(*points)
            else:
                path.close()
        c.drawPath(path, stroke=0, fill=1, fillMode=1)  # non-zero winding, as TrueType
    c.endForm()
    return name


def draw_colour_run(c: Canvas, run: Run, x: float, baseline: float, size: float) -> None:
    """Draw a run of the colour font with its left end at ``x`` on ``baseline`` (y down)."""
    glyphs = shape(run.font, run.text, run.rtl)
    pen = x
    scale = size / _UNITS
    for glyph, advance, dx, dy in zip(
        glyphs.ids, glyphs.advances, glyphs.x_offsets, glyphs.y_offsets, strict=True
    ):
        name = _form(c, run.font, glyph)
        if name is not None:
            c.saveState()
            # Flip the y-up artwork into the y-down drawing space.
            c.transform(scale, 0, 0, -scale, pen + dx * size, baseline - dy * size)
            c.doForm(name)
            c.restoreState()
        pen += advance * size
