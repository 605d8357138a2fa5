"""The sticky palette on the toolbar: drag a coloured sticky onto a cell to add a card.

A click (or Space on the focused sticky) adds a card of its colour without the mouse: in the
map's current cell, the cell of the selected card, or else the first cell of the map.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QMimeData, QPoint, QSize, Qt
from PySide6.QtGui import QColor, QDrag, QIcon, QMouseEvent, QPainter, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QToolButton, QWidget

from journeydesk.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from journeydesk.ui.canvas.view import JourneyView

STICKY_MIME = "application/x-journeydesk-sticky"
#: Colours offered on the palette; a sticky of the lane's own colour comes first.
PALETTE = ("", "#ffe58f", "#bfdcff", "#ffc2d1", "#c3ecc8", "#e0d4ff", "#ffd8b0", "#dcdfe4")
#: What a screen reader says of each sticky: its name and what it does (translated where
#: shown, in the context "StickyButton"). Whole sentences, as each language inflects colours.
STICKY_TEXTS = {
    "": (
        QT_TRANSLATE_NOOP("StickyButton", "Sticky note in the lane's colour"),
        QT_TRANSLATE_NOOP(
            "StickyButton",
            "Drag onto a cell of the map to add a card in the lane's colour there, or click to "
            "add one in the current cell",
        ),
    ),
    "#ffe58f": (
        QT_TRANSLATE_NOOP("StickyButton", "Yellow sticky note"),
        QT_TRANSLATE_NOOP(
            "StickyButton",
            "Drag onto a cell of the map to add a yellow card there, or click to add one in "
            "the current cell",
        ),
    ),
    "#bfdcff": (
        QT_TRANSLATE_NOOP("StickyButton", "Blue sticky note"),
        QT_TRANSLATE_NOOP(
            "StickyButton",
            "Drag onto a cell of the map to add a blue card there, or click to add one in "
            "the current cell",
        ),
    ),
    "#ffc2d1": (
        QT_TRANSLATE_NOOP("StickyButton", "Pink sticky note"),
        QT_TRANSLATE_NOOP(
            "StickyButton",
            "Drag onto a cell of the map to add a pink card there, or click to add one in "
            "the current cell",
        ),
    ),
    "#c3ecc8": (
        QT_TRANSLATE_NOOP("StickyButton", "Green sticky note"),
        QT_TRANSLATE_NOOP(
            "StickyButton",
            "Drag onto a cell of the map to add a green card there, or click to add one in "
            "the current cell",
        ),
    ),
    "#e0d4ff": (
        QT_TRANSLATE_NOOP("StickyButton", "Purple sticky note"),
        QT_TRANSLATE_NOOP(
            "StickyButton",
            "Drag onto a cell of the map to add a purple card there, or click to add one in "
            "the current cell",
        ),
    ),
    "#ffd8b0": (
        QT_TRANSLATE_NOOP("StickyButton", "Orange sticky note"),
        QT_TRANSLATE_NOOP(
            "StickyButton",
            "Drag onto a cell of the map to add an orange card there, or click to add one in "
            "the current cell",
        ),
    ),
    "#dcdfe4": (
        QT_TRANSLATE_NOOP("StickyButton", "Grey sticky note"),
        QT_TRANSLATE_NOOP(
            "StickyButton",
            "Drag onto a cell of the map to add a grey card there, or click to add one in "
            "the current cell",
        ),
    ),
}


class StickyButton(QToolButton):
    """One sticky of the palette; pressing and dragging it starts a drag onto the canvas."""

    def __init__(self, colour: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.colour = colour
        self.setIconSize(QSize(22, 18))
        self.setIcon(_swatch(colour))
        name, description = (
            QCoreApplication.translate("StickyButton", text) for text in STICKY_TEXTS[colour]
        )
        self.setText(name)  # only the icon is shown; the text names the button
        self.setAccessibleName(name)
        self.setToolTip(description)
        self.setAccessibleDescription(description)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self._press: QPoint | None = None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._press = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if (
            self._press is not None
            and (event.position().toPoint() - self._press).manhattanLength() > 6
        ):
            self._press = None
            self.setDown(False)  # no click follows the drag
            mime = QMimeData()
            mime.setData(STICKY_MIME, self.colour.encode("ascii"))
            drag = QDrag(self)
            drag.setMimeData(mime)
            drag.setPixmap(_swatch(self.colour, 44, 34).pixmap(44, 34))
            drag.exec(Qt.DropAction.CopyAction)
            return
        super().mouseMoveEvent(event)


class StickyPalette(QWidget):
    """A row of stickies to drag onto the map, or to click for a card in the current cell."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Sticky notes"))
        self.setAccessibleDescription(
            self.tr("Stickies of each colour, to drag onto the map or click for a new card")
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.setSpacing(2)
        self.buttons = [StickyButton(colour, self) for colour in PALETTE]
        for button in self.buttons:
            button.clicked.connect(lambda _checked=False, c=button.colour: self._add_card(c))
            layout.addWidget(button)

    def _add_card(self, colour: str) -> None:
        """Start a card of ``colour`` on the map on show, ready to type."""
        from journeydesk.ui.map_tabs import MapTabs  # here: the canvas imports this module

        tabs = self.window().findChild(MapTabs)
        view = tabs.current_view() if tabs is not None else None
        if view is not None:
            start_card(view, colour)


def start_card(view: JourneyView, colour: str) -> None:
    """Open a new card of ``colour`` ("" for the lane's) for typing in the map's current cell.

    The current cell is the one last typed in or clicked; else the selected card's cell; else
    the map's first cell.
    """
    scene = view.journey_scene
    cell = scene.current_cell
    selected = scene.selected_card_ids()
    if selected:
        box = scene.layout.cards[selected[-1]]
        cell = (box.lane_id, box.stage_id)
    if cell is None:
        cell = view.editor.first_cell()
    if cell is None:
        return
    view.setFocus(Qt.FocusReason.OtherFocusReason)
    view.editor.begin_new_card(cell, colour or None)


def _swatch(colour: str, width: int = 22, height: int = 18) -> QIcon:
    pixmap = QPixmap(width, height)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    fill = QColor(colour) if colour else QColor("#ffffff")
    painter.setBrush(fill)
    painter.setPen(QColor("#8a94a6"))
    painter.drawRoundedRect(1, 1, width - 3, height - 3, 2, 2)
    if not colour:  # "the lane's colour": a diagonal of stripes
        painter.setPen(QColor("#b0b8c6"))
        for x in range(-height, width, 5):
            painter.drawLine(x, height - 2, x + height, 0)
    painter.end()
    return QIcon(pixmap)
