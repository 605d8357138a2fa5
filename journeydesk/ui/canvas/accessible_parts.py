"""The accessibility interfaces of the canvas: the view, and each stage, lane and card on it.

Qt knows a graphics scene only as pixels, so a screen reader met an empty pane. PySide lets
Python subclass ``QAccessibleInterface``, and ``QAccessible.installFactory`` hands Qt this
module's interface for every ``JourneyView``: its children are the stage headers and the
lanes, and a lane's children are its cards. The interfaces hold nothing but what they stand
for (a kind and an id); names, places and states come from the view's
``CanvasAccessibility`` each time they are asked for, so they never go stale.

Lifetimes: Qt deletes the view's interface with the view. A part's interface is made when
assistive technology first asks for it, registered with Qt (which then owns the C++ side)
and kept by ``CanvasAccessibility`` until its stage, lane or card is gone, or the view is.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import QObject, QPoint, QRect
from PySide6.QtGui import QAccessible, QAccessibleInterface, QAccessibleObject, QWindow

if TYPE_CHECKING:
    from journeydesk.ui.canvas.accessibility import CanvasAccessibility

#: What an interface stands for: the whole map (the view), a stage, a lane or a card.
Kind = Literal["map", "stage", "lane", "card"]

#: The role each kind plays: lanes are lists of cards, stages head the columns.
ROLES: dict[Kind, QAccessible.Role] = {
    "map": QAccessible.Role.Pane,
    "stage": QAccessible.Role.ColumnHeader,
    "lane": QAccessible.Role.List,
    "card": QAccessible.Role.ListItem,
}

#: What ``relations()`` returns: related interfaces and how they relate (none here).
Relations = list[tuple[QAccessibleInterface, QAccessible.RelationFlag]]

# Qt takes a null interface, object or window from ``child()``, ``parent()``, ``object()``
# and the like, where the stubs want one: those overrides say ``| None``, and tell pyright
# that this is no incompatible override.


class MapPartAccessible(QAccessibleInterface):
    """A stage, a lane or a card as a screen reader sees it; not a QObject, as items are not."""

    def __init__(self, registry: CanvasAccessibility, kind: Kind, item_id: str) -> None:
        super().__init__()
        self.registry = registry
        self.kind: Kind = kind
        self.item_id = item_id
        #: False once released: Qt may still hold the id, but the part is gone.
        self.alive = True

    def isValid(self) -> bool:
        return self.alive and self.registry.exists(self.kind, self.item_id)

    def object(self) -> QObject | None:  # pyright: ignore[reportIncompatibleMethodOverride]
        return None  # a graphics item is no QObject

    def window(self) -> QWindow | None:  # pyright: ignore[reportIncompatibleMethodOverride]
        return self.registry.window()

    def relations(
        self, match: QAccessible.RelationFlag = QAccessible.RelationFlag.AllRelations
    ) -> Relations:
        return []

    def focusChild(self) -> QAccessibleInterface | None:  # pyright: ignore[reportIncompatibleMethodOverride]
        return None

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # pyright: ignore[reportIncompatibleMethodOverride]
        if not self.isValid():
            return None
        return self.registry.child_at(self.kind, self.item_id, QPoint(x, y))

    def parent(self) -> QAccessibleInterface | None:  # pyright: ignore[reportIncompatibleMethodOverride]
        if not self.isValid():
            return None
        return self.registry.parent_of(self.kind, self.item_id)

    def child(self, index: int) -> QAccessibleInterface | None:  # pyright: ignore[reportIncompatibleMethodOverride]
        if not self.isValid():
            return None
        return self.registry.child_of(self.kind, self.item_id, index)

    def childCount(self) -> int:
        return self.registry.child_count(self.kind, self.item_id) if self.isValid() else 0

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        if not self.isValid():
            return -1
        return self.registry.index_of(self.kind, self.item_id, child)

    def text(self, t: QAccessible.Text) -> str:
        return self.registry.text(self.kind, self.item_id, t) if self.isValid() else ""

    def setText(self, t: QAccessible.Text, text: str) -> None:
        pass  # names come from the map; cards are edited on the canvas or in the inspector

    def rect(self) -> QRect:
        return self.registry.rect(self.kind, self.item_id) if self.isValid() else QRect()

    def role(self) -> QAccessible.Role:
        return ROLES[self.kind]

    def state(self) -> QAccessible.State:
        if not self.isValid():
            state = QAccessible.State()
            state.invalid = True
            return state
        return self.registry.state(self.kind, self.item_id)


class CanvasAccessible(QAccessibleObject):
    """The view as a screen reader sees it: the map, whose children are stages and lanes."""

    def __init__(self, view: QObject) -> None:
        super().__init__(view)

    def _registry(self) -> CanvasAccessibility | None:
        # Looked up on each call: the view's own reference, never one kept here (Qt keeps
        # this interface as long as the view lives, and PySide's factory keeps it longer).
        from journeydesk.ui.canvas.accessibility import CanvasAccessibility

        registry = getattr(self.object(), "accessibility", None) if self.isValid() else None
        if not isinstance(registry, CanvasAccessibility) or not registry.exists("map", ""):
            return None
        return registry

    def window(self) -> QWindow | None:  # pyright: ignore[reportIncompatibleMethodOverride]
        registry = self._registry()
        return registry.window() if registry is not None else None

    def relations(
        self, match: QAccessible.RelationFlag = QAccessible.RelationFlag.AllRelations
    ) -> Relations:
        return []

    def focusChild(self) -> QAccessibleInterface | None:  # pyright: ignore[reportIncompatibleMethodOverride]
        registry = self._registry()
        return registry.focus_child() if registry is not None else None

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # pyright: ignore[reportIncompatibleMethodOverride]
        registry = self._registry()
        return registry.child_at("map", "", QPoint(x, y)) if registry is not None else None

    def parent(self) -> QAccessibleInterface | None:  # pyright: ignore[reportIncompatibleMethodOverride]
        registry = self._registry()
        return registry.parent_of("map", "") if registry is not None else None

    def child(self, index: int) -> QAccessibleInterface | None:  # pyright: ignore[reportIncompatibleMethodOverride]
        registry = self._registry()
        return registry.child_of("map", "", index) if registry is not None else None

    def childCount(self) -> int:
        registry = self._registry()
        return registry.child_count("map", "") if registry is not None else 0

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        registry = self._registry()
        return registry.index_of("map", "", child) if registry is not None else -1

    def text(self, t: QAccessible.Text) -> str:
        registry = self._registry()
        return registry.text("map", "", t) if registry is not None else ""

    def rect(self) -> QRect:
        registry = self._registry()
        return registry.rect("map", "") if registry is not None else QRect()

    def role(self) -> QAccessible.Role:
        return ROLES["map"]

    def state(self) -> QAccessible.State:
        registry = self._registry()
        if registry is None:
            state = QAccessible.State()
            state.invalid = True
            return state
        return registry.state("map", "")


def _canvas_interface(key: str, candidate: QObject) -> QAccessibleInterface | None:
    """Qt's factory hook: the map's interface for a journey view, None for anything else."""
    from journeydesk.ui.canvas.view import JourneyView  # which imports this module

    return CanvasAccessible(candidate) if isinstance(candidate, JourneyView) else None


@cache
def install_factory() -> None:
    """Make Qt ask this module for the views' interfaces (once; before the first view)."""
    QAccessible.installFactory(_canvas_interface)
