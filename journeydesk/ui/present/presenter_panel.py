"""The presenter panel: on the laptop, while the projector shows the presentation.

It says which stage the room sees and which comes next, steps the presentation, and holds
the timer and the tally of the last dot-voting round, so the facilitator never has to reach
for the projected screen.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
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
        super().__init__("Presenter", parent)
        self.setObjectName("presenter-dock")
        self.presentation: PresentationWindow | None = None
        body = QWidget(self)
        column = QVBoxLayout(body)
        column.addWidget(_label("The room sees"))
        self.now = _label(bold=True, size=15)
        column.addWidget(self.now)
        self.next = _label()
        column.addWidget(self.next)
        steps = QHBoxLayout()
        self.previous_button = QPushButton("◀ Previous")
        self.next_button = QPushButton("Next ▶")
        self.whole_button = QPushButton("Whole Map")
        for button in (self.previous_button, self.next_button, self.whole_button):
            steps.addWidget(button)
        column.addLayout(steps)
        options = QGridLayout()
        options.addWidget(_label("Stages on screen:"), 0, 0)
        self.span = QSpinBox()
        self.span.setRange(1, 50)
        options.addWidget(self.span, 0, 1)
        self.spotlight = QCheckBox("Spotlight the current stage")
        options.addWidget(self.spotlight, 1, 0, 1, 2)
        column.addLayout(options)
        #: Where the window puts the timer and the voting round's controls.
        self.extras = QVBoxLayout()
        column.addLayout(self.extras)
        self.tally_title = _label("Dot voting", bold=True)
        self.tally = _label()
        column.addWidget(self.tally_title)
        column.addWidget(self.tally)
        self.show_tally("", [])
        self.leave_button = QPushButton("Leave Presentation")
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
        self.tally_title.setText(f"Dot voting: {question}")
        lines = [f"{rank}. {text[:60]} ({dots})" for rank, text, dots in rows[:8]]
        self.tally.setText("\n".join(lines) or "No dots placed yet.")

    def _on_view(self, act: object) -> None:
        if self.presentation is not None:
            act(self.presentation.view)  # type: ignore[operator]

    def _leave(self) -> None:
        if self.presentation is not None:
            self.presentation.close()

    def _show_position(self) -> None:
        if self.presentation is None:
            return
        view = self.presentation.view
        count = view.stage_count
        if not count:
            self.now.setText("A map without stages")
            self.next.setText("")
        else:
            index = view.stage_index
            title = view.stage_title(index) or "Untitled stage"
            where = "The whole map, " if view.overview else ""
            self.now.setText(f"{where}Stage {index + 1} of {count}: {title}")
            if index + 1 < count:
                self.next.setText(f"Next: {view.stage_title(index + 1) or 'Untitled stage'}")
            else:
                self.next.setText("The last stage")
        for widget, value in ((self.span, view.span), (self.spotlight, view.spotlight)):
            blocked = widget.blockSignals(True)
            if isinstance(widget, QSpinBox):
                widget.setMaximum(max(1, count))
                widget.setValue(value)
            else:
                widget.setChecked(value)
            widget.blockSignals(blocked)
        self.previous_button.setEnabled(view.overview or view.stage_index > 0)
        self.next_button.setEnabled(view.overview or view.stage_index + 1 < count)
