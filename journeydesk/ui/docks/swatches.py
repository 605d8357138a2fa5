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

from journeydesk.model.templates import DEFAULT_LANE_COLOUR, LANE_COLOURS
from journeydesk.ui.docks.form_fields import swatch_icon

COLUMNS = 7


def palette_colours(with_default: bool = False) -> list[str]:
    """The familiar lane colours, each once, in the order of ``LANE_COLOURS``."""
    colours = list(dict.fromkeys(c.lower() for c in LANE_COLOURS.values()))
    if with_default and DEFAULT_LANE_COLOUR.lower() not in colours:
        colours.insert(0, DEFAULT_LANE_COLOUR.lower())
    return colours


def _colour_names() -> dict[str, list[str]]:
    names: dict[str, list[str]] = {}
    for name, colour in LANE_COLOURS.items():
        names.setdefault(colour.lower(), []).append(name)
    return names


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
            self.lane_button = self._button("#ffffff", "Use the colour of the card's lane")
            self.lane_button.setText("Lane colour")
            self.lane_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            self.lane_button.clicked.connect(lambda: self.colour_picked.emit(None))
            layout.addWidget(self.lane_button, 0, Qt.AlignmentFlag.AlignLeft)
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(2)
        names = _colour_names()
        for index, colour in enumerate(colours):
            known = ", ".join(names.get(colour, []))
            tip = f"{colour} ({known})" if known else colour
            button = self._button(colour, tip)
            button.clicked.connect(lambda _=False, c=colour: self.colour_picked.emit(c))
            self.buttons[colour] = button
            grid.addWidget(button, index // COLUMNS, index % COLUMNS)
        # Shows a colour that is not on the palette (from a file or the colour chooser).
        self.other_button = self._button("#ffffff", "")
        self.other_button.hide()
        self.other_button.clicked.connect(lambda: self.colour_picked.emit(self._other))
        self._other = ""
        grid.addWidget(self.other_button, len(colours) // COLUMNS, len(colours) % COLUMNS)
        grid.setColumnStretch(COLUMNS, 1)
        layout.addLayout(grid)
        self.custom_button: QToolButton | None = None
        if custom_option:
            self.custom_button = QToolButton(self)
            self.custom_button.setText("Custom…")
            self.custom_button.setToolTip("Choose any colour")
            self.custom_button.clicked.connect(self._choose_custom)
            layout.addWidget(self.custom_button, 0, Qt.AlignmentFlag.AlignLeft)
        self._current: str | None = None

    def _button(self, colour: str, tip: str) -> QToolButton:
        button = QToolButton(self)
        button.setCheckable(True)
        button.setAutoRaise(True)
        button.setIcon(swatch_icon(colour))
        button.setIconSize(QSize(22, 18))
        button.setToolTip(tip)
        button.setAccessibleName(tip)
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
            self.other_button.setToolTip(f"{key} (this colour is not on the palette)")
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
        chosen = QColorDialog.getColor(initial, self, "Lane Colour")
        if chosen.isValid():
            self.colour_picked.emit(chosen.name(QColor.NameFormat.HexRgb).lower())
