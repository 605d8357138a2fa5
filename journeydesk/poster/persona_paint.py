"""Printing a persona's card: the same boxes and lines as the canvas draws, on paper.

The photo is cut to its middle square and scaled to 300 dpi at the card's photo size, so
a 4,096-pixel picture does not bloat the PDF; a persona without a photo gets a disc with
their initials, as on screen.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence

from PIL import Image
from reportlab.lib.colors import HexColor
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from journeydesk.layout import colours
from journeydesk.layout.fonts import Weight
from journeydesk.layout.persona_card import FILL_AMOUNT, INK, PersonaCardLayout
from journeydesk.layout.text import TextLine, text_width

#: Draws lines of text at (x, top) in y-down units: the painter's own text primitive.
LineDrawer = Callable[[Sequence[TextLine | str], float, float, float, float, str, Weight], None]
#: Dots per inch of a printed photo.
PHOTO_DPI = 300
RADIUS = 6.0
INITIALS_SIZE = 24.0


def photo_image(data: bytes, side: float) -> ImageReader | None:
    """The middle square of a picture, at ``PHOTO_DPI`` for ``side`` points (None if unreadable)."""
    try:
        with Image.open(io.BytesIO(data)) as image:
            image.load()
            picture = image.convert("RGB")
    except (OSError, ValueError, Image.DecompressionBombError):
        return None
    edge = min(picture.size)
    left, top = (picture.width - edge) // 2, (picture.height - edge) // 2
    pixels = min(edge, round(side / 72 * PHOTO_DPI))
    square = picture.crop((left, top, left + edge, top + edge)).resize(
        (pixels, pixels), Image.Resampling.LANCZOS
    )
    return ImageReader(square)


def draw_persona_card(
    c: Canvas,
    x: float,
    y: float,
    card: PersonaCardLayout,
    photo: ImageReader | None,
    draw_lines: LineDrawer,
) -> None:
    """Draw ``card`` with its top left at (x, y), in the painter's y-down units."""
    c.saveState()
    c.translate(x, y)
    c.setFillColor(HexColor(colours.pale(card.colour, FILL_AMOUNT)))
    c.setStrokeColor(HexColor(colours.darker(colours.pale(card.colour, 0.6), 0.9)))
    c.setLineWidth(1.0)
    c.roundRect(0.5, 0.5, card.width - 1, card.height - 1, RADIUS, stroke=1, fill=1)
    px, py, side = card.photo
    if photo is not None:
        c.saveState()
        clip = c.beginPath()
        clip.roundRect(px, py, side, side, RADIUS)
        c.clipPath(clip, stroke=0, fill=0)
        # Images are drawn y up: flip the square back upright.
        c.translate(px, py + side)
        c.scale(1, -1)
        c.drawImage(photo, 0, 0, side, side)
        c.restoreState()
    else:
        c.setFillColor(HexColor(card.colour))
        c.circle(px + side / 2, py + side / 2, side / 2, stroke=0, fill=1)
        ink = colours.ink_for(card.colour)
        width = text_width(card.initials, INITIALS_SIZE, Weight.BOLD)
        draw_lines(
            (card.initials,),
            px + (side - width) / 2,
            py + (side - INITIALS_SIZE * 1.2) / 2,
            INITIALS_SIZE,
            INITIALS_SIZE * 1.2,
            ink,
            Weight.BOLD,
        )
    for block in card.texts:
        draw_lines(
            block.lines,
            block.x,
            block.y,
            block.size,
            block.line_height,
            INK[block.role],
            block.weight,
        )
    c.restoreState()
