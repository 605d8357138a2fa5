"""The JourneyDesk desktop application (PySide6)."""
