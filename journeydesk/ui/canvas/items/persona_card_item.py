"""A persona's card above the map: photo, name, role, quote and goals, as the poster prints.

Everything is placed by ``layout.persona_card``; this item only paints it. A click opens
the persona in the Personas panel (the view handles the press).
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from journeydesk.i18n import Translatable
from journeydesk.layout import colours
from journeydesk.layout.fonts import Weight
from journeydesk.layout.persona_card import FILL_AMOUNT, INK, PersonaCardLayout
from journeydesk.model.project import Persona
from journeydesk.ui.canvas.card_look import READABLE_PIXELS
from journeydesk.ui.canvas.painting import draw_block, draw_centred_text, ink_for

#: Pixels per point of the photo as kept in memory: sharp up to 400% zoom.
_PHOTO_DENSITY = 4
#: The size of a persona card's smaller texts, in points: under a readable size on the
#: screen, the card is drawn as a block with its portrait's colour.
_BODY_POINTS = 10.0


@cache
def _pale(colour: str) -> QColor:
    return QColor(colours.pale(colour, FILL_AMOUNT))


def square_photo(data: bytes, side_px: int) -> QPixmap | None:
    """The middle square of a picture, scaled to ``side_px`` (None if it cannot be read)."""
    image = QImage.fromData(data)
    if image.isNull():
        return None
    side = min(image.width(), image.height())
    square = image.copy(
        (image.width() - side) // 2, (image.height() - side) // 2, side, side
    ).scaled(
        side_px,
        side_px,
        Qt.AspectRatioMode.IgnoreAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )
    return QPixmap.fromImage(square)


def paint_persona_card(painter: QPainter, card: PersonaCardLayout, photo: QPixmap | None) -> None:
    """Paint a persona's card with its top left at the painter's origin (canvas, preview)."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    colour = QColor(card.colour)
    painter.setPen(QPen(QColor(colours.darker(colours.pale(card.colour, 0.6), 0.9)), 1.0))
    painter.setBrush(QColor(colours.pale(card.colour, FILL_AMOUNT)))
    painter.drawRoundedRect(
        QRectF(0, 0, card.width, card.height).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6
    )
    x, y, side = card.photo
    square = QRectF(x, y, side, side)
    if photo is not None:
        clip = QPainterPath()
        clip.addRoundedRect(square, 6, 6)
        painter.save()
        painter.setClipPath(clip)
        painter.drawPixmap(square, photo, QRectF(photo.rect()))
        painter.restore()
    else:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawEllipse(square)
        draw_centred_text(painter, card.initials, square, 24.0, ink_for(colour), Weight.BOLD)
    for block in card.texts:
        draw_block(painter, block, QColor(INK[block.role]))


class PersonaCardItemText(Translatable):
    """Texts of a persona's card above the map."""


class PersonaCardItem(QGraphicsItem):
    """One persona's card; the scene places it above the map's top left corner."""

    Z_VALUE = 20.0

    def __init__(self, layout: PersonaCardLayout, persona: Persona) -> None:
        super().__init__()
        self._layout = layout
        self._photo_data: str | None = None
        self._photo: QPixmap | None = None
        self._take_photo(persona)
        self.setZValue(self.Z_VALUE)
        # Its geometry is known from here on: a cursor may now make Qt ask for it.
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(
            PersonaCardItemText.tr(
                "The persona of this map: click to edit it in the Personas panel"
            )
        )

    @property
    def persona_id(self) -> str:
        """The persona this card shows."""
        return self._layout.persona_id

    @property
    def layout(self) -> PersonaCardLayout:
        """What the card shows, as laid out."""
        return self._layout

    def set_layout(self, layout: PersonaCardLayout, persona: Persona) -> None:
        """Show the persona again after an edit."""
        if (layout.width, layout.height) != (self._layout.width, self._layout.height):
            self.prepareGeometryChange()
        self._layout = layout
        self._take_photo(persona)
        self.update()

    def _take_photo(self, persona: Persona) -> None:
        data = persona.photo.data if persona.photo is not None else None
        if data == self._photo_data:
            return
        self._photo_data = data
        side = round(self._layout.photo[2] * _PHOTO_DENSITY)
        self._photo = square_photo(persona.photo.image_bytes(), side) if persona.photo else None

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, self._layout.width, self._layout.height)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        scale = QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())
        if scale * _BODY_POINTS < READABLE_PIXELS:  # far out: the card and its portrait's colour
            card = self._layout
            painter.fillRect(QRectF(0, 0, card.width, card.height), _pale(card.colour))
            x, y, side = card.photo
            if self._photo is None:  # the initials' disc
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor(card.colour))
                painter.drawEllipse(QRectF(x, y, side, side))
            else:
                painter.fillRect(QRectF(x, y, side, side), QColor(card.colour))
            return
        paint_persona_card(painter, self._layout, self._photo)
