"""File > Export Image…: a PNG or SVG of the map, or of some of its stages, for slides."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLocale, QSizeF
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

from journeydesk.i18n import QT_TRANSLATE_NOOP, arg
from journeydesk.model.project import Journey, short_label
from journeydesk.ui.dialogs.accessible import describe
from journeydesk.ui.map_image import DEFAULT_SCALE, MAX_PIXELS, Region
from journeydesk.ui.widgets import plain_label

#: How a PNG's size is given: (label, smallest, largest, step, decimals, default).
UNITS = (
    (QT_TRANSLATE_NOOP("ExportImageDialog", "times screen size"), 0.5, 8.0, 0.5, 1, DEFAULT_SCALE),
    (
        QT_TRANSLATE_NOOP("ExportImageDialog", "pixels wide"),
        100.0,
        float(MAX_PIXELS),
        100.0,
        0,
        1920.0,
    ),
    (QT_TRANSLATE_NOOP("ExportImageDialog", "dots per inch"), 36.0, 600.0, 12.0, 0, 144.0),
)
#: The picture formats: (label, extension).
FORMATS = (
    (QT_TRANSLATE_NOOP("ExportImageDialog", "PNG image"), ".png"),
    (QT_TRANSLATE_NOOP("ExportImageDialog", "SVG drawing (scales without blur)"), ".svg"),
)


def _size(value: float) -> str:
    """A size in pixels or centimetres as the locale writes it, without thousands separators."""
    locale = QLocale()
    locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    return locale.toString(round(value))


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
        self.setWindowTitle(self.tr("Export Image"))
        self._size_of = size_of
        self._in_view = in_view
        stages = [
            short_label(stage.title or arg(self.tr("Stage %1"), QLocale().toString(i + 1)))
            for i, stage in enumerate(journey.stages)
        ]
        self.whole = describe(
            QRadioButton(self.tr("The whole map"), self),
            self.tr("The whole map"),
            self.tr("Picture every stage of the map"),
        )
        self.some = describe(
            QRadioButton(self.tr("Some stages:"), self),
            self.tr("Some stages"),
            self.tr("Picture the stages from the first chosen to the last chosen"),
        )
        in_view_label = self.tr("The stages in view now")
        if in_view is not None and stages:
            first, last = stages[in_view[0]], stages[in_view[1]]
            if first == last:
                in_view_label = arg(self.tr("The stages in view now (%1)"), first)
            else:
                in_view_label = arg(self.tr("The stages in view now (%1 to %2)"), first, last)
        # A stage title's "&" is text, not a keyboard mnemonic.
        self.view = describe(
            QRadioButton(in_view_label.replace("&", "&&"), self),
            in_view_label,
            self.tr("Picture the stages the canvas shows now"),
        )
        self.view.setEnabled(in_view is not None)
        group = QButtonGroup(self)
        for button in (self.whole, self.some, self.view):
            group.addButton(button)
        self.whole.setChecked(True)
        self.first = describe(
            QComboBox(self), self.tr("First stage"), self.tr("The first stage to picture")
        )
        self.last = describe(
            QComboBox(self), self.tr("Last stage"), self.tr("The last stage to picture")
        )
        for title in stages:
            self.first.addItem(title)
            self.last.addItem(title)
        self.last.setCurrentIndex(max(0, len(stages) - 1))
        self.format = describe(
            QComboBox(self),
            self.tr("Format"),
            self.tr("PNG for slides and documents, SVG for any size without blur"),
        )
        for label, _extension in FORMATS:
            self.format.addItem(self.tr(label))
        self.scale = describe(
            QDoubleSpinBox(self),
            self.tr("Size"),
            self.tr("The picture's size, in the unit chosen beside"),
        )
        self.unit = describe(
            QComboBox(self), self.tr("Size unit"), self.tr("How the picture's size is given")
        )
        for label, *_limits in UNITS:
            self.unit.addItem(self.tr(label))
        self._set_unit(0)
        self.summary = plain_label("", self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        export = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        export.setText(self.tr("Export…"))
        export.setAccessibleDescription(self.tr("Choose where to save the picture and save it"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleDescription(
            self.tr("Close without exporting")
        )
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
        stages.addWidget(QLabel(self.tr("to"), self))
        stages.addWidget(self.last, 1)
        form = QFormLayout()
        form.addRow(self.tr("Format:"), self.format)
        size = QHBoxLayout()
        size.addWidget(self.scale, 1)
        size.addWidget(self.unit, 1)
        form.addRow(self.tr("Size:"), size)
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
            width, height = _size(size.width() / 72 * 2.54), _size(size.height() / 72 * 2.54)
            text = self.tr("%1 x %2 cm at full size; any size without blur.")
            self.summary.setText(arg(text, width, height))
            return
        wanted = self.picture_scale()
        scale = min(wanted, MAX_PIXELS / max(size.width(), size.height(), 1.0))
        width, height = _size(size.width() * scale), _size(size.height() * scale)
        if scale < wanted:
            text = self.tr("%1 x %2 pixels (the largest JourneyDesk makes).")
        else:
            text = self.tr("%1 x %2 pixels.")
        self.summary.setText(arg(text, width, height))
