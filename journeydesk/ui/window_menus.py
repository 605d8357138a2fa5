"""The main window's menus: its own actions, the menu bar, the tool bar and the language.

The canvas's actions (MapActions), the map pages, the view options, the presentation and
the voting each fill their part of the menus; this module makes the File, Edit and Help
actions, puts everything in order, and keeps Undo and Redo named after the step they take.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QApplication, QLabel, QMenu

from journeydesk.i18n import LANGUAGES, arg
from journeydesk.ui import messages
from journeydesk.ui.palette import StickyPalette
from journeydesk.ui.shortcuts import QUIT, REDO, SAVE_AS, Keys, Shortcut, bind
from journeydesk.ui.translations import system_language

if TYPE_CHECKING:
    from journeydesk.ui.main_window import MainWindow


class WindowMenus(QObject):
    """Makes the window's actions (as the window's attributes) and fills its menus."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._create_actions()
        self._create_menus()
        self._create_toolbar()

    def _action(
        self, text: str, slot: Callable[[], object], *shortcuts: Shortcut, tip: str
    ) -> QAction:
        created = bind(QAction(text, self._window), *shortcuts)
        created.setStatusTip(tip)
        created.setToolTip(tip)
        created.triggered.connect(lambda _checked=False: slot())
        return created

    def _create_actions(self) -> None:
        window, files, conversions, action = (
            self._window,
            self._window.files,
            self._window.conversions,
            self._action,
        )
        window.new_action = action(
            self.tr("&New from Template…"),
            files.new_from_template,
            Keys.New,
            tip=self.tr("Start a new map"),
        )
        window.open_action = action(
            self.tr("&Open…"), files.open_dialog, Keys.Open, tip=self.tr("Open a map")
        )
        window.save_action = action(
            self.tr("&Save"), window.save, Keys.Save, tip=self.tr("Save the map")
        )
        window.save_as_action = action(
            self.tr("Save &As…"),
            window.save_as,
            *SAVE_AS,
            tip=self.tr("Save the map under a new name"),
        )
        window.poster_action = action(
            self.tr("Export &Poster…"),
            window.export_poster,
            "Ctrl+P",
            tip=self.tr("Print the map as a wall poster"),
        )
        window.import_action = action(
            self.tr("&Import…"),
            conversions.import_dialog,
            tip=self.tr("Take in maps from a spreadsheet, Mermaid or another journey-map tool"),
        )
        window.export_action = action(
            self.tr("&Export…"),
            conversions.export_dialog,
            tip=self.tr(
                "Write the maps as a spreadsheet, Mermaid or another journey-map tool's file"
            ),
        )
        window.image_action = action(
            self.tr("Export I&mage…"),
            conversions.export_image_dialog,
            tip=self.tr("A PNG or SVG for slides"),
        )
        window.print_action = action(
            self.tr("P&rint…"),
            conversions.print_dialog,
            tip=self.tr("Print the map on a system printer"),
        )
        window.copy_image_action = action(
            self.tr("Copy as &Image"),
            conversions.copy_image,
            tip=self.tr("Put a picture of the map on the clipboard"),
        )
        window.properties_action = action(
            self.tr("Project &Properties…"),
            window.edit_properties,
            tip=self.tr("Title and description"),
        )
        window.quit_action = action(
            self.tr("&Quit"),
            QApplication.closeAllWindows,
            *QUIT,
            tip=self.tr("Close every JourneyDesk window"),
        )
        window.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        # Undo and Redo commit the text being typed first, then step the active stack.
        window.undo_action = action(
            self.tr("&Undo"), window.undo, Keys.Undo, tip=self.tr("Undo the last change")
        )
        window.redo_action = action(
            self.tr("&Redo"), window.redo, *REDO, tip=self.tr("Redo the last change undone")
        )
        group = window.undo_group
        for signal in (group.canUndoChanged, group.canRedoChanged):
            signal.connect(self.update_undo_actions)
        for signal in (group.undoTextChanged, group.redoTextChanged):
            signal.connect(self.update_undo_actions)
        self.update_undo_actions()
        window.find_action = action(
            self.tr("&Find…"), window.find_bar.open_bar, Keys.Find, tip=self.tr("Find cards")
        )
        window.next_pane_action = action(
            self.tr("Next &Pane"),
            window.focus_next_pane,
            "F6",
            tip=self.tr("Move the keyboard to the inspector"),
        )
        window.shortcuts_action = action(
            self.tr("&Keyboard Shortcuts"),
            self.show_shortcuts,
            "F1",
            "Ctrl+?",
            tip=self.tr("List the keyboard shortcuts of every menu"),
        )
        window.about_action = action(
            self.tr("&About JourneyDesk"),
            self.show_about,
            tip=self.tr("The version, the licence and the libraries"),
        )
        window.about_action.setMenuRole(QAction.MenuRole.AboutRole)

    def _create_menus(self) -> None:
        window = self._window
        bar = window.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(window.new_action)
        file_menu.addAction(window.open_action)
        window.recent_menu = file_menu.addMenu(self.tr("Open &Recent"))
        window.recent_menu.aboutToShow.connect(window.files.fill_recent_menu)
        file_menu.addSeparator()
        file_menu.addAction(window.save_action)
        file_menu.addAction(window.save_as_action)
        file_menu.addSeparator()
        for exchange in (
            window.import_action,
            window.export_action,
            window.image_action,
            window.poster_action,
            window.print_action,
        ):
            file_menu.addAction(exchange)
        file_menu.addSeparator()
        file_menu.addAction(window.properties_action)
        file_menu.addSeparator()
        file_menu.addAction(window.quit_action)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addAction(window.undo_action)
        edit_menu.addAction(window.redo_action)
        edit_menu.addSeparator()
        window.map_actions.fill_edit_menu(edit_menu)
        edit_menu.addAction(window.copy_image_action)
        edit_menu.addSeparator()
        edit_menu.addAction(window.find_action)
        view_menu = bar.addMenu(self.tr("&View"))
        window.map_actions.fill_view_menu(view_menu)
        view_menu.addSeparator()
        window.view_options.fill_view_menu(view_menu)
        view_menu.addSeparator()
        window.presenting.fill_view_menu(view_menu)
        view_menu.addSeparator()
        view_menu.addAction(window.inspector.toggleViewAction())
        view_menu.addAction(window.personas.toggleViewAction())
        view_menu.addAction(window.next_pane_action)
        view_menu.addSeparator()
        window.language_menu = view_menu.addMenu(self.tr("&Language"))
        self._fill_language_menu(window.language_menu)
        map_menu = bar.addMenu(self.tr("&Map"))
        for page_action in window.map_pages.actions():
            map_menu.addAction(page_action)
        map_menu.addSeparator()
        window.map_actions.fill_map_menu(map_menu)
        map_menu.addSeparator()
        window.voting.fill_map_menu(map_menu)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(window.shortcuts_action)
        help_menu.addAction(window.about_action)
        window.files.fill_recent_menu()

    def _create_toolbar(self) -> None:
        window = self._window
        toolbar = window.addToolBar(self.tr("Map"))
        toolbar.setObjectName("map-toolbar")
        toolbar.setMovable(False)
        label = QLabel(self.tr("Add a sticky:"), window)
        label.setContentsMargins(6, 0, 6, 0)
        toolbar.addWidget(label)
        window.sticky_palette = StickyPalette(window)
        toolbar.addWidget(window.sticky_palette)
        toolbar.addSeparator()
        actions = window.map_actions
        for zoom_action in (actions.zoom_out, actions.zoom_in, actions.zoom_fit):
            toolbar.addAction(zoom_action)

    @Slot()
    def update_undo_actions(self) -> None:
        """Name Undo and Redo after the step they would take, and enable them if there is one."""
        group = self._window.undo_group
        for act, verb, named, can, text in (
            (
                self._window.undo_action,
                self.tr("&Undo"),
                self.tr("&Undo %1", "%1: the step undone, such as Move Card"),
                group.canUndo(),
                group.undoText(),
            ),
            (
                self._window.redo_action,
                self.tr("&Redo"),
                self.tr("&Redo %1", "%1: the step redone, such as Move Card"),
                group.canRedo(),
                group.redoText(),
            ),
        ):
            act.setEnabled(can)
            act.setText(arg(named, messages.menu_text(text)) if can and text.strip() else verb)

    # Help.

    @Slot()
    def show_shortcuts(self) -> None:
        """List every menu action's keys (read from the actions)."""
        from journeydesk.ui.dialogs.keyboard_shortcuts import KeyboardShortcutsDialog

        KeyboardShortcutsDialog(self._window.menuBar(), parent=self._window).exec()

    @Slot()
    def show_about(self) -> None:
        """Show the version, the licence, the libraries and the fonts."""
        from journeydesk.ui.about import about_text

        messages.inform(self._window, self.tr("About JourneyDesk"), about_text())

    # The language, used from the next start (Qt's own texts cannot all change at run time).

    def _fill_language_menu(self, menu: QMenu) -> None:
        group = QActionGroup(menu)
        group.setExclusive(True)
        system = LANGUAGES[system_language()]
        choices = [("", arg(self.tr("System Default (%1)"), system)), *LANGUAGES.items()]
        for code, name in choices:
            item = menu.addAction(messages.menu_text(name))
            item.setCheckable(True)
            item.setData(code)
            tip = (
                self.tr("Use the language of the computer's settings")
                if not code
                else arg(self.tr("Use %1 from the next start"), name)
            )
            item.setStatusTip(tip)
            item.setToolTip(tip)
            group.addAction(item)
            item.triggered.connect(lambda _checked=False, c=code: self.choose_language(c))
        menu.aboutToShow.connect(self._check_language)  # another window may have chosen
        self._check_language()

    @Slot()
    def _check_language(self) -> None:
        chosen = self._window.settings.language
        chosen = chosen if chosen in LANGUAGES else ""
        for item in self._window.language_menu.actions():
            item.setChecked(item.data() == chosen)

    def choose_language(self, code: str) -> None:
        """Use the language ``code`` ("": the system's) from the next start, and say so."""
        settings = self._window.settings
        if code == settings.language:
            return
        settings.language = code
        settings.save()
        self._check_language()
        if code:
            text = arg(self.tr("JourneyDesk will use %1 the next time it starts."), LANGUAGES[code])
        else:
            text = arg(
                self.tr(
                    "JourneyDesk will use the computer's language, %1, the next time it starts."
                ),
                LANGUAGES[system_language()],
            )
        messages.inform(self._window, self.tr("Language"), text)
