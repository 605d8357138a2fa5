"""A grid of colour swatches: pick a sticky colour with one click."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QButtonGroup,
    QColorDialog,
    QGridLayout,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from journeydesk.i18n import QT_TRANSLATE_NOOP, arg
from journeydesk.model.templates import DEFAULT_LANE_COLOUR, LANE_COLOURS
from journeydesk.ui.docks.form_fields import swatch_icon

COLUMNS = 7


def palette_colours(with_default: bool = False) -> list[str]:
    """The familiar lane colours, each once, in the order of ``LANE_COLOURS``."""
    colours = list(dict.fromkeys(c.lower() for c in LANE_COLOURS.values()))
    if with_default and DEFAULT_LANE_COLOUR.lower() not in colours:
        colours.insert(0, DEFAULT_LANE_COLOUR.lower())
    return colours


#: What each palette colour is called, for the tool tip and a screen reader.
COLOUR_NAMES = {
    "#fff3b0": QT_TRANSLATE_NOOP("SwatchPicker", "Pale yellow"),
    "#ffe58f": QT_TRANSLATE_NOOP("SwatchPicker", "Yellow"),
    "#bfdcff": QT_TRANSLATE_NOOP("SwatchPicker", "Blue"),
    "#ffe8cc": QT_TRANSLATE_NOOP("SwatchPicker", "Peach"),
    "#ffc2d1": QT_TRANSLATE_NOOP("SwatchPicker", "Pink"),
    "#c3ecc8": QT_TRANSLATE_NOOP("SwatchPicker", "Green"),
    "#e0d4ff": QT_TRANSLATE_NOOP("SwatchPicker", "Lavender"),
    "#c8eef5": QT_TRANSLATE_NOOP("SwatchPicker", "Turquoise"),
    "#ffd8b0": QT_TRANSLATE_NOOP("SwatchPicker", "Orange"),
    "#dcdfe4": QT_TRANSLATE_NOOP("SwatchPicker", "Grey"),
    "#e9e1d4": QT_TRANSLATE_NOOP("SwatchPicker", "Beige"),
    "#8a94a6": QT_TRANSLATE_NOOP("SwatchPicker", "Slate grey"),
    "#f3f0b5": QT_TRANSLATE_NOOP("SwatchPicker", "Khaki"),
}


class SwatchPicker(QWidget):
    """Colour swatches, optionally with "Lane colour" (None) and a "Custom..." chooser."""

    #: Fires when the user picks a colour: "#rrggbb", or None for the lane's colour.
    colour_picked = Signal(object)

    def __init__(
        self,
        colours: list[str],
        lane_option: bool = False,
        custom_option: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self.buttons: dict[str, QToolButton] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.lane_button: QToolButton | None = None
        if lane_option:
            self.lane_button = self._button(
                "#ffffff", self.tr("Lane colour"), self.tr("Use the colour of the card's lane")
            )
            self.lane_button.setText(self.tr("Lane colour"))
            self.lane_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            self.lane_button.clicked.connect(lambda: self.colour_picked.emit(None))
            layout.addWidget(self.lane_button, 0, Qt.AlignmentFlag.AlignLeft)
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(2)
        for index, colour in enumerate(colours):
            button = self._button(colour, self.colour_name(colour), self.tr("Pick this colour"))
            button.clicked.connect(lambda _=False, c=colour: self.colour_picked.emit(c))
            self.buttons[colour] = button
            grid.addWidget(button, index // COLUMNS, index % COLUMNS)
        # Shows a colour that is not on the palette (from a file or the colour chooser).
        self.other_button = self._button(
            "#ffffff", self.tr("Other colour"), self.tr("This colour is not on the palette")
        )
        self.other_button.hide()
        self.other_button.clicked.connect(lambda: self.colour_picked.emit(self._other))
        self._other = ""
        grid.addWidget(self.other_button, len(colours) // COLUMNS, len(colours) % COLUMNS)
        grid.setColumnStretch(COLUMNS, 1)
        layout.addLayout(grid)
        self.custom_button: QToolButton | None = None
        if custom_option:
            self.custom_button = QToolButton(self)
            self.custom_button.setText(self.tr("Custom…"))
            self.custom_button.setToolTip(self.tr("Choose any colour"))
            self.custom_button.setAccessibleName(self.tr("Custom colour"))
            self.custom_button.setAccessibleDescription(self.tr("Choose any colour"))
            self.custom_button.clicked.connect(self._choose_custom)
            layout.addWidget(self.custom_button, 0, Qt.AlignmentFlag.AlignLeft)
        self._current: str | None = None

    def colour_name(self, colour: str) -> str:
        """What ``colour`` is called ("Yellow"), or its code if it has no name."""
        name = COLOUR_NAMES.get(colour.lower())
        return self.tr(name) if name is not None else colour

    def _button(self, colour: str, name: str, description: str) -> QToolButton:
        button = QToolButton(self)
        button.setCheckable(True)
        button.setAutoRaise(True)
        button.setIcon(swatch_icon(colour))
        button.setIconSize(QSize(22, 18))
        named = colour in COLOUR_NAMES
        button.setToolTip(arg(self.tr("%1 (%2)"), name, colour) if named else description)
        button.setAccessibleName(name)
        button.setAccessibleDescription(description)
        self._group.addButton(button)
        return button

    def current(self) -> str | None:
        """The colour shown as chosen ("#rrggbb" or None for the lane's colour)."""
        return self._current

    def set_current(self, colour: str | None) -> None:
        """Check the swatch of ``colour`` (None: "Lane colour"); an unknown colour gets its own."""
        self._current = colour
        key = colour.lower() if colour else None
        self.other_button.setVisible(key is not None and key not in self.buttons)
        if key is None:
            if self.lane_button is not None:
                self.lane_button.setChecked(True)
            return
        button = self.buttons.get(key)
        if button is None:
            self._other = colour or ""
            self.other_button.setIcon(swatch_icon(key))
            self.other_button.setToolTip(
                arg(self.tr("%1 (this colour is not on the palette)"), key)
            )
            self.other_button.setAccessibleName(arg(self.tr("Other colour %1"), key))
            button = self.other_button
        button.setChecked(True)

    def clear_choice(self) -> None:
        """Check no swatch (several cards of different colours are shown)."""
        self._current = None
        self._group.setExclusive(False)
        for button in self._group.buttons():
            button.setChecked(False)
        self._group.setExclusive(True)
        self.other_button.hide()

    def set_lane_colour(self, colour: str) -> None:
        """Draw the "Lane colour" swatch in the lane's colour."""
        if self.lane_button is not None:
            self.lane_button.setIcon(swatch_icon(colour))

    def _choose_custom(self) -> None:
        initial = QColor(self._current or DEFAULT_LANE_COLOUR)
        chosen = QColorDialog.getColor(initial, self, self.tr("Lane Colour"))
        if chosen.isValid():
            self.colour_picked.emit(chosen.name(QColor.NameFormat.HexRgb).lower())
