"""View > Present (F5): the presentation of the map on show, on the screen the facilitator chose.

With a second screen the presentation goes there (a projector is rarely the primary screen)
and the editor keeps the laptop, with the presenter panel docked; with one screen the
presentation covers it and carries its own small controls.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication, QScreen
from PySide6.QtWidgets import QMenu, QWidget

from journeydesk.i18n import Translatable, arg
from journeydesk.ui import messages
from journeydesk.ui.canvas.view import JourneyView
from journeydesk.ui.present.presenter_panel import PresenterPanel
from journeydesk.ui.shortcuts import bind
from journeydesk.ui.timer_widgets import TimerButton, TimerDisplay
from journeydesk.ui.workshop_timer import WorkshopTimer

if TYPE_CHECKING:
    from journeydesk.ui.present.presentation_window import PresentationWindow

if TYPE_CHECKING:
    from journeydesk.ui.document import Document
    from journeydesk.ui.main_window import MainWindow


class PresentScreenText(Translatable):
    """Texts naming the screens a presentation can go to."""


def screen_label(screen: QScreen) -> str:
    """A screen as a menu names it: its name, size and whether it is the primary one."""
    size = screen.size()
    locale = QLocale()
    locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)  # 1920, not 1,920
    width, height = locale.toString(size.width()), locale.toString(size.height())
    resolution = f"{width} \N{MULTIPLICATION SIGN} {height}"
    name = screen.name() or PresentScreenText.tr("Screen")
    if screen is QGuiApplication.primaryScreen():
        return arg(
            PresentScreenText.tr("%1, %2 (main screen)", "a screen's name, its size"),
            name,
            resolution,
        )
    return arg(PresentScreenText.tr("%1, %2", "a screen's name, its size"), name, resolution)


def presentation_screen(
    screens: list[QScreen], window_screen: QScreen | None, remembered: str
) -> QScreen | None:
    """The screen to present on: the remembered one if attached, else one the window is not on."""
    for screen in screens:
        if remembered and screen.name() == remembered:
            return screen
    others = [screen for screen in screens if screen is not window_screen]
    return others[0] if others else (screens[0] if screens else None)


class Presenting(QObject):
    """Starts and ends the presentation of a window's current map."""

    #: Fires when a presentation started (its window) or ended (None).
    presentation_changed = Signal(object)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.presentation: PresentationWindow | None = None
        self._watched: Document | None = None  # the document whose maps it follows
        self.present_action = bind(QAction(self.tr("&Present"), window), "F5")
        self.present_action.setStatusTip(
            self.tr("Show the map full screen for the room (Escape leaves)")
        )
        self.present_action.triggered.connect(self.toggle)
        window.addAction(self.present_action)
        self.screen_menu = QMenu(self.tr("Presentation &Screen"), window)
        self.screen_menu.aboutToShow.connect(self._fill_screen_menu)
        self._screen_group = QActionGroup(self)
        #: The workshop timer: small in the status bar, large on the presentation.
        self.timer = WorkshopTimer(window)
        self._timer_buttons: list[TimerButton] = []
        self.panel = PresenterPanel(window)
        window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.panel)
        self.panel.extras.addWidget(self.timer_button(self.panel))

    def timer_button(self, parent: QWidget) -> TimerButton:
        """A button showing the timer, with its presets; custom times are remembered."""
        button = TimerButton(self.timer, self.window.settings.timer_presets, parent)
        button.presets_changed.connect(self._remember_presets)
        self._timer_buttons.append(button)
        button.destroyed.connect(lambda: self._timer_buttons.remove(button))
        return button

    def _remember_presets(self, presets: list[int]) -> None:
        """A custom time remembered on one button: every button and the next session offer it."""
        self.window.settings.timer_presets = presets
        self.window.settings.save()
        for button in self._timer_buttons:
            if button.presets != presets:
                button.set_presets(presets)

    def fill_view_menu(self, menu: QMenu) -> None:
        """Add Present and the choice of screen."""
        menu.addAction(self.present_action)
        menu.addMenu(self.screen_menu)

    def screen(self) -> QScreen | None:
        """Where the next presentation goes."""
        return presentation_screen(
            QGuiApplication.screens(),
            self.window.screen(),
            self.window.settings.present_screen,
        )

    def on_second_screen(self) -> bool:
        """Whether the presentation has a screen of its own, away from the editor."""
        return self.screen() is not self.window.screen()

    def toggle(self) -> None:
        """Present the map on show, or leave the presentation."""
        if self.presentation is not None:
            self.presentation.close()
        else:
            self.start()

    def start(self) -> PresentationWindow | None:
        """Present the map on show on the chosen screen; None when there is no map."""
        view = self.window.map_tabs.current_view()
        if view is None or self.window.document is None:
            return None
        if not view.editor.finish():
            return None  # the typed text cannot be kept as it is: the editor said why
        settings = self.window.settings
        from journeydesk.ui.present.presentation_window import PresentationWindow

        presentation = PresentationWindow(
            self.window.document,
            view.journey_scene.journey_id,
            settings.text_size,
            settings.present_span,
            with_controls=not self.on_second_screen(),
        )
        presentation.view.show_stage(_stage_of(view), animate=False)
        presentation.set_timer_display(TimerDisplay(self.timer))
        self.timer.alert_widgets = [self.window, presentation]  # at zero, both ask to be seen
        if presentation.controls is not None:
            presentation.add_control(self.timer_button(presentation))
        # Undo, Redo and Save work from the presentation too (it is a window of its own), and
        # what is typed there is kept by autosave and refused with a sentence, as on the map.
        window = self.window
        presentation.addActions([window.undo_action, window.redo_action, window.save_action])
        editor = presentation.view.editor
        editor.typing.connect(window.autosaver.typed)
        editor.problem.connect(lambda text: messages.warn(presentation, "JourneyDesk", text))
        presentation.closed.connect(self._on_closed)
        self._watched = self.window.document
        self._watched.journeys_changed.connect(self._on_journeys_changed)
        self.presentation = presentation
        self.present_action.setText(self.tr("Leave &Presentation"))
        presentation.present_on(self.screen())
        if self.on_second_screen():
            self.panel.follow(presentation)
        self.presentation_changed.emit(presentation)
        return presentation

    def end(self) -> None:
        """Leave the presentation, if one is on (its document is going away or closing).

        Callers have committed what is typed (``commit_edits``); a text that still cannot be
        kept is given up here rather than leaving the presentation on a closed document.
        """
        if self.presentation is not None:
            self.presentation.view.editor.finish()
            self.presentation.abandon()

    def _on_journeys_changed(self) -> None:
        # The map on show was deleted (or undone into existence elsewhere): leave.
        presentation, document = self.presentation, self.window.document
        if presentation is None or document is None:
            return
        shown = presentation.view.journey_scene.journey_id
        if shown not in {journey.id for journey in document.project.journeys}:
            presentation.abandon()

    def _on_closed(self) -> None:
        presentation, self.presentation = self.presentation, None
        if self._watched is not None:
            self._watched.journeys_changed.disconnect(self._on_journeys_changed)
            self._watched = None
        self.panel.follow(None)
        self.timer.alert_widgets = [self.window]
        if presentation is not None:
            self.window.settings.present_span = presentation.view.span
            self.window.settings.save()
        self.present_action.setText(self.tr("&Present"))
        self.presentation_changed.emit(None)
        self.window.activateWindow()

    def _fill_screen_menu(self) -> None:
        self.screen_menu.clear()
        chosen = self.screen()
        for screen in QGuiApplication.screens():
            action = QAction(screen_label(screen), self.screen_menu)
            action.setCheckable(True)
            action.setChecked(screen is chosen)
            action.setStatusTip(self.tr("Present on this screen from now on"))
            action.triggered.connect(lambda _checked=False, s=screen: self._choose(s))
            self._screen_group.addAction(action)
            self.screen_menu.addAction(action)

    def _choose(self, screen: QScreen) -> None:
        self.window.settings.present_screen = screen.name()
        self.window.settings.save()


def _stage_of(view: JourneyView) -> int:
    """The stage the editor is on: its current cell's, else the first."""
    scene = view.journey_scene
    cell = scene.current_cell
    if cell is not None and cell[1] in scene.layout.stage_by_id:
        return scene.layout.stage_by_id[cell[1]].index
    return 0
