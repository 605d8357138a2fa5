"""The File menu's work: new, open, save, save as, recent maps, and never losing edits.

Before any of these the window commits what is being typed; a map with unsaved changes is
only replaced after asking; a failed save leaves the map open and the file on disk untouched.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Slot
from PySide6.QtWidgets import QFileDialog, QMenu

from journeydesk.i18n import arg
from journeydesk.model.errors import ProjectLoadError, ProjectSaveError, ReadOnlyFileError
from journeydesk.model.lock import ProjectLock, lock_owner
from journeydesk.model.recovery import RecoveryEntry
from journeydesk.model.storage import FILE_SUFFIX
from journeydesk.ui import messages
from journeydesk.ui.dialogs.new_from_template import NewFromTemplateDialog
from journeydesk.ui.disk_changes import DiskChanges
from journeydesk.ui.document import Document
from journeydesk.ui.folders import ask_save_path, is_installed_file, suggested_folder
from journeydesk.ui.messages import Button, quoted
from journeydesk.ui.windows import window_showing

if TYPE_CHECKING:
    from journeydesk.ui.main_window import MainWindow


class ProjectFiles(QObject):
    """Opens and saves the projects of one main window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.settings = window.settings
        self.disk_changes = DiskChanges(window, self)

    def file_filter(self) -> str:
        """The file dialogs' filter: JourneyDesk's maps, or any file."""
        maps, anything = self.tr("Journey maps"), self.tr("All files")
        return f"{maps} (*{FILE_SUFFIX});;{anything} (*)"

    @property
    def document(self) -> Document:
        """The document of the window."""
        assert self.window.document is not None
        return self.window.document

    # Starting and opening.

    @Slot()
    def new_from_template(self) -> None:
        """Ask for a template and a name, then start a new, unsaved map."""
        if not self.maybe_save():
            return
        dialog = NewFromTemplateDialog(self.window)
        if dialog.exec() != NewFromTemplateDialog.DialogCode.Accepted:
            return
        project = dialog.selected_template().create_project(dialog.map_title())
        self.window.set_document(Document(project, parent=self.window))

    @Slot()
    def open_dialog(self) -> None:
        """Ask for a file and open it."""
        if not self.maybe_save():
            return
        folder = suggested_folder(self.settings.last_folder)
        path, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Open Journey Map"), str(folder), self.file_filter()
        )
        if path:
            self.open_path(Path(path), ask_to_save=False)

    def open_path(self, path: Path, ask_to_save: bool = True) -> bool:
        """Open the project at ``path``; on failure explain why and keep the current map.

        The bundled example opens as a new, untitled map: saving it asks where, so nothing
        is ever written into JourneyDesk's install folder.
        """
        showing = window_showing(path)
        if showing is not None:  # one map, one window: two would overwrite each other
            if showing.isMinimized():
                showing.showNormal()
            showing.show()
            showing.raise_()
            showing.activateWindow()
            return showing is self.window
        if ask_to_save and not self.maybe_save():
            return False
        try:
            document = Document.open(path, self.window)
        except ProjectLoadError as error:
            messages.warn(
                self.window,
                self.tr("Cannot Open Map"),
                arg(self.tr("%1 could not be opened.\n\n%2"), quoted(path.name), error),
            )
            if not path.exists():
                self.settings.remove_recent_file(path)
                self.settings.save()
            return False
        if is_installed_file(path):
            document.deleteLater()
            document = Document(document.project, None, self.window)
        elif not self._lock(document):
            document.deleteLater()
            return False
        self.window.set_document(document)
        if document.path is not None:
            self._remember(document.path)
        return True

    def _lock(self, document: Document) -> bool:
        """Lock the document's file; if another JourneyDesk has it open, ask. False: cancel."""
        assert document.path is not None
        found = ProjectLock.try_acquire(document.path)
        if isinstance(found, ProjectLock):
            document.lock = found
            return True
        answer = messages.ask(
            self.window,
            self.tr("Map Already Open"),
            arg(
                self.tr(
                    "%1\n\nOpen a read-only copy here (Save then asks for a new name), or open "
                    "it anyway? If both of you save, one will replace the other's work."
                ),
                found.describe(),
            ),
            Button.Yes | Button.Open | Button.Cancel,
            Button.Yes,
            labels={Button.Yes: self.tr("Open Read-Only"), Button.Open: self.tr("Open Anyway")},
        )
        if answer == Button.Yes:
            document.read_only = True
            return True
        if answer == Button.Open:
            document.lock = ProjectLock.force_acquire(document.path)
            return True
        return False

    def recover(self, entry: RecoveryEntry) -> bool:
        """Open an abandoned recovery copy in this window, as modified; True if it opened."""
        autosaver = self.window.autosaver
        try:
            project = autosaver.store.load(entry)
        except ProjectLoadError as error:
            messages.warn(self.window, self.tr("Cannot Recover Map"), str(error))
            return False
        original = entry.original_path
        document = Document(project, original, self.window)
        if original is not None and not self._lock(document):
            document.deleteLater()
            return False
        self.window.set_document(document)
        document.undo_stack.resetClean()  # the recovered changes are not saved yet
        if autosaver.adopt(entry) is None:
            note = self.tr(
                "Another JourneyDesk recovered this map at the same moment; compare before saving."
            )
        else:
            note = arg(self.tr("Recovered %1: check it, then save."), entry.display_name)
        self.window.statusBar().showMessage(note, 10000)
        return True

    # Saving.

    @Slot()
    def save(self) -> bool:
        """Save to the current file (asking for one if the map is new); True if saved."""
        if not self.window.commit_edits():
            return False
        document = self.document
        if document.path is None or document.read_only:
            return self.save_as()
        if document.changed_on_disk() and not self.disk_changes.resolve(saving=True):
            return False
        return self._save_to(document.path)

    @Slot()
    def save_as(self) -> bool:
        """Ask for a file name and save there; True if saved."""
        if not self.window.commit_edits():
            return False
        document = self.document
        if document.path is not None and document.read_only:
            # Not the other user's file: a copy beside it.
            copy = arg(self.tr("%1 (copy)", "the name of a copy of a file"), document.path.stem)
            suggestion = document.path.with_name(copy + FILE_SUFFIX)
        elif document.path is not None and not is_installed_file(document.path):
            suggestion = document.path
        else:
            suggestion = suggested_folder(self.settings.last_folder) / file_name_for(
                document.display_name()
            )
        target = ask_save_path(
            self.window, self.tr("Save Journey Map"), suggestion, self.file_filter(), FILE_SUFFIX
        )
        if target is None or not self._may_save_over(target):
            return False
        return self._save_to(target)

    def _may_save_over(self, target: Path) -> bool:
        """Whether saving to ``target`` replaces nobody's open map (or they agreed)."""
        document = self.document
        showing = window_showing(target)
        if showing is not None and showing is not self.window:
            messages.warn(
                self.window,
                self.tr("Map Open in Another Window"),
                arg(
                    self.tr(
                        "%1 is open in another JourneyDesk window. Save under another name, or "
                        "close it there first."
                    ),
                    quoted(target.name),
                ),
            )
            return False
        own = document.lock is not None and document.lock.project_path.resolve() == (
            target.resolve()
        )
        owner = None if own else lock_owner(target)
        if owner is not None:
            answer = messages.ask(
                self.window,
                self.tr("Map Already Open"),
                arg(
                    self.tr(
                        "%1\n\nReplace it with the map you are editing? The other person's "
                        "unsaved changes would then overwrite yours, or yours theirs."
                    ),
                    owner.describe(),
                ),
                Button.Save | Button.Cancel,
                Button.Cancel,
                labels={Button.Save: self.tr("Replace")},
            )
            if answer != Button.Save:
                return False
        if document.path is not None and target.resolve() == document.path:
            return not document.changed_on_disk() or self.disk_changes.resolve(saving=True)
        return True

    def _save_to(self, path: Path, replace_read_only: bool = False) -> bool:
        try:
            written = self.document.save(path, replace_read_only=replace_read_only)
        except ReadOnlyFileError as error:
            answer = messages.ask(
                self.window,
                self.tr("Read-Only File"),
                arg(
                    self.tr(
                        "%1\n\nReplace it anyway? Choose Cancel to save under another name "
                        "with Save As."
                    ),
                    error,
                ),
                Button.Save | Button.Cancel,
                Button.Cancel,
            )
            return answer == Button.Save and self._save_to(path, replace_read_only=True)
        except ProjectSaveError as error:
            messages.fail(
                self.window,
                self.tr("Cannot Save Map"),
                arg(
                    self.tr(
                        "%1\n\nNothing was lost: the map is still open here. Try Save As to put "
                        "it in another folder or on another drive."
                    ),
                    error,
                ),
            )
            return False
        self._move_lock(path)
        self._remember(path)
        if written:
            note = arg(self.tr("Saved to %1"), path)
        else:
            note = self.tr("Nothing to save: the file is up to date")
        self.window.statusBar().showMessage(note, 5000)
        self.window.saved.emit()
        return True

    def _move_lock(self, path: Path) -> None:
        """After Save As, hold the lock of the new file instead of the old one's."""
        document = self.document
        if document.lock is not None and document.lock.project_path.resolve() == path.resolve():
            return
        document.release_lock()
        found = ProjectLock.try_acquire(path)
        if isinstance(found, ProjectLock):
            document.lock = found
        else:
            self.window.statusBar().showMessage(found.describe(), 10000)

    def maybe_save(self) -> bool:
        """Ask what to do with unsaved changes; False if the facilitator cancelled."""
        if not self.window.commit_edits():
            return False
        if self.window.document is None or not self.document.is_modified():
            return True
        answer = messages.ask(
            self.window,
            self.tr("Unsaved Changes"),
            arg(
                self.tr("Save the changes to %1 before closing it?"),
                quoted(self.document.display_name()),
            ),
            Button.Save | Button.Discard | Button.Cancel,
            Button.Save,
        )
        if answer == Button.Save:
            return self.save()
        return answer == Button.Discard

    # Recent maps.

    def _remember(self, path: Path) -> None:
        if is_installed_file(path):
            return
        before = (list(self.settings.recent_files), self.settings.last_folder)
        self.settings.add_recent_file(path)
        self.settings.last_folder = str(path.resolve().parent)
        if (self.settings.recent_files, self.settings.last_folder) != before:
            self.settings.save()  # not on every Ctrl+S: a save that changes nothing here

    @Slot()
    def fill_recent_menu(self) -> None:
        """List the recent maps in the window's Open Recent menu."""
        menu: QMenu = self.window.recent_menu
        menu.clear()
        for number, name in enumerate(self.settings.recent_files, start=1):
            path = Path(name)
            label = messages.menu_text(path.name)
            label = f"&{number} {label}" if number < 10 else f"{number} {label}"
            entry = menu.addAction(label)
            entry.setStatusTip(str(path))
            entry.setToolTip(messages.plain_tooltip(str(path)))
            entry.triggered.connect(lambda _checked=False, p=path: self.open_path(p))
        if not self.settings.recent_files:
            menu.addAction(self.tr("No recent maps")).setEnabled(False)
            return
        menu.addSeparator()
        clear = menu.addAction(self.tr("Clear Menu"), self._clear_recent)
        clear.setStatusTip(self.tr("Forget the maps opened recently (the files stay)"))

    @Slot()
    def _clear_recent(self) -> None:
        self.settings.recent_files = []
        self.settings.save()


def file_name_for(title: str) -> str:
    """A file name made from a map title, without characters file systems refuse."""
    cleaned = "".join(c for c in title if c not in '<>:"/\\|?*' and c.isprintable()).strip(" .")
    untitled = QCoreApplication.translate("ProjectFiles", "Untitled map")
    return (cleaned[:120].rstrip(" .") or untitled) + FILE_SUFFIX
