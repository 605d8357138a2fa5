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

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog

from journeydesk.model.errors import ProjectFileError
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


def _filter(format_: Format) -> str:
    return f"{format_.label} ({' '.join('*' + ext for ext in format_.extensions)})"


def _foreign(writing: bool) -> list[Format]:
    from journeydesk.convert.registry import FORMATS, NATIVE

    return [f for f in FORMATS if f is not NATIVE and (f.write if writing else f.read) is not None]


def notes_text(notes: tuple[str, ...]) -> str:
    """A conversion's notes as a list for a message box (the first few, then a count)."""
    shown = [f"• {note}" for note in notes[:SHOWN_NOTES]]
    if len(notes) > SHOWN_NOTES:
        shown.append(f"…and {len(notes) - SHOWN_NOTES} more.")
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
            "Import Maps",
            str(folder),
            ";;".join([f"All maps JourneyDesk can import ({everything})", *filters]),
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
        except (ConvertError, ProjectFileError) as error:
            messages.warn(
                self.window,
                "Cannot Import",
                f"{quoted(path.name)} could not be imported.\n\n{error}",
            )
            return False
        if not imported.project.journeys:
            messages.warn(
                self.window, "Nothing to Import", f"{quoted(path.name)} holds no journey map."
            )
            return False
        added = self._take(imported, path)
        if added and imported.notes:
            messages.inform(
                self.window,
                "Imported, with Notes",
                f"{quoted(path.name)} was imported. Some of it could not be carried across "
                f"as it was:\n\n{notes_text(imported.notes)}",
            )
        return added

    def _take(self, imported: Imported, path: Path) -> bool:
        """Open the import as a new project, or add its maps to this one, as asked."""
        count = len(imported.project.journeys)
        maps, them = ("the map", "it") if count == 1 else (f"the {count} maps", "them")
        answer = messages.ask(
            self.window,
            "Import Maps",
            f"Add {maps} in {quoted(path.name)} to this project, or open {them} as a new project?",
            Button.Yes | Button.No | Button.Cancel,
            Button.Yes,
            labels={Button.Yes: "Add to This Project", Button.No: "Open as New Project"},
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
        stack.beginMacro(f"Import {path.name}")
        try:
            for persona in personas:
                stack.push(AddPersonaCommand(document, persona, "Import Persona"))
            for journey in journeys:
                index = len(document.project.journeys)
                stack.push(AddJourneyCommand(document, index, journey, "Import Map"))
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
        name = file_name_for(project.title or "Journey map")
        chosen, selected = QFileDialog.getSaveFileName(
            self.window, "Export Maps", str(folder / name), ";;".join(filters)
        )
        if not chosen:
            return
        format_ = formats[filters.index(selected)] if selected in filters else formats[0]
        target = Path(chosen)
        if target.suffix.lower() not in format_.extensions:
            # The dialog confirmed replacing the name typed, not this one: ask here.
            target = target.with_name(target.name + format_.extensions[0])
            if target.exists() and not may_replace(self.window, "Export Maps", target):
                return
        try:
            exported = write_file(project, target, format_.key)
        except (ConvertError, ProjectFileError) as error:
            messages.warn(
                self.window, "Cannot Export", f"{quoted(target.name)} was not written.\n\n{error}"
            )
            return
        self.settings.last_folder = str(target.parent)
        if exported.notes:
            messages.inform(
                self.window,
                "Exported, with Notes",
                f"{quoted(target.name)} was written. {format_.label} cannot hold all of the "
                f"project:\n\n{notes_text(exported.notes)}",
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
        self.window.statusBar().showMessage(
            f"The map is on the clipboard as a picture of {image.width()} x {image.height()} "
            "pixels.",
            5000,
        )

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
        suggestion = folder / (file_name_for(journey.title or "Journey map") + extension)
        label = "PNG image" if extension == ".png" else "SVG drawing"
        path = ask_save_path(
            self.window, "Export Image", suggestion, f"{label} (*{extension})", extension
        )
        if path is None:
            return
        try:
            save_picture(document, journey_id, path, dialog.picture_scale(), dialog.region())
        except ProjectFileError as error:
            messages.warn(
                self.window, "Cannot Export", f"{quoted(path.name)} was not written.\n\n{error}"
            )
            return
        self.settings.last_folder = str(path.parent)
        self.window.statusBar().showMessage(f"Wrote {path.name}.", 5000)

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
            "Print Map",
            "Print the map fitted on one page, or at full size across as many pages as it "
            "takes? (For a wall poster with overlap and cut marks, use Export Poster.)",
            Button.Yes | Button.No | Button.Cancel,
            Button.Yes,
            labels={Button.Yes: "One Page", Button.No: "Full Size"},
        )
        if answer == Button.Cancel:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(document.journey(journey_id).title or "Journey map")
        dialog = QPrintDialog(printer, self.window)
        dialog.setWindowTitle("Print Map")
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        try:
            pages = print_map(document, journey_id, printer, tiled=answer == Button.No)
        except OSError as error:
            messages.warn(self.window, "Cannot Print", f"The map was not printed. {error}")
            return
        self.window.statusBar().showMessage(
            f"Sent {pages} page{'s' if pages != 1 else ''} to the printer.", 5000
        )
