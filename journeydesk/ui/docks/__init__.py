"""Dock widgets around the canvas: the inspector of the selected card, stage or lane."""
