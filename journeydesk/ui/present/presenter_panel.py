"""The presenter panel: on the laptop, while the projector shows the presentation.

It says which stage the room sees and which comes next, steps the presentation, and holds
the timer and the tally of the last dot-voting round, so the facilitator never has to reach
for the projected screen.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QDockWidget,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from journeydesk.i18n import arg
from journeydesk.ui.present.presentation_view import PresentationView

if TYPE_CHECKING:
    from journeydesk.ui.present.presentation_window import PresentationWindow


def _label(text: str = "", bold: bool = False, size: float = 0.0) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)  # stage titles are the facilitator's words
    label.setWordWrap(True)
    if bold or size:
        font = QFont(label.font())
        font.setBold(bold)
        if size:
            font.setPointSizeF(size)
        label.setFont(font)
    return label


class PresenterPanel(QDockWidget):
    """Steps the presentation on the other screen; shows the timer and the vote tally."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Presenter"))
        self.setObjectName("presenter-dock")
        self.presentation: PresentationWindow | None = None
        body = QWidget(self)
        body.setAccessibleName(self.tr("Presenter"))
        body.setAccessibleDescription(
            self.tr("Steps the presentation on the other screen; holds the timer and the tally")
        )
        column = QVBoxLayout(body)
        column.addWidget(_label(self.tr("The room sees")))
        self.now = _label(bold=True, size=15)
        column.addWidget(self.now)
        self.next = _label()
        column.addWidget(self.next)
        steps = QHBoxLayout()
        self.previous_button = QPushButton(self.tr("◀ Previous"))
        self.next_button = QPushButton(self.tr("Next ▶"))
        self.whole_button = QPushButton(self.tr("Whole Map"))
        for button, name, description in (
            (
                self.previous_button,
                self.tr("Previous stage"),
                self.tr("Show the room the stage before this one"),
            ),
            (self.next_button, self.tr("Next stage"), self.tr("Show the room the next stage")),
            (self.whole_button, self.tr("Whole Map"), self.tr("Show the room the whole map")),
        ):
            button.setAccessibleName(name)
            button.setAccessibleDescription(description)
            steps.addWidget(button)
        column.addLayout(steps)
        options = QGridLayout()
        span_label = _label(self.tr("Stages on screen:"))
        options.addWidget(span_label, 0, 0)
        self.span = QSpinBox()
        self.span.setRange(1, 50)
        self.span.setAccessibleName(self.tr("Stages on screen"))
        self.span.setAccessibleDescription(self.tr("How many stages the room sees side by side"))
        span_label.setBuddy(self.span)
        options.addWidget(self.span, 0, 1)
        self.spotlight = QCheckBox(self.tr("Spotlight the current stage"))
        self.spotlight.setAccessibleName(self.tr("Spotlight the current stage"))
        self.spotlight.setAccessibleDescription(
            self.tr("Dim all but the current stage on the presentation")
        )
        options.addWidget(self.spotlight, 1, 0, 1, 2)
        column.addLayout(options)
        #: Where the window puts the timer and the voting round's controls.
        self.extras = QVBoxLayout()
        column.addLayout(self.extras)
        self.tally_title = _label(self.tr("Dot voting"), bold=True)
        self.tally = _label()
        column.addWidget(self.tally_title)
        column.addWidget(self.tally)
        self.show_tally("", [])
        self.leave_button = QPushButton(self.tr("Leave Presentation"))
        self.leave_button.setAccessibleName(self.tr("Leave Presentation"))
        self.leave_button.setAccessibleDescription(
            self.tr("End the presentation and close its window")
        )
        column.addWidget(self.leave_button)
        column.addStretch(1)
        self.setWidget(body)
        self.previous_button.clicked.connect(lambda: self._on_view(lambda v: v.step(-1)))
        self.next_button.clicked.connect(lambda: self._on_view(lambda v: v.step(1)))
        self.whole_button.clicked.connect(lambda: self._on_view(lambda v: v.show_overview()))
        self.span.valueChanged.connect(lambda n: self._on_view(lambda v: v.set_span(n)))
        self.spotlight.toggled.connect(lambda on: self._on_view(lambda v: v.set_spotlight(on)))
        self.leave_button.clicked.connect(self._leave)
        self.hide()

    def follow(self, presentation: PresentationWindow | None) -> None:
        """Drive ``presentation`` (shown on another screen), or hide when it is None."""
        self.presentation = presentation
        if presentation is None:
            self.hide()
            return
        presentation.view.position_changed.connect(self._show_position)
        self._show_position()
        self.show()
        self.raise_()

    def show_tally(self, question: str, rows: list[tuple[int, str, int]]) -> None:
        """Show the presented map's last round: its question and (rank, card, dots) rows."""
        self.tally_title.setVisible(bool(question))
        self.tally.setVisible(bool(question))
        self.tally_title.setText(arg(self.tr("Dot voting: %1"), question))
        locale = QLocale()
        line = self.tr("%1. %2 (%3)", "a tally's line: rank. card (dots)")
        lines = [
            arg(line, locale.toString(rank), text[:60], locale.toString(dots))
            for rank, text, dots in rows[:8]
        ]
        self.tally.setText("\n".join(lines) or self.tr("No dots placed yet."))

    def _on_view(self, act: Callable[[PresentationView], object]) -> None:
        if self.presentation is not None:
            act(self.presentation.view)

    def _leave(self) -> None:
        if self.presentation is not None:
            self.presentation.close()

    def _show_position(self) -> None:
        if self.presentation is None:
            return
        view = self.presentation.view
        count = view.stage_count
        if not count:
            self.now.setText(self.tr("A map without stages"))
            self.next.setText("")
        else:
            locale = QLocale()
            index = view.stage_index
            untitled = self.tr("Untitled stage")
            title = view.stage_title(index) or untitled
            now = (
                self.tr("The whole map, stage %1 of %2: %3")
                if view.overview
                else self.tr("Stage %1 of %2: %3")
            )
            self.now.setText(arg(now, locale.toString(index + 1), locale.toString(count), title))
            if index + 1 < count:
                following = view.stage_title(index + 1) or untitled
                self.next.setText(arg(self.tr("Next: %1"), following))
            else:
                self.next.setText(self.tr("The last stage"))
        blocked = self.span.blockSignals(True)
        self.span.setMaximum(max(1, count))
        self.span.setValue(view.span)
        self.span.blockSignals(blocked)
        blocked = self.spotlight.blockSignals(True)
        self.spotlight.setChecked(view.spotlight)
        self.spotlight.blockSignals(blocked)
        self.previous_button.setEnabled(view.overview or view.stage_index > 0)
        self.next_button.setEnabled(view.overview or view.stage_index + 1 < count)
