"""The central area: one canvas tab per journey map of the project.

The tabs follow the document: a map added, removed or moved by a command (or its undo)
gets, loses or moves its tab. Dragging a tab, double-clicking it or its context menu only
ask for such commands (``moved``, ``rename_requested``, ``menu_requested``).
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtWidgets import QTabWidget, QWidget

from journeydesk.i18n import arg
from journeydesk.layout.style import Style
from journeydesk.ui.canvas.scene import JourneyScene
from journeydesk.ui.canvas.view import JourneyView
from journeydesk.ui.document import Document
from journeydesk.ui.messages import menu_text, plain_tooltip

#: The longest map title a tab shows whole; a longer one ends in "…" (the tooltip has it all).
MAX_TAB_TITLE = 40


class MapTabs(QTabWidget):
    """Shows each journey of the document on its own canvas."""

    #: Fires when another canvas becomes current (or None when there is none).
    current_view_changed = Signal(object)
    #: Fires when the facilitator dragged a tab to another place: (journey id, new index).
    moved = Signal(str, int)
    #: Fires when a tab was double-clicked, to rename its map: (journey id).
    rename_requested = Signal(str)
    #: Fires on a right click on a tab: (journey id, global position).
    menu_requested = Signal(str, QPoint)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document: Document | None = None
        self._syncing = False
        #: How every canvas lays its map out (View > Text Size, View > High Contrast).
        self.map_style = Style()
        self.setDocumentMode(True)
        self.setMovable(True)
        self.currentChanged.connect(self._on_current_changed)
        self.setAccessibleName(self.tr("Maps"))
        self.setAccessibleDescription(self.tr("The journey maps of the project, one tab each"))
        bar = self.tabBar()
        bar.setAccessibleName(self.tr("Map tabs"))
        bar.setAccessibleDescription(
            self.tr("Choose the map to show; drag a tab to reorder the maps")
        )
        bar.tabMoved.connect(self._on_tab_moved)
        bar.tabBarDoubleClicked.connect(self._on_double_click)
        bar.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        bar.customContextMenuRequested.connect(self._on_context_menu)

    def set_document(self, document: Document) -> None:
        """Show the journeys of ``document`` (replacing the previous document's)."""
        self.blockSignals(True)
        while self.count():
            view = self.widget(0)
            self.removeTab(0)
            if view is not None:
                view.setParent(None)
                view.deleteLater()
        self._document = document
        self._sync()
        self.blockSignals(False)
        document.structure_changed.connect(self._update_titles)
        document.journey_changed.connect(self._update_titles)
        document.journeys_changed.connect(self._on_journeys_changed)
        self.current_view_changed.emit(self.current_view())

    def current_view(self) -> JourneyView | None:
        """The canvas on show."""
        view = self.currentWidget()
        return view if isinstance(view, JourneyView) else None

    def views(self) -> list[JourneyView]:
        """Every canvas, in tab order."""
        widgets = (self.widget(i) for i in range(self.count()))
        return [view for view in widgets if isinstance(view, JourneyView)]

    def set_map_style(self, style: Style) -> bool:
        """Lay every map out in ``style``; text being typed is committed first.

        Returns False, changing nothing, when typed text cannot be committed as it is.
        """
        if not all(view.editor.finish() for view in self.views()):
            return False
        self.map_style = style
        for view in self.views():
            view.journey_scene.set_style(style)
        return True

    def show_journey(self, journey_id: str) -> None:
        """Bring the tab of a map to the front."""
        for view in self.views():
            if view.journey_scene.journey_id == journey_id:
                self.setCurrentWidget(view)

    def _journey_id_at(self, index: int) -> str | None:
        view = self.widget(index)
        return view.journey_scene.journey_id if isinstance(view, JourneyView) else None

    def _on_journeys_changed(self) -> None:
        before = self.current_view()
        self.blockSignals(True)
        self._sync()
        self.blockSignals(False)
        if self.current_view() is not before:
            self.current_view_changed.emit(self.current_view())

    def _sync(self) -> None:
        """Make the tabs match the document's maps: new ones added, gone ones removed."""
        document = self._document
        if document is None:
            return
        self._syncing = True
        try:
            wanted = [journey.id for journey in document.project.journeys]
            current = self.current_view()
            views = {view.journey_scene.journey_id: view for view in self.views()}
            for journey_id, view in views.items():
                if journey_id not in wanted:
                    view.journey_scene.detach()
                    self.removeTab(self.indexOf(view))
                    view.setParent(None)
                    view.deleteLater()
            for index, journey_id in enumerate(wanted):
                view = views.get(journey_id)
                if view is None:
                    scene = JourneyScene(document, journey_id, self.map_style, lazy=True)
                    view = JourneyView(scene, self)
                    view.journey_scene.setParent(view)
                    self.insertTab(index, view, "")
                elif self.indexOf(view) != index:
                    self.tabBar().moveTab(self.indexOf(view), index)
            if current is not None and self.indexOf(current) >= 0:
                self.setCurrentWidget(current)
            self._update_titles()
        finally:
            self._syncing = False

    def _on_current_changed(self, _index: int) -> None:
        if not self._syncing:
            self.current_view_changed.emit(self.current_view())

    def _on_tab_moved(self, _from: int, to: int) -> None:
        journey_id = self._journey_id_at(to)
        if not self._syncing and journey_id is not None:
            self.moved.emit(journey_id, to)

    def _on_double_click(self, index: int) -> None:
        journey_id = self._journey_id_at(index)
        if journey_id is not None:
            self.rename_requested.emit(journey_id)

    def _on_context_menu(self, position: QPoint) -> None:
        journey_id = self._journey_id_at(self.tabBar().tabAt(position))
        if journey_id is not None:
            self.show_journey(journey_id)
            self.menu_requested.emit(journey_id, self.tabBar().mapToGlobal(position))

    def _update_titles(self, _journey_id: str = "") -> None:
        for index, view in enumerate(self.views()):
            title = view.journey_scene.journey.title or self.tr("Untitled map")
            self.setTabText(index, tab_title(title))
            # The tool tip is also what a screen reader says of the tab, after its title.
            tip = arg(self.tr("%1\nDouble-click to rename the map; right-click for more."), title)
            # Plain text unless the title could pass for markup, which is escaped instead.
            self.setTabToolTip(index, plain_tooltip(tip) if "<" in tip else tip)


def tab_title(title: str) -> str:
    """A map title as a tab shows it: one line, not too long, ``&`` shown as itself."""
    line = " ".join(title.split())
    if len(line) > MAX_TAB_TITLE:
        line = line[: MAX_TAB_TITLE - 1].rstrip() + "…"
    return menu_text(line)
