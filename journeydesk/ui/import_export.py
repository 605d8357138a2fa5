"""File > Import…, Export… and Export Image…, and Edit > Copy as Image.

Maps come from and go to spreadsheets, Mermaid and the peers' files; pictures of a map go
to PNG or SVG files and to the clipboard (ui/map_image.py).

An import either opens as a new, untitled project or adds its maps (and their personas) to
the open one as one undo step. Whatever either side could not represent is shown as the
converter's own sentences, after the work is done; nothing is lost silently. The formats
load on first use.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog

from journeydesk.i18n import Translatable, arg
from journeydesk.model.errors import FileWriteError, ProjectFileError
from journeydesk.ui import messages
from journeydesk.ui.document import Document
from journeydesk.ui.folders import ask_save_path, may_replace, suggested_folder
from journeydesk.ui.messages import Button, quoted
from journeydesk.ui.project_files import file_name_for

if TYPE_CHECKING:
    from journeydesk.convert.base import Format, Imported
    from journeydesk.ui.main_window import MainWindow

#: How many of a conversion's notes the box lists before saying how many more there are.
SHOWN_NOTES = 12


class ConversionText(Translatable):
    """Texts of imports and exports outside the window's object: the notes' list."""


def _filter(format_: Format) -> str:
    return f"{format_.label} ({' '.join('*' + ext for ext in format_.extensions)})"


def _foreign(writing: bool) -> list[Format]:
    from journeydesk.convert.registry import FORMATS, NATIVE

    return [f for f in FORMATS if f is not NATIVE and (f.write if writing else f.read) is not None]


def notes_text(notes: tuple[str, ...]) -> str:
    """A conversion's notes as a list for a message box (the first few, then a count)."""
    item = ConversionText.tr("• %1", "one note in a list")
    shown = [arg(item, note) for note in notes[:SHOWN_NOTES]]
    if len(notes) > SHOWN_NOTES:
        shown.append(ConversionText.tr("…and %Ln more.", "", len(notes) - SHOWN_NOTES))
    return "\n".join(shown)


class ImportExport(QObject):
    """Imports into and exports from the project of one main window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.settings = window.settings

    @Slot()
    def import_dialog(self) -> None:
        """Ask for a file in another format, read it, and open or add its maps."""
        if not self.window.commit_edits():
            return
        formats = _foreign(writing=False)
        filters = [_filter(f) for f in formats]
        everything = " ".join(f"*{ext}" for f in formats for ext in f.extensions)
        folder = suggested_folder(self.settings.last_folder)
        chosen, selected = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Import Maps"),
            str(folder),
            ";;".join([arg(self.tr("All maps JourneyDesk can import (%1)"), everything), *filters]),
        )
        if not chosen:
            return
        key = formats[filters.index(selected)].key if selected in filters else None
        self.import_path(Path(chosen), key)

    def import_path(self, path: Path, key: str | None = None) -> bool:
        """Read ``path`` (in ``key``'s format, or its extension's) and take its maps in."""
        from journeydesk.convert.base import ConvertError
        from journeydesk.convert.registry import read_file

        try:
            imported = read_file(path, key)
        except (ConvertError, ProjectFileError, FileWriteError) as error:
            messages.warn(
                self.window,
                self.tr("Cannot Import"),
                arg(self.tr("%1 could not be imported.\n\n%2"), quoted(path.name), error),
            )
            return False
        if not imported.project.journeys:
            messages.warn(
                self.window,
                self.tr("Nothing to Import"),
                arg(self.tr("%1 holds no journey map."), quoted(path.name)),
            )
            return False
        added = self._take(imported, path)
        if added and imported.notes:
            messages.inform(
                self.window,
                self.tr("Imported, with Notes"),
                arg(
                    self.tr(
                        "%1 was imported. Some of it could not be carried across as it was:\n\n%2"
                    ),
                    quoted(path.name),
                    notes_text(imported.notes),
                ),
            )
        return added

    def _take(self, imported: Imported, path: Path) -> bool:
        """Open the import as a new project, or add its maps to this one, as asked."""
        count = len(imported.project.journeys)
        if count == 1:
            question = self.tr("Add the map in %1 to this project, or open it as a new project?")
        else:
            question = self.tr(
                "Add the %n map(s) in %1 to this project, or open them as a new project?", "", count
            )
        answer = messages.ask(
            self.window,
            self.tr("Import Maps"),
            arg(question, quoted(path.name)),
            Button.Yes | Button.No | Button.Cancel,
            Button.Yes,
            labels={
                Button.Yes: self.tr("Add to This Project"),
                Button.No: self.tr("Open as New Project"),
            },
        )
        if answer == Button.Yes:
            self._add(imported, path)
            return True
        if answer == Button.No:
            if not self.window.files.maybe_save():
                return False
            project = imported.project
            if not project.title:
                project.title = path.stem
            self.window.set_document(Document(project, parent=self.window))
            return True
        return False

    def _add(self, imported: Imported, path: Path) -> None:
        """Add the maps and their personas as one undo step, and show the first map added."""
        from journeydesk.convert.merge import fresh_copies
        from journeydesk.ui.project_commands import AddJourneyCommand, AddPersonaCommand

        document = self.window.document
        assert document is not None
        personas, journeys = fresh_copies(imported.project)
        stack = document.undo_stack
        stack.beginMacro(arg(self.tr("Import %1", "%1: the file imported"), path.name))
        try:
            for persona in personas:
                stack.push(AddPersonaCommand(document, persona, self.tr("Import Persona")))
            for journey in journeys:
                index = len(document.project.journeys)
                stack.push(AddJourneyCommand(document, index, journey, self.tr("Import Map")))
        finally:
            stack.endMacro()
        self.window.map_tabs.show_journey(journeys[0].id)

    @Slot()
    def export_dialog(self) -> None:
        """Ask where and in which format, then write the whole project there."""
        from journeydesk.convert.base import ConvertError
        from journeydesk.convert.registry import write_file

        if not self.window.commit_edits() or self.window.document is None:
            return
        formats = _foreign(writing=True)
        filters = [_filter(f) for f in formats]
        project = self.window.document.project
        folder = suggested_folder(self.settings.last_folder)
        name = file_name_for(project.title or self.tr("Journey map"))
        chosen, selected = QFileDialog.getSaveFileName(
            self.window, self.tr("Export Maps"), str(folder / name), ";;".join(filters)
        )
        if not chosen:
            return
        format_ = formats[filters.index(selected)] if selected in filters else formats[0]
        target = Path(chosen)
        if target.suffix.lower() not in format_.extensions:
            # The dialog confirmed replacing the name typed, not this one: ask here.
            target = target.with_name(target.name + format_.extensions[0])
            if target.exists() and not may_replace(self.window, self.tr("Export Maps"), target):
                return
        try:
            exported = write_file(project, target, format_.key)
        except (ConvertError, ProjectFileError, FileWriteError) as error:
            messages.warn(
                self.window,
                self.tr("Cannot Export"),
                arg(self.tr("%1 was not written.\n\n%2"), quoted(target.name), error),
            )
            return
        self.settings.last_folder = str(target.parent)
        if exported.notes:
            messages.inform(
                self.window,
                self.tr("Exported, with Notes"),
                arg(
                    self.tr("%1 was written. %2 cannot hold all of the project:\n\n%3"),
                    quoted(target.name),
                    format_.label,
                    notes_text(exported.notes),
                ),
            )

    # Pictures.

    def _map_on_show(self) -> tuple[Document, str, tuple[int, int] | None] | None:
        """The document, the map on show and the stages its view shows (first, last), after
        committing what is being typed; None when there is no map to show."""
        view = self.window.map_tabs.current_view()
        document = self.window.document
        if view is None or document is None or not self.window.commit_edits():
            return None
        scene = view.journey_scene
        shown = view.mapToScene(view.viewport().rect()).boundingRect()
        stages = [
            i
            for i, column in enumerate(scene.layout.stages)
            if column.x < shown.right() and column.x + column.width > shown.left()
        ]
        return document, scene.journey_id, ((stages[0], stages[-1]) if stages else None)

    @Slot()
    def copy_image(self) -> None:
        """Put a PNG of the whole map on the clipboard, at twice the screen's size."""
        from journeydesk.ui.map_image import render_png

        chosen = self._map_on_show()
        if chosen is None:
            return
        document, journey_id, _in_view = chosen
        image = render_png(document, journey_id)
        QGuiApplication.clipboard().setImage(image)
        locale = QLocale()
        text = self.tr("The map is on the clipboard as a picture of %1 x %2 pixels.")
        width, height = locale.toString(image.width()), locale.toString(image.height())
        self.window.statusBar().showMessage(arg(text, width, height), 5000)

    @Slot()
    def export_image_dialog(self) -> None:
        """Ask what to picture and how, then where; write a PNG or an SVG."""
        from journeydesk.layout.map_layout import MapLayout
        from journeydesk.layout.style import Style
        from journeydesk.ui.dialogs.export_image import ExportImageDialog
        from journeydesk.ui.map_image import picture_size, save_picture

        chosen = self._map_on_show()
        if chosen is None:
            return
        document, journey_id, in_view = chosen
        journey = document.journey(journey_id)
        layout = MapLayout(journey, Style())
        dialog = ExportImageDialog(
            journey, lambda region: picture_size(layout, region), in_view, self.window
        )
        if dialog.exec() != ExportImageDialog.DialogCode.Accepted:
            return
        extension = dialog.extension()
        folder = suggested_folder(self.settings.last_folder)
        suggestion = folder / (file_name_for(journey.title or self.tr("Journey map")) + extension)
        label = self.tr("PNG image") if extension == ".png" else self.tr("SVG drawing")
        path = ask_save_path(
            self.window, self.tr("Export Image"), suggestion, f"{label} (*{extension})", extension
        )
        if path is None:
            return
        try:
            save_picture(document, journey_id, path, dialog.picture_scale(), dialog.region())
        except (ProjectFileError, FileWriteError) as error:
            messages.warn(
                self.window,
                self.tr("Cannot Export"),
                arg(self.tr("%1 was not written.\n\n%2"), quoted(path.name), error),
            )
            return
        self.settings.last_folder = str(path.parent)
        self.window.statusBar().showMessage(arg(self.tr("Wrote %1."), path.name), 5000)

    # Printing.

    @Slot()
    def print_dialog(self) -> None:
        """Fit or tile the map on the system's printer, as the facilitator chooses."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from journeydesk.ui.printing import print_map

        chosen = self._map_on_show()
        if chosen is None:
            return
        document, journey_id, _in_view = chosen
        answer = messages.ask(
            self.window,
            self.tr("Print Map"),
            self.tr(
                "Print the map fitted on one page, or at full size across as many pages as it "
                "takes? (For a wall poster with overlap and cut marks, use Export Poster.)"
            ),
            Button.Yes | Button.No | Button.Cancel,
            Button.Yes,
            labels={Button.Yes: self.tr("One Page"), Button.No: self.tr("Full Size")},
        )
        if answer == Button.Cancel:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(document.journey(journey_id).title or self.tr("Journey map"))
        dialog = QPrintDialog(printer, self.window)
        dialog.setWindowTitle(self.tr("Print Map"))
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        try:
            pages = print_map(document, journey_id, printer, tiled=answer == Button.No)
        except OSError as error:
            messages.warn(
                self.window,
                self.tr("Cannot Print"),
                arg(self.tr("The map was not printed. %1"), error),
            )
            return
        self.window.statusBar().showMessage(
            self.tr("Sent %Ln page(s) to the printer.", "", pages), 5000
        )
