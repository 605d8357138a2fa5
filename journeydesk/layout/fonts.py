"""Text measurement with the bundled TrueType fonts, so screen and paper break lines alike.

ReportLab reads the advance widths straight from the font files; the canvas draws with the
same files, unhinted and unkerned, so a line measured here has the same width on screen.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from functools import cache

from reportlab.pdfbase.ttfonts import TTFont

from journeydesk.resources import resource_path


class Weight(Enum):
    """The two faces the map uses."""

    REGULAR = "NotoSans-Regular.ttf"
    BOLD = "NotoSans-Bold.ttf"


@dataclass(frozen=True)
class FontFace:
    """Advance widths of one face, in thousandths of an em."""

    path: str
    family: str
    widths: dict[int, float]
    default_width: float
    ascent: float
    descent: float

    def width(self, text: str, size: float) -> float:
        """The advance width of ``text`` at ``size`` points."""
        widths = self.widths
        default = self.default_width
        return sum(widths.get(ord(c), default) for c in text) * size / 1000.0


def _text(value: bytes | str) -> str:
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)


@cache
def face(weight: Weight = Weight.REGULAR) -> FontFace:
    """Return the metrics of a bundled face (read once)."""
    path = resource_path("fonts", weight.value)
    font = TTFont(f"JourneyDesk-{weight.name}", str(path))
    metrics = font.face
    return FontFace(
        path=str(path),
        family=_text(metrics.familyName),
        widths=dict(metrics.charWidths),
        default_width=float(metrics.defaultWidth),
        ascent=float(metrics.ascent),
        descent=float(metrics.descent),
    )


def baseline_offset(size: float, line_height: float, weight: Weight = Weight.REGULAR) -> float:
    """How far below a line's top its baseline sits, centring the glyphs in the line."""
    metrics = face(weight)
    ascent, descent = metrics.ascent / 1000 * size, -metrics.descent / 1000 * size
    return (line_height - ascent - descent) / 2 + ascent
