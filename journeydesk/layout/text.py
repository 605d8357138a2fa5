"""Breaking text into lines that fit a width, the same way on screen and on paper."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache

import arabic_reshaper
from bidi import get_display

from journeydesk.layout.fonts import Weight, face

# A token is a run of non-space characters with the spaces after it, or one character of a
# script written without spaces (Chinese, Japanese, Korean), where a line may break anywhere.
_CJK = (
    "\u2e80-\u2fdf\u3000-\u303f\u3040-\u30ff\u3100-\u31ff\u3400-\u4dbf"
    "\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef"
)
_TOKEN = re.compile(rf"[{_CJK}]\s*|[^\s{_CJK}]+\s*|\s+")


# Arabic letters take their joined forms before measuring; right-to-left runs are put in
# display order line by line, after breaking, each line ordered in its paragraph's base
# direction, so both painters draw the lines left to right.
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]")
_RIGHT_TO_LEFT = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")


def is_right_to_left(line: str) -> bool:
    """Whether ``line`` holds right-to-left script (then already in display order)."""
    return _RIGHT_TO_LEFT.search(line) is not None


def _shaped(text: str) -> str:
    return arabic_reshaper.reshape(text) if _ARABIC.search(text) else text


def paragraph_direction(text: str) -> str:
    """A paragraph's base direction by its first strong character (UAX #9 P2-P3): "L" or "R"."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return "R"
        if kind == "L":
            return "L"
    return "L"


def _visual(line: str, base: str) -> str:
    """A line in display order, ordered in its paragraph's direction, not a guess of its own."""
    return get_display(line, base_dir=base) if is_right_to_left(line) else line


def display_line(text: str) -> str:
    """One line (a tag, a legend entry) shaped and in display order, ready to draw."""
    shaped = _shaped(text)
    return _visual(shaped, paragraph_direction(shaped))


def text_width(text: str, size: float, weight: Weight = Weight.REGULAR) -> float:
    """The width of ``text`` in points at ``size`` points."""
    return face(weight).width(text, size)


def wrap_text(
    text: str, width: float, size: float, weight: Weight = Weight.REGULAR
) -> tuple[str, ...]:
    """Break ``text`` into lines no wider than ``width`` points; newlines are kept.

    Words longer than a line are broken between characters; nothing is ever cut off.
    Trailing blank lines are dropped; an empty text has no lines.
    """
    return wrap_lines(text, width, size, weight)[0]


@lru_cache(maxsize=65536)
def wrap_lines(
    text: str, width: float, size: float, weight: Weight = Weight.REGULAR
) -> tuple[tuple[str, ...], tuple[float, ...]]:
    """``wrap_text``'s lines, and how far each is indented from the left to align it.

    Lines of a right-to-left paragraph are right-aligned (indented by the room they leave);
    the others start at the left. The indents are () when no line is indented.
    """
    metrics = face(weight)
    indents: list[float] = []
    shown: list[str] = []  # the lines in display order, each in its paragraph's direction
    for paragraph in _shaped(text.rstrip()).split("\n"):
        paragraph = paragraph.rstrip()
        if not paragraph:
            shown.append("")
            indents.append(0.0)
            continue
        lines: list[str] = []
        line, line_width = "", 0.0
        for token in _TOKEN.findall(paragraph):
            word = token.rstrip()
            word_width = metrics.width(word, size)
            if line and line_width + word_width > width:
                lines.append(line.rstrip())
                line, line_width = "", 0.0
                if not word:  # spaces at a break vanish
                    continue
            if not line and word_width > width:
                pieces = _break_word(word, width, size, metrics.width)
                lines.extend(pieces[:-1])
                line = pieces[-1] + token[len(word) :]
                line_width = metrics.width(line, size)
                continue
            line += token
            line_width += metrics.width(token, size)
        lines.append(line.rstrip())
        # Bidi is resolved in the paragraph's direction, not in each line's own guess.
        base = paragraph_direction(paragraph)
        shown.extend(_visual(line, base) for line in lines)
        for line in lines:
            room = max(0.0, width - metrics.width(line, size)) if base == "R" else 0.0
            indents.append(room)
    if not any(shown):
        return (), ()
    return tuple(shown), tuple(indents) if any(indents) else ()


def _break_word(
    word: str, width: float, size: float, measure: Callable[[str, float], float]
) -> list[str]:
    """Split a word wider than ``width`` into pieces that fit (at least one character each)."""
    pieces: list[str] = []
    piece = ""
    for char in word:
        if piece and measure(piece + char, size) > width:
            pieces.append(piece)
            piece = ""
        piece += char
    pieces.append(piece)
    return pieces
