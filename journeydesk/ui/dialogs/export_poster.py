"""File > Export Poster: paper, sizing, margins and marks, with a live preview of the sheets."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressDialog,
    QRadioButton,
    QSpacerItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from journeydesk.layout.map_layout import MapLayout
from journeydesk.layout.style import Style
from journeydesk.model.errors import ProjectSaveError
from journeydesk.model.project import JourneyState
from journeydesk.poster.card_sheets import CardSheets, export_card_sheets, lay_out_card_sheets
from journeydesk.poster.content import PosterContent, compose
from journeydesk.poster.export import PosterRequest, compared_map, plan_poster, prepare
from journeydesk.poster.painter import ExportCancelledError, PosterOptions, export_poster
from journeydesk.poster.papers import MM, PAPERS
from journeydesk.poster.plan import Orientation, PosterError, PosterPlan, PosterSize
from journeydesk.poster.wall_kit import NOTE_SIZES, WallKit
from journeydesk.ui import messages
from journeydesk.ui.canvas.scene import JourneyScene
from journeydesk.ui.dialogs.poster_preview import PosterPreview
from journeydesk.ui.folders import ask_save_path, suggested_folder
from journeydesk.ui.messages import Button, quoted
from journeydesk.ui.open_file import open_in_viewer
from journeydesk.ui.settings import Settings
from journeydesk.ui.widgets import plain_label

CUSTOM = "custom"
#: Sizing modes of a tiled poster: (label, unit suffix, default value).
SIZING = {
    "scale": ("Scale of the canvas", " %", 100.0),
    "width": ("Poster width", " cm", 200.0),
    "height": ("Poster height", " cm", 100.0),
    "columns": ("Sheets wide", " sheets", 4.0),
}


class ExportPosterDialog(QDialog):
    """Choose how to print the map; the preview and the summary follow every change."""

    def __init__(self, scene: JourneyScene, settings: Settings, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("Export Poster")
        self.scene = scene
        self.settings = settings
        #: The map's current or future state, which the poster can print below it.
        self.compared = compared_map(scene.document.project, scene.journey)
        self._compared_layout: MapLayout | None = None
        self.map_layout = scene.layout
        self.plan: PosterPlan | None = None
        self.single = QRadioButton("One sheet (plotter or print shop)", self)
        self.tiled = QRadioButton("Tiles to tape together (office printer)", self)
        group = QButtonGroup(self)
        group.addButton(self.single)
        group.addButton(self.tiled)
        self.paper = QComboBox(self)
        for key, paper in PAPERS.items():
            self.paper.addItem(paper.title, key)
        self.paper.addItem("Custom size", CUSTOM)
        self.custom_width = self._millimetres(600, 5000)
        self.custom_height = self._millimetres(900, 5000)
        self.orientation = QComboBox(self)
        for label, value in (
            ("Automatic", "auto"),
            ("Portrait", "portrait"),
            ("Landscape", "landscape"),
        ):
            self.orientation.addItem(label, value)
        self.sizing = QComboBox(self)
        for key, (label, _unit, _default) in SIZING.items():
            self.sizing.addItem(label, key)
        self.size_value = QDoubleSpinBox(self)
        self.size_value.setRange(1, 100_000)
        self.size_value.setDecimals(0)
        self.margin = self._millimetres(10)
        self.overlap = self._millimetres(10)
        self.cut_marks = QCheckBox("Cut marks", self)
        self.labels = QCheckBox("Sheet labels", self)
        self.guide = QCheckBox("Assembly guide page", self)
        self.glue = QCheckBox("Shaded glue strips", self)
        self.compare = self._compare_box()
        self.blank = QCheckBox("Blank wall template for paper sticky notes", self)
        self.blank.setToolTip(
            "The headers and empty cells at full size, each cell holding real notes"
        )
        self.card_sheets = QCheckBox("Card sheets: each card as a paper note to cut out", self)
        self._sheets: CardSheets | None = None
        self.note = QComboBox(self)
        for key in NOTE_SIZES:
            width, height = key.split("x")
            self.note.addItem(f"{width} x {height} mm notes", key)
        self.per_cell = QSpinBox(self)
        self.per_cell.setRange(1, 12)
        self.per_cell.setValue(3)
        self.per_cell.setSuffix(" per cell")
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setStyleSheet("font-weight: bold")
        self.notes = plain_label("", self)
        self.content = self._compose(False)
        self.preview = PosterPreview(scene, self.content, self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText("Export…")
        self.buttons.accepted.connect(self.export)
        self.buttons.rejected.connect(self.reject)
        self._lay_out()
        self._restore(settings.poster)
        self.content = self._compose(self.compare.isChecked())
        self.preview.set_content(self.content)
        for changed in (
            self.compare.toggled,
            self.blank.toggled,
            self.card_sheets.toggled,
            self.note.currentIndexChanged,
            self.per_cell.valueChanged,
        ):
            changed.connect(self._content_changed)
        for signal in (
            self.single.toggled,
            self.paper.currentIndexChanged,
            self.orientation.currentIndexChanged,
            self.sizing.currentIndexChanged,
            self.size_value.valueChanged,
            self.margin.valueChanged,
            self.overlap.valueChanged,
            self.custom_width.valueChanged,
            self.custom_height.valueChanged,
        ):
            signal.connect(self.update_plan)
        self.sizing.currentIndexChanged.connect(self._sizing_changed)
        self._sizing_changed(restore=True)
        self.update_plan()
        self.resize(1000, 620)

    def _millimetres(self, value: float, most: float = 200) -> QDoubleSpinBox:
        box = QDoubleSpinBox(self)
        box.setRange(0, most)
        box.setDecimals(0)
        box.setSuffix(" mm")
        box.setValue(value)
        return box

    def _compare_box(self) -> QCheckBox:
        """The box "Print the current (or future) state below it", off when there is neither."""
        journey = self.scene.journey
        if self.compared is not None:
            current = self.compared.id == journey.source_journey_id
        else:
            current = journey.state is JourneyState.FUTURE
        box = QCheckBox(f"Print the {'current' if current else 'future'} state below it", self)
        if self.compared is None:
            box.setEnabled(False)
            box.setToolTip(
                "This map has no current or future state to print below it: "
                "Map > Create Future State makes one."
            )
        return box

    def _compose(self, with_compared: bool) -> PosterContent:
        """The poster's content, in the poster's style (never the canvas's text size): the
        map, and below it the compared map if asked for; or the blank wall template."""
        scene, compared = self.scene, None
        kit = self.wall_kit()
        if kit is not None:
            self.map_layout, content = prepare(scene.document.project, scene.journey, wall_kit=kit)
            return content
        poster_style = Style()
        self.map_layout = scene.layout if scene.map_style == poster_style else None
        if self.map_layout is None or self.map_layout.style != poster_style:
            self.map_layout = MapLayout(scene.journey, poster_style)
        if with_compared and self.compared is not None:
            if self._compared_layout is None:
                self._compared_layout = MapLayout(self.compared, poster_style)
            compared = (self.compared, self._compared_layout)
        return compose(scene.document.project, scene.journey, self.map_layout, compared)

    def wall_kit(self) -> WallKit | None:
        """The blank wall template asked for, if it is."""
        if not self.blank.isChecked():
            return None
        return WallKit(self.note.currentData(), self.per_cell.value())

    def _content_changed(self) -> None:
        self.content = self._compose(self.compare.isChecked())
        self.preview.set_content(self.content)
        self.update_plan()

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow(self.single)
        form.addRow(self.tiled)
        form.addRow("Paper:", self.paper)
        custom_row = QHBoxLayout()
        custom_row.addWidget(self.custom_width)
        custom_row.addWidget(QLabel("x", self))
        custom_row.addWidget(self.custom_height)
        form.addRow("Custom size:", custom_row)
        form.addRow("Orientation:", self.orientation)
        size_row = QHBoxLayout()
        size_row.addWidget(self.sizing)
        size_row.addWidget(self.size_value)
        form.addRow("Size:", size_row)
        form.addRow("Margin:", self.margin)
        form.addRow("Overlap:", self.overlap)
        for box in (self.cut_marks, self.labels, self.guide, self.glue):
            form.addRow(box)
        form.addItem(QSpacerItem(0, 8))
        form.addRow(self.compare)
        form.addRow(self.blank)
        form.addRow(self.card_sheets)
        notes_row = QHBoxLayout()
        notes_row.addWidget(self.note, 1)
        notes_row.addWidget(self.per_cell)
        form.addRow("Paper notes:", notes_row)
        left = QVBoxLayout()
        left.addLayout(form)
        left.addStretch(1)
        left.addWidget(self.summary)
        left.addWidget(self.notes)
        columns = QHBoxLayout()
        columns.addLayout(left)
        columns.addWidget(self.preview, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.buttons)

    # Choices.

    def request(self) -> PosterRequest:
        """The poster the dialog describes."""
        size = None
        if self.tiled.isChecked():
            mode, value = self.sizing.currentData(), self.size_value.value()
            size = {
                "scale": PosterSize(scale=value / 100),
                "width": PosterSize(width=value * 10 * MM),
                "height": PosterSize(height=value * 10 * MM),
                "columns": PosterSize(columns=int(value)),
            }[mode]
        return PosterRequest(
            paper=self._paper_key(),
            orientation=Orientation(self.orientation.currentData()),
            size=size,
            margin=self.margin.value() * MM,
            overlap=self.overlap.value() * MM,
            options=PosterOptions(
                cut_marks=self.cut_marks.isChecked(),
                labels=self.labels.isChecked(),
                guide=self.guide.isChecked(),
                glue_strips=self.glue.isChecked(),
            ),
            with_compared=self.compare.isChecked() and not self.blank.isChecked(),
            wall_kit=self.wall_kit(),
        )

    def _paper_key(self) -> str:
        if self.paper.currentData() == CUSTOM:
            return f"{self.custom_width.value():g}x{self.custom_height.value():g}mm"
        return self.paper.currentData()

    def update_plan(self) -> None:
        """Plan again and show the result, or the reason there is none."""
        tiled = self.tiled.isChecked()
        custom = self.paper.currentData() == CUSTOM
        self.custom_width.setEnabled(custom)
        self.custom_height.setEnabled(custom)
        cards = self.card_sheets.isChecked()
        blank = self.blank.isChecked() and not cards
        self.blank.setEnabled(not cards)
        self.note.setEnabled(blank or cards)
        self.per_cell.setEnabled(blank)
        self.compare.setEnabled(self.compared is not None and not blank and not cards)
        self.sizing.setEnabled(tiled and not blank)  # a blank wall prints at full size
        self.size_value.setEnabled(tiled and not blank)
        if cards:
            self._update_card_sheets()
            return
        self._sheets = None
        self.preview.set_card_sheets(None)
        for widget in (
            self.overlap,
            self.cut_marks,
            self.labels,
            self.guide,
            self.glue,
        ):
            widget.setEnabled(tiled)
        try:
            self.plan = plan_poster(
                self.scene.document.project, self.content, self.scene.journey, self.request()
            )
        except (PosterError, KeyError) as error:
            self.plan = None
            self.summary.setText("This poster cannot be made")
            self.notes.setText(str(error).strip("'\""))
        else:
            self.summary.setText(self.plan.summary())
            self.notes.setText("\n".join(self.plan.notes))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(self.plan is not None)
        self.preview.set_plan(self.plan)

    def _update_card_sheets(self) -> None:
        """Lay the cards out as notes on the paper chosen, and say how many pages."""
        for widget in (self.single, self.tiled, self.orientation, self.sizing, self.size_value):
            widget.setEnabled(False)
        for widget in (self.overlap, self.cut_marks, self.labels, self.guide, self.glue):
            widget.setEnabled(False)
        self.plan = None
        try:
            self._sheets = lay_out_card_sheets(
                self.scene.journey,
                self._paper_key(),
                self.note.currentData(),
                self.margin.value() * MM,
            )
        except (KeyError, ValueError) as error:
            self._sheets = None
            self.summary.setText("These card sheets cannot be made")
            self.notes.setText(str(error).strip("'\""))
        else:
            count = sum(len(page) for page in self._sheets.pages)
            pages = len(self._sheets.pages)
            self.summary.setText(
                f"{count} card{'s' if count != 1 else ''} as {self.note.currentText()} on "
                f"{pages} page{'s' if pages != 1 else ''} of {self.paper.currentText()}"
            )
            self.notes.setText("\n".join(self._sheets.notes))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(
            self._sheets is not None and bool(self._sheets.pages)
        )
        self.preview.set_card_sheets(self._sheets)

    def _sizing_changed(self, _index: int = 0, restore: bool = False) -> None:
        _label, unit, default = SIZING[self.sizing.currentData()]
        self.size_value.setSuffix(unit)
        if not restore:
            self.size_value.setValue(default)

    def _restore(self, saved: dict[str, Any]) -> None:
        self.tiled.setChecked(saved.get("tiled", True))
        self.single.setChecked(not self.tiled.isChecked())
        defaults = {"paper": "a4", "orientation": "auto", "sizing": "scale"}
        for combo, key in (
            (self.paper, "paper"),
            (self.orientation, "orientation"),
            (self.sizing, "sizing"),
        ):
            index = combo.findData(saved.get(key, defaults[key]))
            if index >= 0:
                combo.setCurrentIndex(index)
        self.size_value.setValue(float(saved.get("size", SIZING[self.sizing.currentData()][2])))
        self.margin.setValue(float(saved.get("margin_mm", 10)))
        self.custom_width.setValue(float(saved.get("custom_width_mm", 600)))
        self.custom_height.setValue(float(saved.get("custom_height_mm", 900)))
        self.overlap.setValue(float(saved.get("overlap_mm", 10)))
        for box, key in (
            (self.cut_marks, "cut_marks"),
            (self.labels, "labels"),
            (self.guide, "guide"),
            (self.glue, "glue"),
        ):
            box.setChecked(bool(saved.get(key, True)))
        self.compare.setChecked(self.compare.isEnabled() and bool(saved.get("compared", False)))
        index = self.note.findData(saved.get("note", "76x76"))
        self.note.setCurrentIndex(max(0, index))
        self.per_cell.setValue(int(saved.get("notes_per_cell", 3)))

    def _remember(self) -> None:
        self.settings.poster = {
            "tiled": self.tiled.isChecked(),
            "paper": self.paper.currentData(),
            "orientation": self.orientation.currentData(),
            "sizing": self.sizing.currentData(),
            "size": self.size_value.value(),
            "margin_mm": self.margin.value(),
            "custom_width_mm": self.custom_width.value(),
            "custom_height_mm": self.custom_height.value(),
            "overlap_mm": self.overlap.value(),
            "cut_marks": self.cut_marks.isChecked(),
            "labels": self.labels.isChecked(),
            "guide": self.guide.isChecked(),
            "glue": self.glue.isChecked(),
            "note": self.note.currentData(),
            "notes_per_cell": self.per_cell.value(),
            # A map with nothing to compare keeps the choice made for maps that have.
            "compared": self.compare.isChecked()
            if self.compare.isEnabled()
            else bool(self.settings.poster.get("compared", False)),
        }
        self.settings.save()

    # Exporting.

    def export(self) -> None:
        """Ask where, write the PDF with a cancellable progress bar, offer to open it."""
        if self.plan is None and self._sheets is None:
            return
        self._remember()
        kind = " cards.pdf" if self._sheets is not None else " poster.pdf"
        name = (self.scene.journey.title or "journey map").strip() + kind
        folder = suggested_folder(self.settings.last_folder)
        target = ask_save_path(self, "Export Poster", folder / name, "PDF files (*.pdf)", ".pdf")
        if target is None:
            return
        if self.write(target):
            self.accept()
            what = "card sheets were" if self._sheets is not None else "poster was"
            summary = self.summary.text()
            answer = messages.ask(
                self.parentWidget() or self,
                "Poster Exported",
                f"The {what} saved as {quoted(target.name)} ({summary}). Open it now?",
                Button.Open | Button.Close,
                Button.Open,
            )
            if answer == Button.Open:
                open_in_viewer(self.parentWidget() or self, target, "PDF")

    def write(self, target: Path) -> bool:
        """Write the planned poster (or the card sheets) to ``target``; False if cancelled or
        it failed."""
        if self._sheets is not None:
            try:
                export_card_sheets(self._sheets, target, self.scene.journey.title)
            except ProjectSaveError as error:
                messages.fail(self, "Cannot Export Card Sheets", str(error))
                return False
            return True
        assert self.plan is not None
        request = self.request()
        pages = len(self.plan.sheets) + (1 if self.plan.tiled and request.options.guide else 0)
        progress = QProgressDialog("Exporting the poster…", "Cancel", 0, pages, self)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)

        def step(done: int, total: int) -> bool:
            progress.setValue(done)
            QApplication.processEvents()
            return not progress.wasCanceled()

        try:
            export_poster(
                self.content.maps[0].journey,  # the map, or its blank wall template
                self.map_layout,
                self.content,
                self.plan,
                target,
                request.options,
                step,
            )
        except ExportCancelledError:
            return False
        except ProjectSaveError as error:
            messages.fail(self, "Cannot Export Poster", str(error))
            return False
        finally:
            progress.close()
        return True
