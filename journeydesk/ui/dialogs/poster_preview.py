"""The live preview of the Export Poster dialog: the poster with its sheets drawn over it."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from journeydesk.poster.content import PosterContent
from journeydesk.poster.plan import PosterPlan
from journeydesk.ui.canvas.items.persona_card_item import paint_persona_card, square_photo
from journeydesk.ui.canvas.scene import JourneyScene

PREVIEW_PIXELS = 1600  # the width of the cached picture of the map


class PosterPreview(QWidget):
    """Draws the poster content small, and each sheet's window (or the one page) over it."""

    def __init__(self, scene: JourneyScene, content: PosterContent, parent: QWidget | None = None):
        super().__init__(parent)
        self._content = content
        self._plan: PosterPlan | None = None
        layout = scene.layout
        ratio = PREVIEW_PIXELS / max(1.0, layout.width)
        self._map = QImage(
            max(1, round(layout.width * ratio)),
            max(1, round(layout.height * ratio)),
            QImage.Format.Format_ARGB32_Premultiplied,
        )
        self._map.fill(QColor("#ffffff"))
        painter = QPainter(self._map)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        scene.render_map(painter, QRectF(0, 0, self._map.width(), self._map.height()))
        painter.end()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(420, 300)

    def sizeHint(self) -> QSize:
        return QSize(640, 440)

    def set_plan(self, plan: PosterPlan | None) -> None:
        """Show ``plan`` (None: the options cannot make a poster)."""
        self._plan = plan
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#e9ecf1"))
        plan, content = self._plan, self._content
        if plan is None:
            return
        if plan.tiled:
            extent_w = plan.columns * (plan.printable_width - plan.overlap) + plan.overlap
            extent_h = plan.rows * (plan.printable_height - plan.overlap) + plan.overlap
        else:
            extent_w, extent_h = plan.page_width, plan.page_height
        room = self.rect().adjusted(12, 12, -12, -12)
        fit = min(room.width() / extent_w, room.height() / extent_h)
        left = room.x() + (room.width() - extent_w * fit) / 2
        top = room.y() + (room.height() - extent_h * fit) / 2
        if plan.tiled:
            poster_x, poster_y = left, top
        else:
            page = QRectF(left, top, plan.page_width * fit, plan.page_height * fit)
            painter.fillRect(page.translated(2, 2), QColor("#b8bfca"))
            painter.fillRect(page, QColor("#ffffff"))
            origin = plan.sheets[0].origin
            poster_x, poster_y = left + origin[0] * fit, top + origin[1] * fit
        scale = fit * plan.scale  # preview pixels per content unit
        poster = QRectF(poster_x, poster_y, content.width * scale, content.height * scale)
        painter.fillRect(poster, QColor("#ffffff"))
        self._draw_content(painter, poster_x, poster_y, scale)
        if plan.tiled:
            self._draw_sheets(painter, plan, left, top, fit)

    def _draw_content(self, painter: QPainter, x: float, y: float, scale: float) -> None:
        content = self._content
        for block in content.blocks[:1]:  # the title: enough to recognise the poster
            font = QFont(self.font())
            font.setBold(True)
            font.setPixelSize(max(6, round(block.size * scale)))
            painter.setFont(font)
            painter.setPen(QColor("#111827"))
            painter.drawText(
                QRectF(
                    x + block.x * scale,
                    y + block.y * scale,
                    content.width * scale,
                    block.line_height * scale * 1.4,
                ),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextSingleLine,
                " ".join(block.lines),
            )
        for placed in content.personas:
            photo = None
            if placed.photo is not None:
                photo = square_photo(placed.photo, max(1, round(placed.card.photo[2] * scale)))
            painter.save()
            painter.translate(x + placed.x * scale, y + placed.y * scale)
            painter.scale(scale, scale)
            paint_persona_card(painter, placed.card, photo)
            painter.restore()
        target = QRectF(
            x + content.map_x * scale,
            y + content.map_y * scale,
            (content.width - 2 * content.map_x) * scale,
            (content.legend_y - content.map_y - content.map_x) * scale,
        )
        painter.drawImage(target, self._map)

    @staticmethod
    def _draw_sheets(
        painter: QPainter, plan: PosterPlan, left: float, top: float, fit: float
    ) -> None:
        pen = QPen(QColor("#2563eb"), 1.2)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        font = QFont()
        font.setBold(True)
        for sheet in plan.sheets:
            w = sheet.window
            rect = QRectF(left + w.x * fit, top + w.y * fit, w.width * fit, w.height * fit)
            painter.drawRect(rect)
            font.setPixelSize(max(8, min(26, round(rect.height() / 4))))
            painter.setFont(font)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(sheet.number))
