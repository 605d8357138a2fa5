"""Breaking text into lines that fit a width, the same way on screen and on paper.

Each paragraph is shaped once (layout/shaping.py) and broken greedily at the breaks UAX #14
allows (layout/breaks.py). A word wider than the line is broken between grapheme clusters.
Lines of a right-to-left paragraph are right-aligned.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from functools import lru_cache

from journeydesk.layout.breaks import grapheme_ends, line_breaks
from journeydesk.layout.direction import paragraph_direction
from journeydesk.layout.fonts import Weight, joins_previous
from journeydesk.layout.shaping import Paragraph, TextLine, one_line, paragraph, text_width

__all__ = [
    "TextLine",
    "first_lines",
    "is_right_to_left",
    "line_texts",
    "one_line",
    "text_width",
    "wrap",
]

_EMPTY = TextLine("", (), 0.0)
#: A line may overrun its width by this much (in ems) before it breaks: rounding, not text.
_SLACK = 1e-6


def is_right_to_left(text: str) -> bool:
    """Whether a paragraph of ``text`` runs right to left (its first strong letter does)."""
    return paragraph_direction(text) == "R"


@lru_cache(maxsize=65536)
def wrap(
    text: str, width: float, size: float, weight: Weight = Weight.REGULAR
) -> tuple[TextLine, ...]:
    """Break ``text`` into lines no wider than ``width`` points at ``size`` points.

    Newlines are kept; words longer than a line are broken between characters, so nothing
    is ever cut off. Trailing blank lines are dropped; an empty text has no lines.
    """
    lines: list[TextLine] = []
    for part in text.rstrip().split("\n"):
        part = part.rstrip()
        if not part:
            lines.append(_EMPTY)
            continue
        shaped = paragraph(part, weight)
        right = shaped.base == "R"
        for start, end in _fill(shaped, width / size):
            line = shaped.line(start, end, size)
            if right:
                line = line._replace(indent=max(0.0, width - line.width))
            lines.append(line)
    if not any(line.text for line in lines):
        return ()
    return tuple(lines)


def first_lines(
    text: str, width: float, size: float, weight: Weight, count: int
) -> tuple[TextLine, ...]:
    """``text`` wrapped to at most ``count`` lines, the last ending in "…" if some are left out
    (cut back until it fits ``width``)."""
    lines = wrap(text, width, size, weight)
    if len(lines) <= count:
        return lines
    kept = lines[count - 1].text.rstrip()
    last = one_line(kept + "…", size, weight)
    while last.width > width and kept:
        kept = kept[:-1].rstrip()
        last = one_line(kept + "…", size, weight)
    return (*lines[: count - 1], last)


def line_texts(lines: tuple[TextLine, ...]) -> tuple[str, ...]:
    """The text of each line, in logical order."""
    return tuple(line.text for line in lines)


def _fill(shaped: Paragraph, limit: float) -> Iterator[tuple[int, int]]:
    """(start, end) of each line of a paragraph, ``limit`` ems wide, spaces at breaks dropped.

    Greedy: each line takes the most pieces that fit, found by bisection on their widths.
    """
    text, prefix = shaped.text, shaped.prefix
    breaks = line_breaks(text)
    last = len(breaks) - 1
    ends = [_trimmed(text, 0, brk) for brk in breaks]  # each break less the spaces before it
    reach = [prefix[end] for end in ends]  # how far (in ems) a line ending there reaches
    start = 0  # where the current line starts
    i = 0  # the first break after ``start``
    while start < len(text):
        j = bisect_right(reach, prefix[start] + limit + _SLACK, i) - 1
        if j >= i:  # the pieces up to break j fit
            end = max(ends[j], start)
            if j == last:
                yield start, end
                return
            if end > start:  # (not just the spaces a paragraph opens with)
                yield start, end
            start, i = breaks[j], j + 1
            continue
        # One piece alone is wider than the line: break it between characters.
        start = yield from _split_word(shaped, start, max(ends[i], start), limit)
        rest = _trimmed(text, start, breaks[i])
        if shaped.width(start, rest) > limit + _SLACK:  # one character wider than the line
            yield start, rest
            start, i = breaks[i], i + 1
        # Otherwise the piece's last part starts the next line, and more may join it.


def _split_word(shaped: Paragraph, start: int, end: int, limit: float) -> Iterator[tuple[int, int]]:
    """Yield full lines of a too-wide word; return where its last, partial line starts."""
    piece_start = start
    last = start
    for cluster_end in (start + e for e in grapheme_ends(shaped.text[start:end])):
        if last > piece_start and shaped.width(piece_start, cluster_end) > limit + _SLACK:
            if _trimmed(shaped.text, piece_start, last) > piece_start:
                yield piece_start, _trimmed(shaped.text, piece_start, last)
            piece_start = last
            piece_start = _after_spaces(shaped.text, piece_start, end)
        last = cluster_end
    return piece_start


def _after_spaces(text: str, start: int, end: int) -> int:
    """``start`` moved on over spaces (those at a break vanish), but not a space with a mark."""
    while start < end and text[start].isspace():
        if start + 1 < len(text) and joins_previous(text[start + 1]):
            break
        start += 1
    return start


def _trimmed(text: str, start: int, end: int) -> int:
    """``end`` moved back over the spaces before it (not past ``start``)."""
    while end > start and text[end - 1].isspace():
        end -= 1
    return end
