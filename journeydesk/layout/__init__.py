"""Geometry of a journey map in points, shared by the canvas and the poster. No Qt here."""

from __future__ import annotations

from journeydesk.layout.map_layout import CardBox, LaneRow, MapLayout, StageColumn
from journeydesk.layout.style import Style

__all__ = ["CardBox", "LaneRow", "MapLayout", "StageColumn", "Style"]
