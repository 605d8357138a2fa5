"""The live preview of the Export Poster dialog: the poster with its sheets drawn over it."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPaintEvent, QPen, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget

from journeydesk.layout import colours
from journeydesk.layout.colours import darker
from journeydesk.poster.card_sheets import CUT_LINE, FOOTER_SIZE, LEADING, PAD, CardSheets
from journeydesk.poster.content import (
    LEGEND_INK,
    LEGEND_SIZE,
    LEGEND_SWATCH,
    TEXT_INK,
    MapSection,
    PosterContent,
    TextBlock,
)
from journeydesk.poster.plan import PosterPlan
from journeydesk.ui.canvas.items.persona_card_item import paint_persona_card, square_photo
from journeydesk.ui.canvas.painting import draw_block, draw_lines
from journeydesk.ui.canvas.scene import JourneyScene
from journeydesk.ui.document import Document

PREVIEW_PIXELS = 1600  # the width of the cached picture of the map
PHOTO_PIXELS = 144  # a persona's photo in the preview: sharp at any size the dialog gets


class PosterPreview(QWidget):
    """Draws the poster content small, and each sheet's window (or the one page) over it."""

    def __init__(self, scene: JourneyScene, content: PosterContent, parent: QWidget | None = None):
        super().__init__(parent)
        self._scene = scene
        self._content = content
        self._plan: PosterPlan | None = None
        #: Card sheets shown instead of the poster (their first page), if chosen.
        self._sheets: CardSheets | None = None
        #: A picture of each map on the poster, by journey id and layout, rendered once.
        self._maps: dict[tuple[str, int], QImage] = {}
        #: Each persona's photo, decoded once (not on every repaint).
        self._photos: dict[str, QPixmap | None] = {}
        self._render_maps()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(420, 300)

    def _render_maps(self) -> None:
        for section in self._content.maps:
            key = (section.journey.id, id(section.layout))
            if key not in self._maps:
                self._maps[key] = self._render_map(section)

    def _render_map(self, section: MapSection) -> QImage:
        """A picture of a map as the canvas draws it, in the poster's style.

        The map on show is drawn by its own scene when that has the poster's style; another
        map, or the canvas at another text size, by a passing scene; a map that is not in the
        project (a blank wall template) by a passing scene of a passing document.
        """
        scene, style = self._scene, section.layout.style
        project = scene.document.project
        in_project = any(journey is section.journey for journey in project.journeys)
        passing = section.journey.id != scene.journey_id or style != scene.map_style
        document = scene.document
        if not in_project:
            copy = project.model_copy(update={"journeys": [section.journey]})
            document = Document(copy, parent=self)
        passing = passing or not in_project
        if passing:
            scene = JourneyScene(document, section.journey.id, style)
        layout = scene.layout
        ratio = PREVIEW_PIXELS / max(1.0, layout.width)
        image = QImage(
            max(1, round(layout.width * ratio)),
            max(1, round(layout.height * ratio)),
            QImage.Format.Format_ARGB32_Premultiplied,
        )
        image.fill(QColor("#ffffff"))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        scene.render_map(painter, QRectF(0, 0, image.width(), image.height()))
        painter.end()
        if passing:
            scene.detach()  # it stops following the document and goes with this function
        if document is not self._scene.document:
            document.deleteLater()
        return image

    def sizeHint(self) -> QSize:
        return QSize(640, 440)

    def set_plan(self, plan: PosterPlan | None) -> None:
        """Show ``plan`` (None: the options cannot make a poster)."""
        self._plan = plan
        self.update()

    def set_card_sheets(self, sheets: CardSheets | None) -> None:
        """Show the first page of ``sheets`` instead of the poster (None: the poster)."""
        self._sheets = sheets
        self.update()

    def set_content(self, content: PosterContent) -> None:
        """Show ``content`` (such as the map with or without the map compared with it)."""
        self._content = content
        self._render_maps()
        self.update()

    def _photo(self, persona_id: str, data: bytes | None) -> QPixmap | None:
        if data is None:
            return None
        if persona_id not in self._photos:
            self._photos[persona_id] = square_photo(data, PHOTO_PIXELS)
        return self._photos[persona_id]

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#e9ecf1"))
        if self._sheets is not None:
            self._draw_card_page(painter, self._sheets)
            return
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
        for block in content.blocks:  # the title, the state and the scenario
            self._draw_block(painter, block, x, y, scale)
        for placed in content.personas:
            photo = self._photo(placed.card.persona_id, placed.photo)
            painter.save()
            painter.translate(x + placed.x * scale, y + placed.y * scale)
            painter.scale(scale, scale)
            paint_persona_card(painter, placed.card, photo)
            painter.restore()
        for section in content.maps:
            if section.heading is not None:
                self._draw_block(painter, section.heading, x, y, scale)
            target = QRectF(
                x + section.x * scale,
                y + section.y * scale,
                section.layout.width * scale,
                section.layout.height * scale,
            )
            painter.drawImage(target, self._maps[(section.journey.id, id(section.layout))])
        painter.save()
        painter.translate(x, y)
        painter.scale(scale, scale)
        ink = QColor(LEGEND_INK)
        for entry in content.legend:
            swatch = QRectF(entry.x, entry.y, LEGEND_SWATCH, LEGEND_SWATCH)
            painter.setPen(QPen(QColor(darker(entry.colour)), 1.0))
            painter.setBrush(QColor(entry.colour))
            painter.drawRect(swatch)
            draw_lines(
                painter, (entry.line,), entry.text_x, entry.y, LEGEND_SIZE, LEGEND_SWATCH, ink
            )
        painter.restore()

    def _draw_block(
        self, painter: QPainter, block: TextBlock, x: float, y: float, scale: float
    ) -> None:
        """A block of text, broken and placed as the poster prints it."""
        painter.save()
        painter.translate(x, y)
        painter.scale(scale, scale)
        draw_block(painter, block, QColor(TEXT_INK))
        painter.restore()

    def _draw_card_page(self, painter: QPainter, sheets: CardSheets) -> None:
        """The first page of card sheets, as it prints."""
        room = self.rect().adjusted(12, 12, -12, -12)
        fit = min(room.width() / sheets.page_width, room.height() / sheets.page_height)
        page = QRectF(0, 0, sheets.page_width * fit, sheets.page_height * fit)
        page.moveCenter(QRectF(room).center())
        painter.fillRect(page.translated(2, 2), QColor("#b8bfca"))
        painter.fillRect(page, QColor("#ffffff"))
        painter.save()
        painter.translate(page.topLeft())
        painter.scale(fit, fit)
        for card in sheets.pages[0] if sheets.pages else ():
            rect = QRectF(card.x, card.y, card.width, card.height)
            painter.fillRect(rect, QColor(card.colour))
            painter.setPen(QPen(QColor(CUT_LINE), 0.5, Qt.PenStyle.DashLine))
            painter.drawRect(rect)
            ink = QColor(colours.ink_for(card.colour))
            step = card.size * LEADING
            draw_lines(painter, card.lines, card.x + PAD, card.y + PAD, card.size, step, ink)
            footer_step = FOOTER_SIZE * 1.4
            top = card.y + card.height - PAD - footer_step
            draw_lines(painter, (card.footer,), card.x + PAD, top, FOOTER_SIZE, footer_step, ink)
        painter.restore()

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
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, QLocale().toString(sheet.number))
