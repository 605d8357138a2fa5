"""The presentation: a full-screen window on the chosen screen, with no chrome but the map.

Over the map float the timer (large, top right, while it runs), the stage caption (bottom
left) and, when the presentation shares the facilitator's only screen, a small bar of
presenter controls that shows on a mouse move and hides itself again.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QEvent, QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QResizeEvent, QScreen
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget

from journeydesk.i18n import arg
from journeydesk.layout.style import TextSize
from journeydesk.ui.document import Document
from journeydesk.ui.present.presentation_view import PresentationView
from journeydesk.ui.timer_widgets import TimerDisplay

#: How long the presenter controls stay after the pointer stopped moving, in milliseconds.
CONTROLS_LINGER = 2500
OVERLAY_STYLE = """
QFrame#overlay { background: rgba(17, 24, 39, 225); border-radius: 12px; }
QLabel { color: #ffffff; font-size: 20px; }
QToolButton { color: #ffffff; background: transparent; border: none; font-size: 18px;
  padding: 6px 12px; border-radius: 8px; }
QToolButton:hover { background: rgba(255, 255, 255, 40); }
QToolButton:checked { background: rgba(255, 255, 255, 70); }
"""


class PresentationWindow(QWidget):
    """Shows one map full screen for the room; Escape (or the controls) leaves."""

    #: Fires when the presentation closed, whatever closed it.
    closed = Signal()

    def __init__(
        self,
        document: Document,
        journey_id: str,
        text_size: TextSize = TextSize.NORMAL,
        span: int = 1,
        with_controls: bool = True,
    ) -> None:
        super().__init__(None, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("JourneyDesk presentation"))
        self.setStyleSheet(OVERLAY_STYLE)
        self.view = PresentationView(document, journey_id, text_size, span, self)
        self.view.leave_requested.connect(self.close)
        self.view.position_changed.connect(self._show_position)
        self.caption = QLabel(self)
        self.caption.setObjectName("caption")
        self.caption.setTextFormat(Qt.TextFormat.PlainText)
        self.caption.setStyleSheet(
            "QLabel#caption { background: rgba(17, 24, 39, 200); color: #ffffff;"
            " font-size: 22px; padding: 6px 14px; border-radius: 10px; }"
        )
        self.caption.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        #: Whose turn it is while a dot-voting round is open, above the caption.
        self.vote_status = QLabel(self)
        self.vote_status.setTextFormat(Qt.TextFormat.RichText)
        self.vote_status.setStyleSheet(
            "QLabel { background: rgba(17, 24, 39, 225); color: #ffffff; font-size: 26px;"
            " padding: 8px 16px; border-radius: 10px; }"
        )
        self.vote_status.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.vote_status.hide()
        self.controls = PresentationControls(self) if with_controls else None
        self.corner_widgets: list[QWidget] = []
        #: Buttons of the dot-voting round on the controls (shown while a round is open).
        self.voting_controls: list[QWidget] = []
        self._abandoned = False
        self._timer_display: TimerDisplay | None = None
        self._hide_controls = QTimer(self, singleShot=True, interval=CONTROLS_LINGER)
        self._hide_controls.timeout.connect(self._on_idle)
        self.view.viewport().setMouseTracking(True)
        self.view.viewport().installEventFilter(self)
        self._show_position()

    def present_on(self, screen: QScreen | None) -> None:
        """Fill ``screen`` (None: the primary one) and take the keyboard."""
        screen = screen or QGuiApplication.primaryScreen()
        self.setScreen(screen)
        self.setGeometry(screen.geometry())
        self.showFullScreen()
        self.raise_()
        self.activateWindow()
        self.view.setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    def add_corner_widget(self, widget: QWidget) -> None:
        """Float ``widget`` in the top right corner (the timer), over the map."""
        widget.setParent(self)
        self.corner_widgets.append(widget)
        widget.show()
        self._arrange()

    def set_timer_display(self, display: TimerDisplay) -> None:
        """Float the large timer top right, shown while it counts (or flashes)."""
        self.add_corner_widget(display)
        display.timer.changed.connect(self._show_timer)
        self._timer_display = display
        self._show_timer()

    def _show_timer(self) -> None:
        display = self._timer_display
        if display is not None and display.isHidden() == display.timer.is_active:
            display.setVisible(display.timer.is_active)
            self._arrange()

    def set_vote_status(self, text: str, colour: str) -> None:
        """Say whose dots a click places ("" hides it); ``colour`` is their dots' colour."""
        self.vote_status.setVisible(bool(text))
        if text:
            # Rich text only for the voter's coloured dot; the words (a name) are escaped.
            dot = f'<span style="color: {colour}">\N{BLACK CIRCLE}</span>'
            self.vote_status.setText(f"{dot}&nbsp;{html.escape(text)}")
            self.vote_status.adjustSize()
        self._arrange()

    def add_control(self, widget: QWidget) -> None:
        """Put ``widget`` (the timer's button, voting) on the presenter controls, if shown."""
        if self.controls is not None:
            widget.setParent(self.controls)
            widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.controls.extra.addWidget(widget)

    # Showing where we are.

    def _show_position(self) -> None:
        view = self.view
        locale = QLocale()
        if not view.stage_count:
            text = self.tr("This map has no stages yet")
        elif view.overview:
            text = self.tr("Whole map · %n stage(s)", "", view.stage_count)
        else:
            title = view.stage_title(view.stage_index) or self.tr("Untitled stage")
            text = arg(
                self.tr("Stage %1 of %2 · %3"),
                locale.toString(view.stage_index + 1),
                locale.toString(view.stage_count),
                title,
            )
        self.caption.setText(text)
        self.caption.adjustSize()
        if self.controls is not None:
            self.controls.show_state(view)
        self._arrange()

    def _arrange(self) -> None:
        margin = 18
        self.view.setGeometry(self.rect())
        self.caption.move(margin, self.height() - self.caption.height() - margin)
        self.caption.raise_()
        above = self.caption.y() - self.vote_status.height() - margin // 2
        self.vote_status.move(margin, above)
        self.vote_status.raise_()
        top = margin
        for widget in self.corner_widgets:
            if widget.isVisible():
                widget.adjustSize()
                widget.move(self.width() - widget.width() - margin, top)
                widget.raise_()
                top += widget.height() + margin
        if self.controls is not None:
            self.controls.adjustSize()
            self.controls.move(
                (self.width() - self.controls.width()) // 2,
                self.height() - self.controls.height() - margin,
            )
            self.controls.raise_()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange()

    # The controls that hide themselves.

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.MouseMove and self.controls is not None:
            self.controls.show()
            self._arrange()
            self._hide_controls.start()
        return super().eventFilter(watched, event)

    def _on_idle(self) -> None:
        if self.controls is not None and not self.controls.underMouse():
            self.controls.hide()
        elif self.controls is not None:
            self._hide_controls.start()

    def abandon(self) -> None:
        """Close at once, typing given up: its map or its document is going away."""
        self._abandoned = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._abandoned and not self.view.editor.finish():
            event.ignore()  # the typed text cannot be kept as it is: the editor said why
            return
        self.view.journey_scene.detach()
        if self._timer_display is not None:
            self._timer_display.timer.changed.disconnect(self._show_timer)
        super().closeEvent(event)
        self.closed.emit()


class PresentationControls(QFrame):
    """The presenter's buttons over the map when there is no second screen for them."""

    def __init__(self, window: PresentationWindow) -> None:
        super().__init__(window)
        self.setObjectName("overlay")
        self.setAccessibleName(self.tr("Presenter controls"))
        view = window.view
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 6, 10, 6)
        row.setSpacing(4)

        def button(
            text: str, name: str, tip: str, slot: Callable[..., object], checkable: bool = False
        ) -> QToolButton:
            made = QToolButton(self)
            made.setText(text)
            made.setToolTip(tip)
            made.setAccessibleName(name)
            made.setAccessibleDescription(tip)
            made.setCheckable(checkable)
            made.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys stay with the map
            made.clicked.connect(slot)
            row.addWidget(made)
            return made

        button(
            "◀",
            self.tr("Previous stage"),
            self.tr("Previous stage (Left, Page Up)"),
            lambda: view.step(-1),
        )
        button(
            "▶",
            self.tr("Next stage"),
            self.tr("Next stage (Right, Page Down, Space)"),
            lambda: view.step(1),
        )
        whole = self.tr("Whole Map")
        button(whole, whole, self.tr("Show the whole map (Home)"), lambda: view.show_overview())
        fewer, more = (lambda: view.set_span(view.span - 1)), (lambda: view.set_span(view.span + 1))
        button(
            "\N{MINUS SIGN}",
            self.tr("Fewer stages"),
            self.tr("Show fewer stages at once (-)"),
            fewer,
        )
        self.span_label = QLabel(self)
        self.span_label.setTextFormat(Qt.TextFormat.PlainText)
        row.addWidget(self.span_label)
        button("+", self.tr("More stages"), self.tr("Show more stages at once (+)"), more)
        spotlight = self.tr("Spotlight")
        self.spotlight = button(
            spotlight,
            spotlight,
            self.tr("Dim all but the current stage (S)"),
            view.set_spotlight,
            checkable=True,
        )
        self.extra = QHBoxLayout()
        row.addLayout(self.extra)
        leave = self.tr("Leave")
        button(leave, leave, self.tr("Leave the presentation (Escape)"), window.close)
        self.hide()

    def show_state(self, view: PresentationView) -> None:
        """Say how many stages show, and whether the spotlight is on."""
        self.span_label.setText(self.tr("%n stage(s)", "", view.span))
        self.spotlight.setChecked(view.spotlight)
