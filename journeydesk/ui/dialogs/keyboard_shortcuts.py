"""Help > Keyboard Shortcuts: every menu action and its keys, read from the actions themselves.

Nothing here is typed twice: the list walks the window's menus, so an action given a new
shortcut (or a keyboard scheme's own, such as Ctrl+Shift+Z for Redo) shows it at once. Keys
are shown in the platform's own words (⌘ on macOS). A filter box narrows the list.
"""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QMenu,
    QMenuBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journeydesk.ui.dialogs.accessible import describe


def plain(text: str) -> str:
    """A menu text without its mnemonic marks and trailing dots ("&Save As…" -> "Save As")."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def shortcut_rows(menu_bar: QMenuBar) -> list[tuple[str, str, str]]:
    """(menu, action, keys) for every action in the menus that has keys, in menu order."""
    rows: list[tuple[str, str, str]] = []

    def walk(menu: QMenu, path: str) -> None:
        for action in menu.actions():
            if action.isSeparator():
                continue
            sub = action.menu()
            if isinstance(sub, QMenu):
                walk(sub, f"{path} > {plain(action.text())}")
                continue
            keys = [
                seq.toString(QKeySequence.SequenceFormat.NativeText) for seq in action.shortcuts()
            ]
            keys = list(dict.fromkeys(k for k in keys if k))
            if keys:
                rows.append((path, plain(action.text()), ", ".join(keys)))

    for action in menu_bar.actions():
        menu = action.menu()
        if isinstance(menu, QMenu):
            walk(menu, plain(action.text()))
    return rows


class KeyboardShortcutsDialog(QDialog):
    """A searchable list of the menus' keyboard shortcuts."""

    def __init__(
        self, menu_bar: QMenuBar, extra: list[QAction] | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        self.filter = describe(
            QLineEdit(self),
            self.tr("Find a shortcut"),
            self.tr("Shows only the shortcuts whose action, keys or menu contain the text typed"),
        )
        self.filter.setPlaceholderText(self.tr("Find an action or a key"))
        self.filter.setClearButtonEnabled(True)
        self.list = describe(
            QTreeWidget(self),
            self.tr("Keyboard shortcuts"),
            self.tr("Every action that has keys: its name, its keys and its menu"),
        )
        self.list.setColumnCount(3)
        self.list.setHeaderLabels([self.tr("Action"), self.tr("Keys"), self.tr("Menu")])
        self.list.setRootIsDecorated(False)
        self.list.setAlternatingRowColors(True)
        rows = shortcut_rows(menu_bar)
        for action in extra or []:  # actions outside the menus (the canvas's own keys)
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            if keys:
                rows.append((self.tr("Canvas"), plain(action.text()), keys))
        for menu, name, keys in rows:
            item = QTreeWidgetItem([name, keys, menu])
            self.list.addTopLevelItem(item)
        for column in range(3):
            self.list.resizeColumnToContents(column)
        self.filter.textChanged.connect(self._apply_filter)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleDescription(
            self.tr("Close the list of shortcuts")
        )
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(620, 560)

    def _items(self) -> list[QTreeWidgetItem]:
        items = (self.list.topLevelItem(i) for i in range(self.list.topLevelItemCount()))
        return [item for item in items if item is not None]

    def _apply_filter(self, text: str) -> None:
        wanted = text.casefold().strip()
        for item in self._items():
            shown = not wanted or any(wanted in item.text(c).casefold() for c in range(3))
            item.setHidden(not shown)

    def visible_rows(self) -> list[tuple[str, str, str]]:
        """The rows on show (action, keys, menu)."""
        return [
            (item.text(0), item.text(1), item.text(2))
            for item in self._items()
            if not item.isHidden()
        ]
