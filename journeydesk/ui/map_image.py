"""Pictures of a map for slides and documents: PNG at any resolution, SVG, the clipboard.

A picture is drawn by a passing canvas of the map laid out with the poster's style (not the
screen's text size or contrast), so it has the poster's layout and fonts; nothing is
selected or highlighted. It shows the whole map, a run of its stages (with the lane headers
beside them), or what a view shows. In SVG the text is drawn as outlines, so the picture
looks the same wherever it is opened, whatever fonts that computer has.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize, QSizeF
from PySide6.QtGui import QColor, QImage, QImageWriter, QPainter
from PySide6.QtSvg import QSvgGenerator

from journeydesk.i18n import Translatable
from journeydesk.layout.map_layout import MapLayout
from journeydesk.layout.style import Style
from journeydesk.model.file_io import atomic_write
from journeydesk.ui.canvas.painting import outlined_text
from journeydesk.ui.canvas.scene import JourneyScene
from journeydesk.ui.document import Document

#: The largest picture side in pixels: beyond it a PNG is too big to paste anywhere.
MAX_PIXELS = 16_000
#: Pixels per point of the default PNG: twice the screen's, sharp on high-density displays.
DEFAULT_SCALE = 2.0


class PictureText(Translatable):
    """Texts written into pictures of a map (an SVG's title and description)."""


@dataclass(frozen=True)
class Region:
    """What of the map a picture shows: everything, or the stages ``first`` to ``last``."""

    first: int | None = None
    last: int | None = None


def _pieces(layout: MapLayout, region: Region) -> list[QRectF]:
    """The parts of the map, left to right, that the picture puts side by side (points)."""
    if region.first is None or not layout.stages:
        return [QRectF(0, 0, layout.width, layout.height)]
    last = region.last if region.last is not None else region.first
    first, last = sorted((max(0, region.first), min(len(layout.stages) - 1, last)))
    left, right = layout.stages[first], layout.stages[last]
    headers = QRectF(0, 0, layout.style.lane_header_width, layout.height)
    return [headers, QRectF(left.x, 0, right.x + right.width - left.x, layout.height)]


def picture_size(layout: MapLayout, region: Region = Region()) -> QSizeF:
    """The size in points of a picture of ``region`` of a map laid out as ``layout``."""
    pieces = _pieces(layout, region)
    return QSizeF(sum(p.width() for p in pieces), pieces[0].height())


def _paint(scene: JourneyScene, painter: QPainter, pieces: list[QRectF], scale: float) -> None:
    x = 0.0
    for piece in pieces:
        target = QRectF(x * scale, 0, piece.width() * scale, piece.height() * scale)
        scene.render_map(painter, target, piece)
        x += piece.width()


def render_png(
    document: Document, journey_id: str, scale: float = DEFAULT_SCALE, region: Region = Region()
) -> QImage:
    """The map as an image, ``scale`` pixels per point (cut down to ``MAX_PIXELS``)."""
    scene = JourneyScene(document, journey_id, Style())
    try:
        pieces = _pieces(scene.layout, region)
        width = sum(p.width() for p in pieces)
        height = pieces[0].height()
        scale = min(scale, MAX_PIXELS / max(width, height, 1.0))
        image = QImage(
            max(1, math.ceil(width * scale - 1e-6)),  # (not a pixel more for rounding)
            max(1, math.ceil(height * scale - 1e-6)),
            QImage.Format.Format_ARGB32_Premultiplied,
        )
        image.setDotsPerMeterX(round(scale * 72 / 0.0254))
        image.setDotsPerMeterY(round(scale * 72 / 0.0254))
        image.fill(QColor("#ffffff"))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        _paint(scene, painter, pieces, scale)
        painter.end()
        return image
    finally:
        scene.detach()


def png_bytes(image: QImage) -> bytes:
    """``image`` encoded as PNG."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    QImageWriter(buffer, b"PNG").write(image)
    buffer.close()
    return bytes(data.data())


def render_svg(document: Document, journey_id: str, region: Region = Region()) -> bytes:
    """The map as SVG in points, its text as outlines."""
    scene = JourneyScene(document, journey_id, Style())
    try:
        pieces = _pieces(scene.layout, region)
        width = sum(p.width() for p in pieces)
        height = pieces[0].height()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        generator = QSvgGenerator()
        generator.setOutputDevice(buffer)
        generator.setSize(QSize(math.ceil(width), math.ceil(height)))
        generator.setViewBox(QRectF(0, 0, width, height))
        generator.setResolution(72)  # one unit per point
        generator.setTitle(scene.journey.title or PictureText.tr("Journey map"))
        generator.setDescription(PictureText.tr("A customer journey map drawn by JourneyDesk"))
        painter = QPainter(generator)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        with outlined_text():
            _paint(scene, painter, pieces, 1.0)
        painter.end()
        buffer.close()
        return bytes(data.data())
    finally:
        scene.detach()


def save_picture(
    document: Document,
    journey_id: str,
    path: Path,
    scale: float = DEFAULT_SCALE,
    region: Region = Region(),
) -> None:
    """Write a PNG or an SVG of the map (by ``path``'s extension), whole or not at all."""
    if path.suffix.lower() == ".svg":
        data = render_svg(document, journey_id, region)
    else:
        data = png_bytes(render_png(document, journey_id, scale, region))
    atomic_write(path, data)


__all__ = [
    "DEFAULT_SCALE",
    "MAX_PIXELS",
    "Region",
    "picture_size",
    "png_bytes",
    "render_png",
    "render_svg",
    "save_picture",
]
