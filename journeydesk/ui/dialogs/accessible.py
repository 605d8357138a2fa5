"""What a screen reader says about a control: its name and what it does, set in one call."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import QWidget

W = TypeVar("W", bound=QWidget)


def describe(widget: W, name: str, description: str) -> W:
    """Give ``widget`` an accessible name and description (both translated); return it."""
    widget.setAccessibleName(name)
    widget.setAccessibleDescription(description)
    return widget
