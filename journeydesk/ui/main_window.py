"""The main window: one open project, its File and Edit menus, and the map in the middle."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QByteArray, Qt, Slot
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QUndoGroup,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from journeydesk import __version__
from journeydesk.model.errors import ProjectLoadError, ProjectSaveError
from journeydesk.model.storage import FILE_SUFFIX
from journeydesk.model.templates import TEMPLATES
from journeydesk.ui.canvas.view import JourneyView
from journeydesk.ui.commands import SetProjectInfoCommand
from journeydesk.ui.dialogs.export_poster import ExportPosterDialog
from journeydesk.ui.dialogs.new_from_template import NewFromTemplateDialog
from journeydesk.ui.dialogs.project_properties import ProjectPropertiesDialog
from journeydesk.ui.docks.inspector import InspectorDock
from journeydesk.ui.document import Document
from journeydesk.ui.find_bar import FindBar
from journeydesk.ui.map_actions import MapActions
from journeydesk.ui.map_tabs import MapTabs
from journeydesk.ui.palette import StickyPalette
from journeydesk.ui.settings import Settings

FILE_FILTER = f"Journey maps (*{FILE_SUFFIX});;All files (*)"


class MainWindow(QMainWindow):
    """A window on one project. Opening another project replaces it, after asking to save."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.document: Document | None = None
        self.undo_group = QUndoGroup(self)
        self.map_tabs = MapTabs(self)
        self.find_bar = FindBar(self)
        central = QWidget(self)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.map_tabs, 1)
        column.addWidget(self.find_bar)
        self.setCentralWidget(central)
        self.setAcceptDrops(True)
        self.map_actions = MapActions(self, self.map_tabs.current_view)
        self.map_actions.message.connect(lambda text: self.statusBar().showMessage(text, 6000))
        self.map_tabs.current_view_changed.connect(self._on_current_view_changed)
        self.inspector = InspectorDock(self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.inspector)
        self.zoom_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.zoom_label)
        self._create_actions()
        self._create_menus()
        self._create_toolbar()
        self.resize(1280, 800)
        if settings.window_geometry:
            self.restoreGeometry(QByteArray.fromBase64(settings.window_geometry.encode()))
        if settings.window_state:
            self.restoreState(QByteArray.fromBase64(settings.window_state.encode()))
        self.set_document(Document(TEMPLATES["blank"].create_project(), parent=self))

    # Building the window.

    def _create_actions(self) -> None:
        def action(
            text: str,
            slot: Callable[[], object],
            shortcut: QKeySequence.StandardKey | None = None,
            tip: str = "",
        ) -> QAction:
            created = QAction(text, self)
            if shortcut is not None:
                created.setShortcut(shortcut)
            created.setStatusTip(tip)
            created.triggered.connect(slot)
            return created

        keys = QKeySequence.StandardKey
        self.new_action = action(
            "&New from Template…", self.new_from_template, keys.New, "Start a new map"
        )
        self.open_action = action("&Open…", self.open_dialog, keys.Open, "Open a journey map")
        self.save_action = action("&Save", self.save, keys.Save, "Save the map")
        self.save_as_action = action(
            "Save &As…", self.save_as, keys.SaveAs, "Save the map under a new name"
        )
        self.poster_action = action(
            "Export &Poster…", self.export_poster, None, "Print the map as a wall poster (PDF)"
        )
        self.poster_action.setShortcut(QKeySequence("Ctrl+P"))
        self.properties_action = action(
            "Project &Properties…", self.edit_properties, tip="Title and description"
        )
        self.quit_action = action("&Quit", self.close, keys.Quit, "Close JourneyDesk")
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.undo_action = self.undo_group.createUndoAction(self, "&Undo")
        self.undo_action.setShortcuts(QKeySequence.keyBindings(keys.Undo))
        self.redo_action = self.undo_group.createRedoAction(self, "&Redo")
        redo_keys = QKeySequence.keyBindings(keys.Redo)
        for extra in (QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")):
            if extra not in redo_keys:  # the platform's list may already hold them
                redo_keys.append(extra)
        self.redo_action.setShortcuts(redo_keys)
        self.find_action = action("&Find…", self.find_bar.open_bar, keys.Find, "Find cards")
        self.about_action = action("&About JourneyDesk", self.show_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)

    def _create_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        file_menu.addAction(self.new_action)
        file_menu.addAction(self.open_action)
        self.recent_menu = file_menu.addMenu("Open &Recent")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addSeparator()
        file_menu.addAction(self.save_action)
        file_menu.addAction(self.save_as_action)
        file_menu.addSeparator()
        file_menu.addAction(self.poster_action)
        file_menu.addSeparator()
        file_menu.addAction(self.properties_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = self.menuBar().addMenu("&Edit")
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        self.map_actions.fill_edit_menu(edit_menu)
        edit_menu.addSeparator()
        edit_menu.addAction(self.find_action)
        view_menu = self.menuBar().addMenu("&View")
        self.map_actions.fill_view_menu(view_menu)
        view_menu.addSeparator()
        view_menu.addAction(self.inspector.toggleViewAction())
        map_menu = self.menuBar().addMenu("&Map")
        self.map_actions.fill_map_menu(map_menu)
        help_menu = self.menuBar().addMenu("&Help")
        help_menu.addAction(self.about_action)
        self._fill_recent_menu()

    def _create_toolbar(self) -> None:
        toolbar = self.addToolBar("Map")
        toolbar.setObjectName("map-toolbar")
        toolbar.setMovable(False)
        toolbar.addWidget(QLabel(" Add a sticky: ", self))
        self.palette = StickyPalette(self)
        toolbar.addWidget(self.palette)
        toolbar.addSeparator()
        for zoom_action in (
            self.map_actions.zoom_out,
            self.map_actions.zoom_in,
            self.map_actions.zoom_fit,
        ):
            toolbar.addAction(zoom_action)

    @Slot(object)
    def _on_current_view_changed(self, view: JourneyView | None) -> None:
        self.find_bar.set_view(view)
        self.inspector.set_scene(view.journey_scene if view is not None else None)
        if view is not None:
            view.zoom_changed.connect(self._show_zoom, Qt.ConnectionType.UniqueConnection)
            view.header_menu_requested.connect(
                self.map_actions.show_header_menu, Qt.ConnectionType.UniqueConnection
            )
            view.editor.problem.connect(self._show_problem, Qt.ConnectionType.UniqueConnection)
            self._show_zoom(view.zoom)

    @Slot(float)
    def _show_zoom(self, zoom: float) -> None:
        self.zoom_label.setText(f"{zoom:.0%}")

    @Slot(str)
    def _show_problem(self, sentence: str) -> None:
        QMessageBox.warning(self, "JourneyDesk", sentence)

    # The document.

    def set_document(self, document: Document) -> None:
        """Show ``document`` in this window, replacing the current one."""
        old = self.document
        if old is not None:
            self.undo_group.removeStack(old.undo_stack)
            old.deleteLater()
        document.setParent(self)
        self.document = document
        self.undo_group.addStack(document.undo_stack)
        self.undo_group.setActiveStack(document.undo_stack)
        document.undo_stack.cleanChanged.connect(self._update_title)
        document.info_changed.connect(self._update_title)
        document.path_changed.connect(self._update_title)
        self.map_tabs.set_document(document)
        self._update_title()
        project = document.project
        self.statusBar().showMessage(
            f"{len(project.journeys)} map{'s' if len(project.journeys) != 1 else ''} · "
            f"{project.card_count():,} cards",
            5000,
        )

    @Slot()
    def _update_title(self) -> None:
        assert self.document is not None
        self.setWindowTitle(f"{self.document.display_name()}[*] — JourneyDesk")
        self.setWindowModified(self.document.is_modified())
        self.setWindowFilePath(str(self.document.path or ""))

    # File menu.

    @Slot()
    def new_from_template(self) -> None:
        """Ask for a template and a name, then start a new, unsaved map."""
        if not self.maybe_save():
            return
        dialog = NewFromTemplateDialog(self)
        if dialog.exec() != NewFromTemplateDialog.DialogCode.Accepted:
            return
        project = dialog.selected_template().create_project(dialog.map_title())
        self.set_document(Document(project, parent=self))

    @Slot()
    def open_dialog(self) -> None:
        """Ask for a file and open it."""
        if not self.maybe_save():
            return
        path, _ = QFileDialog.getOpenFileName(
            self, "Open Journey Map", self.settings.last_folder, FILE_FILTER
        )
        if path:
            self.open_path(Path(path), ask_to_save=False)

    def open_path(self, path: Path, ask_to_save: bool = True) -> bool:
        """Open the project at ``path``; on failure explain why and keep the current map."""
        if ask_to_save and not self.maybe_save():
            return False
        try:
            document = Document.open(path, self)
        except ProjectLoadError as error:
            QMessageBox.warning(
                self, "Cannot Open Map", f"“{path.name}” could not be opened.\n\n{error}"
            )
            if not path.exists():
                self.settings.remove_recent_file(path)
                self.settings.save()
            return False
        self.set_document(document)
        self._remember(path)
        return True

    @Slot()
    def save(self) -> bool:
        """Save to the current file (asking for one if the map is new); True if saved."""
        assert self.document is not None
        if self.document.path is None:
            return self.save_as()
        if self.document.changed_on_disk():
            answer = QMessageBox.question(
                self,
                "File Changed on Disk",
                f"“{self.document.path.name}” was changed or removed by another program "
                "since you opened it. Replace it with the map you are editing?",
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Save:
                return False
        return self._save_to(self.document.path)

    @Slot()
    def save_as(self) -> bool:
        """Ask for a file name and save there; True if saved."""
        assert self.document is not None
        if self.document.path is not None:
            suggestion = str(self.document.path)
        else:
            name = _file_name_for(self.document.display_name())
            suggestion = str(Path(self.settings.last_folder or Path.home()) / name)
        path, _ = QFileDialog.getSaveFileName(self, "Save Journey Map", suggestion, FILE_FILTER)
        if not path:
            return False
        target = Path(path)
        if target.suffix != FILE_SUFFIX:
            target = target.with_name(target.name + FILE_SUFFIX)
        return self._save_to(target)

    def _save_to(self, path: Path) -> bool:
        assert self.document is not None
        try:
            self.document.save(path)
        except ProjectSaveError as error:
            QMessageBox.critical(
                self,
                "Cannot Save Map",
                f"{error}\n\nNothing was lost: the map is still open here. "
                "Try Save As to put it in another folder or on another drive.",
            )
            return False
        self._remember(path)
        self.statusBar().showMessage(f"Saved to {path}", 5000)
        return True

    def maybe_save(self) -> bool:
        """Ask what to do with unsaved changes; False if the facilitator cancelled."""
        if self.document is None or not self.document.is_modified():
            return True
        buttons = QMessageBox.StandardButton
        answer = QMessageBox.question(
            self,
            "Unsaved Changes",
            f"Save the changes to “{self.document.display_name()}” before closing it?",
            buttons.Save | buttons.Discard | buttons.Cancel,
            buttons.Save,
        )
        if answer == buttons.Save:
            return self.save()
        return answer == buttons.Discard

    @Slot()
    def export_poster(self) -> None:
        """Print the map on show as a wall poster."""
        view = self.map_tabs.current_view()
        if view is None:
            return
        view.editor.finish()
        ExportPosterDialog(view.journey_scene, self.settings, self).exec()

    @Slot()
    def edit_properties(self) -> None:
        """Edit the project's title and description as one undoable step."""
        assert self.document is not None
        dialog = ProjectPropertiesDialog(self.document.project, self)
        if dialog.exec() != ProjectPropertiesDialog.DialogCode.Accepted:
            return
        title, description = dialog.values()
        project = self.document.project
        if (title, description) != (project.title, project.description):
            self.document.undo_stack.push(SetProjectInfoCommand(self.document, title, description))

    def _remember(self, path: Path) -> None:
        self.settings.add_recent_file(path)
        self.settings.last_folder = str(path.resolve().parent)
        self.settings.save()

    @Slot()
    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        for number, name in enumerate(self.settings.recent_files, start=1):
            path = Path(name)
            label = f"&{number} {path.name}" if number < 10 else f"{number} {path.name}"
            entry = self.recent_menu.addAction(label)
            entry.setStatusTip(str(path))
            entry.setToolTip(str(path))
            entry.triggered.connect(lambda _checked=False, p=path: self.open_path(p))
        if not self.settings.recent_files:
            self.recent_menu.addAction("No recent maps").setEnabled(False)
            return
        self.recent_menu.addSeparator()
        self.recent_menu.addAction("Clear Menu", self._clear_recent)

    @Slot()
    def _clear_recent(self) -> None:
        self.settings.recent_files = []
        self.settings.save()

    @Slot()
    def show_about(self) -> None:
        """Show the version and what JourneyDesk is."""
        QMessageBox.about(
            self,
            "About JourneyDesk",
            f"JourneyDesk {__version__}\n\nCustomer journey maps for workshops: "
            "offline, on the wall screen and on paper.",
        )

    # Qt overrides.

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.maybe_save():
            event.ignore()
            return
        self.settings.window_geometry = self.saveGeometry().toBase64().data().decode()
        self.settings.window_state = self.saveState().toBase64().data().decode()
        self.settings.save()
        event.accept()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _dropped_project(event) is not None:
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        path = _dropped_project(event)
        if path is None:
            super().dropEvent(event)
            return
        event.acceptProposedAction()
        self.open_path(path)


def _dropped_project(event: QDropEvent) -> Path | None:
    for url in event.mimeData().urls() if event.mimeData().hasUrls() else []:
        if url.isLocalFile() and url.toLocalFile().endswith(FILE_SUFFIX):
            return Path(url.toLocalFile())
    return None


def _file_name_for(title: str) -> str:
    """A file name made from a map title, without characters file systems refuse."""
    cleaned = "".join(c for c in title if c not in '<>:"/\\|?*' and c.isprintable()).strip(" .")
    return (cleaned or "Untitled map") + FILE_SUFFIX
