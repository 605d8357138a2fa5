"""Text measurement with the bundled TrueType fonts, so screen and paper break lines alike.

Each weight has a chain of fonts: Noto Sans for Latin, Greek and Cyrillic, then Noto Sans
Arabic, Hebrew, Thai and Devanagari, JourneyDesk Hangul (NanumGothic cut to Hangul) for
Korean, Droid Sans Fallback for Chinese and Japanese, and Symbola for emoji. A character is
drawn with the first font of the chain that has it. ReportLab reads the advance widths from
the files (no Qt); the canvas and the poster draw with the same files.
"""

from __future__ import annotations

from enum import Enum
from functools import cache

from reportlab.pdfbase.ttfonts import TTFont

from journeydesk.resources import resource_path


class Weight(Enum):
    """The two weights the map uses; the value is the first font of the chain."""

    REGULAR = "NotoSans-Regular.ttf"
    BOLD = "NotoSans-Bold.ttf"


#: The fonts tried for each character, in order.
CHAINS: dict[Weight, tuple[str, ...]] = {
    Weight.REGULAR: (
        "NotoSans-Regular.ttf",
        "NotoSansArabic-Regular.ttf",
        "NotoSansHebrew-Regular.ttf",
        "NotoSansThai-Regular.ttf",
        "NotoSansDevanagari-Regular.ttf",
        "JourneyDeskHangul-Regular.ttf",
        "DroidSansFallbackFull.ttf",
        "Symbola.ttf",
    ),
    Weight.BOLD: (
        "NotoSans-Bold.ttf",
        "NotoSansArabic-Bold.ttf",
        "NotoSansHebrew-Bold.ttf",
        "NotoSansThai-Bold.ttf",
        "NotoSansDevanagari-Bold.ttf",
        "JourneyDeskHangul-Bold.ttf",
        "DroidSansFallbackFull.ttf",
        "Symbola.ttf",
    ),
}
#: Characters that are never drawn, so never missing.
_INVISIBLE = frozenset("\n\r\t\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\ufe0f")


@cache
def _metrics(file: str) -> TTFont:
    return TTFont(f"JourneyDesk-{file.removesuffix('.ttf')}", str(resource_path("fonts", file)))


class FontFace:
    """The advance widths of a font chain, in thousandths of an em, looked up per character.

    The fallback fonts are read only when a character the first font lacks turns up.
    """

    def __init__(self, weight: Weight) -> None:
        self.files = CHAINS[weight]
        primary = _metrics(self.files[0]).face
        self.ascent = float(primary.ascent)
        self.descent = float(primary.descent)
        self.default_width = float(primary.defaultWidth)
        self._widths: dict[str, float] = {chr(cp): w for cp, w in primary.charWidths.items()}
        self._owner: dict[str, int] = {}  # characters drawn by a fallback: their font's index
        self.missing: set[str] = set()  # characters no font of the chain has

    def width(self, text: str, size: float) -> float:
        """The advance width of ``text`` at ``size`` points."""
        widths = self._widths
        total = 0.0
        for char in text:
            width = widths.get(char)
            total += width if width is not None else self._resolve(char)
        return total * size / 1000.0

    def font_index(self, char: str) -> int:
        """Which font of the chain draws ``char`` (0 also for characters none has)."""
        if char not in self._widths:
            self._resolve(char)
        return self._owner.get(char, 0)

    def runs(self, text: str) -> list[tuple[int, str]]:
        """``text`` cut into runs drawn with one font each: (index in the chain, run)."""
        runs: list[tuple[int, str]] = []
        for char in text:
            index = self.font_index(char)
            if char.isspace() and runs:
                index = runs[-1][0]  # spaces stay in the run they are in
            if runs and runs[-1][0] == index:
                runs[-1] = (index, runs[-1][1] + char)
            else:
                runs.append((index, char))
        return runs

    def missing_in(self, text: str) -> set[str]:
        """The characters of ``text`` that no bundled font can draw."""
        self.width(text, 1.0)
        return {char for char in text if char in self.missing}

    def _resolve(self, char: str) -> float:
        code = ord(char)
        for index, file in enumerate(self.files[1:], start=1):
            widths = _metrics(file).face.charWidths
            if code in widths:
                self._widths[char] = float(widths[code])
                self._owner[char] = index
                return self._widths[char]
        self._widths[char] = 0.0 if char in _INVISIBLE else self.default_width
        if char not in _INVISIBLE:
            self.missing.add(char)
        return self._widths[char]


@cache
def face(weight: Weight = Weight.REGULAR) -> FontFace:
    """The metrics of a weight's font chain (read once)."""
    return FontFace(weight)


def baseline_offset(size: float, line_height: float, weight: Weight = Weight.REGULAR) -> float:
    """How far below a line's top its baseline sits, centring the glyphs in the line."""
    metrics = face(weight)
    ascent, descent = metrics.ascent / 1000 * size, -metrics.descent / 1000 * size
    return (line_height - ascent - descent) / 2 + ascent
