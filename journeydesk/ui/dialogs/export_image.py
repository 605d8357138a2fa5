"""File > Export Image…: a PNG or SVG of the map, or of some of its stages, for slides."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSizeF
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from journeydesk.model.project import Journey, short_label
from journeydesk.ui.map_image import DEFAULT_SCALE, MAX_PIXELS, Region
from journeydesk.ui.widgets import plain_label

#: How a PNG's size is given: (label, smallest, largest, step, decimals, default).
UNITS = (
    ("times screen size", 0.5, 8.0, 0.5, 1, DEFAULT_SCALE),
    ("pixels wide", 100.0, float(MAX_PIXELS), 100.0, 0, 1920.0),
    ("dots per inch", 36.0, 600.0, 12.0, 0, 144.0),
)
#: The picture formats: (label, extension).
FORMATS = (("PNG image", ".png"), ("SVG drawing (scales without blur)", ".svg"))


class ExportImageDialog(QDialog):
    """Choose what of the map to picture, as what, and how large."""

    def __init__(
        self,
        journey: Journey,
        size_of: Callable[[Region], QSizeF],
        in_view: tuple[int, int] | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Export Image")
        self._size_of = size_of
        self._in_view = in_view
        stages = [
            short_label(stage.title or f"Stage {i + 1}") for i, stage in enumerate(journey.stages)
        ]
        self.whole = QRadioButton("The whole map", self)
        self.some = QRadioButton("Some stages:", self)
        in_view_label = "The stages in view now"
        if in_view is not None and stages:
            first, last = stages[in_view[0]], stages[in_view[1]]
            in_view_label += f" ({first})" if first == last else f" ({first} to {last})"
        # A stage title's "&" is text, not a keyboard mnemonic.
        self.view = QRadioButton(in_view_label.replace("&", "&&"), self)
        self.view.setEnabled(in_view is not None)
        group = QButtonGroup(self)
        for button in (self.whole, self.some, self.view):
            group.addButton(button)
        self.whole.setChecked(True)
        self.first = QComboBox(self)
        self.last = QComboBox(self)
        for title in stages:
            self.first.addItem(title)
            self.last.addItem(title)
        self.last.setCurrentIndex(max(0, len(stages) - 1))
        self.format = QComboBox(self)
        for label, _extension in FORMATS:
            self.format.addItem(label)
        self.scale = QDoubleSpinBox(self)
        self.unit = QComboBox(self)
        for label, *_limits in UNITS:
            self.unit.addItem(label)
        self._set_unit(0)
        self.summary = plain_label("", self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText("Export…")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._lay_out()
        for signal in (
            group.buttonToggled,
            self.first.currentIndexChanged,
            self.last.currentIndexChanged,
            self.format.currentIndexChanged,
            self.scale.valueChanged,
        ):
            signal.connect(self._update)
        self.unit.currentIndexChanged.connect(self._on_unit)
        self._update()

    def _on_unit(self, index: int) -> None:
        self._set_unit(index)
        self._update()

    def _lay_out(self) -> None:
        stages = QHBoxLayout()
        stages.addWidget(self.some)
        stages.addWidget(self.first, 1)
        stages.addWidget(QLabel("to", self))
        stages.addWidget(self.last, 1)
        form = QFormLayout()
        form.addRow("Format:", self.format)
        size = QHBoxLayout()
        size.addWidget(self.scale, 1)
        size.addWidget(self.unit, 1)
        form.addRow("Size:", size)
        layout = QVBoxLayout(self)
        layout.addWidget(self.whole)
        layout.addLayout(stages)
        layout.addWidget(self.view)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)

    def region(self) -> Region:
        """What of the map was chosen."""
        if self.some.isChecked():
            return Region(self.first.currentIndex(), self.last.currentIndex())
        if self.view.isChecked() and self._in_view is not None:
            return Region(*self._in_view)
        return Region()

    def extension(self) -> str:
        """The file extension of the chosen format."""
        return FORMATS[self.format.currentIndex()][1]

    def picture_scale(self) -> float:
        """Pixels per point for a PNG, from the size as given."""
        value = self.scale.value()
        unit = self.unit.currentIndex()
        if unit == 1:  # pixels wide
            return value / max(1.0, self._size_of(self.region()).width())
        if unit == 2:  # dots per inch: a point is 1/72 inch
            return value / 72
        return value

    def _set_unit(self, index: int) -> None:
        _label, low, high, step, decimals, default = UNITS[index]
        self.scale.blockSignals(True)
        self.scale.setDecimals(decimals)
        self.scale.setRange(low, high)
        self.scale.setSingleStep(step)
        self.scale.setValue(default)
        self.scale.blockSignals(False)

    def _update(self) -> None:
        self.first.setEnabled(self.some.isChecked())
        self.last.setEnabled(self.some.isChecked())
        svg = self.extension() == ".svg"
        self.scale.setEnabled(not svg)
        self.unit.setEnabled(not svg)
        size = self._size_of(self.region())
        if svg:
            self.summary.setText(
                f"{size.width() / 72 * 2.54:.0f} x {size.height() / 72 * 2.54:.0f} cm at full "
                "size; any size without blur."
            )
            return
        wanted = self.picture_scale()
        scale = min(wanted, MAX_PIXELS / max(size.width(), size.height(), 1.0))
        width, height = round(size.width() * scale), round(size.height() * scale)
        cut = " (the largest JourneyDesk makes)" if scale < wanted else ""
        self.summary.setText(f"{width} x {height} pixels{cut}.")
