"""Far out on the screen, a header's words too small to read become bars, as a card's do.

A stage's or lane's title under ``HEADER_READABLE_PIXELS`` is a speck of glyphs no one reads (the
bands beside the map name the stages and lanes then); a bar of its ink reads as words from
afar and costs a rectangle. Paper and images keep the words at any size.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPointF, QRect, QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from pytestqt.qtbot import QtBot

from journeydesk.layout.contrast import theme
from journeydesk.layout.fonts import Weight
from journeydesk.ui.canvas.painting import BAR_HEIGHT, HEADER_READABLE_PIXELS, draw_lines
from tests.ui.helpers import fitted_map

BACKGROUND = QColor("#203040")
INK = QColor("#ffffff")
SIZE, LINE_HEIGHT, X, TOP = 13.0, 16.0, 10.0, 10.0


def _is_one_colour(image: QImage, row: QRect) -> bool:
    """Whether every pixel of ``row`` has the colour of its first (give or take 3)."""
    first = image.pixelColor(row.left(), row.top())
    for x in range(row.left(), row.right() + 1):
        for y in range(row.top(), row.bottom() + 1):
            pixel = image.pixelColor(x, y)
            if max(abs(pixel.red() - first.red()), abs(pixel.blue() - first.blue())) > 3:
                return False
    return True


def _middle_row(rect: QRectF) -> QRect:
    """The pixels wholly inside ``rect`` (device coordinates) on its middle row."""
    y = int(rect.center().y())
    return QRect(int(rect.left()) + 2, y, int(rect.width()) - 4, 1)


def _painted(scale: float, bars_far: bool) -> QImage:
    image = QImage(400, 60, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(BACKGROUND)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(scale, scale)
    words = ("Compare the prices",)
    draw_lines(painter, words, X, TOP, SIZE, LINE_HEIGHT, INK, Weight.BOLD, bars_far=bars_far)
    painter.end()
    return image


def _bar(scale: float, width: float) -> QRectF:
    """Where the bar of a line ``width`` points wide lies, in pixels."""
    bar = SIZE * BAR_HEIGHT
    return QRectF(X * scale, (TOP + (LINE_HEIGHT - bar) / 2) * scale, width * scale, bar * scale)


def test_text_too_small_to_read_is_a_bar_of_its_ink_faded() -> None:
    scale = HEADER_READABLE_PIXELS / SIZE * 0.9  # the words would be 5.4 pixels high
    far = _painted(scale, bars_far=True)
    row = _middle_row(_bar(scale, 60.0))  # the line is wider than 60 points
    assert _is_one_colour(far, row)
    faded = far.pixelColor(row.topLeft())
    for part in ("red", "green", "blue"):  # half way from the background to the ink
        middle = (getattr(BACKGROUND, part)() + getattr(INK, part)()) / 2
        assert abs(getattr(faded, part)() - middle) <= 3
    # The same text in words: its strokes and gaps show along the row.
    assert not _is_one_colour(_painted(scale, bars_far=False), row)


def test_text_large_enough_to_read_stays_words() -> None:
    scale = HEADER_READABLE_PIXELS / SIZE * 1.5
    row = _middle_row(_bar(scale, 60.0))
    assert not _is_one_colour(_painted(scale, bars_far=True), row)


def test_far_out_the_map_headers_show_bars_on_screen_and_words_in_an_image(
    qtbot: QtBot, tmp_path: Path
) -> None:
    for shown in fitted_map(qtbot, tmp_path, stages=20, lanes=5, cards=200, seed=7):
        scene = shown.journey_scene
        style = scene.map_style
        scale = shown.transform().m11()
        assert style.stage_title_size * scale < HEADER_READABLE_PIXELS
        column = scene.layout.stages[0]
        line = column.title_lines[0]
        header = scene.header_for_stage[column.stage_id]
        bar = style.stage_title_size * BAR_HEIGHT
        top = style.header_padding + (style.stage_title_line_height - bar) / 2
        left = style.header_padding + line.indent
        in_scene = header.mapRectToScene(QRectF(left, top, line.width, bar))
        on_screen = shown.mapFromScene(in_scene).boundingRect()
        assert on_screen.height() >= 1 and on_screen.width() > 8
        screen = shown.viewport().grab().toImage()
        row = _middle_row(QRectF(on_screen))
        assert _is_one_colour(screen, row)
        fill = QColor(theme(style.high_contrast).stage_fill)
        assert screen.pixelColor(row.topLeft()) != fill  # a bar, not an empty header
        # The same map drawn into an image at the same scale keeps the words.
        width, height = scene.layout.width * scale, scene.layout.height * scale
        image = QImage(int(width) + 1, int(height) + 1, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(QColor("#ffffff"))
        painter = QPainter(image)
        scene.render_map(painter, QRectF(0, 0, width, height))
        painter.end()
        header_x = column.x + left
        words = QRectF(
            QPointF(header_x, top) * scale, QPointF(header_x + line.width, top + bar) * scale
        )
        assert not _is_one_colour(image, _middle_row(words))
