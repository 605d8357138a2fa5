"""View > Text Size and View > High Contrast: a map readable from further away, on screen only.

Both change how the canvas lays out and paints the map, never the poster. The choice is kept in
the settings and applies to every map of every window.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from journeydesk.i18n import QT_TRANSLATE_NOOP
from journeydesk.layout.style import Style, TextSize, screen_style
from journeydesk.ui.settings import Settings

#: Each text size's menu entry and status tip (translated where shown, in "ViewOptions").
SIZE_TEXTS = {
    TextSize.NORMAL: (
        QT_TRANSLATE_NOOP("ViewOptions", "&Normal"),
        QT_TRANSLATE_NOOP("ViewOptions", "Draw the map's text at its printed size"),
    ),
    TextSize.LARGE: (
        QT_TRANSLATE_NOOP("ViewOptions", "&Large"),
        QT_TRANSLATE_NOOP("ViewOptions", "Draw the map's text large (not the poster's)"),
    ),
    TextSize.EXTRA_LARGE: (
        QT_TRANSLATE_NOOP("ViewOptions", "&Extra Large"),
        QT_TRANSLATE_NOOP("ViewOptions", "Draw the map's text extra large (not the poster's)"),
    ),
}


class ViewOptions(QObject):
    """The text size and contrast actions of one window."""

    #: Fires with the new style after the facilitator chose another text size or contrast.
    style_changed = Signal(object)

    def __init__(self, window: QWidget, settings: Settings, apply: Callable[[Style], bool]) -> None:
        super().__init__(window)
        self._settings = settings
        self._apply = apply
        self.size_group = QActionGroup(self)
        self.size_actions: dict[TextSize, QAction] = {}
        for size in TextSize:
            text, tip = (QCoreApplication.translate("ViewOptions", t) for t in SIZE_TEXTS[size])
            action = QAction(text, window)
            action.setCheckable(True)
            action.setStatusTip(tip)
            action.triggered.connect(lambda _checked=False, s=size: self.set_text_size(s))
            self.size_group.addAction(action)
            self.size_actions[size] = action
        self.high_contrast = QAction(self.tr("&High Contrast"), window)
        self.high_contrast.setCheckable(True)
        self.high_contrast.setStatusTip(
            self.tr("Black text on light cards, for projectors and far seats")
        )
        self.high_contrast.triggered.connect(self.set_high_contrast)
        self._show_choice()

    def style(self) -> Style:
        """The style the settings ask for."""
        return screen_style(self._settings.text_size, self._settings.high_contrast)

    def fill_view_menu(self, menu: QMenu) -> None:
        """Add the Text Size submenu and the High Contrast toggle."""
        sizes = menu.addMenu(self.tr("&Text Size"))
        for action in self.size_actions.values():
            sizes.addAction(action)
        menu.addAction(self.high_contrast)

    def set_text_size(self, size: TextSize) -> None:
        """Draw the maps' text in ``size`` from now on, and remember it."""
        self._change(size, self._settings.high_contrast)

    def set_high_contrast(self, on: bool) -> None:
        """Paint the maps in the high-contrast theme (or not), and remember it."""
        self._change(self._settings.text_size, on)

    def follow(self) -> None:
        """Take the text size and contrast another window just chose (they share settings)."""
        self._apply(self.style())
        self._show_choice()

    def _change(self, size: TextSize, high_contrast: bool) -> None:
        style = screen_style(size, high_contrast)
        if self._apply(style):
            self._settings.text_size = size
            self._settings.high_contrast = high_contrast
            self._settings.save()
            self.style_changed.emit(style)
        self._show_choice()

    def _show_choice(self) -> None:
        self.size_actions[self._settings.text_size].setChecked(True)
        self.high_contrast.setChecked(self._settings.high_contrast)
