"""The bundled TrueType fonts, opened with HarfBuzz, and which of them draws each character.

Each weight has a chain of fonts: Noto Sans for Latin, Greek and Cyrillic, then Noto Sans
Arabic, Hebrew, Thai and Devanagari, JourneyDesk Hangul (NanumGothic cut to Hangul) for
Korean, Droid Sans Fallback for Chinese and Japanese, Twemoji Mozilla for emoji in colour
and Symbola for other symbols. A character is drawn with the first font of the chain that
has it, except that one asking for emoji presentation (followed by U+FE0F, or a keycap)
is drawn with the emoji font; a combining mark, a joiner or a variation selector stays with
the character it belongs to. The layout measures with these files (no Qt), and the canvas
and the poster draw with the very same files.
"""

from __future__ import annotations

import unicodedata
from enum import Enum
from functools import cache

import uharfbuzz as hb

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
        "TwemojiMozilla.ttf",
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
        "TwemojiMozilla.ttf",
        "Symbola.ttf",
    ),
}
#: The colour emoji font, in both chains.
EMOJI_FONT = "TwemojiMozilla.ttf"
#: Characters after an emoji that ask for it in colour: emoji presentation, keycap.
_EMOJI_PRESENTATION = frozenset("\ufe0f\u20e3")
#: Characters that are never drawn, so never missing.
INVISIBLE = frozenset(
    "\n\r\t\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068"
    "\u2069\ufe0e\ufe0f"
)


class FontFile:
    """One bundled font file, opened once: its HarfBuzz font and the characters it has."""

    def __init__(self, file: str) -> None:
        self.file = file
        # uharfbuzz ships no stubs: pyright cannot see the names of its compiled module.
        blob = hb.Blob.from_file_path(str(resource_path("fonts", file)))  # pyright: ignore[reportAttributeAccessIssue]
        self.face = hb.Face(blob)  # pyright: ignore[reportAttributeAccessIssue]
        # Scaled to the font's units per em.
        self.font = hb.Font(self.face)  # pyright: ignore[reportAttributeAccessIssue]
        self.units_per_em = self.face.upem
        self.characters = frozenset(self.face.unicodes)
        extents = self.font.get_font_extents("ltr")
        self.ascent = extents.ascender / self.units_per_em
        self.descent = -extents.descender / self.units_per_em


@cache
def font_file(file: str) -> FontFile:
    """A bundled font file, opened once."""
    return FontFile(file)


def joins_previous(char: str) -> bool:
    """Whether ``char`` belongs to the character before it (a mark, joiner or modifier)."""
    if char < "\u0300":
        return False  # no mark, joiner or modifier comes before the combining marks
    code = ord(char)
    return (
        unicodedata.category(char) in ("Mn", "Mc", "Me")
        or char in "\u200c\u200d\ufe0e\ufe0f"
        or 0xFE00 <= code <= 0xFE0F
        or 0x1F3FB <= code <= 0x1F3FF  # skin tones
        or 0xE0020 <= code <= 0xE007F  # tags (subdivision flags)
        or 0xE0100 <= code <= 0xE01EF
    )


class FontChain:
    """A weight's chain of fonts, and the font each character is drawn with."""

    def __init__(self, weight: Weight) -> None:
        self.weight = weight
        self.files = tuple(font_file(file) for file in CHAINS[weight])
        self.primary = self.files[0]
        self._primary_chars = frozenset(map(chr, self.primary.characters))
        self._owner: dict[str, int] = {}  # a character's font, as an index in the chain
        self.missing: set[str] = set()  # characters no font of the chain has
        self._emoji = CHAINS[weight].index(EMOJI_FONT)

    def owner(self, char: str) -> int:
        """Which font of the chain draws ``char`` (0 also for characters none has)."""
        index = self._owner.get(char)
        if index is None:
            index = self._owner[char] = self._find(char)
        return index

    def _find(self, char: str) -> int:
        code = ord(char)
        for index, file in enumerate(self.files):
            if code in file.characters:
                return index
        if char not in INVISIBLE:
            self.missing.add(char)
        return 0

    def fonts_of(self, text: str) -> list[int]:
        """The font of each character of ``text``, clusters kept in one font.

        A mark, joiner or modifier takes its base's font; a space stays in the font before
        it when that font has one, so a line of one script is one run. A character followed
        by U+FE0F or a keycap mark is an emoji when the emoji font has it.
        """
        if self._primary_chars.issuperset(text):
            return [0] * len(text)  # the common case: all in the first font
        fonts: list[int] = []
        emoji = self.files[self._emoji].characters
        last = len(text) - 1
        for i, char in enumerate(text):
            if (fonts and (joins_previous(char) or (i and text[i - 1] == "\u200d"))) or (
                fonts and char == " " and 0x20 in self.files[fonts[-1]].characters
            ):
                fonts.append(fonts[-1])
            elif i < last and text[i + 1] in _EMOJI_PRESENTATION and ord(char) in emoji:
                fonts.append(self._emoji)
            else:
                fonts.append(self.owner(char))
        return fonts

    def missing_in(self, text: str) -> set[str]:
        """The characters of ``text`` that no bundled font can draw."""
        return {char for char in text if self.owner(char) == 0 and char in self.missing}


@cache
def chain(weight: Weight = Weight.REGULAR) -> FontChain:
    """A weight's font chain (opened once)."""
    return FontChain(weight)


def baseline_offset(size: float, line_height: float, weight: Weight = Weight.REGULAR) -> float:
    """How far below a line's top its baseline sits, centring the glyphs in the line."""
    primary = chain(weight).primary
    ascent, descent = primary.ascent * size, primary.descent * size
    return (line_height - ascent - descent) / 2 + ascent
