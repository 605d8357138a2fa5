"""Colour emoji: one glyph per sequence, the same artwork on the canvas and on paper."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PySide6.QtGui import QColor, QImage, QPainter
from reportlab.pdfgen.canvas import Canvas

from journeydesk.layout.emoji import is_colour
from journeydesk.layout.fonts import EMOJI_FONT, baseline_offset
from journeydesk.layout.shaping import shape
from journeydesk.layout.text import TextLine, one_line
from journeydesk.poster.fonts import draw_line
from journeydesk.ui.canvas.painting import draw_lines

SEQUENCES = {
    "family (ZWJ)": "👨\u200d👩\u200d👧\u200d👦",
    "skin tone": "👍🏽",
    "flag": "🇯🇵",
    "rainbow flag (ZWJ, VS16)": "🏳️\u200d🌈",
    "keycap": "1\ufe0f\u20e3",
    "heart (VS16)": "❤️",
}
SIZE, LINE_HEIGHT, LEFT, TOP = 24.0, 32.0, 8.0, 4.0
SCALE = 3  # pixels per point for both renderings


@pytest.mark.parametrize("text", SEQUENCES.values(), ids=SEQUENCES.keys())
def test_a_sequence_is_one_colour_glyph(text: str) -> None:
    line = one_line(text, SIZE)
    (run,) = line.runs
    assert run.font == EMOJI_FONT and is_colour(run.font)
    assert len(shape(run.font, run.text, run.rtl).ids) == 1
    assert line.width == pytest.approx(SIZE, abs=0.01)  # one emoji is one em wide


def _paper(line: TextLine, path: Path) -> QImage:
    width, height = line.width + 2 * LEFT, LINE_HEIGHT + 2 * TOP
    c = Canvas(str(path), pagesize=(width, height))
    c.translate(0, height)
    c.scale(1, -1)  # y down, as the poster painter draws
    c.setFillColorRGB(0, 0, 0)
    draw_line(c, line, LEFT, TOP + baseline_offset(SIZE, LINE_HEIGHT), SIZE)
    c.save()
    document = pdfium.PdfDocument(path)
    try:
        image = document[0].render(scale=SCALE).to_pil().convert("RGB")
        text = document[0].get_textpage().get_text_range()
    finally:
        document.close()
    assert text == line.text  # copies and searches as typed
    data = image.tobytes()
    qimage = QImage(data, image.width, image.height, 3 * image.width, QImage.Format.Format_RGB888)
    return qimage.copy()


def _screen(line: TextLine, size: tuple[int, int]) -> QImage:
    image = QImage(*size, QImage.Format.Format_RGB888)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(SCALE, SCALE)
    draw_lines(painter, (line,), LEFT, TOP, SIZE, LINE_HEIGHT, QColor("black"))
    painter.end()
    return image


def _colourful(image: QImage, left: float, right: float) -> int:
    """How many pixels between x ``left`` and ``right`` (points) are strongly coloured."""
    count = 0
    for x in range(round(left * SCALE), round(right * SCALE)):
        for y in range(image.height()):
            colour = image.pixelColor(x, y)
            if (
                max(colour.red(), colour.green(), colour.blue())
                - min(colour.red(), colour.green(), colour.blue())
                > 60
            ):
                count += 1
    return count


def test_emoji_are_the_same_colour_artwork_on_screen_and_paper(
    qapp: object, tmp_path: Path
) -> None:
    text = " ".join(SEQUENCES.values())
    line = one_line(text, SIZE)
    paper = _paper(line, tmp_path / "emoji.pdf")
    screen = _screen(line, (paper.width(), paper.height()))
    for run in line.runs:
        if is_colour(run.font):
            left, right = LEFT + run.x, LEFT + run.x + run.width
            paper_ink = _colourful(paper, left, right)
            assert paper_ink > 0.1 * (run.width * SCALE) * (SIZE * SCALE), run.text
            assert _colourful(screen, left, right) == pytest.approx(paper_ink, rel=0.05), run.text
    # Pixel by pixel, the two renderings of the artwork differ only at anti-aliased edges.
    differing = sum(
        _distance(paper.pixelColor(x, y), screen.pixelColor(x, y)) > 96
        for y in range(paper.height())
        for x in range(paper.width())
    )
    assert differing < 0.01 * paper.width() * paper.height()


def _distance(a: QColor, b: QColor) -> int:
    return max(abs(a.red() - b.red()), abs(a.green() - b.green()), abs(a.blue() - b.blue()))
