"""The main window: one open project, its canvas, docks and status bar (menus: window_menus)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QLocale, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QUndoGroup
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QVBoxLayout, QWidget

from journeydesk.i18n import arg
from journeydesk.model.project import Project
from journeydesk.model.recovery import RecoveryStore
from journeydesk.model.storage import FILE_SUFFIX
from journeydesk.model.templates import TEMPLATES
from journeydesk.ui import messages, windows
from journeydesk.ui.autosave import Autosaver
from journeydesk.ui.canvas.view import JourneyView
from journeydesk.ui.commands import SetProjectInfoCommand
from journeydesk.ui.dialogs.project_properties import ProjectPropertiesDialog
from journeydesk.ui.disk_watch import DiskWatcher
from journeydesk.ui.docks.inspector import InspectorDock
from journeydesk.ui.docks.personas import PersonasDock
from journeydesk.ui.document import Document
from journeydesk.ui.find_bar import FindBar
from journeydesk.ui.import_export import ImportExport
from journeydesk.ui.map_actions import MapActions
from journeydesk.ui.map_pages import MapPages
from journeydesk.ui.map_tabs import MapTabs
from journeydesk.ui.palette import StickyPalette
from journeydesk.ui.present.presenting import Presenting
from journeydesk.ui.project_files import ProjectFiles
from journeydesk.ui.settings import Settings
from journeydesk.ui.view_options import ViewOptions
from journeydesk.ui.voting.voting import Voting
from journeydesk.ui.window_menus import WindowMenus


class MainWindow(QMainWindow):
    """A window on one project. Opening another project replaces it, after asking to save."""

    #: Fires after the document was saved to its file.
    saved = Signal()

    # Made by WindowMenus: the window's own actions and menus, and the tool bar's palette.
    new_action: QAction
    open_action: QAction
    save_action: QAction
    save_as_action: QAction
    import_action: QAction
    export_action: QAction
    image_action: QAction
    poster_action: QAction
    print_action: QAction
    copy_image_action: QAction
    properties_action: QAction
    quit_action: QAction
    undo_action: QAction
    redo_action: QAction
    find_action: QAction
    next_pane_action: QAction
    shortcuts_action: QAction
    about_action: QAction
    recent_menu: QMenu
    language_menu: QMenu
    sticky_palette: StickyPalette

    def __init__(
        self,
        settings: Settings,
        parent: QWidget | None = None,
        recovery: RecoveryStore | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.document: Document | None = None
        self.autosaver = Autosaver(recovery or RecoveryStore(), settings.autosave_seconds, self)
        self.autosaver.problem.connect(lambda text: self.statusBar().showMessage(text, 15000))
        self.autosaver.with_typing = self.project_with_typing
        self.files = ProjectFiles(self)
        self.conversions = ImportExport(self)
        windows.register(self)
        self.disk_watcher = DiskWatcher(self)
        self.disk_watcher.changed_outside.connect(self.files.disk_changes.on_changed_outside)
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
        self.view_options = ViewOptions(self, settings, self.map_tabs.set_map_style)
        self.map_tabs.map_style = self.view_options.style()
        self.view_options.style_changed.connect(self._share_map_style)
        self.map_actions = MapActions(self, self.map_tabs.current_view)
        self.map_pages = MapPages(self)
        self.presenting = Presenting(self)
        self.statusBar().addPermanentWidget(self.presenting.timer_button(self))
        self.voting = Voting(self)
        column.insertWidget(1, self.voting.bar)
        self.map_actions.message.connect(lambda text: self.statusBar().showMessage(text, 6000))
        self.map_tabs.current_view_changed.connect(self._on_current_view_changed)
        self.inspector = InspectorDock(self)
        self.inspector.problem.connect(lambda text: self.statusBar().showMessage(text, 10000))
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.inspector)
        self.personas = PersonasDock(self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.personas)
        self.tabifyDockWidget(self.inspector, self.personas)
        self.inspector.raise_()
        self.zoom_label = QLabel(self)
        self.zoom_label.setAccessibleName(self.tr("Zoom"))
        self.zoom_label.setAccessibleDescription(self.tr("The zoom of the map on show"))
        self.statusBar().addPermanentWidget(self.zoom_label)
        self.menus = WindowMenus(self)
        self.resize(1280, 800)
        if settings.window_geometry:
            self.restoreGeometry(QByteArray.fromBase64(settings.window_geometry.encode()))
        if settings.window_state:
            self.restoreState(QByteArray.fromBase64(settings.window_state.encode()))
        self.set_document(Document(TEMPLATES["blank"].create_project(), parent=self))

    def _share_map_style(self) -> None:
        """Another text size or contrast was chosen here: the other windows follow."""
        for window in windows.open_windows():
            if window is not self:
                window.view_options.follow()

    @Slot(object)
    def _on_current_view_changed(self, view: JourneyView | None) -> None:
        for other in self.map_tabs.views():  # a card typed on the map left behind is kept
            if other is not view and not other.editor.finish():
                self.map_tabs.setCurrentWidget(other)
                return
        shown = self.inspector.scene
        if shown is not None and not self.inspector.finish_editing():
            back = next((v for v in self.map_tabs.views() if v.journey_scene is shown), None)
            if back is not None and back is not view:
                self.statusBar().showMessage(self.inspector.refusal, 10000)
                self.map_tabs.setCurrentWidget(back)
                return
        self.find_bar.set_view(view)
        self.inspector.set_scene(view.journey_scene if view is not None else None)
        if self.document is not None:
            self.personas.set_document(
                self.document, view.journey_scene.journey_id if view is not None else ""
            )
        if view is not None:
            view.zoom_changed.connect(self._show_zoom, Qt.ConnectionType.UniqueConnection)
            view.header_menu_requested.connect(
                self.map_actions.show_header_menu, Qt.ConnectionType.UniqueConnection
            )
            view.editor.problem.connect(self._show_problem, Qt.ConnectionType.UniqueConnection)
            view.journey_scene.persona_chosen.connect(
                self.personas.show_persona, Qt.ConnectionType.UniqueConnection
            )
            view.editor.typing.connect(self.autosaver.typed, Qt.ConnectionType.UniqueConnection)
            self._show_zoom(view.zoom)
            view.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def focus_next_pane(self) -> None:
        """Move the keyboard between the map and the inspector (F6)."""
        view = self.map_tabs.current_view()
        if view is not None and view.hasFocus() and self.inspector.isVisible():
            panel = self.inspector.widget()
            panel.setFocus(Qt.FocusReason.TabFocusReason)
            panel.focusNextChild()  # the first field of the inspector
        elif view is not None:
            view.setFocus(Qt.FocusReason.TabFocusReason)

    @Slot()
    def undo(self) -> None:
        """Undo the last step of the map (after keeping what is being typed)."""
        if self.commit_edits():
            self.undo_group.undo()

    @Slot()
    def redo(self) -> None:
        """Redo the last undone step of the map."""
        if self.commit_edits():
            self.undo_group.redo()

    @Slot(float)
    def _show_zoom(self, zoom: float) -> None:
        self.zoom_label.setText(f"{QLocale().toString(round(zoom * 100))}%")

    @Slot(str)
    def _show_problem(self, sentence: str) -> None:
        messages.warn(self, "JourneyDesk", sentence)

    # The document.

    def set_document(self, document: Document) -> None:
        """Show ``document`` in this window, replacing the current one."""
        old = self.document
        self.presenting.end()  # it shows a map of the document going away
        if old is not None:
            self.undo_group.removeStack(old.undo_stack)
            if old.lock is not document.lock:
                old.release_lock()
            old.deleteLater()
        document.setParent(self)
        self.document = document
        self.undo_group.addStack(document.undo_stack)
        self.undo_group.setActiveStack(document.undo_stack)
        document.undo_stack.cleanChanged.connect(self._update_title)
        document.refused.connect(self._show_problem)
        document.info_changed.connect(self._update_title)
        document.path_changed.connect(self._update_title)
        self.map_tabs.set_document(document)
        self.voting.follow()
        self.disk_watcher.watch(document)
        self.autosaver.track(document)
        self._update_title()
        project = document.project
        maps = self.tr("%Ln map(s)", "", len(project.journeys))
        cards = self.tr("%Ln card(s)", "", project.card_count())
        self.statusBar().showMessage(
            arg(self.tr("%1 · %2", "the maps and cards of the project opened"), maps, cards), 5000
        )

    @Slot()
    def _update_title(self) -> None:
        assert self.document is not None
        name = messages.window_title_text(" ".join(self.document.display_name().split()))
        if self.document.read_only:
            title = arg(self.tr("%1 (read-only)[*] — JourneyDesk", "%1: the map's name"), name)
        else:
            title = arg(self.tr("%1[*] — JourneyDesk", "%1: the map's name"), name)
        self.setWindowTitle(title)
        self.setWindowModified(self.document.is_modified())
        self.setWindowFilePath(str(self.document.path or ""))

    # File menu (the work is in ProjectFiles).

    def open_path(self, path: Path, ask_to_save: bool = True) -> bool:
        """Open the project at ``path``; on failure explain why and keep the current map."""
        return self.files.open_path(path, ask_to_save)

    @Slot()
    def save(self) -> bool:
        """Save to the current file (asking for one if the map is new); True if saved."""
        return self.files.save()

    @Slot()
    def save_as(self) -> bool:
        """Ask for a file name and save there; True if saved."""
        return self.files.save_as()

    def maybe_save(self) -> bool:
        """Ask what to do with unsaved changes; False if the facilitator cancelled."""
        return self.files.maybe_save()

    def project_with_typing(self) -> Project | None:
        """A copy of the project with the text being typed on cards; None if none is typed."""
        typing = [view for view in self.canvases() if view.editor.is_editing()]
        if self.document is None or not typing:
            return None
        project = self.document.project.model_copy(deep=True)
        for view in typing:
            view.editor.apply_typing(project.journey(view.journey_scene.journey_id))
        return project

    def canvases(self) -> list[JourneyView]:
        """Every canvas of this window: its tabs, and the presentation's while presenting."""
        views = self.map_tabs.views()
        presentation = self.presenting.presentation
        return [*views, presentation.view] if presentation is not None else views

    def is_pristine(self) -> bool:
        """Whether the window shows nothing of value yet: a new or bundled map, unchanged."""
        return self.document is None or (
            self.document.path is None and not self.document.is_modified()
        )

    def commit_edits(self) -> bool:
        """Commit what is being typed on any canvas or in the inspector, before an action.

        False when some text cannot be kept as it is (a sentence has said why): the action
        must not go on, so nothing typed is lost.
        """
        for view in self.canvases():
            if not view.editor.finish():
                if view in self.map_tabs.views():
                    self.map_tabs.setCurrentWidget(view)
                return False
        if not self.personas.form.finish_editing():
            messages.warn(
                self,
                "JourneyDesk",
                arg(
                    self.tr(
                        "What you are typing about the persona cannot be kept as it is: %1 "
                        "Change it, then try again."
                    ),
                    self.personas.form.refusal,
                ),
            )
            return False
        if self.inspector.finish_editing():
            return True
        messages.warn(
            self,
            "JourneyDesk",
            arg(
                self.tr(
                    "What you are typing in the inspector cannot be kept as it is: %1 "
                    "Change it, then try again."
                ),
                self.inspector.refusal,
            ),
        )
        return False

    @Slot()
    def export_poster(self) -> None:
        """Print the map on show as a wall poster."""
        view = self.map_tabs.current_view()
        if view is None or not self.commit_edits():
            return
        # Imported on first use: the poster's machinery (ReportLab) need not slow the start.
        from journeydesk.ui.dialogs.export_poster import ExportPosterDialog

        ExportPosterDialog(view.journey_scene, self.settings, self).exec()

    @Slot()
    def edit_properties(self) -> None:
        """Edit the project's title and description as one undoable step."""
        assert self.document is not None
        if not self.commit_edits():
            return
        dialog = ProjectPropertiesDialog(self.document.project, self)
        if dialog.exec() != ProjectPropertiesDialog.DialogCode.Accepted:
            return
        title, description = dialog.values()
        project = self.document.project
        if (title, description) != (project.title, project.description):
            self.document.undo_stack.push(SetProjectInfoCommand(self.document, title, description))

    # Qt overrides.

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.maybe_save():  # commits what is being typed first
            event.ignore()
            return
        self.autosaver.discard()  # saved, or its changes given up: nothing to recover
        self.presenting.end()
        self.disk_watcher.watch(None)
        if self.document is not None:
            self.document.release_lock()
        self.settings.window_geometry = bytes(self.saveGeometry().toBase64().data()).decode()
        self.settings.window_state = bytes(self.saveState().toBase64().data()).decode()
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
        # After the drop returns: a question asked inside it would hold up the file manager.
        QTimer.singleShot(0, lambda: self.open_path(path))


def _dropped_project(event: QDropEvent) -> Path | None:
    for url in event.mimeData().urls() if event.mimeData().hasUrls() else []:
        if url.isLocalFile() and url.toLocalFile().endswith(FILE_SUFFIX):
            return Path(url.toLocalFile())
    return None
