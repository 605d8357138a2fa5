"""File > Export Poster: paper, sizing, margins and marks, with a live preview of the sheets."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QSpacerItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from journeydesk.i18n import arg
from journeydesk.layout.map_layout import MapLayout
from journeydesk.layout.style import Style
from journeydesk.model.project import JourneyState
from journeydesk.poster.card_sheets import CardSheets, lay_out_card_sheets
from journeydesk.poster.content import PosterContent, compose
from journeydesk.poster.export import PosterRequest, compared_map, plan_poster, prepare
from journeydesk.poster.papers import MM, PAPERS
from journeydesk.poster.plan import PosterError, PosterPlan
from journeydesk.poster.wall_kit import NOTE_SIZES, WallKit
from journeydesk.ui.canvas.scene import JourneyScene
from journeydesk.ui.dialogs import poster_choices, poster_writing
from journeydesk.ui.dialogs.accessible import describe
from journeydesk.ui.dialogs.poster_choices import (
    CUSTOM,
    SIZING,
    note_label,
    sizing_label,
    sizing_unit,
)
from journeydesk.ui.dialogs.poster_preview import PosterPreview
from journeydesk.ui.folders import ask_save_path, suggested_folder
from journeydesk.ui.settings import Settings
from journeydesk.ui.widgets import plain_label


class ExportPosterDialog(QDialog):
    """Choose how to print the map; the preview and the summary follow every change."""

    def __init__(self, scene: JourneyScene, settings: Settings, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export Poster"))
        self.scene = scene
        self.settings = settings
        #: The map's current or future state, which the poster can print below it.
        self.compared = compared_map(scene.document.project, scene.journey)
        self._compared_layout: MapLayout | None = None
        self.map_layout = scene.layout
        self.plan: PosterPlan | None = None
        self._sheets: CardSheets | None = None
        self._make_choices()
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setStyleSheet("font-weight: bold")
        self.notes = plain_label("", self)
        self.content = self._compose(False)
        self.preview = PosterPreview(scene, self.content, self)
        describe(
            self.preview,
            self.tr("Poster preview"),
            self.tr("The poster as it prints, with each sheet's part outlined and numbered"),
        )
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        export = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        export.setText(self.tr("Export…"))
        export.setAccessibleDescription(self.tr("Choose where to save the PDF and write it"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleDescription(
            self.tr("Close without exporting")
        )
        self.buttons.accepted.connect(self.export)
        self.buttons.rejected.connect(self.reject)
        self._lay_out()
        poster_choices.restore_choices(self, settings.poster)
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

    def _make_choices(self) -> None:
        """The controls of the form, each with what a screen reader says about it."""
        self.single = describe(
            QRadioButton(self.tr("One sheet (plotter or print shop)"), self),
            self.tr("One sheet"),
            self.tr("Print the whole poster on one large sheet"),
        )
        self.tiled = describe(
            QRadioButton(self.tr("Tiles to tape together (office printer)"), self),
            self.tr("Tiles"),
            self.tr("Print the poster on several sheets that are taped together"),
        )
        group = QButtonGroup(self)
        group.addButton(self.single)
        group.addButton(self.tiled)
        self.paper = self._combo(self.tr("Paper"), self.tr("The paper the poster is printed on"))
        for key, paper in PAPERS.items():
            self.paper.addItem(paper.title, key)
        self.paper.addItem(self.tr("Custom size"), CUSTOM)
        self.custom_width = self._millimetres(
            600, self.tr("Custom paper width"), self.tr("The width of a custom paper"), 5000
        )
        self.custom_height = self._millimetres(
            900, self.tr("Custom paper height"), self.tr("The height of a custom paper"), 5000
        )
        self.orientation = self._combo(
            self.tr("Orientation"), self.tr("Whether the sheets are upright or on their side")
        )
        for label, value in (
            (self.tr("Automatic"), "auto"),
            (self.tr("Portrait"), "portrait"),
            (self.tr("Landscape"), "landscape"),
        ):
            self.orientation.addItem(label, value)
        self.sizing = self._combo(self.tr("Sizing"), self.tr("How the poster's size is given"))
        for key in SIZING:
            self.sizing.addItem(sizing_label(key), key)
        self.size_value = describe(
            QDoubleSpinBox(self),
            self.tr("Size"),
            self.tr("The poster's scale, width, height or sheets across, as chosen beside"),
        )
        self.size_value.setRange(1, 100_000)
        self.size_value.setDecimals(0)
        self.margin = self._millimetres(
            10, self.tr("Margin"), self.tr("The blank edge a printer leaves on each sheet")
        )
        self.overlap = self._millimetres(
            10, self.tr("Overlap"), self.tr("How far neighbouring tiles overlap for taping")
        )
        self.cut_marks = self._check(
            self.tr("Cut marks"), self.tr("Print marks where the tiles are cut")
        )
        self.labels = self._check(
            self.tr("Sheet labels"), self.tr("Print each tile's number and neighbours on it")
        )
        self.guide = self._check(
            self.tr("Assembly guide page"), self.tr("Add a page showing how the tiles fit")
        )
        self.glue = self._check(
            self.tr("Shaded glue strips"), self.tr("Shade the overlap where tiles are glued")
        )
        self.compare = self._compare_box()
        self.blank = self._check(
            self.tr("Blank wall template for paper sticky notes"),
            self.tr("The headers and empty cells at full size, each cell holding real notes"),
        )
        self.blank.setToolTip(self.blank.accessibleDescription())
        self.card_sheets = self._check(
            self.tr("Card sheets: each card as a paper note to cut out"),
            self.tr("Print the cards as notes to cut out instead of the poster"),
        )
        self.note = self._combo(
            self.tr("Paper note size"), self.tr("The size of the paper sticky notes")
        )
        for key in NOTE_SIZES:
            self.note.addItem(note_label(key), key)
        self.per_cell = describe(
            QSpinBox(self),
            self.tr("Notes per cell"),
            self.tr("How many paper notes each cell of the blank wall template holds"),
        )
        self.per_cell.setRange(1, 12)
        self.per_cell.setValue(3)
        self.per_cell.setSuffix(self.tr(" per cell"))

    def _combo(self, name: str, description: str) -> QComboBox:
        return describe(QComboBox(self), name, description)

    def _check(self, text: str, description: str) -> QCheckBox:
        return describe(QCheckBox(text, self), text, description)

    def _millimetres(
        self, value: float, name: str, description: str, most: float = 200
    ) -> QDoubleSpinBox:
        box = describe(QDoubleSpinBox(self), name, description)
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
        if current:
            text = self.tr("Print the current state below it")
        else:
            text = self.tr("Print the future state below it")
        box = self._check(text, self.tr("Add the map's other state below it on the poster"))
        if self.compared is None:
            box.setEnabled(False)
            box.setToolTip(
                self.tr(
                    "This map has no current or future state to print below it: "
                    "Map > Create Future State makes one."
                )
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
        if scene.map_style != poster_style or scene.layout.style != poster_style:
            self.map_layout = MapLayout(scene.journey, poster_style)
        else:
            self.map_layout = scene.layout
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
        form.addRow(self.tr("Paper:"), self.paper)
        custom_row = QHBoxLayout()
        custom_row.addWidget(self.custom_width)
        custom_row.addWidget(QLabel("x", self))
        custom_row.addWidget(self.custom_height)
        form.addRow(self.tr("Custom size:"), custom_row)
        form.addRow(self.tr("Orientation:"), self.orientation)
        size_row = QHBoxLayout()
        size_row.addWidget(self.sizing)
        size_row.addWidget(self.size_value)
        form.addRow(self.tr("Size:"), size_row)
        form.addRow(self.tr("Margin:"), self.margin)
        form.addRow(self.tr("Overlap:"), self.overlap)
        for box in (self.cut_marks, self.labels, self.guide, self.glue):
            form.addRow(box)
        form.addItem(QSpacerItem(0, 8))
        form.addRow(self.compare)
        form.addRow(self.blank)
        form.addRow(self.card_sheets)
        notes_row = QHBoxLayout()
        notes_row.addWidget(self.note, 1)
        notes_row.addWidget(self.per_cell)
        form.addRow(self.tr("Paper notes:"), notes_row)
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
        return poster_choices.request(self)

    def _paper_key(self) -> str:
        return poster_choices.paper_key(self)

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
        for widget in (self.overlap, self.cut_marks, self.labels, self.guide, self.glue):
            widget.setEnabled(tiled)
        try:
            self.plan = plan_poster(
                self.scene.document.project, self.content, self.scene.journey, self.request()
            )
        except (PosterError, KeyError) as error:
            self.plan = None
            self.summary.setText(self.tr("This poster cannot be made"))
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
            self.summary.setText(self.tr("These card sheets cannot be made"))
            self.notes.setText(str(error).strip("'\""))
        else:
            count = sum(len(page) for page in self._sheets.pages)
            pages = len(self._sheets.pages)
            self.summary.setText(
                arg(
                    self.tr("%1 as %2 on %3 of %4"),
                    self.tr("%n card(s)", "", count),
                    self.note.currentText(),
                    self.tr("%n page(s)", "", pages),
                    self.paper.currentText(),
                )
            )
            self.notes.setText("\n".join(self._sheets.notes))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(
            self._sheets is not None and bool(self._sheets.pages)
        )
        self.preview.set_card_sheets(self._sheets)

    def _sizing_changed(self, _index: int = 0, restore: bool = False) -> None:
        key = self.sizing.currentData()
        self.size_value.setSuffix(sizing_unit(key))
        if not restore:
            self.size_value.setValue(SIZING[key][2])

    def _remember(self) -> None:
        self.settings.poster = poster_choices.chosen(self, self.settings.poster)
        self.settings.save()

    # Exporting.

    def export(self) -> None:
        """Ask where, write the PDF with a cancellable progress bar, offer to open it."""
        if self.plan is None and self._sheets is None:
            return
        self._remember()
        cards = self._sheets is not None
        name = self.tr("%1 cards.pdf") if cards else self.tr("%1 poster.pdf")
        title = self.scene.journey.title.strip() or self.tr("journey map")
        folder = suggested_folder(self.settings.last_folder)
        target = ask_save_path(
            self,
            self.tr("Export Poster"),
            folder / arg(name, title),
            self.tr("PDF files (*.pdf)"),
            ".pdf",
        )
        if target is None:
            return
        if self.write(target):
            self.accept()
            parent = self.parentWidget() or self
            poster_writing.offer_to_open(parent, target, cards, self.summary.text())

    def write(self, target: Path) -> bool:
        """Write the planned poster (or the card sheets) to ``target``; False if cancelled or
        it failed."""
        if self._sheets is not None:
            title = self.scene.journey.title
            return poster_writing.write_card_sheets(self, self._sheets, target, title)
        assert self.plan is not None
        return poster_writing.write_poster(
            self, self.content, self.map_layout, self.plan, self.request(), target
        )
