"""The base of stage and lane headers: selectable, above the map, lit when picked up."""

from __future__ import annotations

from PySide6.QtWidgets import QGraphicsItem


class HeaderItem(QGraphicsItem):
    """Shared behaviour of the header items; each subclass lays out and paints its own."""

    Z_VALUE = 100.0

    def __init__(self) -> None:
        super().__init__()
        self._active = False

    def _finish_init(self) -> None:
        """Set the flags; subclasses call it once their geometry is known (see CardItem)."""
        self.setZValue(self.Z_VALUE)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)

    def set_active(self, active: bool) -> None:
        """Show the header as picked up (while dragged) or not."""
        if active != self._active:
            self._active = active
            self.update()

    def is_highlighted(self) -> bool:
        """Whether to paint the header highlighted: picked up or selected."""
        return self._active or self.isSelected()
