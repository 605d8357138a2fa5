"""Typing a card's text on the canvas: Enter commits, Shift+Enter breaks the line, Esc cancels."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QClipboard,
    QColor,
    QFocusEvent,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPen,
    QTextOption,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsSceneContextMenuEvent,
    QGraphicsSceneDragDropEvent,
    QGraphicsSceneMouseEvent,
    QGraphicsTextItem,
    QMenu,
    QStyle,
    QStyleOptionGraphicsItem,
    QWidget,
)

from journeydesk.layout.contrast import theme
from journeydesk.layout.style import Style
from journeydesk.ui.canvas.painting import EDITOR_SCALE as _SCALE
from journeydesk.ui.canvas.painting import map_font

#: The editor's outline, in points.
_FRAME_WIDTH = 2.4


class CardEditorItem(QGraphicsTextItem):
    """A plain-text editor laid over a card (or over the place of a new card)."""

    #: Fires when typing is committed: (text, advance) where advance means Tab was pressed.
    committed = Signal(str, bool)
    #: Fires when typing is cancelled with Escape.
    cancelled = Signal()

    Z_VALUE = 200.0

    def __init__(self, text: str, colour: str, style: Style) -> None:
        super().__init__()
        self._style = style
        fill, ink = theme(style.high_contrast).card_colours(colour)
        self._colour = QColor(fill)
        self._finished = False
        self.setZValue(self.Z_VALUE)
        self.setFont(map_font(style.card_text_size))
        self.setScale(1 / _SCALE)
        self.setTextWidth(style.card_text_width * _SCALE)
        self.document().setDocumentMargin(0)
        option = self.document().defaultTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.document().setDefaultTextOption(option)
        self.setPlainText(text)
        self.setDefaultTextColor(QColor(ink))
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextEditorInteraction)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsFocusable)

    def start(self) -> None:
        """Take the keyboard focus with all text selected, ready to type over."""
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        cursor = self.textCursor()
        cursor.select(cursor.SelectionType.Document)
        self.setTextCursor(cursor)

    def reopen(self) -> None:
        """Keep typing after a refused commit (text too long): Enter may commit again."""
        self._finished = False
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def text(self) -> str:
        """The text typed so far, as plain text."""
        return self.toPlainText()

    def _frame(self) -> QRectF:
        """The card-shaped frame around the text: the card's padding, at least its height."""
        pad = self._style.card_padding * _SCALE
        frame = super().boundingRect().adjusted(-pad, -pad, pad, pad)
        frame.setHeight(max(frame.height(), self._style.card_min_height * _SCALE))
        return frame

    def boundingRect(self) -> QRectF:
        # The frame and its outline, so Qt repaints all of it (and clears it when typing ends).
        reach = _FRAME_WIDTH * _SCALE / 2 + 1
        return self._frame().adjusted(-reach, -reach, reach, reach)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setPen(QPen(QColor("#2563eb"), _FRAME_WIDTH * _SCALE))
        painter.setBrush(self._colour)
        painter.drawRoundedRect(self._frame(), 3 * _SCALE, 3 * _SCALE)
        # The frame says where typing goes: no dashed focus rectangle over it.
        plain = QStyleOptionGraphicsItem(option)
        plain.state &= ~(QStyle.StateFlag.State_HasFocus | QStyle.StateFlag.State_Selected)
        # Qt paints without a widget too (rendering to an image); the stub wants one.
        super().paint(painter, plain, widget)  # pyright: ignore[reportArgumentType]

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Paste):
            self.insert_plain(QGuiApplication.clipboard().text())
            return
        key, modifiers = event.key(), event.modifiers()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if modifiers & Qt.KeyboardModifier.ShiftModifier:
                self.textCursor().insertText("\n")
            else:
                self._finish(commit=True, advance=False)
            return
        if key == Qt.Key.Key_Escape:
            self._finish(commit=False, advance=False)
            return
        super().keyPressEvent(event)

    def insert_plain(self, text: str) -> None:
        """Insert ``text`` as typed characters: pasted or dropped rich text stays text.

        (Qt would otherwise insert HTML, images included, fetching whatever they point to.)
        """
        self.textCursor().insertText(text)

    def _place_cursor_at(self, position: QPointF) -> None:
        cursor = self.textCursor()
        cursor.setPosition(
            self.document().documentLayout().hitTest(position, Qt.HitTestAccuracy.FuzzyHit)
        )
        self.setTextCursor(cursor)

    def dragEnterEvent(self, event: QGraphicsSceneDragDropEvent) -> None:
        if not event.mimeData().hasText():
            event.ignore()  # a file or a sticky: the window or the map takes it
            return
        super().dragEnterEvent(event)

    def dropEvent(self, event: QGraphicsSceneDragDropEvent) -> None:
        if not event.mimeData().hasText():
            event.ignore()
            return
        self._place_cursor_at(event.pos())
        self.insert_plain(event.mimeData().text())
        event.acceptProposedAction()

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if event.button() == Qt.MouseButton.MiddleButton:
            event.accept()  # pasting the X11 selection happens on release, as plain text
            return
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if event.button() == Qt.MouseButton.MiddleButton:
            self._place_cursor_at(event.pos())
            self.insert_plain(QGuiApplication.clipboard().text(QClipboard.Mode.Selection))
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def contextMenuEvent(self, event: QGraphicsSceneContextMenuEvent) -> None:
        # Qt's own menu pastes rich text; this one offers the same verbs, in plain text.
        menu = QMenu(event.widget())
        cursor = self.textCursor()
        has_selection = cursor.hasSelection()
        cut = menu.addAction(self.tr("Cu&t"))
        cut.setEnabled(has_selection)
        copy = menu.addAction(self.tr("&Copy"))
        copy.setEnabled(has_selection)
        paste = menu.addAction(self.tr("&Paste"))
        paste.setEnabled(bool(QGuiApplication.clipboard().text()))
        menu.addSeparator()
        select_all = menu.addAction(self.tr("Select &All"))
        chosen = menu.exec(event.screenPos())
        if chosen in (cut, copy):
            QGuiApplication.clipboard().setText(cursor.selectedText().replace("\u2029", "\n"))
            if chosen is cut:
                cursor.removeSelectedText()
        elif chosen is paste:
            self.insert_plain(QGuiApplication.clipboard().text())
        elif chosen is select_all:
            cursor.select(cursor.SelectionType.Document)
            self.setTextCursor(cursor)
        event.accept()

    def sceneEvent(self, event: QEvent) -> bool:
        # QGraphicsTextItem consumes Tab in sceneEvent, before keyPressEvent could see it.
        tab = (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
        if (
            isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in tab
        ):
            self._finish(commit=True, advance=True)
            return True
        return super().sceneEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        # Clicking elsewhere keeps what was typed, as on a real sticky note.
        if event.reason() not in (
            Qt.FocusReason.PopupFocusReason,
            Qt.FocusReason.ActiveWindowFocusReason,
        ):
            self._finish(commit=True, advance=False)

    def _finish(self, commit: bool, advance: bool) -> None:
        if self._finished:
            return
        self._finished = True
        if commit:
            self.committed.emit(self.text(), advance)
        else:
            self.cancelled.emit()
