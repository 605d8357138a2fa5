"""Shaping with HarfBuzz, the engine Qt shapes with too: how wide text is, and how it is drawn.

A paragraph is cut into runs of one font and one bidi level; each run is shaped once, which
gives every character its advance (a cluster's advance on its first character). Lines are
measured from those advances and cut into runs again, in visual order, for the painters: the
canvas draws each run with its one font through Qt, the poster draws the run's glyphs.
Widths are in ems here (multiply by the size in points).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate
from typing import NamedTuple

import uharfbuzz as hb

from journeydesk.layout.direction import embedding_levels, paragraph_direction, visual_order
from journeydesk.layout.fonts import FontFile, Weight, chain, font_file


@dataclass(frozen=True, slots=True)
class Glyphs:
    """A run as HarfBuzz shaped it, glyphs in visual order; positions in ems."""

    ids: tuple[int, ...]
    #: The offset in the run's text of the characters each glyph draws.
    clusters: tuple[int, ...]
    advances: tuple[float, ...]
    x_offsets: tuple[float, ...]
    y_offsets: tuple[float, ...]
    width: float


# uharfbuzz ships no stubs: pyright cannot see the names of its compiled module.
def _shaped_buffer(font: FontFile, text: str, rtl: bool) -> hb.Buffer:  # pyright: ignore[reportAttributeAccessIssue]
    buffer = hb.Buffer()  # pyright: ignore[reportAttributeAccessIssue]
    buffer.add_str(text)
    buffer.guess_segment_properties()
    buffer.direction = "rtl" if rtl else "ltr"
    hb.shape(font.font, buffer)  # pyright: ignore[reportAttributeAccessIssue]
    return buffer


@lru_cache(maxsize=32768)
def shape(file: str, text: str, rtl: bool) -> Glyphs:
    """Shape ``text`` with one bundled font (``file``), right to left if ``rtl``."""
    font = font_file(file)
    buffer = _shaped_buffer(font, text, rtl)
    scale = 1.0 / font.units_per_em
    positions = buffer.glyph_positions
    advances = tuple(p.x_advance * scale for p in positions)
    return Glyphs(
        ids=tuple(info.codepoint for info in buffer.glyph_infos),
        clusters=tuple(info.cluster for info in buffer.glyph_infos),
        advances=advances,
        x_offsets=tuple(p.x_offset * scale for p in positions),
        y_offsets=tuple(p.y_offset * scale for p in positions),
        width=sum(advances),
    )


@lru_cache(maxsize=65536)
def _word_advances(file: str, word: str, rtl: bool) -> tuple[float, ...]:
    """The advance of each character of ``word`` shaped with one font, in ems (a cluster's
    on its first character)."""
    font = font_file(file)
    buffer = _shaped_buffer(font, word, rtl)
    scale = 1.0 / font.units_per_em
    advances = [0.0] * len(word)
    for info, position in zip(buffer.glyph_infos, buffer.glyph_positions, strict=True):
        advances[info.cluster] += position.x_advance * scale
    return tuple(advances)


class Run(NamedTuple):
    """Characters drawn with one font in one direction; ``x`` and ``width`` in points.

    (A named tuple, like ``TextLine``: a map makes tens of thousands, and a tuple is made
    several times faster than a frozen dataclass.)"""

    font: str  # the font file
    text: str  # in logical order
    rtl: bool
    x: float  # from the line's left end
    width: float


class TextLine(NamedTuple):
    """One laid-out line: its text in logical order and its runs left to right, in points.

    ``indent`` moves the line right from the block's left edge (right-to-left paragraphs
    are right-aligned).
    """

    text: str
    runs: tuple[Run, ...]
    width: float
    indent: float = 0.0

    def __str__(self) -> str:
        return self.text


class Paragraph:
    """One paragraph shaped once: each character's font, level and advance (in ems)."""

    __slots__ = ("advances", "base", "fonts", "levels", "prefix", "single", "text", "weight")

    def __init__(self, text: str, weight: Weight) -> None:
        self.text = text
        self.weight = weight
        self.base = paragraph_direction(text)
        self.levels = embedding_levels(text, self.base)
        fonts = chain(weight).fonts_of(text)
        self.fonts = fonts
        files = chain(weight).files
        advances: list[float] = []
        for start, end in _spans(fonts, self.levels):
            file, rtl = files[fonts[start]].file, self._rtl(start)
            # Word by word: words recur across a map's cards, and each is shaped once.
            for i, word in enumerate(text[start:end].split(" ")):
                if i:
                    advances.extend(_word_advances(file, " ", rtl))
                if word:
                    advances.extend(_word_advances(file, word, rtl))
        self.advances = advances
        self.prefix = [0.0, *accumulate(advances)]
        self.single = self.levels is None and (not fonts or fonts.count(fonts[0]) == len(fonts))

    def _rtl(self, index: int) -> bool:
        return self.levels is not None and self.levels[index] % 2 == 1

    def width(self, start: int, end: int) -> float:
        """The advance of characters ``start`` to ``end``, in ems."""
        return self.prefix[end] - self.prefix[start]

    def line(self, start: int, end: int, size: float) -> TextLine:
        """Characters ``start`` to ``end`` as one line at ``size`` points, runs left to right."""
        files = chain(self.weight).files
        if self.single:  # the common case: one font, left to right
            width = (self.prefix[end] - self.prefix[start]) * size
            text = self.text[start:end]
            run = Run(files[self.fonts[0]].file, text, False, 0.0, width) if text else None
            return TextLine(text, (run,) if run else (), width)
        spans = _spans(self.fonts[start:end], self.levels[start:end] if self.levels else None)
        if self.levels is not None:
            order = visual_order([self.levels[start + s] for s, _ in spans])
            spans = [spans[i] for i in order]
        runs = []
        x = 0.0
        for s, e in spans:
            width = self.width(start + s, start + e) * size
            runs.append(
                Run(
                    files[self.fonts[start + s]].file,
                    self.text[start + s : start + e],
                    self._rtl(start + s),
                    x,
                    width,
                )
            )
            x += width
        return TextLine(self.text[start:end], tuple(runs), x)


def _spans(fonts: list[int], levels: tuple[int, ...] | None) -> list[tuple[int, int]]:
    """(start, end) of each stretch of one font and one level."""
    if levels is None and fonts.count(fonts[0] if fonts else 0) == len(fonts):
        return [(0, len(fonts))] if fonts else []  # the common case: one font, one level
    spans = []
    start = 0
    for i in range(1, len(fonts) + 1):
        if (
            i == len(fonts)
            or fonts[i] != fonts[start]
            or (levels is not None and levels[i] != levels[start])
        ):
            spans.append((start, i))
            start = i
    return spans


@lru_cache(maxsize=65536)
def paragraph(text: str, weight: Weight = Weight.REGULAR) -> Paragraph:
    """``text`` (one paragraph) shaped with ``weight``'s fonts, once."""
    return Paragraph(text, weight)


def one_line(text: str, size: float, weight: Weight = Weight.REGULAR) -> TextLine:
    """``text`` as a single line (a tag, a label, a legend entry), never broken."""
    shaped = paragraph(text, weight)
    return shaped.line(0, len(text), size)


def text_width(text: str, size: float, weight: Weight = Weight.REGULAR) -> float:
    """The width of ``text`` in points at ``size`` points."""
    return paragraph(text, weight).width(0, len(text)) * size
