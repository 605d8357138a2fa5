"""Presenting a map in the room: the projected view, its window and the presenter controls."""
