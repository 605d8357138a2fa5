"""The graphics items of the canvas, one class a file."""
