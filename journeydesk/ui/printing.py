"""File > Print…: the map through the system's print dialog, on one page or tiled.

For printers easier to reach through the system than through a PDF. The map is drawn by a
passing canvas laid out with the poster's style, as pictures are (ui/map_image.py): fitted
to one page, or at full size across as many pages as it takes, left to right, then down.
Wall posters with overlap, cut marks and an assembly guide remain Export Poster's work.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter
from PySide6.QtPrintSupport import QPrinter

from journeydesk.i18n import Translatable
from journeydesk.layout.style import Style
from journeydesk.poster.plan import sheets_to_cover
from journeydesk.ui.canvas.scene import JourneyScene
from journeydesk.ui.document import Document


class PrintText(Translatable):
    """Texts of printing a map."""


def page_grid(map_size: tuple[float, float], page: tuple[float, float]) -> tuple[int, int]:
    """How many pages across and down a map of ``map_size`` points takes at full size on
    pages holding ``page`` points each."""
    return sheets_to_cover(map_size[0], page[0]), sheets_to_cover(map_size[1], page[1])


def print_map(document: Document, journey_id: str, printer: QPrinter, tiled: bool) -> int:
    """Print the map on ``printer``; return the number of pages printed."""
    scene = JourneyScene(document, journey_id, Style())
    try:
        width, height = scene.layout.width, scene.layout.height
        page = printer.pageRect(QPrinter.Unit.DevicePixel)
        dots = printer.resolution() / 72  # device pixels per point
        painter = QPainter()
        if not painter.begin(printer):
            raise OSError(PrintText.tr("The printer could not be started."))
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            if not tiled:
                scale = min(page.width() / width, page.height() / height)
                target = QRectF(0, 0, width * scale, height * scale)
                scene.render_map(painter, target)
                return 1
            across_points = page.width() / dots
            down_points = page.height() / dots
            columns, rows = page_grid((width, height), (across_points, down_points))
            for row in range(rows):
                for column in range(columns):
                    if row or column:
                        printer.newPage()
                    source = QRectF(
                        column * across_points,
                        row * down_points,
                        min(across_points, width - column * across_points),
                        min(down_points, height - row * down_points),
                    )
                    target = QRectF(0, 0, source.width() * dots, source.height() * dots)
                    scene.render_map(painter, target, source)
            return columns * rows
        finally:
            painter.end()
    finally:
        scene.detach()
