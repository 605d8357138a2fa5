"""The central area: one canvas tab per journey map of the project."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QWidget

from journeydesk.ui.canvas.scene import JourneyScene
from journeydesk.ui.canvas.view import JourneyView
from journeydesk.ui.document import Document
from journeydesk.ui.messages import menu_text, plain_tooltip, quoted


class MapTabs(QTabWidget):
    """Shows each journey of the document on its own canvas."""

    #: Fires when another canvas becomes current (or None when there is none).
    current_view_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDocumentMode(True)
        self.setMovable(False)
        self.currentChanged.connect(
            lambda _index: self.current_view_changed.emit(self.current_view())
        )

    def set_document(self, document: Document) -> None:
        """Show the journeys of ``document`` (replacing the previous document's)."""
        self.blockSignals(True)
        while self.count():
            view = self.widget(0)
            self.removeTab(0)
            view.setParent(None)
            view.deleteLater()
        for journey in document.project.journeys:
            view = JourneyView(JourneyScene(document, journey.id), self)
            view.journey_scene.setParent(view)
            self.addTab(view, tab_title(journey.title))
        self._update_titles()
        self.blockSignals(False)
        document.structure_changed.connect(self._update_titles)
        self.current_view_changed.emit(self.current_view())

    def current_view(self) -> JourneyView | None:
        """The canvas on show."""
        view = self.currentWidget()
        return view if isinstance(view, JourneyView) else None

    def views(self) -> list[JourneyView]:
        """Every canvas, in tab order."""
        return [
            self.widget(i) for i in range(self.count()) if isinstance(self.widget(i), JourneyView)
        ]

    def _update_titles(self, _journey_id: str = "") -> None:
        for index, view in enumerate(self.views()):
            title = view.journey_scene.journey.title
            self.setTabText(index, tab_title(title))
            self.setTabToolTip(index, plain_tooltip(title or "Untitled map"))


def tab_title(title: str) -> str:
    """A map title as a tab shows it: one line, not too long, ``&`` shown as itself."""
    return menu_text(quoted(title or "Untitled map", 40)[1:-1])
