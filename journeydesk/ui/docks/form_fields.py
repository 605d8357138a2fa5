"""The pieces the inspector's forms are made of: fields that commit when editing finishes.

A form fills its fields from the model with signals blocked, and leaves alone a field whose
model value did not change, so that a refresh never moves the cursor of a field being typed in.
Each finished edit becomes at most one undo command, and only if the value really changed.
"""

from __future__ import annotations

from functools import lru_cache, partial
from typing import Any

from PySide6.QtCore import QLocale, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFocusEvent, QFont, QIcon, QKeyEvent, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from journeydesk.i18n import arg
from journeydesk.ui.document import Document
from journeydesk.ui.widgets import plain_label

_UNSET = object()
PROBLEM_STYLE = "color: #b3261e;"


class LimitError(ValueError):
    """A typed value the model would refuse; the message is a sentence for the form."""


def check_length(text: str, limit: int, sentence: str) -> str:
    """Return ``text``, or raise ``LimitError`` if it is longer than ``limit`` characters.

    ``sentence`` is the translated refusal, with ``%1`` for the length typed and ``%2`` for
    the limit: "The title is %1 characters; a stage's title holds at most %2."
    """
    if len(text) > limit:
        raise LimitError(arg(sentence, count(len(text)), count(limit)))
    return text


def count(value: int) -> str:
    """A count as the user's locale writes it ("10,000" in English, "10.000" in German)."""
    return QLocale().toString(value)


def set_line_text(edit: QLineEdit, text: str) -> None:
    """Show ``text`` in ``edit`` without signals; the cursor stays if ``text`` is shown already."""
    if edit.text() != text:
        blocked = edit.blockSignals(True)
        edit.setText(text)
        edit.setCursorPosition(0)
        edit.blockSignals(blocked)


def set_plain_text(edit: QPlainTextEdit, text: str) -> None:
    """Show ``text`` in ``edit`` without signals; the cursor stays if ``text`` is shown already."""
    if edit.toPlainText() != text:
        blocked = edit.blockSignals(True)
        edit.setPlainText(text)
        edit.blockSignals(blocked)


class CommitTextEdit(QPlainTextEdit):
    """A plain-text field that reports when the user leaves it or presses Ctrl+Return."""

    #: Fires when the field loses focus (not to its own context menu) or on Ctrl+Return.
    editing_finished = Signal()

    def __init__(self, lines: int, placeholder: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lines = lines
        self.setTabChangesFocus(True)
        self.setPlaceholderText(placeholder)
        self.setToolTip(self.tr("Ctrl+Return or leaving the field keeps the change"))

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        margins = self.contentsMargins()
        text = self.fontMetrics().lineSpacing() * self._lines
        frame = int(self.document().documentMargin() * 2) + margins.top() + margins.bottom()
        return QSize(hint.width(), text + frame)

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self.sizeHint().height())

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self.editing_finished.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.editing_finished.emit()
            return
        super().keyPressEvent(event)


SWATCH_SIZE = QSize(22, 18)


def swatch_icon(colour: str, size: QSize = SWATCH_SIZE) -> QIcon:
    """Return a colour swatch icon whose checked state has a dark ring and a tick."""
    # The inspector's forms show the same few colours many times over: each is drawn once.
    return QIcon(_drawn_swatch(colour, size.width(), size.height()))


@lru_cache(maxsize=128)
def _drawn_swatch(colour: str, width: int, height: int) -> QIcon:
    size = QSize(width, height)
    icon = QIcon()
    for checked in (False, True):
        pixmap = QPixmap(size * 2)
        pixmap.setDevicePixelRatio(2.0)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(1.5, 1.5, size.width() - 3, size.height() - 3)
        painter.setPen(QPen(QColor("#1f2937" if checked else "#8a8f98"), 2.0 if checked else 1.0))
        painter.setBrush(QColor(colour))
        painter.drawRoundedRect(rect, 3, 3)
        if checked:
            tick = QColor("#1f2937" if QColor(colour).lightness() > 110 else "#ffffff")
            painter.setPen(QPen(tick, 2.0))
            cx, cy = rect.center().x(), rect.center().y()
            painter.drawPolyline(
                [QPointF(cx - 4, cy), QPointF(cx - 1, cy + 3), QPointF(cx + 4, cy - 3)]
            )
        painter.end()
        state = QIcon.State.On if checked else QIcon.State.Off
        icon.addPixmap(pixmap, QIcon.Mode.Normal, state)
    return icon


class ItemForm(QWidget):
    """Base of the inspector's forms: one model item, its fields, and a problem line per field."""

    def __init__(self, heading: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document: Document | None = None
        self.journey_id = ""
        self.item_id = ""
        self._shown: dict[str, Any] = {}
        self._widgets: dict[str, QWidget] = {}
        self._problems: dict[str, QLabel] = {}
        self._typed: set[str] = set()
        #: Why the last ``finish_editing`` kept a field open (a sentence).
        self.refusal = ""
        outer = QVBoxLayout(self)
        outer.setContentsMargins(10, 8, 10, 8)
        self.heading = QLabel(heading)
        font = QFont(self.heading.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        self.subtitle = plain_label("")
        self.subtitle.setStyleSheet("color: palette(placeholder-text);")
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        outer.addWidget(self.heading)
        outer.addWidget(self.subtitle)
        outer.addSpacing(4)
        outer.addLayout(self.form)
        outer.addStretch(1)

    # For subclasses.

    def _item(self) -> Any | None:
        """The model object shown, or None if it no longer exists."""
        raise NotImplementedError

    def _values(self, item: Any) -> dict[str, Any]:
        """The model values of the form's fields."""
        raise NotImplementedError

    def _write(self, name: str, value: Any) -> None:
        """Show a model value in its field (signals blocked)."""
        raise NotImplementedError

    def _read(self, name: str) -> Any:
        """The value typed in a field, as the model would hold it; raises ``LimitError``."""
        raise NotImplementedError

    def _push(self, fields: dict[str, Any]) -> None:
        """Push the command that sets ``fields`` on the item."""
        raise NotImplementedError

    def _update_extras(self, item: Any) -> None:
        """Refresh what is not a field (subtitle, lane colour swatch, ...)."""

    def _add_field(
        self,
        name: str,
        label: str,
        widget: QWidget,
        about: tuple[str, str],
        finished: Any = None,
    ) -> None:
        """Add a labelled field and its hidden problem line; ``finished`` commits it.

        ``about`` is what a screen reader says of the field: its name and what it holds.
        """
        widget.setAccessibleName(about[0])
        widget.setAccessibleDescription(about[1])
        self.form.addRow(label, widget)
        problem = plain_label("")
        problem.setStyleSheet(PROBLEM_STYLE)
        problem.setObjectName(f"{name}_problem")
        self.form.addRow(problem)
        self.form.setRowVisible(problem, False)
        self._widgets[name] = widget
        self._problems[name] = problem
        if finished is not None:
            self._typed.add(name)
            finished.connect(partial(self.commit, name))

    # Public.

    def show_item(self, document: Document, journey_id: str, item_id: str) -> bool:
        """Show another item, replacing every field; False if it does not exist."""
        self.document, self.journey_id, self.item_id = document, journey_id, item_id
        self._shown.clear()
        for name in self._problems:
            self.set_problem(name, "")
        return self.refresh(force=True)

    def refresh(self, force: bool = False) -> bool:
        """Show the model's values where they changed; False if the item no longer exists."""
        item = self._item()
        if item is None:
            return False
        for name, value in self._values(item).items():
            if force or self._shown.get(name, _UNSET) != value:
                self._write(name, value)
                self._shown[name] = value
                self.set_problem(name, "")
        self._update_extras(item)
        return True

    def problem(self, name: str) -> str:
        """The sentence shown under a field, or "" if there is none."""
        label = self._problems[name]
        return label.text() if not label.isHidden() else ""

    def set_problem(self, name: str, text: str) -> None:
        """Show ``text`` under a field, or hide its problem line if ``text`` is empty."""
        label = self._problems[name]
        label.setText(text)
        label.setHidden(not text)
        self.form.setRowVisible(label, bool(text))

    def commit(self, name: str, value: Any = _UNSET) -> bool:
        """Push one command if the field's value differs from the model; show limits broken.

        Returns False when the typed value breaks a limit (the field says which).
        """
        item = self._item()
        if item is None:
            return True
        try:
            new = self._read(name) if value is _UNSET else value
        except LimitError as error:
            self.set_problem(name, str(error))
            return False
        self.set_problem(name, "")
        if new != self._values(item)[name]:
            self._push({name: new})
        return True

    def finish_editing(self) -> bool:
        """Commit every field whose typed value is not in the model yet (before another item).

        Returns False when a value breaks a limit: the text stays in its field, the field
        says why, and ``refusal`` holds the sentence.
        """
        item = self._item()
        if item is None:
            return True
        values = self._values(item)
        for name in self._typed:
            try:
                typed = self._read(name)
            except LimitError as error:
                self.set_problem(name, str(error))
                self.refusal = str(error)
                return False
            if typed != values[name]:
                self.commit(name, typed)
        return True
